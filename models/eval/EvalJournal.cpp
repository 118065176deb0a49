#include "eval/EvalJournal.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace td {

Result<EvalJournal::Contents> EvalJournal::read(const QString& path)
{
    Contents c;
    QFile f(path);
    if (!f.exists())
        return c;
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("The results file %1 cannot be read: %2").arg(path, f.errorString()));
    qint64 offset = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (line.isEmpty())
            break;
        if (!line.endsWith('\n')) {
            c.tornTail = true; // written only in part: the crash came mid-write
            break;
        }
        const auto j = nlohmann::json::parse(line.begin(), line.end() - 1, nullptr, false);
        if (!j.is_object()) {
            // A whole line that is not a record can only be damage from outside; the records
            // after it are still good, so it is skipped, not taken as the end.
            offset += line.size();
            c.goodBytes = offset;
            continue;
        }
        c.records.push_back(j);
        offset += line.size();
        c.goodBytes = offset;
    }
    return c;
}

EvalJournal::~EvalJournal()
{
    close();
}

Result<void> EvalJournal::open(const QString& path)
{
    close();
    const auto contents = read(path);
    if (!contents)
        return contents.error();
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error::fromErrno(errno, tr("Opening the results file %1").arg(path));
    if (contents->tornTail && ::ftruncate(fd, contents->goodBytes) != 0) {
        const int err = errno;
        ::close(fd);
        return Error::fromErrno(err, tr("Repairing the results file %1").arg(path));
    }
    m_fd = fd;
    m_path = path;
    m_stop = false;
    m_written = m_durable = 0;
    m_syncer = std::thread([this] { syncLoop(); });
    return {};
}

Result<void> EvalJournal::append(const nlohmann::json& record)
{
    if (m_fd < 0)
        return Error::make(Error::Code::Internal, tr("The results file is not open."));
    const std::string line = record.dump() + '\n';
    // One write() per record: with O_APPEND the line lands whole after the last one, or (a
    // crash mid-write) as a torn tail that the next read ignores.
    std::size_t done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(m_fd, line.data() + done, line.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error::fromErrno(errno, tr("Writing the results file %1").arg(m_path));
        done += std::size_t(n);
    }
    {
        std::lock_guard lock(m_mutex);
        ++m_written;
    }
    m_wake.notify_one();
    return {};
}

void EvalJournal::syncLoop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_written > m_durable; });
        if (m_written == m_durable && m_stop)
            return;
        const quint64 target = m_written;
        const int fd = m_fd;
        lock.unlock();
        ::fdatasync(fd);
        lock.lock();
        m_durable = target;
        m_synced.notify_all();
    }
}

void EvalJournal::sync()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_written;
    m_synced.wait(lock, [this, target] { return m_durable >= target || !m_syncer.joinable(); });
}

void EvalJournal::close()
{
    if (m_fd < 0)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    if (m_syncer.joinable())
        m_syncer.join();
    ::close(m_fd);
    m_fd = -1;
}

} // namespace td
