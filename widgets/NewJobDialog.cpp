#include "widgets/NewJobDialog.h"
#include "jobs/JobLauncher.h"
#include "jobs/Recipe.h"

#include "api/FileUpload.h"
#include "api/FineTuneCreation.h"
#include "api/TogetherClient.h"
#include "core/JsonRead.h"
#include "core/Settings.h"
#include "jobs/Preflight.h"
#include "jobs/UploadMemory.h"
#include "widgets/Dialogs.h"
#include "widgets/FineTuneForm.h"

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
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace td {

NewJobDialog::NewJobDialog(const TogetherClient* client, ModelCatalog catalog, QWidget* parent)
    : QDialog(parent)
    , m_client(client ? std::make_unique<TogetherClient>(*client) : nullptr)
    , m_catalog(std::move(catalog))
    , m_form(new FineTuneForm(this))
    , m_dataset(new QLineEdit(this))
    , m_validation(new QLineEdit(this))
    , m_preflight(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_launch(new QPushButton(tr("&Launch"), this))
{
    setWindowTitle(tr("New Fine-Tune"));
    m_form->setModels(m_catalog.fineTunableModels());
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(460);

    m_dataset->setPlaceholderText(tr("Local file to upload (or a file id in the form)"));
    m_validation->setPlaceholderText(tr("Optional local validation file"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    auto* browseValidation = new QPushButton(tr("Choose…"), this);
    auto* dataBox = new QGroupBox(tr("Data to upload"), this);
    auto* dataForm = new QFormLayout(dataBox);
    auto* row = new QHBoxLayout;
    row->addWidget(m_dataset, 1);
    row->addWidget(browse);
    dataForm->addRow(tr("Training data:"), row);
    auto* vrow = new QHBoxLayout;
    vrow->addWidget(m_validation, 1);
    vrow->addWidget(browseValidation);
    dataForm->addRow(tr("Validation data:"), vrow);

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
    vl->addWidget(m_preview);

    auto* right = new QVBoxLayout;
    right->addWidget(dataBox);
    right->addWidget(preflightBox);
    right->addWidget(previewBox, 1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(scroll, 1);
    columns->addLayout(right, 1);

    auto* loadRecipeButton = new QPushButton(tr("Load Recipe…"), this);
    auto* saveRecipeButton = new QPushButton(tr("Save Recipe…"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_launch, QDialogButtonBox::AcceptRole);
    buttons->addButton(loadRecipeButton, QDialogButtonBox::ActionRole);
    buttons->addButton(saveRecipeButton, QDialogButtonBox::ActionRole);
    m_progress->hide();
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
    });
    connect(m_form, &FineTuneForm::modelChanged, this, &NewJobDialog::fetchLimits);
    connect(m_dataset, &QLineEdit::textChanged, this, &NewJobDialog::schedulePreflight);
    connect(m_validation, &QLineEdit::textChanged, this, &NewJobDialog::schedulePreflight);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = Dialogs::openFileName(this, tr("Training Data"), m_dataset->text(),
                                                tr("Datasets (*.jsonl *.parquet *.csv)"));
        if (!f.isEmpty())
            m_dataset->setText(f);
    });
    connect(browseValidation, &QPushButton::clicked, this, [this] {
        const QString f = Dialogs::openFileName(this, tr("Validation Data"), m_dataset->text(),
                                                tr("Datasets (*.jsonl *.parquet *.csv)"));
        if (!f.isEmpty())
            m_validation->setText(f);
    });
    connect(saveRecipeButton, &QPushButton::clicked, this, [this] {
        const QString base =
            m_dataset->text().isEmpty() ? QString() : m_dataset->text() + QStringLiteral(".recipe.json");
        const QString f = Dialogs::saveFileName(this, tr("Save Recipe"), base, tr("Recipes (*.json)"));
        if (f.isEmpty())
            return;
        if (auto saved = saveRecipe(f); !saved)
            Dialogs::warning(this, tr("Save Recipe"), saved.error().message);
    });
    connect(loadRecipeButton, &QPushButton::clicked, this, [this] {
        const QString f = Dialogs::openFileName(this, tr("Load Recipe"), m_dataset->text(), tr("Recipes (*.json)"));
        if (f.isEmpty())
            return;
        if (auto loaded = loadRecipe(f); !loaded)
            Dialogs::warning(this, tr("Load Recipe"), loaded.error().message);
    });
    connect(m_launch, &QPushButton::clicked, this, &NewJobDialog::launch);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_launcher)
            m_launcher->cancel();
        reject();
    });
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
    m_dataset->setText(path);
    if (!m_client || !m_form->request().trainingFile.isEmpty())
        return;
    // Uploaded before, unchanged since, and still there: use it instead of uploading again.
    const QString base = m_client->connection().baseUrl.toString();
    const QString known = UploadMemory(Settings::instance()).lookup(path, base);
    if (known.isEmpty())
        return;
    m_client->getFile(known, this, [this, path, base, known](const ApiResult<RemoteFile>& r) {
        if (m_dataset->text() != path || !m_form->request().trainingFile.isEmpty())
            return;
        if (!std::holds_alternative<RemoteFile>(r)) {
            if (std::get<ApiError>(r).httpStatus == 404)
                UploadMemory(Settings::instance()).forget(path, base);
            return;
        }
        FineTuneRequest req = m_form->request();
        req.trainingFile = known;
        m_form->setRequest(req);
        m_status->setText(tr("%1 was uploaded before as %2 and has not changed; clear the training file field to "
                             "upload it again.")
                              .arg(QFileInfo(path).fileName(), known));
    });
}

