#include "widgets/dataset/RowEditor.h"
#include "dataset/RowSummary.h"

#include "dataset/Reasoning.h"
#include "widgets/common/AutoHeightTextEdit.h"
#include "widgets/dataset/TextFieldBlock.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace td {
namespace {

// The first slice builds about a screenful; later slices take at most half a frame each.
constexpr int kFirstSlice = 12;
constexpr std::int64_t kSliceNs = 8'000'000;

// The role of a message when it is a string ("" otherwise: a number or a list is no role).
std::string roleOf(const RowJson& m)
{
    if (!m.is_object())
        return {};
    auto it = m.find("role");
    return it != m.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A search match and a problem's text, marked in an editor: dark text on amber (and on light
// red) reads the same on light and dark palettes.
QTextEdit::ExtraSelection marked(QPlainTextEdit* edit, qsizetype start, qsizetype length, const QColor& background)
{
    QTextEdit::ExtraSelection sel;
    sel.cursor = QTextCursor(edit->document());
    sel.cursor.setPosition(int(start));
    sel.cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
    sel.format.setBackground(background);
    sel.format.setForeground(QColor(0x20, 0x20, 0x20));
    return sel;
}

const QColor kMatchColor(0xff, 0xd5, 0x4f);
const QColor kProblemColor(0xff, 0xcd, 0xd2);

QString stringOr(const RowJson& v, const QString& fallback)
{
    return v.is_string() ? toQString(v.get<std::string>()) : fallback;
}

} // namespace

RowEditor::RowEditor(QWidget* parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_sampleWeightCheck(new QCheckBox(tr("Sample weight"), this))
    , m_sampleWeight(new QDoubleSpinBox(this))
    , m_systemButton(new QPushButton(this))
    , m_addButton(new QPushButton(tr("Add message"), this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("rowEditor"));
    m_systemButton->setObjectName(QStringLiteral("systemPromptButton"));
    m_addButton->setObjectName(QStringLiteral("addMessageButton"));
    m_header->setObjectName(QStringLiteral("rowHeaderLabel"));
    m_header->setWordWrap(true);
    // Row text quoted in messages is shown as it is, never read as HTML.
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus); // its blocks take the focus; the scroll area follows it
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_sampleWeightCheck->setObjectName(QStringLiteral("sampleWeightCheckBox"));
    m_sampleWeight->setObjectName(QStringLiteral("sampleWeightSpinBox"));
    m_sampleWeight->setAccessibleName(tr("Sample weight value"));
    m_sampleWeightCheck->setToolTip(tr("The row's \"weight\": a number of 0 or more that multiplies the loss of the "
                                       "whole row (1 when absent; 0 trains nothing of it). Message weights still "
                                       "decide which messages are trained."));
    m_sampleWeight->setToolTip(m_sampleWeightCheck->toolTip());
    m_sampleWeight->setRange(0, 1000000);
    m_sampleWeight->setDecimals(4);
    m_sampleWeight->setSingleStep(0.1);
    m_sampleWeight->setValue(1);
    connect(m_sampleWeightCheck, &QCheckBox::toggled, this, &RowEditor::onSampleWeight);
    connect(m_sampleWeight, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_sampleWeightCheck->isChecked())
            onSampleWeight();
    });
    // A scroll the user asks for ends a reveal that was still following the layout.
    connect(m_scroll->verticalScrollBar(), &QAbstractSlider::actionTriggered, this,
            [this] { m_revealTarget = nullptr; });
    connect(m_systemButton, &QPushButton::clicked, this, &RowEditor::toggleSystemPrompt);
    connect(m_addButton, &QPushButton::clicked, this, &RowEditor::addMessage);

    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_sampleWeightCheck);
    top->addWidget(m_sampleWeight);
    top->addWidget(m_systemButton);
    top->addWidget(m_addButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    clear();
}

void RowEditor::clear(const QString& message)
{
    m_pos = -1;
    m_shown.clear();
    m_valid = false;
    m_json = RowJson();
    m_messagesPointer.clear();
    m_header->setText(message.isEmpty() ? tr("Select a row to read and edit it.") : message);
    rebuild();
}

