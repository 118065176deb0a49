#include "JobsPreviewCommand.h"

#include "CliConnection.h"
#include "ExitCode.h"
#include "api/client/TogetherClient.h"
#include "api/http/CurlTransport.h"
#include "jobs/JobLauncher.h"
#include "jobs/TokenPreview.h"
#include "jobs/TokenizedDownload.h"
#include "tokens/Tokenizer.h"
#include "tokens/count/RowTokenCounter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <memory>
#include <optional>

namespace td::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

FineTuneRequest::TrainOnInputs trainOnInputsOption(const QCommandLineParser& p)
{
    const QString t = p.value(QStringLiteral("train-on-inputs"));
    return t == QLatin1String("true")    ? FineTuneRequest::TrainOnInputs::Yes
           : t == QLatin1String("false") ? FineTuneRequest::TrainOnInputs::No
                                         : FineTuneRequest::TrainOnInputs::Auto;
}

class PreviewRun final : public QObject
{
public:
    PreviewRun(HttpTransport* transport, const Connection& c, const QCommandLineParser& p)
        : m_client(transport, c)
        , m_p(p)
    {}

    void start()
    {
        const QString source = m_p.value(QStringLiteral("file"));
        if (!QFileInfo(source).isFile()) {
            preview(source);
            return;
        }
        // The rows are local: TuneDesk's estimate can stand beside Together's count.
        auto rows = TokenPreview::readFirstRows(source, rowCount());
        if (!rows) {
            m_err << "tunedesk-cli: " << rows.error().message << Qt::endl;
            QCoreApplication::exit(ExitCode::InputUnreadable);
            return;
        }
        m_local = *rows;
        // With the base model's tokenizer, TuneDesk's own count of the same rows is exact.
        if (const QString dir = m_p.value(QStringLiteral("tokenizer")); !dir.isEmpty()) {
            auto tokenizer = Tokenizer::load(dir);
            TokenCountSettings settings;
            settings.trainOnInputs = trainOnInputsOption(m_p) == FineTuneRequest::TrainOnInputs::Yes;
            auto counter =
                tokenizer ? RowTokenCounter::create(*tokenizer, settings) : Result<RowTokenCounter>(tokenizer.error());
            if (!counter) {
                m_err << "tunedesk-cli: " << counter.error().message << Qt::endl;
                QCoreApplication::exit(ExitCode::InputUnreadable);
                return;
            }
            m_counter.emplace(std::move(*counter));
            m_countedWith = tokenizer->describe();
        }
        // Uploaded as the New Fine-Tune dialog uploads (JobLauncher): an unchanged earlier upload is reused.
        JobLauncher::Data data;
        data.trainingPath = source;
        data.uploadRejected = m_p.isSet(QStringLiteral("no-check"));
        connect(&m_launcher, &JobLauncher::stage, this, [this](const QString& s) { m_err << s << Qt::endl; });
        connect(&m_launcher, &JobLauncher::fileReady, this,
                [this](const QString&, const QString& id, bool, bool reused) {
                    m_err << (reused ? tr("Uploaded before unchanged, as %1").arg(id) : tr("Uploaded as %1").arg(id))
                          << Qt::endl;
                });
        connect(&m_launcher, &JobLauncher::failed, this, [this](JobLauncher::Failure f, const QString& message) {
            m_err << "tunedesk-cli: " << message << Qt::endl;
            QCoreApplication::exit(f == JobLauncher::Failure::Rejected ? ExitCode::DataErrors : ExitCode::NetworkError);
        });
        connect(&m_launcher, &JobLauncher::dataReady, this,
                [this](const FineTuneRequest& r) { preview(r.trainingFile); });
        m_launcher.prepareData(FineTuneRequest(), data);
    }

private:
    int rowCount() const
    {
        const int n = m_p.value(QStringLiteral("rows")).toInt();
        return n > 0 ? n : 5;
    }

