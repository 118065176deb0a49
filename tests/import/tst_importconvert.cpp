#include "import/FormatDetector.h"
#include "import/JsonOut.h"
#include "import/RowConverter.h"

#include <QTest>

#include <cstdio>
#include <random>

#include <string>
#include <vector>

using namespace td;

#define EXPECT_ROW(out, expected)                                                                                      \
    do {                                                                                                               \
        const Out o_ = (out);                                                                                          \
        QVERIFY2(o_.refusal.isEmpty(), qPrintable(o_.refusal));                                                        \
        QCOMPARE(QString::fromStdString(o_.row), QString::fromUtf8(expected));                                         \
    } while (0)
#define EXPECT_REFUSED(out, part)                                                                                      \
    do {                                                                                                               \
        const Out o_ = (out);                                                                                          \
        QVERIFY2(!o_.refusal.isEmpty(), o_.row.c_str());                                                               \
        QVERIFY2(o_.refusal.contains(QLatin1String(part)), qPrintable(o_.refusal));                                    \
    } while (0)

// Each input format's rows through the converter the import uses: what a good row becomes
// (exact bytes), and for odd rows (missing fields, wrong types, invalid UTF-8, empty rows)
// that they are refused with a reason that names the place. Then the detector on samples
// of each format.
class TestImportConvert : public QObject
{
    Q_OBJECT

    struct Out
    {
        std::string row;
        QString refusal;
    };

    static Out convert(ImportFormat format, const std::string& json, const QString& mapping = {},
                       const std::vector<std::string>& header = {}, const std::vector<std::string>* fields = nullptr)
    {
        auto m = FieldMapping::parse(mapping);
        auto c = RowConverter::create(format, *m, header);
        if (!c)
            return {{}, QStringLiteral("create: ") + c.error().message};
        SourceRecord r;
        r.line = 1;
        r.text = json;
        r.fields = fields;
        std::string out = "prefix";
        const QString why = (*c)->convert(r, out);
        if (!why.isEmpty()) {
            if (out != "prefix")
                return {out, QStringLiteral("output changed on refusal")};
            return {{}, why};
        }
        return {out.substr(6), {}};
    }

    static Out csv(const std::vector<std::string>& header, const std::vector<std::string>& fields,
                   const QString& mapping)
    {
        return convert(ImportFormat::Csv, {}, mapping, header, &fields);
    }

private slots:
    void jsonStringEscapes()
    {
        std::string out;
        appendJsonString(out, std::string_view("a\"b\\c\n\t\x01\x1f é"));
        QCOMPARE(QString::fromStdString(out), QString::fromUtf8("\"a\\\"b\\\\c\\n\\t\\u0001\\u001f é\""));
    }

    // An empty view with no data at all (a default string_view, an empty vector's) is an empty
    // string; under UBSan a copy from its null pointer fails this test.
    void jsonStringEmptyWithoutData()
    {
        std::string out = "k:";
        appendJsonString(out, std::string_view{});
        QCOMPARE(QString::fromStdString(out), QStringLiteral("k:\"\""));
    }

