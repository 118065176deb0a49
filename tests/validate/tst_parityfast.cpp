#include "TestFiles.h"

#include "validate/ParityChecker.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

// The fast path (simdjson proofs on every core) must give exactly the report of the exact,
// serial Python-semantics check, which the golden cases pin to Together's real checker.
class TestParityFast : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString generate(const QString& name, const QStringList& extra)
    {
        return td::test::generateDataset(m_dir.filePath(name), extra);
    }

    void compareBothWays(const QString& path)
    {
        ParityOptions exact;
        exact.exactOnly = true;
        const ParityReport slow = checkFileParity(path, exact).value();
        const ParityReport fast = checkFileParity(path).value();
        QCOMPARE(QString::fromStdString(fast.toPythonJson()), QString::fromStdString(slow.toPythonJson()));
    }

private slots:
    void cleanLargeFilePasses()
    {
        const QString f = generate(QStringLiteral("clean.jsonl"), {QStringLiteral("--size"), QStringLiteral("24M"),
                                                                   QStringLiteral("--seed"), QStringLiteral("5")});
        compareBothWays(f);
        QVERIFY(checkFileParity(f).value().passed());
    }

    void everyDefectKindAgrees_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* k :
             {"invalid_json", "nonstandard_json", "trailing_garbage", "wrong_role", "non_alternating", "bad_weight",
              "missing_content", "no_assistant", "empty_messages", "messages_not_list", "extra_key", "duplicate_key",
              "mixed_format", "empty_line", "bom", "invalid_utf8", "lone_surrogate", "crlf"})
            QTest::newRow(k) << QString::fromLatin1(k);
    }

    void everyDefectKindAgrees()
    {
        QFETCH(QString, kind);
        // Sparse defects in a file big enough for the parallel path: the first failure may
        // sit in any chunk.
        const QString f =
            generate(kind + QStringLiteral(".jsonl"),
                     {QStringLiteral("--size"), QStringLiteral("12M"), QStringLiteral("--seed"), QStringLiteral("7"),
                      QStringLiteral("--defects"), QStringLiteral("0.0004"), QStringLiteral("--defect-kinds"), kind});
        compareBothWays(f);
    }

    void formatChangeInALaterChunk()
    {
        QByteArray data;
        const QByteArray text = "{\"text\": \"" + QByteArray(200, 'x') + "\"}\n";
        while (data.size() < (12 << 20))
            data += text;
        data += "{\"prompt\": \"p\", \"completion\": \"c\"}\n";
        data += text;
        const QString f = m_dir.filePath(QStringLiteral("late.jsonl"));
        QVERIFY(td::test::writeFile(f, data));
        compareBothWays(f);
        const ParityReport r = checkFileParity(f).value();
        QVERIFY(!r.passed());
        QVERIFY(r.message().find("DatasetFormat.INSTRUCTION for the line") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestParityFast)
#include "tst_parityfast.moc"
