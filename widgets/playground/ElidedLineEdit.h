#pragma once

#include <QLineEdit>

namespace td {

// A line edit that, while it does not have the focus, shows a text too long for it with its
// middle elided ("meta-llama/Meta-…-Instruct-Turbo") rather than scrolled to its end; editing
// shows the whole text as usual. For model names, whose start (the account) and end (the
// variant) both matter.
class ElidedLineEdit final : public QLineEdit
{
    Q_OBJECT

public:
    using QLineEdit::QLineEdit;

    // What is drawn while unfocused: the text, elided in the middle to the room there is.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect textArea() const;
};

} // namespace td
