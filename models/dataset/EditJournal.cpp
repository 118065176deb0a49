#include "dataset/EditJournal.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {
namespace {

constexpr char kJournalMagic[] = "TDJOURNAL1\n";
constexpr std::uint32_t kMaxRecord = 1u << 30;

QByteArray encodeOp(const JournalOp& op)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << quint8(op.kind) << qint64(op.pos) << qint64(op.arg) << quint32(op.rows.size());
    for (const QByteArray& r : op.rows)
        s << r;
    return out;
}

std::optional<JournalOp> decodeOp(const QByteArray& data)
{
    QDataStream s(data);
    quint8 kind = 0;
    qint64 pos = 0, arg = 0;
    quint32 n = 0;
    s >> kind >> pos >> arg >> n;
    if (s.status() != QDataStream::Ok || kind < 1 || kind > 5)
        return std::nullopt;
    JournalOp op;
    op.kind = JournalOp::Kind(kind);
    op.pos = pos;
    op.arg = arg;
    for (quint32 i = 0; i < n; ++i) {
        QByteArray r;
        s >> r;
        if (s.status() != QDataStream::Ok)
            return std::nullopt;
        op.rows.append(r);
    }
    return op;
}

QByteArray frame(const QByteArray& payload)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << quint32(payload.size());
    out.append(payload);
    QDataStream t(&out, QIODevice::Append);
    t << quint32(qChecksum(payload));
    return out;
}

bool writeAll(int fd, const QByteArray& data)
{
    const char* p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, std::size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

// Creates `dir` (and its parents) with the folder itself 0700, and narrows an existing one.
Result<void> makePrivateFolder(const QString& dir)
{
    const QByteArray native = QFile::encodeName(dir);
    QDir().mkpath(QFileInfo(dir).absolutePath());
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return Error::fromErrno(
            errno, QCoreApplication::translate("td::EditJournal", "Cannot create the folder of the edit journals"));
    struct stat st
    {};
    if (::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("td::EditJournal", "%1 is not a folder; edits are not journaled")
                               .arg(QDir::toNativeSeparators(dir)));
    if ((st.st_mode & 077) != 0 && st.st_uid == ::geteuid() && ::chmod(native.constData(), 0700) != 0)
        return Error::fromErrno(
            errno, QCoreApplication::translate("td::EditJournal", "Cannot make the edit journals private"));
    return {};
}

} // namespace

EditJournal::EditJournal(QString datasetPath)
    : m_datasetPath(std::move(datasetPath))
    , m_journalPath(journalPathFor(m_datasetPath))
{}

EditJournal::~EditJournal()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString EditJournal::journalPathFor(const QString& datasetPath)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals");
    const QByteArray key =
        QCryptographicHash::hash(QFileInfo(datasetPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return dir + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".tdjournal");
}

Result<void> EditJournal::begin(const FileIdentity& base)
{
    discard();
    // Journals hold the user's unsaved rows: only the user may read them, whatever the umask.
    if (auto r = makePrivateFolder(QFileInfo(m_journalPath).absolutePath()); !r)
        return r;
    const QString tmp = m_journalPath + QStringLiteral(".new");
    ::unlink(QFile::encodeName(tmp).constData()); // a leftover would keep its own mode
    const int fd =
        ::open(QFile::encodeName(tmp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 || ::fchmod(fd, 0600) != 0) {
        const int err = errno;
        if (fd >= 0)
            ::close(fd);
        return Error::fromErrno(err, QCoreApplication::translate("td::EditJournal", "Cannot create the edit journal"));
    }
    QByteArray header(kJournalMagic);
    {
        QByteArray meta;
        QDataStream s(&meta, QIODevice::WriteOnly);
        s << QFileInfo(m_datasetPath).absoluteFilePath() << base.serialize();
        header += frame(meta);
    }
    if (!writeAll(fd, header) || ::fsync(fd) != 0 ||
        ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(m_journalPath).constData()) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(QFile::encodeName(tmp).constData());
        return Error::fromErrno(err, QCoreApplication::translate("td::EditJournal", "Cannot write the edit journal"));
    }
    m_fd = fd;
    qCDebug(lcJournal) << "journal started" << m_journalPath;
    return {};
}

Result<void> EditJournal::append(const JournalOp& op)
{
    if (m_fd < 0)
        return Error::make(Error::Code::Internal, QStringLiteral("journal not started"));
    // A write() reaches the kernel's page cache at once, so a killed process loses nothing.
    if (!writeAll(m_fd, frame(encodeOp(op))))
        return Error::fromErrno(errno, QCoreApplication::translate("td::EditJournal", "Cannot write the edit journal"));
    return {};
}

void EditJournal::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    QFile::remove(m_journalPath);
}

void EditJournal::remove(const QString& datasetPath)
{
    QFile::remove(journalPathFor(datasetPath));
}

std::optional<EditJournal::Recovered> EditJournal::read(const QString& datasetPath)
{
    QFile f(journalPathFor(datasetPath));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray all = f.readAll();
    const qsizetype magicLen = qsizetype(sizeof(kJournalMagic) - 1);
    if (!all.startsWith(QByteArrayView(kJournalMagic, magicLen)))
        return std::nullopt;

    qsizetype pos = magicLen;
    auto nextFrame = [&](QByteArray& payload) {
        if (all.size() - pos < 8)
            return false;
        QDataStream s(all.mid(pos, 4));
        quint32 len = 0;
        s >> len;
        if (len > kMaxRecord || all.size() - pos - 8 < qsizetype(len))
            return false;
        payload = all.mid(pos + 4, len);
        QDataStream c(all.mid(pos + 4 + len, 4));
        quint32 sum = 0;
        c >> sum;
        if (sum != quint32(qChecksum(payload)))
            return false;
        pos += 8 + qsizetype(len);
        return true;
    };

    QByteArray meta;
    if (!nextFrame(meta))
        return std::nullopt;
    Recovered rec;
    {
        QDataStream s(meta);
        QString path;
        QByteArray identity;
        s >> path >> identity;
        if (path != QFileInfo(datasetPath).absoluteFilePath())
            return std::nullopt;
        rec.base = FileIdentity::deserialize(identity);
    }
    QByteArray payload;
    while (nextFrame(payload)) {
        auto op = decodeOp(payload);
        if (!op)
            break;
        rec.ops.append(*op);
    }
    if (rec.ops.isEmpty())
        return std::nullopt;
    return rec;
}

int EditJournal::editCount(const QList<JournalOp>& ops)
{
    int n = 0;
    const JournalOp* previous = nullptr;
    for (const JournalOp& op : ops) {
        const bool sameRowAgain = previous && previous->kind == JournalOp::Kind::Replace &&
                                  op.kind == JournalOp::Kind::Replace && previous->pos == op.pos;
        if (!sameRowAgain && op.kind != JournalOp::Kind::LineEnds)
            ++n;
        previous = &op;
    }
    return n;
}

} // namespace td
