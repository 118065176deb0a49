#pragma once

#include "jobs/TokenPreview.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace td {

// Together's preview of the first rows, read as conversations: the rows listed with their
// token counts beside TuneDesk's estimate; the selected row's messages, each with its role,
// written in Together's own tokens (neighbouring tokens in two shades so their borders show),
// trained tokens green, masked ones grey, the chat template's tokens small between the
// messages, and where a row was cut at max_seq_length.
class PreviewView final : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget* parent = nullptr);

    void setPreview(const TokenPreview& preview);
    void selectRow(int row);
    int rowCount() const;
    QString summaryText() const;
    QString rowLabel(int row) const;
    QString conversationHtml() const; // the selected row, as shown
    QListWidget* rowList() const { return m_rows; }
    QTextBrowser* conversation() const { return m_conversation; }

    static QString rowHtml(const TokenPreview::Row& row, qint64 maxSeqLength);

private:
    void showRow(int row);

    TokenPreview m_preview;
    QLabel* m_summary;
    QListWidget* m_rows;
    QTextBrowser* m_conversation;
};

} // namespace td
