#pragma once

#include "core/FileIdentity.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace td {

// One edit as the journal stores it: by position and with full bytes, so it replays onto
// the file as it is on disk, whatever row ids the crashed session had.
struct JournalOp
{
    enum class Kind : std::uint8_t { Replace = 1, Insert = 2, Remove = 3, Move = 4, LineEnds = 5 };
    Kind kind = Kind::Replace;
    std::int64_t pos = 0;
    std::int64_t arg = 0;   // Remove: count; Move: destination; LineEnds: 1 = normalize
    QList<QByteArray> rows; // Replace: one row; Insert: the rows
};

// The unsaved edits of a dirty document, appended as they happen to a file outside the
// dataset's folder. After a crash (or kill -9), opening the same unchanged file offers them
// back. Each record carries a length and a checksum, so a record cut by a crash is ignored.
class EditJournal
{
public:
    explicit EditJournal(QString datasetPath);
    ~EditJournal();
    EditJournal(const EditJournal&) = delete;
    EditJournal& operator=(const EditJournal&) = delete;

    // Where the journal of `datasetPath` lives (one per absolute path).
    static QString journalPathFor(const QString& datasetPath);

    // Starts a new journal for the file as it is now (identity), replacing any old one.
    Result<void> begin(const FileIdentity& base);
    Result<void> append(const JournalOp& op);
    bool isActive() const { return m_fd >= 0; }
    // The document is clean again (saved or reverted): the journal is no longer needed.
    void discard();

    struct Recovered
    {
        FileIdentity base;
        QList<JournalOp> ops;
    };
    // Reads the journal left for `datasetPath`, if any. Only offered when `base` still
    // matches the file on disk; a stale journal is reported as absent.
    static std::optional<Recovered> read(const QString& datasetPath);
    static void remove(const QString& datasetPath);
    // How many edits a person made, as they count them: typing in one row journals a row
    // replacement per keystroke, so replacements of the same row in a row count once.
    static int editCount(const QList<JournalOp>& ops);

private:
    QString m_datasetPath;
    QString m_journalPath;
    int m_fd = -1;
};

} // namespace td
