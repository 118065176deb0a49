#include "api/wire/TokenizedDataset.h"

#include "api/wire/JsonFields.h"

namespace td {

std::optional<TokenizedDataset> TokenizedDataset::fromJson(const nlohmann::json& j)
{
    TokenizedDataset t;
    t.url = QUrl(wire::str(j, "url"), QUrl::StrictMode);
    const QString scheme = t.url.scheme().toLower();
    if (!t.url.isValid() || t.url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return std::nullopt;
    t.filename = wire::str(j, "filename");
    t.size = wire::integer(j, "size", -1);
    t.contentType = wire::str(j, "content_type");
    t.expiresAt = wire::time(j, "expires_at");
    return t;
}

} // namespace td
