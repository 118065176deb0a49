#include "TestFiles.h"

#include "import/Importer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

// importFile end to end: every row converted or listed with its line and reason, the output
// checked as Together would, rows across the reader's 256 KiB chunks, an over-long row refused
// while the rest converts, the input never overwritten, cancel writes nothing; the preview.
class TestImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        td::test::writeFile(path, bytes);
        return path;
    }

    static QList<QByteArray> lines(const QString& path)
    {
        QList<QByteArray> out = td::test::readFile(path).split('\n');
        if (!out.isEmpty() && out.back().isEmpty())
            out.pop_back();
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void convertsAndListsRefusedRows()
    {
        const QString in =
            write(QStringLiteral("mixed.jsonl"), "{\"instruction\":\"a\",\"output\":\"b\"}\n"
                                                 "{\"instruction\":\"c\"}\n"
                                                 "\n"
                                                 "{\"instruction\":\"d\",\"input\":\"e\",\"output\":\"f\"}\n"
                                                 "{broken\n"
                                                 "{\"instruction\":\"g\",\"output\":\"\xff\"}\n"
                                                 "{\"instruction\":\"h\",\"output\":\"i\"}");
        ImportOptions o;
        o.input = in;
        o.output = m_dir.filePath(QStringLiteral("mixed.out.jsonl"));
        auto r = importFile(o);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->detection.format, ImportFormat::Alpaca);
        QCOMPARE(r->target, TargetFormat::Conversational);
        QCOMPARE(r->rowsRead, 7);
        QCOMPARE(r->rowsConverted, 3);
        QCOMPARE(r->rowsRefused, 4);
        QCOMPARE(r->refused.size(), std::size_t(4));
        const std::int64_t expectedLines[] = {2, 3, 5, 6};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(r->refused[std::size_t(i)].line, expectedLines[i]);
        QVERIFY(r->refused[0].reason.contains(QLatin1String("output")));
        QVERIFY(r->refused[3].reason.contains(QLatin1String("UTF-8")));
        QCOMPARE(lines(o.output).size(), 3);
        QVERIFY(r->check);
        QVERIFY2(r->check->passed(), r->check->message().c_str());
        const QByteArray json = r->toJson();
        QVERIFY(json.contains("\"rows_refused\": 4"));
        QVERIFY(json.contains("\"line\": 6"));
    }

    void listedRefusalsAreBoundedButAllCounted()
    {
        QByteArray bytes;
        for (int i = 0; i < 50; ++i)
            bytes += "{\"prompt\":\"p\",\"completion\":\"c\"}\n{\"prompt\":1}\n";
        ImportOptions o;
        o.input = write(QStringLiteral("many.jsonl"), bytes);
        o.output = m_dir.filePath(QStringLiteral("many.out.jsonl"));
        o.listedRefusals = 10;
        auto r = importFile(o);
        QVERIFY(r);
        QCOMPARE(r->rowsRefused, 50);
        QCOMPARE(r->refused.size(), std::size_t(10));
        QCOMPARE(r->rowsConverted, 50);
        QCOMPARE(r->target, TargetFormat::Instruction);
    }

    void rowsAcrossChunksAndAnOverlongRow()
    {
        // ~9 MiB of rows (the reader reads 256 KiB at a time), one row over the limit in the middle.
        QByteArray bytes;
        int rows = 0;
        while (bytes.size() < (9 << 20)) {
            bytes += "{\"conversations\":[{\"from\":\"human\",\"value\":\"q" + QByteArray::number(rows) +
                     "\"},{\"from\":\"gpt\",\"value\":\"" + QByteArray(rows % 977, 'a') + "\"}]}\n";
            ++rows;
            if (rows == 3000)
                bytes += "{\"conversations\":[{\"from\":\"human\",\"value\":\"" + QByteArray(3 << 20, 'x') +
                         "\"},{\"from\":\"gpt\",\"value\":\"z\"}]}\n";
        }
        ImportOptions o;
        o.input = write(QStringLiteral("big.jsonl"), bytes);
        o.output = m_dir.filePath(QStringLiteral("big.out.jsonl"));
        o.maxRowBytes = std::size_t(1) << 20;
        std::int64_t lastDone = 0;
        o.progress = [&](std::int64_t done, std::int64_t) { lastDone = done; };
        auto r = importFile(o);
        QVERIFY(r);
        QCOMPARE(lastDone, qint64(bytes.size()));
        QCOMPARE(r->rowsConverted, rows);
        QCOMPARE(r->rowsRefused, 1);
        QCOMPARE(r->refused.front().line, 3001);
        QVERIFY(r->refused.front().reason.contains(QLatin1String("longer than 1 MiB")));
        const QList<QByteArray> out = lines(o.output);
        QCOMPARE(out.size(), rows);
        for (int i = 0; i < rows; ++i) // every row, in input order, across batches converted in parallel
            QVERIFY(out[i].startsWith(
                QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"q" + QByteArray::number(i) + "\"}")));
        QVERIFY(r->check && r->check->passed());
    }

    // Rows are converted in batches on several threads: the refused rows still come in file
    // order, the listed ones are the first, and the counts add up.
    void refusalsInOrderAcrossBatches()
    {
        QByteArray bytes;
        std::vector<std::int64_t> refusedLines;
        int line = 0;
        while (bytes.size() < (7 << 20)) {
            ++line;
            if (line % 97 == 0) {
                bytes += "{\"prompt\":" + QByteArray::number(line) + ",\"completion\":\"c\"}\n";
                refusedLines.push_back(line);
            } else {
                bytes += "{\"prompt\":\"" + QByteArray(line % 301, 'p') + "\",\"completion\":\"c\"}\n";
            }
        }
        ImportOptions o;
        o.input = write(QStringLiteral("order.jsonl"), bytes);
        o.output = m_dir.filePath(QStringLiteral("order.out.jsonl"));
        o.listedRefusals = 25;
        auto r = importFile(o);
        QVERIFY(r);
        QCOMPARE(r->rowsRead, line);
        QCOMPARE(r->rowsRefused, qint64(refusedLines.size()));
        QCOMPARE(r->rowsConverted, line - qint64(refusedLines.size()));
        QCOMPARE(r->refused.size(), std::size_t(25));
        for (std::size_t i = 0; i < 25; ++i)
            QCOMPARE(r->refused[i].line, refusedLines[i]);
        QCOMPARE(lines(o.output).size(), r->rowsConverted);
    }

    void huggingFaceArrayAndZstdOutput()
    {
        const QString in =
            write(QStringLiteral("hf.json"), "[\n  {\"messages\": [{\"role\": \"user\", \"content\": \"q\"},\n"
                                             "                {\"role\": \"assistant\", \"content\": \"a\"}]},\n"
                                             "  {\"messages\": []},\n"
                                             "  {\"messages\": [{\"role\": \"user\", \"content\": \"]\"}, "
                                             "{\"role\": \"assistant\", \"content\": \"[\"}]}\n]\n");
        ImportOptions o;
        o.input = in;
        o.output = m_dir.filePath(QStringLiteral("hf.out.jsonl"));
        auto r = importFile(o);
        QVERIFY(r);
        QCOMPARE(r->detection.format, ImportFormat::HuggingFace);
        QCOMPARE(r->rowsConverted, 2);
        QCOMPARE(r->refused.size(), std::size_t(1));
        QCOMPARE(r->refused.front().line, 4);
        QCOMPARE(
            lines(o.output).at(1),
            QByteArray(
                "{\"messages\":[{\"role\":\"user\",\"content\":\"]\"},{\"role\":\"assistant\",\"content\":\"[\"}]}"));
        o.output = m_dir.filePath(QStringLiteral("hf.out.jsonl.zst"));
        r = importFile(o);
        QVERIFY(r);
        QVERIFY(!r->check); // Together's checker reads only .jsonl
        QVERIFY(td::test::readFile(o.output).startsWith("\x28\xB5\x2F\xFD"));
    }

    void csvWithMappingOverride()
    {
        const QString in =
            write(QStringLiteral("t.csv"), "\xEF\xBB\xBFid,q,a\r\n1,\"Hi, \"\"you\"\"\",\"two\r\nlines\"\r\n"
                                           "2,,x\r\n");
        ImportOptions o;
        o.input = in;
        o.output = m_dir.filePath(QStringLiteral("t.out.jsonl"));
        // The detector finds no role names among id, q, a: the import says to map them.
        ImportStage stage = ImportStage::Output;
        auto r = importFile(o, &stage);
        QVERIFY(!r);
        QCOMPARE(stage, ImportStage::Mapping);
        QVERIFY(r.error().message.contains(QLatin1String("Map")));
        o.mapping = *FieldMapping::parse(QStringLiteral("user=q,assistant=3"));
        r = importFile(o, &stage);
        QVERIFY(r);
        QCOMPARE(r->rowsRead, 2);
        QCOMPARE(r->rowsConverted, 1);
        QCOMPARE(r->refused.front().line, 4);
        QCOMPARE(lines(o.output).front(),
                 QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi, \\\"you\\\"\"},"
                            "{\"role\":\"assistant\",\"content\":\"two\\r\\nlines\"}]}"));
    }

    void refusesTheInputAsOutputAndUnknownFormats()
    {
        const QString in = write(QStringLiteral("self.jsonl"), "{\"prompt\":\"p\",\"completion\":\"c\"}\n");
        ImportOptions o;
        o.input = in;
        o.output = in;
        ImportStage stage = ImportStage::Input;
        auto r = importFile(o, &stage);
        QVERIFY(!r);
        QCOMPARE(stage, ImportStage::Output);
        QCOMPARE(td::test::readFile(in), QByteArray("{\"prompt\":\"p\",\"completion\":\"c\"}\n"));

        o.input = write(QStringLiteral("unknown.jsonl"), "{\"x\":1}\n");
        o.output = m_dir.filePath(QStringLiteral("unknown.out.jsonl"));
        r = importFile(o, &stage);
        QVERIFY(!r);
        QCOMPARE(stage, ImportStage::Input);
        QVERIFY(r.error().message.contains(QLatin1String("--from")));
        QVERIFY(!QFile::exists(o.output));

        o.input = m_dir.filePath(QStringLiteral("missing.jsonl"));
        r = importFile(o, &stage);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::NotFound);
    }

    void cancelWritesNothing()
    {
        ImportOptions o;
        o.input = write(QStringLiteral("c.jsonl"), "{\"prompt\":\"p\",\"completion\":\"c\"}\n");
        o.output = m_dir.filePath(QStringLiteral("c.out.jsonl"));
        std::atomic_bool cancel{true};
        o.cancel = &cancel;
        auto r = importFile(o);
        QVERIFY(!r);
        QVERIFY(r.error().isCancelled());
        QVERIFY(!QFile::exists(o.output));
    }

    void previewShowsBeforeAndAfter()
    {
        const QString in = write(QStringLiteral("p.txt"), "first line\n\nthird line\n");
        auto d = detectFile(in);
        QVERIFY(d);
        QCOMPARE(d->format, ImportFormat::Text);
        auto rows = previewImport(in, *d, 2);
        QVERIFY(rows);
        QCOMPARE(rows->size(), std::size_t(2));
        QCOMPARE((*rows)[0].input, QStringLiteral("first line"));
        QCOMPARE((*rows)[0].output, QStringLiteral("{\"text\":\"first line\"}"));
        QCOMPARE((*rows)[1].line, 2);
        QVERIFY(!(*rows)[1].refusal.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
