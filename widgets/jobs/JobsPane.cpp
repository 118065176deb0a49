#include "widgets/jobs/JobsPane.h"

#include "api/connection/ApiContext.h"
#include "api/connection/DemoConnection.h"
#include "jobs/EventMetrics.h"
#include "jobs/JobMonitor.h"
#include "jobs/ModelDownload.h"
#include "jobs/ServingCheck.h"
#include "jobs/TokenizedDownload.h"
#include "widgets/common/ClearButton.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/EmptyState.h"
#include "widgets/common/RecordTable.h"
#include "widgets/jobs/FineTuneForm.h"
#include "widgets/jobs/JobPage.h"
#include "widgets/jobs/LossCompareDialog.h"
#include "widgets/jobs/NewJobDialog.h"
#include "widgets/jobs/RemoteFilesDialog.h"

#include "jobs/JobsFilterModel.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace td {

JobsPane::JobsPane(ApiContext* api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_monitor(new JobMonitor(this))
    , m_filter(new JobsFilterModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_compareLoss(new QPushButton(tr("Co&mpare Loss"), this))
    , m_page(new JobPage(this))
    , m_banner(new QLabel(this))
    , m_connect(new QPushButton(tr("Connections…"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_new(new QPushButton(tr("&New Fine-Tune…"), this))
    , m_files(new QPushButton(tr("Fi&les…"), this))
    , m_body(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
{
    m_files->setObjectName(QStringLiteral("remoteFilesButton"));
    m_filter->setSourceModel(m_monitor->model());
    m_table->setModel(m_filter);
    setUpRecordTable(m_table, QStringLiteral("jobsTable"), tr("Fine-tuning jobs"));
    // Several jobs can be selected, to compare their loss; the current one is the page's.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_search->setObjectName(QStringLiteral("jobSearch"));
    m_search->setAccessibleName(tr("Search jobs"));
    m_search->setPlaceholderText(tr("Search id, model, suffix…"));
    enableClearButton(m_search);
    m_search->setToolTip(tr("Every word must appear in the job's id, base model, suffix or output name"));
    m_status->setObjectName(QStringLiteral("jobStatusFilter"));
    m_status->setAccessibleName(tr("Show jobs"));
    for (const JobsFilterModel::Group g : JobsFilterModel::groups())
        m_status->addItem(JobsFilterModel::groupLabel(g), int(g));
    m_compareLoss->setObjectName(QStringLiteral("compareLoss"));
    m_compareLoss->setToolTip(tr("Overlay the train loss of the selected jobs (select several with Ctrl or Shift)"));
    m_compareLoss->setEnabled(false);
    // Wide enough for the headers before any job is listed (German ones are long).
    m_table->resizeColumnsToContents();
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_banner->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addWidget(m_connect);
    top->addWidget(m_refresh);
    top->addWidget(m_files);
    top->addWidget(m_new);
    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addStretch();
    listButtons->addWidget(m_compareLoss);
    listLayout->addLayout(listButtons);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("jobsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_page);
    // The list keeps two fifths of any width, so it grows with the window and shows its columns.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});
    m_empty->setObjectName(QStringLiteral("jobsEmptyState"));
    m_emptyNew = m_empty->addButton(tr("Launch Your First Fine-&Tune…"));
    m_emptyDemo = m_empty->addButton(tr("Try the &Demo Connection"));
    m_emptyDemo->setToolTip(tr("A local server that behaves like Together: no account, nothing leaves this machine"));
    auto* emptyConnect = m_empty->addButton(tr("&Connect to Together…"));
    connect(m_emptyNew, &QPushButton::clicked, this, &JobsPane::newJobRequested);
    connect(m_emptyDemo, &QPushButton::clicked, m_api->demo(), &DemoConnection::start);
    connect(emptyConnect, &QPushButton::clicked, this, &JobsPane::connectionsRequested);
    connect(m_api->demo(), &DemoConnection::stateChanged, this, [this](DemoConnection::State s) {
        if (s == DemoConnection::State::Failed && !m_monitor->isConnected())
            showEmptyState(tr("The demo connection could not start"), m_api->demo()->errorString());
    });
    m_body->addWidget(splitter);
    m_body->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_monitor->isConnected())
            m_monitor->refresh();
        else
            reconnect();
    });
    connect(m_connect, &QPushButton::clicked, this, &JobsPane::connectionsRequested);
    connect(m_new, &QPushButton::clicked, this, &JobsPane::newJobRequested);
    connect(m_files, &QPushButton::clicked, this, [this] {
        if (!m_monitor->client()) {
            emit connectionsRequested();
            return;
        }
        RemoteFilesDialog dialog(*m_monitor->client(), this);
        dialog.setObjectName(QStringLiteral("remoteFilesDialog"));
        connect(&dialog, &RemoteFilesDialog::lineRequested, this, [this, &dialog](const QString& path, qint64 line) {
            dialog.accept();
            emit datasetLineRequested(path, line);
        });
        dialog.exec();
    });
    connect(m_page, &JobPage::cloneRequested, this, [this](const QString& id) {
        if (const FineTuneJob* job = m_monitor->model()->job(id)) {
            // The job's own settings, for a new run: its files stay, its output does not.
            FineTuneRequest r =
                FineTuneRequest::fromJson(nlohmann::json::parse(job->raw.begin(), job->raw.end(), nullptr, false));
            newJob(QString(), &r);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        m_monitor->watch(i.isValid() ? i.data(JobsModel::JobIdRole).toString() : QString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_compareLoss->setEnabled(m_monitor->isConnected() && selectedJobIds().size() >= 2); });
    connect(m_compareLoss, &QPushButton::clicked, this, &JobsPane::compareLoss);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearch(text);
        updateBanner();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setGroup(JobsFilterModel::Group(m_status->currentData().toInt()));
        updateBanner();
    });
    connect(m_monitor, &JobMonitor::listUpdated, this, [this] {
        updateBanner();
        if (m_monitor->model()->rowCount() == 0) {
            showEmptyState(tr("No fine-tuning jobs on %1 yet").arg(activeName()),
                           tr("Open a dataset in the Dataset pane (Ctrl+1), then choose New Fine-Tune… to launch "
                              "one. Its progress, events and loss curve appear here as it runs."));
            m_emptyNew->show();
        } else {
            m_body->setCurrentIndex(0);
        }
        if (!m_pendingSelection.isEmpty() && m_monitor->model()->rowOf(m_pendingSelection) >= 0) {
            selectJob(m_pendingSelection);
            m_pendingSelection.clear();
        } else if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0) {
            m_table->selectRow(0);
        }
        m_table->resizeColumnsToContents();
        // Output names are long ("account/base-model-suffix-hash"): keep the ends visible.
        if (m_table->columnWidth(JobsModel::Output) > 260)
            m_table->setColumnWidth(JobsModel::Output, 260);
    });
    connect(m_monitor, &JobMonitor::watchedUpdated, this, &JobsPane::showSelected);
    connect(m_monitor, &JobMonitor::failed, this, [this](const ApiError& e) {
        m_banner->setText(tr("Could not refresh: %1 (trying again)").arg(e.explanation()));
    });
    connect(m_monitor, &JobMonitor::jobFinished, this, [this](const FineTuneJob& j) {
        const QString name = j.outputName.isEmpty() ? j.id : j.outputName;
        emit jobFinished(tr("Fine-tune %1").arg(JobsModel::statusLabel(j).toLower()), name);
    });
    connect(m_page, &JobPage::cancelRequested, this, &JobsPane::cancelJob);
    connect(m_page, &JobPage::playgroundRequested, this, &JobsPane::playgroundRequested);
    connect(m_page, &JobPage::evaluateRequested, this, &JobsPane::evaluateRequested);
    connect(m_page, &JobPage::deployRequested, this, &JobsPane::deployRequested);
    connect(m_page, &JobPage::downloadRequested, this, &JobsPane::download);
    connect(m_page, &JobPage::tokenizedDownloadRequested, this, &JobsPane::downloadTokenized);
    connect(m_page, &JobPage::stopTransferRequested, this, [this] {
        if (m_tokenized)
            m_tokenized->cancel();
        if (m_download)
            m_download->cancel();
    });
    connect(m_api->profiles(), &ConnectionProfiles::changed, this, &JobsPane::reconnect);
    connect(m_api->profiles(), &ConnectionProfiles::activeChanged, this, &JobsPane::reconnect);
    reconnect();
}

QString JobsPane::activeName() const
{
    const auto p = m_api->profiles()->profile(m_api->profiles()->activeId());
    return p ? p->name : m_api->profiles()->activeId();
}

void JobsPane::showEmptyState(const QString& title, const QString& body)
{
    m_empty->setText(title, body);
    m_emptyNew->hide();
    m_emptyDemo->hide();
    m_body->setCurrentIndex(1);
}

QString JobsPane::emptyStateText() const
{
    return m_body->currentIndex() == 1 ? m_empty->text() : QString();
}

JobsPane::~JobsPane() = default; // a download underway waits for its unpacking as it goes

void JobsPane::updateBanner()
{
    if (!m_monitor->isConnected())
        return; // the banner says how to connect
    const int all = m_monitor->model()->rowCount();
    const int shown = m_filter->rowCount();
    // The banner names the connection: with the demo and Together a click apart, whose jobs these are matters.
    if (shown == all)
        m_banner->setText(tr("%1: %n job(s)", nullptr, all).arg(activeName()));
    else
        m_banner->setText(tr("%1: %2 of %3 jobs shown").arg(activeName()).arg(shown).arg(all));
}

LossCompareDialog* JobsPane::lossCompareDialog() const
{
    return m_lossCompare;
}

QStringList JobsPane::selectedJobIds() const
{
    QStringList ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids << i.data(JobsModel::JobIdRole).toString();
    return ids;
}

void JobsPane::compareLoss()
{
    if (!m_monitor->client())
        return;
    QList<QPair<QString, QString>> jobs;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& i : rows) {
        const QString id = i.data(JobsModel::JobIdRole).toString();
        const FineTuneJob* job = m_monitor->model()->job(id);
        jobs.append({id, job && !job->outputName.isEmpty() ? job->outputName : id});
    }
    if (m_lossCompare)
        m_lossCompare->close();
    m_lossCompare = new LossCompareDialog(*m_monitor->client(), jobs, this);
    m_lossCompare->setAttribute(Qt::WA_DeleteOnClose);
    m_lossCompare->show();
}

QString JobsPane::banner() const
{
    return m_banner->text();
}

void JobsPane::reconnect()
{
    const QString id = m_api->profiles()->activeId();
    m_banner->setText(tr("Connecting to %1…").arg(activeName()));
    m_serving.clear(); // another connection may answer otherwise
    m_servingJob.clear();
    // Another account's jobs are not this one's (and its polls stop now).
    m_monitor->setClient(std::nullopt);
    m_catalog = ModelCatalog::bundled();
    m_monitor->watch(QString());
    m_monitor->model()->setJobs({});
    showEmptyState(tr("Connecting to %1…").arg(activeName()), QString());
    m_api->profiles()->resolve(id, this, [this, id](const Result<Connection>& c, const QString& notice) {
        if (id != m_api->profiles()->activeId())
            return; // another choice since
        if (!c) {
            m_monitor->setClient(std::nullopt);
            m_banner->setText(tr("Not connected: %1").arg(c.error().message));
            showEmptyState(tr("Not connected to %1").arg(activeName()),
                           tr("%1\n\nConnect with your Together API key, or try the demo connection: a local "
                              "server that behaves like Together, so you can launch and watch a fine-tune "
                              "without an account.")
                               .arg(c.error().message));
            m_emptyDemo->show();
            m_connect->show();
            return;
        }
        m_connect->setVisible(false);
        m_banner->setText(notice.isEmpty() ? tr("Loading jobs from %1…").arg(activeName()) : notice);
        m_monitor->setClient(TogetherClient(m_api->transport(), *c));
        refreshCatalog();
    });
}

void JobsPane::newJob(const QString& datasetPath, const FineTuneRequest* base)
{
    NewJobDialog dialog(m_monitor->client(), m_catalog, this);
    dialog.setObjectName(QStringLiteral("newJobDialog"));
    dialog.setSecretStore(m_api->secrets());
    if (base)
        dialog.form()->setRequest(*base);
    else
        dialog.form()->setRequest([] {
            FineTuneRequest r;
            r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
            return r;
        }());
    dialog.setTokenizerDir(m_tokenizerDir);
    if (!datasetPath.isEmpty())
        dialog.setDatasetPath(datasetPath);
    connect(&dialog, &NewJobDialog::lineRequested, this, [this, &dialog](const QString& path, qint64 line) {
        dialog.reject();
        emit datasetLineRequested(path, line);
    });
    connect(&dialog, &NewJobDialog::jobLaunched, this, [this](const FineTuneJob& job) {
        m_monitor->refresh();
        m_pendingSelection = job.id;
    });
    dialog.exec();
}

void JobsPane::refreshCatalog()
{
    // Prices from the model list and the fine-tunable models: the live answers win.
    TogetherClient client = *m_monitor->client();
    client.listModels(this, [this](const ApiResult<QList<ModelInfo>>& r) {
        if (const auto* models = std::get_if<QList<ModelInfo>>(&r))
            m_catalog.setLiveModels(*models);
    });
    client.fineTunableModels(this, [this](const ApiResult<QStringList>& r) {
        if (const auto* models = std::get_if<QStringList>(&r))
            m_catalog.setLiveFineTunable(*models);
    });
}

void JobsPane::selectJob(const QString& id)
{
    const int row = m_monitor->model()->rowOf(id);
    if (row < 0)
        return;
    QModelIndex shown = m_filter->mapFromSource(m_monitor->model()->index(row, 0));
    if (!shown.isValid()) { // hidden by the search or the filter: show every job again
        m_search->clear();
        m_status->setCurrentIndex(0);
        shown = m_filter->mapFromSource(m_monitor->model()->index(row, 0));
    }
    if (shown.isValid())
        m_table->selectRow(shown.row());
}

void JobsPane::showSelected()
{
    const FineTuneJob* job = m_monitor->watchedJob();
    if (!job && !m_monitor->watchedId().isEmpty())
        job = m_monitor->model()->job(m_monitor->watchedId());
    m_page->setJob(job);
    // Without a metrics endpoint, the losses the events report.
    m_page->setMetrics(m_monitor->metrics().isEmpty() && job ? metricsFromEvents(job->events) : m_monitor->metrics());
    m_page->setCheckpoints(m_monitor->checkpoints());
    showServing(job);
    // A download's words belong to its job's page, not to the next job looked at.
    if (m_transfer.jobId == m_monitor->watchedId())
        m_page->showTransfer(m_transfer.text, m_transfer.done, m_transfer.total);
    else
        m_page->showTransfer({});
}

void JobsPane::showTransfer(const QString& jobId, const QString& text, qint64 done, qint64 total)
{
    m_transfer = {jobId, text, done, total};
    if (m_monitor->watchedId() == jobId)
        m_page->showTransfer(text, done, total);
}

void JobsPane::showServing(const FineTuneJob* job)
{
    if (!job || job->status != JobStatus::Completed) {
        m_page->setServing({});
        return;
    }
    if (const auto it = m_serving.constFind(job->id); it != m_serving.constEnd()) {
        m_page->setServing(it->text());
        return;
    }
    if (!m_monitor->client()) { // the bundled catalog's answer, which says it was not checked
        m_page->setServing(ServingVerdict::decide(ServingCheck::offlineForJob(*job, m_catalog)).text());
        return;
    }
    m_page->setServing(tr("Serving the result: asking Together (a 1-token chat to %1 and its models for dedicated "
                          "inference)…")
                           .arg(job->outputName));
    if (m_servingJob == job->id)
        return; // being asked
    if (m_servingCheck)
        m_servingCheck->deleteLater();
    m_servingJob = job->id;
    m_servingCheck = new ServingCheck(*m_monitor->client(), this);
    connect(m_servingCheck, &ServingCheck::decided, this, [this, id = job->id](const ServingVerdict& v) {
        m_serving.insert(id, v);
        m_servingJob.clear();
        if (m_monitor->watchedId() == id)
            m_page->setServing(v.text());
    });
    m_servingCheck->checkJob(*job, m_catalog);
}

void JobsPane::cancelJob(const QString& id)
{
    if (!m_monitor->client())
        return;
    if (Dialogs::question(this, tr("Cancel Fine-Tune"),
                          tr("Cancel %1? The tokens already processed are billed; this cannot be undone.").arg(id),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    TogetherClient client = *m_monitor->client();
    client.cancelFineTune(id, this, [this](const ApiResult<FineTuneJob>& r) {
        if (const auto* e = std::get_if<ApiError>(&r)) {
            Dialogs::warning(this, tr("Cancel Fine-Tune"), e->explanation());
            return;
        }
        m_monitor->refresh();
    });
}

void JobsPane::download(const QString& id, qint64 step, bool adapter)
{
    const FineTuneJob* job = m_monitor->model()->job(id);
    if (!job || !m_monitor->client() || (m_download && m_download->isRunning()))
        return;
    const QString folder = Dialogs::existingDirectory(
        this, tr("Download Into"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (folder.isEmpty())
        return;
    // The model's download (ModelDownload), as for tunedesk-cli jobs download.
    delete m_download;
    m_download = new ModelDownload(*m_monitor->client(), this);
    connect(m_download, &ModelDownload::progress, this, [this, id](const QString& name, qint64 done, qint64 total) {
        showTransfer(id,
                     tr("Downloading %1: %2 of %3")
                         .arg(name, QLocale().formattedDataSize(done),
                              total > 0 ? QLocale().formattedDataSize(total) : tr("unknown size")),
                     done, total);
    });
    connect(m_download, &ModelDownload::resuming, this, [this, id](const QString& reason) {
        showTransfer(id, tr("The connection dropped (%1); resuming…").arg(reason), 0, -1);
    });
    connect(m_download, &ModelDownload::unpacking, this, [this, id](const QString& archive) {
        showTransfer(id, tr("Unpacking %1…").arg(QFileInfo(archive).fileName()), 0, -1);
    });
    connect(m_download, &ModelDownload::unpacked, this, [this, id](const QString& into, const QStringList& files) {
        // A link the user can follow to see the files.
        const QString link =
            QStringLiteral("<a href=\"%1\">%2</a>").arg(QUrl::fromLocalFile(into).toString(), into.toHtmlEscaped());
        showTransfer(id, tr("Unpacked %n file(s) into %1", nullptr, int(files.size())).arg(link));
    });
    connect(m_download, &ModelDownload::failed, this, [this, id](const QString& message, bool cancelled) {
        showTransfer(id, cancelled ? tr("Download stopped; starting it again resumes where it stopped.")
                                   : tr("Download failed: %1").arg(message));
    });
    if (const auto name = ModelDownload::fileNameFor(*job, step, adapter))
        showTransfer(id, tr("Downloading %1…").arg(*name), 0, -1);
    m_download->start(*job, step, adapter, folder, true);
}

void JobsPane::downloadTokenized(const QString& id)
{
    if (id.isEmpty() || !m_monitor->client() || (m_download && m_download->isRunning()) ||
        (m_tokenized && m_tokenized->isRunning()))
        return;
    const QString folder = Dialogs::existingDirectory(
        this, tr("Download Into"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (folder.isEmpty())
        return;
    // As tunedesk-cli jobs download-tokenized does (TokenizedDownload): no API key to the storage.
    delete m_tokenized;
    m_tokenized = new TokenizedDownload(*m_monitor->client(), this);
    connect(m_tokenized, &TokenizedDownload::progress, this,
            [this, id](const QString& name, qint64 done, qint64 total) {
                showTransfer(id,
                             tr("Downloading %1: %2 of %3")
                                 .arg(name, QLocale().formattedDataSize(done),
                                      total > 0 ? QLocale().formattedDataSize(total) : tr("unknown size")),
                             done, total);
            });
    connect(m_tokenized, &TokenizedDownload::resuming, this, [this, id](const QString& reason) {
        showTransfer(id, tr("The connection dropped (%1); resuming…").arg(reason), 0, -1);
    });
    connect(m_tokenized, &TokenizedDownload::downloaded, this, [this, id](const QString& path) {
        const QString link =
            QStringLiteral("<a href=\"%1\">%2</a>").arg(QUrl::fromLocalFile(path).toString(), path.toHtmlEscaped());
        showTransfer(id, tr("Downloaded the tokenized dataset to %1").arg(link));
    });
    connect(m_tokenized, &TokenizedDownload::failed, this, [this, id](const QString& message, bool cancelled) {
        showTransfer(id, cancelled ? tr("Download stopped; starting it again resumes where it stopped.")
                                   : tr("Download failed: %1").arg(message));
    });
    showTransfer(id, tr("Asking Together for the tokenized dataset…"), 0, -1);
    m_tokenized->start(id, folder);
}

} // namespace td
