#include "itemmodels/ProblemsModel.h"

#include "itemmodels/Theme.h"

#include <QFont>
#include <QLocale>

#include <array>
#include <cstring>
#include <map>

namespace td {

namespace {
// Group rows carry this internal id; a problem row carries its group's index + 1.
constexpr quintptr kGroupId = 0;

// Which kinds share a group's code (several kinds, one per wording, can have one code).
std::array<bool, std::size_t(ProblemKind::Count)> kindsWithCode(const char* code)
{
    std::array<bool, std::size_t(ProblemKind::Count)> out{};
    for (std::size_t k = 0; k < out.size(); ++k)
        out[k] = std::strcmp(kindInfo(ProblemKind(k)).code, code) == 0;
    return out;
}
} // namespace

ProblemsModel::ProblemsModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void ProblemsModel::setProblems(LintProblemStore problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    m_groups.clear();
    m_errors = m_warnings = 0;
    std::array<int, std::size_t(ProblemKind::Count)> groupOfKind;
    groupOfKind.fill(-1);
    std::map<std::string_view, std::size_t> byCode;
    m_problems.forEach(0, [&](std::size_t i, std::int64_t, ProblemKind k) {
        int& g = groupOfKind[std::size_t(k)];
        const ProblemKindInfo& info = kindInfo(k);
        if (g < 0) {
            auto [it, fresh] = byCode.emplace(info.code, m_groups.size());
            if (fresh) {
                Group group;
                group.code = info.code;
                group.severity = info.severity;
                group.firstHasFix = info.fix != FixKind::None;
                m_groups.push_back(std::move(group));
            }
            g = int(it->second);
        }
        Group& group = m_groups[std::size_t(g)];
        if (group.listed.size() < kFirstListed) {
            group.listed.push_back(i);
            group.scanFrom = i + 1;
        }
        ++group.size;
        group.severity = std::min(group.severity, info.severity); // Error < Warning < Info
        m_errors += info.severity == Severity::Error;
        m_warnings += info.severity == Severity::Warning;
        return true;
    });
    for (Group& g : m_groups)
        g.moreRow = g.listed.size() < g.size;
    // Errors first, then the biggest groups.
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group& a, const Group& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        return a.size > b.size;
    });
    endResetModel();
}

std::size_t ProblemsModel::groupOf(const QModelIndex& index) const
{
    return index.internalId() == kGroupId ? std::size_t(index.row()) : std::size_t(index.internalId() - 1);
}

bool ProblemsModel::isMoreRow(const QModelIndex& index) const
{
    return index.isValid() && index.internalId() != kGroupId &&
           std::size_t(index.row()) >= m_groups[groupOf(index)].listed.size();
}

std::optional<LintProblem> ProblemsModel::problemAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupId || isMoreRow(index))
        return std::nullopt;
    return m_problems.at(m_groups[groupOf(index)].listed[std::size_t(index.row())]);
}

std::vector<FixTarget> ProblemsModel::groupFixes(const QModelIndex& index) const
{
    std::vector<FixTarget> out;
    if (!index.isValid())
        return out;
    const auto member = kindsWithCode(m_groups[groupOf(index)].code);
    m_problems.forEach(0, [&](std::size_t, std::int64_t row, ProblemKind k) {
        if (member[std::size_t(k)] && kindInfo(k).fix != FixKind::None)
            out.push_back(
                {row, kindInfo(k).fix,
                 isPiiProblem(k) ? piiBit(PiiKind(unsigned(k) - unsigned(ProblemKind::PiiEmail))) : kAllPiiKinds});
        return true;
    });
    return out;
}

std::size_t ProblemsModel::groupSize(const QModelIndex& index) const
{
    return index.isValid() ? m_groups[groupOf(index)].size : 0;
}

QString ProblemsModel::groupCode(const QModelIndex& index) const
{
    return index.isValid() ? QString::fromLatin1(m_groups[groupOf(index)].code) : QString();
}

