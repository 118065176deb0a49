#include "query/FilterExpression.h"

#include <QTest>

using namespace td;

namespace {

RowFacts row(int msgs, std::int64_t chars, RowFormat format = RowFormat::Conversation)
{
    RowFacts f;
    f.format = format;
    f.messages = msgs;
    f.turns = msgs / 2;
    f.characters = chars;
    f.roles = RoleUser | RoleAssistant;
    return f;
}

bool matches(const QString& expr, const RowFacts& f)
{
    auto e = FilterExpression::parse(expr);
    if (!e) {
        qWarning("%s", qPrintable(e.error().message));
        return false;
    }
    return e->matches(f);
}

} // namespace

class TestFilterExpression : public QObject
{
    Q_OBJECT

private slots:
    void numbers()
    {
        const RowFacts big = row(12, 30000), small = row(2, 500);
        QVERIFY(matches(QStringLiteral("msgs > 10 and chars > 20000"), big));
        QVERIFY(!matches(QStringLiteral("msgs > 10 and chars > 20000"), small));
        QVERIFY(matches(QStringLiteral("msgs >= 12"), big));
        QVERIFY(!matches(QStringLiteral("msgs < 12"), big));
        QVERIFY(matches(QStringLiteral("msgs <= 12 && chars != 1"), big));
        QVERIFY(matches(QStringLiteral("messages == 2"), small));
        QVERIFY(matches(QStringLiteral("turns = 1"), small));
        QVERIFY(matches(QStringLiteral("chars > 1e3"), big));
        QVERIFY(matches(QStringLiteral("chars > -1.5"), small));
        QVERIFY(matches(QStringLiteral("characters==500"), small));
    }

    void booleansAndPrecedence()
    {
        const RowFacts r = row(2, 500);
        // and binds tighter than or
        QVERIFY(matches(QStringLiteral("msgs == 1 and chars == 1 or msgs == 2"), r));
        QVERIFY(!matches(QStringLiteral("msgs == 1 and (chars == 1 or msgs == 2)"), r));
        QVERIFY(matches(QStringLiteral("not msgs == 1"), r));
        QVERIFY(!matches(QStringLiteral("NOT (msgs == 2)"), r));
        QVERIFY(matches(QStringLiteral("!(msgs == 3) || msgs == 9"), r));
        QVERIFY(matches(QStringLiteral("not not msgs == 2"), r));
    }

    void textAndFlags()
    {
        RowFacts f = row(3, 10);
        f.weights = WeightPattern::Last;
        f.script = Script::Cyrillic;
        f.scripts = (1 << int(Script::Cyrillic)) | (1 << int(Script::Latin));
        f.toolUse = true;
        f.systemHash = systemPromptHash("Be brief.");
        f.roles |= RoleSystem;
        f.sampleWeight = 0;
        f.hasSampleWeight = true;
        QVERIFY(matches(QStringLiteral("format == \"conversational\""), f));
        QVERIFY(matches(QStringLiteral("format == 'conversation'"), f));
        QVERIFY(matches(QStringLiteral("format == conversation"), f));
        QVERIFY(matches(QStringLiteral("format != \"instruction\""), f));
        QVERIFY(!matches(QStringLiteral("format == \"text\""), f));
        QVERIFY(matches(QStringLiteral("weights == \"last\""), f));
        QVERIFY(matches(QStringLiteral("script == \"cyrillic\" and script(latin)"), f));
        QVERIFY(!matches(QStringLiteral("script(han)"), f));
        QVERIFY(matches(QStringLiteral("has(tool) and role(system) and not role(tool)"), f));
        QVERIFY(matches(QStringLiteral("has(system)"), f));
        QVERIFY(matches(QStringLiteral("weight == 0 and has(weight)"), f));
        QVERIFY(!matches(QStringLiteral("has(invalid)"), f));
        QVERIFY(!matches(QStringLiteral("has(duplicate)"), f));
        f.duplicate = true;
        QVERIFY(matches(QStringLiteral("has(duplicate)"), f));
        QVERIFY(matches(QStringLiteral("system == \"%1\"").arg(hashText(f.systemHash)), f));
        QVERIFY(!matches(QStringLiteral("system == none"), f));
        QVERIFY(matches(QStringLiteral("system == none"), row(1, 1)));
        QVERIFY(matches(QStringLiteral("HAS(Tool)"), f)); // names are case-insensitive
    }

