#include "dataset/DatasetDocument.h"
#include "dataset/RowJson.h"
#include "validate/ImageData.h"
#include "validate/Linter.h"
#include "validate/QuickFix.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace td;

namespace {

std::set<std::string> codes(const std::vector<LintProblem>& ps)
{
    std::set<std::string> out;
    for (const auto& p : ps)
        out.insert(p.code);
    return out;
}

const LintProblem* find(const std::vector<LintProblem>& ps, const std::string& code)
{
    for (const auto& p : ps)
        if (p.code == code)
            return &p;
    return nullptr;
}

std::vector<LintProblem> lint(const QByteArray& row, LintProfile profile = LintProfile::Tools)
{
    LintOptions o;
    o.profile = profile;
    return lintRow(row, 0, o);
}

QByteArray fixed(const QByteArray& row, FixKind kind)
{
    const FixOutcome o = applyFix(row, kind);
    return o.action == FixOutcome::Action::Replace ? o.bytes : QByteArray();
}

const QByteArray kConversation = R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}])";

// Base64 of the first bytes of each kind of image (padded with zeros).
const char* const kPng = "iVBORw0KGgoAAAAAAAAAAA==";
const char* const kJpeg = "/9j/4AAAAAAAAAAA";
const char* const kWebp = "UklGRgAAAABXRUJQVlA4IA==";
const char* const kGif = "R0lGODlhAAAAAAAA";

