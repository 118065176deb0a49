#include "validate/LintProblemStore.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace td {

namespace {

// 4096 records (64 KiB) a block: big enough that the block list is small, small enough that
// a copy changing one row copies little.
constexpr std::size_t kBlockRecords = 4096;
constexpr std::size_t kArenaBlockBytes = std::size_t(1) << 20;
constexpr std::uint64_t kOffsetMask = (std::uint64_t(1) << 48) - 1;

void putVarint(std::string& out, std::size_t v)
{
    while (v >= 0x80) {
        out.push_back(char(0x80 | (v & 0x7F)));
        v >>= 7;
    }
    out.push_back(char(v));
}

std::size_t getVarint(const char*& p)
{
    std::size_t v = 0;
    int shift = 0;
    for (;;) {
        const auto b = std::uint8_t(*p++);
        v |= std::size_t(b & 0x7F) << shift;
        if (!(b & 0x80))
            return v;
        shift += 7;
    }
}

} // namespace

// The side table: details (a JSON pointer and the message's arguments) serialized one after
// another into fixed blocks that never move, each distinct detail once (a table of offsets
// finds an equal one). Offsets are block << 32 | position.
class LintProblemStore::Arena
{
public:
    std::uint64_t intern(const std::string& blob)
    {
        if (m_used * 10 >= m_slots.size() * 7)
            grow();
        const std::size_t h = qHash(QByteArrayView(blob.data(), qsizetype(blob.size())), 0x51ab);
        std::size_t slot = h & (m_slots.size() - 1);
        while (m_slots[slot] != 0) {
            if (view(m_slots[slot] - 1) == blob)
                return m_slots[slot] - 1;
            slot = (slot + 1) & (m_slots.size() - 1);
        }
        const std::uint64_t offset = put(blob);
        m_slots[slot] = offset + 1;
        ++m_used;
        return offset;
    }

    // The blob stored at `offset` (without its length prefix).
    std::string_view view(std::uint64_t offset) const
    {
        const char* p = m_blocks[std::size_t(offset >> 32)].data.get() + (offset & 0xFFFFFFFF);
        const std::size_t n = getVarint(p);
        return {p, n};
    }

    std::size_t bytesUsed() const
    {
        std::size_t n = m_slots.capacity() * sizeof(std::uint64_t) + m_blocks.capacity() * sizeof(Chunk);
        for (const Chunk& c : m_blocks)
            n += c.capacity;
        return n;
    }

private:
    struct Chunk
    {
        std::unique_ptr<char[]> data;
        std::size_t capacity = 0;
        std::size_t used = 0;
    };

    std::uint64_t put(const std::string& blob)
    {
        std::string prefix;
        putVarint(prefix, blob.size());
        const std::size_t need = prefix.size() + blob.size();
        if (m_blocks.empty() || m_blocks.back().capacity - m_blocks.back().used < need) {
            // Small at first (a store for one row), then 1 MiB blocks; a huge detail gets its own.
            const std::size_t last = m_blocks.empty() ? 0 : m_blocks.back().capacity;
            Chunk c;
            c.capacity = std::max(need, std::min(kArenaBlockBytes, std::max<std::size_t>(256, last * 4)));
            c.data = std::make_unique<char[]>(c.capacity);
            m_blocks.push_back(std::move(c));
        }
        Chunk& c = m_blocks.back();
        const std::uint64_t offset = (std::uint64_t(m_blocks.size() - 1) << 32) | c.used;
        std::memcpy(c.data.get() + c.used, prefix.data(), prefix.size());
        std::memcpy(c.data.get() + c.used + prefix.size(), blob.data(), blob.size());
        c.used += need;
        return offset;
    }

