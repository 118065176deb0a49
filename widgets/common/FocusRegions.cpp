#include "widgets/common/FocusRegions.h"

#include <QApplication>
#include <QWidget>

namespace td {

namespace {

// The first control of `region` the keyboard can reach (the region itself if it takes the
// focus), in the Tab chain's order.
QWidget* firstFocusable(QWidget* region)
{
    if (!region || !region->isVisible() || !region->isEnabled())
        return nullptr;
    QWidget* w = region;
    do {
        if ((w == region || region->isAncestorOf(w)) && w->isVisible() && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus))
            return w;
        w = w->nextInFocusChain();
    } while (w && w != region);
    return nullptr;
}

} // namespace

void FocusRegions::add(std::function<QWidget*()> region)
{
    m_regions.push_back(std::move(region));
}

QWidget* FocusRegions::move(int step) const
{
    const int n = int(m_regions.size());
    if (n == 0)
        return nullptr;
    QWidget* focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < n && current < 0; ++i)
        if (QWidget* r = m_regions[std::size_t(i)](); r && focus && (r == focus || r->isAncestorOf(focus)))
            current = i;
    const int direction = step < 0 ? -1 : 1;
    int at = current >= 0 ? current : (direction > 0 ? -1 : n);
    for (int tried = 0; tried < n; ++tried) {
        at = ((at + direction) % n + n) % n;
        if (at == current)
            break;
        if (QWidget* target = firstFocusable(m_regions[std::size_t(at)]())) {
            target->setFocus(Qt::ShortcutFocusReason);
            return target;
        }
    }
    return nullptr;
}

} // namespace td
