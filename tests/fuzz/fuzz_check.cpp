// libFuzzer target for the line checker. Differential: for any bytes, the fast path
// (simdjson proofs on every core) and the exact Python-semantics check must print the same
// check_file report; the linter and the quick fixes must not crash on any row. "Together today"
// (the current client's structural check and the server's published rule) must accept
// whatever 1.5.34 accepts.
#include "validate/Linter.h"
#include "validate/ParityChecker.h"
#include "validate/ParquetFooter.h"
#include "validate/QuickFix.h"
#include "validate/TodayChecker.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const char* bytes = reinterpret_cast<const char*>(data);
    td::ParityOptions exact;
    exact.exactOnly = true;
    const std::string a = td::checkJsonlParity(bytes, size).toPythonJson();
    const std::string b = td::checkJsonlParity(bytes, size, exact).toPythonJson();
    if (a != b) {
        std::fprintf(stderr, "fast and exact checks disagree:\n%s\n---\n%s\n", a.c_str(), b.c_str());
        std::abort();
    }
    const td::ParityReport today = td::checkJsonlToday(bytes, size, "fuzz.jsonl");
    if (td::checkJsonlParity(bytes, size).passed() && !today.passed()) {
        std::fprintf(stderr, "1.5.34 accepts what today's check rejects:\n%s\n", today.toPythonJson().c_str());
        std::abort();
    }
    for (td::LintProfile profile : {td::LintProfile::Client, td::LintProfile::Tools}) {
        td::LintOptions options;
        options.profile = profile;
        options.contextLength = 8;
        for (const td::LintProblem& p : td::lintRow(QByteArrayView(bytes, qsizetype(size)), 0, options))
            (void)td::applyFix(QByteArrayView(bytes, qsizetype(size)), p.fix);
    }
    (void)td::parseParquetFooter(bytes, size);
    return 0;
}
