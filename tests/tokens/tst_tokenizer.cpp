// The tokenizer engine on small hand-made tokenizer.json files (the fuzz corpus): ids worked out
// by hand for byte-level and SentencePiece-style BPE, byte ranges, added tokens in text, the
// config beside the file, cancel and progress, and a clear refusal of everything not supported.
#include "tokens/Tokenizer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

QString corpus(const char* name)
{
    return QStringLiteral(TD_TOKENS_CORPUS_DIR "/%1").arg(QLatin1String(name));
}

std::vector<std::uint32_t> ids(std::initializer_list<std::uint32_t> l)
{
    return l;
}

} // namespace

class TstTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void byteLevelBpe()
    {
        Result<Tokenizer> t = Tokenizer::load(corpus("byte_level_bpe.json"));
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
        QVERIFY(t->describe().startsWith(QLatin1String("byte-level BPE, a vocabulary of 264 tokens, from ")));
        // "hello" is a vocabulary word (ignore_merges); " world" merges Ġ+w, o+r, Ġw+or; then the
        // added token written in the text.
        QCOMPARE(t->encode("hello world<|end|>"), ids({259, 262, 108, 100, 263}));
        const std::vector<TokenSpan> spans = t->encodeWithOffsets("hello world<|end|>");
        QCOMPARE(spans.size(), std::size_t(5));
        QCOMPARE(spans[1].begin, 5u);
        QCOMPARE(spans[1].end, 9u);
        QCOMPARE(spans[4].begin, 11u);
        QCOMPARE(spans[4].end, 18u);
        QCOMPARE(t->tokenText(262), std::string(" wor"));
        QCOMPARE(t->tokenText(263), std::string("<|end|>"));
        QVERIFY(t->encode("").empty());
    }

    void invalidUtf8CountsAsReplacementWithRangesInTheInput()
    {
        Result<Tokenizer> t = Tokenizer::load(corpus("byte_level_bpe.json"));
        QVERIFY(t.ok());
        // Each invalid byte is read as U+FFFD (EF BF BD, three byte tokens), whose range is
        // that one byte of the input, not of the repaired copy.
        const std::vector<TokenSpan> spans = t->encodeWithOffsets("he\xff\xfe");
        QCOMPARE(spans.size(), std::size_t(7));
        QCOMPARE(spans.front().id, 256u);
        QCOMPARE(spans[1].id, 0xEFu);
        QCOMPARE(spans[1].begin, 2u);
        QCOMPARE(spans[1].end, 2u);
        QCOMPARE(spans.back().begin, 3u);
        QCOMPARE(spans.back().end, 4u);
    }

    void sentencePieceBpeWithByteFallback()
    {
        Result<Tokenizer> t = Tokenizer::load(corpus("sentencepiece_bpe.json"));
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
        QVERIFY(t->describe().startsWith(QLatin1String("SentencePiece-style BPE, ")));
        // "▁hello▁wé": merges to ▁hello, then ▁ w and é as its two bytes <0xC3> <0xA9>.
        QCOMPARE(t->encode("hello w\xC3\xA9"), ids({271, 259, 264, 3 + 0xC3, 3 + 0xA9}));
        // After an added token the next stretch gets its own "▁" (Prepend applies per stretch).
        QCOMPARE(t->encode("<s>hi"), ids({1, 267, 3 + 'i'}));
        const std::vector<TokenSpan> spans = t->encodeWithOffsets("hello w\xC3\xA9");
        QCOMPARE(spans[0].begin, 0u); // the prepended ▁ belongs to the first character
        QCOMPARE(spans[0].end, 5u);
        QCOMPARE(spans[1].begin, 5u); // the space that became ▁
        QCOMPARE(spans[1].end, 6u);
        QCOMPARE(t->tokenText(271), std::string(" hello"));
        QCOMPARE(t->tokenText(3 + 0xC3), std::string("\xC3"));
    }

    void tokenAcrossASpaceIsNotCut()
    {
        // "o▁w" is a vocabulary token: a long word is cut before "▁" only after characters no
        // token joins to a following "▁", so this merge still happens. An unknown character
        // (here "x", <unk>) is never a cut point either.
        Result<Tokenizer> t = Tokenizer::load(corpus("sentencepiece_joiner.json"));
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
        QCOMPARE(t->encode("hello world"), ids({1, 2, 3, 4, 4, 10, 5, 7, 4, 8}));
        QCOMPARE(t->encode("hex wed"), ids({1, 2, 3, 0, 1, 6, 3, 8}));
    }

    void metaspaceFirstOnlyAtTheStart()
    {
        Result<Tokenizer> t = Tokenizer::load(corpus("metaspace.json"));
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
        QCOMPARE(t->encode("hello"), ids({271}));
        QCOMPARE(t->encode("<s>hello"), ids({1, 260, 268, 270})); // no ▁ after the added token
    }

    void configBesideTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(corpus("byte_level_bpe.json"), dir.filePath(QStringLiteral("tokenizer.json"))));
        QFile c(dir.filePath(QStringLiteral("tokenizer_config.json")));
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(R"({"chat_template": "{{ bos_token }}{% for m in messages %}{{ m.content }}{% endfor %}",
                    "bos_token": {"content": "<|begin|>", "lstrip": false}, "eos_token": "<|end|>",
                    "add_bos_token": true, "model_max_length": 1e30, "tokenizer_class": "PreTrainedTokenizerFast"})");
        c.close();
        Result<Tokenizer> t = Tokenizer::load(dir.path());
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
        const TokenizerConfig& cfg = t->config();
        QVERIFY(cfg.present);
        QVERIFY(cfg.chatTemplate.startsWith(QLatin1String("{{ bos_token }}")));
        QCOMPARE(cfg.bosToken, QStringLiteral("<|begin|>"));
        QCOMPARE(cfg.eosToken, QStringLiteral("<|end|>"));
        QCOMPARE(cfg.addBosToken, std::optional<bool>(true));
        QVERIFY(!cfg.modelMaxLength.has_value());
        QCOMPARE(cfg.tokenizerClass, QStringLiteral("PreTrainedTokenizerFast"));
    }

    void countCancelAndProgress()
    {
        Result<Tokenizer> t = Tokenizer::load(corpus("byte_level_bpe.json"));
        QVERIFY(t.ok());
        std::string big;
        for (int i = 0; i < 300000; ++i)
            big += "hello world ";
        std::uint64_t lastDone = 0;
        int calls = 0;
        Result<std::uint64_t> n = t->count(big, nullptr, [&](std::uint64_t done, std::uint64_t total) {
            QVERIFY(done >= lastDone && total == big.size());
            lastDone = done;
            ++calls;
        });
        QVERIFY(n.ok());
        // "hello" " wor" l d, then 299,999 times Ġ "hello" " wor" l d, and the trailing space.
        QCOMPARE(*n, std::uint64_t(4 + 299999 * 5 + 1));
        QVERIFY(calls > 2);
        QCOMPARE(lastDone, std::uint64_t(big.size()));
        const std::atomic_bool cancel{true};
        Result<std::uint64_t> c = t->count(big, &cancel);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, Error::Code::Cancelled);
    }

    void refusesWhatItCannotCountExactly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("Unigram") << corpus("broken_unigram.json") << Error::Code::Unsupported << "Unigram";
        QTest::newRow("WordPiece") << corpus("broken_wordpiece.json") << Error::Code::Unsupported << "WordPiece";
        QTest::newRow("NFKC") << corpus("broken_nfkc.json") << Error::Code::Unsupported << "NFKC";
        QTest::newRow("dropout") << corpus("broken_dropout.json") << Error::Code::Unsupported << "dropout";
        QTest::newRow("lstrip") << corpus("broken_lstrip.json") << Error::Code::Unsupported << "lstrip";
        QTest::newRow("\\w") << corpus("broken_regex_w.json") << Error::Code::Unsupported << "\\w";
        QTest::newRow("bad regex") << corpus("broken_regex_bad.json") << Error::Code::Unsupported << "PCRE2";
        QTest::newRow("unknown merge") << corpus("broken_merge_unknown.json") << Error::Code::Parse << "merge 1";
        QTest::newRow("three-part merge") << corpus("broken_merge_three.json") << Error::Code::Parse << "two tokens";
        QTest::newRow("huge id") << corpus("broken_huge_id.json") << Error::Code::Parse << "valid id";
        QTest::newRow("truncated") << corpus("broken_not_json.json") << Error::Code::Parse << "not valid JSON";
        QTest::newRow("missing") << corpus("no_such_file.json") << Error::Code::NotFound << "tokenizer.json";
    }

    void refusesWhatItCannotCountExactly()
    {
        QFETCH(QString, file);
        QFETCH(Error::Code, code);
        QFETCH(QString, mentions);
        Result<Tokenizer> t = Tokenizer::load(file);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, code);
        QVERIFY2(t.error().message.contains(mentions), qPrintable(t.error().message));
    }
};

QTEST_GUILESS_MAIN(TstTokenizer)
#include "tst_tokenizer.moc"
