#include "widgets/common/Dialogs.h"

#include <QFileDialog>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QSpinBox>

#include <optional>
#include <utility>

namespace td::Dialogs {
namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QString> g_nextFileName;
std::optional<std::optional<QString>> g_nextText;
QString g_lastWarning;
QString g_lastQuestion;
bool g_realTextDialogs = false;
bool testing()
{
    return qEnvironmentVariableIsSet("TD_TESTING");
}
} // namespace

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    g_lastQuestion = text;
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

namespace {
// The title bar shows the title and the application's name (" — TuneDesk"), beside the window
// manager's buttons: leave room for all of them. QInputDialog's layout fixes its size to its
// contents, so the width goes to its field (of `Field`'s type).
template<typename Field>
void fitTitle(QInputDialog& dialog, const QString& title, int least)
{
    const QString shown = title + QStringLiteral(" — ") + QGuiApplication::applicationDisplayName();
    const int titleWidth = QFontMetrics(dialog.font()).horizontalAdvance(shown) + 220;
    if (auto* field = dialog.findChild<Field*>())
        field->setMinimumWidth(qMax(least, titleWidth) - 40);
}
} // namespace

std::optional<QString> text(QWidget* parent, const QString& title, const QString& label, const QString& initial)
{
    if (g_nextText)
        return *std::exchange(g_nextText, std::nullopt);
    if (testing() && !g_realTextDialogs)
        return std::nullopt;
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(initial);
    dialog.setInputMode(QInputDialog::TextInput);
    fitTitle<QLineEdit>(dialog, title, 420);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

std::optional<int> integer(QWidget* parent, const QString& title, const QString& label, int value, int min, int max)
{
    if (g_nextText) {
        const std::optional<QString> next = *std::exchange(g_nextText, std::nullopt);
        return next ? std::optional<int>(next->toInt()) : std::nullopt;
    }
    if (testing() && !g_realTextDialogs)
        return std::nullopt;
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::IntInput);
    dialog.setIntRange(min, max);
    dialog.setIntValue(value);
    fitTitle<QSpinBox>(dialog, title, 260); // "Gehe z…eDesk" was all German showed of its title
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.intValue();
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void setNextFileName(const QString& name)
{
    g_nextFileName = name;
}

void setNextText(std::optional<QString> text)
{
    g_nextText = std::move(text);
}

void setRealTextDialogs(bool on)
{
    g_realTextDialogs = on;
}

QString takeLastQuestion()
{
    return std::exchange(g_lastQuestion, QString());
}

QString takeLastWarning()
{
    return std::exchange(g_lastWarning, QString());
}

} // namespace td::Dialogs
