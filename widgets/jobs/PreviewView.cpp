#include "widgets/jobs/PreviewView.h"

#include "widgets/common/Themed.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td {

namespace {

// A token on its background; the text in the palette's colour, which every token background
// keeps readable (Theme's background roles).
QString spanHtml(const QString& text, Theme::Role background)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2\">%3</span>")
        .arg(Theme::css(background), QGuiApplication::palette().color(QPalette::Text).name(), text.toHtmlEscaped());
}

QString legendHtml()
{
    return PreviewView::tr("<span style=\"background-color:%1\">&nbsp;trained&nbsp;</span> "
                           "<span style=\"background-color:%2\">&nbsp;masked&nbsp;</span> "
                           "<span style=\"color:%3\">✂ cut at max_seq_length</span>")
        .arg(Theme::css(Theme::Role::TrainedTokenBackground), Theme::css(Theme::Role::MaskedTokenBackground),
             Theme::css(Theme::Role::ErrorText));
}

QString trainedCount(qint64 trained, qint64 tokens)
{
    return trained == 0 ? PreviewView::tr("masked")
                        : PreviewView::tr("%1 of %n token(s) trained", nullptr, int(tokens)).arg(trained);
}

} // namespace

PreviewView::PreviewView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_rows(new QListWidget(this))
    , m_conversation(new QTextBrowser(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Preview summary"));
    m_rows->setAccessibleName(tr("Previewed rows"));
    m_rows->setAccessibleDescription(tr("The first rows of the training file with Together's token counts"));
    m_conversation->setAccessibleName(tr("Together's tokens of the selected row"));
    m_conversation->setAccessibleDescription(
        tr("Trained tokens are green, masked tokens grey; the chat template's tokens are small"));
    m_conversation->setOpenLinks(false);
    auto* legend = new QLabel(legendHtml(), this);
    legend->setAccessibleName(tr("Legend"));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_rows);
    auto* right = new QWidget(this);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_conversation, 1);
    rl->addWidget(legend);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    setTabOrder(m_rows, m_conversation);
    connect(m_rows, &QListWidget::currentRowChanged, this, &PreviewView::showRow);
    themed::onChange(this, [this, legend] {
        legend->setText(legendHtml());
        showRow(m_rows->currentRow());
        for (int i = 0; i < m_rows->count() && i < m_preview.rows().size(); ++i)
            if (m_preview.rows()[i].together.truncated)
                m_rows->item(i)->setForeground(Theme::color(Theme::Role::ErrorText));
    });
}

void PreviewView::setPreview(const TokenPreview& preview)
{
    m_preview = preview;
    const FineTunePreview& p = preview.preview();
    QString summary =
        tr("Together tokenized %n row(s) for <b>%1</b> (%2 data, max_seq_length %3, "
           "train_on_inputs %4).",
           nullptr, int(preview.rows().size()))
            .arg(p.model.toHtmlEscaped(), p.datasetFormat.isEmpty() ? tr("unknown") : p.datasetFormat.toHtmlEscaped(),
                 QLocale().toString(p.maxSeqLength), p.trainOnInputs ? tr("true") : tr("false"));
    summary += QLatin1Char(' ') + tr("Trained tokens: Together %1").arg(QLocale().toString(preview.togetherTrained()));
    if (const auto c = preview.countedTrained())
        summary +=
            tr(", TuneDesk's exact count %1 (%2)").arg(QLocale().toString(*c), preview.countedWith().toHtmlEscaped());
    else if (const auto e = preview.estimatedTrained())
        summary += tr(", TuneDesk's estimate %1").arg(QLocale().toString(*e));
    else
        summary += tr(" (no local rows to estimate from)");
    summary += QLatin1Char('.');
    m_summary->setText(summary);
    m_rows->clear();
    for (qsizetype i = 0; i < preview.rows().size(); ++i) {
        const TokenPreview::Row& r = preview.rows()[i];
        QString label =
            tr("Row %1: %2 tokens, %3 trained")
                .arg(i + 1)
                .arg(QLocale().toString(r.together.numTokens), QLocale().toString(r.together.numTrainedTokens));
        if (r.countedTrained)
            label += tr(" (TuneDesk: %1)").arg(QLocale().toString(*r.countedTrained));
        else if (r.estimatedTrained)
            label += tr(" (estimate %1)").arg(QLocale().toString(*r.estimatedTrained));
        if (r.together.truncated)
            label += tr(", truncated");
        auto* item = new QListWidgetItem(label, m_rows);
        item->setToolTip(label);
        if (r.together.truncated)
            item->setForeground(Theme::color(Theme::Role::ErrorText));
    }
    if (m_rows->count() > 0)
        m_rows->setCurrentRow(0);
    else
        m_conversation->setHtml(tr("<p>Together returned no rows.</p>"));
}

