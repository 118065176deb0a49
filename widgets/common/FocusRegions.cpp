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

void FocusRegions::add(std::function<QWidget*()> region, std::function<QWidget*()> entry)
{
    m_regions.push_back({std::move(region), std::move(entry)});
}

QWidget* FocusRegions::move(int step) const
{
    const int n = int(m_regions.size());
    if (n == 0)
        return nullptr;
    QWidget* focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < n && current < 0; ++i)
        if (QWidget* r = m_regions[std::size_t(i)].widget(); r && focus && (r == focus || r->isAncestorOf(focus)))
            current = i;
    const int direction = step < 0 ? -1 : 1;
    int at = current >= 0 ? current : (direction > 0 ? -1 : n);
    for (int tried = 0; tried < n; ++tried) {
        at = ((at + direction) % n + n) % n;
        if (at == current)
            break;
        const Region& region = m_regions[std::size_t(at)];
        QWidget* target = firstFocusable(region.widget());
        if (QWidget* entry = target && region.entry ? region.entry() : nullptr;
            entry && entry->isVisible() && entry->isEnabled())
            target = entry;
        if (target) {
            target->setFocus(Qt::ShortcutFocusReason);
            return target;
        }
    }
    return nullptr;
}

} // namespace td
