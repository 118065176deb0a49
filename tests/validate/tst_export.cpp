#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "validate/Exporter.h"
#include "validate/QuickFix.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using td::test::readFile;
using td::test::writeFile;

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    DocumentSnapshot open(DatasetDocument& doc, const QString& name, const QByteArray& bytes)
    {
        writeFile(m_dir.filePath(name), bytes);
        doc.open(m_dir.filePath(name));
        doc.waitForIndexed();
        return doc.snapshot();
    }

    static QByteArray fixed(const QByteArray& row, FixKind k)
    {
        const FixOutcome o = applyFix(row, k);
        return o.action == FixOutcome::Action::Replace ? o.bytes : QByteArray("<unchanged>");
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void quickFixes()
    {
        QCOMPARE(fixed("{\"messages\":[{\"role\":\"user\",\"content\":\"a\",\"weight\":true},{\"role\":\"assistant\","
                       "\"content\":\"b\",\"weight\":1.0}]}",
                       FixKind::WeightToInteger),
                 QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"a\",\"weight\":1},{\"role\":\"assistant\","
                            "\"content\":\"b\",\"weight\":1}]}"));
        QCOMPARE(fixed("{\"id\":1,\"messages\":[],\"meta\":{}}", FixKind::DropExtraKeys),
                 QByteArray("{\"messages\":[]}"));
        QCOMPARE(fixed("{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"user\",\"content\":\"b\"},"
                       "{\"role\":\"assistant\",\"content\":\"c\"}]}",
                       FixKind::MergeSameRole),
                 QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"a\\n\\nb\"},{\"role\":\"assistant\","
                            "\"content\":\"c\"}]}"));
        // A BOM is removed from the raw bytes: nothing else changes, spacing included.
        QCOMPARE(fixed("\xEF\xBB\xBF{\"text\":  \"x\"}", FixKind::StripBom), QByteArray("{\"text\":  \"x\"}"));
        QCOMPARE(applyFix("   ", FixKind::DeleteRow).action, FixOutcome::Action::Delete);
        QCOMPARE(fixed("{\"text\":\"fine\"}", FixKind::WeightToInteger), QByteArray("<unchanged>"));
    }

    void plainExportIsByteIdentical()
    {
        const QByteArray input = "{\"text\": \"a\"}\r\nbroken {\n\n{\"text\":\"\xff\"}\n{\"text\": \"last\"}";
        DatasetDocument doc;
        const DocumentSnapshot snap = open(doc, QStringLiteral("in.jsonl"), input);
        ExportOptions o;
        o.output = m_dir.filePath(QStringLiteral("out.jsonl"));
        auto r = exportDataset(snap, o);
        QVERIFY(r.ok());
        QCOMPARE(readFile(o.output), input);
        QCOMPARE(r->rowsWritten, 5);
        QVERIFY(r->trainCheck.has_value());
        QVERIFY(!r->trainCheck->passed());
    }

    void fixesAndValidOnly()
    {
        const QByteArray input =
            "\xEF\xBB\xBF{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\","
            "\"content\":\"a\",\"weight\":true}]}\n"
            "\n"
            "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":"
            "\"a\"}],\"id\":3}\n"
            "{\"messages\":[{\"role\":\"bot\",\"content\":\"x\"}]}\n"
            "{\"prompt\":\"p\",\"completion\":\"c\"}\n"
            "{\"messages\":[{\"role\":\"user\",\"content\":\"keep me\"},{\"role\":\"assistant\","
            "\"content\":\"as I am\"}]}\n";
        DatasetDocument doc;
        const DocumentSnapshot snap = open(doc, QStringLiteral("fix.jsonl"), input);
        ExportOptions o;
        o.output = m_dir.filePath(QStringLiteral("fixed.jsonl"));
        o.validOnly = true;
        o.fixes = {FixKind::StripBom, FixKind::WeightToInteger, FixKind::DropExtraKeys, FixKind::DeleteRow};
        auto r = exportDataset(snap, o);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        // Row 1: BOM stripped, then its boolean weight written as 1. Row 2 (blank): deleted.
        // Row 3: "id" dropped. Row 4: a bad role, dropped. Row 5: another format, dropped.
        // Row 6: untouched, byte for byte.
        QCOMPARE(readFile(o.output),
                 QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":"
                            "\"a\",\"weight\":1}]}\n"
                            "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":"
                            "\"a\"}]}\n"
                            "{\"messages\":[{\"role\":\"user\",\"content\":\"keep me\"},{\"role\":\"assistant\","
                            "\"content\":\"as I am\"}]}\n"));
        QCOMPARE(r->rowsFixed, 2);
        QCOMPARE(r->rowsDropped, 3);
        QVERIFY(r->trainCheck->passed());
    }

    void lineEndsNormalized()
    {
        DatasetDocument doc;
        const DocumentSnapshot snap =
            open(doc, QStringLiteral("crlf.jsonl"), "{\"text\":\"a\"}\r\n{\"text\":\"b\"}\n{\"text\":\"c\"}\r\n");
        ExportOptions o;
        o.output = m_dir.filePath(QStringLiteral("lf.jsonl"));
        o.fixes = {FixKind::NormalizeLineEnds};
        QVERIFY(exportDataset(snap, o).ok());
        QCOMPARE(readFile(o.output), QByteArray("{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n"));
    }

    void reproducibleSplit()
    {
        QByteArray input;
        for (int i = 0; i < 1000; ++i)
            input += "{\"text\": \"row " + QByteArray::number(i) + "\"}\n";
        DatasetDocument doc;
        const DocumentSnapshot snap = open(doc, QStringLiteral("split.jsonl"), input);
        auto run = [&](const QString& name, std::uint64_t seed) {
            ExportOptions o;
            o.output = m_dir.filePath(name);
            o.validationFraction = 0.2;
            o.seed = seed;
            return exportDataset(snap, o);
        };
        auto a = run(QStringLiteral("a.jsonl"), 7);
        auto b = run(QStringLiteral("b.jsonl"), 7);
        auto c = run(QStringLiteral("c.jsonl"), 8);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(a->trainRows, 800);
        QCOMPARE(a->validationRows, 200);
        QCOMPARE(a->validationPath, m_dir.filePath(QStringLiteral("a.validation.jsonl")));
        QCOMPARE(readFile(a->validationPath), readFile(b->validationPath));
        QVERIFY(readFile(a->validationPath) != readFile(c->validationPath));
        // Together both halves are the input's rows, each file in the input's order.
        const QList<QByteArray> train = readFile(a->trainPath).split('\n');
        QVERIFY(std::is_sorted(train.begin(), train.end() - 1, [](const QByteArray& x, const QByteArray& y) {
            return x.mid(14).chopped(2).toInt() < y.mid(14).chopped(2).toInt();
        }));
        QCOMPARE(readFile(a->trainPath).size() + readFile(a->validationPath).size(), input.size());
    }

    void selectedRowsToZstd()
    {
        DatasetDocument doc;
        const DocumentSnapshot snap =
            open(doc, QStringLiteral("sel.jsonl"), "{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n");
        ExportOptions o;
        o.output = m_dir.filePath(QStringLiteral("sel.jsonl.zst"));
        o.rows = {2, 0};
        auto r = exportDataset(snap, o);
        QVERIFY(r.ok());
        QVERIFY(!r->trainCheck.has_value());
        DatasetDocument back;
        back.open(o.output);
        QVERIFY(back.waitForIndexed());
        QCOMPARE(back.rowCount(), 2);
        QCOMPARE(back.row(0), QByteArray("{\"text\":\"c\"}"));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
