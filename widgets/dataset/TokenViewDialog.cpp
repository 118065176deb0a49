#include "widgets/dataset/TokenViewDialog.h"

#include "itemmodels/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace td {

namespace {

// Rows longer than this are shown up to here (the counts stay whole): a document of a million
// coloured fragments would take the GUI thread for seconds.
constexpr std::size_t kMostShown = 20000;

// The UTF-16 position of the character each byte of `utf8` belongs to (one more entry: the end).
// A byte-level token can end inside a character; the character then goes to the token it starts in.
std::vector<int> utf16Positions(const std::string& utf8)
{
    std::vector<int> at(utf8.size() + 1, 0);
    int position = 0;
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
        const std::size_t end = std::min(utf8.size(), i + length);
        for (std::size_t k = i; k < end; ++k)
            at[k] = position;
        position += length == 4 ? 2 : 1;
        i = end;
    }
    at[utf8.size()] = position;
    return at;
}

// A token's text as a person can read it: line breaks and tabs as signs, spaces kept visible.
QString readable(const std::string& bytes)
{
    QString s = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    s.replace(QLatin1Char('\n'), QStringLiteral("↵")).replace(QLatin1Char('\t'), QStringLiteral("⇥"));
    return QStringLiteral("“%1”").arg(s);
}

} // namespace

