// libFuzzer target for crash recovery: an arbitrary edit journal is read back and replayed onto
// a small dataset. Any journal file (torn, damaged, hostile) must be refused or applied, and
// the document must stay consistent: never a crash, an exception or a read outside a row.
//
// Input: a mode byte, then either the journal's bytes after its magic (mode bit 0 set), or
// records of [16-bit little-endian length][payload] that this target frames with correct
// lengths and checksums after the header record, so the fuzzer reaches the edit decoder
// (mode bit 1 breaks the last checksum, bit 2 cuts the last record short).
#include "core/FileIdentity.h"
#include "dataset/DatasetDocument.h"
#include "dataset/EditJournal.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QTemporaryDir* g_dir = nullptr;
QString g_dataset;

QByteArray frame(const QByteArray& payload, bool badChecksum)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << quint32(payload.size());
    out.append(payload);
    QDataStream t(&out, QIODevice::Append);
    t << quint32(qChecksum(payload) ^ (badChecksum ? 1u : 0u));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Journals live under the data folder: a temporary one, never the user's; in memory when
    // the machine has /dev/shm, since every replayed edit starts a journal with an fsync.
    static QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                 ? QStringLiteral("/dev/shm/td-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/td-fuzz-XXXXXX"));
    g_dir = &dir;
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    static QCoreApplication app(*argc, *argv);
    g_dataset = dir.filePath(QStringLiteral("rows.jsonl"));
    QFile f(g_dataset);
    if (!f.open(QIODevice::WriteOnly) || f.write("{\"a\":1}\n{\"b\":2}\r\n{\"c\":3}\n") < 0)
        std::abort();
    f.close();
    QDir().mkpath(QFileInfo(td::EditJournal::journalPathFor(g_dataset)).absolutePath());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t mode = data[0];
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QByteArray journal("TDJOURNAL1\n");
    if (mode & 1) {
        journal += rest;
    } else {
        QByteArray meta;
        QDataStream s(&meta, QIODevice::WriteOnly);
        s << QFileInfo(g_dataset).absoluteFilePath() << td::FileIdentity::of(g_dataset).serialize();
        journal += frame(meta, false);
        qsizetype at = 0;
        while (at + 2 <= rest.size()) {
            const qsizetype len =
                std::min<qsizetype>(quint8(rest[at]) | (quint8(rest[at + 1]) << 8), rest.size() - at - 2);
            const QByteArray payload = rest.mid(at + 2, len);
            at += 2 + len;
            const bool last = at + 2 > rest.size();
            QByteArray framed = frame(payload, last && (mode & 2));
            if (last && (mode & 4))
                framed.chop(3);
            journal += framed;
        }
    }
    {
        QFile f(td::EditJournal::journalPathFor(g_dataset));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(journal) != journal.size())
            std::abort();
    }

    td::DatasetDocument doc;
    doc.open(g_dataset);
    if (!doc.waitForIndexed() || doc.rowCount() != 3)
        std::abort();
    const auto recovered = doc.pendingRecovery();
    if (!recovered)
        return 0;
    const td::Result<void> applied = doc.applyRecovery(*recovered);
    // Refused whole or applied whole: the rows are readable either way.
    if (!applied && (doc.rowCount() != 3 || doc.hasEdits())) {
        std::fprintf(stderr, "a refused journal changed the document\n");
        std::abort();
    }
    std::size_t total = 0;
    for (std::int64_t i = 0; i < doc.rowCount(); ++i)
        total += std::size_t(doc.rowView(i).size());
    (void)total;
    doc.discardRecovery();
    return 0;
}
