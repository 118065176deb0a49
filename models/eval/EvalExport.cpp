#include "eval/EvalExport.h"

#include "eval/EvalJournal.h"
#include "eval/EvalScores.h"
#include "playground/TrainingRows.h"

#include <QHash>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <map>

namespace td {

namespace {

const EvalRow* findRow(const EvalRunData& data, qint64 row)
{
    for (const EvalRow& r : data.rows)
        if (r.row == row)
            return &r;
    return nullptr;
}

QByteArray withField(const QByteArray& row, const nlohmann::ordered_json& field)
{
    auto j = nlohmann::ordered_json::parse(row.begin(), row.end());
    j[EvalExport::kField] = field;
    return QByteArray::fromStdString(j.dump());
}

nlohmann::ordered_json provenance(const EvalRunData& data, const EvalExport::Decided& d, const QString& judge)
{
    const auto& models = data.definition.models;
    return {{"run", data.definition.id.toStdString()},
            {"row", d.row},
            {"judge", judge.toStdString()},
            {"chosen", models.value(d.winner).model.toStdString()},
            {"rejected", models.value(d.loser).model.toStdString()},
            {"score", d.score}};
}

} // namespace

QList<EvalExport::Decided> EvalExport::decided(const EvalRunData& data, int a, int b, const QString& judge)
{
    std::map<std::pair<qint64, bool>, const EvalVerdict*> latest;
    for (const EvalVerdict& v : data.verdicts)
        if (v.a == a && v.b == b && v.judge == judge)
            latest[{v.row, v.swapped}] = &v;
    std::map<qint64, std::pair<int, bool>> score; // row -> (score for a, failed)
    for (const auto& [k, v] : latest) {
        auto& s = score[k.first];
        const int w = v->winner();
        if (w == -2)
            s.second = true;
        else if (w == a)
            ++s.first;
        else if (w == b)
            --s.first;
    }
    QList<Decided> out;
    for (const auto& [row, s] : score) {
        if (s.second || s.first == 0)
            continue;
        out.append({row, s.first > 0 ? a : b, s.first > 0 ? b : a, std::abs(s.first)});
    }
    return out;
}

QList<QByteArray> EvalExport::trainingRows(const EvalRunData& data, int a, int b, const QString& judge, bool onlyLost)
{
    QList<QByteArray> out;
    const int candidate = data.definition.candidateIndex();
    for (const Decided& d : decided(data, a, b, judge)) {
        if (onlyLost && d.loser != candidate)
            continue;
        const EvalRow* row = findRow(data, d.row);
        const EvalResult* chosen = data.result(d.row, d.winner);
        if (!row || !chosen)
            continue;
        QList<ChatMessage> messages = row->messages;
        ChatMessage answer;
        answer.role = QStringLiteral("assistant");
        answer.content = chosen->answer;
        messages.append(answer);
        out.append(withField(TrainingRows::conversationRow(row->system, messages), provenance(data, d, judge)));
    }
    return out;
}

QList<QByteArray> EvalExport::preferenceRows(const EvalRunData& data, int a, int b, const QString& judge, bool onlyLost)
{
    QList<QByteArray> out;
    const int candidate = data.definition.candidateIndex();
    for (const Decided& d : decided(data, a, b, judge)) {
        if (onlyLost && d.loser != candidate)
            continue;
        const EvalRow* row = findRow(data, d.row);
        const EvalResult* chosen = data.result(d.row, d.winner);
        const EvalResult* rejected = data.result(d.row, d.loser);
        if (!row || !chosen || !rejected)
            continue;
        out.append(withField(TrainingRows::preferenceRow(row->system, row->messages, chosen->answer, rejected->answer),
                             provenance(data, d, judge)));
    }
    return out;
}

QByteArray EvalExport::runJsonl(const EvalRunData& data)
{
    const EvalDefinition& d = data.definition;
    QHash<qint64, QList<const EvalVerdict*>> verdicts;
    for (const EvalVerdict& v : data.verdicts)
        verdicts[v.row].append(&v);
    QByteArray out;
    for (const EvalRow& row : data.rows) {
        nlohmann::ordered_json j = row.toJson();
        j["answers"] = nlohmann::ordered_json::array();
        for (int m = 0; m < d.models.size(); ++m) {
            const EvalResult* r = data.result(row.row, m);
            nlohmann::ordered_json a = {{"model", d.models[m].model.toStdString()}};
            if (!r) {
                a["state"] = "not asked";
            } else if (!r->ok) {
                a["state"] = "failed";
                a["error"] = r->error.toStdString();
            } else {
                a["state"] = "answered";
                a["answer"] = r->answer.toStdString();
                a["prompt_tokens"] = r->promptTokens;
                a["completion_tokens"] = r->completionTokens;
                a["ms"] = r->ms;
                const EvalScores s = EvalScores::of(r->answer, row.reference, d.parameters.jsonObject);
                a["scores"] = {{"exact", s.exact},
                               {"normalized", s.normalized},
                               {"length_ratio", s.lengthRatio},
                               {"refusal", s.refusal}};
                if (s.validJson)
                    a["scores"]["valid_json"] = *s.validJson;
            }
            j["answers"].push_back(a);
        }
        j["verdicts"] = nlohmann::ordered_json::array();
        for (const EvalVerdict* v : verdicts.value(row.row))
            j["verdicts"].push_back(v->toJson());
        out += QByteArray::fromStdString(j.dump()) + '\n';
    }
    return out;
}

QByteArray EvalExport::csvCell(const QString& text)
{
    QString t = text;
    // A spreadsheet would run a cell that starts like a formula: make it text.
    if (!t.isEmpty() && QStringLiteral("=+-@\t\r").contains(t.front()))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')) ||
        t.contains(QLatin1Char('\r')) || t != text)
        t = QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return t.toUtf8();
}