    // The escaper appends short texts as they are and escapes longer ones sixty-four bytes at a time, the
    // last bytes from a copy: a special byte at any place of a short text, of a block or of the last two
    // blocks, after runs of any length and among multibyte characters, is escaped as byte-by-byte would.
    void jsonStringEscapesAtEveryPosition()
    {
        auto naive = [](std::string_view s) {
            std::string out = "\"";
            for (char c : s) {
                const auto u = static_cast<unsigned char>(c);
                if (c == '"' || c == '\\')
                    out += std::string("\\") + c;
                else if (c == '\n')
                    out += "\\n";
                else if (c == '\r')
                    out += "\\r";
                else if (c == '\t')
                    out += "\\t";
                else if (c == '\b')
                    out += "\\b";
                else if (c == '\f')
                    out += "\\f";
                else if (u < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", u);
                    out += buf;
                } else
                    out += c;
            }
            return out + "\"";
        };
        for (char special : {'"', '\\', '\n', '\x01', '\x1f', '\x00', '\x7f', ' '})
            for (std::size_t len = 0; len < 200; ++len)
                for (std::size_t at = 0; at < len; ++at) {
                    std::string s;
                    for (std::size_t i = 0; i < len; ++i)
                        s += (i % 5 == 3) ? "\xC3\xA9" : "a";
                    s[at] = special;
                    std::string out;
                    appendJsonString(out, s);
                    QCOMPARE(QByteArray::fromStdString(out), QByteArray::fromStdString(naive(s)));
                }
        // Long texts, across the chunks the escaping writes a buffer at a time: escapes dense
        // (every byte six bytes long), sparse and random, after text already in the output.
        std::mt19937 random(7);
        for (const std::size_t len : {4095u, 4096u, 4097u, 8192u + 17u, 20000u}) {
            for (int density : {1, 2, 17, 1000}) {
                std::string s(len, 'x');
                for (std::size_t i = 0; i < len; ++i)
                    if (random() % unsigned(density) == 0)
                        s[i] = char(random() % 0x22); // a control byte, a space, '!' or '"'
                std::string out = "prefix";
                appendJsonString(out, s);
                QCOMPARE(QByteArray::fromStdString(out), QByteArray::fromStdString("prefix" + naive(s)));
            }
        }
    }

    void shareGpt()
    {
        EXPECT_ROW(
            convert(ImportFormat::ShareGpt,
                    "{\"conversations\":[{\"from\":\"system\",\"value\":\"S\"},{\"from\":\"human\",\"value\":\"Hi\"},"
                    "{\"from\":\"gpt\",\"value\":\"Yo\",\"weight\":0},{\"from\":\"Human\",\"value\":\"Again\"},"
                    "{\"from\":\"chatgpt\",\"value\":\"Sure\"}],\"id\":\"x\"}"),
            "{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"Hi\"},"
            "{\"role\":\"assistant\",\"content\":\"Yo\",\"weight\":0},{\"role\":\"user\",\"content\":\"Again\"},"
            "{\"role\":\"assistant\",\"content\":\"Sure\"}]}");
        // A top-level system prompt, mapped keys.
        EXPECT_ROW(
            convert(ImportFormat::ShareGpt,
                    "{\"sys\":\"Be "
                    "brief\",\"dialog\":[{\"speaker\":\"user\",\"text\":\"Q\"},{\"speaker\":\"bot\",\"text\":\"A\"}]}",
                    QStringLiteral("conversations=dialog,from=speaker,value=text,system=sys")),
            "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief\"},{\"role\":\"user\",\"content\":\"Q\"},"
            "{\"role\":\"assistant\",\"content\":\"A\"}]}");
        // LLaMA-Factory's function calls and observations, with tools as JSON text.
        EXPECT_ROW(
            convert(ImportFormat::ShareGpt,
                    "{\"conversations\":[{\"from\":\"human\",\"value\":\"W?\"},"
                    "{\"from\":\"function_call\",\"value\":\"{\\\"name\\\":\\\"w\\\",\\\"arguments\\\":{\\\"c\\\":"
                    "\\\"P\\\"}}\"},"
                    "{\"from\":\"observation\",\"value\":\"sun\"},{\"from\":\"gpt\",\"value\":\"Sunny\"}],"
                    "\"tools\":\"[{\\\"type\\\":\\\"function\\\",\\\"function\\\":{\\\"name\\\":\\\"w\\\"}}]\"}"),
            "{\"messages\":[{\"role\":\"user\",\"content\":\"W?\"},{\"role\":\"assistant\",\"tool_calls\":[{\"id\":"
            "\"call_1\","
            "\"type\":\"function\",\"function\":{\"name\":\"w\",\"arguments\":\"{\\\"c\\\":\\\"P\\\"}\"}}]},"
            "{\"role\":\"tool\",\"content\":\"sun\",\"tool_call_id\":\"call_1\"},{\"role\":\"assistant\",\"content\":"
            "\"Sunny\"}],"
            "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"w\"}}]}");
        EXPECT_REFUSED(convert(ImportFormat::ShareGpt, "{\"messages\":[]}"), "no \"conversations\"");
        EXPECT_REFUSED(convert(ImportFormat::ShareGpt, "{\"conversations\":[]}"), "is empty");
        // A conversation without the assistant: Together rejects a file with one, so the row
        // is refused (the preview said it converted, then the written file was rejected).
        EXPECT_REFUSED(convert(ImportFormat::ShareGpt,
                               "{\"conversations\":[{\"from\":\"system\",\"value\":\"S\"},{\"from\":\"human\","
                               "\"value\":\"Only a question\"}]}"),
                       "no message is from the assistant");
        EXPECT_REFUSED(convert(ImportFormat::OpenAi, "{\"messages\":[{\"role\":\"user\",\"content\":\"Q\"}]}"),
                       "no message is from the assistant");
        EXPECT_REFUSED(convert(ImportFormat::ShareGpt, "{\"conversations\":{\"from\":\"human\"}}"), "not a list");
        EXPECT_REFUSED(convert(ImportFormat::ShareGpt, "{\"conversations\":[{\"value\":\"x\"}]}"),
                       "conversations[0] has no \"from\"");
        EXPECT_REFUSED(convert(ImportFormat::ShareGpt, "{\"conversations\":[{\"from\":\"human\",\"value\":5}]}"),
                       "conversations[0].value is a number");
        EXPECT_REFUSED(
            convert(
                ImportFormat::ShareGpt,
                "{\"conversations\":[{\"from\":\"human\",\"value\":\"a\"},{\"from\":\"narrator\",\"value\":\"b\"}]}"),
            "conversations[1] is from \"narrator\"");
        EXPECT_REFUSED(
            convert(ImportFormat::ShareGpt, "{\"conversations\":[{\"from\":\"human\",\"value\":\"a\",\"weight\":2}]}"),
            "weight must be 0 or 1");
        EXPECT_REFUSED(convert(ImportFormat::ShareGpt,
                               "{\"conversations\":[{\"from\":\"function_call\",\"value\":\"not json\"}]}"),
                       "not JSON");
    }

