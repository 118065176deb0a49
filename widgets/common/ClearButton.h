#pragma once

class QLineEdit;

namespace td {

// Gives `edit` Qt's clear button (shown while there is text), named for a screen reader: Qt's
// own button has an icon and no text, so it was read as an unnamed button.
void enableClearButton(QLineEdit* edit);

} // namespace td
