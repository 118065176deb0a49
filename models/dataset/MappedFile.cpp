#include "dataset/MappedFile.h"

#include "dataset/RegularFile.h"

#include <QCoreApplication>
#include <QFile>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <fcntl.h>
#include <mutex>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {

namespace {

// A file truncated by another program while mapped would kill the process with SIGBUS on the
// next read past its new end. The handler below turns such pages into zeros instead (and marks
// the mapping), so readers finish and can report that the file changed.
struct Guarded
{
    std::atomic<std::uintptr_t> begin{0};
    std::atomic<std::size_t> size{0};
    std::atomic<bool> truncated{false};
};
constexpr int kGuarded = 256;
Guarded g_guarded[kGuarded];
std::uintptr_t g_pageMask = 0;
struct sigaction g_previous
{};

void onBus(int sig, siginfo_t* info, void* context)
{
    const auto address = reinterpret_cast<std::uintptr_t>(info->si_addr);
    for (Guarded& g : g_guarded) {
        const std::uintptr_t begin = g.begin.load(std::memory_order_acquire);
        const std::size_t size = g.size.load(std::memory_order_acquire);
        if (begin == 0 || address < begin || address >= begin + size)
            continue;
        const std::uintptr_t from = address & g_pageMask;
        // mmap is a plain system call here; it replaces the vanished pages with zero pages.
        if (::mmap(reinterpret_cast<void*>(from), begin + size - from, PROT_READ,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
            g.truncated.store(true, std::memory_order_release);
            return;
        }
    }
    // Not one of ours: whatever was there before decides.
    if ((g_previous.sa_flags & SA_SIGINFO) && g_previous.sa_sigaction) {
        g_previous.sa_sigaction(sig, info, context);
        return;
    }
    if (g_previous.sa_handler == SIG_IGN)
        return;
    if (g_previous.sa_handler != SIG_DFL && g_previous.sa_handler) {
        g_previous.sa_handler(sig);
        return;
    }
    ::signal(SIGBUS, SIG_DFL);
    ::raise(SIGBUS);
}

int guard(const char* data, std::size_t size)
{
    static std::once_flag installed;
    std::call_once(installed, [] {
        g_pageMask = ~(std::uintptr_t(::sysconf(_SC_PAGESIZE)) - 1);
        struct sigaction action
        {};
        action.sa_sigaction = onBus;
        action.sa_flags = SA_SIGINFO | SA_NODEFER;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &g_previous);
    });
    static std::mutex claiming; // claims are rare; the handler never takes it
    const std::lock_guard lock(claiming);
    for (int i = 0; i < kGuarded; ++i) {
        std::uintptr_t expected = 0;
        // Claim a free slot: size first, so the handler never sees a begin without its size.
        if (g_guarded[i].begin.load(std::memory_order_relaxed) != 0)
            continue;
        g_guarded[i].size.store(size, std::memory_order_release);
        g_guarded[i].truncated.store(false, std::memory_order_release);
        if (g_guarded[i].begin.compare_exchange_strong(expected, reinterpret_cast<std::uintptr_t>(data),
                                                       std::memory_order_acq_rel))
            return i;
    }
    return -1; // more mappings than slots: this one is not guarded
}

} // namespace

bool MappedFile::wasTruncated() const
{
    return m_guard >= 0 && g_guarded[m_guard].truncated.load(std::memory_order_acquire);
}

Result<void> MappedFile::checkUnchanged() const
{
    if (wasTruncated())
        return changedError(m_path);
    return {};
}

Error MappedFile::changedError(const QString& path)
{
    return Error::make(Error::Code::Changed,
                       QCoreApplication::translate("td::MappedFile",
                                                   "%1: the file changed while it was read (another program "
                                                   "shortened it), so no result is shown. Run it again once the "
                                                   "file is no longer being written.")
                           .arg(path));
}

MappedFile::~MappedFile()
{
    if (m_guard >= 0)
        g_guarded[m_guard].begin.store(0, std::memory_order_release);
    if (m_data && m_size)
        ::munmap(const_cast<char*>(m_data), m_size);
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::shared_ptr<const MappedFile>> MappedFile::open(const QString& path)
{
    // Refused before opening: open() on a FIFO blocks until a writer comes along.
    if (auto regular = requireRegularFile(path); !regular)
        return regular.error();
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK in case the path was swapped for a FIFO since the check; it changes nothing
    // for a regular file.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return Error::fromErrno(errno, QCoreApplication::translate("td::MappedFile", "Cannot open %1").arg(path));
    return adopt(fd, path);
}

Result<std::shared_ptr<const MappedFile>> MappedFile::adopt(int fd, const QString& path)
{
    if (auto regular = requireRegularFile(fd, path); !regular) {
        ::close(fd);
        return regular.error();
    }
    struct stat st
    {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return Error::fromErrno(err, QCoreApplication::translate("td::MappedFile", "Cannot read %1").arg(path));
    }
    std::shared_ptr<MappedFile> file(new MappedFile);
    file->m_path = path;
    file->m_size = std::size_t(st.st_size);
    if (file->m_size > 0) {
        void* p = ::mmap(nullptr, file->m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) {
            const int err = errno;
            ::close(fd);
            return Error::fromErrno(err, QCoreApplication::translate("td::MappedFile", "Cannot map %1").arg(path));
        }
        file->m_data = static_cast<const char*>(p);
        file->m_guard = guard(file->m_data, file->m_size);
    }
    // The descriptor stays open for copy_file_range; like the mapping it keeps the inode
    // alive, so the file may be renamed over or deleted (as our own atomic save does).
    file->m_fd = fd;
    return std::shared_ptr<const MappedFile>(std::move(file));
}

void MappedFile::adviseSequential() const
{
    if (m_data) {
        ::madvise(const_cast<char*>(m_data), m_size, MADV_SEQUENTIAL);
        ::madvise(const_cast<char*>(m_data), m_size, MADV_WILLNEED);
    }
}

void MappedFile::adviseRandom() const
{
    if (m_data)
        ::madvise(const_cast<char*>(m_data), m_size, MADV_NORMAL);
}

} // namespace td
