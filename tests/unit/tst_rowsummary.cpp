#include "dataset/RowSummary.h"

#include <QTest>

using namespace td;

class TestRowSummary : public QObject
{
    Q_OBJECT

private slots:
    // Code points are counted eight bytes at a time: the same count as byte by byte, at every
    // length and alignment, for text in several scripts and for arbitrary bytes.
    void codePointsAtEveryLengthAndAlignment()
    {
        const QByteArray text = QStringLiteral("Grüße, 東京 🌍🏳️‍🌈 Привет ab").toUtf8();
        QCOMPARE(countCodePoints(text.constData(), std::size_t(text.size())),
                 std::int64_t(QString::fromUtf8(text).toUcs4().size()));
        QByteArray bytes;
        for (int i = 0; i < 300; ++i)
            bytes += char((i * 37 + 11) & 0xFF);
        for (int from = 0; from < 9; ++from)
            for (int len = 0; from + len <= bytes.size(); len += 7) {
                std::int64_t expected = 0;
                for (int i = from; i < from + len; ++i)
                    expected += (static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80;
                QCOMPARE(countCodePoints(bytes.constData() + from, std::size_t(len)), expected);
            }
    }

    void conversation()
    {
        const QByteArray row = "{\"messages\":[{\"role\":\"system\",\"content\":\"Be "
                               "brief.\"},{\"role\":\"user\",\"content\":\"Hi\\nthere\",\"weight\":0},{\"role\":"
                               "\"assistant\",\"content\":\"Hello ✓\",\"weight\":1}]}";
        const RowSummary s = summarizeRow(row);
        QCOMPARE(s.status, ParseStatus::Ok);
        QCOMPARE(s.format, RowFormat::Conversation);
        QCOMPARE(s.messageCount, 3);
        QCOMPARE(s.roles, std::string("SUA"));
        QCOMPARE(s.weights, std::string("-01"));
        QCOMPARE(s.characters, qint64(9 + 8 + 7)); // code points, not bytes
        QCOMPARE(s.preview, QStringLiteral("Hi there"));
    }

    // 2026: an assistant message's reasoning is text the model sees (one spelling counts).
    void reasoningCountsAsCharacters()
    {
        const RowSummary s = summarizeRow(
            "{\"messages\":[{\"role\":\"user\",\"content\":\"q\",\"reasoning\":\"not mine\"},"
            "{\"role\":\"assistant\",\"content\":\"ab\",\"reasoning\":\"thé\",\"reasoning_content\":\"xx\"},"
            "{\"role\":\"assistant\",\"content\":\"c\",\"reasoning_content\":\"yy\"}]}");
        QCOMPARE(s.characters, qint64(1 + 2 + 3 + 1 + 2));
        const RowSummary dpo = summarizeRow(
            "{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]},\"preferred_output\":[{\"role\":"
            "\"assistant\",\"content\":\"a\",\"reasoning\":\"rr\"}],\"non_preferred_output\":[{\"role\":"
            "\"assistant\",\"content\":\"b\",\"reasoning\":5}]}");
        QCOMPARE(dpo.characters, qint64(1 + 1 + 2 + 1));
    }

    void formats_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("status");
        QTest::newRow("instruction") << QByteArray("{\"prompt\":\"p\",\"completion\":\"c\"}")
                                     << int(RowFormat::Instruction) << int(ParseStatus::Ok);
        QTest::newRow("text") << QByteArray("{\"text\":\"t\"}") << int(RowFormat::Text) << int(ParseStatus::Ok);
        QTest::newRow("preference") << QByteArray(
                                           "{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]},"
                                           "\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"a\"}],\"non_"
                                           "preferred_output\":[{\"role\":\"assistant\",\"content\":\"b\"}]}")
                                    << int(RowFormat::Preference) << int(ParseStatus::Ok);
        QTest::newRow("unknown") << QByteArray("{\"foo\":1}") << int(RowFormat::Unknown) << int(ParseStatus::Ok);
        QTest::newRow("array") << QByteArray("[1,2]") << int(RowFormat::Invalid) << int(ParseStatus::NotObject);
        QTest::newRow("broken") << QByteArray("{\"messages\": [") << int(RowFormat::Invalid)
                                << int(ParseStatus::InvalidJson);
        // Text after a valid object is named as such ("invalid JSON" sent users looking in the object).
        QTest::newRow("trailing text") << QByteArray("{\"text\":\"t\"} and more") << int(RowFormat::Invalid)
                                       << int(ParseStatus::TrailingText);
        QTest::newRow("broken object, then text")
            << QByteArray("{\"text\":\"t\",} x") << int(RowFormat::Invalid) << int(ParseStatus::InvalidJson);
        QTest::newRow("array, then text")
            << QByteArray("[1] x") << int(RowFormat::Invalid) << int(ParseStatus::InvalidJson);
        QTest::newRow("blank") << QByteArray("  \t") << int(RowFormat::Invalid) << int(ParseStatus::Blank);
        QTest::newRow("bad utf8") << QByteArray("{\"text\":\"\xff\"}") << int(RowFormat::Invalid)
                                  << int(ParseStatus::InvalidUtf8);
    }

    void formats()
    {
        QFETCH(QByteArray, row);
        QFETCH(int, format);
        QFETCH(int, status);
        const RowSummary s = summarizeRow(row);
        QCOMPARE(int(s.format), format);
        QCOMPARE(int(s.status), status);
        QCOMPARE(s.error.isEmpty(), status == int(ParseStatus::Ok));
    }

    void bomIsReportedAndTolerated()
    {
        const RowSummary s = summarizeRow(QByteArray("\xEF\xBB\xBF{\"text\":\"x\"}"));
        QVERIFY(s.hasBom);
        QCOMPARE(s.format, RowFormat::Text);
    }

    void weightsThatAreNotZeroOrOne()
    {
        const RowSummary s = summarizeRow("{\"messages\":[{\"role\":\"user\",\"content\":\"a\",\"weight\":true},{"
                                          "\"role\":\"assistant\",\"content\":\"b\",\"weight\":2}]}");
        QCOMPARE(s.weights, std::string("??"));
    }

    void describeRolesCollapsesLongAlternation()
    {
        QCOMPARE(describeRoles("SUAUAUA"), QStringLiteral("S (U A)×3"));
        QCOMPARE(describeRoles("UA"), QStringLiteral("U A"));
        QCOMPARE(describeRoles("UUA"), QStringLiteral("U U A"));
        QCOMPARE(describeWeights("---"), QStringLiteral("none"));
        QCOMPARE(describeWeights("-01"), QStringLiteral("·01"));
        // A long conversation is counted, not cut to "000000…" by the column.
        QCOMPARE(describeWeights("-0101010101010"), QStringLiteral("6 trained, 7 masked of 14"));
    }
};

QTEST_APPLESS_MAIN(TestRowSummary)
#include "tst_rowsummary.moc"
