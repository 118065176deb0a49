// Unit tests of the Jinja engine behind chat templates: Python Jinja's semantics where
// @huggingface/jinja (the reference test) differs or is silent, the errors of malformed
// templates, and the bounds on hostile ones.
#include "tokens/template/ChatTemplate.h"

#include <QTest>

using td::ChatTemplate;
using td::ChatTemplateContext;

class TstChatTemplate : public QObject
{
    Q_OBJECT

    static td::Result<std::string> render(const std::string& source,
                                          const nlohmann::ordered_json& extra = nlohmann::ordered_json::object(),
                                          ChatTemplate::Options options = {})
    {
        auto t = ChatTemplate::compile(source);
        if (!t.ok())
            return t.error();
        ChatTemplateContext c;
        c.messages = nlohmann::ordered_json::parse(
            R"([{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello!"}])");
        c.bosToken = "<s>";
        c.extra = extra;
        options.now = options.now.value_or(1764547200);
        return t->render(c, options);
    }

    static std::string ok(const std::string& source,
                          const nlohmann::ordered_json& extra = nlohmann::ordered_json::object())
    {
        auto r = render(source, extra);
        if (!r.ok())
            qWarning("%s", qPrintable(r.error().message));
        return r.ok() ? *r : std::string("<error>");
    }