    void matchingRows()
    {
        const std::vector<RowFacts> facts{row(1, 1), row(11, 1), row(20, 30000), row(12, 25000)};
        auto e = FilterExpression::parse(QStringLiteral("msgs > 10 and chars > 20000"));
        QVERIFY(e.ok());
        QCOMPARE(e->matchingRows(facts), (std::vector<std::int64_t>{2, 3}));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << "" << 1 << "ends where a condition";
        QTest::newRow("dangling and") << "msgs > 10 and" << 14 << "ends where a condition";
        QTest::newRow("no value") << "msgs >" << 7 << "expected a number after 'msgs >'";
        QTest::newRow("doubled operator") << "msgs >> 2 and" << 7 << "expected a number after 'msgs >', found '>'";
        QTest::newRow("parenthesis for number") << "msgs > (2)" << 8 << "found '('";
        QTest::newRow("unknown fact") << "msg > 10" << 1 << "unknown fact 'msg'";
        QTest::newRow("text for number") << "msgs > \"ten\"" << 8 << "is a number";
        QTest::newRow("number for text") << "format == 3" << 11 << "is text";
        QTest::newRow("order on text") << "format < \"text\"" << 8 << "use == or !=";
        QTest::newRow("unknown format") << "format == \"chat\"" << 11 << "not a value of format";
        QTest::newRow("unknown flag") << "has(toolz)" << 5 << "has(toolz) is not known";
        QTest::newRow("unknown function") << "size(x)" << 1 << "unknown function";
        QTest::newRow("unclosed paren") << "(msgs > 1" << 10 << "expected ')'";
        QTest::newRow("extra paren") << "msgs > 1)" << 9 << "no '(' for this ')'";
        QTest::newRow("missing op") << "msgs 10" << 6 << "expected a comparison";
        QTest::newRow("two conditions") << "msgs > 1 chars > 2" << 10 << "expected 'and', 'or'";
        QTest::newRow("unclosed quote") << "format == \"text" << 11 << "not closed";
        QTest::newRow("stray char") << "msgs > 1 @" << 10 << "no meaning";
        QTest::newRow("bad number") << "msgs > 1.2.3" << 8 << "not a number";
        QTest::newRow("bad script") << "script(klingon)" << 8 << "unknown script";
        QTest::newRow("bad hash") << "system == \"abc\"" << 11 << "not a value of system";
        QTest::newRow("deep") << QString(200, QLatin1Char('(')) + "msgs > 1" + QString(200, QLatin1Char(')')) << 66
                              << "nested too deeply";
    }

    void errors()
    {
        QFETCH(QString, expr);
        QFETCH(int, column);
        QFETCH(QString, says);
        const auto e = FilterExpression::parse(expr);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, Error::Code::Parse);
        QVERIFY2(e.error().message.contains(says), qPrintable(e.error().message));
        QVERIFY2(e.error().message.startsWith(QStringLiteral("Column %1:").arg(column)), qPrintable(e.error().message));
        QCOMPARE(e.error().byteOffset, std::int64_t(column - 1));
    }

    void tooLong()
    {
        QString s = QStringLiteral("msgs > 1");
        while (s.size() < 20000)
            s += QStringLiteral(" or msgs > 1");
        QVERIFY(!FilterExpression::parse(s).ok());
        // A long but allowed chain evaluates without trouble.
        QString ok = QStringLiteral("msgs > 1");
        while (ok.size() < 9000)
            ok += QStringLiteral(" or msgs > 1");
        auto e = FilterExpression::parse(ok);
        QVERIFY(e.ok());
        QVERIFY(e->matches(row(2, 1)));
    }

    void quoting() { QCOMPARE(quoteFilterValue(QStringLiteral("a\"b\\c")), QStringLiteral("\"a\\\"b\\\\c\"")); }
};

QTEST_GUILESS_MAIN(TestFilterExpression)
#include "tst_filterexpression.moc"
