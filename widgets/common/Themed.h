#pragma once

#include "itemmodels/Theme.h"

#include <QObject>

class QAction;
class QChart;
class QValueAxis;
class QIcon;
class QWidget;

namespace td {

// Widgets drawn with Theme's colours, kept right when the palette changes (View › Appearance or
// the desktop switching between light and dark).
namespace themed {

// The widget's text in `role` (a label's error, a verdict), until clearTextRole().
void setTextRole(QWidget* widget, Theme::Role role);
void clearTextRole(QWidget* widget);
// A chart's background, axes, grid and legend from the palette, now and after each change.
void styleChart(QChart* chart);
// Labels an axis of a styled chart with whole numbers in the user's form ("12,500").
void setWholeNumberLabels(QValueAxis* axis);
// The desktop theme's icon `name`, or else the bundled :/icons/<name>.svg drawn in the palette's
// text colour (its #444 strokes were near-invisible on a dark window and read as disabled).
QIcon icon(const QString& name);
// The action's icon, drawn again after each palette change.
void setIcon(QAction* action, const QString& name);
// Calls `fn` after each palette change while `context` lives (redraw rich text, recolour series).
template<typename F>
void onChange(QObject* context, F fn)
{
    QObject::connect(Theme::notifier(), &Theme::changed, context, fn);
}

} // namespace themed
} // namespace td
