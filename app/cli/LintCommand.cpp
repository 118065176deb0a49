#include "LintCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "OpenDataset.h"
#include "validate/Linter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <array>
#include <charconv>
#include <cstdio>
#include <map>
#include <string>
#include <utility>

namespace td::cli {

namespace {

// Problems of one kind the text output lists (without --all).
constexpr std::int64_t kLintListed = 100;

// Buffered UTF-8 output to stdout: problems are written as they are read from the store,
// never collected into one document.
class Out
{
public:
    enum Mode { Write, Collect }; // Collect: keep everything for take()
    explicit Out(Mode mode = Write)
        : m_mode(mode)
    {}
    ~Out() { flush(); }
    Out& operator<<(std::string_view s)
    {
        m_buf.append(s);
        if (m_mode == Write && m_buf.size() >= (1 << 16))
            flush();
        return *this;
    }
    Out& operator<<(const char* s) { return *this << std::string_view(s); }
    Out& operator<<(const QString& s)
    {
        const QByteArray b = s.toUtf8();
        return *this << std::string_view(b.constData(), std::size_t(b.size()));
    }
    Out& operator<<(std::int64_t n)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        return *this << std::string_view(digits, std::size_t(end - digits));
    }
    Out& operator<<(char c)
    {
        m_buf.push_back(c);
        return *this;
    }
    // What is buffered, taken out (for a piece made once and written many times).
    std::string take() { return std::exchange(m_buf, {}); }
    void flush()
    {
        if (m_mode == Collect)
            return;
        std::fwrite(m_buf.data(), 1, m_buf.size(), stdout);
        std::fflush(stdout);
        m_buf.clear();
    }

private:
    Mode m_mode;
    std::string m_buf;
};

// A JSON string as QJsonDocument writes it (compact): UTF-8, with ", \ and control characters
// escaped, so the streamed document is byte for byte what the whole-document writer made.
void jsonString(Out& out, const QString& s)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    std::string e;
    e.reserve(std::size_t(utf8.size()) + 2);
    e.push_back('"');
    for (char c : utf8) {
        const auto u = std::uint8_t(c);
        switch (u) {
        case '"':
            e += "\\\"";
            break;
        case '\\':
            e += "\\\\";
            break;
        case '\b':
            e += "\\b";
            break;
        case '\f':
            e += "\\f";
            break;
        case '\n':
            e += "\\n";
            break;
        case '\r':
            e += "\\r";
            break;
        case '\t':
            e += "\\t";
            break;
        default:
            if (u < 0x20) {
                e += "\\u00";
                e.push_back(hex[u >> 4]);
                e.push_back(hex[u & 0xF]);
            } else {
                e.push_back(c);
            }
        }
    }
    e.push_back('"');
    out << std::string_view(e);
}

QString severityCode(Severity s)
{
    return s == Severity::Error     ? QStringLiteral("error")
           : s == Severity::Warning ? QStringLiteral("warning")
                                    : QStringLiteral("info");
}

} // namespace

