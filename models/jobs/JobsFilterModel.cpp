#include "jobs/JobsFilterModel.h"

#include "jobs/JobsModel.h"

namespace td {

JobsFilterModel::JobsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void JobsFilterModel::setSearch(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void JobsFilterModel::setGroup(Group group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateFilter();
}

QString JobsFilterModel::groupLabel(Group group)
{
    switch (group) {
    case Group::All:
        return tr("All jobs");
    case Group::Active:
        return tr("Active");
    case Group::Completed:
        return tr("Completed");
    case Group::Failed:
        return tr("Failed");
    case Group::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

bool JobsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* jobs = qobject_cast<const JobsModel*>(sourceModel());
    if (!jobs || sourceParent.isValid() || sourceRow >= jobs->rowCount())
        return false;
    const FineTuneJob& j = jobs->jobAt(sourceRow);
    switch (m_group) {
    case Group::All:
        break;
    case Group::Active:
        if (j.isTerminal())
            return false;
        break;
    case Group::Completed:
        if (j.status != JobStatus::Completed)
            return false;
        break;
    case Group::Failed:
        if (j.status != JobStatus::Error && j.status != JobStatus::UserError)
            return false;
        break;
    case Group::Cancelled:
        if (j.status != JobStatus::Cancelled && j.status != JobStatus::CancelRequested)
            return false;
        break;
    }
    for (const QString& w : m_words)
        if (!j.id.contains(w, Qt::CaseInsensitive) && !j.model.contains(w, Qt::CaseInsensitive) &&
            !j.suffix.contains(w, Qt::CaseInsensitive) && !j.outputName.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace td
