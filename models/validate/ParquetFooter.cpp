#include "validate/ParquetFooter.h"

#include <QFile>

#include <cstring>

namespace td {
namespace {

// A reader of the Thrift compact protocol, enough to walk FileMetaData and skip the rest.
class Compact
{
public:
    Compact(const unsigned char* p, std::size_t n)
        : m_p(p)
        , m_end(p + n)
    {}

    bool ok() const { return m_ok; }

    std::uint64_t varint()
    {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end)
                return fail();
            const unsigned char b = *m_p++;
            v |= std::uint64_t(b & 0x7F) << shift;
            if (!(b & 0x80))
                return v;
        }
        return fail();
    }
    std::int64_t zigzag()
    {
        const std::uint64_t v = varint();
        return std::int64_t(v >> 1) ^ -std::int64_t(v & 1);
    }
    unsigned char byte()
    {
        if (m_p >= m_end)
            return unsigned(fail());
        return *m_p++;
    }
    std::string binary()
    {
        const std::uint64_t n = varint();
        if (!m_ok || n > std::uint64_t(m_end - m_p)) {
            fail();
            return {};
        }
        std::string s(reinterpret_cast<const char*>(m_p), std::size_t(n));
        m_p += n;
        return s;
    }
    // Reads a field header; returns false at the struct's end. `lastId` is the previous id.
    bool field(int& id, int& type, int& lastId)
    {
        const unsigned char h = byte();
        if (!m_ok || h == 0)
            return false;
        type = h & 0x0F;
        const int delta = h >> 4;
        id = delta ? lastId + delta : int(zigzag());
        lastId = id;
        return m_ok;
    }
    void listHeader(std::uint64_t& size, int& elemType)
    {
        const unsigned char h = byte();
        elemType = h & 0x0F;
        size = h >> 4;
        if (size == 15)
            size = varint();
    }
    void skip(int type, int depth = 0)
    {
        if (depth > 64) {
            fail();
            return;
        }
        switch (type) {
        case 1:
        case 2:
            break; // booleans live in the field header
        case 3:
            byte();
            break;
        case 4:
        case 5:
        case 6:
            varint();
            break;
        case 7:
            if (m_end - m_p < 8)
                fail();
            else
                m_p += 8;
            break;
        case 8:
            binary();
            break;
        case 9:
        case 10: {
            std::uint64_t n = 0;
            int t = 0;
            listHeader(n, t);
            for (std::uint64_t i = 0; i < n && m_ok; ++i)
                t == 1 || t == 2 ? void(byte()) : skip(t, depth + 1);
            break;
        }
        case 11: {
            const std::uint64_t n = varint();
            if (n == 0)
                break;
            const unsigned char kv = byte();
            for (std::uint64_t i = 0; i < n && m_ok; ++i) {
                skip(kv >> 4, depth + 1);
                skip(kv & 0x0F, depth + 1);
            }
            break;
        }
        case 12: {
            int id = 0, t = 0, last = 0;
            while (field(id, t, last))
                skip(t, depth + 1);
            break;
        }
        default:
            fail();
        }
    }

private:
    std::uint64_t fail()
    {
        m_ok = false;
        m_p = m_end;
        return 0;
    }
    const unsigned char* m_p;
    const unsigned char* m_end;
    bool m_ok = true;
};

struct SchemaElement
{
    std::string name;
    std::int64_t children = 0;
};

} // namespace

Result<ParquetFooter> parseParquetFooter(const char* data, std::size_t size)
{
    auto corrupt = [](const char* why) { return Error::make(Error::Code::Corrupt, QString::fromLatin1(why)); };
    if (size < 12 || std::memcmp(data, "PAR1", 4) != 0 || std::memcmp(data + size - 4, "PAR1", 4) != 0)
        return corrupt("Parquet magic bytes not found in footer. Either the file is corrupted or this is not a "
                       "parquet file.");
    std::uint32_t len = 0;
    for (int i = 0; i < 4; ++i)
        len |= std::uint32_t(static_cast<unsigned char>(data[size - 8 + std::size_t(i)])) << (8 * i);
    if (len == 0 || len > size - 12)
        return corrupt("Parquet file size is too small or the footer length is invalid.");
    Compact in(reinterpret_cast<const unsigned char*>(data + size - 8 - len), len);

    ParquetFooter out;
    std::vector<SchemaElement> schema;
    bool haveSchema = false, haveRows = false;
    int id = 0, type = 0, last = 0;
    while (in.field(id, type, last)) {
        if (id == 2 && type == 9) { // schema: list<SchemaElement>
            std::uint64_t n = 0;
            int elemType = 0;
            in.listHeader(n, elemType);
            for (std::uint64_t i = 0; i < n && in.ok(); ++i) {
                SchemaElement e;
                int fid = 0, ft = 0, flast = 0;
                while (in.field(fid, ft, flast)) {
                    if (fid == 4 && ft == 8)
                        e.name = in.binary();
                    else if (fid == 5 && ft == 5)
                        e.children = in.zigzag();
                    else
                        in.skip(ft);
                }
                schema.push_back(std::move(e));
            }
            haveSchema = true;
        } else if (id == 3 && type == 6) { // num_rows: i64
            out.rows = in.zigzag();
            haveRows = true;
        } else {
            in.skip(type);
        }
    }
    if (!in.ok() || !haveSchema || !haveRows || schema.empty())
        return corrupt("Couldn't deserialize thrift: the file metadata is malformed.");
    // The schema is a flattened tree: the root, then each top-level field followed by its
    // descendants. Top-level names are what a table's schema lists.
    std::size_t i = 1;
    for (std::int64_t c = 0; c < schema[0].children && i < schema.size(); ++c) {
        out.columns.push_back(schema[i].name);
        std::int64_t pending = schema[i].children;
        ++i;
        while (pending > 0 && i < schema.size()) {
            pending += schema[i].children - 1;
            ++i;
        }
    }
    return out;
}

Result<ParquetFooter> readParquetFooter(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, f.errorString());
    const qint64 size = f.size();
    // The footer is at the end; read the tail only (metadata is small next to the data).
    const qint64 tail = std::min<qint64>(size, 64 << 20);
    f.seek(size - tail);
    const QByteArray bytes = f.read(tail);
    if (bytes.size() != tail)
        return Error::make(Error::Code::Io, f.errorString());
    // Magic at the start is checked separately, since only the tail was read.
    QFile head(path);
    head.open(QIODevice::ReadOnly);
    if (head.read(4) != "PAR1")
        return Error::make(Error::Code::Corrupt,
                           QStringLiteral("Parquet magic bytes not found in footer. Either the file is corrupted or "
                                          "this is not a parquet file."));
    QByteArray withMagic = QByteArray("PAR1") + (tail == size ? bytes.mid(4) : bytes);
    return parseParquetFooter(withMagic.constData(), std::size_t(withMagic.size()));
}

} // namespace td
