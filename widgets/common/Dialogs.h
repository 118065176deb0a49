#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace td {

// Every modal question and file dialog goes through here, so GUI tests can answer them
// in advance (setNextAnswer / setNextFileName) instead of blocking on a real dialog.
namespace Dialogs {

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
void warning(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);
QString openFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter);
QString saveFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter);
QString existingDirectory(QWidget* parent, const QString& title, const QString& dir);
// One line of text; nullopt when cancelled. The dialog is wide enough for its title (window
// managers clip a title wider than the window).
std::optional<QString> text(QWidget* parent, const QString& title, const QString& label, const QString& initial = {});

// Test hooks: the next question returns `answer`; the next file dialog returns `name`.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFileName(const QString& name);
// A whole number from min to max, the same way (its test answer: setNextText with the digits).
std::optional<int> integer(QWidget* parent, const QString& title, const QString& label, int value, int min, int max);
// The next text() returns `text` (nullopt: as if cancelled).
void setNextText(std::optional<QString> text);
// While on, text() shows its real dialog under TD_TESTING too (a test that walks the dialog).
void setRealTextDialogs(bool on);
// The text of the last question() asked, answered or not (tests assert that one was asked);
// cleared by reading.
QString takeLastQuestion();
// What the last warning or information said (tests assert on it); cleared by reading.
QString takeLastWarning();

} // namespace Dialogs
} // namespace td
