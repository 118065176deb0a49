#include "widgets/dataset/RawJsonEditor.h"

#include "dataset/JsonLocator.h"
#include "dataset/RowJson.h"
#include "widgets/common/Themed.h"

#include <QApplication>
#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>

namespace td {

namespace {
constexpr int kErrorIndicator = 8;
constexpr int kProblemIndicator = 9;
constexpr int kTypingPauseMs = 300;
constexpr qsizetype kMaxWrappedBytes = 64 * 1024;
} // namespace

bool RawJsonEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            focusNextPrevChild(forward);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

RawJsonEditor::RawJsonEditor(QWidget* parent)
    : QWidget(parent)
    , m_editor(new QsciScintilla(this))
    , m_lexer(new QsciLexerJSON(m_editor))
    , m_pretty(new QCheckBox(tr("Indented"), this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("rawJsonEditor"));
    m_editor->setObjectName(QStringLiteral("rawJsonScintilla"));
    m_editor->setAccessibleName(tr("Row as raw JSON"));
    // Tab and Shift+Tab leave the editor (Scintilla would indent): a keyboard user is never
    // trapped in it. The row is indented for reading anyway.
    m_editor->installEventFilter(this);
    m_pretty->setObjectName(QStringLiteral("prettyCheckBox"));
    m_pretty->setToolTip(tr("Show the row indented for reading; it is saved compact, on one line"));
    m_pretty->setChecked(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setDefaultFont(mono);
    m_lexer->setFont(mono);
    m_editor->setLexer(m_lexer);
    m_editor->setUtf8(true);
    m_editor->setWrapMode(QsciScintilla::WrapWord);
    m_editor->setMarginType(0, QsciScintilla::NumberMargin);
    m_editor->setMarginWidth(0, QStringLiteral("00000"));
    m_editor->setCaretLineVisible(true);
    m_editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_editor->setIndentationsUseTabs(false);
    m_editor->setIndentationWidth(2);
    m_editor->setAutoIndent(true);
    m_editor->indicatorDefine(QsciScintilla::SquiggleIndicator, kErrorIndicator);
    m_editor->indicatorDefine(QsciScintilla::FullBoxIndicator, kProblemIndicator);
    applyColors();
    // After the widgets' own palette events (posted), which reset Scintilla's colours.
    themed::onChange(this, [this] { QTimer::singleShot(0, this, [this] { applyColors(); }); });
    m_status->setObjectName(QStringLiteral("rawStatusLabel"));
    m_status->setWordWrap(true);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kTypingPauseMs);
    connect(m_debounce, &QTimer::timeout, this, &RawJsonEditor::evaluate);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (!m_loading)
            m_debounce->start();
    });
    connect(m_pretty, &QCheckBox::toggled, this, [this](bool on) {
        const QByteArray shown = m_shown;
        m_shown.clear();
        showRow(m_pos, shown);
        emit prettyChanged(on);
    });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_pretty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bottom);
    clear();
}

void RawJsonEditor::setPretty(bool pretty)
{
    m_pretty->setChecked(pretty);
}

bool RawJsonEditor::isPretty() const
{
    return m_pretty->isChecked();
}

QString RawJsonEditor::statusText() const
{
    return m_status->text();
}

void RawJsonEditor::clear()
{
    m_debounce->stop();
    m_pos = -1;
    m_shown.clear();
    m_loading = true;
    m_editor->clear();
    m_editor->setReadOnly(true);
    m_loading = false;
    setStatus({}, false);
}

void RawJsonEditor::showRow(std::int64_t pos, QByteArrayView bytes)
{
    if (pos == m_pos && bytes == m_shown)
        return;
    m_debounce->stop();
    const bool sameRow = pos == m_pos;
    const int line = sameRow ? m_editor->firstVisibleLine() : 0;
    m_pos = pos;
    m_shown = bytes.toByteArray();
    QByteArray text = m_shown;
    auto parsed = parseRow(bytes);
    if (parsed && m_pretty->isChecked())
        text = prettyRow(*parsed);
    m_loading = true;
    m_editor->setReadOnly(pos < 0);
    // Wrapping lays out the whole text at once; past a size that costs more than a frame, so
    // long rows scroll sideways instead.
    m_editor->setWrapMode(text.size() > kMaxWrappedBytes ? QsciScintilla::WrapNone : QsciScintilla::WrapWord);
    // Bytes that are not UTF-8 are shown as replacement characters; they stay in the file
    // unless the user edits this row.
    m_editor->setText(QString::fromUtf8(text));
    m_editor->clearIndicatorRange(0, 0, m_editor->lines(), 0, kErrorIndicator);
    m_loading = false;
    if (sameRow)
        m_editor->setFirstVisibleLine(line);
    if (parsed)
        setStatus({}, false);
    else {
        setStatus(tr("Not valid JSON: %1").arg(parsed.error().message), true);
        markError(parsed.error().byteOffset);
    }
}

void RawJsonEditor::flush()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        evaluate();
    }
}

