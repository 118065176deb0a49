#pragma once

#include "eval/EvalStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace td {

// A run's summary worked out on a worker thread while its answers stream in. The worker keeps
// its own copy of the run, topped up with the answers that came since its last summary:
// sharing the caller's copy (Qt's containers copy on write) made the caller's next answer copy
// every answer on the GUI thread, 3.5-11 ms at 6,000. One summary at a time, and only a worker
// touches the copy; asked again while one runs, another follows it.
class EvalSummaryWorker : public QObject
{
    Q_OBJECT

public:
    // `current`: the run as the caller has it now (its answers and verdicts are read from it).
    explicit EvalSummaryWorker(std::function<const EvalRunData&()> current, QObject* parent = nullptr);

    // Another run (or the same, read again): the copy is made of it here, before its answers
    // stream in (nothing to copy for a new run); a summary under way is not reported.
    void reset(const EvalRunData& data);
    // An answer of (row, model) came: the next summary adds it to the copy.
    void answerAdded(qint64 row, int model);
    // Starts a summary of the run as it is now, or after the one under way.
    void refresh();
    // A summary under way is not reported (the caller showed a newer one it made itself).
    void discardRunning() { ++m_generation; }
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void ready(const QString& text);

private:
    std::function<const EvalRunData&()> m_current;
    std::shared_ptr<EvalRunData> m_copy;
    QSet<quint64> m_fresh; // answers (their keys) the copy does not have yet
    QFutureWatcher<QString> m_watcher;
    quint64 m_generation = 0; // of the summary that may be reported
    quint64 m_running = 0;    // the generation of the one under way
    bool m_again = false;     // asked for while one was under way
};

} // namespace td