void RowEditor::showRow(std::int64_t pos, QByteArrayView bytes)
{
    if (pos == m_pos && bytes == m_shown)
        return;
    const bool sameRow = pos == m_pos;
    const int scroll = m_scroll->verticalScrollBar()->value();
    m_pos = pos;
    m_shown = bytes.toByteArray();
    auto parsed = parseRow(bytes);
    m_valid = parsed.ok() && parsed->is_object();
    m_json = m_valid ? std::move(*parsed) : RowJson();
    m_messagesPointer.clear();
    if (!parsed.ok() && summarizeRow(bytes).status == ParseStatus::TrailingText)
        // Said as the table and the Checks pane say it (it read "not valid JSON").
        m_header->setText(tr("Row %1 is a JSON object followed by other text. Remove the text after the object in "
                             "the raw editor below, or use the Checks pane's fix.")
                              .arg(pos + 1));
    else if (!parsed.ok())
        m_header->setText(tr("Row %1 is not valid JSON (%2). Edit it as text in the raw editor below.")
                              .arg(pos + 1)
                              .arg(parsed.error().message));
    else if (!m_valid)
        m_header->setText(tr("Row %1 is JSON but not an object. Edit it in the raw editor below.").arg(pos + 1));
    rebuild();
    if (sameRow)
        m_scroll->verticalScrollBar()->setValue(scroll);
}

RowJson* RowEditor::messages()
{
    if (!m_valid || m_messagesPointer.empty())
        return nullptr;
    const RowJson::json_pointer ptr(m_messagesPointer);
    if (!m_json.contains(ptr))
        return nullptr;
    RowJson& v = m_json[ptr];
    return v.is_array() ? &v : nullptr;
}

TextFieldBlock* RowEditor::fieldBlock(const QString& key) const
{
    for (TextFieldBlock* f : m_fields)
        if (f->key() == key)
            return f;
    return nullptr;
}

void RowEditor::rebuild()
{
    ++m_buildGeneration;
    m_nextToBuild = -1;
    m_blocks.clear();
    m_fields.clear();
    m_chainedBlocks = 0;
    m_lastBlockTab = nullptr;
    m_focused = std::min(m_focused, 0);
    m_chosen = -1;
    delete m_content;
    m_revealTarget = nullptr;
    m_revealedEditor = nullptr;
    m_content = new QWidget;
    m_content->installEventFilter(this);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(8);

    bool conversation = false;
    m_sample = m_valid ? sampleWeightOfRow(m_json) : SampleWeight{};
    showSampleWeight();
    if (m_valid) {
        if (m_json.contains("messages")) {
            m_messagesPointer = "/messages";
            conversation = true;
            m_header->setText(tr("Conversation, row %1").arg(m_pos + 1));
        } else if (m_json.contains("input") && m_json.contains("preferred_output")) {
            m_messagesPointer = "/input/messages";
            conversation = true;
            m_header->setText(tr("Preference pair (DPO), row %1").arg(m_pos + 1));
        } else if (m_json.contains("prompt") || m_json.contains("completion")) {
            m_header->setText(tr("Instruction, row %1").arg(m_pos + 1));
            addField("/prompt", tr("Prompt"), false);
            addField("/completion", tr("Completion"), true);
        } else if (m_json.contains("text")) {
            m_header->setText(tr("Text, row %1").arg(m_pos + 1));
            addField("/text", tr("Text"), true);
        } else {
            m_header->setText(tr("Row %1 has none of the keys of a known format (messages, prompt/completion, text, "
                                 "input/preferred_output/non_preferred_output).")
                                  .arg(m_pos + 1));
        }
    }
    if (conversation) {
        if (RowJson* list = messages()) {
            m_nextToBuild = list->empty() ? -1 : 0;
            buildMore(-1);
        } else
            m_header->setText(m_header->text() + QLatin1Char('\n') +
                              tr("The messages are not a list: edit them in the raw editor."));
        if (m_messagesPointer == "/input/messages") {
            addField("/preferred_output/0/content", tr("Preferred answer"), true);
            addField("/non_preferred_output/0/content", tr("Rejected answer"), false);
        }
    }
    m_layout->addStretch(1);
    m_scroll->setWidget(m_content);
    chainTabs();

    RowJson* list = messages();
    const bool hasSystem = list && !list->empty() && roleOf((*list)[0]) == "system";
    m_systemButton->setVisible(list != nullptr);
    m_addButton->setVisible(list != nullptr);
    m_systemButton->setText(hasSystem ? tr("Remove system prompt") : tr("Add system prompt"));
    if (m_sample.kind == SampleWeight::Kind::Invalid)
        m_header->setText(m_header->text() + QLatin1Char('\n') +
                          tr("The sample weight %1 is not a number of 0 or more; Together rejects the row.")
                              .arg(toQString(m_json["weight"].dump())));
}

