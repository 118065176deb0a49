#include "FailingSink.h"
#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "dataset/OutputSink.h"
#include "validate/Exporter.h"
#include "validate/QuickFix.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <unistd.h>

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

    QStringList leftovers() const
    {
        return QDir(m_dir.path()).entryList({QStringLiteral(".*tdsave*")}, QDir::Files | QDir::Hidden);
    }

    static QByteArray rows(int n, const char* tag)
    {
        QByteArray out;
        for (int i = 0; i < n; ++i)
            out += "{\"text\": \"" + QByteArray(tag) + ' ' + QByteArray::number(i) + "\"}\n";
        return out;
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
        // Text after a valid object goes; the object stays as written. Braces inside strings
        // are not the object's end.
        QCOMPARE(fixed("{\"text\":  \"x\"} trailing words", FixKind::DropTrailingText),
                 QByteArray("{\"text\":  \"x\"}"));
        QCOMPARE(fixed("{\"text\":\"a}\\\"b\"}{\"text\":\"c\"}", FixKind::DropTrailingText),
                 QByteArray("{\"text\":\"a}\\\"b\"}"));
        QCOMPARE(fixed("{\"text\": broken} x", FixKind::DropTrailingText), QByteArray("<unchanged>"));
        QCOMPARE(fixed("{\"text\":\"x\"}   ", FixKind::DropTrailingText), QByteArray("<unchanged>"));
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

    void theSplitsValidationFileCannotBeTheInput()
    {
        // tunedesk-cli export x.validation.jsonl x.jsonl --split 0.3
        const QByteArray input = rows(100, "in");
        DatasetDocument doc;
        const DocumentSnapshot snap = open(doc, QStringLiteral("x.validation.jsonl"), input);
        ExportOptions o;
        o.inputPath = m_dir.filePath(QStringLiteral("x.validation.jsonl"));
        o.output = m_dir.filePath(QStringLiteral("x.jsonl"));
        o.validationFraction = 0.3;
        auto r = exportDataset(snap, o);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("x.validation.jsonl")) &&
                     r.error().message.contains(QStringLiteral("dataset being exported")),
                 qPrintable(r.error().message));
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("x.validation.jsonl"))), input);
        QVERIFY(!QFile::exists(o.output));
        QVERIFY(leftovers().isEmpty());
        // Also without being told the path: the snapshot's own file is recognised.
        o.inputPath.clear();
        QVERIFY(!exportDataset(snap, o).ok());
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("x.validation.jsonl"))), input);
    }

    void anOutputThatIsTheInputIsRefused()
    {
        const QByteArray input = rows(10, "same");
        DatasetDocument doc;
        const DocumentSnapshot snap = open(doc, QStringLiteral("same.jsonl"), input);
        const QString in = m_dir.filePath(QStringLiteral("same.jsonl"));
        QVERIFY(QFile::link(in, m_dir.filePath(QStringLiteral("same-link.jsonl"))));
        QVERIFY(::link(QFile::encodeName(in).constData(),
                       QFile::encodeName(m_dir.filePath(QStringLiteral("same-hard.jsonl"))).constData()) == 0);
        QVERIFY(QFile::link(in, m_dir.filePath(QStringLiteral("other.validation.jsonl"))));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
        struct Case
        {
            QString output;
            bool split;
        };
        const Case cases[] = {
            {in, false},
            {m_dir.path() + QStringLiteral("/sub/../same.jsonl"), false}, // another spelling
            {m_dir.filePath(QStringLiteral("same-link.jsonl")), false},   // a symbolic link to it
            {m_dir.filePath(QStringLiteral("same-hard.jsonl")), false},   // a hard link to it
            {m_dir.filePath(QStringLiteral("other.jsonl")), true},        // the validation file links to it
        };
        for (const Case& c : cases) {
            ExportOptions o;
            o.inputPath = in;
            o.output = c.output;
            if (c.split)
                o.validationFraction = 0.5;
            auto r = exportDataset(snap, o);
            QVERIFY2(!r.ok(), qPrintable(c.output));
            QCOMPARE(readFile(in), input);
        }
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("same-link.jsonl"))).isSymLink());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("other.jsonl"))));
        QVERIFY(leftovers().isEmpty());
    }

    void aFullDiskDuringASplitChangesNeitherFile()
    {
        DatasetDocument doc;
        const DocumentSnapshot snap = open(doc, QStringLiteral("big.jsonl"), rows(2000, "new"));
        const QString train = m_dir.filePath(QStringLiteral("out.jsonl"));
        const QString validation = m_dir.filePath(QStringLiteral("out.validation.jsonl"));
        // For each of the two files failing in turn.
        for (const QString& failing : {validation, train}) {
            QVERIFY(writeFile(train, "old training rows\n"));
            QVERIFY(writeFile(validation, "old validation rows\n"));
            ExportOptions o;
            o.output = train;
            o.validationFraction = 0.3;
            o.wrapSink = [failing](OutputSink& next, const QString& path) -> std::unique_ptr<OutputSink> {
                if (path != failing)
                    return nullptr;
                return std::make_unique<FailingSink>(next, 1000, ENOSPC);
            };
            auto r = exportDataset(snap, o);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, Error::Code::DiskFull);
            const QString m = r.error().message;
            QVERIFY2(m.contains(QStringLiteral("disk is full")), qPrintable(m));
            QVERIFY2(m.contains(QStringLiteral("out.jsonl was not changed")) &&
                         m.contains(QStringLiteral("out.validation.jsonl was not changed")),
                     qPrintable(m));
            QVERIFY(!m.contains(QStringLiteral("original file")));
            QCOMPARE(readFile(train), QByteArray("old training rows\n"));
            QCOMPARE(readFile(validation), QByteArray("old validation rows\n"));
            QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(QLatin1Char(','))));
        }
        // Without the failure both are replaced.
        ExportOptions o;
        o.output = train;
        o.validationFraction = 0.3;
        auto r = exportDataset(snap, o);
        QVERIFY(r.ok());
        QCOMPARE(r->trainRows, 1400);
        QCOMPARE(readFile(train).count('\n'), 1400);
        QCOMPARE(readFile(validation).count('\n'), 600);
    }

    void aFailedSecondRenamePutsTheFirstFileBack()
    {
        DatasetDocument doc;
        const DocumentSnapshot snap = open(doc, QStringLiteral("rn-in.jsonl"), rows(100, "new"));
        const QString train = m_dir.filePath(QStringLiteral("rn.jsonl"));
        // The validation file cannot be replaced: a folder (with something in it) has its name.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("rn.validation.jsonl/inside")));
        for (const bool trainExisted : {true, false}) {
            if (trainExisted)
                QVERIFY(writeFile(train, "old training rows\n"));
            else
                QFile::remove(train);
            ExportOptions o;
            o.output = train;
            o.validationFraction = 0.5;
            auto r = exportDataset(snap, o);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QStringLiteral("rn.validation.jsonl")) &&
                         r.error().message.contains(QStringLiteral("No file was changed")),
                     qPrintable(r.error().message));
            if (trainExisted)
                QCOMPARE(readFile(train), QByteArray("old training rows\n"));
            else
                QVERIFY(!QFile::exists(train));
            QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("rn.validation.jsonl/inside"))).isDir());
            QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(QLatin1Char(','))));
        }
    }

    void aFullDiskBeforeNewFilesSaysNothingWasCreated()
    {
        DatasetDocument doc;
        const DocumentSnapshot snap = open(doc, QStringLiteral("fresh-in.jsonl"), rows(500, "r"));
        ExportOptions o;
        o.output = m_dir.filePath(QStringLiteral("fresh.jsonl"));
        o.validationFraction = 0.5;
        o.wrapSink = [](OutputSink& next, const QString&) { return std::make_unique<FailingSink>(next, 100, ENOSPC); };
        auto r = exportDataset(snap, o);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("fresh.jsonl was not created")),
                 qPrintable(r.error().message));
        QVERIFY(!QFile::exists(o.output));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("fresh.validation.jsonl"))));
        QVERIFY(leftovers().isEmpty());
    }

    void exportingOntoASymlinkKeepsTheLink()
    {
        DatasetDocument doc;
        const DocumentSnapshot snap = open(doc, QStringLiteral("l-in.jsonl"), rows(10, "l"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("l-real.jsonl")), "old\n"));
        QVERIFY(QFile::link(QStringLiteral("l-real.jsonl"), m_dir.filePath(QStringLiteral("l-link.jsonl"))));
        ExportOptions o;
        o.output = m_dir.filePath(QStringLiteral("l-link.jsonl"));
        QVERIFY(exportDataset(snap, o).ok());
        QVERIFY(QFileInfo(o.output).isSymLink());
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("l-real.jsonl"))), rows(10, "l"));
    }

    void crOnlyRowsAreRowsForValidOnly()
    {
        // Together's checker reads lone CRs as line ends; so do the export's rows.
        QByteArray input;
        for (int i = 0; i < 3; ++i)
            input += "{\"messages\":[{\"role\":\"user\",\"content\":\"q" + QByteArray::number(i) +
                     "\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\r";
        DatasetDocument doc;
        const DocumentSnapshot snap = open(doc, QStringLiteral("cr.jsonl"), input);
        ExportOptions o;
        o.output = m_dir.filePath(QStringLiteral("cr-valid.jsonl"));
        o.validOnly = true;
        auto r = exportDataset(snap, o);
        QVERIFY(r.ok());
        QCOMPARE(r->rowsWritten, 3);
        QCOMPARE(r->rowsDropped, 0);
        QCOMPARE(readFile(o.output), input);
        QVERIFY(r->trainCheck->passed());
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
