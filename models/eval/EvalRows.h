#pragma once

#include "core/Result.h"
#include "eval/EvalRun.h"
#include "playground/ChatMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace td {

// One dataset row as a run asks it: the conversation up to the answer position, the
// dataset's own answer there (the reference), and facts about the row a summary can be broken
// down by. A row that cannot be asked (not JSON, no assistant message there) keeps its
// problem and is counted, never silently left out.
struct EvalRow
{
    qint64 row = -1; // 0-based, in the dataset
    QString system;
    QList<ChatMessage> messages; // ends with the user's message
    QString reference;
    QString problem;              // why it is not asked; empty when it is
    QMap<QString, QString> facts; // "turns", "reference_length", "format", and the row's own scalar fields

    bool askable() const { return problem.isEmpty(); }
    // The request's messages: the system prompt first.
    nlohmann::json requestMessages() const;
    nlohmann::ordered_json toJson() const;
    static std::optional<EvalRow> fromJson(const nlohmann::json& j);
};

// Picks and cuts a run's rows from its dataset (JSONL), streaming it: memory grows with the
// rows chosen, not with the file.
class EvalRows
{
    Q_DECLARE_TR_FUNCTIONS(td::EvalRows)

public:
    static Result<QList<EvalRow>> read(const EvalDefinition& definition);
    // The 0-based rows a choice names among `rowCount` rows, ascending (a sample is drawn
    // without replacement from the seed: the same seed gives the same rows).
    static QList<qint64> choose(const EvalRowChoice& choice, qint64 rowCount);
    // One row of the dataset cut at `answerIndex` (-1: the last assistant message).
    static EvalRow cut(qint64 row, QByteArrayView line, int answerIndex);
};

} // namespace td