void RowEditor::showSampleWeight()
{
    const QSignalBlocker b1(m_sampleWeightCheck);
    const QSignalBlocker b2(m_sampleWeight);
    m_sampleWeightCheck->setVisible(m_valid);
    m_sampleWeight->setVisible(m_valid);
    m_sampleWeightCheck->setChecked(m_sample.kind != SampleWeight::Kind::Absent);
    m_sampleWeight->setEnabled(m_sample.kind != SampleWeight::Kind::Absent);
    m_sampleWeight->setValue(m_sample.kind == SampleWeight::Kind::Valid ? m_sample.value : 1.0);
}

void RowEditor::onSampleWeight()
{
    if (!m_valid)
        return;
    if (m_sampleWeightCheck->isChecked())
        m_json["weight"] = m_sampleWeight->value();
    else
        m_json.erase("weight");
    // The whole row's look depends on it (a row weighted 0 trains nothing): redrawn, one step
    // per change of the number while it is being typed.
    commit(QStringLiteral("sample-weight"), tr("Set the sample weight"), true);
}

void RowEditor::onReasoning(int index, const QString& text)
{
    RowJson* list = messages();
    if (!list || index >= int(list->size()) || !(*list)[std::size_t(index)].is_object())
        return;
    RowJson& m = (*list)[std::size_t(index)];
    const std::string_view key = reasoningKeyOf(m);
    m[std::string(key.empty() ? kReasoningKey : key)] = toStd(text);
    m_focused = index;
    commit(QStringLiteral("msg%1-reasoning").arg(index), tr("Edit the reasoning of message %1").arg(index + 1), false);
}

void RowEditor::onReasoningToggled(int index, bool add)
{
    finishBuilding();
    RowJson* list = messages();
    if (!list || index >= int(list->size()) || !(*list)[std::size_t(index)].is_object())
        return;
    RowJson& m = (*list)[std::size_t(index)];
    if (add) {
        m[std::string(kReasoningKey)] = "";
        commit({}, tr("Add reasoning to message %1").arg(index + 1), true);
        if (index < m_blocks.size())
            m_blocks[index]->reasoningEdit()->setFocus();
    } else {
        m.erase(std::string(kReasoningKey));
        m.erase(std::string(kReasoningContentKey));
        commit({}, tr("Remove the reasoning of message %1").arg(index + 1), true);
    }
}

void RowEditor::chainTabs()
{
    // Blocks are made after the rest of the window, so Qt puts them at the end of its Tab chain
    // (after the raw editor, the checks and the other panes): a keyboard user would not reach
    // the messages from the table. They go right after this editor's buttons, in the order shown.
    auto chain = [](QWidget* previous, const QList<QWidget*>& widgets) {
        for (QWidget* w : widgets)
            if (w->focusPolicy() & Qt::TabFocus) {
                QWidget::setTabOrder(previous, w);
                previous = w;
            }
        return previous;
    };
    QWidget* previous = m_lastBlockTab ? m_lastBlockTab : m_addButton;
    for (; m_chainedBlocks < m_blocks.size(); ++m_chainedBlocks)
        previous = chain(previous, m_blocks[m_chainedBlocks]->focusOrder());
    m_lastBlockTab = previous;
    for (TextFieldBlock* f : m_fields)
        previous = chain(previous, f->findChildren<QWidget*>());
}

