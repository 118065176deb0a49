#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QLineEdit;
class QToolButton;

namespace td {

class DatasetFacts;
class DatasetTableModel;
struct Error;

// The filter-expression box over the dataset table (`msgs > 10 and has(tool)`): Enter shows
// only the matching rows, Clear shows all again; a mistake is shown with its column and the
// cursor put there, on a line of its own under the box (the row's width is the window's).
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    FilterBar(DatasetFacts* facts, DatasetTableModel* table, QWidget* parent = nullptr);

    QString expression() const;
    // What the table shows ("2 of 5 rows"; empty with no filter of this box).
    QString resultText() const;
    // Why the last expression could not filter (empty when it could).
    QString errorText() const;

public slots:
    // Puts `expression` in the box and filters the table by it (a statistics bar's click).
    void applyExpression(const QString& expression);
    void apply();
    void clear();

private:
    void showRows(const QString& expression, const std::vector<std::int64_t>& rows);
    void showFailure(const Error& error);
    void showError(const QString& message);
    void setShown(const QString& text);

    DatasetFacts* m_facts;
    DatasetTableModel* m_table;
    QLineEdit* m_edit;
    QToolButton* m_apply;
    QToolButton* m_clear;
    QLabel* m_result;
    QLabel* m_error;
    QString m_shown; // m_result's text for the table's rows, kept through "Filtering…" and errors
};

} // namespace td
