#include "JobsCommand.h"
#include "JobsPreviewCommand.h"

#include "api/connection/KeychainSecretStore.h"
#include "jobs/EarlyStopSummary.h"
#include "jobs/HuggingFaceToken.h"
#include "jobs/JobLauncher.h"
#include "jobs/ModelDownload.h"
#include "jobs/Recipe.h"

#include "CliConnection.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "api/client/FineTuneCreation.h"
#include "api/client/TogetherClient.h"
#include "api/http/CurlTransport.h"
#include "api/transfer/FileUpload.h"
#include "jobs/Preflight.h"
#include "jobs/ServingCheck.h"
#include "validate/ParityChecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

namespace td::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

QString statusLine(const FineTuneJob& j)
{
    QString line = QStringLiteral("%1  %2  %3").arg(j.id, j.statusText.leftJustified(16), j.model);
    if (j.totalSteps > 0)
        line += QStringLiteral("  step %1/%2").arg(j.stepsCompleted).arg(j.totalSteps);
    if (j.totalPriceNanodollars > 0)
        line += QStringLiteral("  $%1").arg(j.totalPriceDollars(), 0, 'f', 2);
    if (!j.outputName.isEmpty() && j.status == JobStatus::Completed)
        line += QStringLiteral("  -> ") + j.outputName;
    return line;
}

QString eventLine(const JobEvent& e)
{
    return QStringLiteral("%1  %2  %3")
        .arg(e.createdAt.toLocalTime().toString(Qt::ISODate), e.type.leftJustified(32), e.message);
}

