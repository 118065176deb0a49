#pragma once

#include "api/wire/FineTuneJob.h"

#include <QAbstractTableModel>
#include <QList>

namespace td {

// The fine-tuning jobs of the account as a table: status, base model, output, created,
// progress and price. Updates merge by job id, so selections survive a refresh.
class JobsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Status, Output, Progress, Price, Created, Model, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, JobStatusRole, TerminalRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the list (newest first); returns the ids whose status changed.
    QStringList setJobs(const QList<FineTuneJob>& jobs);
    // One job's fresher state (from a detail poll).
    void updateJob(const FineTuneJob& job);
    const FineTuneJob* job(const QString& id) const;
    const FineTuneJob& jobAt(int row) const { return m_jobs.at(row); }
    int rowOf(const QString& id) const;
    bool anyRunning() const;

    static QString statusLabel(const FineTuneJob& job);

private:
    QList<FineTuneJob> m_jobs;
};

} // namespace td