TokenViewDialog::TokenViewDialog(std::shared_ptr<const RowTokenCounter> counter, const QByteArray& row,
                                 std::int64_t rowNumber, QWidget* parent)
    : QDialog(parent)
    , m_counter(std::move(counter))
    , m_summary(new QLabel(this))
    , m_sequences(new QComboBox(this))
    , m_text(new QTextEdit(this))
    , m_info(new QLabel(this))
{
    setWindowTitle(tr("Tokens of Row %1").arg(QLocale().toString(qlonglong(rowNumber))));
    setObjectName(QStringLiteral("tokenViewDialog"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("tokenViewSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sequences->setAccessibleName(tr("Sequence"));
    m_text->setReadOnly(true);
    // The text cursor moves through the tokens by keyboard; the line below names the token.
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("tokenView"));
    m_text->setAccessibleName(tr("The row as the model reads it, token by token"));
    m_text->viewport()->setMouseTracking(true);
    m_text->viewport()->installEventFilter(this);
    m_info->setObjectName(QStringLiteral("tokenViewInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_sequences);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_info);
    layout->addWidget(buttons);
    resize(760, 560);

    Result<RowTokenCount> counted =
        m_counter ? m_counter->countLine(std::string_view(row.constData(), std::size_t(row.size())), true)
                  : Result<RowTokenCount>(Error::make(Error::Code::Unsupported, tr("No tokenizer is loaded.")));
    if (!counted) {
        m_summary->setText(tr("This row cannot be counted: %1").arg(counted.error().message));
        m_sequences->hide();
        m_text->hide();
        return;
    }
    m_count = std::move(*counted);
    const QLocale loc;
    QString summary = tr("%1 tokens, %2 of them trained, with %3.")
                          .arg(loc.toString(qlonglong(m_count.tokens)), loc.toString(qlonglong(m_count.trained)),
                               m_counter->tokenizer().describe());
    const std::int64_t limit = m_counter->settings().maxSeqLength;
    if (m_count.truncated())
        summary +=
            QLatin1Char(' ') + tr("Together cuts it after token %1 (✂): %2 tokens beyond, %3 trained tokens lost.")
                                   .arg(loc.toString(qlonglong(limit)), loc.toString(qlonglong(m_count.overBy)),
                                        loc.toString(qlonglong(m_count.trained - m_count.trainedKept)));
    m_summary->setText(summary);
    if (m_count.marks.size() > 1) {
        m_sequences->addItem(tr("The prompt with the preferred answer"));
        m_sequences->addItem(tr("The prompt with the rejected answer"));
    } else {
        m_sequences->hide();
    }
    connect(m_sequences, &QComboBox::currentIndexChanged, this, &TokenViewDialog::showSequence);
    connect(m_text, &QTextEdit::cursorPositionChanged, this,
            [this] { m_info->setText(tokenInfoAt(m_text->textCursor().position())); });
    showSequence(0);
}

void TokenViewDialog::showSequence(int sequence)
{
    m_sequence = sequence;
    m_starts.clear();
    m_shownTokens.clear();
    m_text->clear();
    if (sequence < 0 || std::size_t(sequence) >= m_count.marks.size())
        return;
    const std::string& text = m_count.texts[std::size_t(sequence)];
    const std::vector<TokenMark>& marks = m_count.marks[std::size_t(sequence)];
    const std::vector<int> at = utf16Positions(text);
    const QString whole = QString::fromUtf8(text.data(), qsizetype(text.size()));
    const std::int64_t limit = m_counter->settings().maxSeqLength;
    const QPalette palette = m_text->palette();
    QTextCursor cursor(m_text->document());
    cursor.beginEditBlock();
    const std::size_t shown = std::min(marks.size(), kMostShown);
    for (std::size_t t = 0; t < shown; ++t) {
        const TokenMark& m = marks[t];
        if (limit > 0 && std::int64_t(t) == limit) {
            QTextCharFormat cut;
            cut.setForeground(Theme::color(Theme::Role::ErrorText));
            cut.setFontWeight(QFont::Bold);
            cut.setToolTip(tr("Together cuts the row here: what follows is not trained"));
            cursor.insertText(QStringLiteral("✂"), cut);
        }
        const int from = at[std::min<std::size_t>(m.begin, text.size())];
        const int to = at[std::min<std::size_t>(m.end, text.size())];
        if (to <= from)
            continue; // the rest of a character an earlier token began
        const bool odd = (t % 2) != 0;
        QTextCharFormat f;
        const Theme::Role role =
            m.trained ? (odd ? Theme::Role::TrainedTokenBackgroundAlt : Theme::Role::TrainedTokenBackground)
                      : (odd ? Theme::Role::MaskedTokenBackgroundAlt : Theme::Role::MaskedTokenBackground);
        f.setBackground(Theme::color(role, palette));
        if (limit > 0 && std::int64_t(t) >= limit) {
            f.setForeground(Theme::color(Theme::Role::MutedText, palette));
            f.setFontStrikeOut(true);
        }
        m_starts.push_back(cursor.position());
        m_shownTokens.push_back(int(t));
        cursor.insertText(whole.mid(from, to - from), f);
    }
    if (shown < marks.size())
        cursor.insertText(QLatin1Char('\n') + tr("(the first %1 of %2 tokens are shown)")
                                                  .arg(QLocale().toString(qulonglong(shown)),
                                                       QLocale().toString(qulonglong(marks.size()))));
    cursor.endEditBlock();
    m_text->moveCursor(QTextCursor::Start);
    m_info->setText(tokenInfoAt(0));
}

int TokenViewDialog::tokenAt(int position) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), position);
    if (it == m_starts.begin())
        return -1;
    return m_shownTokens[std::size_t(it - m_starts.begin() - 1)];
}

QString TokenViewDialog::tokenInfoAt(int position) const
{
    const int t = tokenAt(position);
    if (t < 0 || std::size_t(m_sequence) >= m_count.marks.size())
        return QString();
    const std::vector<TokenMark>& marks = m_count.marks[std::size_t(m_sequence)];
    const TokenMark& m = marks[std::size_t(t)];
    const QLocale loc;
    QString info =
        tr("Token %1 of %2 · id %3 · %4 · %5")
            .arg(loc.toString(t + 1), loc.toString(qulonglong(marks.size())), QString::number(m.id),
                 readable(m_counter->tokenizer().tokenText(m.id)), m.trained ? tr("trained") : tr("not trained"));
    const std::int64_t limit = m_counter->settings().maxSeqLength;
    if (limit > 0 && t >= limit)
        info += QStringLiteral(" · ") + tr("cut off by the context length");
    return info;
}

QString TokenViewDialog::cursorInfo() const
{
    return m_info->text();
}

bool TokenViewDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The token under the mouse, in a tooltip, as the text cursor's token is named below.
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString info = tokenInfoAt(m_text->cursorForPosition(help->pos()).position());
        if (info.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), info, m_text->viewport());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace td
