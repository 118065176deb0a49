#include "TestFiles.h"

#include "validate/ParityChecker.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

// Every golden case made by running Together's real check_file (tests/data/
// check_file_cases.jsonl): the whole printed report must match, key order included.
class TestParity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_cases;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Python materializes the inputs (some are Python expressions) and the expected
        // printed reports, exactly as the cases file describes them.
        const QString script = QStringLiteral(R"PY(
import json, sys, os
out = sys.argv[2]
for line in open(sys.argv[1], encoding="utf-8"):
    c = json.loads(line)
    name = c["case"]
    if "input" in c:
        data = (c["input"] or "").encode("utf-8")
    elif "input_hex" in c:
        data = bytes.fromhex(c["input_hex"])
    elif "input_generator" in c:
        data = eval(c["input_generator"]).encode("utf-8")
    elif "input_generator_python_bytes" in c:
        data = eval(c["input_generator_python_bytes"])
    else:
        data = b""
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
    with open(os.path.join(out, name + ".expected"), "w", encoding="utf-8") as f:
        f.write(json.dumps(c["report"], indent=4))
    print(name)
)PY");
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"), script, td::test::testDataDir() + QStringLiteral("/check_file_cases.jsonl"),
                  m_dir.path()});
        QVERIFY(py.waitForFinished(60000));
        QCOMPARE(py.exitCode(), 0);
        m_cases = QString::fromUtf8(py.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(m_cases.size() >= 60);
    }

    void goldenCases_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& c : m_cases)
            QTest::newRow(qPrintable(c)) << c;
    }

    void goldenCases()
    {
        QFETCH(QString, name);
        // The cases were made with the bare file name as the path (it appears in one message).
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(m_dir.path());
        const ParityReport report = checkFileParity(name).value();
        QDir::setCurrent(cwd);
        const QByteArray expected = td::test::readFile(m_dir.filePath(name + QStringLiteral(".expected")));
        const std::string got = report.toPythonJson();
        QCOMPARE(QByteArray(got.data(), qsizetype(got.size())), expected);
    }
};

QTEST_GUILESS_MAIN(TestParity)
#include "tst_parity.moc"
