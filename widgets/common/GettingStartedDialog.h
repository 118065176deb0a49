#pragma once

#include <QDialog>

class QTextBrowser;

namespace td {

// Help › Getting Started: one short page from opening a dataset to chatting with the fine-tune.
class GettingStartedDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit GettingStartedDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

    static QString html();

private:
    QTextBrowser* m_browser;
};

} // namespace td
