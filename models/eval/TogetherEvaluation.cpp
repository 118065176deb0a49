#include "eval/TogetherEvaluation.h"

#include "api/wire/JsonFields.h"
#include "eval/EvalJudge.h"

#include <QFile>

namespace td {

TogetherEvaluation::TogetherEvaluation(HttpTransport* transport, Connection connection, EvalStore store, QString id,
                                       int a, int b, QString judgeModel, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_connection(std::move(connection))
    , m_store(std::move(store))
    , m_id(std::move(id))
    , m_a(a)
    , m_b(b)
    , m_judgeModel(std::move(judgeModel))
    , m_prompt(EvalJudge::defaultPrompt())
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &TogetherEvaluation::poll);
}

TogetherEvaluation::~TogetherEvaluation()
{
    cancel();
}

void TogetherEvaluation::cancel()
{
    m_pollTimer.stop();
    if (m_upload)
        m_upload->abort();
    if (m_request)
        m_request->abort();
}

QByteArray TogetherEvaluation::inputFile(const EvalRunData& data, int a, int b, int* rows)
{
    QByteArray out;
    int n = 0;
    for (const EvalRow& row : data.rows) {
        const EvalResult* ra = data.result(row.row, a);
        const EvalResult* rb = data.result(row.row, b);
        if (!ra || !rb || !ra->ok || !rb->ok)
            continue;
        QString prompt;
        if (!row.system.isEmpty())
            prompt += QStringLiteral("system: %1\n").arg(row.system);
        for (const ChatMessage& m : row.messages)
            prompt += QStringLiteral("%1: %2\n").arg(m.role, m.content);
        const nlohmann::ordered_json j = {{"prompt", prompt.trimmed().toStdString()},
                                          {"response_a", ra->answer.toStdString()},
                                          {"response_b", rb->answer.toStdString()},
                                          {"tunedesk_row", row.row}};
        out += QByteArray::fromStdString(j.dump()) + '\n';
        ++n;
    }
    if (rows)
        *rows = n;
    return out;
}

EvalVerdict::Pick TogetherEvaluation::decision(const nlohmann::json& r)
{
    for (const char* key : {"final_decision", "winner", "decision"}) {
        const QString v = json::string(r, key).trimmed().toUpper();
        if (v.isEmpty())
            continue;
        if (v == QLatin1String("A") || v == QLatin1String("MODEL_A") || v == QLatin1String("RESPONSE_A"))
            return EvalVerdict::Pick::First;
        if (v == QLatin1String("B") || v == QLatin1String("MODEL_B") || v == QLatin1String("RESPONSE_B"))
            return EvalVerdict::Pick::Second;
        if (v == QLatin1String("TIE") || v == QLatin1String("C"))
            return EvalVerdict::Pick::Tie;
        return EvalVerdict::Pick::Failed;
    }
    return EvalVerdict::Pick::Failed;
}

void TogetherEvaluation::fail(const QString& message)
{
    m_pollTimer.stop();
    emit failed(message);
}

void TogetherEvaluation::start()
{
    auto data = m_store.open(m_id);
    if (!data) {
        fail(data.error().message);
        return;
    }
    int rows = 0;
    const QByteArray input = inputFile(*data, m_a, m_b, &rows);
    if (rows == 0) {
        fail(tr("No row has answers from both models yet: generate the answers first."));
        return;
    }
    const QString path = m_store.folder(m_id) + QStringLiteral("/evaluation-%1-%2.jsonl").arg(m_a).arg(m_b);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(input) != input.size()) {
        fail(tr("%1 cannot be written: %2").arg(path, f.errorString()));
        return;
    }
    f.close();
    emit stage(tr("Uploading %n row(s) for Together's judge", nullptr, rows));
    m_upload = new FileUpload(m_transport, m_connection, path, QStringLiteral("eval"), this);
    connect(m_upload, &FileUpload::finished, this, [this](const UploadOutcome& o) {
        m_upload->deleteLater();
        if (const auto* e = std::get_if<ApiError>(&o)) {
            fail(tr("The evaluation file could not be uploaded: %1").arg(e->explanation()));
            return;
        }
        create(std::get<RemoteFile>(o).id);
    });
    m_upload->start();
}

