#include "widgets/jobs/NewJobDialog.h"

#include "core/Worker.h"
#include "jobs/JobLauncher.h"
#include "jobs/Recipe.h"
#include "jobs/ServerFileVerdict.h"

#include "api/client/FileValidation.h"
#include "api/client/FineTuneCreation.h"
#include "api/client/TogetherClient.h"
#include "api/transfer/FileUpload.h"
#include "core/JsonRead.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "jobs/HuggingFaceToken.h"
#include "jobs/Preflight.h"
#include "jobs/ServingCheck.h"
#include "jobs/UploadMemory.h"
#include "widgets/common/Dialogs.h"
#include "widgets/jobs/FineTuneForm.h"
#include "widgets/jobs/PreviewDialog.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace td {

NewJobDialog::NewJobDialog(const TogetherClient* client, ModelCatalog catalog, QWidget* parent)
    : QDialog(parent)
    , m_client(client ? std::make_unique<TogetherClient>(*client) : nullptr)
    , m_catalog(std::move(catalog))
    , m_form(new FineTuneForm(this))
    , m_preflight(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_launch(new QPushButton(tr("&Launch"), this))
{
    setWindowTitle(tr("New Fine-Tune"));
    m_launch->setObjectName(QStringLiteral("launch"));
    m_form->setModels(m_catalog.fineTunableModels());
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    // The form is never wider than its column (in German it was, and its Choose… buttons were
    // cut off behind a sideways scroll bar): the column is at least as wide as the form needs.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(std::max(460, m_form->minimumSizeHint().width() +
                                              scroll->verticalScrollBar()->sizeHint().width() +
                                              2 * scroll->frameWidth()));

    auto* preflightBox = new QGroupBox(tr("Before launch"), this);
    auto* pl = new QVBoxLayout(preflightBox);
    m_preflight->setWordWrap(true);
    m_preflight->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preflight->setObjectName(QStringLiteral("preflightSummary"));
    pl->addWidget(m_preflight);
    auto* previewBox = new QGroupBox(tr("Request (secrets masked)"), this);
    auto* vl = new QVBoxLayout(previewBox);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setObjectName(QStringLiteral("requestPreview"));
    m_preview->setAccessibleName(tr("Request to send (secrets masked)"));
    vl->addWidget(m_preview);

    auto* right = new QVBoxLayout;
    right->addWidget(preflightBox);
    right->addWidget(previewBox, 1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(scroll, 1);
    columns->addLayout(right, 1);

    auto* loadRecipeButton = new QPushButton(tr("Load Recipe…"), this);
    auto* saveRecipeButton = new QPushButton(tr("Save Recipe…"), this);
    auto* previewButton = new QPushButton(tr("Preview on Together…"), this);
    previewButton->setObjectName(QStringLiteral("previewOnTogether"));
    previewButton->setToolTip(tr("See how Together tokenizes the first rows for this model and what it trains on "
                                 "(uploads the training data first if needed)"));
    previewButton->setEnabled(m_client != nullptr);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // Launching costs money: not the default button, so Return in a field never launches (a
    // button box makes its first accept button the default, hence the action role).
    buttons->addButton(m_launch, QDialogButtonBox::ActionRole);
    buttons->addButton(loadRecipeButton, QDialogButtonBox::ActionRole);
    buttons->addButton(saveRecipeButton, QDialogButtonBox::ActionRole);
    buttons->addButton(previewButton, QDialogButtonBox::ActionRole);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setObjectName(QStringLiteral("launchStatus"));
    connect(m_status, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("line:")) && !m_rejectedPath.isEmpty())
            emit lineRequested(m_rejectedPath, link.mid(5).toLongLong());
    });
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);
    layout->addWidget(buttons);
    resize(1180, 760);

    m_preflightTimer.setSingleShot(true);
    m_preflightTimer.setInterval(350);
    connect(&m_preflightTimer, &QTimer::timeout, this, &NewJobDialog::runPreflight);
    connect(m_form, &FineTuneForm::changed, this, [this] {
        updatePreview();
        schedulePreflight();
        // "Fix the form first" is about the form as it was: gone once the form has no error.
        if (m_formProblemShown && std::none_of(m_form->problems().cbegin(), m_form->problems().cend(),
                                               [](const FineTuneRequest::Problem& p) { return !p.warning; })) {
            m_formProblemShown = false;
            m_status->clear();
        }
        // Together's rejection is about the data it was given: gone once other data is chosen.
        if (!m_rejectedData.isEmpty() && m_rejectedData != QStringList{datasetPath(), validationPath()}) {
            m_rejectedData.clear();
            m_rejectedPath.clear();
            m_status->clear();
        }
    });
    connect(m_form, &FineTuneForm::modelChanged, this, &NewJobDialog::fetchLimits);
    connect(saveRecipeButton, &QPushButton::clicked, this, [this] {
        const QString base = datasetPath().isEmpty() ? QString() : datasetPath() + QStringLiteral(".recipe.json");
        const QString f = Dialogs::saveFileName(this, tr("Save Recipe"), base, tr("Recipes (*.json)"));
        if (f.isEmpty())
            return;
        if (auto saved = saveRecipe(f); !saved)
            Dialogs::warning(this, tr("Save Recipe"), saved.error().message);
    });
    connect(loadRecipeButton, &QPushButton::clicked, this, [this] {
        const QString f = Dialogs::openFileName(this, tr("Load Recipe"), datasetPath(), tr("Recipes (*.json)"));
        if (f.isEmpty())
            return;
        if (auto loaded = loadRecipe(f); !loaded)
            Dialogs::warning(this, tr("Load Recipe"), loaded.error().message);
    });
    connect(m_launch, &QPushButton::clicked, this, &NewJobDialog::launch);
    connect(previewButton, &QPushButton::clicked, this, &NewJobDialog::openPreview);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_launcher)
            m_launcher->cancel();
        reject();
    });
    if (m_client) {
        m_servingCheck = new ServingCheck(*m_client, this);
        connect(m_servingCheck, &ServingCheck::decided, this, [this](const ServingVerdict& v) {
            m_liveServing = v;
            runPreflight();
        });
    }
    m_launch->setEnabled(m_client != nullptr);
    if (!m_client)
        m_status->setText(tr("Not connected: you can prepare the job and save it as a recipe."));
    updatePreview();
    schedulePreflight();
}

