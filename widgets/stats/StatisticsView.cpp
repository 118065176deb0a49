#include "widgets/stats/StatisticsView.h"

#include "query/DatasetFacts.h"
#include "widgets/common/Themed.h"
#include "widgets/stats/CurationFigures.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <QValueAxis>
#include <climits>

#include <cmath>

namespace td {

namespace {
constexpr int kWhereRole = Qt::UserRole + 1;
} // namespace

StatisticsView::StatisticsView(DatasetFacts* facts, QWidget* parent)
    : QWidget(parent)
    , m_facts(facts)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_charts(new QWidget(this))
    , m_chartsLayout(new QVBoxLayout(m_charts))
    , m_bars(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("statisticsView"));
    m_status->setObjectName(QStringLiteral("statisticsStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Open a dataset to see its statistics."));
    m_progress->setObjectName(QStringLiteral("statisticsProgress"));
    m_progress->setAccessibleName(tr("Reading the rows"));
    m_progress->setVisible(false);
    m_refresh->setObjectName(QStringLiteral("statisticsRefresh"));
    m_refresh->setToolTip(tr("Read every row again"));

    m_bars->setObjectName(QStringLiteral("statisticsBars"));
    m_bars->setAccessibleName(tr("Bars of every chart"));
    m_bars->setAccessibleDescription(tr("Press Enter on a bar to show its rows in the table"));
    m_bars->setHeaderLabels({tr("Bar"), tr("Rows")});
    m_bars->setRootIsDecorated(true);
    m_bars->header()->setStretchLastSection(false);
    m_bars->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_bars->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_chartsLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("statisticsCharts"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_charts);
    scroll->setFocusPolicy(Qt::NoFocus); // the list of bars is the keyboard's way to the same

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(m_bars);
    auto* curation = new CurationFigures(m_facts->document(), this);
    connect(curation, &CurationFigures::rowsRequested, this, &StatisticsView::rowsRequested);
    split->addWidget(curation);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 1);
    split->setSizes({600, 200, 160}); // the charts first; the list is the keyboard's way to them
    setMinimumWidth(340);             // bar labels and counts stay readable in a docked view

    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, m_facts, &DatasetFacts::refresh);
    connect(m_facts, &DatasetFacts::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        m_status->setText(tr("Reading the rows…"));
    });
    connect(m_facts, &DatasetFacts::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_facts, &DatasetFacts::ready, this, &StatisticsView::rebuild);
    connect(m_facts, &DatasetFacts::failed, this, [this](const Error& e) {
        m_progress->setVisible(false);
        m_status->setText(e.message);
    });
    connect(m_bars, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString where = item->data(0, kWhereRole).toString();
        if (!where.isEmpty())
            emit filterRequested(where);
    });
}

QString StatisticsView::statusText() const
{
    return m_status->text();
}

void StatisticsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_facts->setAutoRefresh(true);
}

void StatisticsView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_facts->setAutoRefresh(false);
}

