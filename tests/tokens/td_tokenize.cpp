// The reference test's view of TuneDesk's tokenizer: reads texts (one JSON string a line) and
// prints each one's token ids as a JSON array a line, or [id, begin, end] triples with --offsets.
// Usage: td_tokenize --tokenizer DIR_OR_FILE [--offsets] TEXTS.jsonl
//        td_tokenize --tokenizer DIR_OR_FILE --describe
#include "tokens/Tokenizer.h"

#include <QCoreApplication>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--tokenizer"));
    if (at < 0 || at + 1 >= args.size()) {
        std::fprintf(stderr, "usage: td_tokenize --tokenizer DIR [--offsets|--describe] TEXTS.jsonl\n");
        return 2;
    }
    td::Result<td::Tokenizer> t = td::Tokenizer::load(args[at + 1]);
    if (!t) {
        std::fprintf(stderr, "%s\n", qPrintable(t.error().message));
        return 1;
    }
    if (args.contains(QStringLiteral("--describe"))) {
        std::printf("%s\n", qPrintable(t->describe()));
        return 0;
    }
    const bool offsets = args.contains(QStringLiteral("--offsets"));
    std::ifstream in(args.back().toStdString(), std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.back()));
        return 1;
    }
    std::string line;
    std::string out;
    std::vector<std::uint32_t> ids;
    std::vector<td::TokenSpan> spans;
    while (std::getline(in, line)) {
        const std::string text = nlohmann::json::parse(line).get<std::string>();
        ids.clear();
        spans.clear();
        if (td::Result<void> r = t->encodeInto(text, ids, offsets ? &spans : nullptr); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        out = "[";
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (i)
                out += ',';
            if (offsets)
                out += "[" + std::to_string(spans[i].id) + "," + std::to_string(spans[i].begin) + "," +
                       std::to_string(spans[i].end) + "]";
            else
                out += std::to_string(ids[i]);
        }
        out += "]\n";
        std::fwrite(out.data(), 1, out.size(), stdout);
    }
    return 0;
}
