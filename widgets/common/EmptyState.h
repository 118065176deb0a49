#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace td {

// What a pane shows instead of an empty table: what is (not) there, and the next step as a
// button. One look for every pane.
class EmptyState final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget* parent = nullptr);
    void setText(const QString& title, const QString& body);
    QString text() const; // title and body, for tests
    // A button under the text; hidden ones take no room.
    QPushButton* addButton(const QString& text);

private:
    QLabel* m_title;
    QLabel* m_body;
    QWidget* m_buttons;
};

} // namespace td
