#include "CurationData.h"
#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// tunedesk-cli dedupe, and lint's personal-data findings, as a script sees them.
class TestCliCuration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

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

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        return td::test::writeFile(path, bytes) ? path : QString();
    }

private slots:
    void dedupeJson()
    {
        const td::test::NearDupData data = td::test::nearDuplicateData(300, 40, 41);
        const QString path = write(QStringLiteral("nd.jsonl"), data.jsonl);
        const Run r = cli({QStringLiteral("dedupe"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInteger(), qint64(340));
        QCOMPARE(o.value(QStringLiteral("duplicate_rows")).toInteger(), qint64(40));
        const QJsonObject params = o.value(QStringLiteral("parameters")).toObject();
        QCOMPARE(params.value(QStringLiteral("scope")).toString(), QStringLiteral("row"));
        QCOMPARE(params.value(QStringLiteral("bands")).toInt(), 12);
        const QJsonArray clusters = o.value(QStringLiteral("clusters")).toArray();
        QVERIFY(!clusters.isEmpty());
        // Every listed row is an edit of the cluster's first row, or that row.
        for (const QJsonValue& c : clusters) {
            const QJsonArray rows = c.toObject().value(QStringLiteral("rows")).toArray();
            const qint64 first = rows.first().toObject().value(QStringLiteral("row")).toInteger();
            for (const QJsonValue& row : rows) {
                const qint64 r = row.toObject().value(QStringLiteral("row")).toInteger();
                QVERIFY(r == first || data.originalOf[std::size_t(r)] == first);
            }
        }
    }

    // The clusters as a groups file that export --groups reads: no cluster straddles the split.
    void dedupeGroupsKeepClustersOnOneSide()
    {
        const td::test::NearDupData data = td::test::nearDuplicateData(200, 60, 43);
        const QString path = write(QStringLiteral("ndg.jsonl"), data.jsonl);
        const QString groups = m_dir.filePath(QStringLiteral("ndg.groups"));
        Run r = cli({QStringLiteral("dedupe"), path, QStringLiteral("--groups"), groups, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray clusters = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("clusters")).toArray();
        QVERIFY(clusters.size() >= 10);
        const QList<QByteArray> lines = td::test::readFile(groups).split('\n');
        QCOMPARE(lines.size(), 260 + 1); // a line a row, and the last newline
        QVERIFY(lines.last().isEmpty());
        int inClusters = 0;
        for (const QJsonValue& c : clusters) {
            const QJsonArray rows = c.toObject().value(QStringLiteral("rows")).toArray();
            const QByteArray name = lines[int(rows.first().toObject().value(QStringLiteral("row")).toInteger())];
            QVERIFY(name.startsWith('g'));
            for (const QJsonValue& row : rows) {
                QCOMPARE(lines[int(row.toObject().value(QStringLiteral("row")).toInteger())], name);
                ++inClusters;
            }
        }
        QCOMPARE(int(lines.count(QByteArray("-"))), 260 - inClusters);

        const QString out = m_dir.filePath(QStringLiteral("ndg-out.jsonl"));
        r = cli({QStringLiteral("export"), path, out, QStringLiteral("--split"), QStringLiteral("0.3"),
                 QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--groups"), groups});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> train = td::test::readFile(out).split('\n');
        const QList<QByteArray> validation =
            td::test::readFile(m_dir.filePath(QStringLiteral("ndg-out.validation.jsonl"))).split('\n');
        QVERIFY(validation.size() > 20);
        const QList<QByteArray> rows = data.jsonl.split('\n');
        int straddling = 0, split = 0;
        for (const QJsonValue& c : clusters) {
            int inValidation = 0, n = 0;
            for (const QJsonValue& row : c.toObject().value(QStringLiteral("rows")).toArray()) {
                const QByteArray& bytes = rows[int(row.toObject().value(QStringLiteral("row")).toInteger())];
                inValidation += validation.contains(bytes);
                QVERIFY(validation.contains(bytes) != train.contains(bytes));
                ++n;
            }
            straddling += inValidation != 0 && inValidation != n;
            split += inValidation == n;
        }
        QCOMPARE(straddling, 0);
        QVERIFY(split > 0); // some clusters went to validation, whole
        QCOMPARE(cli({QStringLiteral("dedupe"), path, QStringLiteral("--groups"),
                      m_dir.filePath(QStringLiteral("no/such/dir/g"))})
                     .code,
                 4);
    }

    // Counts per kind and per role, as the planted items are; the same in the text listing.
    void statsCountsPersonalDataPerRole()
    {
        const td::test::PiiData data = td::test::piiData(200, true, 29);
        const QString path = write(QStringLiteral("pii-stats.jsonl"), data.jsonl);
        Run r = cli({QStringLiteral("stats"), path, QStringLiteral("--personal-data"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject pii =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("personal_data")).toObject();
        QMap<QString, QMap<QString, qint64>> expected;
        qint64 user = 0, assistant = 0;
        for (const auto& p : data.planted) {
            const bool isUser = p.pointer == "/messages/0/content";
            ++expected[QString::fromStdString(p.code)][isUser ? QStringLiteral("user") : QStringLiteral("assistant")];
            ++(isUser ? user : assistant);
        }
        QCOMPARE(pii.value(QStringLiteral("total")).toInteger(), qint64(data.planted.size()));
        const QJsonObject byRole = pii.value(QStringLiteral("by_role")).toObject();
        QCOMPARE(byRole.value(QStringLiteral("user")).toInteger(), user);
        QCOMPARE(byRole.value(QStringLiteral("assistant")).toInteger(), assistant);
        QCOMPARE(byRole.value(QStringLiteral("system")).toInteger(), qint64(0));
        const QJsonObject byKind = pii.value(QStringLiteral("by_kind")).toObject();
        QCOMPARE(byKind.keys(), expected.keys());
        for (auto k = expected.cbegin(); k != expected.cend(); ++k) {
            const QJsonObject o = byKind.value(k.key()).toObject();
            QCOMPARE(o.value(QStringLiteral("user")).toInteger(), k->value(QStringLiteral("user")));
            QCOMPARE(o.value(QStringLiteral("assistant")).toInteger(), k->value(QStringLiteral("assistant")));
        }
        r = cli({QStringLiteral("stats"), path, QStringLiteral("--personal-data")});
        QCOMPARE(r.code, 0);
        const QString email = QStringLiteral("  pii-email: %1 (system 0, user %2, assistant %3)")
                                  .arg(expected[QStringLiteral("pii-email")].value(QStringLiteral("user")) +
                                       expected[QStringLiteral("pii-email")].value(QStringLiteral("assistant")))
                                  .arg(expected[QStringLiteral("pii-email")].value(QStringLiteral("user")))
                                  .arg(expected[QStringLiteral("pii-email")].value(QStringLiteral("assistant")));
        QVERIFY2(QString::fromUtf8(r.out).contains(email), r.out.constData());
        // Without the option, no scan and no count.
        r = cli({QStringLiteral("stats"), path, QStringLiteral("--json")});
        QVERIFY(!QJsonDocument::fromJson(r.out).object().contains(QStringLiteral("personal_data")));
    }

    void dedupeTextAndScopes()
    {
        const QByteArray jsonl =
            td::test::conversationRow("alpha beta gamma delta epsilon zeta", "one two three four five six") + '\n' +
            td::test::conversationRow("alpha beta gamma delta epsilon zeta", "seven eight nine ten eleven twelve") +
            '\n';
        const QString path = write(QStringLiteral("scope.jsonl"), jsonl);
        Run r = cli({QStringLiteral("dedupe"), path, QStringLiteral("--scope"), QStringLiteral("user")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("user turns"));
        QVERIFY(r.out.contains("Cluster 1 (2 rows)"));
        r = cli({QStringLiteral("dedupe"), path, QStringLiteral("--scope"), QStringLiteral("assistant")});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains("Cluster 1"));
        QCOMPARE(cli({QStringLiteral("dedupe"), path, QStringLiteral("--scope"), QStringLiteral("tools")}).code, 2);
        QCOMPARE(cli({QStringLiteral("dedupe"), path, QStringLiteral("--threshold"), QStringLiteral("1.5")}).code, 2);
        QCOMPARE(cli({QStringLiteral("dedupe"), m_dir.filePath(QStringLiteral("missing.jsonl"))}).code, 3);
    }

    void lintReportsPersonalData()
    {
        const td::test::PiiData data = td::test::piiData(30, true, 42);
        const QString path = write(QStringLiteral("pii.jsonl"), data.jsonl);
        Run r = cli({QStringLiteral("lint"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 0); // warnings only
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
        std::map<std::string, int> planted;
        for (const auto& p : data.planted)
            ++planted[p.code];
        for (const auto& [code, n] : planted)
            QCOMPARE(counts.value(QString::fromStdString(code)).toInt(), n);
        const QJsonObject first = o.value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QString::fromStdString(data.planted[0].code));
        QCOMPARE(first.value(QStringLiteral("pointer")).toString(), QString::fromStdString(data.planted[0].pointer));
        QVERIFY(first.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("bytes %1–%2").arg(data.planted[0].start).arg(data.planted[0].end)));

        r = cli({QStringLiteral("lint"), path, QStringLiteral("--json"), QStringLiteral("--personal-data"),
                 QStringLiteral("pii-email,secret-aws-key")});
        QCOMPARE(r.code, 0);
        const QJsonObject only = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("counts")).toObject();
        QCOMPARE(only.keys(), (QStringList{QStringLiteral("pii-email"), QStringLiteral("secret-aws-key")}));
        r = cli({QStringLiteral("lint"), path, QStringLiteral("--personal-data"), QStringLiteral("none")});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains("pii-"));
        QCOMPARE(cli({QStringLiteral("lint"), path, QStringLiteral("--personal-data"), QStringLiteral("pii-dna")}).code,
                 2);
    }

    void exportRedacts()
    {
        const QString in = write(QStringLiteral("in.jsonl"), td::test::piiData(15, true, 43).jsonl);
        const QString out = m_dir.filePath(QStringLiteral("out.jsonl"));
        const Run r =
            cli({QStringLiteral("export"), in, out, QStringLiteral("--fix"), QStringLiteral("redact-personal-data")});
        QCOMPARE(r.code, 0);
        const Run lint = cli({QStringLiteral("lint"), out, QStringLiteral("--json")});
        QCOMPARE(lint.code, 0);
        const QJsonObject counts =
            QJsonDocument::fromJson(lint.out).object().value(QStringLiteral("counts")).toObject();
        QVERIFY2(counts.isEmpty(), lint.out.constData());
        QVERIFY(td::test::readFile(out).contains("<EMAIL>"));
    }
};

QTEST_GUILESS_MAIN(TestCliCuration)
#include "tst_cli_curation.moc"
