#include "import/CsvReader.h"
#include "import/RecordReader.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace td;

// The record readers under every split of their input: the CSV reader (RFC 4180 quoting,
// embedded line breaks, CRLF, BOM, unterminated quotes, rows over the size limit) and the
// line and JSON-array splitters, whose records must not depend on where chunks end.
class TestImportReaders : public QObject
{
    Q_OBJECT

    struct Rec
    {
        std::int64_t line;
        std::string text;
        std::vector<std::string> fields;
        QString error;
        bool operator==(const Rec& o) const
        {
            return line == o.line && text == o.text && fields == o.fields && error == o.error;
        }
    };

    // Feeds `input` in pieces of `piece` bytes (0: at once), padded or not.
    static std::vector<Rec> read(RecordReader::Mode mode, const std::string& input, std::size_t piece = 0,
                                 std::size_t max = std::size_t(1) << 20)
    {
        std::vector<Rec> out;
        RecordReader reader(mode, max);
        const RecordSink sink = [&](const SourceRecord& r) {
            Rec rec{r.line, std::string(r.text), r.fields ? *r.fields : std::vector<std::string>{}, r.error};
            out.push_back(std::move(rec));
            return true;
        };
        if (piece == 0)
            piece = std::max<std::size_t>(input.size(), 1);
        // The first piece holds the BOM whole (the reader's documented precondition).
        std::size_t first = std::min(input.size(), std::max<std::size_t>(piece, 3));
        reader.feed(input.data(), first, false, sink);
        for (std::size_t pos = first; pos < input.size(); pos += piece)
            reader.feed(input.data() + pos, std::min(piece, input.size() - pos), false, sink);
        reader.finish(sink);
        return out;
    }

    static std::vector<std::vector<std::string>> fieldsOf(const std::vector<Rec>& recs)
    {
        std::vector<std::vector<std::string>> out;
        for (const Rec& r : recs)
            out.push_back(r.fields);
        return out;
    }

private slots:
    void csvQuotingAndLineBreaks()
    {
        const std::string input = "\xEF\xBB\xBF"
                                  "a,b,c\r\n"
                                  "\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                                  ",,\n"
                                  "plain,\"\",last";
        const auto recs = read(RecordReader::Mode::Csv, input);
        using V = std::vector<std::string>;
        QCOMPARE(recs.size(), std::size_t(4));
        QVERIFY(recs[0].fields == (V{"a", "b", "c"}));
        QVERIFY(recs[1].fields == (V{"x, y", "say \"hi\"", "two\nlines"}));
        QVERIFY(recs[2].fields == (V{"", "", ""}));
        QVERIFY(recs[3].fields == (V{"plain", "", "last"}));
        // Line numbers: where each record starts, counting the line break inside the quotes.
        QCOMPARE(recs[1].line, 2);
        QCOMPARE(recs[2].line, 4);
        QCOMPARE(recs[3].line, 5);
    }

    // Quoted fields longer than the sixteen bytes the reader looks at once, line breaks at every
    // place of a block before and after a quote: each record starts at its line, and a record's
    // fields reuse the buffers of the one before without keeping its text.
    void csvLongQuotedFieldsCountTheirLines()
    {
        std::string input = "a,b\n";
        std::vector<std::vector<std::string>> fields;
        std::vector<std::int64_t> lines;
        std::int64_t line = 2;
        for (std::size_t at = 0; at < 40; ++at) {
            std::string text(at + 20, 'x');
            text[at] = '\n';
            text[at % 2 ? at / 2 : at + 5] = '"';
            std::string quoted;
            for (const char c : text)
                quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
            const std::string second = at % 3 ? std::string(at % 7, 'y') : std::string();
            input.append(1, '"').append(quoted).append("\",").append(second).append(1, '\n');
            fields.push_back({text, second});
            lines.push_back(line);
            line += 2;
        }
        const auto recs = read(RecordReader::Mode::Csv, input);
        QCOMPARE(recs.size(), fields.size() + 1);
        for (std::size_t r = 0; r < fields.size(); ++r) {
            QVERIFY2(recs[r + 1].fields == fields[r], qPrintable(QString::number(r)));
            QCOMPARE(recs[r + 1].line, lines[r]);
        }
        for (std::size_t piece : {1, 7, 16, 17})
            QVERIFY2(read(RecordReader::Mode::Csv, input, piece) == recs, qPrintable(QString::number(piece)));
    }

