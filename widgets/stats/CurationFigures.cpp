#include "widgets/stats/CurationFigures.h"

#include "core/Worker.h"
#include "dataset/DatasetDocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <climits>

namespace td {

namespace {

// The roles the table has a column for, in order.
constexpr TextRole kRoles[] = {TextRole::System, TextRole::User, TextRole::Assistant, TextRole::Tool, TextRole::Other};

} // namespace

CurationFigures::CurationFigures(DatasetDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_doc(document)
    , m_count(new QPushButton(tr("&Count Personal Data and Near-Duplicates"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("curationFigures"));
    m_count->setObjectName(QStringLiteral("countCuration"));
    m_count->setToolTip(tr("Scan every row for personal data and secrets, and for near-duplicate rows"));
    m_progress->setObjectName(QStringLiteral("curationProgress"));
    m_progress->setAccessibleName(tr("Scanning the rows"));
    m_progress->setVisible(false);
    m_summary->setObjectName(QStringLiteral("curationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("personalDataTable"));
    m_table->setAccessibleName(tr("Personal data and secrets per kind and role"));
    m_table->setRootIsDecorated(false);
    QStringList headers{tr("Kind")};
    for (TextRole r : kRoles)
        headers << QLatin1String(textRoleName(r));
    headers << tr("Total");
    m_table->setHeaderLabels(headers);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setVisible(false);
    m_table->setMinimumHeight(120);
    m_table->setToolTip(tr("Click a kind (or press Return on it) to show the rows it was found in"));
    // A kind clicked (or Return on it): the rows it was found in, in the table.
    connect(m_table, &QTreeWidget::itemActivated, this, &CurationFigures::showRowsOf);
    connect(m_table, &QTreeWidget::itemClicked, this, &CurationFigures::showRowsOf);

    auto* top = new QHBoxLayout;
    top->addWidget(m_count);
    top->addWidget(m_progress, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    clear(tr("Near-duplicate share and personal data: not counted yet."));

    connect(m_count, &QPushButton::clicked, this, &CurationFigures::count);
    // What was counted no longer describes the rows once they change or another file opens.
    connect(m_doc, &DatasetDocument::changed, this, [this] {
        m_stale = m_counting;
        // Only figures shown go stale: rows arriving while a file is read are no change (a file
        // just opened said "The rows changed").
        if (m_pii || m_nearDup)
            clear(tr("The rows changed: count again to see the figures of the new rows."));
    });
    connect(m_doc, &DatasetDocument::opened, this, [this] {
        m_stale = m_counting;
        clear(tr("Near-duplicate share and personal data: not counted yet."));
    });
}

CurationFigures::~CurationFigures()
{
    if (m_cancel)
        *m_cancel = true;
    m_work.waitForFinished();
}

void CurationFigures::clear(const QString& why)
{
    if (m_counting)
        return;
    m_pii.reset();
    m_nearDup.reset();
    m_table->clear();
    m_table->setVisible(false);
    m_summary->setText(why);
}

void CurationFigures::count()
{
    if (m_counting) { // the button says Cancel meanwhile
        *m_cancel = true;
        return;
    }
    m_counting = true;
    m_stale = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_count->setText(tr("&Cancel"));
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_summary->setText(tr("Scanning every row…"));
    const DocumentSnapshot snap = m_doc->snapshot();
    auto cancel = m_cancel;
    QPointer<QProgressBar> bar = m_progress;
    // Two scans one after the other, each half of the bar.
    const auto progressFrom = [bar](int base) {
        return [bar, base](std::int64_t done, std::int64_t total) {
            QMetaObject::invokeMethod(
                bar,
                [bar, base, done, total] {
                    if (bar && total > 0) {
                        bar->setRange(0, 1000);
                        bar->setValue(base + int(done * 500 / total));
                    }
                },
                Qt::QueuedConnection);
        };
    };
    PiiScanOptions piiOptions;
    piiOptions.cancel = cancel.get();
    piiOptions.progress = progressFrom(0);
    piiOptions.keepRowKinds = true;
    NearDupOptions nearOptions;
    nearOptions.cancel = cancel.get();
    nearOptions.progress = progressFrom(500);
    m_work = runInBackground(
        this,
        [snap, cancel, piiOptions, nearOptions]() -> Counts {
            Counts c{countPii(snap, piiOptions), Result<NearDupResult>(NearDupResult{})};
            if (!cancel->load())
                c.nearDup = findNearDuplicates(snap, NearDupParams{}, nearOptions);
            return c;
        },
        [this](Counts counts) { show(std::move(counts)); });
}

void CurationFigures::show(Counts counts)
{
    m_counting = false;
    m_count->setText(tr("&Count Personal Data and Near-Duplicates"));
    m_progress->setVisible(false);
    if (m_cancel && m_cancel->load()) {
        clear(tr("The count was cancelled."));
        return;
    }
    if (m_stale) {
        m_stale = false;
        clear(tr("The rows changed while they were counted: count again."));
        return;
    }
    if (!counts.pii || !counts.nearDup) {
        clear(!counts.pii ? counts.pii.error().message : counts.nearDup.error().message);
        return;
    }
    m_pii = std::move(*counts.pii);
    m_nearDup = std::move(*counts.nearDup);
    const QLocale loc;
    const std::int64_t rows = std::max<std::int64_t>(m_nearDup->rows, 1);
    // Whole sentences with %Ln, so "1 row" and German plurals read right.
    const auto clamp = [](auto n) { return int(std::min<std::int64_t>(std::int64_t(n), INT_MAX)); };
    // Nothing found reads as nothing ("0 rows beyond each cluster's first in 0 clusters" read
    // like a failure to count).
    const QString nearDup =
        m_nearDup->clusters.empty()
            ? tr("Near-duplicates: none.")
            : tr("Near-duplicates: %1 in %2 (%3 % of the rows).")
                  .arg(tr("%Ln row(s) beyond each cluster's first", nullptr, clamp(m_nearDup->duplicateRows())),
                       tr("%Ln cluster(s)", nullptr, clamp(m_nearDup->clusters.size())),
                       loc.toString(100.0 * double(m_nearDup->duplicateRows()) / double(rows), 'f', 1));
    const QString pii = m_pii->total() == 0 ? tr("Personal data and secrets: none found.")
                                            : tr("Personal data and secrets: %1 in %2.")
                                                  .arg(tr("%Ln finding(s)", nullptr, clamp(m_pii->total())),
                                                       tr("%Ln row(s)", nullptr, clamp(m_pii->rowsWithFindings)));
    m_summary->setText(nearDup + QLatin1Char(' ') + pii);
    m_table->clear();
    const auto addRow = [&](const QString& label, const auto& countOf, std::int64_t total) {
        QStringList cells{label};
        for (TextRole r : kRoles)
            cells << loc.toString(qlonglong(countOf(r)));
        cells << loc.toString(qlonglong(total));
        auto* item = new QTreeWidgetItem(m_table, cells);
        for (int c = 1; c < cells.size(); ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (std::size_t k = 0; k < m_pii->byKindRole.size(); ++k) {
        const auto kind = PiiKind(k);
        if (m_pii->ofKind(kind) == 0)
            continue;
        QTreeWidgetItem* item = addRow(
            piiName(kind), [&](TextRole r) { return m_pii->byKindRole[k][std::size_t(r)]; }, m_pii->ofKind(kind));
        item->setToolTip(0, QLatin1String(piiCode(kind)));
        item->setData(0, Qt::UserRole, int(piiBit(kind)));
    }
    // Tool and other texts are rare: their columns only when they have findings, so the kind
    // names keep their room in a docked view.
    for (int i = 0; i < int(std::size(kRoles)); ++i)
        m_table->setColumnHidden(1 + i, i >= 3 && m_pii->ofRole(kRoles[i]) == 0);
    QFont bold = font();
    bold.setBold(true);
    QTreeWidgetItem* all = addRow(
        tr("All kinds"), [&](TextRole r) { return m_pii->ofRole(r); }, m_pii->total());
    for (int c = 0; c < m_table->columnCount(); ++c)
        all->setFont(c, bold);
    all->setData(0, Qt::UserRole, int(kAllPiiKinds));
    m_table->setVisible(true);
    emit counted();
}

void CurationFigures::showRowsOf(QTreeWidgetItem* item)
{
    if (!item || !m_pii || m_pii->rowKinds.empty())
        return;
    const auto bits = std::uint16_t(item->data(0, Qt::UserRole).toUInt());
    std::vector<std::int64_t> rows;
    for (std::size_t r = 0; r < m_pii->rowKinds.size(); ++r)
        if (m_pii->rowKinds[r] & bits)
            rows.push_back(std::int64_t(r));
    emit rowsRequested(rows, bits == kAllPiiKinds ? tr("rows with personal data or secrets")
                                                  : tr("rows with %1").arg(item->text(0)));
}

} // namespace td
