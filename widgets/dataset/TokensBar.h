#pragma once

#include "core/Error.h"
#include "itemmodels/RowReplacement.h"

#include <QFuture>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QDialog;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTableView;
class QToolButton;

namespace td {

class DatasetTableModel;
class HttpTransport;
class SecretStore;
class DatasetTokenCounter;
class TokenHistogramView;
class Tokenizer;

// Exact token counts over the dataset table: the tokenizer folder (chosen here, remembered in
// the settings), the context length and train_on_inputs the rows are counted with, the count's
// progress with Cancel, the totals, "rows over the context length" as a table filter and the
// histogram of tokens per row. Without a tokenizer it says that counts elsewhere are estimates.
class TokensBar final : public QWidget
{
    Q_OBJECT

public:
    TokensBar(DatasetTokenCounter* counter, DatasetTableModel* table, QTableView* view, QWidget* parent = nullptr);
    ~TokensBar() override;

    // What Download for a Model… goes over (the app's transport and keychain).
    void setNetwork(HttpTransport* transport, SecretStore* secrets)
    {
        m_transport = transport;
        m_secrets = secrets;
    }
    // Loads the tokenizer in `dir` on a worker and counts with it (empty: none).
    void setTokenizerDir(const QString& dir);
    QString tokenizerDir() const { return m_dir; }
    QString statusText() const;
    TokenHistogramView* histogram() const { return m_histogram; }

public slots:
    void chooseTokenizer();
    // Download for a Model…: the dialog (open on return; null without a network).
    QDialog* downloadTokenizer();
    void showRowsOverContext();
    // Asks, then removes the rows over the context length (removeRowsRequested).
    void removeRowsOverContext();
    // Asks, then splits the rows over the context length between turns (RowSplitter) on a
    // worker; the pieces replace them as one undo step (replaceRowsRequested).
    void splitRowsOverContext();
    bool isSplitting() const { return m_splitting; }
    void showHistogram();
    // The current row token by token (TokenViewDialog); returns it (tests), null without a row.
    QDialog* showRowTokens();

signals:
    // Shown rows changed by this bar's filter (for the status bar).
    void statusMessage(const QString& text, int timeoutMs);
    // A tokenizer was loaded from `dir` (empty: none, or it failed to load).
    void tokenizerChanged(const QString& dir);
    // The quick fix: these rows (document positions) go, as one undo step.
    void removeRowsRequested(const std::vector<std::int64_t>& rows);
    void replaceRowsRequested(const QList<td::RowReplacement>& replacements, const QString& undoText);

private:
    void rebuildCounter();
    void showCounts();
    void showRows(const std::vector<std::int64_t>& rows, const QString& what);
    // The rows over the context length, when the counts are of the document as it is now.
    std::vector<std::int64_t> currentRowsOverLength() const;

    DatasetTokenCounter* m_counter;
    DatasetTableModel* m_table;
    QTableView* m_view;
    QString m_dir;
    std::shared_ptr<const Tokenizer> m_tokenizer;
    QToolButton* m_choose;
    QLabel* m_name;
    QSpinBox* m_maxLength;
    QCheckBox* m_inputs;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_totals;
    QToolButton* m_over;
    QToolButton* m_showHistogram;
    QToolButton* m_showRowTokens;
    QDialog* m_histogramDialog = nullptr;
    TokenHistogramView* m_histogram;
    quint64 m_loadGeneration = 0;
    QList<QFuture<void>> m_work;
    bool m_splitting = false;
    HttpTransport* m_transport = nullptr;
    SecretStore* m_secrets = nullptr;
};

} // namespace td
