#include "widgets/dataset/TokensBar.h"
#include "dataset/DatasetDocument.h"
#include "tokens/count/HfTokenizerDownload.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/TokenViewDialog.h"
#include "widgets/dataset/TokenizerDownloadDialog.h"

#include "core/Settings.h"
#include "core/Worker.h"
#include "itemmodels/DatasetTableModel.h"
#include "tokens/count/DatasetTokenCounter.h"
#include "tokens/count/RowSplitter.h"
#include "tokens/count/TokenHistogram.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/TokenHistogramView.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace td {

namespace {

QString count(std::int64_t n)
{
    return QLocale().toString(qlonglong(n));
}

// The folder's name, with its parent's when the name says nothing ("…/Llama-3.1-8B/tokenizer").
QString folderLabel(const QString& dir)
{
    // Downloaded from the Hub: the repository and commit say more than the cache's folder name.
    if (const QString hub = HfTokenizerDownload::describeCached(dir); !hub.isEmpty())
        return hub;
    const QDir d(dir);
    const QString name = d.dirName();
    static const QStringList generic{QStringLiteral("models"), QStringLiteral("model"), QStringLiteral("tokenizer"),
                                     QStringLiteral("tokenizers")};
    if (!generic.contains(name, Qt::CaseInsensitive))
        return name;
    QDir parent = d;
    return parent.cdUp() ? parent.dirName() + QLatin1Char('/') + name : name;
}

} // namespace

