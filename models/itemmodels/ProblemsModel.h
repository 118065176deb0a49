#pragma once

#include "validate/LintProblem.h"

#include <QAbstractItemModel>

#include <vector>

namespace td {

// Lint problems as a two-level tree: one group per code (with its count and severity),
// the problems of that code under it.
class ProblemsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)

public:
    enum Column { ProblemColumn, RowColumn, WhereColumn, ColumnCount };
    enum Role { ProblemIndexRole = Qt::UserRole + 1, CodeRole, IsGroupRole, SeverityRole, HasFixRole };

    explicit ProblemsModel(QObject* parent = nullptr);

    void setProblems(std::vector<LintProblem> problems);
    const std::vector<LintProblem>& problems() const { return m_problems; }
    // The problem behind an index (nullptr for a group).
    const LintProblem* problemAt(const QModelIndex& index) const;
    // Every problem of the group `index` belongs to.
    std::vector<LintProblem> groupProblems(const QModelIndex& index) const;
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        std::string code;
        Severity severity = Severity::Info;
        std::vector<std::size_t> members; // indices into m_problems
    };
    std::vector<LintProblem> m_problems;
    std::vector<Group> m_groups;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace td
