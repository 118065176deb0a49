#include "widgets/common/Themed.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QFile>
#include <QIcon>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QSvgRenderer>
#include <QValueAxis>
#include <QWidget>

namespace td::themed {

namespace {
const char* const kTextRole = "tdTextRole";

void applyTextRole(QWidget* widget)
{
    const QVariant role = widget->property(kTextRole);
    if (!role.isValid())
        return;
    const QColor c = Theme::color(Theme::Role(role.toInt()));
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, c);
    p.setColor(QPalette::Text, c);
    widget->setPalette(p);
}

void watchTextRoles()
{
    static bool watching = false;
    if (watching)
        return;
    watching = true;
    QObject::connect(Theme::notifier(), &Theme::changed, qApp, [] {
        for (QWidget* w : QApplication::allWidgets())
            applyTextRole(w);
    });
}

void applyChart(QChart* chart)
{
    const QPalette p = QApplication::palette();
    const QColor text = p.color(QPalette::Text);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QColor grid = Theme::isDark(p) ? p.color(QPalette::Light) : p.color(QPalette::Midlight).darker(108);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(Theme::color(Theme::Role::MaskedAccent, p));
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}
} // namespace

void setTextRole(QWidget* widget, Theme::Role role)
{
    watchTextRoles();
    widget->setProperty(kTextRole, int(role));
    applyTextRole(widget);
}

void clearTextRole(QWidget* widget)
{
    if (!widget->property(kTextRole).isValid())
        return;
    widget->setProperty(kTextRole, QVariant());
    widget->setPalette(QPalette());
}

void styleChart(QChart* chart)
{
    // Axis numbers in the user's form ("2,35" in German; the axes said "2.35").
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    applyChart(chart);
    onChange(chart, [chart] { applyChart(chart); });
}

void setWholeNumberLabels(QValueAxis* axis)
{
    // Not "%d": with localized numbers (styleChart) Qt Charts formats through QLocale and knows
    // only f, e and g there, and an axis labelled "%d" showed no numbers at all.
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

QIcon icon(const QString& name)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The bundled icons draw their lines in #444 and fill the lens in a pale blue: both follow
    // the palette, so they read the same in light and dark.
    const QPalette palette = QApplication::palette();
    QByteArray svg = file.readAll();
    svg.replace("#444", palette.color(QPalette::WindowText).name().toLatin1());
    svg.replace("#e8f0fb", palette.color(QPalette::Base).name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon out;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        out.addPixmap(pixmap); // disabled and selected forms are derived from it
    }
    return out;
}

void setIcon(QAction* action, const QString& name)
{
    action->setIcon(icon(name));
    onChange(action, [action, name] { action->setIcon(icon(name)); });
}

} // namespace td::themed