QByteArray imageRow(const char* declared, const char* data, const char* role = "user")
{
    return QByteArray("{\"messages\":[{\"role\":\"") + role +
           R"(","content":[{"type":"text","text":"what is it?"},{"type":"image_url","image_url":{"url":"data:image/)" +
           declared + ";base64," + data +
           "\"}}]},{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"a cat\"}]}]}";
}

} // namespace

// The 2026 formats in the lint: sample weights, reasoning, tools inside a preference row's
// input, and images checked from their decoded bytes; with their quick fixes.
class TestLint2026 : public QObject
{
    Q_OBJECT

private slots:
    void sampleWeights()
    {
        // Allowed in any format under the 2026 rules; 1.5.34 rejects the key itself.
        QVERIFY(lint(kConversation + R"(,"weight":0.25})").empty());
        QVERIFY(lint(R"({"text":"t","weight":3})").empty());
        QVERIFY(lint(R"({"prompt":"p","completion":"c","weight":1.0})").empty());
        const auto client = lint(kConversation + R"(,"weight":0.25})", LintProfile::Client);
        QCOMPARE(codes(client), (std::set<std::string>{"extra-column"}));

        const auto negative = lint(kConversation + R"(,"weight":-0.5})");
        QCOMPARE(codes(negative), (std::set<std::string>{"sample-weight-negative"}));
        QCOMPARE(find(negative, "sample-weight-negative")->pointer, std::string("/weight"));
        QCOMPARE(find(negative, "sample-weight-negative")->fix, FixKind::SampleWeightToZero);
        QVERIFY(find(negative, "sample-weight-negative")->message.contains(QStringLiteral("-0.5")));
        QCOMPARE(codes(lint(kConversation + R"(,"weight":-2})")), (std::set<std::string>{"sample-weight-negative"}));
        // (A null weight is dropped before the 2026 rules run, as Together's tool-aware client did.)
        for (const char* bad : {R"("0.5")", "true", "[1]", "NaN", "Infinity", "-Infinity", "1e999"})
            QVERIFY2(codes(lint(kConversation + ",\"weight\":" + bad + "}")).count("sample-weight-invalid"), bad);
        // A row weighted 0 trains nothing: one warning, not also "every message has weight 0".
        const auto zero = lint(
            R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a","weight":0}],"weight":0})");
        QCOMPARE(codes(zero), (std::set<std::string>{"sample-weight-zero"}));
        // Other unknown keys are still extra; their fix keeps the sample weight and tools.
        const QByteArray extra =
            R"({"id":1,"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}],)"
            R"("tools":[{"type":"function","function":{"name":"f"}}],"weight":2})";
        const auto ps = lint(extra);
        QCOMPARE(codes(ps), (std::set<std::string>{"extra-column"}));
        QCOMPARE(find(ps, "extra-column")->fix, FixKind::DropUnknownKeys);
        QVERIFY2(find(ps, "extra-column")->message.contains(QStringLiteral("sample \"weight\"")),
                 qPrintable(find(ps, "extra-column")->message));
        QCOMPARE(fixed(extra, FixKind::DropUnknownKeys),
                 QByteArray(R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}],)"
                            R"("tools":[{"type":"function","function":{"name":"f"}}],"weight":2})"));
        // The 1.5.34 fix still drops everything the old client rejects.
        QCOMPARE(fixed(extra, FixKind::DropExtraKeys), kConversation + "}");
    }

    void theNegativeSampleWeightFix()
    {
        const QByteArray row = kConversation + R"(,"weight":-0.5})";
        const QByteArray after = fixed(row, FixKind::SampleWeightToZero);
        QCOMPARE(after, kConversation + R"(,"weight":0})");
        QCOMPARE(codes(lint(after)), (std::set<std::string>{"sample-weight-zero"}));
        QVERIFY(fixed(kConversation + R"(,"weight":0.5})", FixKind::SampleWeightToZero).isEmpty());
        QVERIFY(fixed(R"({"weight":"x"})", FixKind::SampleWeightToZero).isEmpty());
    }

    void reasoning()
    {
        const QByteArray ok = R"({"messages":[{"role":"user","content":"q"},)"
                              R"({"role":"assistant","content":"a","reasoning":"because"}]})";
        QVERIFY(lint(ok).empty());
        QVERIFY(lint(ok, LintProfile::Client).empty());
        QVERIFY(lint(R"({"messages":[{"role":"user","content":"q"},)"
                     R"({"role":"assistant","content":"a","reasoning_content":"because"}]})",
                     LintProfile::Client)
                    .empty());
        // Checked under both profiles, also for rows the fast path would otherwise prove fine.
        for (LintProfile p : {LintProfile::Client, LintProfile::Tools}) {
            const auto notString = lint(R"({"messages":[{"role":"user","content":"q"},)"
                                        R"({"role":"assistant","content":"a","reasoning":["x"]}]})",
                                        p);
            QCOMPARE(codes(notString), (std::set<std::string>{"reasoning-not-string"}));
            QCOMPARE(find(notString, "reasoning-not-string")->pointer, std::string("/messages/1/reasoning"));
            QCOMPARE(codes(lint(R"({"messages":[{"role":"user","content":"q","reasoning":"hm"},)"
                                R"({"role":"assistant","content":"a"}]})",
                                p)),
                     (std::set<std::string>{"reasoning-not-assistant"}));
            QCOMPARE(codes(lint(R"({"messages":[{"role":"user","content":"q"},)"
                                R"({"role":"assistant","content":"a","reasoning":"x","reasoning_content":"y"}]})",
                                p)),
                     (std::set<std::string>{"reasoning-twice"}));
        }
        // Preference answers carry reasoning too.
        const auto dpo = lint(R"({"input":{"messages":[{"role":"user","content":"q"}]},)"
                              R"("preferred_output":[{"role":"assistant","content":"a","reasoning":"r"}],)"
                              R"("non_preferred_output":[{"role":"assistant","content":"b","reasoning":7}]})");
        QCOMPARE(codes(dpo), (std::set<std::string>{"reasoning-not-string", "reasoning-one-answer"}));
        QCOMPARE(find(dpo, "reasoning-not-string")->pointer, std::string("/non_preferred_output/0/reasoning"));
        // Reasoning in one answer only: a warning on the other.
        const auto one = lint(R"({"input":{"messages":[{"role":"user","content":"q"}]},)"
                              R"("preferred_output":[{"role":"assistant","content":"a"}],)"
                              R"("non_preferred_output":[{"role":"assistant","content":"b","reasoning_content":"r"}]})",
                              LintProfile::Client);
        QCOMPARE(codes(one), (std::set<std::string>{"reasoning-one-answer"}));
        QCOMPARE(find(one, "reasoning-one-answer")->pointer, std::string("/preferred_output/0"));
        QCOMPARE(find(one, "reasoning-one-answer")->severity, Severity::Warning);
    }

    // Reasoning is text the model sees: it counts toward the context length.
    void reasoningCountsTowardTheLength()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a",)"
                "\"reasoning\":\"" +
                QByteArray(100, 'r') + "\"}]}\n");
        f.close();
        DatasetDocument doc;
        doc.open(path);
        QVERIFY(doc.waitForIndexed());
        for (LintProfile p : {LintProfile::Client, LintProfile::Tools}) {
            LintOptions o;
            o.profile = p;
            o.contextLength = 10;
            const LintResult r = lintSnapshot(doc.snapshot(), o);
            QCOMPARE(r.problems.size(), std::size_t(1));
            QCOMPARE(r.problems.at(0).code, std::string("too-long"));
        }
    }

    void toolsInsideAPreferenceInput()
    {
        const QByteArray inside = R"({"input":{"messages":[{"role":"user","content":"q"}],)"
                                  R"("tools":[{"type":"function","function":{"name":"f"}}]},)"
                                  R"("preferred_output":[{"role":"assistant","content":"a"}],)"
                                  R"("non_preferred_output":[{"role":"assistant","content":"b"}]})";
        QVERIFY(lint(inside).empty());
        QByteArray broken = inside;
        broken.replace(R"("tools":[{"type":"function","function":{"name":"f"}}])", R"("tools":[])");
        const auto ps = lint(broken);
        QCOMPARE(codes(ps), (std::set<std::string>{"tools-invalid"}));
        QCOMPARE(find(ps, "tools-invalid")->pointer, std::string("/input/tools"));

        const QByteArray outside = R"({"input":{"messages":[{"role":"user","content":"q"}]},)"
                                   R"("preferred_output":[{"role":"assistant","content":"a"}],)"
                                   R"("non_preferred_output":[{"role":"assistant","content":"b"}],)"
                                   R"("tools":[{"type":"function","function":{"name":"f"}}]})";
        const auto top = lint(outside);
        QCOMPARE(codes(top), (std::set<std::string>{"tools-outside-input"}));
        QCOMPARE(find(top, "tools-outside-input")->fix, FixKind::MoveToolsIntoInput);
        const QByteArray moved = fixed(outside, FixKind::MoveToolsIntoInput);
        QCOMPARE(moved, QByteArray(R"({"input":{"messages":[{"role":"user","content":"q"}],)"
                                   R"("tools":[{"type":"function","function":{"name":"f"}}]},)"
                                   R"("preferred_output":[{"role":"assistant","content":"a"}],)"
                                   R"("non_preferred_output":[{"role":"assistant","content":"b"}]})"));
        QVERIFY(lint(moved).empty());
    }

    void imagesFromTheirBytes()
    {
        for (LintProfile p : {LintProfile::Client, LintProfile::Tools}) {
            QVERIFY(lint(imageRow("png", kPng), p).empty());
            QVERIFY(lint(imageRow("jpeg", kJpeg), p).empty());
            QVERIFY(lint(imageRow("webp", kWebp), p).empty());
            const auto gif = lint(imageRow("png", kGif), p);
            QCOMPARE(codes(gif), (std::set<std::string>{"image-not-an-image"}));
            QVERIFY2(find(gif, "image-not-an-image")->message.contains(QStringLiteral("47 49 46 38")),
                     qPrintable(find(gif, "image-not-an-image")->message));
            QCOMPARE(find(gif, "image-not-an-image")->pointer, std::string("/messages/0/content/1/image_url/url"));
            QCOMPARE(codes(lint(imageRow("png", "iVBOR*w0KGgo="), p)), (std::set<std::string>{"image-not-base64"}));
            QCOMPARE(codes(lint(imageRow("png", "iVBORw0KGgoA=A"), p)), (std::set<std::string>{"image-not-base64"}));
            QCOMPARE(codes(lint(imageRow("png", "iVBORw0KG"), p)), (std::set<std::string>{"image-not-base64"}));
            QCOMPARE(codes(lint(imageRow("gif", kGif), p)), (std::set<std::string>{"image-not-base64"}));
            const auto mismatch = lint(imageRow("png", kJpeg), p);
            QCOMPARE(codes(mismatch), (std::set<std::string>{"image-type-mismatch"}));
            QVERIFY2(find(mismatch, "image-type-mismatch")->message.contains(QStringLiteral("image/png")) &&
                         find(mismatch, "image-type-mismatch")->message.contains(QStringLiteral("JPEG")),
                     qPrintable(find(mismatch, "image-type-mismatch")->message));
            QVERIFY(codes(lint(imageRow("png", kPng, "system"), p)).count("image-not-in-user-message"));
        }
        const QByteArray row = imageRow("png", kJpeg);
        const QByteArray after = fixed(row, FixKind::ImageTypeFromBytes);
        QCOMPARE(after, imageRow("jpeg", kJpeg));
        QVERIFY(lint(after).empty());
        QVERIFY(fixed(imageRow("png", kGif), FixKind::ImageTypeFromBytes).isEmpty());
        // Eleven images in one example.
        QByteArray many = R"({"messages":[{"role":"user","content":[)";
        for (int i = 0; i < 11; ++i)
            many += QByteArray(i ? "," : "") +
                    "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64," + kPng + "\"}}";
        many += R"(]},{"role":"assistant","content":[{"type":"text","text":"a"}]}]})";
        QVERIFY(codes(lint(many)).count("too-many-images"));
    }

    void base64Inspection()
    {
        QCOMPARE(inspectBase64Image(std::string(kPng)).type, ImageType::Png);
        QCOMPARE(inspectBase64Image(std::string(kJpeg)).type, ImageType::Jpeg);
        QCOMPARE(inspectBase64Image(std::string(kWebp)).type, ImageType::Webp);
        QCOMPARE(inspectBase64Image(std::u32string(U"UklGRgAAAABXRUJQVlA4IA==")).type, ImageType::Webp);
        QVERIFY(!inspectBase64Image(std::string()).validBase64);
        QVERIFY(!inspectBase64Image(std::string("=")).validBase64);
        QVERIFY(!inspectBase64Image(std::string("AAAAA")).validBase64);  // 5 characters: 1 left over
        QVERIFY(!inspectBase64Image(std::string("AAA==")).validBase64);  // padding to 5
        QVERIFY(!inspectBase64Image(std::string("AA===")).validBase64);  // three '='
        QVERIFY(inspectBase64Image(std::string("AAA")).validBase64);     // unpadded is fine
        QVERIFY(!inspectBase64Image(std::string("AA\nAA")).validBase64); // no line breaks in a URL
        QVERIFY(!inspectBase64Image(std::u32string(U"AAA\u00e9")).validBase64);
        QCOMPARE(inspectBase64Image(std::string("xx,AAAA"), 3).head, std::string("00 00 00"));
    }
};

QTEST_GUILESS_MAIN(TestLint2026)
#include "tst_lint2026.moc"