TokensBar::TokensBar(DatasetTokenCounter* counter, DatasetTableModel* table, QTableView* view, QWidget* parent)
    : QWidget(parent)
    , m_counter(counter)
    , m_table(table)
    , m_view(view)
    , m_choose(new QToolButton(this))
    , m_name(new QLabel(this))
    , m_maxLength(new QSpinBox(this))
    , m_inputs(new QCheckBox(tr("Train on inp&uts"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_totals(new QLabel(this))
    , m_over(new QToolButton(this))
    , m_showHistogram(new QToolButton(this))
    , m_showRowTokens(new QToolButton(this))
    , m_histogram(new TokenHistogramView(this)) // moves into its dialog when first shown
{
    setObjectName(QStringLiteral("tokensBar"));
    m_histogram->hide();
    m_choose->setObjectName(QStringLiteral("chooseTokenizer"));
    m_choose->setText(tr("To&kenizer…"));
    m_choose->setToolTip(tr("Choose the folder of the model's Hugging Face tokenizer (tokenizer.json and "
                            "tokenizer_config.json) to count every row's tokens exactly"));
    // Clicked: a folder; its menu: a folder, or a model's tokenizer from the Hugging Face Hub.
    m_choose->setPopupMode(QToolButton::MenuButtonPopup);
    auto* chooseMenu = new QMenu(m_choose);
    chooseMenu->addAction(tr("Choose a &Folder…"), this, &TokensBar::chooseTokenizer);
    QAction* download = chooseMenu->addAction(tr("&Download for a Model…"), this, [this] { downloadTokenizer(); });
    download->setObjectName(QStringLiteral("downloadTokenizer"));
    m_choose->setMenu(chooseMenu);
    m_name->setObjectName(QStringLiteral("tokenizerName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* lengthLabel = new QLabel(tr("Co&ntext length:"), this);
    lengthLabel->setBuddy(m_maxLength);
    m_maxLength->setObjectName(QStringLiteral("contextLength"));
    m_maxLength->setRange(0, 10'000'000);
    m_maxLength->setGroupSeparatorShown(true);
    m_maxLength->setSpecialValueText(tr("model's"));
    m_maxLength->setAccessibleName(tr("Context length (max_seq_length) in tokens"));
    m_maxLength->setToolTip(tr("Together's max_seq_length for the model: longer rows are cut. \"model's\": the "
                               "tokenizer's model_max_length"));
    m_maxLength->setValue(Settings::instance()->get(Settings::Key::TokenMaxSeqLength).toInt());
    m_inputs->setObjectName(QStringLiteral("trainOnInputs"));
    m_inputs->setToolTip(tr("Count user and system messages as trained, as the job's train_on_inputs would"));
    m_progress->setObjectName(QStringLiteral("tokensProgress"));
    m_progress->setMaximumWidth(140);
    m_progress->setAccessibleName(tr("Counting tokens"));
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelTokens"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel counting tokens"));
    m_cancel->hide();
    m_totals->setObjectName(QStringLiteral("tokenTotals"));
    // A long tokenizer path or total gives way (its tooltip has it whole) instead of widening
    // the window past the screen.
    m_totals->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_totals->setMinimumWidth(120);
    // The tokenizer's name takes what it needs up to 420 px, and gives way (down to 160 px; the
    // tooltip names the tokenizer in full) rather than widen the window past a small screen.
    m_name->setMaximumWidth(420);
    m_name->setMinimumWidth(160);
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_over->setObjectName(QStringLiteral("rowsOverContext"));
    m_over->setAccessibleName(tr("Show the rows over the context length"));
    m_over->hide();
    // Clicked: the rows are shown. Its menu: the quick fix, removing them (one undo step); Together
    // would cut them at the context length and train on the cut rows.
    m_over->setPopupMode(QToolButton::MenuButtonPopup);
    auto* overMenu = new QMenu(m_over);
    overMenu->addAction(tr("&Show These Rows"), this, &TokensBar::showRowsOverContext);
    QAction* remove = overMenu->addAction(tr("&Remove These Rows…"), this, &TokensBar::removeRowsOverContext);
    remove->setObjectName(QStringLiteral("removeRowsOverContext"));
    QAction* split =
        overMenu->addAction(tr("S&plit These Rows between Turns…"), this, &TokensBar::splitRowsOverContext);
    split->setObjectName(QStringLiteral("splitRowsOverContext"));
    m_over->setMenu(overMenu);
    m_showHistogram->setObjectName(QStringLiteral("tokenHistogramButton"));
    m_showHistogram->setText(tr("Histogra&m…"));
    m_showHistogram->setToolTip(tr("Tokens per row, with the context length"));
    m_showHistogram->setAccessibleName(tr("Histogram of tokens per row"));
    m_showHistogram->hide();
    m_showRowTokens->setObjectName(QStringLiteral("rowTokensButton"));
    m_showRowTokens->setText(tr("Tokens of This Row…"));
    m_showRowTokens->setToolTip(tr("The selected row token by token: ids, what is trained, where the context length "
                                   "cuts it"));
    m_showRowTokens->hide();
    connect(m_showRowTokens, &QToolButton::clicked, this, &TokensBar::showRowTokens);

    // Two lines: the settings, then what was counted. On one line the bar alone was wider than
    // the Dataset pane can be beside the Statistics dock on a 1280-pixel screen.
    auto* lines = new QVBoxLayout(this);
    lines->setContentsMargins(0, 0, 0, 2);
    lines->setSpacing(2);
    auto* layout = new QHBoxLayout;
    auto* counted = new QHBoxLayout;
    lines->addLayout(layout);
    lines->addLayout(counted);
    layout->addWidget(m_choose);
    layout->addWidget(m_name, 2);
    layout->addSpacing(8);
    layout->addWidget(lengthLabel);
    layout->addWidget(m_maxLength);
    layout->addWidget(m_inputs);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addStretch(1);
    counted->addWidget(m_totals, 1);
    counted->addWidget(m_over);
    counted->addWidget(m_showHistogram);
    counted->addWidget(m_showRowTokens);

    connect(m_choose, &QToolButton::clicked, this, &TokensBar::chooseTokenizer);
    connect(m_maxLength, &QSpinBox::valueChanged, this, [this](int v) {
        Settings::instance()->set(Settings::Key::TokenMaxSeqLength, v);
        rebuildCounter();
    });
    connect(m_inputs, &QCheckBox::toggled, this, &TokensBar::rebuildCounter);
    connect(m_cancel, &QToolButton::clicked, m_counter, &DatasetTokenCounter::cancel);
    connect(m_over, &QToolButton::clicked, this, &TokensBar::showRowsOverContext);
    connect(m_showHistogram, &QToolButton::clicked, this, &TokensBar::showHistogram);
    connect(m_histogram, &TokenHistogramView::rowsRequested, this, &TokensBar::showRows);

    connect(m_counter, &DatasetTokenCounter::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
        showCounts();
    });
    connect(m_counter, &DatasetTokenCounter::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    auto stopped = [this] {
        m_progress->hide();
        m_cancel->hide();
        showCounts();
    };
    connect(m_counter, &DatasetTokenCounter::ready, this, stopped);
    connect(m_counter, &DatasetTokenCounter::cancelled, this, stopped);
    connect(m_counter, &DatasetTokenCounter::cleared, this, stopped);
    connect(m_counter, &DatasetTokenCounter::failed, this, [this, stopped](const Error& e) {
        stopped();
        m_totals->setText(tr("Counting failed: %1").arg(e.message));
        m_totals->show();
    });

    setTokenizerDir(Settings::instance()->get(Settings::Key::TokenizerDir).toString());
}

TokensBar::~TokensBar()
{
    for (QFuture<void>& f : m_work)
        f.waitForFinished();
}

void TokensBar::chooseTokenizer()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Choose the folder of a Hugging Face tokenizer (tokenizer.json, tokenizer_config.json)"),
        m_dir.isEmpty() ? QDir::homePath() : m_dir);
    if (!dir.isEmpty())
        setTokenizerDir(dir);
}

void TokensBar::setTokenizerDir(const QString& dir)
{
    const quint64 generation = ++m_loadGeneration;
    m_dir = dir;
    m_tokenizer.reset();
    m_counter->setCounter(nullptr);
    if (dir.isEmpty()) {
        showCounts();
        emit tokenizerChanged(QString());
        return;
    }
    m_name->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(dir)));
    m_work.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_work.append(QFuture<void>(runInBackground(
        this, [dir] { return std::make_shared<Result<Tokenizer>>(Tokenizer::load(dir)); },
        [this, dir, generation](std::shared_ptr<Result<Tokenizer>> t) {
            if (generation != m_loadGeneration)
                return;
            if (!*t) {
                m_name->setText(tr("Tokenizer not loaded: %1").arg(t->error().message));
                m_name->setToolTip(t->error().message);
                emit tokenizerChanged(QString());
                return;
            }
            m_tokenizer = std::make_shared<const Tokenizer>(**t);
            Settings::instance()->set(Settings::Key::TokenizerDir, dir);
            rebuildCounter();
            emit tokenizerChanged(dir);
        })));
}

