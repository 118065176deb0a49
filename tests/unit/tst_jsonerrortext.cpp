#include "dataset/JsonErrorText.h"
#include "dataset/RowJson.h"

#include <QTest>

using namespace td;

class TestJsonErrorText : public QObject
{
    Q_OBJECT

private slots:
    void aWindowAroundThePosition()
    {
        const QByteArray text = QByteArray(1000, 'a') + 'X' + QByteArray(1000, 'b');
        const QString e = excerptAround(text, 1000, 60);
        QCOMPARE(e, QChar(0x2026) + QString(60, QLatin1Char('a')) + QLatin1Char('X') + QString(59, QLatin1Char('b')) +
                        QChar(0x2026));
    }

    void noEllipsisAtTheEdges()
    {
        QCOMPARE(excerptAround("{\"a\": x}", 6, 60), QStringLiteral("{\"a\": x}"));
        QCOMPARE(excerptAround("", 0, 60), QString());
        QCOMPARE(excerptAround("abc", 99, 60), QStringLiteral("abc"));
    }

    void cutsOnCharacterBoundaries()
    {
        // "é" is two bytes, "😀" four: a cut by bytes would split them.
        QByteArray text;
        for (int i = 0; i < 100; ++i)
            text += i % 2 ? "\xC3\xA9" : "\xF0\x9F\x98\x80";
        for (std::size_t pos : {std::size_t(0), std::size_t(1), std::size_t(2), std::size_t(3), std::size_t(150),
                                std::size_t(151), std::size_t(299), std::size_t(text.size())}) {
            const QString e = excerptAround(text, pos, 5);
            QVERIFY2(!e.contains(QChar::ReplacementCharacter), qPrintable(e));
            QVERIFY(e.size() <= 2 + 2 * 10 * 2); // ellipses + at most 10 characters (surrogate pairs)
        }
        QCOMPARE(excerptAround(text, 150, 2),
                 QChar(0x2026) + QString::fromUtf8("\xF0\x9F\x98\x80\xC3\xA9\xF0\x9F\x98\x80\xC3\xA9") + QChar(0x2026));
    }

    void controlCharactersAreShownAsEscapes()
    {
        QCOMPARE(excerptAround("a\tb\rc\x01", 0, 60), QStringLiteral("a\\tb\\rc\\u0001"));
    }

    void parseErrorsQuoteAWindowNotTheRow()
    {
        const QByteArray row = "{\"text\": \"" + QByteArray(20000, 'x') + "\x01" + QByteArray(20000, 'y') + "\"}";
        auto parsed = parseRow(row);
        QVERIFY(!parsed.ok());
        const QString m = parsed.error().message;
        QVERIFY2(m.size() < 400, qPrintable(m));
        QVERIFY2(!m.contains(QStringLiteral("last read")) && !m.contains(QStringLiteral("[json.exception")),
                 qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("xxx\\u0001")), qPrintable(m));
        QCOMPARE(parsed.error().byteOffset, 10 + 20000);
    }
};

QTEST_APPLESS_MAIN(TestJsonErrorText)
#include "tst_jsonerrortext.moc"
