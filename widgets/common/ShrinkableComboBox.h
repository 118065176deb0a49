#pragma once

#include <QComboBox>

namespace td {

// A combo box as wide as its longest entry when there is room, narrower (its text cut) when
// there is not: AdjustToContents alone also makes the longest entry its minimum, and a long
// connection name then widened the whole window.
class ShrinkableComboBox final : public QComboBox
{
public:
    explicit ShrinkableComboBox(QWidget* parent = nullptr)
        : QComboBox(parent)
    {
        setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }

    QSize minimumSizeHint() const override
    {
        QSize size = QComboBox::minimumSizeHint();
        size.setWidth(std::min(size.width(), fontMetrics().averageCharWidth() * 12 + 40));
        return size;
    }
};

} // namespace td