    void alpaca()
    {
        EXPECT_ROW(convert(ImportFormat::Alpaca, "{\"instruction\":\"Add\",\"input\":\"1+1\",\"output\":\"2\"}"),
                   "{\"messages\":[{\"role\":\"user\",\"content\":\"Add\\n\\n1+1\"},{\"role\":\"assistant\","
                   "\"content\":\"2\"}]}");
        EXPECT_ROW(convert(ImportFormat::Alpaca, "{\"instruction\":\"Now\",\"input\":\"\",\"output\":\"B\",\"system\":"
                                                 "\"S\",\"history\":[[\"q\",\"a\"]]}"),
                   "{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"q\"},"
                   "{\"role\":\"assistant\",\"content\":\"a\"},{\"role\":\"user\",\"content\":\"Now\"},"
                   "{\"role\":\"assistant\",\"content\":\"B\"}]}");
        // Dolly's names through the mapping.
        EXPECT_ROW(
            convert(ImportFormat::Alpaca, "{\"instruction\":\"I\",\"context\":\"C\",\"response\":\"R\"}",
                    QStringLiteral("input=context,output=response")),
            "{\"messages\":[{\"role\":\"user\",\"content\":\"I\\n\\nC\"},{\"role\":\"assistant\",\"content\":\"R\"}]}");
        EXPECT_REFUSED(convert(ImportFormat::Alpaca, "{\"instruction\":\"x\"}"), "no \"output\"");
        EXPECT_REFUSED(convert(ImportFormat::Alpaca, "{\"instruction\":[\"x\"],\"output\":\"y\"}"),
                       "\"instruction\" is a list");
        EXPECT_REFUSED(convert(ImportFormat::Alpaca, "{\"instruction\":\"x\",\"input\":3,\"output\":\"y\"}"),
                       "\"input\" is a number");
        EXPECT_REFUSED(convert(ImportFormat::Alpaca, "{\"instruction\":\" \",\"input\":\"\",\"output\":\"y\"}"),
                       "both empty");
        EXPECT_REFUSED(
            convert(ImportFormat::Alpaca, "{\"instruction\":\"x\",\"output\":\"y\",\"history\":[[\"only\"]]}"),
            "history[0]");
    }

