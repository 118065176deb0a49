#include "tokens/PcreRegex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <QCoreApplication>

#include <cctype>

namespace td {

struct PcreRegex::Code
{
    pcre2_code* code = nullptr;
    bool jit = false;
    ~Code()
    {
        if (code)
            pcre2_code_free(code);
    }
};

namespace {

Error unsupported(std::string_view pattern, const QString& why)
{
    return Error::make(Error::Code::Unsupported,
                       QCoreApplication::translate("PcreRegex",
                                                   "The tokenizer's pattern %1 uses %2, which TuneDesk cannot run "
                                                   "exactly as Hugging Face does, so it does not count with it.")
                           .arg(QString::fromUtf8(pattern.data(), qsizetype(pattern.size())).left(200), why));
}

// One matcher state per thread: match data and a JIT stack big enough for long whitespace runs.
struct ThreadMatchState
{
    pcre2_match_data* data = nullptr;
    pcre2_match_context* context = nullptr;
    pcre2_jit_stack* stack = nullptr;
    ThreadMatchState()
    {
        data = pcre2_match_data_create(1, nullptr);
        context = pcre2_match_context_create(nullptr);
        stack = pcre2_jit_stack_create(32 * 1024, 8 * 1024 * 1024, nullptr);
        if (context && stack)
            pcre2_jit_stack_assign(context, nullptr, stack);
    }
    ~ThreadMatchState()
    {
        pcre2_jit_stack_free(stack);
        pcre2_match_context_free(context);
        pcre2_match_data_free(data);
    }
    ThreadMatchState(const ThreadMatchState&) = delete;
    ThreadMatchState& operator=(const ThreadMatchState&) = delete;
};

ThreadMatchState& threadState()
{
    thread_local ThreadMatchState state;
    return state;
}

} // namespace

Result<std::string> PcreRegex::translate(std::string_view p)
{
    std::string out;
    out.reserve(p.size() + 16);
    bool inClass = false;
    std::size_t classStart = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\') {
            if (i + 1 >= p.size())
                return unsupported(p, QStringLiteral("a trailing backslash"));
            const char e = p[++i];
            switch (e) {
            case 's':
                // Oniguruma's \s includes NEL (U+0085); PCRE2's does not.
                out += inClass ? "\\s\\x{85}" : "[\\s\\x{85}]";
                break;
            case 'S':
                if (inClass)
                    return unsupported(p, QStringLiteral("\\S inside a class"));
                out += "[^\\s\\x{85}]";
                break;
            case 'v':
                out += "\\x{0B}"; // a vertical tab in Oniguruma, a class in PCRE2
                break;
            case 'u': {
                if (i + 4 >= p.size())
                    return unsupported(p, QStringLiteral("a short \\u escape"));
                const std::string_view hex = p.substr(i + 1, 4);
                if (hex.size() != 4 || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string_view::npos)
                    return unsupported(p, QStringLiteral("a malformed \\u escape"));
                out += "\\x{";
                out += hex;
                out += "}";
                i += 4;
                break;
            }
            case 'p':
            case 'P':
            case 'd':
            case 'D':
            case 'r':
            case 'n':
            case 't':
            case 'f':
            case 'e':
            case 'a':
            case 'x':
            case 'A':
            case 'z':
            case 'Z':
                out += '\\';
                out += e;
                break;
            default:
                if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9'))
                    return unsupported(p, QStringLiteral("\\%1").arg(QChar::fromLatin1(e)));
                out += '\\';
                out += e; // an escaped punctuation character means itself in both
            }
            continue;
        }
        if (inClass) {
            if (c == '[') {
                if (i + 1 < p.size() && p[i + 1] == ':') {
                    out += c;
                    continue;
                }
                return unsupported(p, QStringLiteral("a nested character class"));
            }
            if (c == '&' && i + 1 < p.size() && p[i + 1] == '&')
                return unsupported(p, QStringLiteral("a class intersection (&&)"));
            if (c == ']' && i > classStart) {
                inClass = false;
            }
            out += c;
            continue;
        }
        if (c == '[') {
            inClass = true;
            out += c;
            // A ']' right after '[' or '[^' is a literal in both engines.
            classStart = i + 1;
            if (classStart < p.size() && p[classStart] == '^') {
                out += '^';
                ++i;
                classStart = i + 1;
            }
            if (classStart < p.size() && p[classStart] == ']') {
                out += "\\]";
                ++i;
            }
            classStart = i + 1;
            continue;
        }
        if (c == '(' && i + 2 < p.size() && p[i + 1] == '?') {
            // Lookarounds, non-capturing groups and inline i/x flags mean the same in both;
            // Ruby's m flag (dot matches newline) does not.
            for (std::size_t k = i + 2; k < p.size() && (std::isalpha(static_cast<unsigned char>(p[k])) || p[k] == '-');
                 ++k) {
                if (p[k] == 'm')
                    return unsupported(p, QStringLiteral("Ruby's (?m)"));
            }
        }
        out += c;
    }
    if (inClass)
        return unsupported(p, QStringLiteral("an unclosed character class"));
    return out;
}