void ProblemsModel::listMore(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const std::size_t gi = groupOf(index);
    Group& g = m_groups[gi];
    if (g.listed.size() >= g.size)
        return;
    const auto member = kindsWithCode(g.code);
    std::vector<std::size_t> more;
    std::size_t next = m_problems.size();
    m_problems.forEach(g.scanFrom, [&](std::size_t i, std::int64_t, ProblemKind k) {
        if (more.size() == kFetchStep) {
            next = i;
            return false;
        }
        if (member[std::size_t(k)])
            more.push_back(i);
        return true;
    });
    if (more.empty())
        return;
    const QModelIndex parent = this->index(int(gi), 0);
    const int first = int(g.listed.size());
    beginInsertRows(parent, first, first + int(more.size()) - 1);
    g.listed.insert(g.listed.end(), more.begin(), more.end());
    g.scanFrom = more.size() == kFetchStep ? next : m_problems.size();
    endInsertRows();
    if (g.listed.size() >= g.size) { // the "more" row goes
        beginRemoveRows(parent, int(g.listed.size()), int(g.listed.size()));
        g.moreRow = false;
        endRemoveRows();
    }
}

QModelIndex ProblemsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId)
        return {};
    return row < rowCount(parent) ? createIndex(row, column, quintptr(parent.row()) + 1) : QModelIndex();
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
    if (parent.internalId() == kGroupId && parent.column() == 0) {
        const Group& g = m_groups[std::size_t(parent.row())];
        return int(g.listed.size()) + (g.moreRow ? 1 : 0);
    }
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
    const Group& g = m_groups[groupOf(index)];
    const bool isMore = isMoreRow(index);
    const std::size_t at = isGroup || isMore ? 0 : g.listed[std::size_t(index.row())];
    const Severity severity = isGroup || isMore ? g.severity : m_problems.severity(at);
    switch (role) {
    case IsGroupRole:
        return isGroup;
    case IsMoreRole:
        return isMore;
    case GroupSizeRole:
        return qulonglong(g.size);
    case CodeRole:
        return QString::fromLatin1(g.code);
    case SeverityRole:
        return int(severity);
    case ProblemIndexRole:
        return isGroup || isMore ? QVariant() : QVariant(qulonglong(at));
    case HasFixRole:
        return isMore ? false : isGroup ? g.firstHasFix : m_problems.fix(at) != FixKind::None;
    case Qt::ForegroundRole:
        if (index.column() == ProblemColumn && !isMore)
            return Theme::color(severity == Severity::Error     ? Theme::Role::ErrorText
                                : severity == Severity::Warning ? Theme::Role::WarningText
                                                                : Theme::Role::MutedText);
        return {};
    case Qt::FontRole:
        if (isGroup || isMore) {
            QFont f;
            f.setBold(isGroup);
            f.setItalic(isMore);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (!isGroup && !isMore && m_problems.fix(at) != FixKind::None)
            return tr("Quick fix: %1").arg(fixDescription(m_problems.fix(at)));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (isGroup) {
        if (index.column() == ProblemColumn)
            return tr("%1 — %2 (%3)")
                .arg(severityName(g.severity), QString::fromLatin1(g.code), QLocale().toString(qulonglong(g.size)));
        return {};
    }
    if (isMore) {
        if (index.column() != ProblemColumn)
            return {};
        const std::size_t rest = g.size - g.listed.size();
        return tr("… %1 more (the first %2 listed); activate to list the next %3")
            .arg(QLocale().toString(qulonglong(rest)), QLocale().toString(qulonglong(g.listed.size())),
                 QLocale().toString(qulonglong(std::min(rest, kFetchStep))));
    }
    switch (index.column()) {
    case ProblemColumn:
        return m_problems.message(at);
    case RowColumn:
        return QLocale().toString(qlonglong(m_problems.row(at) + 1));
    case WhereColumn:
        return QString::fromStdString(m_problems.pointer(at));
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
