#pragma once

#include "dataset/MessageWeight.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QToolButton;

namespace td {

class AutoHeightTextEdit;

// One message of a conversation: its role, its text and its weight, with trained text set
// apart from masked text at a glance.
class MessageBlock final : public QFrame
{
    Q_OBJECT

public:
    // Weight as stored: absent, 0, 1, or something invalid (shown, but only settable to 0/1).
    using Weight = MessageWeight;

    MessageBlock(int index, QWidget* parent = nullptr);

    void setMessage(const QString& role, const QString& text, bool textEditable, Weight weight, bool canMoveUp,
                    bool canMoveDown);
    void setWeight(Weight weight);
    void setRole(const QString& role);
    int index() const { return m_index; }
    Weight weight() const { return m_weight; }
    QString role() const;
    AutoHeightTextEdit* textEdit() const { return m_text; }
    // Whether this message is trained on, given Together's defaults for an absent weight.
    bool isTrained() const;

signals:
    void textEdited(int index, const QString& text);
    void roleChosen(int index, const QString& role);
    void weightChosen(int index, td::MessageBlock::Weight weight);
    void removeRequested(int index);
    void moveRequested(int index, int delta);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateLook();

    int m_index;
    bool m_trained = false;
    Weight m_weight = Weight::Absent;
    QComboBox* m_role;
    QToolButton* m_weightButton;
    QLabel* m_state;
    QToolButton* m_up;
    QToolButton* m_down;
    QToolButton* m_remove;
    AutoHeightTextEdit* m_text;
};

// The frame shared by message and field blocks: a green bar for trained text, grey for masked.
void paintBlockFrame(QWidget* widget, bool trained);

} // namespace td
