#include "import/ImportFormat.h"

#include <QCoreApplication>
#include <QStringList>

namespace td {

namespace {

struct FormatInfo
{
    ImportFormat format;
    const char* id;
    const char* name;
};

constexpr FormatInfo kFormats[] = {
    {ImportFormat::ShareGpt, "sharegpt", QT_TRANSLATE_NOOP("td::Import", "ShareGPT")},
    {ImportFormat::Alpaca, "alpaca", QT_TRANSLATE_NOOP("td::Import", "Alpaca")},
    {ImportFormat::OpenAi, "openai", QT_TRANSLATE_NOOP("td::Import", "OpenAI chat")},
    {ImportFormat::PromptCompletion, "prompt-completion", QT_TRANSLATE_NOOP("td::Import", "Prompt/completion")},
    {ImportFormat::Text, "text", QT_TRANSLATE_NOOP("td::Import", "Plain text")},
    {ImportFormat::HuggingFace, "hf", QT_TRANSLATE_NOOP("td::Import", "Hugging Face chat export")},
    {ImportFormat::Csv, "csv", QT_TRANSLATE_NOOP("td::Import", "CSV")},
    {ImportFormat::Tsv, "tsv", QT_TRANSLATE_NOOP("td::Import", "TSV")},
};

} // namespace

QString importFormatId(ImportFormat format)
{
    for (const FormatInfo& f : kFormats)
        if (f.format == format)
            return QString::fromLatin1(f.id);
    return QStringLiteral("auto");
}

std::optional<ImportFormat> importFormatFromId(const QString& id)
{
    if (id == QLatin1String("auto"))
        return ImportFormat::Auto;
    for (const FormatInfo& f : kFormats)
        if (id == QLatin1String(f.id))
            return f.format;
    return std::nullopt;
}

QString importFormatName(ImportFormat format)
{
    for (const FormatInfo& f : kFormats)
        if (f.format == format)
            return QCoreApplication::translate("td::Import", f.name);
    return QCoreApplication::translate("td::Import", "Detect automatically");
}

QString targetFormatName(TargetFormat target)
{
    switch (target) {
    case TargetFormat::Conversational:
        return QCoreApplication::translate("td::Import", "conversational");
    case TargetFormat::Instruction:
        return QCoreApplication::translate("td::Import", "instruction");
    case TargetFormat::General:
        return QCoreApplication::translate("td::Import", "general (text)");
    }
    return {};
}

std::vector<ImportFormat> importFormats()
{
    std::vector<ImportFormat> out;
    for (const FormatInfo& f : kFormats)
        out.push_back(f.format);
    return out;
}

bool isJsonFormat(ImportFormat format)
{
    return format == ImportFormat::ShareGpt || format == ImportFormat::Alpaca || format == ImportFormat::OpenAi ||
           format == ImportFormat::PromptCompletion || format == ImportFormat::HuggingFace;
}

std::size_t columnOf(const std::vector<std::string>& header, std::string_view source)
{
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == source)
            return i;
    bool ok = false;
    const int n = QString::fromUtf8(source.data(), qsizetype(source.size())).toInt(&ok);
    return ok && n >= 1 && std::size_t(n) <= header.size() ? std::size_t(n - 1) : header.size();
}

std::string_view FieldMapping::get(std::string_view slot, std::string_view fallback) const
{
    for (const auto& [s, source] : pairs)
        if (s == slot)
            return source;
    return fallback;
}

bool FieldMapping::has(std::string_view slot) const
{
    for (const auto& p : pairs)
        if (p.first == slot)
            return true;
    return false;
}

void FieldMapping::set(const std::string& slot, const std::string& source)
{
    for (auto& p : pairs)
        if (p.first == slot) {
            p.second = source;
            return;
        }
    pairs.emplace_back(slot, source);
}

QString FieldMapping::toString() const
{
    QStringList parts;
    for (const auto& [slot, source] : pairs)
        parts << QString::fromStdString(slot) + QLatin1Char('=') + QString::fromStdString(source);
    return parts.join(QLatin1Char(','));
}

Result<FieldMapping> FieldMapping::parse(const QString& text)
{
    FieldMapping m;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& raw : items) {
        const QString item = raw.trimmed();
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == item.size() - 1)
            return Error::make(Error::Code::Parse,
                               QCoreApplication::translate("td::Import",
                                                           "\"%1\" is not a mapping: write slot=source, for example "
                                                           "user=question,assistant=answer.")
                                   .arg(item));
        m.pairs.emplace_back(item.left(eq).trimmed().toStdString(), item.mid(eq + 1).trimmed().toStdString());
    }
    return m;
}

} // namespace td
