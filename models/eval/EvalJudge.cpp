#include "eval/EvalJudge.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace td {

QString EvalJudge::defaultPrompt()
{
    return QStringLiteral(
        "You compare two answers to the same conversation. Decide which answer is better: more correct, more "
        "helpful, and more faithful to what was asked. The reference answer from the dataset shows what is "
        "expected. Do not let the order of the answers or their length decide.\n\n"
        "[Conversation]\n{conversation}\n\n"
        "[Reference answer]\n{reference}\n\n"
        "[Answer A]\n{answer_a}\n\n"
        "[Answer B]\n{answer_b}\n\n"
        "Reply with [[A]] if answer A is better, [[B]] if answer B is better, or [[C]] if they are equally good, "
        "then one sentence why.");
}

Result<void> EvalJudge::checkPrompt(const QString& prompt)
{
    QStringList missing;
    for (const QString& p : {QStringLiteral("{answer_a}"), QStringLiteral("{answer_b}")})
        if (!prompt.contains(p))
            missing << p;
    if (missing.isEmpty())
        return {};
    return Error::make(Error::Code::Parse,
                       QCoreApplication::translate("td::EvalJudge",
                                                   "The judge's prompt must contain %1: that is where the answers "
                                                   "it compares go.")
                           .arg(missing.join(QStringLiteral(" and "))));
}

QByteArray EvalJudge::request(const QString& judgeModel, const QString& prompt, const EvalRow& row,
                              const QString& first, const QString& second, qint64 seed)
{
    QString conversation;
    if (!row.system.isEmpty())
        conversation += QStringLiteral("system: %1\n").arg(row.system);
    for (const ChatMessage& m : row.messages)
        conversation += QStringLiteral("%1: %2\n").arg(m.role, m.content);
    QString text = prompt;
    // One pass over the placeholders, so that an answer containing "{answer_b}" stays as it is.
    static const QRegularExpression placeholder(QStringLiteral("\\{(conversation|reference|answer_a|answer_b)\\}"));
    QString filled;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        filled += text.mid(at, m.capturedStart() - at);
        const QString name = m.captured(1);
        filled += name == QLatin1String("conversation") ? conversation.trimmed()
                  : name == QLatin1String("reference")  ? row.reference
                  : name == QLatin1String("answer_a")   ? first
                                                        : second;
        at = m.capturedEnd();
    }
    filled += text.mid(at);
    const nlohmann::ordered_json body = {{"model", judgeModel.toStdString()},
                                         {"messages", {{{"role", "user"}, {"content", filled.toStdString()}}}},
                                         {"temperature", 0},
                                         {"max_tokens", 512},
                                         {"seed", seed}};
    return QByteArray::fromStdString(body.dump());
}

EvalVerdict::Pick EvalJudge::parse(const QString& answer)
{
    static const QRegularExpression bracketed(QStringLiteral("\\[\\[\\s*(A|B|C|tie)\\s*\\]\\]"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString pick;
    if (const auto m = bracketed.match(answer); m.hasMatch()) {
        pick = m.captured(1).toUpper();
    } else {
        static const QRegularExpression bare(QStringLiteral("^\\W*(A|B|tie)\\W*$"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (const auto b = bare.match(answer.trimmed()); b.hasMatch())
            pick = b.captured(1).toUpper();
    }
    if (pick == QLatin1String("A"))
        return EvalVerdict::Pick::First;
    if (pick == QLatin1String("B"))
        return EvalVerdict::Pick::Second;
    if (pick == QLatin1String("C") || pick == QLatin1String("TIE"))
        return EvalVerdict::Pick::Tie;
    return EvalVerdict::Pick::Failed;
}

QList<QPair<int, int>> EvalJudge::defaultPairs(const EvalDefinition& d)
{
    QList<QPair<int, int>> pairs;
    const int c = d.candidateIndex();
    for (int m = 0; m < d.models.size(); ++m)
        if (m != c)
            pairs.append({std::min(m, c), std::max(m, c)});
    return pairs;
}

EvalJudge::EvalJudge(HttpTransport* transport, EvalStore store, QString id, EvalModel judge,
                     ConnectionFor connectionFor, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_store(std::move(store))
    , m_id(std::move(id))
    , m_judge(std::move(judge))
    , m_connectionFor(std::move(connectionFor))
{}

EvalJudge::~EvalJudge()
{
    cancel();
}

void EvalJudge::cancel()
{
    if (m_lane)
        m_lane->cancel();
    m_running = false;
    m_journal.close();
}

Result<void> EvalJudge::start()
{
    auto data = m_store.open(m_id);
    if (!data)
        return data.error();
    if (auto j = m_journal.open(m_store.verdictsPath(m_id)); !j)
        return j.error();
    const EvalDefinition& d = data->definition;
    if (m_pairs.isEmpty())
        m_pairs = defaultPairs(d);
    const QString judgeName = m_judge.model;
    QSet<QString> judged;
    for (const EvalVerdict& v : data->verdicts)
        if (v.judge == judgeName && v.pick != EvalVerdict::Pick::Failed)
            judged.insert(QStringLiteral("%1/%2/%3/%4").arg(v.row).arg(v.a).arg(v.b).arg(v.swapped));
    m_lane = new ModelLane(m_transport, m_judge.route(m_connectionFor(m_judge)), m_judge.maxConcurrency, this);
    connect(m_lane, &ModelLane::answered, this, [this](quint64 key, const ChatAnswer& a, qint64, int) {
        EvalVerdict v = m_asked.take(key);
        v.pick = parse(a.content);
        v.raw = a.content;
        record(v);
    });
    connect(m_lane, &ModelLane::failed, this, [this](quint64 key, const ApiError& e, int) {
        EvalVerdict v = m_asked.take(key);
        v.pick = EvalVerdict::Pick::Failed;
        v.raw = e.explanation();
        record(v);
    });
    m_running = true;
    quint64 key = 0;
    const qint64 seed = d.parameters.seed.value_or(0);
    for (const EvalRow& row : data->rows) {
        for (const auto& [a, b] : m_pairs) {
            const EvalResult* ra = data->result(row.row, a);
            const EvalResult* rb = data->result(row.row, b);
            if (!ra || !rb || !ra->ok || !rb->ok)
                continue; // nothing to compare: the summary counts these rows as unanswered
            for (const bool swapped : {false, true}) {
                if (judged.contains(QStringLiteral("%1/%2/%3/%4").arg(row.row).arg(a).arg(b).arg(swapped)))
                    continue;
                EvalVerdict v;
                v.row = row.row;
                v.a = a;
                v.b = b;
                v.swapped = swapped;
                v.judge = judgeName;
                m_asked.insert(++key, v);
                ++m_total;
                m_lane->enqueue({key,
                                 request(judgeName, m_prompt, row, swapped ? rb->answer : ra->answer,
                                         swapped ? ra->answer : rb->answer, seed),
                                 0, 0});
            }
        }
    }
    emit progress(m_done, m_total);
    if (m_total == 0) {
        m_running = false;
        emit finished();
    }
    return {};
}

void EvalJudge::record(const EvalVerdict& v)
{
    if (!m_running)
        return;
    if (auto w = m_journal.append(v.toJson()); !w) {
        cancel();
        emit journalFailed(w.error().message);
        return;
    }
    ++m_done;
    m_failures += v.pick == EvalVerdict::Pick::Failed ? 1 : 0;
    emit progress(m_done, m_total);
    if (m_done == m_total) {
        m_running = false;
        m_journal.sync();
        emit finished();
    }
}

} // namespace td
