#pragma once

#include <QString>

class QCoreApplication;

namespace td {

// Installs TuneDesk's and Qt's own translations for `language` ("de", "en", ...); an empty
// language means the system locale. Returns the language in effect.
QString installTranslations(QCoreApplication* app, const QString& language);

} // namespace td