    void preview(const QString& fileId)
    {
        PreviewRequest request;
        request.model = m_p.value(QStringLiteral("model"));
        request.trainingFile = fileId;
        request.topK = rowCount();
        const auto trainOnInputs = trainOnInputsOption(m_p);
        if (trainOnInputs != FineTuneRequest::TrainOnInputs::Auto)
            request.trainOnInputs = trainOnInputs == FineTuneRequest::TrainOnInputs::Yes;
        m_client.previewFineTune(request, this, [this, trainOnInputs](const ApiResult<FineTunePreview>& r) {
            if (const auto* e = std::get_if<ApiError>(&r)) {
                m_err << "tunedesk-cli: " << e->explanation() << Qt::endl;
                QCoreApplication::exit(ExitCode::NetworkError);
                return;
            }
            const TokenPreview p = TokenPreview::build(std::get<FineTunePreview>(r), m_local, trainOnInputs,
                                                       m_counter ? &*m_counter : nullptr, m_countedWith);
            if (m_p.isSet(QStringLiteral("json")))
                m_out << QString::fromStdString(p.toJson().dump(2)) << '\n';
            else
                m_out << p.toText();
            m_out.flush();
            QCoreApplication::exit(ExitCode::Ok);
        });
    }

    TogetherClient m_client;
    JobLauncher m_launcher{m_client};
    const QCommandLineParser& m_p;
    QList<QByteArray> m_local;
    std::optional<RowTokenCounter> m_counter;
    QString m_countedWith;
    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
};

} // namespace

int runJobsPreview(const QCommandLineParser& parser, const QStringList& positional)
{
    if (positional.size() != 1 || parser.value(QStringLiteral("model")).isEmpty() ||
        parser.value(QStringLiteral("file")).isEmpty()) {
        QTextStream(stderr) << "usage: tunedesk-cli jobs preview --model M --file FILE|FILE_ID [--rows N] "
                               "[--train-on-inputs true|false] [--tokenizer DIR] [--json]\n";
        return ExitCode::Usage;
    }
    CurlTransport transport;
    std::unique_ptr<PreviewRun> run;
    return withConnection(parser.value(QStringLiteral("base-url")), parser.value(QStringLiteral("profile")),
                          [&](const Connection& c) {
                              run = std::make_unique<PreviewRun>(&transport, c, parser);
                              run->start();
                          });
}

int runJobsDownloadTokenized(const QCommandLineParser& parser, const QStringList& positional)
{
    if (positional.size() != 2) {
        QTextStream(stderr) << "usage: tunedesk-cli jobs download-tokenized ID [--output DIR]\n";
        return ExitCode::Usage;
    }
    CurlTransport transport;
    std::unique_ptr<TogetherClient> client;
    std::unique_ptr<TokenizedDownload> download;
    return withConnection(
        parser.value(QStringLiteral("base-url")), parser.value(QStringLiteral("profile")), [&](const Connection& c) {
            client = std::make_unique<TogetherClient>(&transport, c);
            download = std::make_unique<TokenizedDownload>(*client);
            QObject::connect(download.get(), &TokenizedDownload::resuming, download.get(), [](const QString& reason) {
                QTextStream(stderr) << tr("resuming after: %1").arg(reason) << Qt::endl;
            });
            QObject::connect(download.get(), &TokenizedDownload::downloaded, download.get(), [](const QString& path) {
                QTextStream(stdout) << path << Qt::endl;
                QCoreApplication::exit(ExitCode::Ok);
            });
            QObject::connect(download.get(), &TokenizedDownload::failed, download.get(),
                             [](const QString& message, bool) {
                                 QTextStream(stderr) << "tunedesk-cli: " << message << Qt::endl;
                                 QCoreApplication::exit(ExitCode::NetworkError);
                             });
            download->start(positional.value(1), parser.value(QStringLiteral("output")));
        });
}

} // namespace td::cli