void TogetherEvaluation::create(const QString& fileId)
{
    const nlohmann::ordered_json body = {{"type", "compare"},
                                         {"parameters",
                                          {{"input_data_file_path", fileId.toStdString()},
                                           {"judge",
                                            {{"model", m_judgeModel.toStdString()},
                                             {"model_source", "serverless"},
                                             {"system_template", m_prompt.toStdString()}}},
                                           {"model_a", "response_a"},
                                           {"model_b", "response_b"}}}};
    emit stage(tr("Starting the evaluation"));
    m_request = new ApiRequest(m_transport, m_connection,
                               ApiRequest::jsonRequest(m_connection, "POST", QStringLiteral("evaluation"),
                                                       QByteArray::fromStdString(body.dump())),
                               false, this);
    connect(m_request, &ApiRequest::finished, this, [this](const ApiRequest::Outcome& o) {
        m_request->deleteLater();
        if (const auto* e = std::get_if<ApiError>(&o)) {
            fail(tr("Together did not start the evaluation: %1").arg(e->explanation()));
            return;
        }
        m_workflowId = wire::str(wire::parse(std::get<HttpResponse>(o).body), "workflow_id");
        if (m_workflowId.isEmpty()) {
            fail(tr("Together's answer named no evaluation job."));
            return;
        }
        poll();
    });
    m_request->start();
}

void TogetherEvaluation::poll()
{
    m_request = new ApiRequest(
        m_transport, m_connection,
        ApiRequest::jsonRequest(m_connection, "GET", QStringLiteral("evaluation/%1/status").arg(m_workflowId)), true,
        this);
    connect(m_request, &ApiRequest::finished, this, [this](const ApiRequest::Outcome& o) {
        m_request->deleteLater();
        if (const auto* e = std::get_if<ApiError>(&o)) {
            fail(tr("The evaluation's status could not be read: %1").arg(e->explanation()));
            return;
        }
        const nlohmann::json j = wire::parse(std::get<HttpResponse>(o).body);
        const QString status = wire::str(j, "status");
        emit stage(tr("Evaluation %1: %2").arg(m_workflowId, status));
        if (status == QLatin1String("completed")) {
            m_results = json::object(j, "results");
            const QString file = wire::str(m_results, "result_file_id");
            if (file.isEmpty()) {
                fail(tr("The evaluation finished without a result file."));
                return;
            }
            download(file);
        } else if (status == QLatin1String("error") || status == QLatin1String("user_error")) {
            fail(tr("The evaluation failed (%1): %2").arg(status, wire::str(json::object(j, "results"), "error")));
        } else {
            m_pollTimer.start(m_pollMs);
        }
    });
    m_request->start();
}

void TogetherEvaluation::download(const QString& fileId)
{
    m_request = new ApiRequest(
        m_transport, m_connection,
        ApiRequest::jsonRequest(m_connection, "GET", QStringLiteral("files/%1/content").arg(fileId)), true, this);
    connect(m_request, &ApiRequest::finished, this, [this](const ApiRequest::Outcome& o) {
        m_request->deleteLater();
        if (const auto* e = std::get_if<ApiError>(&o)) {
            fail(tr("The evaluation's result file could not be read: %1").arg(e->explanation()));
            return;
        }
        EvalJournal journal;
        if (auto j = journal.open(m_store.verdictsPath(m_id)); !j) {
            fail(j.error().message);
            return;
        }
        const QString judge = QStringLiteral("%1:%2").arg(QLatin1String(kJudgeName), m_judgeModel);
        for (const QByteArray& line : std::get<HttpResponse>(o).body.split('\n')) {
            const nlohmann::json r = wire::parse(line);
            const auto row = json::optInteger(r, "tunedesk_row");
            if (!row)
                continue;
            EvalVerdict v;
            v.row = *row;
            v.a = m_a;
            v.b = m_b;
            v.judge = judge;
            v.pick = decision(r);
            v.raw = QString::fromUtf8(line);
            if (auto w = journal.append(v.toJson()); !w) {
                fail(w.error().message);
                return;
            }
        }
        journal.sync();
        emit finished(wire::smallInteger(m_results, "A_wins"), wire::smallInteger(m_results, "B_wins"),
                      wire::smallInteger(m_results, "Ties"), wire::smallInteger(m_results, "judge_fail_count"));
    });
    m_request->start();
}

} // namespace td