void RowEditor::finishBuilding()
{
    while (m_nextToBuild >= 0)
        buildMore(std::numeric_limits<std::int64_t>::max());
}

void RowEditor::buildMore(std::int64_t budgetNs)
{
    RowJson* list = messages();
    if (!list || m_nextToBuild < 0)
        return;
    QElapsedTimer clock;
    clock.start();
    const int count = int(list->size());
    const int firstSliceEnd = m_nextToBuild + kFirstSlice;
    int height = 0;
    while (m_nextToBuild < count) {
        addMessageBlock((*list)[std::size_t(m_nextToBuild)], m_nextToBuild, count);
        ++m_nextToBuild;
        height += m_blocks.back()->sizeHint().height();
        // The first slice stops once the screen is full; later ones when their time is up.
        const bool done = budgetNs < 0 ? (m_nextToBuild >= firstSliceEnd || height > m_scroll->viewport()->height())
                                       : clock.nsecsElapsed() >= budgetNs;
        if (done)
            break;
    }
    if (budgetNs >= 0) // a later slice: the editor is in the window already
        chainTabs();
    if (m_nextToBuild >= count) {
        m_nextToBuild = -1;
        return;
    }
    const quint64 gen = m_buildGeneration;
    QTimer::singleShot(0, this, [this, gen] {
        if (gen == m_buildGeneration)
            buildMore(kSliceNs);
    });
}

void RowEditor::addMessageBlock(const RowJson& m, int i, int count)
{
    auto* block = new MessageBlock(i, m_content);
    QString role;
    QString text;
    bool editable = true;
    MessageBlock::Weight weight = MessageBlock::Weight::Absent;
    if (m.is_object()) {
        role = m.contains("role") ? stringOr(m["role"], toQString(m["role"].dump())) : QString();
        if (!m.contains("content") || m["content"].is_string()) {
            text = m.contains("content") ? toQString(m["content"].get<std::string>()) : QString();
        } else {
            text = toQString(m["content"].dump(2));
            editable = false;
        }
        weight = messageWeightOfMessage(m);
    } else {
        text = toQString(m.dump());
        editable = false;
    }
    block->setSampleWeight(m_sample);
    block->setMessage(role, text, editable, weight, i > 0, i + 1 < count);
    if (m.is_object()) {
        const std::string_view key = reasoningKeyOf(m);
        const std::string reasoning(kReasoningKey), reasoningContent(kReasoningContentKey);
        if (!key.empty())
            block->setReasoning(true, toQString(m.at(std::string(key)).get<std::string>()), true);
        else if (m.contains(reasoning) || m.contains(reasoningContent)) // not text: edited as raw JSON
            block->setReasoning(true, toQString(m.at(m.contains(reasoning) ? reasoning : reasoningContent).dump()),
                                false);
    }
    if (m_search) {
        markMatches(block->textEdit(), m_search->coversMessage(role));
        if (block->hasReasoning())
            markMatches(block->reasoningEdit(), m_search->coversMessage(role));
    }
    connect(block, &MessageBlock::textEdited, this, &RowEditor::onText);
    connect(block, &MessageBlock::roleChosen, this, &RowEditor::onRole);
    connect(block, &MessageBlock::weightChosen, this, &RowEditor::onWeight);
    connect(block, &MessageBlock::reasoningEdited, this, &RowEditor::onReasoning);
    connect(block, &MessageBlock::reasoningToggled, this, &RowEditor::onReasoningToggled);
    connect(block, &MessageBlock::removeRequested, this, &RowEditor::onRemove);
    connect(block, &MessageBlock::moveRequested, this, &RowEditor::onMove);
    connect(block->textEdit(), &QPlainTextEdit::cursorPositionChanged, this, [this, i, block] {
        m_focused = i;
        if (block->textEdit()->hasFocus())
            m_chosen = i;
        // Keep the caret in view while typing in a long conversation.
        if (block->textEdit()->hasFocus()) {
            const QRect caret = block->textEdit()->cursorRect();
            const QPoint at = block->textEdit()->viewport()->mapTo(m_content, caret.center());
            m_scroll->ensureVisible(at.x(), at.y(), 10, caret.height() + 20);
        }
    });
    // Message blocks come first in the layout, before any preference fields and the stretch.
    m_layout->insertWidget(int(m_blocks.size()), block);
    m_blocks.append(block);
}