Result<PcreRegex> PcreRegex::compile(std::string_view onigurumaPattern)
{
    Result<std::string> translated = translate(onigurumaPattern);
    if (!translated)
        return translated.error();
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    // Ruby syntax: ^ and $ match at line breaks.
    pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(translated->data()), translated->size(),
                                     PCRE2_UTF | PCRE2_UCP | PCRE2_MULTILINE, &errorCode, &errorOffset, nullptr);
    if (!code) {
        PCRE2_UCHAR buffer[256];
        pcre2_get_error_message(errorCode, buffer, sizeof buffer);
        return unsupported(onigurumaPattern, QStringLiteral("something PCRE2 rejects (%1 at %2)")
                                                 .arg(QString::fromUtf8(reinterpret_cast<const char*>(buffer)))
                                                 .arg(qulonglong(errorOffset)));
    }
    PcreRegex r;
    r.m_code = std::make_shared<Code>();
    r.m_code->code = code;
    r.m_code->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
    r.m_source = std::string(onigurumaPattern);
    return r;
}

bool PcreRegex::findAll(std::string_view subject, std::vector<std::pair<std::uint32_t, std::uint32_t>>& matches) const
{
    ThreadMatchState& st = threadState();
    if (!st.data)
        return false;
    const auto* s = reinterpret_cast<PCRE2_SPTR>(subject.data());
    const PCRE2_SIZE n = subject.size();
    PCRE2_SIZE start = 0;
    while (start <= n) {
        int rc;
        if (m_code->jit) {
            rc = pcre2_jit_match(m_code->code, s, n, start, 0, st.data, st.context);
            if (rc == PCRE2_ERROR_JIT_STACKLIMIT) // a pathological run: the interpreter's heap is larger
                rc = pcre2_match(m_code->code, s, n, start, PCRE2_NO_JIT | PCRE2_NO_UTF_CHECK, st.data, nullptr);
        } else {
            rc = pcre2_match(m_code->code, s, n, start, PCRE2_NO_UTF_CHECK, st.data, nullptr);
        }
        if (rc == PCRE2_ERROR_NOMATCH)
            return true;
        if (rc < 0)
            return false;
        const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(st.data);
        const PCRE2_SIZE b = ov[0];
        const PCRE2_SIZE e = ov[1];
        if (e > b) {
            matches.emplace_back(std::uint32_t(b), std::uint32_t(e));
            start = e;
        } else {
            // An empty match splits nothing: step over one character.
            if (b >= n)
                return true;
            start = b + 1;
            while (start < n && (static_cast<unsigned char>(subject[start]) & 0xC0) == 0x80)
                ++start;
        }
    }
    return true;
}

} // namespace td