    void grow()
    {
        std::vector<std::uint64_t> old = std::move(m_slots);
        m_slots.assign(std::max<std::size_t>(16, old.size() * 2), 0);
        for (std::uint64_t v : old) {
            if (!v)
                continue;
            const std::string_view b = view(v - 1);
            std::size_t slot = qHash(QByteArrayView(b.data(), qsizetype(b.size())), 0x51ab) & (m_slots.size() - 1);
            while (m_slots[slot] != 0)
                slot = (slot + 1) & (m_slots.size() - 1);
            m_slots[slot] = v;
        }
    }

    std::vector<Chunk> m_blocks;
    std::vector<std::uint64_t> m_slots; // offset + 1; 0: empty
    std::size_t m_used = 0;
};

LintProblemStore::LintProblemStore() = default;
LintProblemStore::~LintProblemStore() = default;
LintProblemStore::LintProblemStore(LintProblemStore&&) noexcept = default;
LintProblemStore& LintProblemStore::operator=(LintProblemStore&&) noexcept = default;

LintProblemStore::LintProblemStore(const LintProblemStore& o)
    : m_blocks(o.m_blocks)
    , m_blockStart(o.m_blockStart)
    , m_size(o.m_size)
    , m_released(o.m_released)
    , m_uniform(o.m_uniform)
    , m_arenas(o.m_arenas)
    , m_starts(o.m_starts)
    , m_order(o.m_order)
    , m_located(o.m_located)
    , m_contextLength(o.m_contextLength)
{
    // The copy adds its own details to an arena of its own; the shared ones stay as they are.
}

LintProblemStore& LintProblemStore::operator=(const LintProblemStore& o)
{
    if (this != &o)
        *this = LintProblemStore(o);
    return *this;
}

void LintProblemStore::setLocator(const DocumentSnapshot& snapshot)
{
    m_starts = snapshot.starts;
    m_order = snapshot.order;
    m_located = true;
}

void LintProblemStore::clear()
{
    *this = LintProblemStore();
}

void LintProblemStore::push(Record r)
{
    // The last block is written in place only when no copy shares it.
    if (m_blocks.empty() || m_blocks.back().use_count() > 1 || m_blocks.back()->records.size() >= kBlockRecords) {
        auto b = std::make_shared<Block>();
        if (!m_blocks.empty() && m_blocks.back() && m_blocks.back()->records.size() < kBlockRecords) {
            b->records = m_blocks.back()->records; // copy on write
            m_blocks.back() = b;
        } else {
            if (!m_blocks.empty())
                b->records.reserve(kBlockRecords);
            m_blocks.push_back(b);
            m_blockStart.push_back(m_size);
        }
    }
    const_cast<Block&>(*m_blocks.back()).records.push_back(r);
    ++m_size;
}

std::uint64_t LintProblemStore::intern(std::string_view pointer, std::initializer_list<std::string_view> args)
{
    if (pointer.empty() && args.size() == 0)
        return 0;
    if (!m_own) {
        m_own = std::make_shared<Arena>();
        m_arenas.push_back(m_own);
        m_ownIndex = m_arenas.size(); // arena numbers start at 1 (0: no details)
    }
    thread_local std::string blob;
    blob.clear();
    putVarint(blob, pointer.size());
    blob.append(pointer);
    putVarint(blob, args.size());
    for (std::string_view a : args) {
        putVarint(blob, a.size());
        blob.append(a);
    }
    return (std::uint64_t(m_ownIndex) << 48) | m_own->intern(blob);
}

void LintProblemStore::add(std::int64_t row, ProblemKind kind, std::string_view pointer,
                           std::initializer_list<std::string_view> args)
{
    push({std::uint64_t(row) << 8 | std::uint64_t(kind), intern(pointer, args)});
}

void LintProblemStore::addNumber(std::int64_t row, ProblemKind kind, std::uint64_t number)
{
    push({std::uint64_t(row) << 8 | std::uint64_t(kind), number});
}

