#pragma once

#include "tokens/count/RowTokenCounter.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QTextEdit;

namespace td {

// One row token by token, as the model reads it: the rendered text with each token on its own
// shade (trained tokens in the trained colour), where Together's context length cuts the row,
// and, for the token under the mouse or at the text cursor, its number, id, text and whether it
// is trained. Counted by the same RowTokenCounter as the table's columns (one rule).
class TokenViewDialog final : public QDialog
{
    Q_OBJECT

public:
    TokenViewDialog(std::shared_ptr<const RowTokenCounter> counter, const QByteArray& row, std::int64_t rowNumber,
                    QWidget* parent = nullptr);

    // What the dialog says of the token at `position` in the shown text (tests, and the hover).
    QString tokenInfoAt(int position) const;
    // The text below the view: the token at the text cursor.
    QString cursorInfo() const;
    const RowTokenCount& count() const { return m_count; }
    QTextEdit* view() const { return m_text; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showSequence(int sequence);
    int tokenAt(int position) const;

    std::shared_ptr<const RowTokenCounter> m_counter;
    RowTokenCount m_count;
    int m_sequence = 0;
    std::vector<int> m_starts;      // where each shown token begins in the document (sorted)
    std::vector<int> m_shownTokens; // the token index of each entry of m_starts
    QLabel* m_summary;
    QComboBox* m_sequences;
    QTextEdit* m_text;
    QLabel* m_info;
};

} // namespace td
