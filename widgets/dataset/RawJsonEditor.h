#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTimer;
class QsciScintilla;
class QsciLexerJSON;

namespace td {

// The selected row as JSON text (QScintilla, JSON lexer), kept in sync with the row editor.
// Valid JSON is committed as the row (compact); text that does not parse is marked where
// parsing stopped, and is committed as a raw line only while it stays on one line, so a
// broken row can be repaired as text without ever splitting the file's lines.
class RawJsonEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RawJsonEditor(QWidget* parent = nullptr);

    void showRow(std::int64_t pos, QByteArrayView bytes);
    void clear();
    void setPretty(bool pretty);
    bool isPretty() const;
    QsciScintilla* editor() const { return m_editor; }
    QString statusText() const;
    // Applies a pending edit at once instead of after the typing pause.
    void flush();
    // Selects the value a JSON pointer names and marks it; false when it is not in the text.
    bool markPointer(const QString& pointer);
    // Takes the mark markPointer left away.
    void clearPointerMark();

signals:
    void editRequested(qint64 pos, const QByteArray& bytes, const QString& mergeKey, const QString& text);
    void prettyChanged(bool pretty);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyColors();
    void evaluate();
    void setStatus(const QString& text, bool error);
    void markError(qint64 byteOffset);

    QsciScintilla* m_editor;
    QsciLexerJSON* m_lexer;
    QCheckBox* m_pretty;
    QLabel* m_status;
    QTimer* m_debounce;
    std::int64_t m_pos = -1;
    QByteArray m_shown;
    bool m_loading = false;
};

} // namespace td
