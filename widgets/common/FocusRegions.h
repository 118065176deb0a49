#pragma once

#include <functional>
#include <vector>

class QWidget;

namespace td {

// The regions of a window that F6 and Shift+F6 move the keyboard between, as browsers and IDEs
// do (Tab walks every control of a region first: from the table to the Statistics view took 25
// presses). A region hidden or disabled now is skipped.
class FocusRegions
{
public:
    // `region` is asked each time (a pane's widget can change, or be null); `entry`, the
    // control inside it to focus (its first one in the Tab chain when not given).
    void add(std::function<QWidget*()> region, std::function<QWidget*()> entry = {});
    // Focuses the region after (step > 0) or before the one holding the focus (the first or last
    // when none does); returns the widget focused, or null when no region can take the focus.
    QWidget* move(int step) const;

private:
    struct Region
    {
        std::function<QWidget*()> widget, entry;
    };
    std::vector<Region> m_regions;
};

} // namespace td