NewJobDialog::~NewJobDialog()
{
    for (QFuture<void>& f : m_preflightRuns)
        f.waitForFinished();
}

void NewJobDialog::setDatasetPath(const QString& path)
{
    m_form->setTrainingPath(path);
    if (!m_client || !m_form->request().trainingFile.isEmpty())
        return;
    // Uploaded before, unchanged since, and still there: use it instead of uploading again.
    const QString base = m_client->connection().baseUrl.toString();
    const QString known = UploadMemory(Settings::instance()).lookup(path, base);
    if (known.isEmpty())
        return;
    m_client->getFile(known, this, [this, path, base, known](const ApiResult<RemoteFile>& r) {
        if (m_form->trainingPath() != path || !m_form->request().trainingFile.isEmpty())
            return;
        if (!std::holds_alternative<RemoteFile>(r)) {
            if (std::get<ApiError>(r).httpStatus == 404)
                UploadMemory(Settings::instance()).forget(path, base);
            return;
        }
        // Only an upload Together has validated is used as it is; one still being validated is
        // waited for at launch, and one it rejected is said so now.
        const RemoteFile& f = std::get<RemoteFile>(r);
        if (FileValidation::isFinal(f.processingStatus)) {
            const auto verdict = FileValidation::verdictOf(f);
            if (verdict == FileValidation::Verdict::Invalid || verdict == FileValidation::Verdict::Failed) {
                m_status->setText(ServerFileVerdict::describe(f, path));
                return;
            }
        } else {
            return;
        }
        FineTuneRequest req = m_form->request();
        req.trainingFile = known;
        m_form->setRequest(req);
        m_status->setText(tr("%1 was uploaded before as %2 and has not changed: that upload is used. Type the "
                             "file's path again to upload it again.")
                              .arg(QFileInfo(path).fileName(), known));
    });
}

void NewJobDialog::setTokenizerDir(const QString& dir)
{
    m_tokenizerDir = dir;
    schedulePreflight();
}

void NewJobDialog::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets;
    if (!secrets)
        return;
    secrets->read(HuggingFaceToken::key(), this, [this](const Result<QString>& token) {
        if (!token || token->isEmpty() || !m_form->request().hfApiToken.isEmpty())
            return;
        FineTuneRequest r = m_form->request();
        r.hfApiToken = *token;
        m_form->setRequest(r);
    });
}

void NewJobDialog::setValidationPath(const QString& path)
{
    m_form->setValidationPath(path);
}

QString NewJobDialog::preflightText() const
{
    return m_preflight->text();
}

QString NewJobDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString NewJobDialog::status() const
{
    return m_status->text();
}

