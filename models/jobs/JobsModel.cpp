#include "jobs/JobsModel.h"
#include "core/Money.h"

#include <QLocale>

#include <algorithm>

namespace td {

int JobsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobsModel::statusLabel(const FineTuneJob& job)
{
    switch (job.status) {
    case JobStatus::Pending:
        return tr("Pending");
    case JobStatus::Queued:
        return job.queueDepth > 0 ? tr("Queued (%1 ahead)").arg(job.queueDepth) : tr("Queued");
    case JobStatus::Running:
        return tr("Running");
    case JobStatus::Compressing:
        return tr("Compressing");
    case JobStatus::Uploading:
        return tr("Uploading");
    case JobStatus::CancelRequested:
        return tr("Cancelling");
    case JobStatus::Cancelled:
        return tr("Cancelled");
    case JobStatus::Error:
        return tr("Failed");
    case JobStatus::UserError:
        return tr("Failed (data or settings)");
    case JobStatus::Completed:
        return tr("Completed");
    case JobStatus::Unknown:
        break;
    }
    return job.statusText; // a status this version does not know: shown as sent
}

QVariant JobsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const FineTuneJob& j = m_jobs.at(index.row());
    switch (role) {
    case JobIdRole:
        return j.id;
    case JobStatusRole:
        return int(j.status);
    case TerminalRole:
        return j.isTerminal();
    case Qt::ToolTipRole:
        // The view elides long names in the middle; the tooltip has them whole.
        if (index.column() == Model)
            return j.model;
        return j.outputName.isEmpty() ? j.id : QStringLiteral("%1\n%2").arg(j.outputName, j.id);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Status:
            return statusLabel(j);
        case Model:
            return j.model;
        case Output:
            return j.outputName.isEmpty() ? j.suffix : j.outputName;
        case Created:
            return QLocale().toString(j.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Progress:
            if (j.totalSteps <= 0)
                return QString();
            return tr("%1 / %2 steps").arg(j.stepsCompleted).arg(j.totalSteps);
        case Price:
            return j.totalPriceNanodollars > 0 ? formatDollars(j.totalPriceDollars()) : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case Model:
        return tr("Base model");
    case Output:
        return tr("Fine-tuned model");
    case Created:
        return tr("Created");
    case Progress:
        return tr("Progress");
    case Price:
        return tr("Price");
    default:
        return {};
    }
}

QStringList JobsModel::setJobs(const QList<FineTuneJob>& incoming)
{
    QList<FineTuneJob> sorted = incoming;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const FineTuneJob& a, const FineTuneJob& b) { return a.createdAt > b.createdAt; });
    QStringList changed;
    for (const FineTuneJob& j : sorted)
        if (const FineTuneJob* old = job(j.id); old && old->status != j.status)
            changed << j.id;
    // Same ids in the same order: update in place, so views keep their selection.
    bool sameRows = sorted.size() == m_jobs.size();
    for (qsizetype i = 0; sameRows && i < sorted.size(); ++i)
        sameRows = sorted[i].id == m_jobs[i].id;
    if (sameRows) {
        m_jobs = sorted;
        if (!m_jobs.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_jobs = sorted;
        endResetModel();
    }
    return changed;
}

void JobsModel::updateJob(const FineTuneJob& j)
{
    const int row = rowOf(j.id);
    if (row < 0)
        return;
    m_jobs[row] = j;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const FineTuneJob* JobsModel::job(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_jobs.at(row);
}

int JobsModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_jobs.size(); ++i)
        if (m_jobs.at(i).id == id)
            return i;
    return -1;
}

bool JobsModel::anyRunning() const
{
    return std::any_of(m_jobs.begin(), m_jobs.end(), [](const FineTuneJob& j) { return !j.isTerminal(); });
}

} // namespace td
