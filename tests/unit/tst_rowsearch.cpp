#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "dataset/RowSearch.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TestRowSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatasetDocument m_doc;

    std::vector<std::int64_t> find(const SearchQuery& q)
    {
        auto r = searchRows(m_doc.snapshot(), q);
        if (!r.ok())
            return {-1};
        return r->rows;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QByteArray data = "{\"messages\":[{\"role\":\"system\",\"content\":\"You are "
                                "Kiwi.\"},{\"role\":\"user\",\"content\":\"Hello\"},{\"role\":\"assistant\","
                                "\"content\":\"Hi, I am Kiwi\"}]}"
                                "\n"
                                "{\"messages\":[{\"role\":\"user\",\"content\":\"kiwi "
                                "fruit?\"},{\"role\":\"assistant\",\"content\":\"A fruit.\"}]}"
                                "\n"
                                "{\"prompt\":\"Say \\\"caf\\u00e9\\\"\",\"completion\":\"Caf\\u00e9!\"}"
                                "\n"
                                "{\"text\":\"plain text row\"}"
                                "\n"
                                "broken {kiwi\n"
                                "{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"Pick\"}]},\"preferred_"
                                "output\":[{\"role\":\"assistant\",\"content\":\"good "
                                "kiwi\"}],\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"bad\"}]}"
                                "\n";
        QVERIFY(td::test::writeFile(m_dir.filePath(QStringLiteral("s.jsonl")), data));
        m_doc.open(m_dir.filePath(QStringLiteral("s.jsonl")));
        QVERIFY(m_doc.waitForIndexed());
    }

    void anywhereCaseInsensitive()
    {
        QCOMPARE(find({QStringLiteral("KIWI")}), (std::vector<std::int64_t>{0, 1, 4, 5}));
    }

    void caseSensitive()
    {
        SearchQuery q{QStringLiteral("Kiwi")};
        q.caseSensitive = true;
        QCOMPARE(find(q), (std::vector<std::int64_t>{0}));
    }

    void keysAreNotSearched() { QCOMPARE(find({QStringLiteral("role")}), (std::vector<std::int64_t>{})); }

    void escapedTextIsFound()
    {
        // "café" is stored as \u00e9 and a quoted word: both must match their decoded form.
        QCOMPARE(find({QStringLiteral("café")}), (std::vector<std::int64_t>{2}));
        QCOMPARE(find({QStringLiteral("\"café\"")}), (std::vector<std::int64_t>{2}));
    }

    void scopedToRoles()
    {
        SearchQuery q{QStringLiteral("kiwi")};
        q.scope = SearchQuery::Scope::System;
        QCOMPARE(find(q), (std::vector<std::int64_t>{0, 4})); // row 4 does not parse: raw text
        q.scope = SearchQuery::Scope::User;
        QCOMPARE(find(q), (std::vector<std::int64_t>{1, 4}));
        q.scope = SearchQuery::Scope::Assistant;
        QCOMPARE(find(q), (std::vector<std::int64_t>{0, 4, 5}));
        q.text = QStringLiteral("café");
        q.scope = SearchQuery::Scope::User;
        QCOMPARE(find(q), (std::vector<std::int64_t>{2}));
    }

    void scopedToField()
    {
        SearchQuery q{QStringLiteral("row")};
        q.scope = SearchQuery::Scope::Field;
        q.field = QStringLiteral("text");
        QCOMPARE(find(q), (std::vector<std::int64_t>{3}));
        q.field = QStringLiteral("prompt");
        QCOMPARE(find(q), (std::vector<std::int64_t>{}));
    }

    void regex()
    {
        SearchQuery q{QStringLiteral("^Hi, I am \\w+$")};
        q.regex = true;
        QCOMPARE(find(q), (std::vector<std::int64_t>{0}));
        q.text = QStringLiteral("(unclosed");
        auto r = searchRows(m_doc.snapshot(), q);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("regular expression")));
    }

    void cancel()
    {
        std::atomic_bool cancel{true};
        auto r = searchRows(m_doc.snapshot(), {QStringLiteral("x")}, {}, &cancel);
        QVERIFY(!r.ok());
        QVERIFY(r.error().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestRowSearch)
#include "tst_rowsearch.moc"
