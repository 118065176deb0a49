#include "dataset/JsonLocator.h"

#include <QTest>

using namespace td;

class TestJsonLocator : public QObject
{
    Q_OBJECT

    static QByteArray at(const QByteArray& json, const char* pointer)
    {
        const auto span = locatePointer(json, pointer);
        return span ? json.mid(span->offset, span->length) : QByteArray("<none>");
    }

private slots:
    void compactAndPretty()
    {
        const QByteArray compact = "{\"messages\":[{\"role\":\"user\",\"content\":\"a, b\"},{\"role\":\"assistant\","
                                   "\"content\":\"x\",\"weight\":1.0}],\"a/b\":{\"~k\":[1,2]}}";
        QCOMPARE(at(compact, "/messages/1/weight"), QByteArray("1.0"));
        QCOMPARE(at(compact, "/messages/0/content"), QByteArray("\"a, b\""));
        QCOMPARE(at(compact, "/messages/1"), QByteArray("{\"role\":\"assistant\",\"content\":\"x\",\"weight\":1.0}"));
        QCOMPARE(at(compact, "/a~1b/~0k/1"), QByteArray("2"));
        QCOMPARE(at(compact, ""), compact);
        QCOMPARE(at(compact, "/messages/2"), QByteArray("<none>"));
        QCOMPARE(at(compact, "/nope"), QByteArray("<none>"));
        const QByteArray pretty =
            "{\n  \"messages\": [\n    {\n      \"role\": \"user\",\n      \"weight\": true\n    }\n  ]\n}";
        QCOMPARE(at(pretty, "/messages/0/weight"), QByteArray("true"));
        QCOMPARE(at(pretty, "/messages/0/role"), QByteArray("\"user\""));
    }

    void escapedKeysAndBrokenText()
    {
        QCOMPARE(at("{\"a\\\"b\": 1, \"c\": [ ]}", "/c"), QByteArray("[ ]"));
        QCOMPARE(at("{\"a\": [1, 2", "/a/1"), QByteArray("2"));
        QCOMPARE(at("{\"a\": ", "/a"), QByteArray("<none>"));
    }

    // Regression: an array index beyond the range of long threw std::out_of_range (std::stol).
    void indexesThatAreNotIndexes()
    {
        QCOMPARE(at("[1, 2]", "/99999999999999999999999"), QByteArray("<none>"));
        QCOMPARE(at("[1, 2]", "/-1"), QByteArray("<none>"));
        QCOMPARE(at("[1, 2]", "/+1"), QByteArray("<none>"));
        QCOMPARE(at("[1, 2]", "/1"), QByteArray("2"));
    }
};

QTEST_APPLESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
