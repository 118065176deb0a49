// Counting a row's tokens and trained tokens (every Together format, message and sample weights,
// train_on_inputs, truncation at max_seq_length, tokens that straddle a span boundary) and a
// whole dataset on workers, with tests/data/tokenizers/tiny-chatml, whose counts can be worked
// out by hand (see its README): "<|start|>" and "<|end|>" are one token each, "hello" is one,
// " world" is "Ġwor" "l" "d", and every other letter, newline or space is one token.
#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "tokens/count/DatasetTokenCounter.h"
#include "tokens/count/DatasetTokenCounts.h"
#include "tokens/count/RowSplitter.h"
#include "tokens/count/RowTokenCounter.h"
#include "tokens/count/TokenHistogram.h"
#include "tokens/count/TokenizerCache.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

QString tinyDir()
{
    return td::test::testDataDir() + QStringLiteral("/tokenizers/tiny-chatml");
}

RowTokenCounter makeCounter(bool trainOnInputs = false, std::int64_t maxSeqLength = 32)
{
    Result<Tokenizer> t = Tokenizer::load(tinyDir());
    if (!t)
        qFatal("tokenizer: %s", qPrintable(t.error().message));
    TokenCountSettings s;
    s.trainOnInputs = trainOnInputs;
    s.maxSeqLength = maxSeqLength;
    Result<RowTokenCounter> c = RowTokenCounter::create(*t, s);
    if (!c)
        qFatal("counter: %s", qPrintable(c.error().message));
    return *c;
}

// "<|start|>user\nhi<|end|>" is 1 + 4 + 1 + 2 + 1 = 9 tokens;
// "<|start|>assistant\nhello<|end|>" is 1 + 9 + 1 + 1 + 1 = 13.
const char* const kChat = R"({"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]})";

} // namespace

