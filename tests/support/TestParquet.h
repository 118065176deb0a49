#pragma once

#include <QByteArray>
#include <QList>

namespace td::test {

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

inline QByteArray parquetFile(const QList<Column>& flatSchema, qint64 rows)
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

} // namespace td::test
