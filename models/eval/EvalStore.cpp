#include "eval/EvalStore.h"

#include "core/JsonRead.h"
#include "eval/EvalJournal.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace td {

namespace {

Result<void> writeWhole(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("td::EvalStore", "%1 cannot be written: %2").arg(path, f.errorString()));
    return {};
}

const char* pickName(EvalVerdict::Pick p)
{
    switch (p) {
    case EvalVerdict::Pick::First:
        return "first";
    case EvalVerdict::Pick::Second:
        return "second";
    case EvalVerdict::Pick::Tie:
        return "tie";
    case EvalVerdict::Pick::Failed:
        break;
    }
    return "failed";
}

} // namespace

nlohmann::ordered_json EvalResult::toJson(const QString& modelName) const
{
    nlohmann::ordered_json j;
    j["row"] = row;
    j["model"] = model;
    j["model_name"] = modelName.toStdString();
    j["ok"] = ok;
    if (ok) {
        j["answer"] = answer.toStdString();
        j["finish_reason"] = finishReason.toStdString();
        j["prompt_tokens"] = promptTokens;
        j["completion_tokens"] = completionTokens;
    } else {
        j["error"] = error.toStdString();
    }
    j["ms"] = ms;
    if (firstTokenMs >= 0)
        j["ttft_ms"] = firstTokenMs;
    j["attempts"] = attempts;
    return j;
}

std::optional<EvalResult> EvalResult::fromJson(const nlohmann::json& j)
{
    const auto row = json::optInteger(j, "row");
    const auto model = json::optInteger(j, "model");
    if (!row || !model || *model < 0 || *model >= 8)
        return std::nullopt;
    EvalResult r;
    r.row = *row;
    r.model = int(*model);
    r.ok = json::boolean(j, "ok");
    r.answer = json::string(j, "answer");
    r.finishReason = json::string(j, "finish_reason");
    r.promptTokens = json::integer(j, "prompt_tokens", -1);
    r.completionTokens = json::integer(j, "completion_tokens", -1);
    r.ms = json::integer(j, "ms", -1);
    r.firstTokenMs = json::integer(j, "ttft_ms", -1);
    r.attempts = json::smallInteger(j, "attempts");
    r.error = json::string(j, "error");
    return r;
}

double EvalResult::tokensPerSecond() const
{
    if (!ok || completionTokens <= 0 || firstTokenMs < 0 || ms <= firstTokenMs)
        return -1;
    return double(completionTokens) * 1000.0 / double(ms - firstTokenMs);
}

int EvalVerdict::winner() const
{
    switch (pick) {
    case Pick::First:
        return swapped ? b : a;
    case Pick::Second:
        return swapped ? a : b;
    case Pick::Tie:
        return -1;
    case Pick::Failed:
        break;
    }
    return -2;
}

nlohmann::ordered_json EvalVerdict::toJson() const
{
    nlohmann::ordered_json j;
    j["row"] = row;
    j["a"] = a;
    j["b"] = b;
    j["swapped"] = swapped;
    j["pick"] = pickName(pick);
    j["judge"] = judge.toStdString();
    j["raw"] = raw.toStdString();
    if (!humanNote.isEmpty())
        j["human"] = humanNote.toStdString();
    return j;
}

std::optional<EvalVerdict> EvalVerdict::fromJson(const nlohmann::json& j)
{
    const auto row = json::optInteger(j, "row");
    if (!row)
        return std::nullopt;
    EvalVerdict v;
    v.row = *row;
    v.a = json::smallInteger(j, "a", -1);
    v.b = json::smallInteger(j, "b", -1);
    v.swapped = json::boolean(j, "swapped");
    const QString p = json::string(j, "pick");
    v.pick = p == QLatin1String("first")    ? EvalVerdict::Pick::First
             : p == QLatin1String("second") ? EvalVerdict::Pick::Second
             : p == QLatin1String("tie")    ? EvalVerdict::Pick::Tie
                                            : EvalVerdict::Pick::Failed;
    v.judge = json::string(j, "judge");
    v.raw = json::string(j, "raw");
    v.humanNote = json::string(j, "human");
    if (v.a < 0 || v.b < 0)
        return std::nullopt;
    return v;
}

int EvalRunData::askableRows() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const EvalRow& r) { return r.askable(); }));
}

int EvalRunData::answered() const
{
    return int(std::count_if(results.begin(), results.end(), [](const EvalResult& r) { return r.ok; }));
}

int EvalRunData::failedAnswers() const
{
    return int(std::count_if(results.begin(), results.end(), [](const EvalResult& r) { return !r.ok; }));
}