void RawJsonEditor::evaluate()
{
    if (m_pos < 0)
        return;
    const QByteArray text = m_editor->text().toUtf8();
    m_editor->clearIndicatorRange(0, 0, m_editor->lines(), 0, kErrorIndicator);
    auto parsed = parseRow(text);
    const bool oneLine = !text.contains('\n') && !text.contains('\r');
    QByteArray bytes;
    if (parsed) {
        setStatus({}, false);
        // Typed on one line: keep the user's exact text. Indented: store it compact.
        bytes = oneLine ? text : serializeRow(*parsed);
    } else {
        markError(parsed.error().byteOffset);
        if (!oneLine) {
            setStatus(tr("Not valid JSON: %1. The row keeps its last valid content until this parses.")
                          .arg(parsed.error().message),
                      true);
            return;
        }
        setStatus(tr("Not valid JSON: %1. Saved as a raw line.").arg(parsed.error().message), true);
        bytes = text;
    }
    if (bytes == m_shown)
        return;
    m_shown = bytes;
    emit editRequested(m_pos, bytes, QStringLiteral("raw"), tr("Edit row %1 as JSON").arg(m_pos + 1));
}

void RawJsonEditor::applyColors()
{
    // Scintilla paints with its own colours, not the palette's: each one from the theme.
    // The application's palette: when it changes, this widget's own follows only later.
    const QPalette p = QApplication::palette();
    const QColor text = p.color(QPalette::Text);
    const QColor base = p.color(QPalette::Base);
    m_lexer->setDefaultPaper(base);
    m_lexer->setDefaultColor(text);
    m_lexer->setPaper(base, -1);
    m_lexer->setColor(text, -1);
    m_lexer->setColor(Theme::color(Theme::Role::SyntaxNumber), QsciLexerJSON::Number);
    m_lexer->setColor(Theme::color(Theme::Role::SyntaxString), QsciLexerJSON::String);
    m_lexer->setColor(Theme::color(Theme::Role::ErrorText), QsciLexerJSON::UnclosedString);
    m_lexer->setColor(Theme::color(Theme::Role::SyntaxProperty), QsciLexerJSON::Property);
    m_lexer->setColor(Theme::color(Theme::Role::SyntaxKeyword), QsciLexerJSON::EscapeSequence);
    m_lexer->setColor(Theme::color(Theme::Role::MutedText), QsciLexerJSON::CommentLine);
    m_lexer->setColor(Theme::color(Theme::Role::MutedText), QsciLexerJSON::CommentBlock);
    m_lexer->setColor(Theme::color(Theme::Role::SyntaxKeyword), QsciLexerJSON::Keyword);
    m_lexer->setColor(Theme::color(Theme::Role::SyntaxKeyword), QsciLexerJSON::KeywordLD);
    m_lexer->setColor(Theme::color(Theme::Role::ErrorText), QsciLexerJSON::Error);
    m_editor->setPaper(base);
    m_editor->setColor(text);
    m_editor->setCaretForegroundColor(text);
    m_editor->setCaretLineBackgroundColor(Theme::color(Theme::Role::CaretLineBackground));
    m_editor->setMarginsBackgroundColor(p.color(QPalette::Window));
    m_editor->setMarginsForegroundColor(Theme::color(Theme::Role::MutedText));
    m_editor->setSelectionBackgroundColor(p.color(QPalette::Highlight));
    m_editor->setSelectionForegroundColor(p.color(QPalette::HighlightedText));
    m_editor->setMatchedBraceBackgroundColor(Theme::color(Theme::Role::ProblemHighlight));
    m_editor->setMatchedBraceForegroundColor(text);
    m_editor->setIndicatorForegroundColor(Theme::color(Theme::Role::ErrorMark), kErrorIndicator);
    QColor problem = Theme::color(Theme::Role::ProblemHighlight);
    problem.setAlpha(160);
    m_editor->setIndicatorForegroundColor(problem, kProblemIndicator);
    m_editor->recolor();
}

void RawJsonEditor::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    if (error)
        themed::setTextRole(m_status, Theme::Role::ErrorText);
    else
        themed::clearTextRole(m_status);
}

void RawJsonEditor::markError(qint64 byteOffset)
{
    if (byteOffset < 0)
        return;
    const long length = m_editor->SendScintilla(QsciScintilla::SCI_GETLENGTH);
    const long start = std::min<long>(long(byteOffset), std::max<long>(length - 1, 0));
    m_editor->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT, kErrorIndicator);
    m_editor->SendScintilla(QsciScintilla::SCI_INDICATORFILLRANGE, start,
                            std::max<long>(1, std::min<long>(length - start, 3)));
}

} // namespace td

namespace td {

void RawJsonEditor::clearPointerMark()
{
    m_editor->clearIndicatorRange(0, 0, m_editor->lines(), 0, kProblemIndicator);
    m_editor->SendScintilla(QsciScintilla::SCI_SETEMPTYSELECTION,
                            m_editor->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS)); // the span selected with it
}

bool RawJsonEditor::markPointer(const QString& pointer)
{
    const QByteArray text = m_editor->text().toUtf8();
    m_editor->clearIndicatorRange(0, 0, m_editor->lines(), 0, kProblemIndicator);
    const auto span = locatePointer(text, pointer.toStdString());
    if (!span)
        return false;
    m_editor->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT, kProblemIndicator);
    m_editor->SendScintilla(QsciScintilla::SCI_INDICATORFILLRANGE, long(span->offset),
                            long(std::max<std::int64_t>(1, span->length)));
    m_editor->SendScintilla(QsciScintilla::SCI_SETSEL, long(span->offset + span->length), long(span->offset));
    m_editor->SendScintilla(QsciScintilla::SCI_SCROLLCARET);
    return true;
}

} // namespace td