void PreviewView::selectRow(int row)
{
    m_rows->setCurrentRow(row);
}

int PreviewView::rowCount() const
{
    return m_rows->count();
}

QString PreviewView::summaryText() const
{
    return m_summary->text();
}

QString PreviewView::rowLabel(int row) const
{
    const QListWidgetItem* item = m_rows->item(row);
    return item ? item->text() : QString();
}

QString PreviewView::conversationHtml() const
{
    return m_conversation->toHtml();
}

QString PreviewView::rowHtml(const TokenPreview::Row& row, qint64 maxSeqLength)
{
    QString html;
    for (const TokenPreview::Block& b : row.blocks) {
        QString tokens;
        for (qint64 t = b.first; t < b.end; ++t) {
            const bool odd = t % 2;
            // The template's line breaks show as ↵ (as blank lines they would read as gaps).
            const QString text = b.role.isEmpty()
                                     ? QString(row.texts.value(t)).replace(QLatin1Char('\n'), QStringLiteral("↵"))
                                     : row.texts.value(t);
            // Neighbouring tokens alternate in shade, so their boundaries show.
            if (row.special.value(t))
                tokens += spanHtml(text, row.together.isTrained(t) ? Theme::Role::TrainedTokenBackgroundAlt
                                                                   : Theme::Role::MaskedTokenBackgroundAlt);
            else if (row.together.isTrained(t))
                tokens +=
                    spanHtml(text, odd ? Theme::Role::TrainedTokenBackground : Theme::Role::TrainedTokenBackgroundAlt);
            else
                tokens +=
                    spanHtml(text, odd ? Theme::Role::MaskedTokenBackground : Theme::Role::MaskedTokenBackgroundAlt);
        }
        if (b.role.isEmpty()) {
            html +=
                QStringLiteral("<p style=\"white-space:pre-wrap; font-size:small; margin:2px 0\">%1</p>").arg(tokens);
            continue;
        }
        html += QStringLiteral("<p style=\"margin:8px 0 2px 0\"><b>%1</b> <span style=\"color:%4\">%2</span></p>"
                               "<p style=\"white-space:pre-wrap; margin:0 0 4px 12px\">%3</p>")
                    .arg(b.role.toHtmlEscaped(), trainedCount(b.trained, b.end - b.first).toHtmlEscaped(), tokens,
                         Theme::css(Theme::Role::MutedText));
    }
    if (row.together.truncated)
        html += QStringLiteral("<p style=\"color:%2\"><b>✂ %1</b></p>")
                    .arg(tr("Cut at max_seq_length (%1 tokens): the rest of this row is not trained on.")
                             .arg(QLocale().toString(maxSeqLength > 0 ? maxSeqLength : row.together.numTokens))
                             .toHtmlEscaped(),
                         Theme::css(Theme::Role::ErrorText));
    if (!row.aligned && row.estimatedTrained)
        html +=
            QStringLiteral("<p style=\"color:%2\">%1</p>")
                .arg(tr("The row's messages could not be found in the tokens: shown as one stream.").toHtmlEscaped(),
                     Theme::css(Theme::Role::MutedText));
    return html;
}

void PreviewView::showRow(int row)
{
    if (row < 0 || row >= m_preview.rows().size()) {
        m_conversation->clear();
        return;
    }
    m_conversation->setHtml(rowHtml(m_preview.rows()[row], m_preview.preview().maxSeqLength));
}

} // namespace td
