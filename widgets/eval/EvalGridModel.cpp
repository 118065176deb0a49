#include "widgets/eval/EvalGridModel.h"

#include "eval/EvalScores.h"
#include "itemmodels/Theme.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace td {

namespace {

QString cell(const QString& text)
{
    QString t = text.left(EvalGridModel::kCellChars);
    t.replace(QLatin1Char('\n'), QChar(0x21B5)); // one line a cell: ↵ where a line ended
    return text.size() > EvalGridModel::kCellChars ? QString(t + QChar(0x2026)) : t;
}

QString lastUser(const EvalRow& row)
{
    for (auto it = row.messages.crbegin(); it != row.messages.crend(); ++it)
        if (it->role == QLatin1String("user"))
            return it->content;
    return row.messages.isEmpty() ? QString() : row.messages.back().content;
}

} // namespace

EvalGridModel::EvalGridModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_notify(new QTimer(this))
{
    m_notify->setSingleShot(true);
    m_notify->setInterval(0); // see answerChanged
    connect(m_notify, &QTimer::timeout, this, &EvalGridModel::notifyAnswers);
}

void EvalGridModel::setRunData(const EvalRunData& data)
{
    beginResetModel();
    m_data = data;
    // Room for every answer: growing the table past 4,096 moved them all (1-3.5 ms, GUI thread).
    m_data.results.reserve(m_data.rows.size() * m_data.definition.models.size());
    m_gridRow.clear();
    m_partial.clear();
    m_changed.clear();
    m_notify->stop();
    for (int i = 0; i < m_data.rows.size(); ++i)
        m_gridRow.insert(m_data.rows[i].row, i);
    endResetModel();
    setVerdicts(m_data.verdicts);
}

int EvalGridModel::modelOfColumn(int column) const
{
    const int m = column - FirstModelColumn;
    return m >= 0 && m < modelCount() ? m : -1;
}

qint64 EvalGridModel::datasetRow(int gridRow) const
{
    return gridRow >= 0 && gridRow < m_data.rows.size() ? m_data.rows[gridRow].row : -1;
}

void EvalGridModel::cellChanged(qint64 row, int column)
{
    const int r = gridRowOf(row);
    if (r < 0)
        return;
    const QModelIndex i = index(r, column);
    emit dataChanged(i, i);
}

void EvalGridModel::setResult(const EvalResult& result)
{
    const quint64 k = EvalRunData::key(result.row, result.model);
    m_partial.remove(k);
    const auto it = m_data.results.constFind(k);
    if (it == m_data.results.cend() || !it->ok)
        m_data.results.insert(k, result);
    answerChanged(result.row, result.model);
}

void EvalGridModel::setPartial(qint64 row, int model, const QString& text)
{
    m_partial.insert(EvalRunData::key(row, model), text);
    answerChanged(row, model);
}

void EvalGridModel::answerChanged(qint64 row, int model)
{
    m_changed.insert(EvalRunData::key(row, model));
    if (!m_notify->isActive())
        m_notify->start();
}

void EvalGridModel::notifyAnswers()
{
    const QSet<quint64> changed = std::exchange(m_changed, {});
    for (const quint64 k : changed) {
        const auto [row, model] = EvalRunData::unkey(k);
        cellChanged(row, FirstModelColumn + model);
    }
}

void EvalGridModel::setVerdicts(const QList<EvalVerdict>& verdicts)
{
    m_data.verdicts = verdicts;
    // The last human decision of a row counts (one is recorded for each pair it concerns).
    QHash<qint64, int> human;
    for (const EvalVerdict& v : verdicts)
        if (v.judge == QLatin1String("human"))
            human.insert(v.row, v.winner() == -2 ? -1 : v.winner());
    m_human = human;
    // The verdict and the answers' highlight (the picked one is drawn in the trained colour).
    if (rowCount() > 0)
        emit dataChanged(index(0, FirstModelColumn), index(rowCount() - 1, verdictColumn()),
                         {Qt::DisplayRole, Qt::BackgroundRole});
}

void EvalGridModel::setMark(qint64 row, int model, std::optional<bool> good)
{
    const quint64 k = EvalRunData::key(row, model);
    if (good)
        m_data.marks.insert(k, *good);
    else
        m_data.marks.remove(k);
    cellChanged(row, FirstModelColumn + model);
}

void EvalGridModel::setLeadingRows(const QList<qint64>& rows)
{
    beginResetModel();
    QHash<qint64, int> rank;
    for (int i = 0; i < rows.size(); ++i)
        rank.insert(rows[i], i);
    std::stable_sort(m_data.rows.begin(), m_data.rows.end(), [&](const EvalRow& x, const EvalRow& y) {
        const int rx = rank.value(x.row, int(rows.size())), ry = rank.value(y.row, int(rows.size()));
        return rx != ry ? rx < ry : x.row < y.row;
    });
    m_gridRow.clear();
    for (int i = 0; i < m_data.rows.size(); ++i)
        m_gridRow.insert(m_data.rows[i].row, i);
    endResetModel();
}

std::optional<int> EvalGridModel::humanPick(qint64 row) const
{
    const auto it = m_human.constFind(row);
    return it == m_human.cend() ? std::nullopt : std::optional<int>(*it);
}

int EvalGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_data.rows.size());
}

int EvalGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstModelColumn + modelCount() + 1;
}

QString EvalGridModel::answerText(const EvalRow& row, int model) const
{
    if (!row.askable())
        return {};
    const quint64 k = EvalRunData::key(row.row, model);
    if (const EvalResult* r = m_data.result(row.row, model)) {
        if (!r->ok)
            return tr("Failed: %1").arg(r->error);
        return r->answer;
    }
    const auto p = m_partial.constFind(k);
    return p != m_partial.cend() ? *p : QString();
}

QString EvalGridModel::answerTip(const EvalRow& row, int model) const
{
    const EvalResult* r = m_data.result(row.row, model);
    if (!r)
        return m_partial.contains(EvalRunData::key(row.row, model)) ? tr("Streaming…") : tr("Not answered yet");
    if (!r->ok)
        return tr("Failed after %n attempt(s): %1", nullptr, r->attempts).arg(r->error);
    QStringList facts;
    if (r->firstTokenMs >= 0)
        facts << tr("first token after %1 ms").arg(r->firstTokenMs);
    if (r->tokensPerSecond() >= 0)
        facts << tr("%L1 tokens/s").arg(r->tokensPerSecond(), 0, 'f', 1);
    if (r->ms >= 0)
        facts << tr("%1 ms in all").arg(r->ms);
    else
        facts << tr("through the Batch API");
    if (r->promptTokens >= 0)
        facts << tr("%1 prompt + %2 answer tokens").arg(r->promptTokens).arg(r->completionTokens);
    const EvalScores s = EvalScores::of(r->answer, row.reference, m_data.definition.parameters.jsonObject);
    if (s.exact)
        facts << tr("exact match");
    else if (s.normalized)
        facts << tr("normalised match");
    if (s.refusal)
        facts << tr("a refusal");
    return QString(facts.join(QStringLiteral(", ")) + QStringLiteral("\n\n") + r->answer.left(4000));
}

QVariant EvalGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_data.rows.size())
        return {};
    const EvalRow& row = m_data.rows[index.row()];
    const int col = index.column();
    const int model = modelOfColumn(col);
    if (role == DatasetRowRole)
        return row.row;
    if (role == ModelRole)
        return model;
    if (role == FullTextRole) {
        if (col == PromptColumn)
            return row.askable() ? lastUser(row) : row.problem;
        if (col == ReferenceColumn)
            return row.reference;
        if (model >= 0)
            return answerText(row, model);
        return {};
    }
    if (role == Qt::DisplayRole) {
        if (col == RowColumn)
            return QString::number(row.row + 1); // as the workbench numbers rows
        if (col == PromptColumn)
            return cell(row.askable() ? lastUser(row) : tr("Not asked: %1").arg(row.problem));
        if (col == ReferenceColumn)
            return cell(row.reference);
        if (model >= 0) {
            QString prefix;
            if (const auto it = m_data.marks.constFind(EvalRunData::key(row.row, model)); it != m_data.marks.cend())
                prefix = *it ? tr("[good] ") : tr("[bad] ");
            return QString(prefix + cell(answerText(row, model)));
        }
        if (col == verdictColumn()) {
            const auto pick = humanPick(row.row);
            if (!pick)
                return QString();
            if (*pick < 0)
                return tr("tie");
            return tr("%1 better").arg(*pick + 1);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (model >= 0 && row.askable())
            return answerTip(row, model);
        if (col == PromptColumn || col == ReferenceColumn)
            return data(index, FullTextRole).toString().left(4000);
    }
    if (role == Qt::ForegroundRole && model >= 0) {
        const EvalResult* r = m_data.result(row.row, model);
        if (r && !r->ok)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (!r)
            return QBrush(QColor(0x70, 0x70, 0x70)); // still streaming or waiting
    }
    if (role == Qt::BackgroundRole && model >= 0) {
        if (const auto pick = humanPick(row.row); pick && *pick == model)
            return QBrush(Theme::color(Theme::Role::TrainedTokenBackground)); // readable in light and dark
    }
    return {};
}

QVariant EvalGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A model's header is shortened in the middle (a base and its fine-tune share the start and
    // differ at the end; the style only clipped both ends); its tooltip names it in full.
    const int model = orientation == Qt::Horizontal ? modelOfColumn(section) : -1;
    if (model >= 0 && (role == Qt::ToolTipRole || role == Qt::DisplayRole)) {
        const bool candidate = model == m_data.definition.candidateIndex();
        QString name = m_data.definition.models[model].model;
        // About what a 260 px column shows, " (fine-tune)" and the bold of the current one included.
        const int shown = candidate ? 22 : 32;
        if (role == Qt::DisplayRole && name.size() > shown)
            name = name.left(8) + QChar(0x2026) + name.right(shown - 9);
        return tr("%1: %2%3").arg(model + 1).arg(name, candidate ? tr(" (fine-tune)") : QString());
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == RowColumn)
        return tr("Row");
    if (section == PromptColumn)
        return tr("Prompt");
    if (section == ReferenceColumn)
        return tr("Dataset's answer");
    return tr("Your pick");
}

} // namespace td
