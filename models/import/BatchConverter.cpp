#include "import/BatchConverter.h"

#include "dataset/OutputSink.h"

namespace td {

namespace {
constexpr std::size_t kBatchBytes = std::size_t(2) << 20;
}

struct BatchConverter::Batch
{
    struct Item
    {
        std::int64_t line = 0;
        std::size_t offset = 0, length = 0;
        QString error;
    };
    std::string bytes; // the records back to back, then kRecordPadding spare bytes
    std::vector<Item> items;
    std::string out;
    std::vector<RefusedRow> refused;
    std::int64_t converted = 0;

    // Empty again, its buffers kept: a new batch's 2 MiB buffers were page-faulted in afresh
    // each time (a tenth of an import's time).
    void clear()
    {
        bytes.clear();
        items.clear();
        out.clear();
        refused.clear();
        converted = 0;
    }

    void convert(RowConverter& converter)
    {
        bytes.append(kRecordPadding, ' ');
        out.reserve(bytes.size() + bytes.size() / 8);
        for (const Item& it : items) {
            SourceRecord r;
            r.line = it.line;
            r.text = std::string_view(bytes.data() + it.offset, it.length);
            r.padded = true;
            r.error = it.error;
            const QString why = converter.convert(r, out);
            if (why.isEmpty()) {
                out.push_back('\n');
                ++converted;
            } else {
                refused.push_back({it.line, why});
            }
        }
    }
};

BatchConverter::BatchConverter(std::vector<std::unique_ptr<RowConverter>> converters, OutputSink& sink,
                               std::size_t listedRefusals, ConversionTotals& totals)
    : m_converters(std::move(converters))
    , m_sink(sink)
    , m_listed(listedRefusals)
    , m_totals(totals)
{}

BatchConverter::~BatchConverter()
{
    // The workers use the batches and converters: they finish before those go.
    for (auto& [future, batch] : m_inFlight)
        future.wait();
}

bool BatchConverter::add(const SourceRecord& r)
{
    if (m_error)
        return false;
    if (!m_filling) {
        if (!m_spare.empty()) {
            m_filling = std::move(m_spare.back());
            m_spare.pop_back();
        } else {
            m_filling = std::make_unique<Batch>();
            m_filling->bytes.reserve(kBatchBytes + kRecordPadding + 64 * 1024);
        }
    }
    Batch::Item it;
    it.line = r.line;
    it.offset = m_filling->bytes.size();
    it.length = r.text.size();
    it.error = r.error;
    m_filling->bytes.append(r.text);
    m_filling->items.push_back(std::move(it));
    if (m_filling->bytes.size() >= kBatchBytes)
        dispatch();
    return !m_error;
}

void BatchConverter::dispatch()
{
    if (!m_filling)
        return;
    // A converter is free again once the batch dispatched a round ago is written.
    while (m_inFlight.size() >= m_converters.size())
        if (!drainOne())
            return;
    Batch* batch = m_filling.get();
    RowConverter* converter = m_converters[m_next++ % m_converters.size()].get();
    m_inFlight.emplace_back(std::async(std::launch::async, [batch, converter] { batch->convert(*converter); }),
                            std::move(m_filling));
}

bool BatchConverter::drainOne()
{
    auto [future, batch] = std::move(m_inFlight.front());
    m_inFlight.pop_front();
    future.wait();
    m_totals.converted += batch->converted;
    m_totals.refused += std::int64_t(batch->refused.size());
    for (RefusedRow& r : batch->refused)
        if (m_totals.listed.size() < m_listed)
            m_totals.listed.push_back(std::move(r));
    if (!m_error && !batch->out.empty())
        if (auto w = m_sink.write(batch->out.data(), batch->out.size()); !w)
            m_error = w.error();
    batch->clear();
    m_spare.push_back(std::move(batch));
    return !m_error;
}

Result<void> BatchConverter::finish()
{
    dispatch();
    while (!m_inFlight.empty())
        drainOne();
    if (m_error)
        return *m_error;
    return {};
}

} // namespace td
