#include "query/DatasetFacts.h"

#include "core/Worker.h"
#include "dataset/DatasetDocument.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace td {

namespace {

struct Computed
{
    std::shared_ptr<const std::vector<RowFacts>> facts;
    FactsSummary summary;
    std::optional<Error> error;
    bool cancelled = false;
};

} // namespace

DatasetFacts::DatasetFacts(DatasetDocument* document, QObject* parent)
    : QObject(parent)
    , m_doc(document)
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(800);
    connect(m_delay, &QTimer::timeout, this, &DatasetFacts::refresh);
    connect(m_doc, &DatasetDocument::opened, this, [this] {
        m_facts.reset();
        m_summary = {};
        markStale();
    });
    connect(m_doc, &DatasetDocument::indexingFinished, this, [this] {
        markStale();
        if (m_auto || m_pending)
            refresh(); // at once: nothing was shown yet
    });
    connect(m_doc, &DatasetDocument::changed, this, &DatasetFacts::markStale);
}

DatasetFacts::~DatasetFacts()
{
    if (m_cancel)
        m_cancel->store(true);
    for (QFuture<void>& f : m_work)
        f.waitForFinished();
}

void DatasetFacts::setAutoRefresh(bool on)
{
    m_auto = on;
    if (on && !m_current && !m_computing)
        refresh();
}

void DatasetFacts::setRefreshDelay(int ms)
{
    m_delay->setInterval(ms);
}

void DatasetFacts::markStale()
{
    m_current = false;
    if (m_computing && m_cancel) // what it computes is already out of date
        m_cancel->store(true);
    m_computing = false;
    ++m_generation;
    if (m_auto || m_pending)
        m_delay->start();
}

void DatasetFacts::refresh()
{
    m_delay->stop();
    if (m_cancel)
        m_cancel->store(true);
    if (m_doc->isIndexing()) // the rest of the file is still being found; indexingFinished comes
        return;
    if (m_doc->state() != DatasetDocument::State::Ready) { // no file, or it failed to open: no rows
        m_facts = std::make_shared<const std::vector<RowFacts>>();
        m_summary = {};
        m_current = true;
        m_computing = false;
        emit ready();
        applyPending();
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_computing = true;
    const quint64 generation = ++m_generation;
    emit started();
    const DocumentSnapshot snap = m_doc->snapshot();
    auto cancel = m_cancel;
    QPointer<DatasetFacts> self(this);
    m_work.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    auto work = [snap, cancel, self, generation]() {
        auto report = [&](std::int64_t done, std::int64_t total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, done, total] {
                    if (self && self->m_generation == generation)
                        emit self->progress(done, total);
                },
                Qt::QueuedConnection);
        };
        auto c = std::make_shared<Computed>();
        auto facts = std::make_shared<std::vector<RowFacts>>(computeFacts(snap, report, cancel.get()));
        if (cancel->load()) {
            c->cancelled = true;
            return c;
        }
        if (auto unchanged = snap.checkUnchanged(); !unchanged) {
            c->error = unchanged.error();
            return c;
        }
        c->summary = summarizeFacts(*facts, &snap);
        c->facts = std::move(facts);
        return c;
    };
    m_work.append(QFuture<void>(runInBackground(this, std::move(work), [this, generation](std::shared_ptr<Computed> c) {
        if (generation != m_generation || c->cancelled)
            return; // replaced by a newer run, or the document changed meanwhile
        m_computing = false;
        if (c->error) {
            m_pending.reset();
            emit failed(*c->error);
            return;
        }
        m_facts = std::move(c->facts);
        m_summary = std::move(c->summary);
        m_current = true;
        emit ready();
        applyPending();
    })));
}

void DatasetFacts::filter(const QString& text)
{
    auto expr = FilterExpression::parse(text);
    if (!expr) {
        emit filterFailed(expr.error());
        return;
    }
    m_pending = std::move(*expr);
    if (m_current)
        applyPending();
    else if (!m_computing)
        refresh();
}

void DatasetFacts::applyPending()
{
    if (!m_pending || !m_current || !m_facts)
        return;
    const FilterExpression expr = std::move(*m_pending);
    m_pending.reset();
    emit filtered(expr.text(), expr.matchingRows(*m_facts));
}

} // namespace td