void RowEditor::addField(const std::string& pointer, const QString& label, bool trained)
{
    const RowJson::json_pointer ptr(pointer);
    const bool present = m_json.contains(ptr);
    const RowJson value = present ? m_json[ptr] : RowJson();
    auto* block =
        new TextFieldBlock(QString::fromStdString(pointer), label, trained && !m_sample.trainsNothing(), m_content);
    if (!present || value.is_string())
        block->setText(present ? toQString(value.get<std::string>()) : QString(), true);
    else
        block->setText(toQString(value.dump(2)), false);
    if (m_search)
        markMatches(block->textEdit(), m_search->coversField(block->key()));
    connect(block, &TextFieldBlock::textEdited, this, &RowEditor::onFieldText);
    m_layout->addWidget(block);
    m_fields.append(block);
}

void RowEditor::commit(const QString& mergeKey, const QString& text, bool rebuildAfter)
{
    m_shown = serializeRow(m_json);
    m_revealTarget = nullptr; // typing: the view stays where the user is
    emit editRequested(m_pos, m_shown, mergeKey, text);
    if (rebuildAfter) {
        const int scroll = m_scroll->verticalScrollBar()->value();
        rebuild();
        m_scroll->verticalScrollBar()->setValue(scroll);
    }
}

void RowEditor::onText(int index, const QString& text)
{
    RowJson* list = messages();
    if (!list || index >= int(list->size()) || !(*list)[std::size_t(index)].is_object())
        return;
    m_focused = index;
    (*list)[std::size_t(index)]["content"] = toStd(text);
    commit(QStringLiteral("msg%1-text").arg(index), tr("Edit message %1").arg(index + 1), false);
}

void RowEditor::onRole(int index, const QString& role)
{
    RowJson* list = messages();
    if (!list || index >= int(list->size()) || !(*list)[std::size_t(index)].is_object())
        return;
    (*list)[std::size_t(index)]["role"] = toStd(role);
    commit(QStringLiteral("msg%1-role").arg(index), tr("Change role of message %1").arg(index + 1), false);
    m_blocks[index]->setRole(role);
}

void RowEditor::onWeight(int index, MessageBlock::Weight weight)
{
    RowJson* list = messages();
    if (!list || index >= int(list->size()) || !(*list)[std::size_t(index)].is_object())
        return;
    RowJson& m = (*list)[std::size_t(index)];
    if (weight == MessageBlock::Weight::Absent)
        m.erase("weight");
    else
        m["weight"] = weight == MessageBlock::Weight::One ? 1 : 0;
    m_focused = index;
    commit({}, tr("Set weight of message %1").arg(index + 1), false);
    m_blocks[index]->setWeight(weight);
}

bool RowEditor::toggleFocusedWeight()
{
    int index = -1;
    for (int i = 0; i < m_blocks.size(); ++i)
        if (m_blocks[i]->textEdit()->hasFocus())
            index = i;
    if (index < 0)
        index = m_focused;
    if (index < 0 || index >= m_blocks.size())
        return false;
    onWeight(index, m_blocks[index]->isTrained() ? MessageBlock::Weight::Zero : MessageBlock::Weight::One);
    return true;
}

void RowEditor::onRemove(int index)
{
    finishBuilding();
    RowJson* list = messages();
    if (!list || index >= int(list->size()))
        return;
    list->erase(list->begin() + index);
    commit({}, tr("Delete message %1").arg(index + 1), true);
}

void RowEditor::onMove(int index, int delta)
{
    finishBuilding();
    RowJson* list = messages();
    const int to = index + delta;
    if (!list || index >= int(list->size()) || to < 0 || to >= int(list->size()))
        return;
    std::swap((*list)[std::size_t(index)], (*list)[std::size_t(to)]);
    commit({}, tr("Move message %1").arg(index + 1), true);
}