// The request the options describe (on top of --recipe when given; an unreadable recipe is
// an error, never the defaults).
Result<FineTuneRequest> requestFromOptions(const QCommandLineParser& m_p, const QString& trainingFile)
{
    FineTuneRequest r;
    if (m_p.isSet(QStringLiteral("recipe"))) {
        auto recipe = Recipe::read(m_p.value(QStringLiteral("recipe")));
        if (!recipe)
            return recipe.error();
        r = recipe->request;
    }
    r.trainingFile = trainingFile;
    auto value = [&m_p](const char* name) { return m_p.value(QString::fromLatin1(name)); };
    auto isSet = [&m_p](const char* name) { return m_p.isSet(QString::fromLatin1(name)); };
    if (isSet("model"))
        r.model = value("model");
    if (isSet("from-checkpoint"))
        r.fromCheckpoint = value("from-checkpoint");
    if (isSet("validation-file"))
        r.validationFile = value("validation-file");
    if (isSet("epochs"))
        r.nEpochs = value("epochs").toInt();
    if (isSet("n-evals"))
        r.nEvals = value("n-evals").toInt();
    if (isSet("n-checkpoints"))
        r.nCheckpoints = value("n-checkpoints").toInt();
    if (isSet("batch-size")) {
        if (value("batch-size") == QLatin1String("max"))
            r.batchSize.reset();
        else
            r.batchSize = value("batch-size").toInt();
    }
    if (isSet("learning-rate"))
        r.learningRate = value("learning-rate").toDouble();
    if (isSet("lr-scheduler"))
        r.scheduler = value("lr-scheduler") == QLatin1String("linear") ? FineTuneRequest::Scheduler::Linear
                                                                       : FineTuneRequest::Scheduler::Cosine;
    if (isSet("warmup-ratio"))
        r.warmupRatio = value("warmup-ratio").toDouble();
    if (isSet("full") || value("type") == QLatin1String("full"))
        r.lora = false;
    if (isSet("lora-r"))
        r.loraR = value("lora-r").toInt();
    if (isSet("lora-alpha"))
        r.loraAlpha = value("lora-alpha").toInt();
    if (isSet("lora-dropout"))
        r.loraDropout = value("lora-dropout").toDouble();
    if (isSet("method"))
        r.method =
            value("method") == QLatin1String("dpo") ? FineTuneRequest::Method::Dpo : FineTuneRequest::Method::Sft;
    if (isSet("train-on-inputs")) {
        const QString t = value("train-on-inputs");
        r.trainOnInputs = t == QLatin1String("true")    ? FineTuneRequest::TrainOnInputs::Yes
                          : t == QLatin1String("false") ? FineTuneRequest::TrainOnInputs::No
                                                        : FineTuneRequest::TrainOnInputs::Auto;
    }
    if (isSet("suffix"))
        r.suffix = value("suffix");
    if (isSet("wandb-project"))
        r.wandbProjectName = value("wandb-project");
    if (!qEnvironmentVariable("WANDB_API_KEY").isEmpty() && !r.wandbProjectName.isEmpty())
        r.wandbApiKey = qEnvironmentVariable("WANDB_API_KEY");
    // Numbers are read strictly: a typo is an error, never a default.
    QString bad;
    auto integer = [&](const char* name) {
        bool ok = false;
        const qint64 v = value(name).toLongLong(&ok);
        if (!ok && bad.isEmpty())
            bad = QCoreApplication::translate("cli", "--%1 needs a whole number, not \"%2\"")
                      .arg(QLatin1String(name), value(name));
        return v;
    };
    auto real = [&](const char* name) {
        bool ok = false;
        const double v = value(name).toDouble(&ok);
        if (!ok && bad.isEmpty())
            bad = QCoreApplication::translate("cli", "--%1 needs a number, not \"%2\"")
                      .arg(QLatin1String(name), value(name));
        return v;
    };
    if (isSet("early-stopping"))
        r.earlyStopping = true;
    if (isSet("early-stopping-patience"))
        r.earlyStoppingPatience = int(integer("early-stopping-patience"));
    if (isSet("early-stopping-min-delta"))
        r.earlyStoppingMinDelta = real("early-stopping-min-delta");
    if (isSet("early-stopping-warmup-evals"))
        r.earlyStoppingWarmupEvals = int(integer("early-stopping-warmup-evals"));
    if (isSet("random-seed"))
        r.randomSeed = integer("random-seed");
    if (isSet("from-hf-model"))
        r.fromHfModel = value("from-hf-model");
    if (isSet("hf-model-revision"))
        r.hfModelRevision = value("hf-model-revision");
    if (isSet("hf-output-repo-name"))
        r.hfOutputRepoName = value("hf-output-repo-name");
    // The Hugging Face token only from the environment, never from an argument (which the
    // process list and shell history would show).
    if (!qEnvironmentVariable("HF_TOKEN").isEmpty() && (!r.fromHfModel.isEmpty() || !r.hfOutputRepoName.isEmpty()))
        r.hfApiToken = qEnvironmentVariable("HF_TOKEN");
    if (isSet("dpo-beta"))
        r.dpoBeta = real("dpo-beta");
    if (isSet("dpo-normalize-logratios-by-length"))
        r.dpoNormalizeLogratiosByLength = true;
    if (isSet("dpo-reference-free"))
        r.dpoReferenceFree = true;
    if (isSet("rpo-alpha"))
        r.rpoAlpha = real("rpo-alpha");
    if (isSet("simpo-gamma"))
        r.simpoGamma = real("simpo-gamma");
    if (!bad.isEmpty())
        return Error::make(Error::Code::Parse, bad);
    return r;
}

// One run of a jobs sub-command: a chain of calls, each starting the next from its answer.
class JobsRun : public QObject
{
public:
    JobsRun(HttpTransport* transport, const Connection& c, const QCommandLineParser& p, QStringList pos)
        : m_client(transport, c)
        , m_p(p)
        , m_pos(std::move(pos))
    {}

