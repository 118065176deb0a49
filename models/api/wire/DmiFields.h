#pragma once

#include <QString>
#include <QStringList>

// Small readers for the v2 (DMI) wire format, on top of JsonFields: enum values come fully
// qualified ("DEPLOYMENT_STATE_READY", "PRODUCT_DEDICATED"), but a short or differently cased
// spelling is read as the same value, and an unknown one is kept as text.
namespace td::wire {

// "DEPLOYMENT_STATE_READY" with prefix "DEPLOYMENT_STATE_" → "READY"; "ready" → "READY".
QString enumShort(const QString& value, const char* prefix);
bool enumIs(const QString& value, const char* prefix, const char* name);

} // namespace td::wire
