#pragma once

#include "eval/EvalJournal.h"
#include "eval/EvalStore.h"
#include "eval/ModelLane.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace td {

// An LLM judge for a run: any model over any connection compares two models' answers to each
// row with an editable pairwise prompt, once in each order (A first, then B first) so that a
// judge that prefers whatever comes first cancels out. Each verdict is journaled as it comes;
// a request that fails or an answer without a readable verdict is journaled as a failure and
// counted in the summary, never dropped. Rows judged before (by this judge) are not asked again.
class EvalJudge final : public QObject
{
    Q_OBJECT

public:
    using ConnectionFor = std::function<Connection(const EvalModel&)>;

    // {conversation}, {reference}, {answer_a} and {answer_b} are filled in.
    static QString defaultPrompt();
    // A prompt must show the judge both answers ({answer_a} and {answer_b}); else an error that
    // says which is missing. (The app's prompt editor and `eval judge --prompt-file` both ask.)
    static Result<void> checkPrompt(const QString& prompt);
    // The request for one comparison.
    static QByteArray request(const QString& judgeModel, const QString& prompt, const EvalRow& row,
                              const QString& first, const QString& second, qint64 seed);
    // [[A]], [[B]], [[C]] (or [[tie]]), else a bare A / B / tie; Failed when none is there.
    static EvalVerdict::Pick parse(const QString& judgeAnswer);
    // The pairs a run is judged on: the fine-tune against each other model (a < b).
    static QList<QPair<int, int>> defaultPairs(const EvalDefinition& d);

    EvalJudge(HttpTransport* transport, EvalStore store, QString id, EvalModel judge, ConnectionFor connectionFor,
              QObject* parent = nullptr);
    ~EvalJudge() override;
    void setPrompt(const QString& prompt) { m_prompt = prompt; }
    void setPairs(const QList<QPair<int, int>>& pairs) { m_pairs = pairs; }

    Result<void> start();
    void cancel();
    int total() const { return m_total; }
    int done() const { return m_done; }
    int failures() const { return m_failures; }

signals:
    void progress(int done, int total);
    void finished();
    void journalFailed(const QString& message);

private:
    void record(const EvalVerdict& v);

    HttpTransport* m_transport;
    EvalStore m_store;
    QString m_id;
    EvalModel m_judge;
    ConnectionFor m_connectionFor;
    QString m_prompt = defaultPrompt();
    QList<QPair<int, int>> m_pairs;
    EvalJournal m_journal;
    ModelLane* m_lane = nullptr;
    QHash<quint64, EvalVerdict> m_asked; // lane key -> the verdict being asked for
    int m_total = 0, m_done = 0, m_failures = 0;
    bool m_running = false;
};

} // namespace td
