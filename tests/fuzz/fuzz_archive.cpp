// libFuzzer target for model archive extraction: any bytes, unpacked into a folder, either
// fail with an error or put plain files and folders inside that folder and nowhere else. The
// folder sits three levels down a private box, so an entry escaping with "../" up to three
// times lands inside the box, where the walk below finds it.
#include "dataset/TarExtractor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>

namespace {

[[noreturn]] void fail(const char* what, const QString& path)
{
    std::fprintf(stderr, "%s: %s\n", what, QFile::encodeName(path).constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QTemporaryDir box;
    if (!box.isValid())
        return 0;
    const QString archive = box.filePath(QStringLiteral("archive"));
    {
        QFile f(archive);
        if (!f.open(QIODevice::WriteOnly) || f.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            return 0;
    }
    const QString out = box.filePath(QStringLiteral("a/b/c/out"));
    const auto files = td::TarExtractor::extract(archive, out);

    const QDir root(box.path());
    QDirIterator it(box.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = root.relativeFilePath(path);
        if (rel == QLatin1String("archive") || rel == QLatin1String("a") || rel == QLatin1String("a/b") ||
            rel == QLatin1String("a/b/c") || rel == QLatin1String("a/b/c/out"))
            continue;
        if (!rel.startsWith(QLatin1String("a/b/c/out/")))
            fail("written outside the output folder", path);
        struct stat st
        {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            fail("cannot stat", path);
        if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
            fail("neither a file nor a folder", path);
        if (st.st_mode & (S_ISUID | S_ISGID | S_IWOTH))
            fail("unsafe permissions", path);
    }
    if (files) {
        for (const QString& f : *files) {
            struct stat st
            {};
            const QString path = out + QLatin1Char('/') + f;
            if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
                fail("a listed file is not a file in the folder", path);
        }
    }
    return 0;
}
