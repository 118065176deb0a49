#pragma once

#include <QFrame>

class QLabel;

namespace td {

class AutoHeightTextEdit;

// A labelled text field of a row that is not a message list: prompt, completion, text, or a
// preference row's preferred and rejected answers.
class TextFieldBlock final : public QFrame
{
    Q_OBJECT

public:
    TextFieldBlock(QString key, const QString& label, bool trained, QWidget* parent = nullptr);
    void setText(const QString& text, bool editable);
    QString key() const { return m_key; }
    AutoHeightTextEdit* textEdit() const { return m_text; }

signals:
    void textEdited(const QString& key, const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_key;
    bool m_trained;
    QLabel* m_label;
    AutoHeightTextEdit* m_text;
};

} // namespace td
