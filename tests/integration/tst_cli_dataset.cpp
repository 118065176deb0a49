#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// tunedesk-cli's dataset commands end to end, as a user runs them: a generated dataset with
// injected defects (and the generator's manifest of where they are) goes through check,
// lint, stats and export; the exported copy is checked again.
class TestCliDataset : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clean, m_defects, m_manifest;

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };

    static Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(TD_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    static QJsonObject json(const QByteArray& out)
    {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(out, &e);
        if (e.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(e.errorString()), out.left(300).constData());
        return d.object();
    }

    static qint64 lineCount(const QString& path) { return td::test::readFile(path).count('\n'); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clean =
            td::test::generateDataset(m_dir.filePath(QStringLiteral("clean.jsonl")),
                                      {QStringLiteral("--lines"), QStringLiteral("400"), QStringLiteral("--seed"),
                                       QStringLiteral("3"), QStringLiteral("--profile"), QStringLiteral("short")});
        m_manifest = m_dir.filePath(QStringLiteral("defects.tsv"));
        m_defects = td::test::generateDataset(
            m_dir.filePath(QStringLiteral("defects.jsonl")),
            {QStringLiteral("--lines"), QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("3"),
             QStringLiteral("--profile"), QStringLiteral("short"), QStringLiteral("--defects"), QStringLiteral("0.1"),
             QStringLiteral("--manifest"), m_manifest});
        QCOMPARE(lineCount(m_clean), 400);
        QVERIFY(lineCount(m_manifest) > 10);
    }

    void checkPassesACleanFileAndFailsADefectiveOne()
    {
        const Run clean = cli({QStringLiteral("check"), m_clean});
        QCOMPARE(clean.code, 0);
        QCOMPARE(json(clean.out).value(QStringLiteral("is_check_passed")).toBool(false), true);
        QCOMPARE(json(clean.out).value(QStringLiteral("num_samples")).toInt(), 400);

        const Run bad = cli({QStringLiteral("check"), m_defects});
        QVERIFY(bad.code != 0);
        QCOMPARE(json(bad.out).value(QStringLiteral("is_check_passed")).toBool(true), false);
    }

    // --profile chooses which of Together's checks decides; 1.5.34 stays the default.
    void checkProfiles()
    {
        const QString loose = m_dir.filePath(QStringLiteral("loose.jsonl"));
        td::test::writeFile(loose, "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\","
                                   "\"content\":\"a\"}],\"weight\":0.5}\n\n");
        const Run byDefault = cli({QStringLiteral("check"), loose});
        QCOMPARE(byDefault.code, 1);
        QCOMPARE(json(byDefault.out).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Found extra column \"weight\" in the line 1."));
        const Run old = cli({QStringLiteral("check"), loose, QStringLiteral("--profile"), QStringLiteral("1.5.34")});
        QCOMPARE(old.out, byDefault.out);
        const Run today = cli({QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("today"), loose});
        QCOMPARE(today.code, 0);
        QCOMPARE(json(today.out).value(QStringLiteral("num_samples")).toInt(), 1);
        const QString noRole = m_dir.filePath(QStringLiteral("norole.jsonl"));
        td::test::writeFile(noRole, "{\"messages\":[{\"content\":\"q\"}]}\n");
        const Run server = cli({QStringLiteral("check"), noRole, QStringLiteral("--profile=today")});
        QCOMPARE(server.code, 1);
        QCOMPARE(json(server.out).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Line 1: `messages[0]` must contain a `role` field"));
        const Run wrong = cli({QStringLiteral("check"), loose, QStringLiteral("--profile"), QStringLiteral("2027")});
        QCOMPARE(wrong.code, 2);
        QVERIFY(wrong.err.contains("--profile 1.5.34|today"));
    }

    // Every injected defect is reported on its line (the manifest's first column).
    void lintFindsEveryInjectedDefect()
    {
        QCOMPARE(cli({QStringLiteral("lint"), m_clean}).code, 0);

        const Run run = cli({QStringLiteral("lint"), m_defects, QStringLiteral("--json")});
        QVERIFY(run.code != 0);
        const QJsonObject report = json(run.out);
        QCOMPARE(report.value(QStringLiteral("rows")).toInt(), int(lineCount(m_defects)));
        QSet<qint64> reported;
        for (const QJsonValue& p : report.value(QStringLiteral("problems")).toArray())
            reported.insert(p.toObject().value(QStringLiteral("line")).toInteger());
        const QList<QByteArray> defects = td::test::readFile(m_manifest).split('\n');
        int checked = 0;
        for (const QByteArray& d : defects) {
            const QList<QByteArray> cols = d.split('\t');
            bool ok = false;
            const qint64 line = cols.value(0).toLongLong(&ok);
            if (!ok)
                continue; // the header
            QVERIFY2(reported.contains(line), QByteArray(d + " is not reported").constData());
            ++checked;
        }
        QVERIFY(checked > 10);
    }

    void statsCountRowsAndFailures()
    {
        const Run run = cli({QStringLiteral("stats"), m_defects, QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonObject stats = json(run.out);
        QCOMPARE(stats.value(QStringLiteral("rows")).toInteger(), lineCount(m_defects));
        // Every row's bytes plus its line end (LF, or CRLF on the rows the generator gave one).
        const QByteArray raw = td::test::readFile(m_defects);
        QCOMPARE(stats.value(QStringLiteral("bytes")).toInteger() + raw.count('\n') + raw.count("\r\n"), raw.size());
        QVERIFY(stats.value(QStringLiteral("parse_failures")).toInteger() > 0);

        const QJsonObject clean = json(cli({QStringLiteral("stats"), m_clean, QStringLiteral("--json")}).out);
        QCOMPARE(clean.value(QStringLiteral("parse_failures")).toInteger(), 0);
        QCOMPARE(clean.value(QStringLiteral("formats")).toObject().value(QStringLiteral("conversation")).toInteger(),
                 400);
    }

    void exportValidOnlyPassesTogethersCheck()
    {
        const QString out = m_dir.filePath(QStringLiteral("valid.jsonl"));
        const Run run = cli({QStringLiteral("export"), m_defects, out, QStringLiteral("--valid-only")});
        QVERIFY2(run.code == 0, run.err.constData());
        const qint64 kept = lineCount(out);
        QVERIFY(kept > 0 && kept < lineCount(m_defects));
        const Run check = cli({QStringLiteral("check"), out});
        QVERIFY2(check.code == 0, check.out.constData());

        // Without filters the copy is byte-identical, broken lines included, and the command
        // says (and its exit code tells) that Together would reject it.
        const QString copy = m_dir.filePath(QStringLiteral("copy.jsonl"));
        const Run plain = cli({QStringLiteral("export"), m_defects, copy});
        QCOMPARE(plain.code, 1);
        QVERIFY2(plain.out.contains("would reject it"), plain.out.constData());
        QCOMPARE(td::test::readFile(copy), td::test::readFile(m_defects));
    }

    void exportSplitIsReproducibleAndComplete()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.jsonl")), b = m_dir.filePath(QStringLiteral("b.jsonl"));
        // --json: the same summary as one object.
        const Run summary = cli({QStringLiteral("export"), m_clean, m_dir.filePath(QStringLiteral("j.jsonl")),
                                 QStringLiteral("--split"), QStringLiteral("0.25"), QStringLiteral("--json")});
        QCOMPARE(summary.code, 0);
        const QJsonObject s = json(summary.out);
        QCOMPARE(s.value(QStringLiteral("rows_written")).toInt(), 400);
        QCOMPARE(s.value(QStringLiteral("train")).toObject().value(QStringLiteral("rows")).toInt() +
                     s.value(QStringLiteral("validation")).toObject().value(QStringLiteral("rows")).toInt(),
                 400);
        QVERIFY(s.value(QStringLiteral("train"))
                    .toObject()
                    .value(QStringLiteral("check"))
                    .toObject()
                    .value(QStringLiteral("passed"))
                    .toBool());
        const QStringList split{QStringLiteral("--split"), QStringLiteral("0.25"), QStringLiteral("--seed"),
                                QStringLiteral("9")};
        QCOMPARE(cli(QStringList{QStringLiteral("export"), m_clean, a} + split).code, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("export"), m_clean, b} + split).code, 0);
        QCOMPARE(td::test::readFile(a), td::test::readFile(b));
        const QDir dir(m_dir.path());
        const QStringList validation = dir.entryList({QStringLiteral("a*validation*")}, QDir::Files);
        QCOMPARE(validation.size(), 1);
        const qint64 train = lineCount(a), valid = lineCount(dir.filePath(validation.front()));
        QCOMPARE(train + valid, 400);
        QVERIFY(valid > 50 && valid < 150);
    }
};

QTEST_GUILESS_MAIN(TestCliDataset)
#include "tst_cli_dataset.moc"
