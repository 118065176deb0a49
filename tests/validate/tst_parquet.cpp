#include "TestFiles.h"
#include "TestParquet.h"

#include "validate/ParityChecker.h"
#include "validate/ParquetFooter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;

using td::test::parquetFile;

class TestParquet : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ParityReport check(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        td::test::writeFile(path, bytes);
        return checkFileParity(path).value();
    }

private slots:
    void footerColumnsAndRows()
    {
        // A nested column (a list) counts once, by its top-level name.
        const QByteArray f = parquetFile(
            {{"schema", 3}, {"input_ids", 1}, {"list", 1}, {"element"}, {"attention_mask"}, {"labels"}}, 1234);
        auto footer = parseParquetFooter(f.constData(), std::size_t(f.size()));
        QVERIFY(footer.ok());
        QCOMPARE(footer->rows, 1234);
        QCOMPARE(footer->columns, (std::vector<std::string>{"input_ids", "attention_mask", "labels"}));
    }

    void validFilePasses()
    {
        const ParityReport r =
            check(QStringLiteral("ok.parquet"), parquetFile({{"schema", 2}, {"input_ids"}, {"labels"}}, 10));
        QVERIFY(r.passed());
        QCOMPARE(r.get("num_samples")->i, 10);
        QCOMPARE(r.get("filetype")->s, std::string("parquet"));
        QCOMPARE(r.message(), std::string("Checks passed"));
    }

    void missingInputIds()
    {
        const QString path = m_dir.filePath(QStringLiteral("noids.parquet"));
        const ParityReport r = check(QStringLiteral("noids.parquet"), parquetFile({{"schema", 1}, {"labels"}}, 10));
        QVERIFY(!r.passed());
        QCOMPARE(r.message(), std::string("Checks passed")); // the error goes into load_parquet
        QCOMPARE(r.get("load_parquet")->s,
                 "Parquet file " + path.toStdString() + " does not contain the `input_ids` column.");
        QCOMPARE(r.items().back().first, std::string("load_parquet"));
    }

    void unexpectedColumn()
    {
        const QString path = m_dir.filePath(QStringLiteral("extra.parquet"));
        const ParityReport r = check(QStringLiteral("extra.parquet"),
                                     parquetFile({{"schema", 3}, {"input_ids"}, {"text"}, {"labels"}}, 10));
        QCOMPARE(r.get("load_parquet")->s,
                 "Parquet file " + path.toStdString() +
                     " contains an unexpected column text. Only columns ['input_ids', 'attention_mask', 'labels'] are "
                     "supported.");
    }

    void zeroRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.parquet"));
        const ParityReport r = check(QStringLiteral("empty.parquet"), parquetFile({{"schema", 1}, {"input_ids"}}, 0));
        QVERIFY(!r.passed());
        QCOMPARE(r.get("has_min_samples")->b, false);
        QCOMPARE(r.message(),
                 "Processing " + path.toStdString() + " resulted in only 0 samples. Our minimum is 1 samples. ");
    }

    void corruptFile()
    {
        const ParityReport r = check(QStringLiteral("bad.parquet"), QByteArray("PAR1 this is not parquet PAR1"));
        QVERIFY(!r.passed());
        QVERIFY(r.get("load_parquet")->s.find("Please check the file for corruption. Exception trace:\n") !=
                std::string::npos);
        QByteArray truncated = parquetFile({{"schema", 1}, {"input_ids"}}, 5);
        truncated.remove(110, 6); // damage the metadata
        QVERIFY(!check(QStringLiteral("cut.parquet"), truncated).passed());
    }
};

QTEST_GUILESS_MAIN(TestParquet)
#include "tst_parquet.moc"