    void csvSameRecordsWhateverTheChunks()
    {
        const std::string input = "q,a\n\"1\r\n2\",\"\"\"\"\nx,\"y\"\"z\"\r\n\n\"end\"";
        const auto whole = read(RecordReader::Mode::Csv, input);
        QCOMPARE(whole.size(), std::size_t(5));
        for (std::size_t piece = 1; piece < input.size(); ++piece)
            QVERIFY2(read(RecordReader::Mode::Csv, input, piece) == whole, qPrintable(QString::number(piece)));
        QVERIFY(whole[1].fields == (std::vector<std::string>{"1\r\n2", "\""}));
        QVERIFY(whole[2].fields == (std::vector<std::string>{"x", "y\"z"}));
        QVERIFY(whole[3].fields == (std::vector<std::string>{""})); // the empty line is a row, not skipped
        QVERIFY(whole[4].fields == (std::vector<std::string>{"end"}));
        QCOMPARE(whole[4].line, 6);
    }

    void tsvAndLenientQuotes()
    {
        const auto recs = read(RecordReader::Mode::Tsv, "a\tb\nsay \"x\"\t\"q\"tail\n");
        QCOMPARE(recs.size(), std::size_t(2));
        QVERIFY(recs[1].fields == (std::vector<std::string>{"say \"x\"", "qtail"}));
    }

    void csvUnterminatedQuoteIsAnErrorRow()
    {
        const auto recs = read(RecordReader::Mode::Csv, "a,b\n1,2\n3,\"never closed\n4,5\n");
        QCOMPARE(recs.size(), std::size_t(3));
        QVERIFY(recs[2].error.contains(QLatin1String("never closed")));
        QCOMPARE(recs[2].line, 3);
    }

    void csvHugeRecordIsRefusedAndReadingGoesOn()
    {
        std::string input = "a,b\n\"" + std::string(5000, 'x') + "\",y\nok,fine\n";
        for (std::size_t piece : {std::size_t(0), std::size_t(7), std::size_t(1000)}) {
            const auto recs = read(RecordReader::Mode::Csv, input, piece, 1000);
            QCOMPARE(recs.size(), std::size_t(3));
            QVERIFY(!recs[1].error.isEmpty());
            QVERIFY(recs[1].fields.empty());
            QVERIFY(recs[2].fields == (std::vector<std::string>{"ok", "fine"}));
            QCOMPARE(recs[2].line, 3);
        }
    }

    void linesWhateverTheChunks()
    {
        const std::string input = "\xEF\xBB\xBF{\"a\":1}\r\n\nsecond\nthird without end";
        const auto whole = read(RecordReader::Mode::Lines, input);
        QCOMPARE(whole.size(), std::size_t(4));
        QCOMPARE(whole[0].text, std::string("{\"a\":1}\r"));
        QCOMPARE(whole[1].text, std::string());
        QCOMPARE(whole[3].text, std::string("third without end"));
        QCOMPARE(whole[3].line, 4);
        for (std::size_t piece = 1; piece < input.size(); ++piece)
            QVERIFY2(read(RecordReader::Mode::Lines, input, piece) == whole, qPrintable(QString::number(piece)));
    }

    void hugeLineIsRefusedNotHeld()
    {
        const std::string input = "short\n" + std::string(10000, 'x') + "\nafter\n";
        for (std::size_t piece : {std::size_t(0), std::size_t(3), std::size_t(999), std::size_t(4096)}) {
            const auto recs = read(RecordReader::Mode::Lines, input, piece, 1000);
            QCOMPARE(recs.size(), std::size_t(3));
            QCOMPARE(recs[0].text, std::string("short"));
            QVERIFY(recs[1].error.contains(QLatin1String("longer than")));
            QCOMPARE(recs[1].line, 2);
            QCOMPARE(recs[2].text, std::string("after"));
            QCOMPARE(recs[2].line, 3);
        }
    }

    void jsonArrayElements()
    {
        const std::string input = " [\n {\"s\": \"]}[{,\\\"\"},\n\n[1, [2]] ,\"str,]\", 42 ,null,\n {\"e\":{}}\n]\n";
        const auto whole = read(RecordReader::Mode::JsonArray, input);
        QCOMPARE(whole.size(), std::size_t(6));
        QCOMPARE(whole[0].text, std::string("{\"s\": \"]}[{,\\\"\"}"));
        QCOMPARE(whole[0].line, 2);
        QCOMPARE(whole[1].text, std::string("[1, [2]]"));
        QCOMPARE(whole[1].line, 4);
        QCOMPARE(whole[2].text, std::string("\"str,]\""));
        QCOMPARE(whole[3].text, std::string("42"));
        QCOMPARE(whole[4].text, std::string("null"));
        QCOMPARE(whole[5].text, std::string("{\"e\":{}}"));
        QCOMPARE(whole[5].line, 5);
        for (std::size_t piece = 1; piece < input.size(); ++piece)
            QVERIFY2(read(RecordReader::Mode::JsonArray, input, piece) == whole, qPrintable(QString::number(piece)));
    }