Result<void> EvalExport::writeRun(const EvalRunData& data, RunFormat format, const QString& path)
{
    const QByteArray bytes = format == RunFormat::Csv ? runCsv(data) : runJsonl(data);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::make(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, f.errorString()));
    return {};
}

QByteArray EvalExport::runCsv(const EvalRunData& data)
{
    const EvalDefinition& d = data.definition;
    QByteArray out = "\xEF\xBB\xBF"; // UTF-8 BOM: spreadsheets then read the text as UTF-8
    QList<QByteArray> header{"row", "prompt", "reference"};
    for (const EvalModel& m : d.models)
        header << csvCell(m.model) << csvCell(m.model + tr(" (error)"));
    header << "verdicts";
    out += header.join(',') + "\r\n";
    QHash<qint64, QStringList> verdicts;
    for (const EvalVerdict& v : data.verdicts) {
        const int w = v.winner();
        const QString who = w >= 0 ? d.models.value(w).model : w == -1 ? tr("tie") : tr("failed");
        verdicts[v.row] << QStringLiteral("%1: %2").arg(v.judge, who);
    }
    for (const EvalRow& row : data.rows) {
        QList<QByteArray> cells;
        cells << QByteArray::number(row.row + 1);
        cells << csvCell(row.messages.isEmpty() ? row.problem : row.messages.back().content);
        cells << csvCell(row.reference);
        for (int m = 0; m < d.models.size(); ++m) {
            const EvalResult* r = data.result(row.row, m);
            cells << csvCell(r && r->ok ? r->answer : QString()) << csvCell(r && !r->ok ? r->error : QString());
        }
        cells << csvCell(verdicts.value(row.row).join(QStringLiteral("; ")));
        out += cells.join(',') + "\r\n";
    }
    return out;
}

Result<void> EvalExport::recordHuman(const QString& verdictsPath, qint64 row, int a, int b, int winner)
{
    EvalJournal journal;
    if (auto o = journal.open(verdictsPath); !o)
        return o.error();
    EvalVerdict v;
    v.row = row;
    v.a = a;
    v.b = b;
    v.judge = QStringLiteral("human");
    v.pick = winner == a ? EvalVerdict::Pick::First : winner == b ? EvalVerdict::Pick::Second : EvalVerdict::Pick::Tie;
    v.humanNote = QStringLiteral("decided by a person");
    auto w = journal.append(v.toJson());
    journal.sync();
    return w;
}

Result<void> EvalExport::recordMark(const QString& marksPath, qint64 row, int model, std::optional<bool> good)
{
    EvalJournal journal;
    if (auto o = journal.open(marksPath); !o)
        return o.error();
    const nlohmann::ordered_json j = {{"row", row},
                                      {"model", model},
                                      {"mark", !good   ? "none"
                                               : *good ? "good"
                                                       : "bad"}};
    auto w = journal.append(j);
    journal.sync();
    return w;
}

QList<QByteArray> EvalExport::markedTrainingRows(const EvalRunData& data)
{
    QList<QByteArray> out;
    const auto& models = data.definition.models;
    for (const EvalRow& row : data.rows) {
        for (int m = 0; m < models.size(); ++m) {
            const EvalResult* r = data.result(row.row, m);
            if (!r || !r->ok || !data.marks.value(EvalRunData::key(row.row, m), false))
                continue;
            QList<ChatMessage> messages = row.messages;
            ChatMessage answer;
            answer.role = QStringLiteral("assistant");
            answer.content = r->answer;
            messages.append(answer);
            const nlohmann::ordered_json field = {{"run", data.definition.id.toStdString()},
                                                  {"row", row.row},
                                                  {"judge", "human marks"},
                                                  {"chosen", models[m].model.toStdString()}};
            out.append(withField(TrainingRows::conversationRow(row.system, messages), field));
        }
    }
    return out;
}

QList<QByteArray> EvalExport::markedPreferenceRows(const EvalRunData& data)
{
    QList<QByteArray> out;
    const auto& models = data.definition.models;
    for (const EvalRow& row : data.rows) {
        QList<int> good, bad;
        for (int m = 0; m < models.size(); ++m) {
            const auto it = data.marks.constFind(EvalRunData::key(row.row, m));
            const EvalResult* r = data.result(row.row, m);
            if (it == data.marks.cend() || !r || !r->ok)
                continue;
            (*it ? good : bad).append(m);
        }
        for (int g : good)
            for (int b : bad) {
                Decided d{row.row, g, b, 1};
                out.append(
                    withField(TrainingRows::preferenceRow(row.system, row.messages, data.result(row.row, g)->answer,
                                                          data.result(row.row, b)->answer),
                              provenance(data, d, QStringLiteral("human marks"))));
            }
    }
    return out;
}

} // namespace td