void TokensBar::rebuildCounter()
{
    if (!m_tokenizer) {
        showCounts();
        return;
    }
    TokenCountSettings s;
    s.trainOnInputs = m_inputs->isChecked();
    const auto modelMax = m_tokenizer->config().modelMaxLength;
    s.maxSeqLength = m_maxLength->value() > 0 ? m_maxLength->value() : modelMax.value_or(0);
    Result<RowTokenCounter> c = RowTokenCounter::create(*m_tokenizer, s);
    if (!c) {
        m_name->setText(c.error().message);
        return;
    }
    m_name->setText(folderLabel(m_dir));
    m_name->setToolTip(m_tokenizer->describe());
    m_counter->setCounter(std::make_shared<const RowTokenCounter>(std::move(*c)));
    showCounts();
}

QString TokensBar::statusText() const
{
    return m_totals->text();
}

void TokensBar::showCounts()
{
    const auto counts = m_counter->counts();
    const bool counting = m_counter->isCounting();
    // The second line only when it has something to say.
    const auto showTotals = qScopeGuard([this] { m_totals->setVisible(!m_totals->text().isEmpty()); });
    m_table->setTokenCounts(counts, m_counter->isCurrent());
    const bool shown = m_table->hasTokenCounts();
    for (const int column : {int(DatasetTableModel::TokensColumn), int(DatasetTableModel::TrainedColumn)}) {
        const bool wasHidden = m_view->isColumnHidden(column);
        m_view->setColumnHidden(column, !shown);
        // As wide as its title or a seven-digit count, no wider: at the header's default width
        // the two columns pushed the first message out of view.
        if (shown && wasHidden) {
            const QFontMetrics fm = m_view->horizontalHeader()->fontMetrics();
            const QString title = m_table->headerData(column, Qt::Horizontal).toString();
            m_view->setColumnWidth(column,
                                   std::max(fm.horizontalAdvance(title), fm.horizontalAdvance(count(9'999'999))) +
                                       fm.averageCharWidth() * 3);
        }
    }
    m_histogram->setCounts(counts);
    m_showHistogram->setVisible(bool(counts));
    m_showRowTokens->setVisible(bool(m_counter->counter()));
    if (!m_tokenizer) {
        if (m_dir.isEmpty())
            m_name->setText(tr("No tokenizer: token counts are estimates (characters ÷ 4)"));
        m_totals->clear();
        m_over->hide();
        return;
    }
    if (!counts) {
        m_totals->setText(counting ? tr("Counting tokens…") : QString());
        m_over->hide();
        return;
    }
    const TokenTotals& t = counts->totals;
    QString text = tr("Exact: %1 tokens, %2 trained").arg(count(t.tokens), count(t.trained));
    if (t.failed > 0)
        text += tr("; %Ln row(s) not counted", nullptr, int(t.failed));
    if (!m_counter->isCurrent())
        text += tr(" (before the last edit)");
    m_totals->setText(text);
    m_totals->setToolTip(text + QLatin1Char('\n') + counts->tokenizer);
    if (counts->maxSeqLength > 0) {
        m_over->setText(tr("%1 over %2").arg(count(t.truncatedRows), count(counts->maxSeqLength)));
        m_over->setToolTip(tr("Show only the rows longer than the context length (Together cuts them)"));
        m_over->setAccessibleName(tr("Show the %1 rows over the context length of %2 tokens")
                                      .arg(count(t.truncatedRows), count(counts->maxSeqLength)));
        m_over->setEnabled(t.truncatedRows > 0);
        m_over->show();
    } else {
        m_over->hide();
    }
}

