#include "widgets/common/Dialogs.h"

#include <QFileDialog>

#include <optional>
#include <utility>

namespace td::Dialogs {
namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QString> g_nextFileName;
QString g_lastWarning;
bool testing()
{
    return qEnvironmentVariableIsSet("TD_TESTING");
}
} // namespace

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (g_nextAnswer) {
        const auto a = *g_nextAnswer;
        g_nextAnswer.reset();
        return a;
    }
    if (testing())
        return defaultButton != QMessageBox::NoButton ? defaultButton : QMessageBox::Cancel;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    g_lastWarning = text;
    if (testing())
        return;
    QMessageBox::warning(parent, title, text);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    g_lastWarning = text;
    if (testing())
        return;
    QMessageBox::information(parent, title, text);
}

namespace {
// A test's prepared answer, or nothing to show while testing, or the real dialog.
template<typename Dialog>
QString fileName(Dialog dialog)
{
    if (g_nextFileName)
        return *std::exchange(g_nextFileName, std::nullopt);
    if (testing())
        return {};
    return dialog();
}
} // namespace

QString openFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    return fileName([&] { return QFileDialog::getOpenFileName(parent, title, dir, filter); });
}

QString saveFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    return fileName([&] { return QFileDialog::getSaveFileName(parent, title, dir, filter); });
}

QString existingDirectory(QWidget* parent, const QString& title, const QString& dir)
{
    return fileName([&] { return QFileDialog::getExistingDirectory(parent, title, dir); });
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void setNextFileName(const QString& name)
{
    g_nextFileName = name;
}

QString takeLastWarning()
{
    return std::exchange(g_lastWarning, QString());
}

} // namespace td::Dialogs
