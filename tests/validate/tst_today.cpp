#include "TestFiles.h"
#include "TestParquet.h"

#include "dataset/DatasetDocument.h"
#include "dataset/DatasetWriter.h"
#include "validate/CheckProfile.h"
#include "validate/ParityChecker.h"
#include "validate/SnapshotParity.h"
#include "validate/TodayChecker.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace td;

// The "Together today" check profile: together-py's structural check after PR #364 (exact
// report and messages) plus the server's one published rule, beside the 1.5.34 parity check.
class TestToday : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        td::test::writeFile(path, bytes);
        return path;
    }

    static ParityReport today(const QString& path) { return checkFileToday(path).value(); }
    static ParityReport client(const QString& path) { return checkFileParity(path).value(); }

    static QByteArray printed(const ParityReport& r) { return QByteArray::fromStdString(r.toPythonJson()); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Files the 1.5.34 client rejects that Together's current client lets through to the server.
    void acceptedTodayRejectedBy1534_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("clientSays");
        const QByteArray conv = R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]})";
        QTest::newRow("sample weight")
            << QByteArray(
                   R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}],"weight":0.5})"
                   "\n")
            << QByteArray("Found extra column \"weight\" in the line 1.");
        QTest::newRow("an id column")
            << QByteArray(R"({"id":7,"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]})"
                          "\n")
            << QByteArray("Found extra column \"id\" in the line 1.");
        QTest::newRow("float weight") << QByteArray(R"({"messages":[{"role":"user","content":"q"},)"
                                                    R"({"role":"assistant","content":"a","weight":1.0}]})"
                                                    "\n")
                                      << QByteArray("Weight must be an integer on line 1.");
        QTest::newRow("tool role") << QByteArray(R"({"messages":[{"role":"user","content":"q"},)"
                                                 R"({"role":"tool","content":"42"}]})"
                                                 "\n")
                                   << QByteArray("Invalid role `tool` in conversation on line 1.");
        QTest::newRow("reasoning without content")
            << QByteArray(R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","reasoning":"r"}]})"
                          "\n")
            << QByteArray("Missing required column `content`");
        QTest::newRow("no assistant") << QByteArray(R"({"messages":[{"role":"user","content":"q"}]})"
                                                    "\n")
                                      << QByteArray("At least one message with the assistant role");
        QTest::newRow("mixed formats") << conv + "\n" + R"({"text":"plain"})" + "\n"
                                       << QByteArray("All samples in the dataset must have the same dataset format.");
        QTest::newRow("blank lines") << "\n" + conv + "\n\n  \n" + conv + "\n\n"
                                     << QByteArray("Error parsing json payload. Unexpected format on line 1.");
        QTest::newRow("unicode spaces around a line")
            << "\xC2\xA0" + conv + "\xE2\x80\xA8\n"
            << QByteArray("Error parsing json payload. Unexpected format on line 1.");
    }

    void acceptedTodayRejectedBy1534()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, clientSays);
        const QString path = write(QStringLiteral("loose.jsonl"), bytes);
        const ParityReport c = client(path);
        QVERIFY(!c.passed());
        QVERIFY2(QByteArray::fromStdString(c.message()).contains(clientSays), c.message().c_str());
        const ParityReport t = today(path);
        QVERIFY2(t.passed(), printed(t).constData());
        QCOMPARE(t.message(), std::string("Checks passed"));
    }

    // No file the 1.5.34 client accepts is rejected today (today's check is a subset for
    // fine-tuning files): every golden case that passes there passes here.
    void whatPassedIn1534PassesToday()
    {
        QTemporaryDir cases;
        const QStringList names = td::test::materializeGoldenCases(cases.path());
        QVERIFY(names.size() >= 60);
        int passedBoth = 0, onlyToday = 0;
        for (const QString& name : names) {
            const QString path = cases.filePath(name);
            const auto c = checkFileParity(path);
            const auto t = checkFileToday(path);
            QVERIFY2(t, qPrintable(name));
            if (c && c->passed()) {
                QVERIFY2(t->passed(), qPrintable(name + QStringLiteral(": ") + QString::fromStdString(t->message())));
                ++passedBoth;
            } else if (t->passed()) {
                ++onlyToday;
            }
        }
        QVERIFY(passedBoth >= 5);
        QVERIFY(onlyToday >= 20);
    }

    void aPassingReportIsTheClientsReport()
    {
        const QString path = write(QStringLiteral("ok.jsonl"), "{\"text\":\"a\"}\n\n{\"zzz\":1}\n");
        QCOMPARE(printed(today(path)), QByteArray("{\n"
                                                  "    \"is_check_passed\": true,\n"
                                                  "    \"message\": \"Checks passed\",\n"
                                                  "    \"found\": true,\n"
                                                  "    \"file_size\": 24,\n"
                                                  "    \"utf8\": true,\n"
                                                  "    \"line_type\": true,\n"
                                                  "    \"text_field\": true,\n"
                                                  "    \"key_value\": true,\n"
                                                  "    \"has_min_samples\": true,\n"
                                                  "    \"num_samples\": 2,\n"
                                                  "    \"load_json\": true,\n"
                                                  "    \"load_csv\": null,\n"
                                                  "    \"filetype\": \"jsonl\"\n"
                                                  "}"));
    }

    void structuralFailures()
    {
        // Line numbers count blank lines; CR, CRLF and LF all end a line.
        const QString notObject = write(QStringLiteral("list.jsonl"), "{}\r\n\n{}\r[1]\n{}\n");
        const ParityReport r = today(notObject);
        QVERIFY(!r.passed());
        QCOMPARE(r.message(), std::string("Error parsing file. Invalid format on line 4 of the input file. Each line "
                                          "must be a JSON object. Dataset requirements are described at "
                                          "https://docs.together.ai/docs/fine-tuning-data-preparation. Full "
                                          "validation runs on the server after upload."));
        QCOMPARE(r.lineNumber().value_or(-1), std::int64_t(4));
        QCOMPARE(r.get("line_type")->b, false);
        QCOMPARE(r.get("load_json")->b, false);
        QCOMPARE(r.get("key_value")->b, true);

        const ParityReport j = today(write(QStringLiteral("broken.jsonl"), "{}\n{\"a\":\n"));
        QCOMPARE(j.message(), std::string("Error parsing json payload. Unexpected format on line 2."));
        QVERIFY(!j.contains("line_number"));

        const QString blanks = write(QStringLiteral("blank.jsonl"), "\n  \n\t\n");
        const ParityReport b = today(blanks);
        QCOMPARE(b.message(), "Processing " + blanks.toStdString() +
                                  " resulted in only 0 samples. Our minimum is 1 "
                                  "samples. ");
        QCOMPARE(b.get("has_min_samples")->b, false);
        QCOMPARE(b.get("load_json")->b, true);

        const ParityReport u = today(write(QStringLiteral("latin1.jsonl"), "{\"text\":\"caf\xE9\"}\n"));
        QCOMPARE(u.message(), std::string("File is not UTF-8 encoded. Error raised: 'utf-8' codec can't decode byte "
                                          "0xe9 in position 12: invalid continuation byte."));
        QVERIFY(u.get("line_type")->kind == ParityReport::Value::Kind::Null);

        const QString unknown = write(QStringLiteral("data.json"), "{}\n");
        const ParityReport x = today(unknown);
        const std::string text = "Unknown extension of file " + unknown.toStdString() +
                                 ". Only files with extensions .jsonl, .parquet, and .csv are supported.";
        QCOMPARE(x.message(), text);
        QCOMPARE(x.get("filetype")->s, text);

        const ParityReport e = today(write(QStringLiteral("empty.jsonl"), ""));
        QCOMPARE(e.message(), std::string("File is empty"));

        const ParityReport csv = today(write(QStringLiteral("d.csv"), "a,b\n"));
        QCOMPARE(csv.message(),
                 std::string("CSV files are not supported for fine-tune. Only JSONL and Parquet files are supported."));

        // Not a regular file: a report, as Path.is_file() gives it (a FIFO is never opened).
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.jsonl"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const ParityReport f = today(fifo);
        QCOMPARE(f.message(), "File not found or path is not a regular file: " + fifo.toStdString());
        QCOMPARE(f.get("found")->b, false);
        QVERIFY(!checkFileParity(fifo)); // 1.5.34 parity: no verdict at all, as before
    }

    // The server's published message, after the client's check passed; a structural failure
    // later in the file still wins (the client stops the upload first).
    void theServersRoleRule()
    {
        const QByteArray ok = R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]})";
        const QByteArray noRole = R"({"messages":[{"role":"user","content":"q"},{"content":"a"}]})";
        const ParityReport r = today(write(QStringLiteral("role.jsonl"), ok + "\n\n" + noRole + "\n" + noRole + "\n"));
        QVERIFY(!r.passed());
        QCOMPARE(r.message(), std::string("Line 3: `messages[1]` must contain a `role` field"));
        QCOMPARE(r.lineNumber().value_or(-1), std::int64_t(3));
        QCOMPARE(r.get("key_value")->b, false);
        QCOMPARE(r.get("num_samples")->i, std::int64_t(3));
        // The last of repeated `messages` keys is the one Python keeps.
        const ParityReport dup =
            today(write(QStringLiteral("dup.jsonl"), R"({"messages":[{"content":"x"}],"messages":[]})"
                                                     "\n"));
        QVERIFY2(dup.passed(), dup.message().c_str());
        const ParityReport later = today(write(QStringLiteral("later.jsonl"), noRole + "\n7\n"));
        QCOMPARE(later.lineNumber().value_or(-1), std::int64_t(2));
        QCOMPARE(later.get("line_type")->b, false);
        // Only objects are judged (what the server says of other elements is not published).
        QVERIFY(today(write(QStringLiteral("odd.jsonl"), R"({"messages":["x",{"role":"user"}]})"
                                                         "\n"))
                    .passed());
    }

    void parquetColumnsOfToday()
    {
        using td::test::parquetFile;
        const QString packed =
            write(QStringLiteral("packed.parquet"),
                  parquetFile({{"schema", 3}, {"input_ids"}, {"attention_mask"}, {"position_ids"}}, 4));
        QVERIFY(today(packed).passed());
        QVERIFY(!client(packed).passed()); // 1.5.34 knew no position_ids
        const QString extra =
            write(QStringLiteral("extra.parquet"), parquetFile({{"schema", 2}, {"input_ids"}, {"text"}}, 4));
        const ParityReport r = today(extra);
        QVERIFY(!r.passed());
        QCOMPARE(r.get("load_parquet")->s, "Parquet file " + extra.toStdString() +
                                               " contains an unexpected column text. Only columns ['input_ids', "
                                               "'attention_mask', 'labels', 'position_ids'] are supported.");
    }

    // Big files are checked on every core: the same line numbers as one pass.
    void aBigFileOnEveryCore()
    {
        const QByteArray ok = R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]})";
        QByteArray big;
        std::int64_t lines = 0;
        while (big.size() < (12 << 20)) {
            big += ok + ((lines % 3) ? "\n" : "\r\n");
            ++lines;
        }
        QByteArray withRole = big;
        withRole += R"({"messages":[{"role":"user","content":"q"},{"content":"a"}]})"
                    "\n";
        const std::string file = "big.jsonl";
        ParityReport r = checkJsonlToday(withRole.constData(), std::size_t(withRole.size()), file);
        QCOMPARE(r.message(), "Line " + std::to_string(lines + 1) + ": `messages[1]` must contain a `role` field");
        QCOMPARE(r.get("num_samples")->i, lines + 1);
        // A structural failure past the middle wins over a role problem at the start.
        QByteArray both = R"({"messages":[{"content":"a"}]})"
                          "\n" +
                          big + "[]\n";
        r = checkJsonlToday(both.constData(), std::size_t(both.size()), file);
        QCOMPARE(r.lineNumber().value_or(-1), std::int64_t(lines + 2));
        QCOMPARE(r.get("line_type")->b, false);
        // A bad byte anywhere wins over any JSON error.
        both += "\xFF\n";
        r = checkJsonlToday(both.constData(), std::size_t(both.size()), file);
        QCOMPARE(r.get("utf8")->b, false);
    }

    // The document as it would be saved gets the report its saved file gets.
    void snapshotsMatchTheirSavedFiles()
    {
        QTemporaryDir cases;
        const QStringList names = td::test::materializeGoldenCases(cases.path());
        int compared = 0;
        for (const QString& name : names) {
            if (!name.endsWith(QLatin1String(".jsonl")))
                continue;
            const QString path = cases.filePath(name);
            DatasetDocument doc;
            doc.open(path);
            if (!doc.waitForIndexed() || doc.state() != DatasetDocument::State::Ready)
                continue;
            QCOMPARE(printed(checkSnapshotToday(doc.snapshot(), path).value()), printed(today(path)));
            ++compared;
        }
        QVERIFY(compared >= 40);
        // Edited rows: a role lost, then a row that is not JSON (the document writes a CR typed
        // into a row as a space; rows with CRs from the file are in the golden cases above).
        const QString path = write(QStringLiteral("edit.jsonl"), "{\"messages\":[{\"role\":\"user\"}]}\n{}\n{}\n");
        DatasetDocument doc;
        doc.open(path);
        QVERIFY(doc.waitForIndexed());
        doc.replaceRow(1, "{\"messages\":[{\"content\":\"x\"}]}");
        ParityReport r = checkSnapshotToday(doc.snapshot(), path).value();
        QCOMPARE(r.message(), std::string("Line 2: `messages[0]` must contain a `role` field"));
        doc.replaceRow(2, "{}\r[]");
        r = checkSnapshotToday(doc.snapshot(), path).value();
        const QString saved = m_dir.filePath(QStringLiteral("edit-saved.jsonl"));
        QVERIFY(writeDataset(doc.snapshot(), saved, {}));
        QCOMPARE(printed(r), printed(checkFileToday(saved).value()).replace(saved.toUtf8(), path.toUtf8()));
    }

    void profilesByName()
    {
        QCOMPARE(checkProfileFromId(QStringLiteral("today")), CheckProfile::Today);
        QCOMPARE(checkProfileFromId(QStringLiteral("1.5.34")), CheckProfile::Client1534);
        QVERIFY(!checkProfileFromId(QStringLiteral("tomorrow")));
        QCOMPARE(checkProfileId(CheckProfile::Today), QStringLiteral("today"));
        const QString path = write(QStringLiteral("p.jsonl"), "{\"id\":1,\"text\":\"a\"}\n");
        QVERIFY(checkFile(CheckProfile::Today, path)->passed());
        QVERIFY(!checkFile(CheckProfile::Client1534, path)->passed());
    }
};

QTEST_GUILESS_MAIN(TestToday)
#include "tst_today.moc"