void StatisticsView::rebuild()
{
    m_progress->setVisible(false);
    while (QLayoutItem* item = m_chartsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_bars->clear();
    const FactsSummary& s = m_facts->summary();
    const QLocale loc;
    const auto n = [](std::int64_t v) { return int(std::min<std::int64_t>(v, INT_MAX)); };
    // "0 distinct system prompts in 0 rows" read like a failure to count.
    m_status->setText(s.rowsWithSystemPrompt == 0
                          ? tr("%1; no system prompts").arg(tr("%Ln row(s)", nullptr, n(s.rows)))
                          : tr("%1; %2 in %3")
                                .arg(tr("%Ln row(s)", nullptr, n(s.rows)),
                                     tr("%Ln distinct system prompt(s)", nullptr, n(s.distinctSystemPrompts)),
                                     tr("%Ln row(s)", nullptr, n(s.rowsWithSystemPrompt))));
    for (const FactsChart& chart : s.charts) {
        if (chart.bars.empty())
            continue;
        m_chartsLayout->addWidget(makeChart(chart));
        auto* group = new QTreeWidgetItem(m_bars, {chart.title});
        group->setFlags(Qt::ItemIsEnabled);
        for (const FactsBar& bar : chart.bars) {
            auto* item = new QTreeWidgetItem(group, {bar.label, loc.toString(qlonglong(bar.rows))});
            item->setData(0, kWhereRole, bar.where);
            item->setToolTip(0, bar.where);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        group->setExpanded(true);
    }
    m_chartsLayout->addStretch(1);
}

QWidget* StatisticsView::makeChart(const FactsChart& chart)
{
    // Categories read top to bottom in the order given; a horizontal series draws its first
    // bar at the bottom, so those are added last first. A histogram of many bins lies on its
    // side too: in the dock's width eleven bins left each label 20 pixels, cut to "…".
    const int n = int(chart.bars.size());
    const bool horizontal = !chart.histogram || n > 6;
    auto barAt = [&](int i) -> const FactsBar& { return chart.bars[std::size_t(horizontal ? n - 1 - i : i)]; };
    auto* set = new QBarSet(chart.title);
    QStringList labels;
    std::vector<QString> wheres;
    qreal top = 0;
    for (int i = 0; i < n; ++i) {
        *set << qreal(barAt(i).rows);
        labels << (barAt(i).axisLabel.isEmpty() ? barAt(i).label : barAt(i).axisLabel);
        wheres.push_back(barAt(i).where);
        top = std::max(top, qreal(barAt(i).rows));
    }
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    // Whole numbers of rows: a step of 1, 2 or 5 times a power of ten, about four ticks.
    qreal step = 1;
    while (top / step > 5)
        step *= (QString::number(step).startsWith(QLatin1Char('2')) ? 2.5 : 2);
    auto* values = new QValueAxis;
    values->setRange(0, std::max<qreal>(std::ceil(top / step), 1) * step);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(step);
    themed::setWholeNumberLabels(values);
    auto* qchart = new QChart;
    qchart->setTitle(chart.title);
    qchart->legend()->hide();
    qchart->setMargins(QMargins(2, 2, 2, 2));
    QAbstractBarSeries* series = nullptr;
    if (horizontal) {
        auto* bars = new QHorizontalBarSeries;
        if (chart.histogram)
            bars->setBarWidth(0.95);
        series = bars;
        qchart->addSeries(series);
        qchart->addAxis(categories, Qt::AlignLeft);
        qchart->addAxis(values, Qt::AlignBottom);
    } else {
        auto* bars = new QBarSeries;
        bars->setBarWidth(0.95);
        series = bars;
        qchart->addSeries(series);
        qchart->addAxis(categories, Qt::AlignBottom);
        qchart->addAxis(values, Qt::AlignLeft);
    }
    series->append(set);
    series->attachAxis(categories);
    series->attachAxis(values);
    themed::styleChart(qchart);
    auto colour = [set] {
        const QColor bar = Theme::color(Theme::Role::ChartPrimary);
        set->setColor(bar);
        set->setBorderColor(bar);
    };
    colour();
    themed::onChange(set, colour);
    connect(set, &QBarSet::clicked, this, [this, wheres](int index) {
        if (index >= 0 && std::size_t(index) < wheres.size())
            emit filterRequested(wheres[std::size_t(index)]);
    });

    auto* view = new QChartView(qchart, m_charts);
    view->setObjectName(QStringLiteral("chart_") + chart.key);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::NoFocus);
    view->setCursor(Qt::PointingHandCursor);
    view->setAccessibleName(chart.title);
    QStringList description;
    for (const FactsBar& bar : chart.bars)
        description << QStringLiteral("%1: %2").arg(bar.label).arg(bar.rows);
    view->setAccessibleDescription(description.join(QStringLiteral("; ")));
    view->setToolTip(tr("Click a bar to show its rows in the table"));
    const int rows = int(chart.bars.size());
    view->setMinimumHeight(chart.histogram && !horizontal ? 200 : std::max(120, 60 + rows * 24));
    return view;
}

} // namespace td