void RowEditor::addMessage()
{
    finishBuilding();
    RowJson* list = messages();
    if (!list)
        return;
    // The natural next turn: a user message after an assistant (or nothing), else an assistant.
    std::string role = "user";
    if (!list->empty() && roleOf(list->back()) == "user")
        role = "assistant";
    list->push_back(RowJson{{"role", role}, {"content", ""}});
    commit({}, tr("Add message"), true);
    if (!m_blocks.isEmpty())
        m_blocks.back()->textEdit()->setFocus();
}

void RowEditor::toggleSystemPrompt()
{
    finishBuilding();
    RowJson* list = messages();
    if (!list)
        return;
    if (!list->empty() && roleOf((*list)[0]) == "system") {
        list->erase(list->begin());
        commit({}, tr("Remove system prompt"), true);
    } else {
        list->insert(list->begin(), RowJson{{"role", "system"}, {"content", ""}});
        commit({}, tr("Add system prompt"), true);
        if (!m_blocks.isEmpty())
            m_blocks.front()->textEdit()->setFocus();
    }
}

void RowEditor::onFieldText(const QString& pointer, const QString& text)
{
    if (!m_valid)
        return;
    m_json[RowJson::json_pointer(toStd(pointer))] = toStd(text);
    commit(QStringLiteral("field-") + pointer, tr("Edit %1").arg(pointer.mid(1)), false);
}

} // namespace td

namespace td {

bool RowEditor::revealPointer(const QString& pointer, qint64 spanStart, qint64 spanEnd, bool takeFocus)
{
    QWidget* target = nullptr;
    QPlainTextEdit* text = nullptr;
    const QString prefix = QString::fromStdString(m_messagesPointer) + QLatin1Char('/');
    if (!m_messagesPointer.empty() && pointer.startsWith(prefix)) {
        bool ok = false;
        const QString rest = pointer.mid(prefix.size());
        const int index = rest.section(QLatin1Char('/'), 0, 0).toInt(&ok);
        finishBuilding();
        if (ok && index >= 0 && index < m_blocks.size()) {
            MessageBlock* block = m_blocks[index];
            target = block;
            const QString key = rest.section(QLatin1Char('/'), 1, 1);
            text = block->hasReasoning() && key.startsWith(QLatin1String("reasoning")) ? block->reasoningEdit()
                                                                                       : block->textEdit();
        }
    }
    for (TextFieldBlock* f : m_fields)
        if (pointer == f->key() || pointer.startsWith(f->key() + QLatin1Char('/'))) {
            target = f;
            text = f->textEdit();
        }
    if (!target)
        return false;
    // The text the problem is about, or its span, marked (the search's marks stay beside it).
    // The span is in UTF-8 bytes of the text as stored; the editor counts UTF-16 units. A
    // pointer into a list of parts ("…/content/1/text") is shown whole.
    int start = 0, length = text->document()->characterCount() - 1;
    bool span = false;
    if (spanStart >= 0 && spanEnd > spanStart && !pointer.contains(QLatin1String("/content/"))) {
        const QByteArray utf8 = text->toPlainText().toUtf8();
        if (spanEnd <= utf8.size()) {
            start = int(QString::fromUtf8(utf8.left(spanStart)).size());
            length = int(QString::fromUtf8(utf8.mid(spanStart, spanEnd - spanStart)).size());
            span = true;
        }
    }
    // One problem marked at a time: the mark of the one shown before goes, wherever it was (they
    // added up, two or three spans marked at once), and its span is no longer selected; the
    // search's marks stay.
    unmarkProblem(text);
    QList<QTextEdit::ExtraSelection> marks = text->extraSelections();
    marks.prepend(marked(text, start, length, kProblemColor));
    text->setExtraSelections(marks);
    m_revealedEditor = text;
    reveal(target);
    if (span) { // selected too, so the cursor (and a screen reader) is on it
        QTextCursor cursor(text->document());
        cursor.setPosition(start);
        cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);
        text->ensureCursorVisible();
    }
    if (takeFocus)
        text->setFocus(Qt::OtherFocusReason);
    return true;
}