    void openAiChat()
    {
        EXPECT_ROW(
            convert(ImportFormat::OpenAi,
                    "{\"messages\":[{\"role\":\"developer\",\"content\":\"D\"},"
                    "{\"role\":\"user\",\"name\":\"ann\",\"content\":[{\"type\":\"text\",\"text\":\"a\"},"
                    "{\"type\":\"text\",\"text\":\"b\"}]},"
                    "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c9\",\"type\":\"function\","
                    "\"function\":{\"name\":\"f\",\"arguments\":{\"x\":1}}}]},"
                    "{\"role\":\"tool\",\"tool_call_id\":\"c9\",\"content\":\"r\"},"
                    "{\"role\":\"assistant\",\"content\":\"done\",\"weight\":1}],\"tools\":[{\"type\":\"function\","
                    "\"function\":{\"name\":\"f\"}}],\"extra\":1}"),
            "{\"messages\":[{\"role\":\"system\",\"content\":\"D\"},{\"role\":\"user\",\"content\":\"a\\nb\",\"name\":"
            "\"ann\"},"
            "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c9\",\"type\":\"function\",\"function\":{\"name\":\"f\","
            "\"arguments\":\"{\\\"x\\\":1}\"}}]},{\"role\":\"tool\",\"content\":\"r\",\"tool_call_id\":\"c9\"},"
            "{\"role\":\"assistant\",\"content\":\"done\",\"weight\":1}],"
            "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\"}}]}");
        // Legacy function calling: function_call, a function message, functions.
        EXPECT_ROW(
            convert(ImportFormat::OpenAi,
                    "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},"
                    "{\"role\":\"assistant\",\"content\":null,\"function_call\":{\"name\":\"g\",\"arguments\":\"{}\"}},"
                    "{\"role\":\"function\",\"name\":\"g\",\"content\":\"out\"},{\"role\":\"assistant\",\"content\":"
                    "\"a\"}],"
                    "\"functions\":[{\"name\":\"g\",\"parameters\":{}}]}"),
            "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"tool_calls\":[{\"id\":"
            "\"call_1\","
            "\"type\":\"function\",\"function\":{\"name\":\"g\",\"arguments\":\"{}\"}}]},"
            "{\"role\":\"tool\",\"content\":\"out\",\"name\":\"g\",\"tool_call_id\":\"call_1\"},"
            "{\"role\":\"assistant\",\"content\":\"a\"}],\"tools\":[{\"type\":\"function\",\"function\":"
            "{\"name\":\"g\",\"parameters\":{}}}]}");
        // An image keeps the parts a list.
        EXPECT_ROW(convert(ImportFormat::OpenAi,
                           "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"what\"},"
                           "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,AA\"}}]},"
                           "{\"role\":\"assistant\",\"content\":\"a cat\"}]}"),
                   "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"what\"},"
                   "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,AA\"}}]},"
                   "{\"role\":\"assistant\",\"content\":\"a cat\"}]}");
        EXPECT_REFUSED(convert(ImportFormat::OpenAi, "{\"messages\":[{\"role\":\"user\"}]}"),
                       "messages[0] has no \"content\"");
        EXPECT_REFUSED(convert(ImportFormat::OpenAi, "{\"messages\":[{\"role\":\"user\",\"content\":null}]}"),
                       "has no \"content\"");
        EXPECT_REFUSED(convert(ImportFormat::OpenAi, "{\"messages\":[{\"role\":\"judge\",\"content\":\"x\"}]}"),
                       "the role \"judge\"");
        EXPECT_REFUSED(convert(ImportFormat::OpenAi, "{\"messages\":[{\"role\":7,\"content\":\"x\"}]}"),
                       "messages[0].role is a number");
        EXPECT_REFUSED(convert(ImportFormat::OpenAi,
                               "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\",\"x\":1}]}]}"),
                       "\"input_audio\" part");
        EXPECT_REFUSED(
            convert(ImportFormat::OpenAi, "{\"messages\":[{\"role\":\"user\",\"content\":\"q\",\"tool_calls\":[]}]}"),
            "not from the assistant");
        EXPECT_REFUSED(convert(ImportFormat::OpenAi,
                               "{\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"type\":\"function\"}]}]}"),
                       "tool_calls[0] has no function name");
        EXPECT_REFUSED(convert(ImportFormat::OpenAi, "{\"messages\":\"hi\"}"), "not a list");
        EXPECT_REFUSED(convert(ImportFormat::OpenAi, "[\"messages\"]"), "not a JSON object");
    }