void TokensBar::showRowsOverContext()
{
    if (const auto counts = m_counter->counts())
        showRows(rowsOverLength(*counts),
                 tr("rows over the context length (%1 tokens)").arg(count(counts->maxSeqLength)));
}

std::vector<std::int64_t> TokensBar::currentRowsOverLength() const
{
    const auto counts = m_counter->counts();
    if (!counts || !m_counter->isCurrent())
        return {}; // counted before the last edit: positions may be another row's
    return rowsOverLength(*counts);
}

void TokensBar::removeRowsOverContext()
{
    const auto counts = m_counter->counts();
    const std::vector<std::int64_t> rows = currentRowsOverLength();
    if (rows.empty())
        return;
    if (Dialogs::question(this, tr("Remove Rows over the Context Length"),
                          tr("Remove the %n row(s) longer than %1 tokens? Together would cut them at the context "
                             "length and train on what is left. Undo brings them back.",
                             nullptr, int(rows.size()))
                              .arg(count(counts->maxSeqLength)),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    emit removeRowsRequested(rows);
    m_view->setFocus(Qt::OtherFocusReason); // Ctrl+Z undoes it (in the context length box it undid typing)
}

void TokensBar::showRows(const std::vector<std::int64_t>& rows, const QString& what)
{
    m_table->setFilter(rows, this);
    if (!rows.empty())
        m_view->selectRow(0);
    emit statusMessage(tr("Showing %1 %2").arg(count(std::int64_t(rows.size())), what) + DatasetPane::showAllHint(), 0);
}

void TokensBar::showHistogram()
{
    if (!m_histogramDialog) {
        m_histogramDialog = new QDialog(window());
        m_histogramDialog->setObjectName(QStringLiteral("tokenHistogramDialog"));
        m_histogramDialog->setWindowTitle(tr("Tokens per Row"));
        auto* layout = new QVBoxLayout(m_histogramDialog);
        layout->addWidget(m_histogram, 1);
        m_histogram->show();
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_histogramDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_histogramDialog, &QDialog::hide);
        layout->addWidget(buttons);
        m_histogramDialog->resize(900, 480);
    }
    m_histogramDialog->show();
    m_histogramDialog->raise();
}

QDialog* TokensBar::downloadTokenizer()
{
    if (!m_transport)
        return nullptr;
    auto* dialog = new TokenizerDownloadDialog(m_transport, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TokenizerDownloadDialog::downloaded, this, [this](const QString& folder, const QString& model) {
        setTokenizerDir(folder);
        emit statusMessage(tr("Counting with %1's tokenizer from the Hugging Face Hub.").arg(model), 8000);
    });
    dialog->open();
    return dialog;
}

void TokensBar::splitRowsOverContext()
{
    const auto counts = m_counter->counts();
    const std::shared_ptr<const RowTokenCounter> counter = m_counter->counter();
    const std::vector<std::int64_t> rows = currentRowsOverLength();
    if (!counter || rows.empty() || m_splitting)
        return;
    // Undo takes a split back: Return splits.
    if (Dialogs::question(this, tr("Split Rows over the Context Length"),
                          tr("Split the %n row(s) longer than %1 tokens into rows that fit, between turns? Each "
                             "piece starts with the row's system prompt and keeps its other fields; no message is "
                             "cut. A row with a turn too long even alone stays as it is. Undo brings the rows back.",
                             nullptr, int(rows.size()))
                              .arg(count(counts->maxSeqLength)),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    // The rows' bytes now, on this thread; the counting on a worker.
    QList<RowReplacement> input;
    DatasetDocument* doc = m_counter->document();
    for (std::int64_t p : rows)
        input.append({p, {doc->rowView(p).toByteArray()}});
    struct Outcome
    {
        QList<RowReplacement> split;
        QStringList refused; // the rows' numbers
        qint64 pieces = 0;
    };
    m_splitting = true;
    emit statusMessage(tr("Splitting %Ln row(s)…", nullptr, int(rows.size())), 0);
    m_work.append(QFuture<void>(runInBackground(
        this,
        [input, counter] {
            Outcome o;
            for (const RowReplacement& r : input) {
                const auto pieces = RowSplitter::split(r.rows.front(), *counter);
                if (!pieces) {
                    o.refused << QLocale().toString(qlonglong(r.position + 1));
                } else if (pieces->size() > 1) {
                    o.split.append({r.position, *pieces});
                    o.pieces += pieces->size();
                }
            }
            return o;
        },
        [this](const Outcome& o) {
            m_splitting = false;
            if (!m_counter->isCurrent()) {
                emit statusMessage(tr("The dataset changed while rows were split: nothing was changed; split again."),
                                   8000);
                return;
            }
            QString text =
                tr("Split %Ln row(s) into %1 rows that fit.", nullptr, int(o.split.size())).arg(count(o.pieces));
            // Short enough for the status bar: the rows, not each reason (Tokens of This Row… shows
            // where a row is cut).
            if (!o.refused.isEmpty())
                text += QLatin1Char(' ') +
                        tr("Not split (a turn too long even alone, or not a conversation): %Ln row(s) (%1).", nullptr,
                           int(o.refused.size()))
                            .arg(o.refused.mid(0, 8).join(QStringLiteral(", ")) +
                                 (o.refused.size() > 8 ? QStringLiteral(", …") : QString()));
            if (!o.split.isEmpty())
                emit replaceRowsRequested(o.split,
                                          tr("Split %Ln Row(s) over the Context Length", nullptr, int(o.split.size())));
            emit statusMessage(text, 15000);
            m_view->setFocus(Qt::OtherFocusReason); // Ctrl+Z undoes the split
        })));
}

QDialog* TokensBar::showRowTokens()
{
    const std::shared_ptr<const RowTokenCounter> counter = m_counter->counter();
    const QModelIndex current = m_view->currentIndex();
    const std::int64_t pos = current.isValid() ? m_table->positionAt(current.row()) : -1;
    DatasetDocument* doc = m_counter->document();
    if (!counter || pos < 0 || pos >= doc->rowCount()) {
        emit statusMessage(tr("Select a row first"), 4000);
        return nullptr;
    }
    auto* dialog = new TokenViewDialog(counter, doc->rowView(pos).toByteArray(), pos + 1, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace td