void NewJobDialog::updatePreview()
{
    FineTuneRequest r = m_form->request();
    if (r.trainingFile.isEmpty() && !datasetPath().isEmpty())
        r.trainingFile = tr("(the id of %1 once uploaded)").arg(QFileInfo(datasetPath()).fileName());
    m_preview->setPlainText(QString::fromStdString(r.toJson(true).dump(2)));
}

void NewJobDialog::fetchLimits(const QString& model)
{
    m_form->setLimits(m_catalog.limits(model));
    if (!m_client || model.isEmpty())
        return;
    // The live answer wins over the bundled tables.
    m_client->modelLimits(model, this, [this, model](const ApiResult<ModelLimits>& r) {
        if (const auto* l = std::get_if<ModelLimits>(&r); l && m_form->request().limitsModel() == model) {
            ModelLimits live = *l;
            live.modelName = model;
            m_catalog.setLiveLimits(live);
            m_form->setLimits(live);
        }
    });
}

void NewJobDialog::schedulePreflight()
{
    updatePreview();
    m_preflightTimer.start();
}

void NewJobDialog::runPreflight()
{
    const QString dataset = datasetPath();
    if (dataset.isEmpty() || !QFileInfo(dataset).isFile()) {
        m_preflightPassed = false;
        const QString id = m_form->request().trainingFile;
        m_preflight->setText(!dataset.isEmpty() ? tr("%1 is not a file.").arg(dataset)
                             : id.isEmpty()
                                 ? tr("Choose the training data to see the verdict, tokens, price and where the "
                                      "fine-tune can run.")
                                 : tr("The job trains on the uploaded file %1. Choose a local file instead to check "
                                      "it and see the tokens and price first.")
                                       .arg(id));
        return;
    }
    Preflight::Input in;
    in.datasetPath = dataset;
    in.validationPath = QFileInfo(validationPath()).isFile() ? validationPath() : QString();
    in.request = m_form->request();
    in.tokenizerDir = m_tokenizerDir;
    // With uploaded files Together can price the job itself; its answer wins.
    const QByteArray key = QByteArray::fromStdString(in.request.toJson().dump());
    if (m_client && !in.request.trainingFile.isEmpty() && key != m_pricedRequest) {
        m_pricedRequest = key;
        m_serverPrice.reset();
        m_client->estimatePrice(in.request, this, [this, key](const ApiResult<PriceEstimate>& r) {
            if (const auto* p = std::get_if<PriceEstimate>(&r); p && key == m_pricedRequest) {
                m_serverPrice = *p;
                runPreflight();
            }
        });
    }
    if (key == m_pricedRequest)
        in.serverPrice = m_serverPrice;
    // How the result can be served, asked of the platform once for each base model and
    // training type; until it answers the summary says it is asking.
    const QString servingKey = in.request.limitsModel() + QLatin1Char('|') + QString::number(int(in.request.lora));
    if (m_servingCheck && servingKey != m_servingKey) {
        m_servingKey = servingKey;
        m_liveServing.reset();
        m_servingCheck->checkRequest(in.request, m_catalog);
    }
    in.liveServing = m_liveServing;
    in.servingPending = m_servingCheck && m_servingCheck->isRunning();
    if (in.request.trainingFile.isEmpty())
        in.request.trainingFile = QStringLiteral("file-to-upload");
    if (in.request.validationFile.isEmpty() && !in.validationPath.isEmpty())
        in.request.validationFile = QStringLiteral("file-to-upload");
    // The data is read once (on a worker) for each version of the files and settings that change
    // what is counted; the settings alone are priced at once from those facts.
    auto stamp = [](const QString& path) {
        const QFileInfo f(path);
        return QStringLiteral("%1|%2|%3")
            .arg(f.absoluteFilePath())
            .arg(f.size())
            .arg(f.lastModified().toMSecsSinceEpoch());
    };
    const QString factsKey = stamp(in.datasetPath) + QLatin1Char('#') +
                             (in.validationPath.isEmpty() ? QString() : stamp(in.validationPath)) + QLatin1Char('#') +
                             QString::number(int(in.request.trainOnInputs)) + QLatin1Char('#') + in.tokenizerDir;
    if (m_facts && m_factsKey == factsKey) {
        const Preflight p = Preflight::fromFacts(in, *m_facts, m_catalog);
        m_preflightPassed = p.parityPassed;
        m_preflight->setText(p.toText());
        return;
    }
    if (m_readingKey == factsKey)
        return; // being read: shown when it is done
    m_readingKey = factsKey;
    m_preflight->setText(tr("Checking %1…").arg(QFileInfo(dataset).fileName()));
    m_preflightRuns.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    // What the worker read: the data's facts and its hash (for recipes), read off the GUI thread.
    struct Read
    {
        std::shared_ptr<Result<Preflight::DataFacts>> facts;
        QString hash;
    };
    m_preflightRuns.append(QFuture<void>(runInBackground(
        this,
        [in] {
            return Read{std::make_shared<Result<Preflight::DataFacts>>(Preflight::readData(in)),
                        sha256OfFile(in.datasetPath)};
        },
        [this, factsKey, path = in.datasetPath](const Read& read) {
            m_hashes.insert(path, {QFileInfo(path).lastModified(), read.hash});
            if (m_readingKey != factsKey)
                return; // the data changed meanwhile: a newer read is on its way
            m_readingKey.clear();
            const auto& facts = *read.facts;
            if (!facts) {
                m_preflightPassed = false;
                m_preflight->setText(facts.error().message);
                return;
            }
            m_facts = *facts;
            m_factsKey = factsKey;
            runPreflight(); // with the settings as they are now
        })));
}