LintProblemStore::Record LintProblemStore::adopt(const LintProblemStore& other, Record r)
{
    if (r.aux != 0 && !isNumericKind(ProblemKind(r.rowKind & 0xFF))) {
        const std::shared_ptr<const Arena>& arena = other.m_arenas[std::size_t(r.aux >> 48) - 1];
        // Share the arena: find it among ours (usually the last one added), or adopt it.
        std::size_t mine = m_arenas.size();
        while (mine > 0 && m_arenas[mine - 1] != arena)
            --mine;
        if (mine == 0) {
            m_arenas.push_back(arena);
            mine = m_arenas.size();
        }
        r.aux = (std::uint64_t(mine) << 48) | (r.aux & kOffsetMask);
    }
    return r;
}

void LintProblemStore::append(const LintProblemStore& other, std::size_t i)
{
    push(adopt(other, other.record(i)));
}

void LintProblemStore::replaceRows(std::int64_t first, std::int64_t last, bool (*keep)(ProblemKind),
                                   const LintProblemStore& fresh)
{
    const std::size_t a = lowerBound(first), b = lowerBound(last);
    // The blocks that hold [a, b), or the one the new problems go into when the range is empty.
    std::size_t firstBlock = 0, lastBlock = 0; // [firstBlock, lastBlock)
    if (!m_blocks.empty()) {
        firstBlock = blockOf(std::min(a, m_size - 1));
        lastBlock = (b > a ? blockOf(b - 1) : firstBlock) + 1;
    }
    std::vector<Record> records;
    const std::size_t from = firstBlock < m_blocks.size() ? m_blockStart[firstBlock] : m_size;
    const std::size_t to = lastBlock < m_blocks.size() ? m_blockStart[lastBlock] : m_size;
    records.reserve(to - from + fresh.size());
    for (std::size_t i = from; i < a; ++i)
        records.push_back(record(i));
    std::size_t j = 0, f = 0;
    for (std::int64_t r = first; r < last; ++r) { // per row: the kept findings, then the new ones
        for (std::size_t i = a + j; i < b && row(i) == r; ++i, ++j)
            if (keep && keep(kind(i)))
                records.push_back(record(i));
        for (; f < fresh.size() && fresh.row(f) == r; ++f)
            records.push_back(adopt(fresh, fresh.record(f)));
        if (a + j >= b && f >= fresh.size())
            break;
    }
    for (std::size_t i = b; i < to; ++i)
        records.push_back(record(i));
    std::vector<std::shared_ptr<const Block>> blocks(m_blocks.begin(), m_blocks.begin() + std::ptrdiff_t(firstBlock));
    for (std::size_t i = 0; i < records.size(); i += kBlockRecords) {
        auto block = std::make_shared<Block>();
        block->records.assign(records.begin() + std::ptrdiff_t(i),
                              records.begin() + std::ptrdiff_t(std::min(records.size(), i + kBlockRecords)));
        blocks.push_back(std::move(block));
    }
    blocks.insert(blocks.end(), m_blocks.begin() + std::ptrdiff_t(std::min(lastBlock, m_blocks.size())),
                  m_blocks.end());
    m_blocks = std::move(blocks);
    m_blockStart.clear();
    m_size = 0;
    m_uniform = true;
    for (const auto& block : m_blocks) {
        m_uniform = m_uniform && m_size == m_blockStart.size() * kBlockRecords;
        m_blockStart.push_back(m_size);
        m_size += block->records.size();
    }
    m_released = 0;
}

std::size_t LintProblemStore::blockOf(std::size_t i) const
{
    if (m_uniform)
        return i / kBlockRecords;
    return std::size_t(std::upper_bound(m_blockStart.begin(), m_blockStart.end(), i) - m_blockStart.begin()) - 1;
}

const LintProblemStore::Record& LintProblemStore::record(std::size_t i) const
{
    const std::size_t b = blockOf(i);
    return m_blocks[b]->records[i - m_blockStart[b]];
}

std::int64_t LintProblemStore::row(std::size_t i) const
{
    return std::int64_t(record(i).rowKind >> 8);
}

ProblemKind LintProblemStore::kind(std::size_t i) const
{
    return ProblemKind(record(i).rowKind & 0xFF);
}