    void huggingFaceUsesTheChatRules()
    {
        EXPECT_ROW(
            convert(ImportFormat::HuggingFace,
                    "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"model\",\"content\":\"a\"}],"
                    "\"prompt_id\":\"p1\"}"),
            "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"a\"}]}");
    }

    void promptCompletion()
    {
        EXPECT_ROW(convert(ImportFormat::PromptCompletion, "{\"prompt\":\"p\",\"completion\":\"c\",\"meta\":1}"),
                   "{\"prompt\":\"p\",\"completion\":\"c\"}");
        EXPECT_REFUSED(convert(ImportFormat::PromptCompletion, "{\"prompt\":\"p\"}"), "no \"completion\"");
        EXPECT_REFUSED(convert(ImportFormat::PromptCompletion, "{\"prompt\":\"p\",\"completion\":null}"),
                       "\"completion\" is null");
    }

    void oddJsonRows()
    {
        EXPECT_REFUSED(convert(ImportFormat::OpenAi, ""), "empty");
        EXPECT_REFUSED(convert(ImportFormat::OpenAi, "  \r"), "empty");
        EXPECT_REFUSED(convert(ImportFormat::OpenAi, "{\"messages\": ["), "not valid JSON");
        EXPECT_REFUSED(convert(ImportFormat::OpenAi, "{\"messages\":[{\"role\":\"user\",\"content\":\"\xff\"}]}"),
                       "not valid UTF-8");
        // Huge but fine: a 3 MiB content converts whole.
        const std::string big(3 << 20, 'z');
        const Out o = convert(ImportFormat::PromptCompletion, "{\"prompt\":\"" + big + "\",\"completion\":\"c\"}");
        QVERIFY(o.refusal.isEmpty());
        QCOMPARE(o.row.size(), big.size() + 30);
    }

    void plainText()
    {
        EXPECT_ROW(convert(ImportFormat::Text, "Once upon a \"time\"\r"), "{\"text\":\"Once upon a \\\"time\\\"\"}");
        EXPECT_REFUSED(convert(ImportFormat::Text, "   "), "empty");
        EXPECT_REFUSED(convert(ImportFormat::Text, "bad \xC3\x28 bytes"), "UTF-8");
    }

