#include "widgets/jobs/JobPage.h"
#include "core/Money.h"

#include "jobs/EarlyStopSummary.h"
#include "jobs/JobProgress.h"
#include "jobs/JobsModel.h"
#include "widgets/common/Themed.h"
#include "widgets/jobs/ElidedLabel.h"
#include "widgets/jobs/LossChart.h"
#include "widgets/jobs/MetricChart.h"

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
    , m_title(new ElidedLabel(this))
    , m_idLabel(new ElidedLabel(this))
    , m_details(new QLabel(this))
    , m_timeline(new QLabel(this))
    , m_monitoring(new QLabel(this))
    , m_earlyStop(new QLabel(this))
    , m_serving(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel Job…"), this))
    , m_download(new QPushButton(tr("&Download Model…"), this))
    , m_clone(new QPushButton(tr("C&lone Settings…"), this))
    , m_playground(new QPushButton(tr("Open in &Playground"), this))
    , m_evaluate(new QPushButton(tr("E&valuate against Its Base…"), this))
    , m_deployV2(new QPushButton(tr("D&eploy…"), this))
    , m_tabs(new QTabWidget(this))
    , m_events(new QPlainTextEdit(this))
    , m_chart(new LossChart(this))
    , m_gradNorm(new MetricChart(QStringLiteral("train/grad_norm"), tr("Gradient norm"), this))
    , m_learningRate(new MetricChart(QStringLiteral("train/learning_rate"), tr("Learning rate"), this))
    , m_downloadTokenized(new QPushButton(tr("Download &Tokenized Dataset…"), this))
    , m_checkpoints(new QTreeWidget(this))
    , m_downloadCheckpoint(new QPushButton(tr("Download C&heckpoint…"), this))
    , m_transfer(new QLabel(this))
    , m_transferBar(new QProgressBar(this))
    , m_stopTransfer(new QPushButton(tr("Stop"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long output names lose their middle instead of wrapping mid-name or squeezing the jobs list.
    m_title->setObjectName(QStringLiteral("jobTitle"));
    m_idLabel->setObjectName(QStringLiteral("jobId"));
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idLabel->setForegroundRole(QPalette::PlaceholderText);
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_serving->setObjectName(QStringLiteral("servingVerdict"));
    m_serving->setWordWrap(true);
    m_serving->setTextFormat(Qt::PlainText);
    m_serving->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serving->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_serving->hide();
    m_progress->setFormat(tr("%v / %m steps"));
    m_events->setReadOnly(true);
    m_events->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_events->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_events->setObjectName(QStringLiteral("jobEventLog"));
    m_checkpoints->setHeaderLabels(
        {tr("Checkpoint"), tr("Kind"), tr("Step"), tr("Train loss"), tr("Eval loss"), tr("Saved")});
    m_checkpoints->setRootIsDecorated(false);
    m_checkpoints->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* checkpointsPage = new QWidget(this);
    auto* cpLayout = new QVBoxLayout(checkpointsPage);
    cpLayout->addWidget(m_checkpoints, 1);
    auto* cpButtons = new QHBoxLayout;
    cpButtons->addWidget(m_downloadTokenized);
    cpButtons->addStretch();
    cpButtons->addWidget(m_downloadCheckpoint);
    cpLayout->addLayout(cpButtons);
    m_tabs->addTab(m_chart, tr("Loss"));
    m_tabs->addTab(m_gradNorm, tr("Gradient Norm"));
    m_tabs->addTab(m_learningRate, tr("Learning Rate"));
    m_tabs->addTab(m_events, tr("Events"));
    m_tabs->addTab(checkpointsPage, tr("Checkpoints"));

    // The name, id and facts take the page's whole width (beside six buttons they were squeezed
    // into a column a word wide); the actions follow on their own row.
    auto* header = new QVBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_idLabel);
    header->addWidget(m_details);
    auto* actions = new QHBoxLayout;
    for (QWidget* button :
         std::initializer_list<QWidget*>{m_download, m_playground, m_evaluate, m_deployV2, m_clone, m_cancel})
        actions->addWidget(button);
    actions->addStretch(1);
    header->addLayout(actions);
    auto* transfer = new QHBoxLayout;
    transfer->addWidget(m_transfer, 1);
    transfer->addWidget(m_transferBar);
    transfer->addWidget(m_stopTransfer);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_timeline);
    layout->addWidget(m_monitoring);
    layout->addWidget(m_earlyStop);
    layout->addWidget(m_serving);
    layout->addWidget(m_progress);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(transfer);
    m_transferBar->setMaximumWidth(220);
    m_transfer->setOpenExternalLinks(true);
    m_transfer->setTextInteractionFlags(Qt::TextBrowserInteraction);
    showTransfer({});
    m_monitoring->setObjectName(QStringLiteral("jobMonitoring"));
    m_monitoring->setTextFormat(Qt::PlainText);
    m_monitoring->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_monitoring->setWordWrap(true);
    m_monitoring->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_monitoring->setToolTip(tr("Measured from the times the server logged the steps at; \"—\" when it has not "
                                "told enough yet"));
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &JobPage::updateMonitoring);
    m_earlyStop->setObjectName(QStringLiteral("earlyStopSummary"));
    m_earlyStop->setWordWrap(true);
    m_earlyStop->setTextFormat(Qt::PlainText);
    m_earlyStop->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_earlyStop->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // Light or dark: the coloured details, timeline and event log are drawn again.
    themed::onChange(this, [this] {
        if (m_jobId.isEmpty() || m_lastJob.id != m_jobId)
            return;
        m_events->clear();
        m_eventsShown = 0;
        setJob(&m_lastJob);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(m_jobId); });
    connect(m_clone, &QPushButton::clicked, this, [this] { emit cloneRequested(m_jobId); });
    connect(m_playground, &QPushButton::clicked, this, [this] { emit playgroundRequested(m_outputName); });
    m_evaluate->setObjectName(QStringLiteral("evaluateJobButton"));
    m_evaluate->setToolTip(
        tr("Run held-out rows of the open dataset through the fine-tune and its base, side by side"));
    connect(m_evaluate, &QPushButton::clicked, this, [this] { emit evaluateRequested(m_baseModel, m_outputName); });
    m_deployV2->setObjectName(QStringLiteral("deployV2"));
    m_clone->setObjectName(QStringLiteral("cloneSettings"));
    // Since 2026 a fine-tune is served on a dedicated endpoint (v2), deployed by its registry id;
    // v1 endpoints can no longer be created.
    m_deployV2->setToolTip(tr("Deploy this fine-tune on a dedicated endpoint, priced per hour before anything starts"));
    connect(m_deployV2, &QPushButton::clicked, this, [this] { emit deployRequested(m_jobId); });
    connect(m_stopTransfer, &QPushButton::clicked, this, &JobPage::stopTransferRequested);
    m_downloadTokenized->setToolTip(tr("Download the training data as Together tokenized it (input ids and labels)"));
    connect(m_downloadTokenized, &QPushButton::clicked, this, [this] { emit tokenizedDownloadRequested(m_jobId); });
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

void JobPage::setServing(const QString& text)
{
    m_serving->setText(text);
    m_serving->setVisible(!text.isEmpty());
}

QString JobPage::servingText() const
{
    return m_serving->text();
}

void JobPage::setJob(const FineTuneJob* job)
{
    if (job && job != &m_lastJob)
        m_lastJob = *job;
    const QString id = job ? job->id : QString();
    if (id != m_jobId) {
        m_events->clear();
        m_eventsShown = 0;
        m_checkpoints->clear();
        m_metrics.clear();
        m_checkpointData.clear();
        m_chart->setMetrics({});
        m_chart->setCheckpoints({});
        m_gradNorm->setMetrics({});
        m_learningRate->setMetrics({});
    }
    m_jobId = id;
    setEnabled(job != nullptr);
    if (job)
        m_job = *job;
    else
        m_job.reset();
    updateMonitoring();
    if (!job) {
        m_title->setFullText(tr("No job selected"));
        m_idLabel->setFullText({});
        m_details->clear();
        m_timeline->clear();
        m_earlyStop->clear();
        m_earlyStop->hide();
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        updateButtons();
        return;
    }
    m_lora = job->isLora();
    m_status = job->status;
    m_outputName = job->outputName;
    m_baseModel = job->model;
    m_title->setFullText(job->outputName.isEmpty() ? job->id : job->outputName);
    m_idLabel->setFullText(job->id);
    QStringList details;
    details << QStringLiteral("<b>%1</b>").arg(JobsModel::statusLabel(*job).toHtmlEscaped());
    details << tr("%1 from %2").arg(job->isLora() ? tr("LoRA") : tr("Full fine-tune"), job->model.toHtmlEscaped());
    // A fact is not split across lines ("created 1 Dec 2026 / 07:02"): its spaces do not break.
    const auto whole = [](QString text) { return text.replace(QLatin1Char(' '), QChar(0x00A0)); };
    details << whole(tr("%n epoch(s)", nullptr, job->nEpochs));
    if (job->tokenCount > 0)
        details << whole(tr("%1 tokens").arg(QLocale().toString(job->tokenCount)));
    if (job->totalPriceNanodollars > 0)
        details << formatDollars(job->totalPriceDollars());
    details << whole(tr("created %1").arg(QLocale().toString(job->createdAt.toLocalTime(), QLocale::ShortFormat)));
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
            steps
                << QStringLiteral("<span style='color:%1'>✓ %2</span>").arg(Theme::css(Theme::Role::SuccessText), name);
        else if (i == current)
            steps << QStringLiteral("<b>● %1</b>").arg(name);
        else if (current < int(std::size(stages)))
            steps << QStringLiteral("<span style='color:%1'>%2</span>").arg(Theme::css(Theme::Role::MutedText), name);
    }
    if (current == int(std::size(stages)))
        steps << QStringLiteral("<b style='color:%1'>✗ %2</b>")
                     .arg(Theme::css(Theme::Role::ErrorText), JobsModel::statusLabel(*job).toHtmlEscaped());
    m_timeline->setText(steps.join(QStringLiteral(" → ")));
    m_earlyStop->setText(EarlyStopSummary::text(*job));
    m_earlyStop->setVisible(!m_earlyStop->text().isEmpty());
    m_progress->setRange(0, int(std::max<qint64>(1, job->totalSteps)));
    m_progress->setValue(int(job->stepsCompleted));
    // The list answer has no events; keep what a detail answer brought.
    for (qsizetype i = m_eventsShown; i < job->events.size(); ++i) {
        const JobEvent& e = job->events[i];
        const QString color = e.isError()     ? Theme::css(Theme::Role::ErrorText)
                              : e.isWarning() ? Theme::css(Theme::Role::WarningText)
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
    m_metrics = metrics;
    m_chart->setMetrics(metrics);
    m_gradNorm->setMetrics(metrics);
    m_learningRate->setMetrics(metrics);
    updateMonitoring();
    if (!m_checkpointData.isEmpty())
        fillCheckpoints(); // their losses may be new
}

void JobPage::setCheckpoints(const QList<Checkpoint>& checkpoints)
{
    m_checkpointData = checkpoints;
    fillCheckpoints();
}

void JobPage::updateMonitoring()
{
    if (!m_job) {
        m_clock.stop();
        m_monitoring->clear();
        m_monitoring->hide();
        return;
    }
    const JobProgress progress = JobProgress::measure(*m_job, m_metrics, QDateTime::currentDateTimeUtc());
    m_monitoring->setText(progress.text());
    m_monitoring->show();
    if (progress.ended)
        m_clock.stop();
    else if (!m_clock.isActive())
        m_clock.start();
}

QString JobPage::detailsText() const
{
    return m_details->text();
}

QString JobPage::monitoringText() const
{
    return m_monitoring->text();
}

void JobPage::fillCheckpoints()
{
    const QList<Checkpoint>& checkpoints = m_checkpointData;
    const QList<CheckpointLoss> losses = checkpointLosses(checkpoints, m_metrics);
    m_chart->setCheckpoints(losses);
    const QLocale locale;
    const QString selected = m_checkpoints->currentItem() ? m_checkpoints->currentItem()->text(0) : QString();
    m_checkpoints->clear();
    for (qsizetype i = 0; i < checkpoints.size(); ++i) {
        const Checkpoint& c = checkpoints[i];
        const CheckpointLoss& loss = losses[i];
        auto* item = new QTreeWidgetItem(m_checkpoints);
        // The SDK's naming: "job:step" for intermediate checkpoints, the job for final ones.
        item->setText(0, c.isIntermediate() ? QStringLiteral("%1:%2").arg(m_jobId).arg(c.step) : m_jobId);
        item->setText(1, c.type);
        item->setText(2, QString::number(c.step));
        // The train loss of the checkpoint's step, or of the last step logged before it (said so).
        if (loss.trainLoss)
            item->setText(
                3, loss.trainLossStep == c.step
                       ? locale.toString(*loss.trainLoss, 'f', 4)
                       : tr("%1 (step %2)").arg(locale.toString(*loss.trainLoss, 'f', 4)).arg(loss.trainLossStep));
        else
            item->setText(3, tr("—"));
        item->setText(4, loss.evalLoss ? locale.toString(*loss.evalLoss, 'f', 4) : tr("—"));
        item->setText(5, locale.toString(c.createdAt.toLocalTime(), QLocale::ShortFormat));
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

QString JobPage::earlyStopText() const
{
    return m_earlyStop->text();
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
    m_deployV2->setVisible(m_playground->isVisibleTo(this));
    m_evaluate->setVisible(m_playground->isVisibleTo(this) && !m_baseModel.isEmpty());
    m_downloadCheckpoint->setEnabled(m_checkpoints->currentItem() != nullptr);
    // Together tokenizes the data before the first step.
    m_downloadTokenized->setVisible(job && (m_status == JobStatus::Running || m_status == JobStatus::Compressing ||
                                            m_status == JobStatus::Uploading || m_status == JobStatus::Completed));
}

} // namespace td
