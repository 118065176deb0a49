#include "tokens/count/DatasetTokenCounter.h"

#include "core/Worker.h"
#include "dataset/DatasetDocument.h"

#include <QPointer>
#include <QTimer>

namespace td {

DatasetTokenCounter::DatasetTokenCounter(DatasetDocument* document, QObject* parent)
    : QObject(parent)
    , m_doc(document)
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(1500);
    connect(m_delay, &QTimer::timeout, this, &DatasetTokenCounter::start);
    connect(m_doc, &DatasetDocument::opened, this, [this] {
        m_counts.reset();
        markStale();
    });
    connect(m_doc, &DatasetDocument::indexingFinished, this, [this] {
        markStale();
        start(); // at once: nothing was counted yet
    });
    connect(m_doc, &DatasetDocument::changed, this, &DatasetTokenCounter::markStale);
}

DatasetTokenCounter::~DatasetTokenCounter()
{
    if (m_cancel)
        m_cancel->store(true);
    for (QFuture<void>& f : m_work)
        f.waitForFinished();
}

void DatasetTokenCounter::setCounter(std::shared_ptr<const RowTokenCounter> counter)
{
    m_counter = std::move(counter);
    m_counts.reset();
    markStale();
    if (!m_counter) {
        m_delay->stop();
        emit cleared();
        return;
    }
    start();
}

void DatasetTokenCounter::setRecountDelay(int ms)
{
    m_delay->setInterval(ms);
}

void DatasetTokenCounter::markStale()
{
    m_current = false;
    if (m_counting && m_cancel) // what it counts is already out of date
        m_cancel->store(true);
    m_counting = false;
    ++m_generation;
    if (m_counter)
        m_delay->start();
}

void DatasetTokenCounter::cancel()
{
    m_delay->stop();
    if (!m_counting)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_counting = false;
    ++m_generation;
    emit cancelled();
}

void DatasetTokenCounter::start()
{
    m_delay->stop();
    if (m_cancel)
        m_cancel->store(true);
    if (!m_counter || m_doc->isIndexing() || m_doc->state() != DatasetDocument::State::Ready)
        return; // indexingFinished starts it; without a file there is nothing to count
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_counting = true;
    const quint64 generation = ++m_generation;
    emit started();
    const DocumentSnapshot snap = m_doc->snapshot();
    auto cancel = m_cancel;
    auto counter = m_counter;
    QPointer<DatasetTokenCounter> self(this);
    m_work.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    auto work = [snap, cancel, counter, self, generation]() {
        auto report = [&](std::int64_t done, std::int64_t total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, done, total] {
                    if (self && self->m_generation == generation)
                        emit self->progress(done, total);
                },
                Qt::QueuedConnection);
        };
        Result<DatasetTokenCounts> r = countDatasetTokens(snap, *counter, report, cancel.get());
        return std::make_shared<Result<DatasetTokenCounts>>(std::move(r));
    };
    m_work.append(QFuture<void>(
        runInBackground(this, std::move(work), [this, generation](std::shared_ptr<Result<DatasetTokenCounts>> r) {
            if (generation != m_generation)
                return; // replaced by a newer run, cancelled, or the document changed meanwhile
            m_counting = false;
            if (!*r) {
                if (r->error().code != Error::Code::Cancelled)
                    emit failed(r->error());
                return;
            }
            m_counts = std::make_shared<const DatasetTokenCounts>(std::move(**r));
            m_current = true;
            emit ready();
        })));
}

} // namespace td
