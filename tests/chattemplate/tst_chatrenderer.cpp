// Tests of ChatRenderer: every Together format rendered to training text, the spans of its
// messages and which of them are trained (message weights, train_on_inputs, the sample weight).
#include "tokens/template/ChatRenderer.h"

#include <QTest>

#include <thread>
#include <vector>

using td::ChatRenderer;
using td::ChatTemplate;
using td::RenderedRow;
using json = nlohmann::ordered_json;

namespace {

// ChatML, as Qwen and many others write it.
const char* const kChatMl = "{%- for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
                            "{%- if add_generation_prompt %}<|im_start|>assistant\n{% endif %}";
// Renders the last assistant turn with an empty think block that earlier turns lack (Qwen 3 does).
const char* const kLastDiffers = "{%- for m in messages %}<|im_start|>{{ m.role }}\n"
                                 "{% if loop.last and m.role == 'assistant' %}<think>\n\n</think>\n\n{% endif %}"
                                 "{{ m.content }}<|im_end|>\n{% endfor %}";
// A BOS before everything and a refusal of an empty conversation (Gemma's template fails on one).
const char* const kBosStrict = "{{ bos_token }}{% if messages | length == 0 %}{{ raise_exception('empty') }}{% endif %}"
                               "{%- for m in messages %}[{{ m.role | upper }}] {{ m.content | trim }}\n{% endfor %}";

ChatRenderer renderer(const char* source, bool trainOnInputs = false)
{
    auto t = ChatTemplate::compile(source);
    if (!t.ok())
        qFatal("template: %s", qPrintable(t.error().message));
    td::ChatRenderSettings s;
    s.trainOnInputs = trainOnInputs;
    s.bosToken = "<s>";
    return ChatRenderer(*t, s);
}

std::string spanText(const RenderedRow& r, std::size_t i)
{
    return r.text.substr(r.spans[i].begin, r.spans[i].end - r.spans[i].begin);
}

// Spans cover the text in order without gaps or overlaps.
void verifyCover(const RenderedRow& r)
{
    std::size_t at = 0;
    for (const auto& s : r.spans) {
        QCOMPARE(s.begin, at);
        QVERIFY(s.end >= s.begin);
        at = s.end;
    }
    QCOMPARE(at, r.text.size());
}

std::string trainedFlags(const RenderedRow& r)
{
    std::string out;
    for (const auto& s : r.spans)
        out += s.trained ? '1' : '0';
    return out;
}

const char* const kChat =
    R"({"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"},)"
    R"({"role":"assistant","content":"Hello!"},{"role":"user","content":"Bye"},{"role":"assistant","content":"Ciao"}]})";

} // namespace

