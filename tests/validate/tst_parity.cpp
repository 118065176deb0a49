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
        m_cases = td::test::materializeGoldenCases(m_dir.path());
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