    void start()
    {
        const QString action = m_pos.value(0);
        if (action == QLatin1String("create"))
            create();
        else if (action == QLatin1String("list"))
            m_client.listFineTunes(this, [this](const ApiResult<QList<FineTuneJob>>& r) {
                if (!check(r))
                    return;
                if (json()) {
                    nlohmann::ordered_json list = nlohmann::ordered_json::array();
                    for (const FineTuneJob& j : std::get<QList<FineTuneJob>>(r))
                        list.push_back(j.toJson());
                    printJson(list);
                } else {
                    for (const FineTuneJob& j : std::get<QList<FineTuneJob>>(r))
                        m_out << statusLine(j) << '\n';
                }
                finish(ExitCode::Ok);
            });
        else if (action == QLatin1String("get"))
            m_client.getFineTune(m_pos[1], this, [this](const ApiResult<FineTuneJob>& r) {
                if (!check(r))
                    return;
                const FineTuneJob& j = std::get<FineTuneJob>(r);
                if (json()) {
                    printJson(j.toJson());
                } else {
                    m_out << statusLine(j) << '\n';
                    // What early stopping did: the best step, its eval loss and the refund.
                    if (const QString stopped = EarlyStopSummary::text(j); !stopped.isEmpty())
                        m_out << stopped << '\n';
                }
                finish(ExitCode::Ok);
            });
        else if (action == QLatin1String("events"))
            events(m_pos[1], m_p.isSet(QStringLiteral("follow")));
        else if (action == QLatin1String("cancel"))
            m_client.cancelFineTune(m_pos[1], this, [this](const ApiResult<FineTuneJob>& r) {
                if (!check(r))
                    return;
                if (json())
                    printJson(std::get<FineTuneJob>(r).toJson());
                else
                    m_out << statusLine(std::get<FineTuneJob>(r)) << '\n';
                finish(ExitCode::Ok);
            });
        else if (action == QLatin1String("download"))
            download();
    }

private:
    bool json() const { return m_p.isSet(QStringLiteral("json")); }
    void printJson(const nlohmann::ordered_json& j) { m_out << QString::fromStdString(j.dump(2)) << '\n'; }

    template<typename T>
    bool check(const ApiResult<T>& r)
    {
        if (const auto* e = std::get_if<ApiError>(&r)) {
            m_err << "tunedesk-cli: " << e->explanation() << Qt::endl;
            finish(ExitCode::NetworkError);
            return false;
        }
        return true;
    }

    void finish(int code)
    {
        m_out.flush();
        QCoreApplication::exit(code);
    }

    void create()
    {
        if (auto r = requestFromOptions(m_p, QString()); !r) {
            m_err << "tunedesk-cli: " << r.error().message << Qt::endl;
            finish(2);
            return;
        }
        const QString source = m_pos[1];
        // The launch says what it does and why it stops, for a local file as for a file id
        // (whose validation by Together is waited for too).
        connect(&m_launcher, &JobLauncher::stage, this, [this](const QString& s) { m_err << s << Qt::endl; });
        connect(&m_launcher, &JobLauncher::failed, this, [this](JobLauncher::Failure f, const QString& message) {
            m_err << "tunedesk-cli: " << message;
            if (f == JobLauncher::Failure::Rejected && !m_p.isSet(QStringLiteral("no-check")))
                m_err << tr("\n(--no-check uploads it anyway)");
            m_err << Qt::endl;
            finish(f == JobLauncher::Failure::Upload ? ExitCode::NetworkError : ExitCode::DataErrors);
        });
        if (!QFileInfo::exists(source)) {
            createWith(source);
            return;
        }
        // A local file, as the New Fine-Tune dialog launches one (JobLauncher): an unchanged
        // earlier upload is reused, otherwise the file is checked as Together's clients do and
        // uploaded.
        JobLauncher::Data data;
        data.trainingPath = source;
        data.uploadRejected = m_p.isSet(QStringLiteral("no-check"));
        connect(&m_launcher, &JobLauncher::fileReady, this,
                [this](const QString&, const QString& id, bool, bool reused) {
                    m_err << (reused ? tr("Uploaded before unchanged, as %1").arg(id) : tr("Uploaded as %1").arg(id))
                          << Qt::endl;
                });
        connect(&m_launcher, &JobLauncher::dataReady, this,
                [this](const FineTuneRequest& r) { createWith(r.trainingFile); });
        m_launcher.prepareData(FineTuneRequest(), data);
    }

