#pragma once

#include "dataset/RowSearch.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;

namespace td {

// Search over the whole file: text or regular expression, optionally within one role or one
// field. The result becomes a filtered view of the table.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget* parent = nullptr);

    SearchQuery query() const;
    void focusSearch();
    void setText(const QString& text);
    void setScope(SearchQuery::Scope scope, const QString& field = {});
    void setRegex(bool on);
    void showProgress(qint64 done, qint64 total);
    void showResult(qint64 matches, qint64 rows);
    void showError(const QString& message);
    void showCleared();
    QString resultText() const;

signals:
    void searchRequested(const td::SearchQuery& query);
    void clearRequested();
    void nextRequested();
    void previousRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_text;
    QComboBox* m_scope;
    QLabel* m_scopeLabel;
    QLineEdit* m_field;
    QCheckBox* m_regex;
    QCheckBox* m_case;
    QToolButton* m_prev;
    QToolButton* m_next;
    QToolButton* m_clear;
    QLabel* m_result;
    QProgressBar* m_progress;
};

} // namespace td
