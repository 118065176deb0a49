#pragma once

#include "eval/EvalBatch.h"
#include "eval/EvalJournal.h"
#include "eval/EvalStore.h"
#include "eval/ModelLane.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace td {

// Generates a run's answers: every askable row for every model that has no answer in the
// journal yet (so starting again after a pause, a restart or a crash asks only what is
// missing, and nothing twice), one ModelLane per model, each answer or failure journaled the
// moment it arrives. A model marked viaBatch (or every model, setBatchAll) is asked through
// Together's Batch API instead (EvalBatch): its answers come in together when the batch ends,
// and a batch already submitted is polled again after a restart. Pause lets requests in flight
// finish; cancel aborts them (a batch goes on at Together; starting again collects it). The
// GUI and tunedesk-cli both run this.
class EvalRunner final : public QObject
{
    Q_OBJECT

public:
    // `connectionFor` gives the connection of a model's profile (EvalModel::route is applied).
    using ConnectionFor = std::function<Connection(const EvalModel&)>;

    EvalRunner(HttpTransport* transport, EvalStore store, QString id, ConnectionFor connectionFor,
               QObject* parent = nullptr);
    ~EvalRunner() override;

    // Answers are streamed (the default): partial() shows them growing, and each result
    // carries its time to the first token. Before start().
    void setStreaming(bool streaming) { m_streaming = streaming; }
    // Every model through the Batch API (tunedesk-cli eval run --batch). Before start().
    void setBatchAll(bool all) { m_batchAll = all; }
    void setBatchPollInterval(int ms) { m_batchPollMs = ms; }
    bool viaBatch(int model) const;

    // Opens the run and its journal and starts asking; `retryFailed`: failures are asked again.
    Result<void> start(bool retryFailed = true);
    // The same with the run as the caller has just opened it (the grid has it: reading it
    // again cost the GUI thread 10-18 ms at 2,000 rows).
    Result<void> start(EvalRunData opened, bool retryFailed = true);
    void pause();
    void resume();
    void cancel();
    bool isPaused() const { return m_paused; }
    bool isRunning() const { return m_running; }

    const EvalRunData& data() const { return m_data; }
    int total() const { return m_total; } // answers this run needs (askable rows x models)
    int answered() const;                 // answers so far (from before too)
    int failed() const;
    const ModelLane* lane(int model) const { return m_lanes.value(model); }
    QString lastError() const { return m_lastError; }

signals:
    void resultAdded(qint64 row, int model);
    // A streamed answer grew (not journaled; resultAdded follows with the whole answer).
    void partial(qint64 row, int model, const QString& textSoFar);
    void progress(int answered, int failed, int total);
    // Everything asked has an answer or a failure (not after cancel).
    void finished();
    // The journal could not be written: the run stops, nothing more is asked.
    void journalFailed(const QString& message);
    // A model's batch: where it is (uploading, its status and progress at Together) ...
    void batchStage(int model, const QString& what);
    // ... or that it ended without answers (its rows stay unanswered; starting again submits
    // a new batch for them).
    void batchFailed(int model, const QString& message);

private:
    void record(const EvalResult& r);
    // Takes a result into the run's data and counts; false when an answer is there already (a
    // newer failure replaces an older one).
    bool take(const EvalResult& r);
    void startBatch(int model, int missing);
    void adoptBatch(int model); // its answers, journaled by EvalBatch, into the run
    void checkDone();

    HttpTransport* m_transport;
    EvalStore m_store;
    QString m_id;
    ConnectionFor m_connectionFor;
    EvalRunData m_data;
    EvalJournal m_journal;
    QList<ModelLane*> m_lanes;
    QList<QPointer<EvalBatch>> m_batches;
    QHash<int, int> m_batchMissing; // model -> rows its batch asks
    bool m_batchAll = false;
    int m_batchPollMs = 10000;
    QHash<quint64, qint64> m_rowOfKey; // lane key -> dataset row
    int m_total = 0;
    int m_pending = 0;
    int m_answered = 0;
    int m_failed = 0;
    bool m_paused = false;
    bool m_running = false;
    bool m_streaming = true;
    QString m_lastError;
};

} // namespace td
