#include "widgets/JobPage.h"

#include "jobs/JobsModel.h"
#include "widgets/LossChart.h"

#include <QFontDatabase>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace td {

JobPage::JobPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_timeline(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel Job…"), this))
    , m_download(new QPushButton(tr("&Download Model…"), this))
    , m_clone(new QPushButton(tr("C&lone Settings…"), this))
    , m_playground(new QPushButton(tr("Open in &Playground"), this))
    , m_deploy(new QPushButton(tr("Deploy on &Endpoint…"), this))
    , m_tabs(new QTabWidget(this))
    , m_events(new QPlainTextEdit(this))
    , m_chart(new LossChart(this))
    , m_checkpoints(new QTreeWidget(this))
    , m_downloadCheckpoint(new QPushButton(tr("Download &Checkpoint…"), this))
    , m_transfer(new QLabel(this))
    , m_transferBar(new QProgressBar(this))
    , m_stopTransfer(new QPushButton(tr("Stop"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long output names wrap instead of squeezing the jobs list beside the page.
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_progress->setFormat(tr("%v / %m steps"));
    m_events->setReadOnly(true);
    m_events->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_events->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_events->setObjectName(QStringLiteral("jobEventLog"));
    m_checkpoints->setHeaderLabels({tr("Checkpoint"), tr("Kind"), tr("Step"), tr("Saved")});
    m_checkpoints->setRootIsDecorated(false);
    m_checkpoints->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* checkpointsPage = new QWidget(this);
    auto* cpLayout = new QVBoxLayout(checkpointsPage);
    cpLayout->addWidget(m_checkpoints, 1);
    auto* cpButtons = new QHBoxLayout;
    cpButtons->addStretch();
    cpButtons->addWidget(m_downloadCheckpoint);
    cpLayout->addLayout(cpButtons);
    m_tabs->addTab(m_chart, tr("Loss"));
    m_tabs->addTab(m_events, tr("Events"));
    m_tabs->addTab(checkpointsPage, tr("Checkpoints"));

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_details);
    header->addLayout(titles, 1);
    header->addWidget(m_download, 0, Qt::AlignTop);
    header->addWidget(m_playground, 0, Qt::AlignTop);
    header->addWidget(m_deploy, 0, Qt::AlignTop);
    header->addWidget(m_clone, 0, Qt::AlignTop);
    header->addWidget(m_cancel, 0, Qt::AlignTop);
    auto* transfer = new QHBoxLayout;
    transfer->addWidget(m_transfer, 1);
    transfer->addWidget(m_transferBar);
    transfer->addWidget(m_stopTransfer);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_timeline);
    layout->addWidget(m_progress);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(transfer);
    m_transferBar->setMaximumWidth(220);
    m_transfer->setOpenExternalLinks(true);
    m_transfer->setTextInteractionFlags(Qt::TextBrowserInteraction);
    showTransfer({});

    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(m_jobId); });
    connect(m_clone, &QPushButton::clicked, this, [this] { emit cloneRequested(m_jobId); });
    connect(m_playground, &QPushButton::clicked, this, [this] { emit playgroundRequested(m_outputName); });
    m_deploy->setToolTip(tr("Create a dedicated endpoint for this model (a full fine-tune needs one to answer)"));
    connect(m_deploy, &QPushButton::clicked, this, [this] { emit endpointRequested(m_outputName); });
    connect(m_stopTransfer, &QPushButton::clicked, this, &JobPage::stopTransferRequested);
    // A LoRA job offers the merged model and the adapter.
    auto* kinds = new QMenu(this);
    kinds->addAction(tr("Merged Model"), this, [this] { emit downloadRequested(m_jobId, 0, false); });
    kinds->addAction(tr("LoRA Adapter"), this, [this] { emit downloadRequested(m_jobId, 0, true); });
    connect(m_download, &QPushButton::clicked, this, [this, kinds] {
        if (m_lora)
            kinds->popup(m_download->mapToGlobal(QPoint(0, m_download->height())));
        else
            emit downloadRequested(m_jobId, 0, false);
    });
    connect(m_checkpoints, &QTreeWidget::itemSelectionChanged, this, &JobPage::updateButtons);
    connect(m_downloadCheckpoint, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem* item = m_checkpoints->currentItem();
        if (!item)
            return;
        const qint64 step = item->data(0, Qt::UserRole).toLongLong();
        const bool adapter = item->data(1, Qt::UserRole).toBool();
        emit downloadRequested(m_jobId, step, adapter);
    });
    setJob(nullptr);
}

