#include "widgets/curation/NearDuplicatesDialog.h"

#include "core/Worker.h"
#include "curation/WordDiff.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/CurationEdits.h"
#include "itemmodels/DatasetSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace td {

namespace {

// Up to a dozen of the changed words, quoted ("none" when there are none).
QString someWords(const QStringList& words, const std::vector<bool>& changed)
{
    QStringList out;
    int more = 0;
    for (std::size_t i = 0; i < changed.size() && i < std::size_t(words.size()); ++i)
        if (changed[i] && !out.contains(QStringLiteral("“%1”").arg(words[qsizetype(i)].left(40)))) { // each once
            if (out.size() < 12)
                out << QStringLiteral("“%1”").arg(words[qsizetype(i)].left(40));
            else
                ++more;
        }
    if (out.isEmpty())
        return NearDuplicatesDialog::tr("none");
    QString text = out.join(QLatin1Char(' '));
    if (more > 0)
        text += NearDuplicatesDialog::tr(" and %n more", nullptr, more);
    return text;
}

NearDupParams paramsFor(int scope)
{
    NearDupParams p;
    p.scope = TextScope(scope);
    return p;
}

} // namespace

NearDuplicatesDialog::NearDuplicatesDialog(DatasetSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_scope(new QComboBox(this))
    , m_params(new QLabel(this))
    , m_find(new QPushButton(tr("&Find"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_clusters(new QListWidget(this))
    , m_rows(new QListWidget(this))
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_left(new QTextBrowser(this))
    , m_right(new QTextBrowser(this))
    , m_difference(new QLabel(this))
    , m_keepHint(new QLabel(this))
    , m_allClusters(new QCheckBox(tr("Apply to &all clusters"), this))
    , m_keepFirst(new QPushButton(tr("Keep the fir&st"), this))
    , m_keepLongest(new QPushButton(tr("Keep the &longest"), this))
    , m_keepShown(new QPushButton(tr("Keep the row on the &right"), this))
{
    setWindowTitle(tr("Near-Duplicates"));
    setObjectName(QStringLiteral("nearDuplicatesDialog"));
    m_scope->addItem(tr("Whole rows (not system prompts)"), int(TextScope::Row));
    m_scope->addItem(tr("User turns only"), int(TextScope::User));
    m_scope->addItem(tr("Assistant turns only"), int(TextScope::Assistant));
    m_scope->setAccessibleName(tr("Compare"));
    m_params->setWordWrap(true);
    m_params->setAccessibleName(tr("Search parameters"));
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Search progress"));
    m_clusters->setAccessibleName(tr("Clusters, largest first"));
    m_clusters->setObjectName(QStringLiteral("clusterList"));
    m_summary->setObjectName(QStringLiteral("nearDupSummary"));
    m_rows->setAccessibleName(tr("Rows of the cluster"));
    m_rows->setObjectName(QStringLiteral("clusterRows"));
    m_left->setObjectName(QStringLiteral("firstRowText"));
    m_right->setObjectName(QStringLiteral("comparedRowText"));
    m_left->setAccessibleName(tr("The cluster's first row"));
    m_right->setAccessibleName(tr("The row compared with it"));
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepLongest->setObjectName(QStringLiteral("keepLongest"));
    m_keepShown->setObjectName(QStringLiteral("keepShown"));
    m_allClusters->setObjectName(QStringLiteral("allClusters"));

    auto* scopeLabel = new QLabel(tr("&Compare:"), this);
    scopeLabel->setBuddy(m_scope);
    auto* top = new QHBoxLayout;
    top->addWidget(scopeLabel);
    top->addWidget(m_scope);
    top->addWidget(m_find);
    top->addWidget(m_progress, 1);

    // Each list under a heading of its own (its accessible name said what it was, but nothing
    // on the screen did).
    auto* lists = new QSplitter(Qt::Vertical, this);
    for (auto [heading, list] :
         {std::pair{tr("Cl&usters, largest first"), m_clusters}, std::pair{tr("R&ows of the cluster"), m_rows}}) {
        auto* pane = new QWidget(lists);
        auto* column = new QVBoxLayout(pane);
        column->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(heading, pane);
        label->setBuddy(list);
        column->addWidget(label);
        column->addWidget(list, 1);
        lists->addWidget(pane);
    }
    // Each text under the row it is, and below both how they differ.
    auto* texts = new QSplitter(Qt::Horizontal, this);
    for (auto [title, text] : {std::pair{m_leftTitle, m_left}, std::pair{m_rightTitle, m_right}}) {
        auto* side = new QWidget(texts);
        auto* column = new QVBoxLayout(side);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(title);
        column->addWidget(text, 1);
        title->setBuddy(text);
        texts->addWidget(side);
    }
    showEmptyTitles();
    auto* compared = new QWidget(this);
    auto* comparedColumn = new QVBoxLayout(compared);
    comparedColumn->setContentsMargins(0, 0, 0, 0);
    comparedColumn->addWidget(texts, 1);
    comparedColumn->addWidget(m_difference);
    m_difference->setObjectName(QStringLiteral("pairDifference"));
    m_difference->setWordWrap(true);
    auto* main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(lists);
    main->addWidget(compared);
    main->setStretchFactor(1, 3);

    m_keepHint->setObjectName(QStringLiteral("keepHint"));
    m_keepHint->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_allClusters);
    actions->addWidget(m_keepHint, 1);
    actions->addWidget(m_keepFirst);
    actions->addWidget(m_keepLongest);
    actions->addWidget(m_keepShown);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_params);
    layout->addWidget(m_summary);
    layout->addWidget(main, 1);
    layout->addLayout(actions);
    layout->addWidget(close);
    resize(1000, 640);

    // What a cluster is in plain words first; the method's parameters after it, for those who
    // tune them (the CLI prints the same).
    const auto showParams = [this] {
        const NearDupParams p = paramsFor(m_scope->currentData().toInt());
        m_params->setText(tr("Rows that share at least %1 % of their %2-word phrases form a cluster.")
                              .arg(qRound(p.threshold * 100))
                              .arg(p.shingleWords) +
                          QLatin1Char('\n') + tr("Method: %1").arg(describeParams(p)));
    };
    showParams();
    connect(m_scope, &QComboBox::currentIndexChanged, this, showParams);
    // Clusters of another scope are not this one's: they go until Find is pressed again.
    connect(m_scope, &QComboBox::activated, this, [this] {
        if (m_result && !m_searching && m_result->params.scope != TextScope(m_scope->currentData().toInt())) {
            m_result.reset();
            m_summary->clear();
            showResult();
        }
    });
    connect(m_find, &QPushButton::clicked, this, &NearDuplicatesDialog::find);
    connect(m_clusters, &QListWidget::currentRowChanged, this, &NearDuplicatesDialog::showCluster);
    connect(m_rows, &QListWidget::currentRowChanged, this, &NearDuplicatesDialog::showPair);
    connect(m_keepFirst, &QPushButton::clicked, this, [this] { keep(KeepRule::First); });
    connect(m_keepLongest, &QPushButton::clicked, this, [this] { keep(KeepRule::Longest); });
    connect(m_keepShown, &QPushButton::clicked, this, [this] { keep(KeepRule::Picked); });
    connect(m_allClusters, &QCheckBox::toggled, m_keepShown, [this](bool all) {
        m_keepShown->setEnabled(!all && m_result && !m_result->clusters.empty());
        updateKeepHint();
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showResult();
}

NearDuplicatesDialog::~NearDuplicatesDialog()
{
    if (m_cancel)
        *m_cancel = true;
    m_work.waitForFinished();
}

void NearDuplicatesDialog::find()
{
    if (m_searching) { // the button says Cancel meanwhile
        *m_cancel = true;
        return;
    }
    m_searching = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_snapshot = m_session->document()->snapshot();
    m_find->setText(tr("Ca&ncel"));
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_summary->setText(tr("Searching…"));
    m_left->setPlaceholderText(QString());
    NearDupOptions options;
    options.cancel = m_cancel.get();
    QPointer<QProgressBar> bar = m_progress;
    options.progress = [bar](std::int64_t done, std::int64_t total) {
        QMetaObject::invokeMethod(
            bar,
            [bar, done, total] {
                if (bar && total > 0) {
                    bar->setRange(0, 1000);
                    bar->setValue(int(done * 1000 / total));
                }
            },
            Qt::QueuedConnection);
    };
    const DocumentSnapshot snap = m_snapshot;
    const NearDupParams params = paramsFor(m_scope->currentData().toInt());
    auto cancel = m_cancel;
    m_work = runInBackground(
        this, [snap, params, options, cancel] { return findNearDuplicates(snap, params, options); },
        [this](Result<NearDupResult> r) {
            m_searching = false;
            m_find->setText(tr("&Find"));
            m_progress->setVisible(false);
            if (!r) {
                m_result.reset();
                m_summary->setText(r.error().message);
            } else if (r->cancelled) {
                m_result.reset();
                m_summary->setText(tr("The search was cancelled."));
            } else {
                m_result = std::move(*r);
            }
            showResult();
            m_afterKeep = -1;
            emit searchFinished();
        });
}

void NearDuplicatesDialog::showResult()
{
    m_clusters->clear();
    const bool any = m_result && !m_result->clusters.empty();
    for (QWidget* w : std::initializer_list<QWidget*>{m_keepFirst, m_keepLongest, m_keepShown, m_allClusters})
        w->setEnabled(any);
    m_keepShown->setEnabled(any && !m_allClusters->isChecked()); // one picked row is one cluster's
    // What the empty panes mean: nothing searched yet, or nothing found.
    m_left->setPlaceholderText(!m_result ? tr("Press Find to search the rows for ones that are nearly the same.")
                               : any     ? QString()
                                         : tr("No near-duplicates in this scope: no two rows share enough of "
                                                  "their words. Try another scope, or look for exact duplicates "
                                                  "among the checks."));
    if (!m_result) {
        showCluster();
        return;
    }
    m_summary->setText(
        tr("%n cluster(s), %1 rows beyond each cluster's first, in %2 rows.", nullptr, int(m_result->clusters.size()))
            .arg(m_result->duplicateRows())
            .arg(m_result->rows));
    for (std::size_t i = 0; i < m_result->clusters.size(); ++i)
        m_clusters->addItem(tr("Cluster %1: %n row(s), from row %2", nullptr, int(m_result->clusters[i].rows.size()))
                                .arg(i + 1)
                                .arg(m_result->clusters[i].rows.front() + 1));
    if (m_afterKeep >= 0)
        m_summary->setText(tr("Rows removed (Undo puts them back). ") + m_summary->text());
    if (any)
        m_clusters->setCurrentRow(std::min(std::max(m_afterKeep, 0), m_clusters->count() - 1));
    else
        showCluster();
    m_afterKeep = -1;
}

// With no pair shown the titles still say which side is which (an empty label left the
// panes' labels empty for a screen reader).
void NearDuplicatesDialog::showEmptyTitles()
{
    m_leftTitle->setText(tr("The cluster's first row"));
    m_rightTitle->setText(tr("The row compared with it"));
}

void NearDuplicatesDialog::showCluster()
{
    m_rows->clear();
    const int c = m_clusters->currentRow();
    if (!m_result || c < 0 || std::size_t(c) >= m_result->clusters.size()) {
        m_left->clear();
        m_right->clear();
        showEmptyTitles();
        m_difference->clear();
        m_keepHint->clear();
        return;
    }
    for (std::int64_t r : m_result->clusters[std::size_t(c)].rows)
        m_rows->addItem(tr("Row %1 (%2 bytes)").arg(r + 1).arg(m_snapshot.rowView(r).size()));
    m_rows->setCurrentRow(1);
    updateKeepHint();
}

// A Keep removes rows the panes may not show (a cluster of five shows two at a time): how
// many, before it is pressed.
void NearDuplicatesDialog::updateKeepHint()
{
    const int c = m_clusters->currentRow();
    if (!m_result || m_result->clusters.empty() || c < 0) {
        m_keepHint->clear();
        return;
    }
    if (m_allClusters->isChecked()) {
        m_keepHint->setText(tr("Each Keep keeps one row of every cluster and removes the other %n row(s).", nullptr,
                               int(m_result->duplicateRows())));
        return;
    }
    const int size = int(m_result->clusters[std::size_t(c)].rows.size());
    m_keepHint->setText(
        tr("Each Keep keeps one row of this cluster's %1 and removes the other %n.", nullptr, size - 1).arg(size));
}

void NearDuplicatesDialog::showPair()
{
    const int c = m_clusters->currentRow(), r = m_rows->currentRow();
    if (!m_result || c < 0 || r < 0)
        return;
    const NearDupCluster& cluster = m_result->clusters[std::size_t(c)];
    const TextScope scope = m_result->params.scope;
    const QString left = scopeText(m_snapshot.rowView(cluster.rows.front()), scope);
    const QString right = scopeText(m_snapshot.rowView(cluster.rows[std::size_t(r)]), scope);
    const WordDiff d = diffWords(left, right);
    m_left->setHtml(diffHtml(d.left, d.leftChanged, left));
    m_right->setHtml(diffHtml(d.right, d.rightChanged, right));
    m_leftTitle->setText(tr("Row %1, the cluster's first").arg(cluster.rows.front() + 1));
    m_rightTitle->setText(tr("Row %1").arg(cluster.rows[std::size_t(r)] + 1));
    const auto changed = [](const std::vector<bool>& v) { return int(std::count(v.begin(), v.end(), true)); };
    const int removed = changed(d.leftChanged), added = changed(d.rightChanged);
    if (r == 0)
        m_difference->setText(tr("The same row on both sides: choose another row of the cluster to compare."));
    else if (left == right)
        m_difference->setText(tr("The same text in this scope."));
    else if (removed == 0 && added == 0)
        m_difference->setText(tr("The same words: only white space differs (spaces, tabs or line breaks)."));
    else
        // The words themselves, not only their counts: the highlight is seen, this is also read.
        m_difference->setText(tr("Highlighted: words only on the left (%1): %2; only on the right (%3): %4.")
                                  .arg(removed)
                                  .arg(someWords(d.left, d.leftChanged))
                                  .arg(added)
                                  .arg(someWords(d.right, d.rightChanged)));
}

void NearDuplicatesDialog::keep(KeepRule rule)
{
    if (!m_result)
        return;
    const int c = m_clusters->currentRow();
    int removed = 0;
    if (m_allClusters->isChecked()) {
        if (rule == KeepRule::Picked) // a picked row is one cluster's (its button is off meanwhile)
            return;
        removed = removeNearDuplicates(*m_session, m_result->clusters, rule, m_snapshot);
    } else if (c >= 0) {
        const NearDupCluster& cluster = m_result->clusters[std::size_t(c)];
        const int r = std::max(0, m_rows->currentRow());
        removed = removeNearDuplicates(*m_session, {cluster}, rule, m_snapshot, cluster.rows[std::size_t(r)]);
    }
    if (removed <= 0)
        return; // nothing changed: the list stays, and nothing says rows were removed
    // The rows are gone: what is listed no longer matches the document, so the search runs
    // again (on a worker, with its progress and Cancel) and the list comes back without them.
    m_afterKeep = std::max(c, 0);
    m_result.reset();
    showResult();
    find();
}

} // namespace td