QString NewJobDialog::datasetPath() const
{
    return m_form->trainingPath();
}

QString NewJobDialog::validationPath() const
{
    return m_form->validationPath();
}

QString NewJobDialog::hashOf(const QString& path) const
{
    const auto it = m_hashes.find(path);
    if (it != m_hashes.end() && it->first == QFileInfo(path).lastModified())
        return it->second;
    return sha256OfFile(path); // not hashed by a pre-flight yet
}

Result<void> NewJobDialog::saveRecipe(const QString& path)
{
    // The settings (Recipe drops the secrets) and the data they were made for.
    Recipe recipe;
    recipe.request = m_form->request();
    if (!datasetPath().isEmpty())
        recipe.dataset =
            Recipe::Data{QFileInfo(datasetPath()).fileName(), hashOf(datasetPath()), recipe.request.trainingFile};
    if (!validationPath().isEmpty())
        recipe.validation = Recipe::Data{QFileInfo(validationPath()).fileName(), hashOf(validationPath()),
                                         recipe.request.validationFile};
    return recipe.write(path);
}

Result<void> NewJobDialog::loadRecipe(const QString& path)
{
    auto recipe = Recipe::read(path);
    if (!recipe)
        return recipe.error();
    // A recipe's file ids only hold for the data it was made with.
    bool dropped = false;
    const FineTuneRequest r =
        recipe->requestFor(datasetPath().isEmpty() ? QString() : hashOf(datasetPath()),
                           validationPath().isEmpty() ? QString() : hashOf(validationPath()), &dropped);
    if (dropped)
        m_status->setText(tr("The recipe was made for other data: its file ids are not used."));
    m_form->setRequest(r);
    return {};
}

void NewJobDialog::setBusy(bool busy, const QString& text)
{
    m_formProblemShown = false;
    m_busy = busy;
    m_launch->setEnabled(!busy && m_client);
    m_form->setEnabled(!busy);
    m_status->setText(text);
    m_progress->setVisible(busy);
}

void NewJobDialog::showRejection(const QString& message)
{
    // Which local file the message is about: the one it names, else the training data.
    QString path = datasetPath();
    const QString validation = validationPath();
    if (!validation.isEmpty() && message.contains(QFileInfo(validation).fileName()) &&
        !message.contains(QFileInfo(path).fileName()))
        path = validation;
    const auto line = ServerFileVerdict::namedLine(message);
    if (!line || !QFileInfo(path).isFile())
        return;
    m_status->setText(message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                      QStringLiteral("<br><a href=\"line:%1\">%2</a>")
                          .arg(*line)
                          .arg(tr("Show line %1 of %2").arg(*line).arg(QFileInfo(path).fileName()).toHtmlEscaped()));
    m_rejectedPath = path;
}

