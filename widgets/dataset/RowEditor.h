#pragma once

#include "dataset/RowJson.h"
#include "dataset/RowSearch.h"
#include "widgets/dataset/MessageBlock.h"

#include <QList>
#include <QPlainTextEdit>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace td {

class TextFieldBlock;

// The selected row as something a person reads and edits: a conversation as message blocks,
// an instruction as prompt and completion, a text row as its text, a preference row as its
// input conversation and its two answers; any row's sample weight and an assistant message's
// reasoning (2026 formats) too. Every change becomes new row bytes, sent through
// editRequested() (the pane turns it into an undo command).
class RowEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RowEditor(QWidget* parent = nullptr);

    // Shows a row. Bytes equal to what this editor itself just produced are not rebuilt, so
    // typing keeps its cursor.
    void showRow(std::int64_t pos, QByteArrayView bytes);
    void clear(const QString& message = {});
    std::int64_t position() const { return m_pos; }

    // Blocks built so far: a long conversation is built a screenful first, the rest in slices
    // between events (see buildMore), so opening a row never blocks the window for long.
    int messageCount() const { return int(m_blocks.size()); }
    bool isBuilding() const { return m_nextToBuild >= 0; }
    // Builds every remaining block now.
    void finishBuilding();
    MessageBlock* messageBlock(int i) const { return m_blocks.value(i); }
    TextFieldBlock* fieldBlock(const QString& key) const;
    // Toggles the weight of the message that has focus (or the last one focused).
    bool toggleFocusedWeight();
    // The message the user last put the cursor in since the row was shown, or -1.
    int focusedMessage() const { return m_chosen; }
    void addMessage();
    void toggleSystemPrompt();
    // Brings the message or field a JSON pointer names into view and focus, and marks its text:
    // all of it, or the bytes [spanStart, spanEnd) of it (UTF-8, as a finding of personal data
    // gives them), selected.
    bool revealPointer(const QString& pointer, qint64 spanStart = -1, qint64 spanEnd = -1, bool takeFocus = true);
    // Takes away the mark revealPointer left (a kind's heading chosen in the problems list is no
    // one problem); the search's marks stay.
    void clearProblemMark();
    // Marks where a search matches in the messages and fields its scope covers, in this row
    // and in the rows shown after it (null: no search).
    void setSearch(std::shared_ptr<const RowMatcher> matcher);
    // Scrolls to the first marked match and selects it, without taking the focus; false when
    // the row shows none.
    bool revealMatch();
    // The text editor the last reveal scrolled to (tests and screen readers), or null.
    QPlainTextEdit* revealedEditor() const { return m_revealedEditor; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void editRequested(qint64 pos, const QByteArray& bytes, const QString& mergeKey, const QString& text);

private:
    // The problem mark (and the span selected with it) off every text but `keep`.
    void unmarkProblem(QPlainTextEdit* keep);
    void rebuild();
    void commit(const QString& mergeKey, const QString& text, bool rebuildAfter);
    RowJson* messages();
    void buildMore(std::int64_t budgetNs);
    void addMessageBlock(const RowJson& m, int i, int count);
    void addField(const std::string& pointer, const QString& label, bool trained);
    // Puts the blocks built since the last call in the Tab chain, after this editor's buttons.
    void chainTabs();
    void onText(int index, const QString& text);
    void onRole(int index, const QString& role);
    void onWeight(int index, MessageBlock::Weight weight);
    void onRemove(int index);
    void onMove(int index, int delta);
    void onFieldText(const QString& pointer, const QString& text);
    void onReasoning(int index, const QString& text);
    void onReasoningToggled(int index, bool add);
    void onSampleWeight();
    void showSampleWeight();
    void markMatches(QPlainTextEdit* edit, bool covered);
    // Scrolls `target` into view now and again while the new blocks find their sizes, until
    // the user scrolls or types.
    void reveal(QWidget* target);
    void scrollToReveal();

    std::int64_t m_pos = -1;
    QByteArray m_shown;
    RowJson m_json;
    bool m_valid = false;
    std::string m_messagesPointer;
    int m_focused = -1;
    int m_chosen = -1;
    int m_nextToBuild = -1; // index of the next message block to build, -1 when all are built
    quint64 m_buildGeneration = 0;

    SampleWeight m_sample; // the row's (2026): a row weighted 0 trains nothing
    QLabel* m_header;
    QCheckBox* m_sampleWeightCheck;
    QDoubleSpinBox* m_sampleWeight;
    QPushButton* m_systemButton;
    QPushButton* m_addButton;
    QScrollArea* m_scroll;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QList<MessageBlock*> m_blocks;
    QList<TextFieldBlock*> m_fields;
    std::shared_ptr<const RowMatcher> m_search;
    QPointer<QWidget> m_revealTarget;
    QPointer<QPlainTextEdit> m_revealedEditor;
    int m_chainedBlocks = 0;           // message blocks already in the Tab chain
    QWidget* m_lastBlockTab = nullptr; // the last of their widgets in it
};

} // namespace td