    void createWith(const QString& fileId)
    {
        m_request = requestFromOptions(m_p, fileId).value(); // read once already in create()
        // A Hugging Face token is needed to start from or push to a private repository: from
        // $HF_TOKEN, else the one the app keeps in the keychain.
        if (m_request.hfApiToken.isEmpty() &&
            (!m_request.fromHfModel.isEmpty() || !m_request.hfOutputRepoName.isEmpty())) {
            m_keychain.read(HuggingFaceToken::key(), this, [this](const Result<QString>& token) {
                if (token && !token->isEmpty())
                    m_request.hfApiToken = *token;
                else
                    m_err << tr("note: no Hugging Face token ($HF_TOKEN is not set and the keychain has none): only "
                                "public repositories can be read, none written")
                          << Qt::endl;
                checkAndCreate();
            });
            return;
        }
        checkAndCreate();
    }

    void checkAndCreate()
    {
        m_client.modelLimits(m_request.limitsModel(), this, [this](const ApiResult<ModelLimits>& r) {
            std::optional<ModelLimits> limits;
            if (const auto* l = std::get_if<ModelLimits>(&r))
                limits = *l;
            else
                m_err << tr("warning: the model's limits are unknown (%1)").arg(std::get<ApiError>(r).message)
                      << Qt::endl;
            bool blocked = false;
            for (const auto& problem : m_request.validate(limits)) {
                m_err << (problem.warning ? tr("warning: ") : tr("error: ")) << problem.message << Qt::endl;
                blocked = blocked || !problem.warning;
            }
            if (blocked) {
                finish(ExitCode::DataErrors);
                return;
            }
            if (m_p.isSet(QStringLiteral("dry-run"))) {
                m_out << QString::fromStdString(m_request.toJson(true).dump(2)) << '\n';
                m_out.flush();
                // Before anything is launched: how the result could be served, and its cost.
                connect(&m_serving, &ServingCheck::decided, this, [this](const ServingVerdict& v) {
                    m_err << v.text() << Qt::endl;
                    finish(ExitCode::Ok);
                });
                m_serving.checkRequest(m_request, ModelCatalog::bundled());
                return;
            }
            // The launch asks Together for the price first; over the account's balance and credit
            // limit it stops (--over-limit launches anyway, and the server decides).
            connect(&m_launcher, &JobLauncher::priced, this, [this](const PriceEstimate& price) {
                if (price.available)
                    m_err << tr("Estimated price: $%1").arg(price.totalDollars, 0, 'f', 2) << Qt::endl;
                else
                    m_err << price.unavailableText() << Qt::endl;
            });
            connect(&m_launcher, &JobLauncher::overLimit, this, [this](const FineTuneRequest&, const PriceEstimate& p) {
                m_err << tr("warning: ") << p.overLimitText() << Qt::endl
                      << tr("(--over-limit launches it anyway)") << Qt::endl;
                finish(ExitCode::DataErrors);
            });
            // A lost answer is looked up in the jobs list, never sent again (a second job).
            connect(&m_launcher, &JobLauncher::created, this, [this](const FineTuneCreation& c) {
                if (!c.job) {
                    m_err << "tunedesk-cli: " << c.text() << Qt::endl;
                    finish(ExitCode::NetworkError);
                    return;
                }
                if (c.outcome == FineTuneCreation::Outcome::Recovered)
                    m_err << c.text() << Qt::endl;
                if (json() && !m_p.isSet(QStringLiteral("wait")))
                    printJson(c.job->toJson());
                else
                    m_out << c.job->id << Qt::endl;
                if (m_p.isSet(QStringLiteral("wait")))
                    events(c.job->id, true);
                else
                    finish(ExitCode::Ok);
            });
            m_launcher.create(m_request, m_p.isSet(QStringLiteral("over-limit")));
        });
    }

