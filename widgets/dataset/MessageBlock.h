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
    // The message's reasoning (2026: `reasoning` or `reasoning_content` on assistant messages),
    // shown under its text when it has one; `editable` is false for a value that is not text.
    void setReasoning(bool present, const QString& text, bool editable);
    bool hasReasoning() const { return m_hasReasoning; }
    AutoHeightTextEdit* reasoningEdit() const { return m_reasoning; }
    // The row's sample weight: a row weighted 0 trains none of its messages.
    void setSampleWeight(SampleWeight sample);
    void setWeight(Weight weight);
    void setRole(const QString& role);
    int index() const { return m_index; }
    Weight weight() const { return m_weight; }
    QString role() const;
    AutoHeightTextEdit* textEdit() const { return m_text; }
    // Its controls in the order they are shown, for the Tab chain.
    QList<QWidget*> focusOrder() const;
    // Whether this message is trained on, given Together's defaults for an absent weight.
    bool isTrained() const;

signals:
    void textEdited(int index, const QString& text);
    void roleChosen(int index, const QString& role);
    void weightChosen(int index, td::MessageBlock::Weight weight);
    void reasoningEdited(int index, const QString& text);
    // Add (true) or remove (false) the message's reasoning.
    void reasoningToggled(int index, bool add);
    void removeRequested(int index);
    void moveRequested(int index, int delta);

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void updateLook();

    int m_index;
    bool m_trained = false;
    Weight m_weight = Weight::Absent;
    SampleWeight m_sample;
    bool m_hasReasoning = false;
    QComboBox* m_role;
    QToolButton* m_weightButton;
    QToolButton* m_reasoningButton;
    QLabel* m_reasoningLabel;
    AutoHeightTextEdit* m_reasoning;
    QLabel* m_state;
    QToolButton* m_up;
    QToolButton* m_down;
    QToolButton* m_remove;
    AutoHeightTextEdit* m_text;
};

// The frame shared by message and field blocks: a green bar for trained text, grey for masked.
void paintBlockFrame(QWidget* widget, bool trained);

} // namespace td