void NewJobDialog::launch()
{
    if (!m_client || m_busy)
        return;
    const FineTuneRequest r = m_form->request();
    const bool needUpload = r.trainingFile.isEmpty() && QFileInfo(datasetPath()).isFile();
    if (needUpload && !m_preflightPassed && !m_preflight->text().isEmpty() &&
        Dialogs::question(this, tr("Upload Anyway?"),
                          tr("Together's checker would reject this data, so the job would fail. Upload and launch "
                             "anyway?"),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    FineTuneRequest withFile = r;
    if (withFile.trainingFile.isEmpty())
        withFile.trainingFile = QStringLiteral("file-to-upload");
    if (withFile.validationFile.isEmpty() && QFileInfo(validationPath()).isFile())
        withFile.validationFile = QStringLiteral("file-to-upload");
    const auto problems = withFile.validate(m_form->limits());
    for (const auto& p : problems)
        if (!p.warning) {
            m_status->setText(tr("Fix the form first: %1").arg(p.message));
            m_formProblemShown = true;
            return;
        }
    // The launch is the model's (JobLauncher), as for tunedesk-cli jobs create: unchanged data
    // uploaded before is reused, the rest checked and uploaded, the job created once.
    if (!m_launcher) {
        m_launcher = new JobLauncher(*m_client, this);
        auto clock = std::make_shared<QElapsedTimer>();
        connect(m_launcher, &JobLauncher::stage, this, [this, clock](const QString& text) {
            clock->start();
            setBusy(true, text);
            m_progress->setRange(0, 0);
        });
        connect(m_launcher, &JobLauncher::uploadProgress, this,
                [this, clock](const QString& name, qint64 sent, qint64 total) {
                    m_progress->setRange(0, 1000);
                    m_progress->setValue(total > 0 ? int(double(sent) / double(total) * 1000) : 0);
                    const double seconds = std::max(0.001, double(clock->elapsed()) / 1000.0);
                    m_status->setText(tr("Uploading %1: %2 of %3 at %4/s")
                                          .arg(name, QLocale().formattedDataSize(sent),
                                               QLocale().formattedDataSize(total),
                                               QLocale().formattedDataSize(qint64(double(sent) / seconds))));
                });
        connect(m_launcher, &JobLauncher::fileReady, this,
                [this](const QString&, const QString& fileId, bool validation, bool) {
                    FineTuneRequest req = m_form->request();
                    (validation ? req.validationFile : req.trainingFile) = fileId;
                    m_form->setRequest(req);
                });
        connect(m_launcher, &JobLauncher::failed, this, [this](JobLauncher::Failure failure, const QString& message) {
            setBusy(false, message);
            if (failure == JobLauncher::Failure::Invalid) {
                m_rejectedData = {datasetPath(), validationPath()};
                showRejection(message);
            }
        });
        connect(m_launcher, &JobLauncher::dataReady, this,
                [this](const FineTuneRequest& request) { m_launcher->create(request); });
        // Together says the account cannot pay for it: a clear warning, and launching anyway
        // is a deliberate choice.
        connect(m_launcher, &JobLauncher::overLimit, this,
                [this](const FineTuneRequest& request, const PriceEstimate& estimate) {
                    setBusy(false, estimate.overLimitText());
                    if (Dialogs::question(this, tr("Price Over Your Limit"),
                                          estimate.overLimitText() + QStringLiteral("\n\n") +
                                              tr("Launch anyway? Together will most likely refuse it."),
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
                        m_launcher->create(request, true);
                });
        connect(m_launcher, &JobLauncher::created, this, [this](const FineTuneCreation& c) {
            if (!c.job) {
                setBusy(false, c.outcome == FineTuneCreation::Outcome::NotCreated
                                   ? tr("The fine-tune was not created: %1").arg(c.text())
                                   : c.text());
                return;
            }
            m_launched = *c.job;
            setBusy(false, c.text());
            // The token that worked is kept in the keychain for the next fine-tune.
            if (const QString token = m_form->request().hfApiToken; m_secrets && !token.isEmpty())
                m_secrets->write(HuggingFaceToken::key(), token, m_secrets, [](const Result<void>&) {});
            emit jobLaunched(*m_launched);
            accept();
        });
    }
    JobLauncher::Data data;
    data.trainingPath = QFileInfo(datasetPath()).isFile() ? datasetPath() : QString();
    data.validationPath = QFileInfo(validationPath()).isFile() ? validationPath() : QString();
    data.check = false;         // the pre-flight checked it on a worker
    data.uploadRejected = true; // and the user was asked above when it failed
    m_launcher->prepareData(r, data);
}

void NewJobDialog::openPreview()
{
    if (!m_client)
        return;
    const FineTuneRequest r = m_form->request();
    auto* dialog = new PreviewDialog(*m_client, r.model, r.trainingFile, datasetPath(), r.trainOnInputs, this);
    dialog->setTokenizerDir(m_tokenizerDir);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // An upload made for the preview is the launch's too.
    connect(dialog, &PreviewDialog::fileUploaded, this, [this](const QString& path, const QString& id) {
        if (path != datasetPath() || !m_form->request().trainingFile.isEmpty())
            return;
        FineTuneRequest req = m_form->request();
        req.trainingFile = id;
        m_form->setRequest(req);
    });
    m_previewDialog = dialog;
    dialog->show();
    dialog->run();
}

} // namespace td
