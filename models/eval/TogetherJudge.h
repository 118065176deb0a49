#pragma once

#include "eval/TogetherEvaluation.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace td {

// Judges a run with Together's Evaluations API: one TogetherEvaluation per pair the judge
// looks at (EvalJudge::defaultPairs: every pair with the fine-tune), all at once; the verdicts
// are journaled by each evaluation like a judge model's. The app's Judge and `tunedesk-cli
// eval judge --together-evaluations` run this.
class TogetherJudge final : public QObject
{
    Q_OBJECT

public:
    struct PairResult
    {
        int a = 0, b = 0;
        int aWins = 0, bWins = 0, ties = 0, judgeFailures = 0; // as Together counted them
    };

    TogetherJudge(HttpTransport* transport, Connection connection, EvalStore store, QString id,
                  QList<QPair<int, int>> pairs, QString judgeModel, QObject* parent = nullptr);
    void setPrompt(const QString& prompt) { m_prompt = prompt; }
    void setPollInterval(int ms) { m_pollMs = ms; }

    void start();
    void cancel();
    bool isRunning() const { return m_remaining > 0; }
    const QList<PairResult>& results() const { return m_results; }
    QStringList failures() const { return m_failures; }

signals:
    // Where a pair's evaluation is (uploading, Together's status).
    void stage(int a, int b, const QString& what);
    // Every pair has ended (finished or failed: failures() says which and why).
    void finished();

private:
    void pairEnded();

    HttpTransport* m_transport;
    Connection m_connection;
    EvalStore m_store;
    QString m_id;
    QList<QPair<int, int>> m_pairs;
    QString m_judgeModel;
    QString m_prompt;
    int m_pollMs = 5000;
    int m_remaining = 0;
    QList<QPointer<TogetherEvaluation>> m_evaluations;
    QList<PairResult> m_results;
    QStringList m_failures;
};

} // namespace td
