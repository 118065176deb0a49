#pragma once

#include <QPlainTextEdit>

namespace td {

// A plain text editor as tall as its text (within limits), so a conversation reads as one
// scrolling page instead of many small scroll areas.
class AutoHeightTextEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit AutoHeightTextEdit(QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateHeight();
    int m_height = 0;
};

} // namespace td