EvalStore::EvalStore(QString root)
    : m_root(std::move(root))
{}

QString EvalStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/evals");
}

Result<QString> EvalStore::create(EvalDefinition d, const QList<EvalRow>& rows) const
{
    if (d.id.isEmpty())
        d.id = EvalDefinition::newId();
    if (!d.created.isValid())
        d.created = QDateTime::currentDateTimeUtc();
    const QString dir = folder(d.id);
    if (QFileInfo::exists(dir))
        return Error::make(Error::Code::Io, tr("A run with the id %1 exists already.").arg(d.id));
    if (!QDir().mkpath(dir))
        return Error::make(Error::Code::Io, tr("The folder %1 cannot be made.").arg(dir));
    QByteArray rowBytes;
    for (const EvalRow& r : rows)
        rowBytes += QByteArray::fromStdString(r.toJson().dump()) + '\n';
    if (auto w = writeWhole(dir + QStringLiteral("/rows.jsonl"), rowBytes); !w)
        return w.error();
    if (auto w = writeWhole(dir + QStringLiteral("/run.json"), QByteArray::fromStdString(d.toJson().dump(2))); !w)
        return w.error();
    if (auto w = setState(d.id, QStringLiteral("created")); !w)
        return w.error();
    return d.id;
}

Result<void> EvalStore::setState(const QString& id, const QString& state) const
{
    const nlohmann::ordered_json j = {{"state", state.toStdString()}};
    return writeWhole(folder(id) + QStringLiteral("/state.json"), QByteArray::fromStdString(j.dump()));
}

QString EvalStore::state(const QString& id) const
{
    QFile f(folder(id) + QStringLiteral("/state.json"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("created");
    return json::string(json::parse(f.readAll()), "state", QStringLiteral("created"));
}

Result<EvalRunData> EvalStore::open(const QString& id) const
{
    const QString dir = folder(id);
    QFile def(dir + QStringLiteral("/run.json"));
    if (!def.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound, tr("There is no evaluation run %1 (looked in %2).").arg(id, m_root));
    auto d = EvalDefinition::fromJson(json::parse(def.readAll()));
    if (!d)
        return d.error();
    EvalRunData data;
    data.definition = *d;
    data.state = state(id);
    QFile rows(dir + QStringLiteral("/rows.jsonl"));
    if (!rows.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Corrupt, tr("The run %1 has lost its rows (rows.jsonl).").arg(id));
    while (!rows.atEnd())
        if (const auto r = EvalRow::fromJson(json::parse(rows.readLine())))
            data.rows.append(*r);
    const auto results = EvalJournal::read(resultsPath(id));
    if (!results)
        return results.error();
    data.tornLines += results->tornTail ? 1 : 0;
    for (const auto& j : results->records) {
        const auto r = EvalResult::fromJson(j);
        if (!r)
            continue;
        const quint64 k = EvalRunData::key(r->row, r->model);
        const auto it = data.results.constFind(k);
        // An answer wins over a failure; the first answer over a later one (none should come).
        if (it == data.results.cend() || (!it->ok && r->ok))
            data.results.insert(k, *r);
    }
    const auto verdicts = EvalJournal::read(verdictsPath(id));
    if (!verdicts)
        return verdicts.error();
    data.tornLines += verdicts->tornTail ? 1 : 0;
    for (const auto& j : verdicts->records)
        if (const auto v = EvalVerdict::fromJson(j))
            data.verdicts.append(*v);
    const auto marks = EvalJournal::read(marksPath(id));
    if (!marks)
        return marks.error();
    data.tornLines += marks->tornTail ? 1 : 0;
    for (const auto& j : marks->records) {
        const auto row = json::optInteger(j, "row");
        const int model = json::smallInteger(j, "model", -1);
        if (!row || model < 0 || model >= 8)
            continue;
        const QString mark = json::string(j, "mark");
        const quint64 k = EvalRunData::key(*row, model);
        if (mark == QLatin1String("good") || mark == QLatin1String("bad"))
            data.marks.insert(k, mark == QLatin1String("good"));
        else
            data.marks.remove(k);
    }
    return data;
}

QList<EvalStore::Listed> EvalStore::list() const
{
    QList<Listed> out;
    const QDir dir(m_root);
    for (const QString& id : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
        QFile f(folder(id) + QStringLiteral("/run.json"));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (auto d = EvalDefinition::fromJson(json::parse(f.readAll())))
            out.append({*d, state(id)});
    }
    return out;
}

} // namespace td