private slots:
    void pythonSemantics_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        // Values print as Python's str().
        QTest::newRow("none") << "{{ none }}|{{ true }}|{{ false }}"
                              << "None|True|False";
        QTest::newRow("list repr") << "{{ [1, 'a', none, true, 1.5] }}"
                                   << "[1, 'a', None, True, 1.5]";
        QTest::newRow("tuples") << "{{ {'a': 1}.items() | list }} {{ (1,) }} {{ (1, 2) == [1, 2] }}"
                                << "[('a', 1)] (1,) False";
        QTest::newRow("wordcount") << "{{ 'Emoji: 😀 a_b c-d' | wordcount }}"
                                   << "4";
        QTest::newRow("dict repr") << "{{ {'a': \"it's\"} }}"
                                   << "{'a': \"it's\"}";
        QTest::newRow("floats") << "{{ 1.0 }} {{ 3 / 2 }} {{ 10 / 5 }} {{ 1e16 }} {{ 1e-5 }} {{ 0.1 + 0.2 }}"
                                << "1.0 1.5 2.0 1e+16 1e-05 0.30000000000000004";
        QTest::newRow("modulo floors") << "{{ -7 % 3 }} {{ 7 % -3 }} {{ -7 // 2 }}"
                                       << "2 -2 -4";
        QTest::newRow("string repeat") << "{{ 'ab' * 3 }}"
                                       << "ababab";
        QTest::newRow("code point length") << "{{ '😀é'|length }} {{ '😀é'[1] }} {{ '😀éx'[::-1] }}"
                                           << "2 é xé😀";
        QTest::newRow("strip chars")
            << "[{{ '  ab\\n'.lstrip('\\n') }}|{{ 'xxaxx'.strip('x') }}|{{ ' a \\n'.rstrip('\\n') }}]"
            << "[  ab\n|a| a ]";
        QTest::newRow("unicode strip") << "[{{ '\u3000 x\u00a0'.strip() }}]"
                                       << "[x]";
        QTest::newRow("tojson python") << "{{ {'a': 1.0, 'b': 'é\"\\n', 'c': [true, none]} | tojson }}"
                                       << "{\"a\": 1.0, \"b\": \"é\\\"\\n\", \"c\": [true, null]}";
        QTest::newRow("tojson options") << "{{ {'b': [1], 'a': {}} | tojson(indent=2, sort_keys=true) }}"
                                        << "{\n  \"a\": {},\n  \"b\": [\n    1\n  ]\n}";
        QTest::newRow("tojson ascii") << "{{ 'é😀' | tojson(ensure_ascii=true) }}"
                                      << "\"\\u00e9\\ud83d\\ude00\"";
        QTest::newRow("tojson separators") << "{{ {'a': [1, 2]} | tojson(separators=(',', ':')) }}"
                                           << "{\"a\":[1,2]}";
        QTest::newRow("trim of none") << "{{ none | trim }}"
                                      << "None";
        QTest::newRow("set in loop stays") << "{% set x = 1 %}{% for i in [1] %}{% set x = 2 %}{% endfor %}{{ x }}"
                                           << "1";
        QTest::newRow("set in if leaks") << "{% if true %}{% set x = 2 %}{% endif %}{{ x }}"
                                         << "2";
        QTest::newRow("namespace")
            << "{% set ns = namespace(a=1) %}{% for i in [1,2] %}{% set ns.a = ns.a + i %}{% endfor %}{{ ns.a }}"
            << "4";
        QTest::newRow("caller")
            << "{% macro w(t) %}<{{ caller() }}{{ t }}>{% endmacro %}{% call w('!') %}in{% endcall %}"
            << "<in!>";
        QTest::newRow("filter block") << "{% filter upper %}abc{% endfilter %}"
                                      << "ABC";
        QTest::newRow("strftime") << "{{ strftime_now('%Y') }}"
                                  << "2025";
        QTest::newRow("undefined prints empty") << "[{{ nothing }}]"
                                                << "[]";
        QTest::newRow("none attribute is undefined") << "{{ none.x is defined }}"
                                                     << "False";
        QTest::newRow("trailing newline dropped") << "a\n"
                                                  << "a";
        QTest::newRow("crlf normalized") << "a\r\nb"
                                         << "a\nb";
        QTest::newRow("dict method shadows key") << "{{ {'items': 1}.items() | list | length }}"
                                                 << "1";
        QTest::newRow("is tests")
            << "{{ 1 is number }}{{ true is number }}{{ true is integer }}{{ x is iterable }}{{ 'a' is sequence }}"
            << "TrueTrueFalseTrueTrue";
        QTest::newRow("string escapes") << "{{ '\\x41\\u00e9\\t|' }}"
                                        << "A\u00e9\t|";
        QTest::newRow("title filter vs method") << "{{ \"it's a-b\" | title }} {{ \"it's a-b\".title() }}"
                                                << "It's A-B It'S A-B";
        QTest::newRow("generation block") << "{% generation %}x{% endgeneration %}"
                                          << "x";
        QTest::newRow("lstrip blocks at start") << "  {% if true %}x{% endif %}"
                                                << "x";
        QTest::newRow("extra kwargs") << "{{ enable_thinking }}"
                                      << "False";
    }

    void pythonSemantics()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(ok(source.toStdString(), {{"enable_thinking", false}})), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("fragment");
        using C = td::Error::Code;
        QTest::newRow("unclosed var") << "{{ x " << int(C::Parse) << "never closed";
        QTest::newRow("unclosed block") << "{% if x %}a" << int(C::Parse) << "endif";
        QTest::newRow("unclosed string") << "{{ 'abc }}" << int(C::Parse) << "string";
        QTest::newRow("unclosed comment") << "{# abc" << int(C::Parse) << "comment";
        QTest::newRow("stray endfor") << "{% endfor %}" << int(C::Parse) << "endfor";
        QTest::newRow("bad char") << "{{ a ; b }}" << int(C::Parse) << "';'";
        QTest::newRow("missing operand") << "{{ 1 + }}" << int(C::Parse) << "expression";
        QTest::newRow("include") << "{% include 'x' %}" << int(C::Unsupported) << "include";
        QTest::newRow("unknown filter") << "{{ 1 | frobnicate }}" << int(C::Unsupported) << "frobnicate";
        QTest::newRow("raise") << "{{ raise_exception('Roles must alternate') }}" << int(C::Corrupt)
                               << "Roles must alternate";
        QTest::newRow("undefined attr") << "{{ nothing.attr }}" << int(C::Corrupt) << "'nothing' is undefined";
        QTest::newRow("str plus int") << "{{ 'a' + 1 }}" << int(C::Corrupt) << "unsupported operand";
        QTest::newRow("list append") << "{% set l = [] %}{{ l.append(1) }}" << int(C::Corrupt) << "unsafe";
        QTest::newRow("division by zero") << "{{ 1 // 0 }}" << int(C::Corrupt) << "zero";
        QTest::newRow("overflow") << "{{ 9223372036854775807 + 1 }}" << int(C::Corrupt) << "overflow";
        QTest::newRow("set attr on dict") << "{% set d = {} %}{% set d.x = 1 %}" << int(C::Corrupt) << "namespace";
        QTest::newRow("deep nesting") << QString(500, QLatin1Char('(')).prepend(QStringLiteral("{{ ")) +
                                             QString(500, QLatin1Char(')')).prepend(QStringLiteral("1")) +
                                             QStringLiteral(" }}")
                                      << int(C::Parse) << "deeply";
        QTest::newRow("infinite recursion")
            << "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}" << int(C::Corrupt) << "deeply";
        QTest::newRow("huge repeat") << "{{ 'x' * 1000000000000 }}" << int(C::Corrupt) << "MiB";
        QTest::newRow("deep list")
            << "{% set ns = namespace(l=[]) %}{% for i in range(1000) %}{% set ns.l = [ns.l] %}{% endfor %}{{ ns.l }}"
            << int(C::Corrupt) << "nest too deeply";
        QTest::newRow("namespace cycle") << "{% set ns = namespace() %}{% set ns.me = [ns] %}" << int(C::Corrupt)
                                         << "cannot hold";
        QTest::newRow("huge range") << "{% for i in range(10000000) %}{% endfor %}" << int(C::Corrupt) << "range";
    }

    void errors()
    {
        QFETCH(QString, source);
        QFETCH(int, code);
        QFETCH(QString, fragment);
        auto r = render(source.toStdString());
        QVERIFY2(!r.ok(), r.ok() ? r->c_str() : "");
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
    }

    void boundsOnOutputAndSteps()
    {
        ChatTemplate::Options small;
        small.maxOutputBytes = 1000;
        auto r = render("{% for i in range(2000) %}x{% endfor %}", nlohmann::ordered_json::object(), small);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("MiB")), qPrintable(r.error().message));
        ChatTemplate::Options few;
        few.maxSteps = 100;
        r = render("{% for i in range(50) %}{% for j in range(50) %}{% endfor %}{% endfor %}",
                   nlohmann::ordered_json::object(), few);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("too many")), qPrintable(r.error().message));
    }

    void errorsCarryTheLine()
    {
        auto r = render("line1\n{{ 'a' }}\n{{ x.y }}");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().line, 3);
    }
};

QTEST_GUILESS_MAIN(TstChatTemplate)
#include "tst_chattemplate.moc"
