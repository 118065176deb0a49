#include "api/wire/DmiFields.h"

namespace td::wire {

QString enumShort(const QString& value, const char* prefix)
{
    QString v = value.trimmed().toUpper();
    const QString p = QString::fromLatin1(prefix);
    if (v.startsWith(p))
        v = v.mid(p.size());
    return v;
}

bool enumIs(const QString& value, const char* prefix, const char* name)
{
    return enumShort(value, prefix) == QLatin1String(name);
}

} // namespace td::wire