void RowEditor::clearProblemMark()
{
    unmarkProblem(nullptr);
}

void RowEditor::unmarkProblem(QPlainTextEdit* keep)
{
    auto unmark = [keep](QPlainTextEdit* edit) {
        if (edit != keep && edit->textCursor().hasSelection()) { // the span chosen before, too
            QTextCursor cursor = edit->textCursor();
            cursor.clearSelection();
            edit->setTextCursor(cursor);
        }
        QList<QTextEdit::ExtraSelection> marks = edit->extraSelections();
        const auto n = marks.removeIf(
            [](const QTextEdit::ExtraSelection& s) { return s.format.background().color() == kProblemColor; });
        if (n > 0)
            edit->setExtraSelections(marks);
    };
    for (MessageBlock* b : std::as_const(m_blocks)) {
        unmark(b->textEdit());
        if (b->hasReasoning())
            unmark(b->reasoningEdit());
    }
    for (TextFieldBlock* f : std::as_const(m_fields))
        unmark(f->textEdit());
}

void RowEditor::setSearch(std::shared_ptr<const RowMatcher> matcher)
{
    m_search = matcher && matcher->error().isEmpty() ? std::move(matcher) : nullptr;
    for (MessageBlock* b : std::as_const(m_blocks)) {
        const bool covered = m_search && m_search->coversMessage(b->role());
        markMatches(b->textEdit(), covered);
        if (b->hasReasoning())
            markMatches(b->reasoningEdit(), covered);
    }
    for (TextFieldBlock* f : std::as_const(m_fields))
        markMatches(f->textEdit(), m_search && m_search->coversField(f->key()));
}

void RowEditor::markMatches(QPlainTextEdit* edit, bool covered)
{
    QList<QTextEdit::ExtraSelection> marks;
    if (covered && m_search)
        for (const auto& [start, length] : m_search->spansIn(edit->toPlainText()))
            marks.append(marked(edit, start, length, kMatchColor));
    edit->setExtraSelections(marks);
}

bool RowEditor::revealMatch()
{
    if (!m_search)
        return false;
    finishBuilding();
    QList<std::pair<QWidget*, QPlainTextEdit*>> places;
    for (MessageBlock* b : std::as_const(m_blocks)) {
        places.append({b, b->textEdit()});
        if (b->hasReasoning())
            places.append({b, b->reasoningEdit()});
    }
    for (TextFieldBlock* f : std::as_const(m_fields))
        places.append({f, f->textEdit()});
    for (const auto& [block, edit] : places) {
        const auto marks = edit->extraSelections();
        if (marks.isEmpty())
            continue;
        // The match selected in its editor, and the editor scrolled to it (a long message
        // scrolls inside its own box).
        edit->setTextCursor(marks.front().cursor);
        edit->ensureCursorVisible();
        m_revealedEditor = edit;
        reveal(block);
        return true;
    }
    return false;
}

void RowEditor::reveal(QWidget* target)
{
    m_revealTarget = target;
    scrollToReveal();
}

void RowEditor::scrollToReveal()
{
    if (!m_revealTarget)
        return;
    m_scroll->ensureWidgetVisible(m_revealTarget, 0, 40);
    // The caret (a match's start) too, when the block is taller than the view.
    if (m_revealedEditor && m_revealTarget->isAncestorOf(m_revealedEditor)) {
        const QRect caret = m_revealedEditor->cursorRect();
        const QPoint at = m_revealedEditor->viewport()->mapTo(m_content, caret.center());
        m_scroll->ensureVisible(at.x(), at.y(), 10, caret.height() + 20);
    }
}

bool RowEditor::eventFilter(QObject* watched, QEvent* event)
{
    // New blocks learn their heights over a few layout passes after they are shown: a reveal
    // follows them until the user scrolls or types.
    if (watched == m_content && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) &&
        m_revealTarget) {
        QPointer<QWidget> target = m_revealTarget;
        QTimer::singleShot(0, this, [this, target] {
            if (target && target == m_revealTarget)
                scrollToReveal();
        });
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace td