void JobPage::setJob(const FineTuneJob* job)
{
    const QString id = job ? job->id : QString();
    if (id != m_jobId) {
        m_events->clear();
        m_eventsShown = 0;
        m_checkpoints->clear();
        m_chart->setMetrics({});
    }
    m_jobId = id;
    setEnabled(job != nullptr);
    if (!job) {
        m_title->setText(tr("No job selected"));
        m_details->clear();
        m_timeline->clear();
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        updateButtons();
        return;
    }
    m_lora = job->isLora();
    m_status = job->status;
    m_outputName = job->outputName;
    m_title->setText(job->outputName.isEmpty() ? job->id : job->outputName);
    QStringList details;
    details << QStringLiteral("<b>%1</b>").arg(JobsModel::statusLabel(*job).toHtmlEscaped());
    details << tr("%1 from %2").arg(job->isLora() ? tr("LoRA") : tr("Full fine-tune"), job->model.toHtmlEscaped());
    details << tr("%n epoch(s)", nullptr, job->nEpochs);
    if (job->tokenCount > 0)
        details << tr("%1 tokens").arg(QLocale().toString(job->tokenCount));
    if (job->totalPriceNanodollars > 0)
        details << tr("$%1").arg(QLocale().toString(job->totalPriceDollars(), 'f', 2));
    details << tr("created %1").arg(QLocale().toString(job->createdAt.toLocalTime(), QLocale::ShortFormat));
    details << QStringLiteral("<span style='color:gray'>%1</span>").arg(job->id);
    m_details->setText(details.join(QStringLiteral(" · ")));
    // Where the job is on its way: the stages passed, the current one, the ones to come.
    static const JobStatus stages[] = {JobStatus::Pending,     JobStatus::Queued,    JobStatus::Running,
                                       JobStatus::Compressing, JobStatus::Uploading, JobStatus::Completed};
    const int current = int(std::find(std::begin(stages), std::end(stages), job->status) - std::begin(stages));
    QStringList steps;
    int passed = current;
    if (current == int(std::size(stages))) // ended otherwise: the stages it went through
        passed = job->stepsCompleted > 0 ? 3 : 2;
    for (int i = 0; i < int(std::size(stages)); ++i) {
        FineTuneJob stage;
        stage.status = stages[i];
        const QString name = JobsModel::statusLabel(stage).toHtmlEscaped();
        if (i < passed)
            steps << QStringLiteral("<span style='color:#2e7d32'>✓ %1</span>").arg(name);
        else if (i == current)
            steps << QStringLiteral("<b>● %1</b>").arg(name);
        else if (current < int(std::size(stages)))
            steps << QStringLiteral("<span style='color:gray'>%1</span>").arg(name);
    }
    if (current == int(std::size(stages)))
        steps << QStringLiteral("<b style='color:#c62828'>✗ %1</b>").arg(JobsModel::statusLabel(*job).toHtmlEscaped());
    m_timeline->setText(steps.join(QStringLiteral(" → ")));
    m_progress->setRange(0, int(std::max<qint64>(1, job->totalSteps)));
    m_progress->setValue(int(job->stepsCompleted));
    // The list answer has no events; keep what a detail answer brought.
    for (qsizetype i = m_eventsShown; i < job->events.size(); ++i) {
        const JobEvent& e = job->events[i];
        const QString color = e.isError()     ? QStringLiteral("#c62828")
                              : e.isWarning() ? QStringLiteral("#b26a00")
                                              : QString();
        const QString line = QStringLiteral("%1  %2  %3")
                                 .arg(e.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                      e.type.leftJustified(28), e.message)
                                 .toHtmlEscaped()
                                 .replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        m_events->appendHtml(color.isEmpty() ? line
                                             : QStringLiteral("<span style='color:%1'>%2</span>").arg(color, line));
    }
    m_eventsShown = std::max(m_eventsShown, job->events.size());
    updateButtons();
}

void JobPage::setMetrics(const QList<TrainingMetric>& metrics)
{
    m_chart->setMetrics(metrics);
}

void JobPage::setCheckpoints(const QList<Checkpoint>& checkpoints)
{
    const QString selected = m_checkpoints->currentItem() ? m_checkpoints->currentItem()->text(0) : QString();
    m_checkpoints->clear();
    for (const Checkpoint& c : checkpoints) {
        auto* item = new QTreeWidgetItem(m_checkpoints);
        // The SDK's naming: "job:step" for intermediate checkpoints, the job for final ones.
        item->setText(0, c.isIntermediate() ? QStringLiteral("%1:%2").arg(m_jobId).arg(c.step) : m_jobId);
        item->setText(1, c.type);
        item->setText(2, QString::number(c.step));
        item->setText(3, QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setData(0, Qt::UserRole, c.isIntermediate() ? c.step : 0);
        item->setData(1, Qt::UserRole, m_lora && (c.isAdapter() || c.isIntermediate()));
        if (item->text(0) == selected && !m_checkpoints->currentItem())
            m_checkpoints->setCurrentItem(item);
    }
    updateButtons();
}

void JobPage::showTransfer(const QString& text, qint64 done, qint64 total)
{
    const bool visible = !text.isEmpty();
    m_transfer->setText(text);
    m_transfer->setVisible(visible);
    const bool running = visible && done >= 0;
    m_transferBar->setVisible(running);
    m_stopTransfer->setVisible(running);
    if (running) {
        if (total > 0) {
            m_transferBar->setRange(0, 1000);
            m_transferBar->setValue(int(double(done) / double(total) * 1000));
        } else {
            m_transferBar->setRange(0, 0); // busy
        }
    }
}

QString JobPage::timelineText() const
{
    return m_timeline->text();
}

QString JobPage::transferText() const
{
    return m_transfer->text();
}

void JobPage::updateButtons()
{
    const bool job = !m_jobId.isEmpty();
    m_cancel->setVisible(job && !isTerminal(m_status) && m_status != JobStatus::CancelRequested);
    m_download->setVisible(job && m_status == JobStatus::Completed);
    m_clone->setVisible(job);
    m_playground->setVisible(job && m_status == JobStatus::Completed && !m_outputName.isEmpty());
    m_deploy->setVisible(m_playground->isVisibleTo(this));
    m_downloadCheckpoint->setEnabled(m_checkpoints->currentItem() != nullptr);
}

} // namespace td
