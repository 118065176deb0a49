#include "TestFiles.h"

#include "validate/ParityChecker.h"
#include "validate/ParquetFooter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

// Writes the Thrift compact encoding of a minimal FileMetaData, as Parquet writers do.
class ThriftWriter
{
public:
    QByteArray bytes;
    void varint(quint64 v)
    {
        while (v >= 0x80) {
            bytes += char((v & 0x7F) | 0x80);
            v >>= 7;
        }
        bytes += char(v);
    }
    void zigzag(qint64 v) { varint(quint64((v << 1) ^ (v >> 63))); }
    void field(int delta, int type) { bytes += char((delta << 4) | type); }
    void stop() { bytes += char(0); }
    void string(const QByteArray& s)
    {
        varint(quint64(s.size()));
        bytes += s;
    }
};

struct Column
{
    QByteArray name;
    int children = 0;
};

QByteArray parquetFile(const QList<Column>& flatSchema, qint64 rows)
{
    ThriftWriter w;
    w.field(1, 5); // 1: version i32
    w.zigzag(1);
    w.field(1, 9); // 2: schema list<struct>
    if (flatSchema.size() < 15) {
        w.bytes += char((flatSchema.size() << 4) | 12);
    } else {
        w.bytes += char(0xF0 | 12);
        w.varint(quint64(flatSchema.size()));
    }
    for (const Column& c : flatSchema) {
        w.field(1, 5); // 1: type (skipped by the reader)
        w.zigzag(6);
        w.field(3, 8); // 4: name
        w.string(c.name);
        if (c.children) {
            w.field(1, 5); // 5: num_children
            w.zigzag(c.children);
        }
        w.stop();
    }
    w.field(1, 6); // 3: num_rows i64
    w.zigzag(rows);
    w.field(1, 9); // 4: row_groups: empty list
    w.bytes += char(0x0C);
    w.field(2, 8); // 6: created_by
    w.string("tunedesk test");
    w.stop();
    QByteArray file = "PAR1" + QByteArray(100, '\0') + w.bytes;
    const quint32 len = quint32(w.bytes.size());
    for (int i = 0; i < 4; ++i)
        file += char((len >> (8 * i)) & 0xFF);
    return file + "PAR1";
}

} // namespace

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
