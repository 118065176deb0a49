#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace td {

// An append-only file of JSON lines, for results that must survive a crash: each record is
// written with one write() as soon as it exists (a kill -9 of the process loses nothing that
// was written) and made durable with fdatasync on a worker thread, coalesced when records come
// faster than the disk syncs (a power cut loses at most the last few lines, whose requests are
// then simply asked again). Reading tolerates a torn last line (the crash came mid-write): it
// is ignored, and cut off before anything new is appended, so records never run together.
class EvalJournal
{
    Q_DECLARE_TR_FUNCTIONS(td::EvalJournal)

public:
    struct Contents
    {
        std::vector<nlohmann::json> records;
        qint64 goodBytes = 0; // where the last complete line ends
        bool tornTail = false;
    };

    // Every complete record; a missing file reads as empty.
    static Result<Contents> read(const QString& path);

    EvalJournal() = default;
    ~EvalJournal();
    EvalJournal(const EvalJournal&) = delete;
    EvalJournal& operator=(const EvalJournal&) = delete;

    // Opens for appending, cutting a torn tail off first.
    Result<void> open(const QString& path);
    bool isOpen() const { return m_fd >= 0; }
    Result<void> append(const nlohmann::json& record);
    // Waits until everything appended so far is on the disk.
    void sync();
    void close();

private:
    void syncLoop();

    int m_fd = -1;
    QString m_path;
    std::thread m_syncer;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_synced;
    quint64 m_written = 0, m_durable = 0;
    bool m_stop = false;
};

} // namespace td
