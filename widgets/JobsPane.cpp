#include "widgets/JobsPane.h"

#include "api/ApiContext.h"
#include "jobs/EventMetrics.h"
#include "jobs/JobMonitor.h"
#include "jobs/ModelDownload.h"
#include "widgets/Dialogs.h"
#include "widgets/FineTuneForm.h"
#include "widgets/JobPage.h"
#include "widgets/NewJobDialog.h"
#include "widgets/RemoteFilesDialog.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace td {

JobsPane::JobsPane(ApiContext* api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_monitor(new JobMonitor(this))
    , m_table(new QTableView(this))
    , m_page(new JobPage(this))
    , m_banner(new QLabel(this))
    , m_connect(new QPushButton(tr("Connections…"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_new(new QPushButton(tr("&New Fine-Tune…"), this))
    , m_files(new QPushButton(tr("&Files…"), this))
{
    m_table->setModel(m_monitor->model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_banner->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addWidget(m_connect);
    top->addWidget(m_refresh);
    top->addWidget(m_files);
    top->addWidget(m_new);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 900});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

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
    connect(m_monitor, &JobMonitor::listUpdated, this, [this] {
        m_banner->setText(m_monitor->model()->rowCount() == 0
                              ? tr("No fine-tuning jobs yet.")
                              : tr("%n job(s)", nullptr, m_monitor->model()->rowCount()));
        if (!m_pendingSelection.isEmpty() && m_monitor->model()->rowOf(m_pendingSelection) >= 0) {
            selectJob(m_pendingSelection);
            m_pendingSelection.clear();
        } else if (!m_table->currentIndex().isValid() && m_monitor->model()->rowCount() > 0) {
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
    connect(m_page, &JobPage::endpointRequested, this, &JobsPane::endpointRequested);
    connect(m_page, &JobPage::downloadRequested, this, &JobsPane::download);
    connect(m_page, &JobPage::stopTransferRequested, this, [this] {
        if (m_download)
            m_download->cancel();
    });
    connect(m_api->profiles(), &ConnectionProfiles::changed, this, &JobsPane::reconnect);
    reconnect();
}

JobsPane::~JobsPane() = default; // a download underway waits for its unpacking as it goes

QString JobsPane::banner() const
{
    return m_banner->text();
}

void JobsPane::reconnect()
{
    m_banner->setText(tr("Connecting…"));
    m_api->profiles()->resolve(QStringLiteral("together"), this,
                               [this](const Result<Connection>& c, const QString& notice) {
                                   if (!c) {
                                       m_monitor->setClient(std::nullopt);
                                       m_banner->setText(tr("Not connected: %1").arg(c.error().message));
                                       m_connect->show();
                                       return;
                                   }
                                   m_connect->setVisible(false);
                                   m_banner->setText(notice.isEmpty() ? tr("Loading jobs…") : notice);
                                   m_monitor->setClient(TogetherClient(m_api->transport(), *c));
                                   refreshCatalog();
                               });
}

void JobsPane::newJob(const QString& datasetPath, const FineTuneRequest* base)
{
    NewJobDialog dialog(m_monitor->client(), m_catalog, this);
    dialog.setObjectName(QStringLiteral("newJobDialog"));
    if (base)
        dialog.form()->setRequest(*base);
    else
        dialog.form()->setRequest([] {
            FineTuneRequest r;
            r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
            return r;
        }());
    if (!datasetPath.isEmpty())
        dialog.setDatasetPath(datasetPath);
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
    if (row >= 0)
        m_table->selectRow(row);
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
    connect(m_download, &ModelDownload::progress, this, [this](const QString& name, qint64 done, qint64 total) {
        m_page->showTransfer(tr("Downloading %1: %2 of %3")
                                 .arg(name, QLocale().formattedDataSize(done),
                                      total > 0 ? QLocale().formattedDataSize(total) : tr("unknown size")),
                             done, total);
    });
    connect(m_download, &ModelDownload::resuming, this, [this](const QString& reason) {
        m_page->showTransfer(tr("The connection dropped (%1); resuming…").arg(reason), 0, -1);
    });
    connect(m_download, &ModelDownload::unpacking, this, [this](const QString& archive) {
        m_page->showTransfer(tr("Unpacking %1…").arg(QFileInfo(archive).fileName()), 0, -1);
    });
    connect(m_download, &ModelDownload::unpacked, this, [this](const QString& into, const QStringList& files) {
        // A link the user can follow to see the files.
        const QString link =
            QStringLiteral("<a href=\"%1\">%2</a>").arg(QUrl::fromLocalFile(into).toString(), into.toHtmlEscaped());
        m_page->showTransfer(tr("Unpacked %n file(s) into %1", nullptr, int(files.size())).arg(link));
    });
    connect(m_download, &ModelDownload::failed, this, [this](const QString& message, bool cancelled) {
        m_page->showTransfer(cancelled ? tr("Download stopped; starting it again resumes where it stopped.")
                                       : tr("Download failed: %1").arg(message));
    });
    if (const auto name = ModelDownload::fileNameFor(*job, step, adapter))
        m_page->showTransfer(tr("Downloading %1…").arg(*name), 0, -1);
    m_download->start(*job, step, adapter, folder, true);
}

} // namespace td