int runLint(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Lists every problem in a dataset."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli", "A .jsonl or .jsonl.zst file"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("cli", "Print one JSON object (every problem)"));
    const QCommandLineOption all(
        QStringLiteral("all"),
        QCoreApplication::translate("cli", "List every problem (without it, each kind lists its first %1)")
            .arg(kLintListed));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("cli", "Rules: client (default) or tools"),
                                     QStringLiteral("client|tools"), QStringLiteral("client"));
    const QCommandLineOption context(
        QStringLiteral("context-length"),
        QCoreApplication::translate("cli", "Warn about rows longer than N tokens (estimated)"), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption personal(
        QStringLiteral("personal-data"),
        QCoreApplication::translate("cli", "Which personal data and secrets to report: all (default), none, or codes "
                                           "such as pii-email,secret-aws-key"),
        QStringLiteral("KINDS"), QStringLiteral("all"));
    parser.addOptions({json, all, profile, context, personal});
    if (auto code = parseCommandLine(parser, args))
        return *code;
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1 ||
        !(parser.value(profile) == QLatin1String("client") || parser.value(profile) == QLatin1String("tools"))) {
        err << "usage: tunedesk-cli lint FILE [--json] [--all] [--profile client|tools] [--context-length N] "
               "[--personal-data all|none|CODE,...]"
            << Qt::endl;
        return ExitCode::Usage;
    }
    bool contextOk = false;
    const qlonglong contextLength = parser.value(context).toLongLong(&contextOk);
    if (!contextOk || contextLength < 0) {
        err << QCoreApplication::translate("cli", "tunedesk-cli: --context-length takes a number of tokens")
            << Qt::endl;
        return ExitCode::Usage;
    }
    std::uint32_t personalData = 0;
    for (const QString& code : parser.value(personal).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const PiiKind k = piiKindFromCode(code.trimmed().toStdString());
        if (code == QLatin1String("all")) {
            personalData = kAllPiiKinds;
        } else if (k != PiiKind::Count) {
            personalData |= piiBit(k);
        } else if (code != QLatin1String("none")) {
            err << QCoreApplication::translate("cli", "tunedesk-cli: unknown kind of personal data '%1' (use all, "
                                                      "none, or codes such as pii-email)")
                       .arg(code)
                << Qt::endl;
            return ExitCode::Usage;
        }
    }
    const auto doc = openDataset(parser.positionalArguments().front());
    if (!doc)
        return ExitCode::InputUnreadable;
    LintOptions options;
    options.personalData = personalData;
    options.profile = parser.value(profile) == QLatin1String("tools") ? LintProfile::Tools : LintProfile::Client;
    options.contextLength = contextLength;
    const DocumentSnapshot snap = doc->snapshot();
    const LintResult result = lintSnapshot(snap, options);
    if (auto unchanged = snap.checkUnchanged(); !unchanged) {
        err << "tunedesk-cli: " << unchanged.error().message << Qt::endl;
        return ExitCode::InputUnreadable;
    }
    const LintProblemStore& problems = result.problems;
    // Together's checker rejects a file without rows ("File is empty"); the row rules have
    // nothing to say about it, so the file-level problem is reported here.
    const bool emptyFile = result.rows == 0;
    const QString emptyMessage =
        QCoreApplication::translate("cli", "The file is empty; Together's checker rejects it.");

    std::array<std::int64_t, std::size_t(ProblemKind::Count)> perKind{};
    problems.forEach(0, [&](std::size_t, std::int64_t, ProblemKind k) {
        ++perKind[std::size_t(k)];
        return true;
    });
    std::map<std::string, std::int64_t> counts;
    bool anyError = emptyFile;
    if (emptyFile)
        counts["empty-file"] = 1;
    for (std::size_t k = 0; k < perKind.size(); ++k)
        if (perKind[k]) {
            counts[kindInfo(ProblemKind(k)).code] += perKind[k];
            anyError = anyError || kindInfo(ProblemKind(k)).severity == Severity::Error;
        }

    Out out;
    if (parser.isSet(json)) {
        // The keys in QJsonDocument's order (sorted), as before the output was streamed.
        out << "{\"counts\":{";
        bool first = true;
        for (const auto& [code, n] : counts) {
            if (!first)
                out << ',';
            first = false;
            jsonString(out, QString::fromStdString(code));
            out << ':' << n;
        }
        out << "},\"problems\":[";
        // The code, fix, message and pointer made once for a run of problems that share them
        // (a million blank lines, say); only the numbers change.
        std::string codeAndFix, messageAndPointer, severity;
        ProblemKind lastKind = ProblemKind::Count;
        std::uint64_t lastKey = 0;
        for (std::size_t i = 0; i < problems.size(); ++i) {
            const ProblemKind kind = problems.kind(i);
            if (kind != lastKind || problems.detailKey(i) != lastKey) {
                lastKind = kind;
                lastKey = problems.detailKey(i);
                Out piece(Out::Collect);
                piece << ",\"code\":";
                jsonString(piece, QString::fromLatin1(kindInfo(kind).code));
                piece << ",\"fix\":";
                jsonString(piece, QString::fromLatin1(fixCode(kindInfo(kind).fix)));
                piece << ",\"line\":";
                codeAndFix = piece.take();
                piece << ",\"message\":";
                jsonString(piece, problems.message(i));
                piece << ",\"pointer\":";
                jsonString(piece, QString::fromStdString(problems.pointer(i)));
                piece << ",\"row\":";
                messageAndPointer = piece.take();
                piece << ",\"severity\":";
                jsonString(piece, severityCode(kindInfo(kind).severity));
                piece << '}';
                severity = piece.take();
            }
            out << (i ? ",{\"byte_offset\":" : "{\"byte_offset\":") << std::int64_t(problems.byteOffset(i))
                << std::string_view(codeAndFix) << std::int64_t(problems.line(i)) << std::string_view(messageAndPointer)
                << std::int64_t(problems.row(i) + 1) << std::string_view(severity);
        }
        if (emptyFile) {
            out << "{\"byte_offset\":-1,\"code\":\"empty-file\",\"fix\":\"\",\"line\":0,\"message\":";
            jsonString(out, emptyMessage);
            out << ",\"pointer\":\"\",\"row\":0,\"severity\":\"error\"}";
        }
        out << "],\"rows\":" << std::int64_t(result.rows) << ",\"rows_with_errors\":" << std::int64_t(result.errorRows)
            << "}\n";
    } else {
        // Each kind lists its first kLintListed problems (all with --all); the counts say the rest.
        const bool listAll = parser.isSet(all);
        const QString file = parser.positionalArguments().front();
        // Listed so far, per code (kinds of one code share a count).
        std::map<std::string, std::int64_t> listed;
        std::array<std::int64_t*, std::size_t(ProblemKind::Count)> listedOf{};
        for (std::size_t k = 0; k < listedOf.size(); ++k)
            listedOf[k] = &listed[kindInfo(ProblemKind(k)).code];
        for (std::size_t i = 0; i < problems.size(); ++i) {
            std::int64_t& n = *listedOf[std::size_t(problems.kind(i))];
            if (!listAll && n >= kLintListed)
                continue;
            ++n;
            const LintProblem p = problems.at(i);
            out << file << ':'
                << (p.line > 0 ? QString::number(p.line) : QStringLiteral("row ") + QString::number(p.row + 1)) << ": "
                << severityName(p.severity) << " [" << QString::fromStdString(p.code) << ']';
            if (!p.pointer.empty())
                out << ' ' << QString::fromStdString(p.pointer);
            out << ": " << p.message;
            if (p.fix != FixKind::None)
                out << " (fix: " << std::string_view(fixCode(p.fix)) << ')';
            out << '\n';
        }
        if (emptyFile)
            out << file << ": " << severityName(Severity::Error) << " [empty-file]: " << emptyMessage << '\n';
        out << QCoreApplication::translate("cli", "%1 rows, %2 with errors, %3 problems")
                   .arg(result.rows)
                   .arg(result.errorRows)
                   .arg(problems.size() + (emptyFile ? 1 : 0))
            << '\n';
        for (const auto& [code, n] : counts) {
            out << "  " << std::string_view(code) << ": " << n;
            if (!listAll && n > kLintListed)
                out << QCoreApplication::translate("cli", " (the first %1 listed; --all lists every one)")
                           .arg(kLintListed);
            out << '\n';
        }
    }
    out.flush();
    return anyError ? ExitCode::DataErrors : ExitCode::Ok;
}

} // namespace td::cli