std::vector<std::string_view> LintProblemStore::details(std::uint64_t aux, std::string_view* pointer) const
{
    std::vector<std::string_view> args;
    if (aux == 0)
        return args;
    const std::string_view blob = m_arenas[std::size_t(aux >> 48) - 1]->view(aux & kOffsetMask);
    const char* p = blob.data();
    std::size_t n = getVarint(p);
    if (pointer)
        *pointer = {p, n};
    p += n;
    const std::size_t count = getVarint(p);
    for (std::size_t a = 0; a < count; ++a) {
        n = getVarint(p);
        args.emplace_back(p, n);
        p += n;
    }
    return args;
}

std::string LintProblemStore::pointer(std::size_t i) const
{
    const Record& r = record(i);
    if (isNumericKind(ProblemKind(r.rowKind & 0xFF)))
        return {};
    std::string_view p;
    details(r.aux, &p);
    return std::string(p);
}

QString LintProblemStore::message(std::size_t i) const
{
    const Record& r = record(i);
    const ProblemKind k = ProblemKind(r.rowKind & 0xFF);
    if (isNumericKind(k))
        return problemMessage(k, {}, r.aux, m_contextLength);
    const std::vector<std::string_view> args = details(r.aux, nullptr);
    return problemMessage(k, args, 0, m_contextLength);
}

std::int64_t LintProblemStore::rowId(std::int64_t row) const
{
    if (m_order)
        return row >= 0 && std::size_t(row) < m_order->size() ? std::int64_t((*m_order)[std::size_t(row)]) : -1;
    return row;
}

std::int64_t LintProblemStore::line(std::size_t i) const
{
    const std::int64_t r = row(i);
    if (!m_located)
        return r + 1;
    const std::int64_t id = rowId(r);
    return id >= 0 && RowId(id) < kFirstNewRowId ? id + 1 : -1;
}

std::int64_t LintProblemStore::byteOffset(std::size_t i) const
{
    if (!m_located || !m_starts)
        return -1;
    const std::int64_t id = rowId(row(i));
    return id >= 0 && std::size_t(id) < m_starts->size() ? std::int64_t((*m_starts)[std::size_t(id)]) : -1;
}

LintProblem LintProblemStore::at(std::size_t i) const
{
    LintProblem p;
    p.row = row(i);
    p.line = line(i);
    p.byteOffset = byteOffset(i);
    p.pointer = pointer(i);
    const ProblemKind k = kind(i);
    p.code = kindInfo(k).code;
    p.severity = kindInfo(k).severity;
    p.fix = kindInfo(k).fix;
    p.message = message(i);
    if (isPiiProblem(k)) { // added with its span as the two arguments (Linter's addPersonalData)
        const std::vector<std::string_view> args = details(record(i).aux, nullptr);
        if (args.size() == 2) {
            p.spanStart = std::strtoll(std::string(args[0]).c_str(), nullptr, 10);
            p.spanEnd = std::strtoll(std::string(args[1]).c_str(), nullptr, 10);
        }
    }
    return p;
}

std::size_t LintProblemStore::lowerBound(std::int64_t r) const
{
    std::size_t lo = 0, hi = m_size;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (row(mid) < r)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::size_t LintProblemStore::bytesUsed() const
{
    std::size_t n = m_blocks.capacity() * sizeof(m_blocks[0]) + m_blockStart.capacity() * sizeof(std::size_t) +
                    m_arenas.capacity() * sizeof(m_arenas[0]);
    for (const auto& b : m_blocks)
        if (b)
            n += sizeof(Block) + b->records.capacity() * sizeof(Record);
    for (const auto& a : m_arenas)
        n += a->bytesUsed();
    return n;
}

void LintProblemStore::releaseBefore(std::size_t i)
{
    while (m_released + 1 < m_blocks.size() && m_blockStart[m_released + 1] <= i)
        m_blocks[m_released++].reset();
}

} // namespace td