class TstChatRenderer : public QObject
{
    Q_OBJECT

private slots:
    void conversationSpansAreExact()
    {
        auto r = renderer(kChatMl).renderLine(kChat);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, td::RowFormat::Conversation);
        const RenderedRow& row = r->row;
        verifyCover(row);
        QCOMPARE(row.spans.size(), std::size_t(5));
        QCOMPARE(spanText(row, 0), std::string("<|im_start|>system\nBe brief.<|im_end|>\n"));
        QCOMPARE(spanText(row, 2), std::string("<|im_start|>assistant\nHello!<|im_end|>\n"));
        QCOMPARE(spanText(row, 4), std::string("<|im_start|>assistant\nCiao<|im_end|>\n"));
        QCOMPARE(row.spans[3].role, std::string("user"));
        QCOMPARE(row.spans[3].message, 3);
        QCOMPARE(trainedFlags(row), std::string("00101"));
        QVERIFY(!row.approximateSpans);
        QVERIFY(!r->rejected);
    }

    void conversationWeights_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<bool>("trainOnInputs");
        QTest::addColumn<QString>("flags");
        QTest::newRow("default") << kChat << false << "00101";
        QTest::newRow("train on inputs") << kChat << true << "11111";
        QTest::newRow("weight 0 on an answer")
            << R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b","weight":0},{"role":"user","content":"c"},{"role":"assistant","content":"d","weight":1}]})"
            << false << "0001";
        QTest::newRow("weight 1 on a user message")
            << R"({"messages":[{"role":"user","content":"a","weight":1},{"role":"assistant","content":"b"}]})" << false
            << "11";
        QTest::newRow("weight 0 beats train on inputs")
            << R"({"messages":[{"role":"user","content":"a","weight":0},{"role":"assistant","content":"b"}]})" << true
            << "01";
        QTest::newRow("sample weight 0")
            << R"({"weight":0,"messages":[{"role":"user","content":"a","weight":1},{"role":"assistant","content":"b"}]})"
            << true << "00";
        QTest::newRow("sample weight 0.5")
            << R"({"weight":0.5,"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]})"
            << false << "01";
    }

    void conversationWeights()
    {
        QFETCH(QString, row);
        QFETCH(bool, trainOnInputs);
        QFETCH(QString, flags);
        auto r = renderer(kChatMl, trainOnInputs).renderLine(row.toStdString());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(QString::fromStdString(trainedFlags(r->row)), flags);
        verifyCover(r->row);
        // The weight is training metadata: the template never sees it.
        QVERIFY(r->row.text.find("weight") == std::string::npos);
    }

    void lastMessageRenderedDifferently()
    {
        auto r = renderer(kLastDiffers).renderLine(kChat);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const RenderedRow& row = r->row;
        verifyCover(row);
        // Rendering the first three messages gives the earlier answer a think block the full
        // conversation does not have; its span still ends after its own end-of-turn marker.
        QCOMPARE(spanText(row, 2), std::string("<|im_start|>assistant\nHello!<|im_end|>\n"));
        QCOMPARE(spanText(row, 3), std::string("<|im_start|>user\nBye<|im_end|>\n"));
        QCOMPARE(spanText(row, 4), std::string("<|im_start|>assistant\n<think>\n\n</think>\n\nCiao<|im_end|>\n"));
        QVERIFY(row.approximateSpans);
    }

    void templateRefusingAPrefix()
    {
        auto r =
            renderer(kBosStrict)
                .renderLine(R"({"messages":[{"role":"user","content":"  hi  "},{"role":"assistant","content":"yo"}]})");
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->row.text, std::string("<s>[USER] hi\n[ASSISTANT] yo\n"));
        QCOMPARE(spanText(r->row, 0), std::string("<s>[USER] hi\n"));
        QCOMPARE(spanText(r->row, 1), std::string("[ASSISTANT] yo\n"));
        verifyCover(r->row);
    }

    void toolsReachTheTemplate()
    {
        auto r =
            renderer("{{ tools | tojson }}|{% for m in messages %}{{ m.content }}{% endfor %}")
                .renderLine(
                    R"({"tools":[{"type":"function","function":{"name":"f","b":1,"a":2}}],"messages":[{"role":"user","content":"x"}]})");
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        // Key order is kept (Python dicts keep it; tojson prints it).
        QCOMPARE(r->row.text, std::string(R"([{"type": "function", "function": {"name": "f", "b": 1, "a": 2}}]|x)"));
    }

    void instruction_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<bool>("trainOnInputs");
        QTest::addColumn<QString>("flags");
        const QString row = QStringLiteral(R"({"prompt":"Q: 2+2?\n","completion":"A: 4"})");
        QTest::newRow("default") << row << false << "01";
        QTest::newRow("train on inputs") << row << true << "11";
        QTest::newRow("sample weight 0") << QStringLiteral(R"({"prompt":"Q","completion":"A","weight":0})") << true
                                         << "00";
    }

    void instruction()
    {
        QFETCH(QString, row);
        QFETCH(bool, trainOnInputs);
        QFETCH(QString, flags);
        auto r = renderer(kChatMl, trainOnInputs).renderLine(row.toStdString());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, td::RowFormat::Instruction);
        const auto j = json::parse(row.toStdString());
        QCOMPARE(r->row.text, j["prompt"].get<std::string>() + j["completion"].get<std::string>());
        QCOMPARE(spanText(r->row, 1), j["completion"].get<std::string>());
        QCOMPARE(r->row.spans[1].role, std::string("completion"));
        QCOMPARE(QString::fromStdString(trainedFlags(r->row)), flags);
        verifyCover(r->row);
    }

    void text()
    {
        auto r = renderer(kChatMl).renderLine(R"({"text":"Once upon a time 🐉"})");
        QVERIFY(r.ok());
        QCOMPARE(r->format, td::RowFormat::Text);
        QCOMPARE(r->row.text, std::string("Once upon a time 🐉"));
        QCOMPARE(trainedFlags(r->row), std::string("1"));
        verifyCover(r->row);
        r = renderer(kChatMl).renderLine(R"({"text":"x","weight":0})");
        QVERIFY(r.ok());
        QCOMPARE(trainedFlags(r->row), std::string("0"));
    }

    void preference()
    {
        const char* row = R"({"input":{"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"}]},)"
                          R"("preferred_output":[{"role":"assistant","content":"good"}],)"
                          R"("non_preferred_output":[{"role":"assistant","content":"bad"}]})";
        auto r = renderer(kChatMl, true).renderLine(row);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, td::RowFormat::Preference);
        QVERIFY(r->rejected);
        const std::string prompt = "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nQ<|im_end|>\n";
        QCOMPARE(r->row.text, prompt + "<|im_start|>assistant\ngood<|im_end|>\n");
        QCOMPARE(r->rejected->text, prompt + "<|im_start|>assistant\nbad<|im_end|>\n");
        // train_on_inputs does not make DPO train on the prompt.
        QCOMPARE(trainedFlags(r->row), std::string("001"));
        QCOMPARE(trainedFlags(*r->rejected), std::string("001"));
        QCOMPARE(spanText(*r->rejected, 2), std::string("<|im_start|>assistant\nbad<|im_end|>\n"));
        QCOMPARE(r->sharedPrefix, prompt.size() + std::string("<|im_start|>assistant\n").size());
        verifyCover(r->row);
        verifyCover(*r->rejected);

        auto zero = renderer(kChatMl).render(json::parse(std::string(row).insert(1, R"("weight":0,)")));
        QVERIFY(zero.ok());
        QCOMPARE(trainedFlags(zero->row), std::string("000"));
    }

    void severalThreadsAtOnce()
    {
        // One renderer (one compiled template, its literals shared) used by several threads.
        const ChatRenderer r = renderer(kLastDiffers);
        const auto expected = r.renderLine(kChat);
        QVERIFY(expected.ok());
        std::vector<int> same(4, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 200; ++i) {
                    const auto got = r.renderLine(kChat);
                    same[std::size_t(t)] += got.ok() && got->row.text == expected->row.text &&
                                            trainedFlags(got->row) == trainedFlags(expected->row);
                }
            });
        for (auto& th : threads)
            th.join();
        QCOMPARE(same, std::vector<int>(4, 200));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not json") << "{"
                                  << "not valid JSON";
        QTest::newRow("not an object") << "[1]"
                                       << "not a JSON object";
        QTest::newRow("messages not a list") << R"({"messages":{}})"
                                             << "not a list";
        QTest::newRow("instruction half") << R"({"prompt":"x"})"
                                          << "prompt";
        QTest::newRow("preference half") << R"({"input":{"messages":[]},"preferred_output":[]})"
                                         << "preference";
        QTest::newRow("no format") << R"({"foo":1})"
                                   << "none of the keys";
        QTest::newRow("template refuses") << R"({"messages":[]})"
                                          << "empty";
    }

    void errors()
    {
        QFETCH(QString, row);
        QFETCH(QString, fragment);
        auto r = renderer(kBosStrict).renderLine(row.toStdString());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TstChatRenderer)
#include "tst_chatrenderer.moc"
