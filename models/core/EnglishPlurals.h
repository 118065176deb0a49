#pragma once

class QCoreApplication;

namespace td {

// Installs the English plural forms ("1 tie", "2 ties" for "%n tie(s)") embedded in td_core.
// The CLI prints English and calls this at start; the app installs them through its language
// choice. Without it, text built from "%n …(s)" reads "1 tie(s)".
bool installEnglishPlurals(QCoreApplication* app);

} // namespace td