    void csvColumns()
    {
        const std::vector<std::string> header{"sys", "instruction", "input", "output"};
        EXPECT_ROW(
            csv(header, {"S", "Do", "this", "Done"},
                QStringLiteral("system=sys,user=instruction,user=input,assistant=output")),
            "{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"Do\\n\\nthis\"},"
            "{\"role\":\"assistant\",\"content\":\"Done\"}]}");
        // Empty cells are left out; columns by number.
        EXPECT_ROW(
            csv(header, {"", "Do", "", "Done"}, QStringLiteral("system=1,user=2,user=3,assistant=4")),
            "{\"messages\":[{\"role\":\"user\",\"content\":\"Do\"},{\"role\":\"assistant\",\"content\":\"Done\"}]}");
        // Several turns in one table row.
        EXPECT_ROW(csv({"q1", "a1", "q2", "a2"}, {"x", "y", "z", "w"},
                       QStringLiteral("user=q1,assistant=a1,user=q2,assistant=a2")),
                   "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":\"y\"},"
                   "{\"role\":\"user\",\"content\":\"z\"},{\"role\":\"assistant\",\"content\":\"w\"}]}");
        EXPECT_ROW(csv({"p", "c"}, {"P", "C"}, QStringLiteral("prompt=p,completion=c")),
                   "{\"prompt\":\"P\",\"completion\":\"C\"}");
        EXPECT_ROW(csv({"id", "body"}, {"1", "T"}, QStringLiteral("text=body")), "{\"text\":\"T\"}");
        EXPECT_REFUSED(csv(header, {"S", "Do", "x"}, QStringLiteral("user=instruction,assistant=output")),
                       "3 fields, the header 4");
        EXPECT_REFUSED(csv(header, {"S", "Do", "x", ""}, QStringLiteral("user=instruction,assistant=output")),
                       "assistant's columns are empty");
        EXPECT_REFUSED(csv(header, {"S", "\xff", "x", "y"}, QStringLiteral("user=instruction,assistant=output")),
                       "not valid UTF-8");
        EXPECT_REFUSED(csv(header, {""}, QStringLiteral("user=instruction,assistant=output")), "empty");
        // Mappings that cannot work say so before any row.
        EXPECT_REFUSED(csv(header, {}, QStringLiteral("user=question,assistant=output")), "no column \"question\"");
        EXPECT_REFUSED(csv(header, {}, QStringLiteral("user=input,prompt=output")), "mixes");
        EXPECT_REFUSED(csv(header, {}, QStringLiteral("user=input")), "Map a column to assistant");
        EXPECT_REFUSED(csv(header, {}, QStringLiteral("speaker=input")), "\"speaker\" is not");
        EXPECT_REFUSED(csv(header, {}, QString()), "Map the columns");
    }

    void mappingText()
    {
        auto m = FieldMapping::parse(QStringLiteral(" user = q , assistant=a "));
        QVERIFY(m);
        QCOMPARE(m->toString(), QStringLiteral("user=q,assistant=a"));
        QVERIFY(!FieldMapping::parse(QStringLiteral("user")));
        QVERIFY(!FieldMapping::parse(QStringLiteral("=x")));
    }