    // Prints the events, and with `follow` keeps polling (slower while nothing changes)
    // until the job ends; the exit code says whether it completed.
    // A failed poll is said on stderr, a line each, and polling goes on; after
    // --give-up-after seconds of nothing but failures it stops with exit code 5.
    void events(const QString& id, bool follow)
    {
        ApiRequest* poll = m_client.getFineTune(id, this, [this, id, follow](const ApiResult<FineTuneJob>& r) {
            if (const auto* e = std::get_if<ApiError>(&r); e && follow && e->isRetryable()) {
                if (!m_failingFor.isValid())
                    m_failingFor.start();
                ++m_failedPolls;
                const qint64 failing = m_failingFor.elapsed();
                if (failing >= m_giveUpMs) {
                    m_err << QCoreApplication::translate(
                                 "cli",
                                 "tunedesk-cli: giving up: %n poll(s) in a row failed over %1 (--give-up-after %2). "
                                 "The job goes on on the server; follow it again with: tunedesk-cli jobs events %3 "
                                 "--follow",
                                 nullptr, m_failedPolls)
                                 .arg(waitText(failing))
                                 .arg(m_giveUpMs / 1000)
                                 .arg(id)
                          << Qt::endl;
                    finish(ExitCode::NetworkError);
                    return;
                }
                const qint64 wait = std::max<qint64>(m_pollMs, e->retryAfterMs);
                m_err << tr("poll failed: %1 — trying again in %2 (failing for %3, giving up after %4 s)")
                             .arg(e->explanation(), waitText(wait), waitText(failing))
                             .arg(m_giveUpMs / 1000)
                      << Qt::endl;
                QTimer::singleShot(int(wait), this, [this, id] { events(id, true); });
                return;
            }
            m_failingFor.invalidate();
            m_failedPolls = 0;
            if (!check(r))
                return;
            const FineTuneJob& j = std::get<FineTuneJob>(r);
            const qsizetype before = m_eventsShown;
            // --json: one object a line, so a follower can read them as they come.
            for (qsizetype i = m_eventsShown; i < j.events.size(); ++i)
                m_out << (json() ? QString::fromStdString(j.events[i].toJson().dump()) : eventLine(j.events[i]))
                      << '\n';
            m_eventsShown = qMax(m_eventsShown, j.events.size());
            m_out.flush();
            if (!follow || j.isTerminal()) {
                if (follow)
                    m_out << (json() ? QString::fromStdString(j.toJson().dump()) : statusLine(j)) << '\n';
                finish(follow && j.status != JobStatus::Completed ? ExitCode::DataErrors : ExitCode::Ok);
                return;
            }
            m_pollMs = m_eventsShown > before ? m_basePollMs : qMin(m_pollMs * 2, 30000);
            QTimer::singleShot(m_pollMs, this, [this, id] { events(id, true); });
        });
        if (follow) {
            // Each poll is one try: the next poll is the retry, and every failure is seen.
            RetryPolicy once;
            once.maxRetries = 0;
            poll->setPolicy(once);
        }
    }