void NewJobDialog::setValidationPath(const QString& path)
{
    m_validation->setText(path);
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
    if (r.trainingFile.isEmpty() && !m_dataset->text().isEmpty())
        r.trainingFile = tr("(the id of %1 once uploaded)").arg(QFileInfo(m_dataset->text()).fileName());
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
    m_form->setUploadsPending(QFileInfo(m_dataset->text()).isFile(), QFileInfo(m_validation->text()).isFile());
    updatePreview();
    m_preflightTimer.start();
}

void NewJobDialog::runPreflight()
{
    const QString dataset = m_dataset->text();
    if (dataset.isEmpty() || !QFileInfo(dataset).isFile()) {
        m_preflightPassed = false;
        m_preflight->setText(dataset.isEmpty() ? tr("Choose the training data to see the verdict, tokens, price and "
                                                    "where the fine-tune can run.")
                                               : tr("%1 is not a file.").arg(dataset));
        return;
    }
    Preflight::Input in;
    in.datasetPath = dataset;
    in.validationPath = QFileInfo(m_validation->text()).isFile() ? m_validation->text() : QString();
    in.request = m_form->request();
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
                             QString::number(int(in.request.trainOnInputs));
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
    QPointer<NewJobDialog> self(this);
    m_preflightRuns.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_preflightRuns.append(QtConcurrent::run([self, in, factsKey] {
        const auto facts = Preflight::readData(in);
        // The data's hash for recipes, read here rather than on the GUI thread.
        const QString hash = sha256OfFile(in.datasetPath);
        const QString path = in.datasetPath;
        QMetaObject::invokeMethod(
            self.data(),
            [self, facts, factsKey, hash, path] {
                if (!self)
                    return;
                self->m_hashes.insert(path, {QFileInfo(path).lastModified(), hash});
                if (self->m_readingKey != factsKey)
                    return; // the data changed meanwhile: a newer read is on its way
                self->m_readingKey.clear();
                if (!facts) {
                    self->m_preflightPassed = false;
                    self->m_preflight->setText(facts.error().message);
                    return;
                }
                self->m_facts = *facts;
                self->m_factsKey = factsKey;
                self->runPreflight(); // with the settings as they are now
            },
            Qt::QueuedConnection);
    }));
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
    if (!m_dataset->text().isEmpty())
        recipe.dataset = Recipe::Data{QFileInfo(m_dataset->text()).fileName(), hashOf(m_dataset->text()),
                                      recipe.request.trainingFile};
    if (!m_validation->text().isEmpty())
        recipe.validation = Recipe::Data{QFileInfo(m_validation->text()).fileName(), hashOf(m_validation->text()),
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
        recipe->requestFor(m_dataset->text().isEmpty() ? QString() : hashOf(m_dataset->text()),
                           m_validation->text().isEmpty() ? QString() : hashOf(m_validation->text()), &dropped);
    if (dropped)
        m_status->setText(tr("The recipe was made for other data: its file ids are not used."));
    m_form->setRequest(r);
    return {};
}

void NewJobDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_launch->setEnabled(!busy && m_client);
    m_form->setEnabled(!busy);
    m_status->setText(text);
    m_progress->setVisible(busy);
}

void NewJobDialog::launch()
{
    if (!m_client || m_busy)
        return;
    const FineTuneRequest r = m_form->request();
    const bool needUpload = r.trainingFile.isEmpty() && QFileInfo(m_dataset->text()).isFile();
    if (needUpload && !m_preflightPassed && !m_preflight->text().isEmpty() &&
        Dialogs::question(this, tr("Upload Anyway?"),
                          tr("Together's checker would reject this data, so the job would fail. Upload and launch "
                             "anyway?"),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    FineTuneRequest withFile = r;
    if (withFile.trainingFile.isEmpty())
        withFile.trainingFile = QStringLiteral("file-to-upload");
    if (withFile.validationFile.isEmpty() && QFileInfo(m_validation->text()).isFile())
        withFile.validationFile = QStringLiteral("file-to-upload");
    const auto problems = withFile.validate(m_form->limits());
    for (const auto& p : problems)
        if (!p.warning) {
            m_status->setText(tr("Fix the form first: %1").arg(p.message));
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
        connect(m_launcher, &JobLauncher::failed, this,
                [this](JobLauncher::Failure, const QString& message) { setBusy(false, message); });
        connect(m_launcher, &JobLauncher::dataReady, this,
                [this](const FineTuneRequest& request) { m_launcher->create(request); });
        connect(m_launcher, &JobLauncher::created, this, [this](const FineTuneCreation& c) {
            if (!c.job) {
                setBusy(false, c.outcome == FineTuneCreation::Outcome::NotCreated
                                   ? tr("The fine-tune was not created: %1").arg(c.text())
                                   : c.text());
                return;
            }
            m_launched = *c.job;
            setBusy(false, c.text());
            emit jobLaunched(*m_launched);
            accept();
        });
    }
    JobLauncher::Data data;
    data.trainingPath = QFileInfo(m_dataset->text()).isFile() ? m_dataset->text() : QString();
    data.validationPath = QFileInfo(m_validation->text()).isFile() ? m_validation->text() : QString();
    data.check = false;         // the pre-flight checked it on a worker
    data.uploadRejected = true; // and the user was asked above when it failed
    m_launcher->prepareData(r, data);
}

} // namespace td
