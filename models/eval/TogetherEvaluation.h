#pragma once

#include "api/transfer/FileUpload.h"
#include "eval/EvalJournal.h"
#include "eval/EvalStore.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace td {

// Judges one pair of a run's models with Together's Evaluations API (type "compare"): the
// rows both models answered go up as an `eval` file of {prompt, response_a, response_b} (and
// the row number in "tunedesk_row"), POST /evaluation names those columns as model_a and
// model_b with the judge model and prompt, the job is polled (GET /evaluation/{id}/status)
// until it ends, and its result file is read back row by row into verdicts, journaled like a
// judge model's. Together runs both orders itself (position-bias correction stays on); its
// counts of wins, ties and judge failures are kept beside the verdicts.
class TogetherEvaluation final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kJudgeName = "together-evaluations";

    TogetherEvaluation(HttpTransport* transport, Connection connection, EvalStore store, QString id, int a, int b,
                       QString judgeModel, QObject* parent = nullptr);
    ~TogetherEvaluation() override;
    void setPrompt(const QString& systemTemplate) { m_prompt = systemTemplate; }
    void setPollInterval(int ms) { m_pollMs = ms; }

    void start();
    void cancel();
    QString workflowId() const { return m_workflowId; }

    // The file Together reads: one {prompt, response_a, response_b, tunedesk_row} per row both
    // answered; `rows` says how many.
    static QByteArray inputFile(const EvalRunData& data, int a, int b, int* rows = nullptr);
    // A result-file row's decision, from the first of the fields Together's docs and clients
    // use for it ("final_decision", "winner", "decision"): A, B or Tie; Failed otherwise.
    static EvalVerdict::Pick decision(const nlohmann::json& resultRow);

signals:
    void stage(const QString& what);
    // Done: counts as Together reported them (A_wins, B_wins, Ties, judge_fail_count).
    void finished(int aWins, int bWins, int ties, int judgeFailures);
    void failed(const QString& message);

private:
    void create(const QString& fileId);
    void poll();
    void download(const QString& fileId);
    void fail(const QString& message);

    HttpTransport* m_transport;
    Connection m_connection;
    EvalStore m_store;
    QString m_id;
    int m_a, m_b;
    QString m_judgeModel;
    QString m_prompt;
    QString m_workflowId;
    int m_pollMs = 5000;
    QPointer<FileUpload> m_upload;
    QPointer<ApiRequest> m_request;
    QTimer m_pollTimer;
    nlohmann::json m_results;
};

} // namespace td