    void download()
    {
        const QString id = m_pos[1].section(QLatin1Char(':'), 0, 0);
        const qint64 step = m_pos[1].section(QLatin1Char(':'), 1).toLongLong();
        const QString type = m_p.value(QStringLiteral("checkpoint-type"));
        m_client.getFineTune(id, this, [this, step, type](const ApiResult<FineTuneJob>& r) {
            if (!check(r))
                return;
            const FineTuneJob& j = std::get<FineTuneJob>(r);
            if (!j.isLora() && type != QLatin1String("default")) {
                m_err << tr("Only DEFAULT checkpoint type is allowed for FullTrainingType") << Qt::endl;
                finish(ExitCode::Usage);
                return;
            }
            // The model's download (ModelDownload), as the job page downloads.
            connect(&m_download, &ModelDownload::resuming, this,
                    [this](const QString& reason) { m_err << tr("resuming after: %1").arg(reason) << Qt::endl; });
            connect(&m_download, &ModelDownload::downloaded, this, [this](const QString& archive) {
                m_out << archive << '\n';
                if (!m_p.isSet(QStringLiteral("extract")))
                    finish(ExitCode::Ok);
            });
            connect(&m_download, &ModelDownload::unpacked, this,
                    [this](const QString& folder, const QStringList& files) {
                        for (const QString& f : files)
                            m_out << folder << '/' << f << '\n';
                        finish(ExitCode::Ok);
                    });
            connect(&m_download, &ModelDownload::failed, this, [this](const QString& message, bool) {
                m_err << "tunedesk-cli: " << message << Qt::endl;
                finish(m_downloaded ? ExitCode::OutputFailed : ExitCode::NetworkError);
            });
            connect(&m_download, &ModelDownload::downloaded, this, [this] { m_downloaded = true; });
            m_download.start(j, step, type == QLatin1String("adapter"), m_p.value(QStringLiteral("output")),
                             m_p.isSet(QStringLiteral("extract")));
        });
    }

    TogetherClient m_client;
    ServingCheck m_serving{m_client};
    JobLauncher m_launcher{m_client};
    KeychainSecretStore m_keychain; // the Hugging Face token the app keeps
    ModelDownload m_download{m_client};
    bool m_downloaded = false; // a failure after it is the unpacking's
    const QCommandLineParser& m_p;
    QStringList m_pos;
    FineTuneRequest m_request;
    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
    qsizetype m_eventsShown = 0;
    const int m_basePollMs = qEnvironmentVariableIntValue("TD_POLL_MS") > 0 ? qEnvironmentVariableIntValue("TD_POLL_MS")
                                                                            : 5000;
    int m_pollMs = m_basePollMs;
    QElapsedTimer m_failingFor; // since the first of the failed polls in a row
    int m_failedPolls = 0;
    const qint64 m_giveUpMs = qint64(m_p.value(QStringLiteral("give-up-after")).toDouble() * 1000);
};

// The pre-flight summary: the bundled catalog's limits and published rates, and how the
// result can be served, asked of the platform when a connection is at hand (--offline, or no
// key: the bundled catalog's answer, which says it was not checked).
int runPreflight(const QCommandLineParser& p, const QString& file)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!QFileInfo(file).isFile()) {
        err << tr("tunedesk-cli: %1 is not a file").arg(file) << Qt::endl;
        return ExitCode::InputUnreadable;
    }
    Preflight::Input input;
    input.datasetPath = file;
    auto request = requestFromOptions(p, QStringLiteral("file-local"));
    if (!request) {
        err << "tunedesk-cli: " << request.error().message << Qt::endl;
        return 2;
    }
    input.request = *request;
    const QString validation = p.value(QStringLiteral("validation-file"));
    if (!validation.isEmpty()) {
        if (!QFileInfo(validation).isFile()) {
            err << tr("tunedesk-cli: the validation file %1 is not a local file").arg(validation) << Qt::endl;
            return ExitCode::InputUnreadable;
        }
        input.validationPath = validation;
    }
    const ModelCatalog catalog = ModelCatalog::bundled();
    // Exact tokens (and price) with the model's tokenizer, when one is given.
    input.tokenizerDir = p.value(QStringLiteral("tokenizer"));
    auto facts = Preflight::readData(input);
    if (!facts) {
        err << "tunedesk-cli: " << facts.error().message << Qt::endl;
        return ExitCode::InputUnreadable;
    }
    // Asked for exact counts, a script gets them or an error, never an estimate in their place.
    if (!facts->exactError.isEmpty() || !facts->exactLeftOut.isEmpty()) {
        err << "tunedesk-cli: " << (facts->exactError.isEmpty() ? facts->exactLeftOut : facts->exactError) << Qt::endl;
        return ExitCode::InputUnreadable;
    }
    auto print = [&](const Preflight::Input& in) {
        const Preflight result = Preflight::fromFacts(in, *facts, catalog);
        if (p.isSet(QStringLiteral("json")))
            out << QString::fromStdString(result.toJson().dump(2)) << '\n';
        else
            out << result.toText() << '\n';
        out.flush();
        return result.canLaunch() ? 0 : 1;
    };
    if (p.isSet(QStringLiteral("offline")))
        return print(input);
    CurlTransport transport;
    std::unique_ptr<ServingCheck> check;
    return withConnection(
        p.value(QStringLiteral("base-url")), p.value(QStringLiteral("profile")),
        [&](const Connection& c) {
            check = std::make_unique<ServingCheck>(TogetherClient(&transport, c));
            QObject::connect(check.get(), &ServingCheck::decided, [&](const ServingVerdict& v) {
                Preflight::Input live = input;
                live.liveServing = v;
                QCoreApplication::exit(print(live));
            });
            check->checkRequest(input.request, catalog);
        },
        [&](const QString& why) {
            err << tr("Not connected (%1): how the result can be served is the bundled catalog's answer.").arg(why)
                << Qt::endl;
            QCoreApplication::exit(print(input));
        });
}

} // namespace

