#include "itemmodels/CurationEdits.h"

#include "dataset/DatasetDocument.h"
#include "itemmodels/BulkReplaceCommand.h"
#include "itemmodels/DatasetSession.h"

#include <QUndoStack>

#include <algorithm>

namespace td {

int removeNearDuplicates(DatasetSession& session, const std::vector<NearDupCluster>& clusters, KeepRule rule,
                         const DocumentSnapshot& snapshot, std::optional<std::int64_t> picked)
{
    DatasetDocument* doc = session.document();
    std::vector<std::int64_t> positions;
    const auto positionOf = [doc](RowId id) { return doc->positionOf(id); };
    for (const NearDupCluster& c : clusters) {
        const auto rows = rowsToRemove(c, rule, snapshot, clusters.size() == 1 ? picked : std::nullopt);
        const auto now = currentPositions(c, rows, positionOf);
        positions.insert(positions.end(), now.begin(), now.end());
    }
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    // The session's own removal: one command, undo puts every row back where it was.
    session.removeRows(positions);
    return int(positions.size());
}

int redactRows(DatasetSession& session, const std::vector<std::int64_t>& rows, const RedactTarget& target,
               const QString& undoText)
{
    DatasetDocument* doc = session.document();
    std::vector<BulkReplaceCommand::Change> changes;
    for (std::int64_t pos : rows) {
        if (pos < 0 || pos >= doc->rowCount())
            continue;
        QByteArray after = redactRow(doc->rowView(pos), target);
        if (!after.isEmpty())
            changes.push_back({pos, std::move(after)});
    }
    if (changes.empty())
        return 0;
    const int n = int(changes.size());
    session.undoStack()->push(new BulkReplaceCommand(doc, std::move(changes), undoText));
    return n;
}

} // namespace td
