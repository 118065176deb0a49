#include "itemmodels/ProblemsModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <map>

namespace td {

namespace {
// Group rows carry this internal id; a problem row carries its group's index + 1.
constexpr quintptr kGroupId = 0;
} // namespace

ProblemsModel::ProblemsModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void ProblemsModel::setProblems(std::vector<LintProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    m_groups.clear();
    m_errors = m_warnings = 0;
    std::map<std::string, std::size_t> byCode;
    for (std::size_t i = 0; i < m_problems.size(); ++i) {
        const LintProblem& p = m_problems[i];
        auto [it, fresh] = byCode.emplace(p.code, m_groups.size());
        if (fresh)
            m_groups.push_back({p.code, p.severity, {}});
        Group& g = m_groups[it->second];
        g.members.push_back(i);
        g.severity = std::min(g.severity, p.severity); // Error < Warning < Info
        m_errors += p.severity == Severity::Error;
        m_warnings += p.severity == Severity::Warning;
    }
    // Errors first, then the biggest groups.
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group& a, const Group& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        return a.members.size() > b.members.size();
    });
    endResetModel();
}

const LintProblem* ProblemsModel::problemAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    const Group& g = m_groups[index.internalId() - 1];
    return &m_problems[g.members[std::size_t(index.row())]];
}

std::vector<LintProblem> ProblemsModel::groupProblems(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    const std::size_t gi = index.internalId() == kGroupId ? std::size_t(index.row()) : index.internalId() - 1;
    std::vector<LintProblem> out;
    for (std::size_t i : m_groups[gi].members)
        out.push_back(m_problems[i]);
    return out;
}

QModelIndex ProblemsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId)
        return {};
    const Group& g = m_groups[std::size_t(parent.row())];
    return row < int(g.members.size()) ? createIndex(row, column, quintptr(parent.row()) + 1) : QModelIndex();
}

QModelIndex ProblemsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int ProblemsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupId && parent.column() == 0)
        return int(m_groups[std::size_t(parent.row())].members.size());
    return 0;
}

int ProblemsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isGroup = index.internalId() == kGroupId;
    const Group& g = isGroup ? m_groups[std::size_t(index.row())] : m_groups[index.internalId() - 1];
    const LintProblem* p = isGroup ? nullptr : problemAt(index);
    const Severity severity = isGroup ? g.severity : p->severity;
    switch (role) {
    case IsGroupRole:
        return isGroup;
    case CodeRole:
        return QString::fromStdString(g.code);
    case SeverityRole:
        return int(severity);
    case ProblemIndexRole:
        return isGroup ? QVariant() : QVariant(qulonglong(g.members[std::size_t(index.row())]));
    case HasFixRole:
        return isGroup ? m_problems[g.members.front()].fix != FixKind::None : p->fix != FixKind::None;
    case Qt::ForegroundRole:
        if (index.column() == ProblemColumn)
            return severity == Severity::Error     ? QColor(0xc0, 0x1c, 0x28)
                   : severity == Severity::Warning ? QColor(0x9a, 0x67, 0x00)
                                                   : QColor(0x55, 0x55, 0x55);
        return {};
    case Qt::FontRole:
        if (isGroup) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (!isGroup && p->fix != FixKind::None)
            return tr("Quick fix: %1").arg(fixDescription(p->fix));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (isGroup) {
        if (index.column() == ProblemColumn)
            return tr("%1 — %2 (%3)")
                .arg(severityName(g.severity), QString::fromStdString(g.code),
                     QLocale().toString(qulonglong(g.members.size())));
        return {};
    }
    switch (index.column()) {
    case ProblemColumn:
        return p->message;
    case RowColumn:
        return QLocale().toString(qlonglong(p->row + 1));
    case WhereColumn:
        return QString::fromStdString(p->pointer);
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProblemColumn:
        return tr("Problem");
    case RowColumn:
        return tr("Row");
    case WhereColumn:
        return tr("Where");
    default:
        return {};
    }
}

} // namespace td
