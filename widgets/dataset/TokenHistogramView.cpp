#include "widgets/dataset/TokenHistogramView.h"

#include "widgets/common/Themed.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace td {

namespace {

QString count(std::int64_t n)
{
    return QLocale().toString(qlonglong(n));
}

} // namespace

TokenHistogramView::TokenHistogramView(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("tokenHistogram"));
    m_view->setObjectName(QStringLiteral("tokenHistogramChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setCursor(Qt::PointingHandCursor);
    m_view->setAccessibleName(tr("Tokens per row"));
    m_view->setMinimumSize(520, 300);
    m_caption->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
    // The bars and the context line are drawn in the theme's colours: redraw when it changes.
    themed::onChange(this, [this] {
        const auto counts = m_counts;
        setCounts(counts);
    });
    setCounts(nullptr);
}

// QChartView::setChart does not delete the chart it replaces (each recount leaked one).
void TokenHistogramView::replaceChart(QChart* chart)
{
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void TokenHistogramView::setCounts(std::shared_ptr<const DatasetTokenCounts> counts)
{
    m_counts = std::move(counts);
    m_histogram = m_counts ? TokenHistogram::of(*m_counts) : TokenHistogram{};
    auto* chart = new QChart;
    chart->setTitle(tr("Tokens per row"));
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    themed::styleChart(chart);
    const int n = int(m_histogram.bins.size());
    if (n == 0) {
        replaceChart(chart);
        m_caption->setText(tr("Choose a tokenizer above the table to count every row's tokens."));
        return;
    }
    auto* set = new QBarSet(tr("Rows"));
    QStringList labels;
    QStringList description;
    for (const TokenHistogram::Bin& b : m_histogram.bins) {
        *set << qreal(b.rows);
        labels << (m_histogram.width >= 1000 && b.from > 0 ? QStringLiteral("%1k").arg(double(b.from) / 1000.0)
                                                           : count(b.from));
        description << tr("%1 to %2 tokens: %3 rows").arg(count(b.from), count(b.to - 1), count(b.rows));
    }
    set->setColor(Theme::color(Theme::Role::ChartPrimary));
    set->setBorderColor(Theme::color(Theme::Role::ChartPrimary));
    auto* bars = new QBarSeries;
    bars->setBarWidth(0.95);
    bars->append(set);
    chart->addSeries(bars);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTitleText(tr("tokens (bars of %1)").arg(count(m_histogram.width)));
    auto* values = new QValueAxis;
    values->setRange(0, std::max<qreal>(1, qreal(m_histogram.maxRows)));
    values->applyNiceNumbers(); // round ticks (0, 50, 100…) rather than fractions of the top
    themed::setWholeNumberLabels(values);
    values->setTitleText(tr("rows"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);
    // The context length as a vertical line, on a hidden axis that spans the categories.
    const std::int64_t limit = m_counts->maxSeqLength;
    QString limitText = tr("No context length is set: rows are not checked for truncation.");
    if (limit > 0) {
        auto* position = new QValueAxis;
        position->setRange(-0.5, n - 0.5);
        position->setVisible(false);
        chart->addAxis(position, Qt::AlignTop);
        auto* line = new QLineSeries;
        line->setName(tr("Context length"));
        const double x = std::min(m_histogram.axisPosition(limit), n - 0.5);
        line->append(x, 0);
        line->append(x, values->max());
        QPen pen(Theme::color(Theme::Role::ErrorMark));
        pen.setWidth(2);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(position);
        line->attachAxis(values);
        const std::int64_t over = m_counts->totals.truncatedRows;
        limitText = over > 0 ? tr("Red line: the context length, %1 tokens; %2 rows are longer and will be cut.")
                                   .arg(count(limit), count(over))
                             : tr("Red line: the context length, %1 tokens; every row fits.").arg(count(limit));
    }
    connect(set, &QBarSet::clicked, this, &TokenHistogramView::activateBar);
    replaceChart(chart);
    m_view->setAccessibleDescription(description.join(QStringLiteral("; ")));
    m_caption->setText(limitText + QLatin1Char(' ') + tr("Click a bar to show its rows in the table."));
}

void TokenHistogramView::activateBar(int index)
{
    if (!m_counts || index < 0 || index >= int(m_histogram.bins.size()))
        return;
    const TokenHistogram::Bin& b = m_histogram.bins[std::size_t(index)];
    emit rowsRequested(rowsWithTokens(*m_counts, b.from, b.to),
                       tr("rows of %1 to %2 tokens").arg(count(b.from), count(b.to - 1)));
}

} // namespace td