int runJobs(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Fine-tuning jobs on the platform."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QStringLiteral("preflight FILE | create FILE|FILE_ID | list | get ID | events ID | cancel ID | "
                       "download ID[:STEP] | preview --model M --file FILE|FILE_ID | download-tokenized ID"));
    auto opt = [&parser](const char* name, const char* help, const char* valueName = nullptr) {
        parser.addOption(valueName
                             ? QCommandLineOption(QString::fromLatin1(name), tr(help), QString::fromLatin1(valueName))
                             : QCommandLineOption(QString::fromLatin1(name), tr(help)));
    };
    opt("model", "Base model to fine-tune", "M");
    opt("from-checkpoint", "Continue from a job or checkpoint (ft-...[:STEP])", "ID");
    opt("validation-file", "Validation file id", "FILE_ID");
    opt("epochs", "Number of epochs (1)", "N");
    opt("n-evals", "Number of evaluations (0)", "N");
    opt("n-checkpoints", "Number of checkpoints (1)", "N");
    opt("batch-size", "Batch size, or max (max)", "N");
    opt("learning-rate", "Learning rate (1e-5)", "X");
    opt("lr-scheduler", "linear or cosine (cosine)", "S");
    opt("warmup-ratio", "Warm-up ratio (0)", "X");
    opt("full", "Full fine-tuning instead of LoRA");
    opt("type", "lora or full (lora)", "T");
    opt("lora-r", "LoRA rank (8)", "N");
    opt("lora-alpha", "LoRA alpha (2 x rank)", "N");
    opt("lora-dropout", "LoRA dropout (0)", "X");
    opt("method", "sft or dpo (sft)", "M");
    opt("train-on-inputs", "auto, true or false (auto)", "T");
    opt("suffix", "Suffix of the output model's name", "S");
    opt("wandb-project", "Weights & Biases project (key from $WANDB_API_KEY)", "P");
    opt("early-stopping", "Stop when the eval loss stops improving (needs --validation-file and enough --n-evals)");
    opt("early-stopping-patience", "Evaluations without improvement before stopping (2, at least 1)", "N");
    opt("early-stopping-min-delta", "Smallest improvement that counts (0.0)", "X");
    opt("early-stopping-warmup-evals", "Evaluations that only set the baseline (1)", "N");
    opt("random-seed", "Seed for a reproducible run (server default)", "N");
    opt("from-hf-model", "Start from this Hugging Face Hub model (with --model for its base; token from $HF_TOKEN)",
        "REPO");
    opt("hf-model-revision", "Revision of --from-hf-model (main)", "REV");
    opt("hf-output-repo-name", "Push the result to this Hugging Face repository", "REPO");
    opt("dpo-beta", "DPO beta (0.1)", "X");
    opt("dpo-normalize-logratios-by-length", "DPO: normalize log-ratios by length");
    opt("dpo-reference-free", "DPO without a reference model");
    opt("rpo-alpha", "RPO alpha: weight of the NLL loss on preferred answers (0)", "X");
    opt("simpo-gamma", "SimPO gamma (0; above 0 makes DPO reference-free and length-normalized)", "X");
    opt("recipe", "Start from the settings in a recipe or request JSON file", "FILE");
    opt("dry-run", "Check and print the request (secrets masked) without sending it");
    opt("no-check", "Upload a local file even if Together's checker would reject it");
    opt("over-limit", "Create the job even when Together says its price is over your balance and credit limit");
    opt("wait", "After creating, follow the job until it ends");
    opt("follow", "Keep printing events until the job ends");
    opt("checkpoint-type", "default, merged or adapter (default)", "T");
    opt("output", "Folder to download into (current folder)", "DIR");
    opt("extract", "Unpack the downloaded archive");
    opt("file", "preview: the training file (a local file is uploaded first) or its id", "FILE|FILE_ID");
    opt("rows", "preview: how many rows from the start of the file (5)", "N");
    opt("json", "Print JSON");
    opt("tokenizer",
        "preflight and preview: count tokens exactly with the tokenizer in DIR (tokenizer.json, tokenizer_config.json)",
        "DIR");
    opt("offline", "preflight: do not ask the platform how the result can be served (the bundled catalog answers)");
    opt("give-up-after", "With --wait/--follow: stop after polls failed for this long (600 seconds)", "SECONDS");
    opt("stall-timeout", "Give up on a request when the server sends nothing for this long (60 seconds)", "SECONDS");
    opt("base-url", "API base URL", "URL");
    opt("profile", "Connection profile (id or name)", "NAME");
    if (auto code = parseCommandLine(parser, args))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == QLatin1String("preview"))
        return runJobsPreview(parser, pos);
    if (action == QLatin1String("download-tokenized"))
        return runJobsDownloadTokenized(parser, pos);
    const bool oneId = action == QLatin1String("get") || action == QLatin1String("events") ||
                       action == QLatin1String("cancel") || action == QLatin1String("download") ||
                       action == QLatin1String("create") || action == QLatin1String("preflight");
    if (!((action == QLatin1String("list") && pos.size() == 1) || (oneId && pos.size() == 2))) {
        QTextStream(stderr) << "usage: tunedesk-cli jobs preflight FILE --model M [options] [--json] | "
                               "create FILE|FILE_ID --model M [options] | list | get ID | "
                               "events ID [--follow] | cancel ID | download ID[:STEP] [--checkpoint-type T] "
                               "[--output DIR] [--extract]\n";
        return ExitCode::Usage;
    }
    if (action == QLatin1String("preflight"))
        return runPreflight(parser, pos.value(1));
    QStringList defaults;
    if (!parser.isSet(QStringLiteral("checkpoint-type")))
        defaults << QStringLiteral("--checkpoint-type") << QStringLiteral("default");
    if (!parser.isSet(QStringLiteral("give-up-after")))
        defaults << QStringLiteral("--give-up-after") << QStringLiteral("600");
    if (!defaults.isEmpty())
        (void)parser.parse(args + defaults); // the same arguments, already accepted above
    CurlTransport transport;
    std::unique_ptr<JobsRun> run;
    return withConnection(
        parser.value(QStringLiteral("base-url")), parser.value(QStringLiteral("profile")), [&](Connection c) {
            if (parser.isSet(QStringLiteral("stall-timeout")))
                c.stallTimeoutMs = int(parser.value(QStringLiteral("stall-timeout")).toDouble() * 1000);
            run = std::make_unique<JobsRun>(&transport, c, parser, pos);
            run->start();
        });
}

} // namespace td::cli