    // Long elements, whose strings the splitter crosses sixteen bytes at a time: quotes,
    // backslashes and brackets inside strings at every place of a block, nested values, line
    // breaks between and inside elements, a backslash outside strings. Each element is found whole
    // at its line, however the input is cut (pieces of one byte leave no block to compare).
    void jsonArrayLongElementsWhateverTheChunks()
    {
        std::mt19937 random(11);
        const char* pieces[] = {"a", "\\\"", "\\\\", "{", "}", "[", "]", ",", "\xC3\xA9", " ", "\\n"};
        auto text = [&](std::size_t n) {
            std::string t = "\"";
            for (std::size_t i = 0; i < n; ++i)
                t += pieces[random() % (sizeof pieces / sizeof *pieces)];
            return t + "\"";
        };
        std::string input = "[";
        std::vector<std::pair<std::string, std::int64_t>> expected;
        std::int64_t line = 1;
        for (int e = 0; e < 60; ++e) {
            std::string sep = e ? "," : "";
            sep.append(random() % 3, '\n').append("  ");
            line += std::count(sep.begin(), sep.end(), '\n');
            input += sep;
            // Not JSON, still one element: a backslash outside strings escapes nothing.
            if (e == 30) {
                const std::string broken = "{\"a\":1," + std::string(70, ' ') + "\\\"x\": \"]\\\\\"}";
                expected.emplace_back(broken, line);
                input += broken + ",";
            }
            std::string element = "{\"k\":" + text(random() % 70) + ",\"list\":[" + text(random() % 40) +
                                  ",{\"n\":[1,[2]]}],\n\"v\":" + text(random() % 90) + "}";
            expected.emplace_back(element, line);
            line += std::count(element.begin(), element.end(), '\n');
            input += element;
        }
        input += "\n]\n";
        const auto whole = read(RecordReader::Mode::JsonArray, input);
        QCOMPARE(whole.size(), expected.size());
        for (std::size_t i = 0; i < whole.size(); ++i) {
            QCOMPARE(whole[i].text, expected[i].first);
            QCOMPARE(whole[i].line, expected[i].second);
            QVERIFY(whole[i].error.isEmpty());
        }
        for (std::size_t piece : {1, 5, 15, 16, 17, 64, 333})
            QVERIFY2(read(RecordReader::Mode::JsonArray, input, piece) == whole, qPrintable(QString::number(piece)));
        // An error's line counts the lines of everything before it.
        const auto after = read(RecordReader::Mode::JsonArray, input + "\n\n x");
        QCOMPARE(after.size(), expected.size() + 1);
        QCOMPARE(after.back().line, line + 4);
        QVERIFY(after.back().error.contains(QLatin1String("after the end")));
    }

    void jsonArrayBrokenEnds()
    {
        auto recs = read(RecordReader::Mode::JsonArray, "[{\"a\":1},{\"b\":");
        QCOMPARE(recs.size(), std::size_t(2));
        QVERIFY(recs[1].error.contains(QLatin1String("ends inside")));
        recs = read(RecordReader::Mode::JsonArray, "[{\"a\":1}] trailing");
        QCOMPARE(recs.size(), std::size_t(2));
        QVERIFY(recs[1].error.contains(QLatin1String("after the end")));
        recs = read(RecordReader::Mode::JsonArray, "{\"not\":\"an array\"}");
        QCOMPARE(recs.size(), std::size_t(1));
        QVERIFY(recs[0].error.contains(QLatin1String("does not start")));
        recs = read(RecordReader::Mode::JsonArray, "[{\"a\":1},\n");
        QCOMPARE(recs.size(), std::size_t(2));
        QVERIFY(recs[1].error.contains(QLatin1String("not closed")));
        QVERIFY(read(RecordReader::Mode::JsonArray, "[]").empty());
        QVERIFY(read(RecordReader::Mode::JsonArray, "").empty());
    }

    void jsonArrayHugeElementIsRefused()
    {
        std::string input = "[{\"x\":\"";
        input.append(5000, 'y').append("\"},{\"ok\":1}]");
        for (std::size_t piece : {std::size_t(0), std::size_t(10), std::size_t(999)}) {
            const auto recs = read(RecordReader::Mode::JsonArray, input, piece, 1000);
            QCOMPARE(recs.size(), std::size_t(2));
            QVERIFY(!recs[0].error.isEmpty());
            QCOMPARE(recs[1].text, std::string("{\"ok\":1}"));
        }
    }
};

QTEST_GUILESS_MAIN(TestImportReaders)
#include "tst_importreaders.moc"
