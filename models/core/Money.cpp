#include "core/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace td {

QString formatDollars(double dollars, int decimals)
{
    return QCoreApplication::translate("td::Money", "$%1").arg(QLocale().toString(dollars, 'f', decimals));
}

} // namespace td
