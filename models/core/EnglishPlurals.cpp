#include "core/EnglishPlurals.h"

#include <QCoreApplication>
#include <QTranslator>

namespace td {

bool installEnglishPlurals(QCoreApplication* app)
{
    auto* english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/tunedesk_en")) && QCoreApplication::installTranslator(english))
        return true;
    delete english;
    return false;
}

} // namespace td
