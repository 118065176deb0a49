#pragma once

#include "curation/PiiRowScan.h"

#include "validate/LintProblemStore.h"

#include <QAbstractItemModel>

#include <optional>
#include <vector>

namespace td {

// What a quick fix needs of a problem: its row and the fix it offers.
struct FixTarget
{
    std::int64_t row = 0;
    FixKind fix = FixKind::None;
    // For RedactPersonalData: which kinds to replace in the row (a mask of piiBit()), so fixing
    // the e-mail findings leaves the row's other findings as they are.
    std::uint32_t personalData = kAllPiiKinds;
    // Or only this finding (a single problem's Fix): the row's other findings of its kind stay.
    std::optional<RowPiiFinding> onlyFinding;
};

// Lint problems as a two-level tree: one group per code (with its count and severity), the
// problems of that code under it. A big group lists its first problems and a last row saying
// how many more there are; listMore() (activating that row) lists the next ones. Messages
// are made when a row is shown, from the compact store.
class ProblemsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)

public:
    enum Column { ProblemColumn, RowColumn, WhereColumn, ColumnCount };
    enum Role {
        ProblemIndexRole = Qt::UserRole + 1,
        CodeRole,
        IsGroupRole,
        SeverityRole,
        HasFixRole,
        IsMoreRole, // the "… more" row of a folded group
        GroupSizeRole,
    };
    // Problems a group lists at first, and how many more each fetch adds.
    static constexpr std::size_t kFirstListed = 100;
    static constexpr std::size_t kFetchStep = 1000;

    explicit ProblemsModel(QObject* parent = nullptr);

    void setProblems(LintProblemStore problems);
    const LintProblemStore& problems() const { return m_problems; }
    // The problem behind an index (nothing for a group or a "more" row).
    std::optional<LintProblem> problemAt(const QModelIndex& index) const;
    // The fixes the problems of the group `index` belongs to offer (all of them, listed or not).
    std::vector<FixTarget> groupFixes(const QModelIndex& index) const;
    std::size_t groupSize(const QModelIndex& index) const;
    QString groupCode(const QModelIndex& index) const;
    std::int64_t errorCount() const { return m_errors; }
    std::int64_t warningCount() const { return m_warnings; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Lists the next kFetchStep problems of the group `index` belongs to (its "more" row).
    // Not QAbstractItemModel::fetchMore: a tree view fetches an expanded item's children
    // whenever it lays out, which would list a million problems a thousand at a time.
    void listMore(const QModelIndex& index);

private:
    struct Group
    {
        const char* code = "";
        Severity severity = Severity::Info;
        bool firstHasFix = false;
        std::size_t size = 0;            // problems of this code
        std::vector<std::size_t> listed; // store indices of the problems listed so far
        std::size_t scanFrom = 0;        // where the next listing looks on from
        bool moreRow = false;            // a last row says how many are not listed
    };
    std::size_t groupOf(const QModelIndex& index) const;
    bool isMoreRow(const QModelIndex& index) const;

    LintProblemStore m_problems;
    std::vector<Group> m_groups;
    std::int64_t m_errors = 0;
    std::int64_t m_warnings = 0;
};

} // namespace td