    void detectsEachFormat_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("mapping");
        QTest::addColumn<double>("confidence");
        const QByteArray sg =
            "{\"conversations\":[{\"from\":\"human\",\"value\":\"q\"},{\"from\":\"gpt\",\"value\":\"a\"}]}";
        QTest::newRow("sharegpt") << (sg + '\n' + sg + '\n') << "a.jsonl" << int(ImportFormat::ShareGpt)
                                  << "conversations=conversations,from=from,value=value" << 1.0;
        QTest::newRow("sharegpt, one bad row")
            << (sg + "\n{\"conversations\":5}\n" + sg + '\n' + sg + '\n') << "a.jsonl" << int(ImportFormat::ShareGpt)
            << "conversations=conversations,from=from,value=value" << 0.75;
        const QByteArray oa =
            "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"a\"}]}";
        QTest::newRow("openai") << (oa + '\n') << "a.jsonl" << int(ImportFormat::OpenAi) << "messages=messages" << 1.0;
        QTest::newRow("hf array") << ("[\n" + oa + ",\n" + oa + "\n]\n") << "a.json" << int(ImportFormat::HuggingFace)
                                  << "messages=messages" << 1.0;
        QTest::newRow("role/content under conversations")
            << QByteArray("{\"conversations\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\","
                          "\"content\":\"a\"}]}")
            << "a.jsonl" << int(ImportFormat::OpenAi) << "messages=conversations" << 1.0;
        QTest::newRow("alpaca") << QByteArray("{\"instruction\":\"i\",\"input\":\"\",\"output\":\"o\"}") << "a.json"
                                << int(ImportFormat::Alpaca) << "instruction=instruction,input=input,output=output"
                                << 1.0;
        QTest::newRow("dolly") << QByteArray("{\"instruction\":\"i\",\"context\":\"c\",\"response\":\"o\"}") << "a.json"
                               << int(ImportFormat::Alpaca) << "instruction=instruction,input=context,output=response"
                               << 1.0;
        QTest::newRow("prompt/completion") << QByteArray("{\"prompt\":\"p\",\"completion\":\"c\"}\n") << "a.jsonl"
                                           << int(ImportFormat::PromptCompletion) << "" << 1.0;
        QTest::newRow("csv") << QByteArray("\xEF\xBB\xBFquestion,answer\n\"a, b\",c\nd,e\n") << "t.csv"
                             << int(ImportFormat::Csv) << "user=question,assistant=answer" << 1.0;
        QTest::newRow("csv without suffix") << QByteArray("prompt,completion\nx,y\nz,w\n") << "t.dat"
                                            << int(ImportFormat::Csv) << "prompt=prompt,completion=completion" << 1.0;
        QTest::newRow("tsv") << QByteArray("system\tquestion\tanswer\ns\tq\ta\n") << "t.tsv" << int(ImportFormat::Tsv)
                             << "system=system,user=question,assistant=answer" << 1.0;
        QTest::newRow("text") << QByteArray("Just prose.\nMore prose, with a comma.\n") << "t.txt"
                              << int(ImportFormat::Text) << "" << 0.5;
        QTest::newRow("prose with a comma a line")
            << QByteArray("Hello, world.\nGood night, moon.\n") << "t.txt" << int(ImportFormat::Text) << "" << 0.5;
        QTest::newRow("a csv of unknown columns")
            << QByteArray("id,x\n1,2\n") << "t.csv" << int(ImportFormat::Csv) << "" << 0.0;
        QTest::newRow("braces, not json")
            << QByteArray("{not json}\n{nor this}\n") << "t.txt" << int(ImportFormat::Text) << "" << 0.5;
        QTest::newRow("json of no known shape")
            << QByteArray("{\"a\":1}\n") << "t.jsonl" << int(ImportFormat::Auto) << "" << 0.0;
    }

    void detectsEachFormat()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, name);
        QFETCH(int, format);
        QFETCH(QString, mapping);
        QFETCH(double, confidence);
        const Detection d = detectFormat(std::string_view(head.constData(), std::size_t(head.size())), true, name);
        QCOMPARE(int(d.format), format);
        QCOMPARE(d.mapping.toString(), mapping);
        QCOMPARE(d.confidence, confidence);
        QVERIFY(!d.explanation.isEmpty());
    }

    void detectionCanBeOverridden()
    {
        const QByteArray head = "{\"q\":\"x\",\"a\":\"y\"}\n";
        const std::string_view h(head.constData(), std::size_t(head.size()));
        Detection d = detectFormat(h, true, QStringLiteral("x.jsonl"));
        QCOMPARE(d.format, ImportFormat::Auto);
        d = detectFormat(h, true, QStringLiteral("x.jsonl"), ImportFormat::PromptCompletion,
                         *FieldMapping::parse(QStringLiteral("prompt=q,completion=a")));
        QCOMPARE(d.format, ImportFormat::PromptCompletion);
        QCOMPARE(d.confidence, 1.0);
        // A cut last line is not sampled when the head is not the whole file.
        const QByteArray cut = "{\"prompt\":\"p\",\"completion\":\"c\"}\n{\"prompt\":\"p\",\"compl";
        d = detectFormat(std::string_view(cut.constData(), std::size_t(cut.size())), false, QStringLiteral("x"));
        QCOMPARE(d.format, ImportFormat::PromptCompletion);
        QCOMPARE(d.sampled, 1);
        QCOMPARE(d.confidence, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestImportConvert)
#include "tst_importconvert.moc"
