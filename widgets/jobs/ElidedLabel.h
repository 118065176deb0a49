#pragma once

#include <QLabel>

namespace td {

// One line of text that never wraps: what does not fit loses its middle (an id or a model
// name keeps its start and its distinguishing end), the whole text in the tooltip and for
// screen readers.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void elide();

    QString m_full;
};

} // namespace td
