#include "widgets/common/Themed.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
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
    applyChart(chart);
    onChange(chart, [chart] { applyChart(chart); });
}

} // namespace td::themed