class TstTokenCount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A conversation longer than the context length is split at turn boundaries into rows that
    // fit: the system prompt starts each, the row's other fields are kept, nothing is cut.
    void anOverlongConversationIsSplitAtTurns()
    {
        const QByteArray sys = R"({"role":"system","content":"be brief"})";
        const QByteArray turn = R"({"role":"user","content":"hi"},{"role":"assistant","content":"hello"})";
        const QByteArray three = R"({"messages":[)" + sys + ',' + turn + ',' + turn +
                                 R"(,{"role":"user","content":"bye"},{"role":"assistant","content":"ok"}],"id":"r7"})";
        const QByteArray two = R"({"messages":[)" + sys + ',' + turn + ',' + turn + R"(],"id":"r7"})";
        const auto twoTokens = makeCounter(false, 0).countLine(two.toStdString());
        QVERIFY(twoTokens);
        const RowTokenCounter c = makeCounter(false, twoTokens->tokens); // two turns fit, three do not
        QVERIFY(c.countLine(three.toStdString())->truncated());
        const auto pieces = RowSplitter::split(three, c);
        QVERIFY2(pieces, qPrintable(pieces ? QString() : pieces.error().message));
        QCOMPARE(pieces->size(), 2);
        QCOMPARE(pieces->at(0), two);
        const auto second = nlohmann::json::parse(pieces->at(1).toStdString());
        QCOMPARE(second["messages"].size(), std::size_t(3));
        QCOMPARE(second["messages"][0]["role"].get<std::string>(), std::string("system"));
        QCOMPARE(second["messages"][1]["content"].get<std::string>(), std::string("bye"));
        QCOMPARE(second["id"].get<std::string>(), std::string("r7"));
        for (const QByteArray& p : *pieces)
            QVERIFY(!c.countLine(p.toStdString())->truncated());
        // A row that fits comes back as it is, byte for byte.
        const QByteArray spaced = R"({"messages": [{"role": "user", "content": "hi"}]})";
        QCOMPARE(*RowSplitter::split(spaced, c), QList<QByteArray>{spaced});
        // A turn too long on its own is not cut: the row is refused, and the turn named.
        const auto refused = RowSplitter::split(three, makeCounter(false, 12));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("message 2")), qPrintable(refused.error().message));
        QVERIFY(!RowSplitter::split(R"({"text":"plain"})", c));
    }

    void conversationCountsTheRenderedRowAndTheAssistantTurn()
    {
        const RowTokenCounter c = makeCounter();
        Result<RowTokenCount> r = c.countLine(kChat, true);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->format, RowFormat::Conversation);
        QCOMPARE(r->tokens, std::int64_t(22));
        QCOMPARE(r->trained, std::int64_t(13));
        QCOMPARE(r->trainedKept, std::int64_t(13));
        QCOMPARE(r->overBy, std::int64_t(0));
        QVERIFY(!r->truncated());
        // The trained span: the assistant message as the template prints it, and its tokens.
        QCOMPARE(r->spans.size(), std::size_t(1));
        QCOMPARE(r->spans[0].message, 1);
        QCOMPARE(r->spans[0].role, std::string("assistant"));
        QCOMPARE(r->texts.size(), std::size_t(1));
        QCOMPARE(r->texts[0].substr(r->spans[0].begin, r->spans[0].end - r->spans[0].begin),
                 std::string("<|start|>assistant\nhello<|end|>"));
        QCOMPARE(r->spans[0].firstToken, 9u);
        QCOMPARE(r->spans[0].endToken, 22u);
        // Token by token: every token with its bytes and its flag; the trained ones are exactly
        // the span's tokens, and together they cover the rendered text in order.
        QCOMPARE(r->marks.size(), std::size_t(1));
        const std::vector<TokenMark>& marks = r->marks[0];
        QCOMPARE(std::int64_t(marks.size()), r->tokens);
        std::uint32_t at = 0;
        for (std::size_t t = 0; t < marks.size(); ++t) {
            QCOMPARE(marks[t].begin, at);
            at = marks[t].end;
            QCOMPARE(marks[t].trained, t >= r->spans[0].firstToken && t < r->spans[0].endToken);
        }
        QCOMPARE(std::size_t(at), r->texts[0].size());
        // Without keepSpans nothing per token is kept.
        Result<RowTokenCount> lean = c.countLine(kChat);
        QVERIFY(lean->spans.empty() && lean->texts.empty() && lean->marks.empty());
        QCOMPARE(lean->trained, std::int64_t(13));
    }

    void weightsTrainOnInputsAndSampleWeight()
    {
        const RowTokenCounter c = makeCounter();
        const RowTokenCounter inputs = makeCounter(true);
        QCOMPARE(inputs.countLine(kChat)->trained, std::int64_t(22));
        // An explicit weight decides for any role.
        QCOMPARE(c.countLine(R"({"messages":[{"role":"user","content":"hi","weight":1},)"
                             R"({"role":"assistant","content":"hello","weight":0}]})")
                     ->trained,
                 std::int64_t(9));
        QCOMPARE(inputs
                     .countLine(R"({"messages":[{"role":"user","content":"hi","weight":0},)"
                                R"({"role":"assistant","content":"hello"}]})")
                     ->trained,
                 std::int64_t(13));
        // A row weighted 0 is read (its tokens count) but trains nothing.
        Result<RowTokenCount> zero = c.countLine(
            R"({"weight":0,"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]})");
        QCOMPARE(zero->tokens, std::int64_t(22));
        QCOMPARE(zero->trained, std::int64_t(0));
        // A weight of 2.5 multiplies the loss, not the count.
        QCOMPARE(c.countLine(R"({"weight":2.5,"messages":[{"role":"user","content":"hi"},)"
                             R"({"role":"assistant","content":"hello"}]})")
                     ->trained,
                 std::int64_t(13));
    }

    void instructionAndTextRows()
    {
        const RowTokenCounter c = makeCounter();
        // "hello" + " world": hello | Ġwor l d; the completion's three tokens are trained.
        Result<RowTokenCount> r = c.countLine(R"({"prompt":"hello","completion":" world"})");
        QCOMPARE(r->format, RowFormat::Instruction);
        QCOMPARE(r->tokens, std::int64_t(4));
        QCOMPARE(r->trained, std::int64_t(3));
        QCOMPARE(makeCounter(true).countLine(R"({"prompt":"hello","completion":" world"})")->trained, std::int64_t(4));
        Result<RowTokenCount> text = c.countLine(R"({"text":"hello world"})");
        QCOMPARE(text->format, RowFormat::Text);
        QCOMPARE(text->tokens, std::int64_t(4));
        QCOMPARE(text->trained, std::int64_t(4));
        QCOMPARE(c.countLine(R"({"text":"hello world","weight":0})")->trained, std::int64_t(0));
    }

    void aTokenStraddlingTheBoundaryCountsAsTrained()
    {
        const RowTokenCounter c = makeCounter();
        // "hel" + "lo" is the one token "hello", half prompt and half completion: trained.
        Result<RowTokenCount> r = c.countLine(R"({"prompt":"hel","completion":"lo"})", true);
        QCOMPARE(r->tokens, std::int64_t(1));
        QCOMPARE(r->trained, std::int64_t(1));
        QCOMPARE(r->spans.size(), std::size_t(1));
        QCOMPARE(r->spans[0].firstToken, 0u);
        QCOMPARE(r->spans[0].endToken, 1u);
        // "hello w" + "orld": "Ġwor" holds " w" of the prompt and "or" of the completion.
        Result<RowTokenCount> s = c.countLine(R"({"prompt":"hello w","completion":"orld"})");
        QCOMPARE(s->tokens, std::int64_t(4));
        QCOMPARE(s->trained, std::int64_t(3));
        // An empty completion trains nothing, even where it touches a token.
        QCOMPARE(c.countLine(R"({"prompt":"hello","completion":""})")->trained, std::int64_t(0));
    }

    void preferenceRowsAreTwoSequences()
    {
        const RowTokenCounter c = makeCounter(false, 22);
        // Chosen: 9 + 13 = 22 tokens, 13 trained. Rejected "<|start|>assistant\nno<|end|>":
        // 1 + 9 + 1 + 2 + 1 = 14, so 23 tokens with the prompt, 14 trained.
        Result<RowTokenCount> r = c.countLine(R"({"input":{"messages":[{"role":"user","content":"hi"}]},)"
                                              R"("preferred_output":[{"role":"assistant","content":"hello"}],)"
                                              R"("non_preferred_output":[{"role":"assistant","content":"no"}]})");
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->format, RowFormat::Preference);
        QCOMPARE(r->sequences.size(), std::size_t(2));
        QCOMPARE(r->sequences[0].tokens, std::int64_t(22));
        QCOMPARE(r->sequences[1].tokens, std::int64_t(23));
        QCOMPARE(r->tokens, std::int64_t(45));
        QCOMPARE(r->trained, std::int64_t(27));
        QCOMPARE(r->longest, std::int64_t(23));
        QCOMPARE(r->overBy, std::int64_t(1)); // the rejected sequence is one over 22
        QCOMPARE(r->trainedKept, std::int64_t(26));
    }

    void truncationSaysByHowMuchAndWhatTrainingIsLost()
    {
        const RowTokenCounter c = makeCounter(false, 20);
        Result<RowTokenCount> r = c.countLine(kChat);
        QCOMPARE(r->overBy, std::int64_t(2));
        QVERIFY(r->truncated());
        QCOMPARE(r->trainedKept, std::int64_t(11)); // the last two trained tokens are cut
        // No limit known: nothing is truncated.
        QCOMPARE(makeCounter(false, 0).countLine(kChat)->overBy, std::int64_t(0));
    }

    void rowsThatCannotBeCountedSayWhy()
    {
        const RowTokenCounter c = makeCounter();
        QVERIFY(!c.countLine("{not json").ok());
        QVERIFY(!c.countLine(R"({"foo":1})").ok());
        QVERIFY(!c.countLine(R"({"prompt":"a"})").ok());
        // A tokenizer without a chat template counts text rows but refuses conversations.
        QFile f(tinyDir() + QStringLiteral("/tokenizer.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        Result<Tokenizer> bare = Tokenizer::fromJson(std::string_view(json.constData(), std::size_t(json.size())));
        QVERIFY(bare.ok());
        Result<RowTokenCounter> noTemplate = RowTokenCounter::create(*bare, {});
        QVERIFY(noTemplate.ok());
        QVERIFY(!noTemplate->hasChatTemplate());
        QCOMPARE(noTemplate->countLine(R"({"text":"hello"})")->tokens, std::int64_t(1));
        Result<RowTokenCount> refused = noTemplate->countLine(kChat);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("chat template")));
    }

    void wholeDatasetTotalsFailuresAndCancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.jsonl"));
        QByteArray rows;
        for (int i = 0; i < 300; ++i)
            rows += QByteArray(kChat) + '\n';
        rows += "\n{\"text\":\"hello world\"}\nnot json\n";
        QVERIFY(td::test::writeFile(path, rows));
        DatasetDocument doc;
        QSignalSpy indexed(&doc, &DatasetDocument::indexingFinished);
        doc.open(path);
        QTRY_COMPARE(indexed.size(), 1);
        const RowTokenCounter c = makeCounter(false, 20);
        std::int64_t lastDone = 0;
        std::int64_t calls = 0;
        Result<DatasetTokenCounts> counts =
            countDatasetTokens(doc.snapshot(), c, [&](std::int64_t done, std::int64_t total) {
                QCOMPARE(total, std::int64_t(303));
                lastDone = done;
                ++calls;
            });
        QVERIFY(counts.ok());
        QVERIFY(calls >= 1);
        QCOMPARE(lastDone, std::int64_t(303));
        const TokenTotals& t = counts->totals;
        QCOMPARE(t.rows, std::int64_t(303));
        QCOMPARE(t.counted, std::int64_t(301));
        QCOMPARE(t.blank, std::int64_t(1));
        QCOMPARE(t.failed, std::int64_t(1));
        QCOMPARE(t.tokens, std::int64_t(300 * 22 + 4));
        QCOMPARE(t.trained, std::int64_t(300 * 13 + 4));
        QCOMPARE(t.truncatedRows, std::int64_t(300));
        QCOMPARE(t.tokensCut, std::int64_t(600));
        QCOMPARE(t.longest, std::int64_t(22));
        QCOMPARE(counts->rows.size(), std::size_t(303));
        QCOMPARE(counts->rows[0].tokens, 22u);
        QCOMPARE(counts->rows[0].overBy, 2u);
        QCOMPARE(counts->rows[300].state, RowTokens::State::Blank);
        QCOMPARE(counts->rows[301].format, RowFormat::Text);
        QCOMPARE(counts->rows[302].state, RowTokens::State::Failed);
        QCOMPARE(counts->failures.size(), std::size_t(1));
        QCOMPARE(counts->failures[0].row, std::int64_t(302));

        const std::atomic_bool cancel{true};
        Result<DatasetTokenCounts> cancelled = countDatasetTokens(doc.snapshot(), c, {}, &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    }

    void workerCountsTheOpenDocumentAndRecountsAfterAnEdit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.jsonl"));
        QVERIFY(td::test::writeFile(path, QByteArray(kChat) + "\n{\"text\":\"hello\"}\n"));
        DatasetDocument doc;
        DatasetTokenCounter counter(&doc);
        counter.setRecountDelay(10);
        QSignalSpy ready(&counter, &DatasetTokenCounter::ready);
        counter.setCounter(std::make_shared<const RowTokenCounter>(makeCounter()));
        doc.open(path);
        QTRY_COMPARE(ready.size(), 1);
        QVERIFY(counter.isCurrent());
        QCOMPARE(counter.counts()->totals.tokens, std::int64_t(23));

        doc.replaceRow(1, "{\"text\":\"hello world\"}");
        QVERIFY(!counter.isCurrent());
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(counter.counts()->totals.tokens, std::int64_t(26));
        QCOMPARE(counter.counts()->rows[1].tokens, 4u);

        QSignalSpy cleared(&counter, &DatasetTokenCounter::cleared);
        counter.setCounter(nullptr);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!counter.counts());
    }

    void histogramBinsOfRoundWidthAndTheirRows()
    {
        DatasetTokenCounts counts;
        counts.maxSeqLength = 100;
        for (const std::uint32_t n : {3u, 45u, 49u, 50u, 120u}) {
            RowTokens r;
            r.state = RowTokens::State::Counted;
            r.tokens = n;
            r.overBy = n > 100 ? n - 100 : 0;
            counts.rows.push_back(r);
        }
        counts.rows.push_back({}); // a blank line: not in any bin
        const TokenHistogram h = TokenHistogram::of(counts, 24);
        QCOMPARE(h.width, std::int64_t(10)); // 0..120 in 13 bins of 10 (5 would need 25 of at most 24)
        QCOMPARE(h.bins.size(), std::size_t(13));
        QCOMPARE(h.bins[0].rows, std::int64_t(1));
        QCOMPARE(h.bins[4].rows, std::int64_t(2)); // 45 and 49
        QCOMPARE(h.bins[5].rows, std::int64_t(1)); // 50
        QCOMPARE(h.bins[12].rows, std::int64_t(1));
        QCOMPARE(h.maxRows, std::int64_t(2));
        QCOMPARE(h.axisPosition(100), 9.5); // the line between bins 9 and 10
        QCOMPARE(rowsWithTokens(counts, 40, 50), (std::vector<std::int64_t>{1, 2}));
        QCOMPARE(rowsOverLength(counts), (std::vector<std::int64_t>{4}));
        QVERIFY(TokenHistogram::of(DatasetTokenCounts{}).bins.empty());
    }

    void cacheFolderPerModelAndAClearErrorWithoutOne()
    {
        const QString folder = TokenizerCache::folderFor(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct"));
        QVERIFY(folder.endsWith(QLatin1String("/tokenizers/meta-llama--Meta-Llama-3.1-8B-Instruct")));
        QVERIFY(TokenizerCache::folderFor(QStringLiteral("../x")).endsWith(QLatin1String("/tokenizers/_..--x")));
        Result<QString> missing = TokenizerCache::find(QStringLiteral("no/such-model"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(QLatin1String("tokenizer.json")));
        QVERIFY(missing.error().message.contains(QLatin1String("--tokenizer")));
        const QString cached = TokenizerCache::folderFor(QStringLiteral("tiny/model"));
        QVERIFY(QDir().mkpath(cached));
        QVERIFY(QFile::copy(tinyDir() + QStringLiteral("/tokenizer.json"), cached + QStringLiteral("/tokenizer.json")));
        QCOMPARE(*TokenizerCache::find(QStringLiteral("tiny/model")), cached);
        QDir(cached).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TstTokenCount)
#include "tst_tokencount.moc"
