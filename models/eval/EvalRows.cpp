#include "eval/EvalRows.h"

#include "core/JsonRead.h"
#include "playground/TrainingRows.h"

#include <QFile>

#include <algorithm>
#include <random>

namespace td {

namespace {

QString lengthBucket(qsizetype chars)
{
    if (chars < 200)
        return QStringLiteral("short");
    if (chars < 1000)
        return QStringLiteral("medium");
    return QStringLiteral("long");
}

QString formatOf(const QString& text)
{
    const QString t = text.trimmed();
    if ((t.startsWith(QLatin1Char('{')) || t.startsWith(QLatin1Char('['))) && !json::parse(t.toUtf8()).is_discarded())
        return QStringLiteral("json");
    if (t.contains(QLatin1String("```")))
        return QStringLiteral("code");
    return QStringLiteral("text");
}

} // namespace

nlohmann::json EvalRow::requestMessages() const
{
    nlohmann::json m = nlohmann::json::array();
    if (!system.isEmpty())
        m.push_back({{"role", "system"}, {"content", system.toStdString()}});
    for (const ChatMessage& msg : messages)
        m.push_back({{"role", msg.role.toStdString()}, {"content", msg.content.toStdString()}});
    return m;
}

nlohmann::ordered_json EvalRow::toJson() const
{
    nlohmann::ordered_json j;
    j["row"] = row;
    if (!problem.isEmpty()) {
        j["problem"] = problem.toStdString();
        return j;
    }
    if (!system.isEmpty())
        j["system"] = system.toStdString();
    j["messages"] = nlohmann::ordered_json::array();
    for (const ChatMessage& m : messages)
        j["messages"].push_back({{"role", m.role.toStdString()}, {"content", m.content.toStdString()}});
    j["reference"] = reference.toStdString();
    nlohmann::ordered_json f = nlohmann::ordered_json::object();
    for (auto it = facts.begin(); it != facts.end(); ++it)
        f[it.key().toStdString()] = it.value().toStdString();
    j["facts"] = f;
    return j;
}

std::optional<EvalRow> EvalRow::fromJson(const nlohmann::json& j)
{
    const auto row = json::optInteger(j, "row");
    if (!row)
        return std::nullopt;
    EvalRow r;
    r.row = *row;
    r.problem = json::string(j, "problem");
    r.system = json::string(j, "system");
    for (const auto& m : json::array(j, "messages")) {
        ChatMessage msg;
        msg.role = json::string(m, "role");
        msg.content = json::string(m, "content");
        r.messages.append(msg);
    }
    r.reference = json::string(j, "reference");
    const auto& f = json::object(j, "facts");
    if (f.is_object())
        for (auto it = f.begin(); it != f.end(); ++it)
            if (const auto v = json::asString(*it))
                r.facts.insert(QString::fromStdString(it.key()), *v);
    return r;
}

QList<qint64> EvalRows::choose(const EvalRowChoice& choice, qint64 rowCount)
{
    QList<qint64> out;
    switch (choice.mode) {
    case EvalRowChoice::Mode::All:
        out.reserve(rowCount);
        for (qint64 i = 0; i < rowCount; ++i)
            out.append(i);
        break;
    case EvalRowChoice::Mode::List:
        for (qint64 n : choice.rows)
            if (n >= 0 && n < rowCount && !out.contains(n))
                out.append(n);
        std::sort(out.begin(), out.end());
        break;
    case EvalRowChoice::Mode::Sample: {
        // A partial Fisher-Yates shuffle with a fixed engine: the same seed, the same rows on
        // every machine (std::mt19937_64's sequence is specified; no distribution object is
        // used, their output is not).
        std::vector<qint64> all(std::size_t(std::max<qint64>(rowCount, 0)));
        for (qint64 i = 0; i < rowCount; ++i)
            all[std::size_t(i)] = i;
        std::mt19937_64 engine(choice.sampleSeed);
        const qint64 n = std::min<qint64>(choice.sampleCount, rowCount);
        for (qint64 i = 0; i < n; ++i) {
            const quint64 span = quint64(rowCount - i);
            const qint64 j = i + qint64(engine() % span);
            std::swap(all[std::size_t(i)], all[std::size_t(j)]);
            out.append(all[std::size_t(i)]);
        }
        std::sort(out.begin(), out.end());
        break;
    }
    }
    return out;
}

EvalRow EvalRows::cut(qint64 row, QByteArrayView line, int answerIndex)
{
    EvalRow r;
    r.row = row;
    const auto conversation = TrainingRows::fromRow(line, answerIndex);
    if (!conversation) {
        r.problem = conversation.error().message;
        return r;
    }
    r.system = conversation->system;
    r.messages = conversation->messages;
    r.reference = conversation->reference;
    int turns = 0;
    for (const ChatMessage& m : r.messages)
        turns += m.isUser() ? 1 : 0;
    r.facts.insert(QStringLiteral("turns"), QString::number(turns));
    r.facts.insert(QStringLiteral("reference_length"), lengthBucket(r.reference.size()));
    r.facts.insert(QStringLiteral("format"), formatOf(r.reference));
    // The row's own scalar fields (a category, a source) are facts too.
    const auto j = json::parse(line);
    if (j.is_object())
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it->is_string())
                r.facts.insert(QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()));
            else if (it->is_number() || it->is_boolean())
                r.facts.insert(QString::fromStdString(it.key()), QString::fromStdString(it->dump()));
        }
    return r;
}

Result<QList<EvalRow>> EvalRows::read(const EvalDefinition& d)
{
    QFile file(d.datasetPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound,
                           tr("The dataset %1 cannot be read: %2").arg(d.datasetPath, file.errorString()));
    // First pass: how many rows (lines) there are, for the choice.
    qint64 rowCount = 0;
    {
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        bool pendingLine = false;
        for (;;) {
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n < 0)
                return Error::make(Error::Code::Io,
                                   tr("The dataset %1 cannot be read: %2").arg(d.datasetPath, file.errorString()));
            if (n == 0)
                break;
            const QByteArrayView chunk(buffer.constData(), n);
            rowCount += chunk.count('\n');
            pendingLine = chunk.back() != '\n';
        }
        rowCount += pendingLine ? 1 : 0;
    }
    const QList<qint64> chosen = choose(d.rows, rowCount);
    if (d.rows.mode == EvalRowChoice::Mode::List)
        for (qint64 n : d.rows.rows)
            if (n < 0 || n >= rowCount)
                return Error::make(Error::Code::Parse,
                                   tr("Row %1 is not in the dataset, which has %2 rows.").arg(n + 1).arg(rowCount));
    file.seek(0);
    QList<EvalRow> rows;
    rows.reserve(chosen.size());
    qint64 index = 0;
    qsizetype next = 0;
    while (next < chosen.size() && !file.atEnd()) {
        QByteArray line = file.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (index == chosen[next]) {
            rows.append(cut(index, line, d.answerIndex));
            ++next;
        }
        ++index;
    }
    return rows;
}

} // namespace td
