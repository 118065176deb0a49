#include "validate/ParityReport.h"
#include "validate/PyJson.h"
#include "validate/PyRepr.h"
#include "validate/PyUtf8.h"

#include <QTest>

using namespace td;

namespace {
std::string reprOf(const char* json)
{
    auto v = py::loads(json);
    return v ? py::repr(*v) : std::string("<error>");
}
} // namespace

// Python's json.loads, repr(), type() and UTF-8 error texts, checked against what CPython
// 3.11 prints for the same input.
class TestPyRepr : public QObject
{
    Q_OBJECT

private slots:
    void loadsAcceptsWhatPythonAccepts_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        const std::pair<const char*, bool> cases[] = {
            {"{}", true},
            {" {\"a\": 1} \n", true},
            {"NaN", true},
            {"-Infinity", true},
            {"[1e400]", true},
            {"123456789012345678901234567890", true},
            {"\"\\ud800\"", true},
            {"\"\\u00E9\"", true},
            {"[1,]", false},
            {"{\"a\":1,}", false},
            {"01", false},
            {"1.", false},
            {"-", false},
            {"+1", false},
            {"\"a\tb\"", false},
            {"\"\\x\"", false},
            {"", false},
            {"\n", false},
            {"\xEF\xBB\xBF{}", false},
            {"{'a': 1}", false},
            {"nan", false},
            {"[1] [2]", false},
            {"\f{}", false},
        };
        for (const auto& [json, ok] : cases)
            QTest::newRow(json) << QByteArray(json) << ok;
    }

    void loadsAcceptsWhatPythonAccepts()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        const QByteArray& u = json;
        QCOMPARE(py::loads(std::string_view(u.constData(), std::size_t(u.size()))).has_value(), ok);
    }

    void repr()
    {
        QCOMPARE(reprOf("null"), std::string("None"));
        QCOMPARE(reprOf("[true, false]"), std::string("[True, False]"));
        QCOMPARE(reprOf("-0"), std::string("0"));
        QCOMPARE(reprOf("1.0"), std::string("1.0"));
        QCOMPARE(reprOf("1e16"), std::string("1e+16"));
        QCOMPARE(reprOf("1e15"), std::string("1000000000000000.0"));
        QCOMPARE(reprOf("0.0001"), std::string("0.0001"));
        QCOMPARE(reprOf("0.00001"), std::string("1e-05"));
        QCOMPARE(reprOf("1.5e300"), std::string("1.5e+300"));
        QCOMPARE(reprOf("0.1"), std::string("0.1"));
        QCOMPARE(reprOf("1e400"), std::string("inf"));
        QCOMPARE(reprOf("NaN"), std::string("nan"));
        QCOMPARE(reprOf("\"it's\""), std::string("\"it's\""));
        QCOMPARE(reprOf("\"say \\\"hi\\\" it's\""), std::string("'say \"hi\" it\\'s'"));
        QCOMPARE(reprOf("\"a\\nb\\t\\u0001\\u007f\""), std::string("'a\\nb\\t\\x01\\x7f'"));
        QCOMPARE(reprOf("\"\\u00a0\\u200b\\u2028\""), std::string("'\\xa0\\u200b\\u2028'"));
        QCOMPARE(reprOf("\"caf\\u00e9 \\ud83d\\ude00\""), std::string("'café 😀'"));
        QCOMPARE(reprOf("\"\\ud800\""), std::string("'\\ud800'"));
        QCOMPARE(reprOf("{\"k\": [\"a'b\"], \"n\": null}"), std::string("{'k': [\"a'b\"], 'n': None}"));
        QCOMPARE(reprOf("{\"a\": 1, \"b\": 2, \"a\": 3}"), std::string("{'a': 3, 'b': 2}"));
    }

    void typeNames()
    {
        QCOMPARE(py::typeName(*py::loads("true")), std::string("<class 'bool'>"));
        QCOMPARE(py::typeName(*py::loads("1.0")), std::string("<class 'float'>"));
        QCOMPARE(py::typeName(*py::loads("{}")), std::string("<class 'dict'>"));
        QCOMPARE(py::typeName(*py::loads("null")), std::string("<class 'NoneType'>"));
    }

    void utf8Errors()
    {
        auto err = [](const QByteArray& b) {
            return py::utf8Error(b.constData(), std::size_t(b.size())).value_or("ok");
        };
        QCOMPARE(err("ab\xff"), std::string("'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"));
        QCOMPARE(err("a\xe0\x80z"), std::string("'utf-8' codec can't decode byte 0xe0 in position 1: invalid "
                                                "continuation byte"));
        QCOMPARE(err("a\xf0\x90\x80z"), std::string("'utf-8' codec can't decode bytes in position 1-3: invalid "
                                                    "continuation byte"));
        QCOMPARE(err("a\xed\xa0\x80"), std::string("'utf-8' codec can't decode byte 0xed in position 1: invalid "
                                                   "continuation byte"));
        QCOMPARE(err(QByteArray("abc\xe2\x82")), std::string("'utf-8' codec can't decode bytes in position 0-1: "
                                                             "unexpected end of data"));
        QCOMPARE(err("fine \xc3\xa9"), std::string("ok"));
        // Chunk-relative positions: Python decodes 8192 bytes at a time.
        QCOMPARE(err(QByteArray(9000, 'a') + "\xff"), std::string("'utf-8' codec can't decode byte 0xff in position "
                                                                  "808: invalid start byte"));
        QCOMPARE(err(QByteArray(8190, 'a') + "\xc3\xa9" + QByteArray(100, 'b') + "\xff"),
                 std::string("'utf-8' codec can't decode byte 0xff in position 100: invalid start byte"));
        QCOMPARE(err(QByteArray(8191, 'a') + "\xe2\x82" + "\xff"),
                 std::string("'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"));
    }

    void reportPrintsLikeJsonDumps()
    {
        ParityReport r;
        r.set("is_check_passed", ParityReport::Value::boolean(false));
        r.set("message", ParityReport::Value::string("caf\xc3\xa9 \xf0\x9f\x98\x80 \"q\"\n\x7f"));
        r.set("found", ParityReport::Value::null());
        r.set("n", ParityReport::Value::integer(42));
        r.set("is_check_passed", ParityReport::Value::boolean(true)); // keeps its position
        QCOMPARE(r.toPythonJson(), std::string("{\n    \"is_check_passed\": true,\n    \"message\": \"caf\\u00e9 "
                                               "\\ud83d\\ude00 \\\"q\\\"\\n\\u007f\",\n    \"found\": null,\n    "
                                               "\"n\": 42\n}"));
    }
};

QTEST_APPLESS_MAIN(TestPyRepr)
#include "tst_pyrepr.moc"
