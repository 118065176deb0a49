#include "jobs/TokenPreview.h"
#include "jobs/TokenizedDownload.h"

#include "TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace td;

// Together's preview made readable (jobs/TokenPreview): tokens decoded, grouped into the
// row's messages, set beside TuneDesk's estimate; and the tokenized download's file names.
class TestTokenPreview : public QObject
{
    Q_OBJECT

    static FineTunePreview previewOf(const char* json)
    {
        auto p = FineTunePreview::fromJson(nlohmann::json::parse(json));
        if (!p)
            qFatal("not a preview: %s", json);
        return *p;
    }

private slots:
    void byteLevelTokensAreDecoded()
    {
        // "é" is C3 A9: byte-level "Ã" "©"; split across two tokens it shows in the second.
        QList<bool> special;
        const QStringList texts = TokenPreview::tokenTexts(
            {QStringLiteral("<|begin_of_text|>"), QStringLiteral("Hello"), QStringLiteral("ĠworldĊĊ"),
             QString::fromUtf8("Ã"), QString::fromUtf8("©t"), QStringLiteral("ĉ")},
            &special);
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("<|begin_of_text|>"), QStringLiteral("Hello"),
                              QStringLiteral(" world\n\n"), QString(), QString::fromUtf8("ét"), QStringLiteral("\t")}));
        QCOMPARE(special, (QList<bool>{true, false, false, false, false, false}));
    }

    void sentencePieceTokensAreDecoded()
    {
        const QStringList texts =
            TokenPreview::tokenTexts({QStringLiteral("<s>"), QString::fromUtf8("▁Hallo"), QStringLiteral("<0x0A>"),
                                      QString::fromUtf8("▁é"), QStringLiteral("[INST]")});
        QCOMPARE(texts, (QStringList{QStringLiteral("<s>"), QStringLiteral(" Hallo"), QStringLiteral("\n"),
                                     QString::fromUtf8(" é"), QStringLiteral("[INST]")}));
    }

    // The tokens are grouped into the local row's messages, template tokens between them,
    // and each message counts what Together trains of it.
    void tokensFollowTheRowsMessages()
    {
        const FineTunePreview p = previewOf(
            R"({"dataset_format":"conversation","max_seq_length":8192,"model":"m","train_on_inputs":false,"rows":[
                {"tokens":["<|begin_of_text|>","<|start_header_id|>","user","<|end_header_id|>","ĊĊ","What","Ġis",
                "ĠLoRA","?","<|eot_id|>","<|start_header_id|>","assistant","<|end_header_id|>","ĊĊ","A","Ġlow",
                "-rank","Ġadapter",".","<|eot_id|>"],
                "labels":[-100,-100,-100,-100,-100,-100,-100,-100,-100,-100,-100,-100,-100,-100,1,2,3,4,5,6],
                "num_tokens":20,"num_trained_tokens":6,"trained_spans":[[14,20]],"truncated":false}]})");
        const QByteArray local =
            R"({"messages":[{"role":"user","content":"What is LoRA?"},{"role":"assistant","content":"A low-rank adapter."}]})";
        const TokenPreview t = TokenPreview::build(p, {local}, FineTuneRequest::TrainOnInputs::Auto);
        QCOMPARE(t.rows().size(), 1);
        const TokenPreview::Row& r = t.rows().front();
        QVERIFY(r.aligned);
        QStringList roles;
        for (const auto& b : r.blocks)
            roles << (b.role.isEmpty() ? QStringLiteral("-") : b.role);
        QCOMPARE(roles, (QStringList{QStringLiteral("-"), QStringLiteral("user"), QStringLiteral("-"),
                                     QStringLiteral("assistant"), QStringLiteral("-")}));
        QCOMPARE(r.blocks[1].first, 5);
        QCOMPARE(r.blocks[1].end, 9);
        QCOMPARE(r.blocks[1].trained, 0);
        QCOMPARE(r.blocks[3].first, 14);
        QCOMPARE(r.blocks[3].end, 19);
        QCOMPARE(r.blocks[3].trained, 5);
        QCOMPARE(r.blocks[4].trained, 1); // the end-of-turn token after the answer
        // TuneDesk's estimate for the same row: 19 trained characters at 4 a token.
        QCOMPARE(r.estimatedTrained, std::optional<qint64>(5));
        QCOMPARE(t.togetherTrained(), 6);
        QCOMPARE(t.estimatedTrained(), std::optional<qint64>(5));
        const QString text = t.toText();
        QVERIFY2(text.contains(QStringLiteral("assistant: «A low-rank adapter.»")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("user: What is LoRA?")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Together 6, TuneDesk's estimate 5")));
        const nlohmann::ordered_json j = t.toJson();
        QVERIFY(j["rows"][0]["blocks"][3]["role"] == "assistant");
        QVERIFY(j["rows"][0]["estimated_trained_tokens"] == 5);
        QVERIFY(j["trained_tokens"] == 6);
    }

    // A truncated row: its last message is found by its beginning and the cut is said.
    void aTruncatedRowIsMarked()
    {
        const FineTunePreview p = previewOf(
            R"({"dataset_format":"instruction","max_seq_length":4,"model":"m","train_on_inputs":false,"rows":[
                {"tokens":["Say","Ġhi","ĠHello","Ġthere"],"labels":[-100,-100,7,8],"truncated":true}]})");
        const TokenPreview t =
            TokenPreview::build(p, {R"({"prompt":"Say hi","completion":" Hello there, and a long rest that was cut"})"},
                                FineTuneRequest::TrainOnInputs::Auto);
        const TokenPreview::Row& r = t.rows().front();
        QVERIFY(r.together.truncated);
        QCOMPARE(r.together.numTokens, 4);        // from the tokens, as the server left it out
        QCOMPARE(r.together.numTrainedTokens, 2); // from the labels
        QCOMPARE(r.blocks.size(), 2);
        QCOMPARE(r.blocks[0].role, QStringLiteral("prompt"));
        QCOMPARE(r.blocks[1].role, QStringLiteral("completion"));
        QCOMPARE(r.blocks[1].end, 4);
        QVERIFY(t.toText().contains(QStringLiteral("truncated at 4 tokens")));
        QVERIFY(t.toText().contains(QStringLiteral("✂")));
    }

    // Without the local rows (a file id only) the tokens are one stream and nothing is estimated.
    void withoutLocalRowsThereIsNoEstimate()
    {
        const FineTunePreview p =
            previewOf(R"({"rows":[{"tokens":["a","b"],"labels":[1,-100]},{"tokens":["c"],"labels":[-100]}]})");
        const TokenPreview t = TokenPreview::build(p, {}, FineTuneRequest::TrainOnInputs::Auto);
        QCOMPARE(t.rows().size(), 2);
        QCOMPARE(t.rows()[0].blocks.size(), 1);
        QVERIFY(!t.rows()[0].aligned);
        QVERIFY(!t.estimatedTrained());
        QVERIFY(t.toJson()["estimated_trained_tokens"].is_null());
        // Messages that are not in the tokens (other data than the file id's) leave one stream too.
        const TokenPreview other = TokenPreview::build(p, {R"({"messages":[{"role":"user","content":"zzz"}]})"},
                                                       FineTuneRequest::TrainOnInputs::Auto);
        QVERIFY(!other.rows()[0].aligned);
        QCOMPARE(other.rows()[0].blocks.size(), 1);
    }

    void firstRowsOfALocalFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.jsonl"));
        QVERIFY(test::writeFile(path, "\xEF\xBB\xBF{\"a\":1}\n\n   \n{\"b\":2}\r\n" + QByteArray(100, 'x') +
                                          "\n{\"c\":3}\n{\"d\":4}\n"));
        const auto rows = TokenPreview::readFirstRows(path, 3, 50);
        QVERIFY(rows);
        // Blank lines are no rows; an overlong line keeps its place without its bytes.
        QCOMPARE(*rows, (QList<QByteArray>{"{\"a\":1}", "{\"b\":2}", QByteArray()}));
        const auto four = TokenPreview::readFirstRows(path, 4, 50);
        QCOMPARE(four->value(3), QByteArray("{\"c\":3}"));
        QVERIFY(!TokenPreview::readFirstRows(dir.filePath(QStringLiteral("missing")), 3));
    }

    // The server names the file; a name that could lead out of the folder is cut to its last part.
    void tokenizedFileNames()
    {
        const QString id = QStringLiteral("ft-1");
        QCOMPARE(TokenizedDownload::fileNameFor(QStringLiteral("ft-1-tokenized.tar.zst"), id),
                 QStringLiteral("ft-1-tokenized.tar.zst"));
        QCOMPARE(TokenizedDownload::fileNameFor(QStringLiteral("../../.bashrc"), id), QStringLiteral(".bashrc"));
        QCOMPARE(TokenizedDownload::fileNameFor(QStringLiteral("/etc/passwd"), id), QStringLiteral("passwd"));
        QCOMPARE(TokenizedDownload::fileNameFor(QStringLiteral("a\\..\\b"), id), QStringLiteral("b"));
        QCOMPARE(TokenizedDownload::fileNameFor(QStringLiteral(".."), id), QStringLiteral("ft-1-tokenized-dataset"));
        QCOMPARE(TokenizedDownload::fileNameFor(QString(), QStringLiteral("a/b")),
                 QStringLiteral("a-b-tokenized-dataset"));
    }
};

QTEST_GUILESS_MAIN(TestTokenPreview)
#include "tst_tokenpreview.moc"
