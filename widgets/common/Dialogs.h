#pragma once

#include <QMessageBox>
#include <QString>

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

// Test hooks: the next question returns `answer`; the next file dialog returns `name`.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFileName(const QString& name);
// What the last warning or information said (tests assert on it); cleared by reading.
QString takeLastWarning();

} // namespace Dialogs
} // namespace td
