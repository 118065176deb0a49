#include "widgets/dataset/ImportDialog.h"

#include "core/Worker.h"
#include "validate/CheckProfile.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/ColumnRoles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace td {

namespace {
constexpr int kPreviewRows = 20;
}

ImportDialog::ImportDialog(QWidget* parent, const QString& input)
    : QDialog(parent)
    , m_input(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_mapping(new QLineEdit(this))
    , m_columns(new ColumnRoles(this))
    , m_columnsBox(new QGroupBox(tr("Columns"), this))
    , m_detected(new QLabel(this))
    , m_preview(new QTableWidget(0, 3, this))
    , m_refused(new QListWidget(this))
    , m_output(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_retype(new QTimer(this))
{
    setWindowTitle(tr("Import Dataset"));
    setObjectName(QStringLiteral("importDialog"));
    resize(980, 680);

    m_input->setObjectName(QStringLiteral("importInput"));
    m_input->setAccessibleName(tr("File to import"));
    auto* browseIn = new QPushButton(tr("&Browse…"), this);
    browseIn->setObjectName(QStringLiteral("importBrowseInput"));
    browseIn->setAccessibleName(tr("Choose the file to import"));
    connect(browseIn, &QPushButton::clicked, this, [this] {
        const QString p = Dialogs::openFileName(this, tr("Import"), m_input->text(),
                                                tr("Chat data (*.jsonl *.json *.csv *.tsv *.txt);;All files (*)"));
        if (!p.isEmpty())
            setInput(p);
    });
    // Typing a path or a mapping detects again when typing pauses (or at once on Enter or
    // Tab): the preview showed the last file's rows beside a new path, and Import wrote with
    // a mapping the preview had not tried.
    m_retype->setSingleShot(true);
    m_retype->setInterval(400);
    connect(m_retype, &QTimer::timeout, this, [this] {
        if (m_input->text() != m_detectedInput)
            inputChanged();
        else
            detect();
    });
    connect(m_input, &QLineEdit::textEdited, this, [this] {
        m_retype->start();
        updateButtons();
    });
    connect(m_input, &QLineEdit::editingFinished, this, [this] {
        if (m_retype->isActive() || m_input->text() != m_detectedInput)
            inputChanged();
    });

    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setAccessibleName(tr("Input format"));
    m_format->addItem(importFormatName(ImportFormat::Auto), int(ImportFormat::Auto));
    for (ImportFormat f : importFormats())
        m_format->addItem(importFormatName(f), int(f));
    connect(m_format, &QComboBox::activated, this, [this] {
        m_mapping->clear(); // another format has other slots: the detector proposes them
        detect();
    });

    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setAccessibleName(tr("Field mapping"));
    m_mapping->setPlaceholderText(tr("slot=source,… for example user=question,assistant=answer"));
    m_mapping->setToolTip(
        tr("Where each part of a row comes from. CSV/TSV: system, user, assistant (in message order; a role may "
           "repeat), or prompt and completion, or text, each = a column name or number. JSON formats: the "
           "format's keys = the keys the file uses (conversations=dialog, from=speaker, …)."));
    connect(m_mapping, &QLineEdit::textEdited, this, [this] {
        m_retype->start();
        updateButtons();
    });
    connect(m_mapping, &QLineEdit::editingFinished, this, [this] {
        if (m_retype->isActive() || m_mapping->text() != m_detection.mapping.toString())
            detect();
    });
    m_columnsBox->setObjectName(QStringLiteral("importColumns"));
    auto* columnsLayout = new QVBoxLayout(m_columnsBox);
    columnsLayout->addWidget(m_columns);
    m_columnsBox->setVisible(false);
    connect(m_columns, &ColumnRoles::mappingEdited, this, [this](const FieldMapping& mapping) {
        m_mapping->setText(mapping.toString());
        detect();
    });

    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detected->setFocusPolicy(Qt::TabFocus);
    m_detected->setAccessibleName(tr("What was detected"));

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Preview of the first rows before and after"));
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("In the file"), tr("Converted (or why not)")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_preview->setTabKeyNavigation(false);

    m_refused->setObjectName(QStringLiteral("importRefused"));
    m_refused->setAccessibleName(tr("Rows that were not converted"));

    m_output->setObjectName(QStringLiteral("importOutput"));
    m_output->setAccessibleName(tr("Write the converted file to"));
    auto* browseOut = new QPushButton(tr("B&rowse…"), this);
    browseOut->setObjectName(QStringLiteral("importBrowseOutput"));
    browseOut->setAccessibleName(tr("Choose where to write the converted file"));
    connect(browseOut, &QPushButton::clicked, this, [this] {
        const QString p = Dialogs::saveFileName(this, tr("Write To"), m_output->text(),
                                                tr("JSONL (*.jsonl);;JSONL compressed with zstd (*.jsonl.zst)"));
        if (!p.isEmpty()) {
            setOutput(p);
            m_confirmedOutput = p; // the save dialog asked before replacing it
        }
    });
    connect(m_output, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);

    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);

    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::ApplyRole);
    m_importButton->setObjectName(QStringLiteral("importStart"));
    m_importButton->setAccessibleName(tr("Import"));
    m_importButton->setDefault(true);
    // "O&pen": Alt+O is Format's.
    m_openButton = m_buttons->addButton(tr("O&pen in Workbench"), QDialogButtonBox::AcceptRole);
    m_openButton->setObjectName(QStringLiteral("importOpen"));
    m_openButton->setAccessibleName(tr("Open the converted file in the workbench"));
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto* inRow = new QHBoxLayout;
    inRow->addWidget(m_input, 1);
    inRow->addWidget(browseIn);
    auto* outRow = new QHBoxLayout;
    outRow->addWidget(m_output, 1);
    outRow->addWidget(browseOut);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_input);
    form->addRow(fileLabel, inRow);
    auto* formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    auto* mappingLabel = new QLabel(tr("&Mapping:"), this);
    mappingLabel->setBuddy(m_mapping);
    form->addRow(mappingLabel, m_mapping);
    form->addRow(QString(), m_detected);
    form->addRow(m_columnsBox);

    auto* previewBox = new QGroupBox(tr("Preview"), this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    auto* refusedBox = new QGroupBox(tr("Refused rows"), this);
    auto* refusedLayout = new QVBoxLayout(refusedBox);
    refusedLayout->addWidget(m_refused);

    auto* outForm = new QFormLayout;
    auto* outLabel = new QLabel(tr("&Write to:"), this);
    outLabel->setBuddy(m_output);
    outForm->addRow(outLabel, outRow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewBox, 3);
    layout->addWidget(refusedBox, 1);
    layout->addLayout(outForm);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    setTabOrder(m_input, browseIn);
    setTabOrder(browseIn, m_format);
    setTabOrder(m_format, m_mapping);
    setTabOrder(m_mapping, m_detected);
    setTabOrder(m_detected, m_preview);
    setTabOrder(m_preview, m_refused);
    setTabOrder(m_refused, m_output);
    setTabOrder(m_output, browseOut);

    if (!input.isEmpty())
        setInput(input);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    // QDialog's destructor hides the dialog, which takes the focus from a line edit, whose
    // editingFinished would detect again on a half-destroyed dialog.
    for (QObject* field : std::initializer_list<QObject*>{m_input, m_mapping, m_output, m_format})
        field->disconnect(this);
    if (m_cancel)
        m_cancel->store(true);
    m_future.waitForFinished();
}

QString ImportDialog::defaultOutputFor(const QString& input) const
{
    const QFileInfo fi(input);
    QString base = fi.fileName();
    for (const QString& ext : {QStringLiteral(".jsonl"), QStringLiteral(".json"), QStringLiteral(".csv"),
                               QStringLiteral(".tsv"), QStringLiteral(".txt")})
        if (base.endsWith(ext, Qt::CaseInsensitive)) {
            base.chop(ext.size());
            break;
        }
    return fi.dir().filePath(base + QStringLiteral(".together.jsonl"));
}

void ImportDialog::setInput(const QString& path)
{
    if (m_input->text() != path)
        m_input->setText(path);
    m_detectedInput = path;
    m_mapping->clear();
    m_format->setCurrentIndex(0);
    setOutput(defaultOutputFor(path));
    detect();
}

void ImportDialog::setOutput(const QString& path)
{
    m_output->setText(path);
    updateButtons();
}

void ImportDialog::inputChanged()
{
    m_retype->stop();
    const QString path = m_input->text();
    const QFileInfo info(path);
    if (info.isFile()) {
        setInput(path);
        return;
    }
    // Nothing of another file stays on show.
    m_detectedInput.clear();
    m_detectionOk = false;
    m_written.clear();
    m_preview->setRowCount(0);
    m_refused->clear();
    m_columnsBox->setVisible(false);
    m_detected->setText(path.trimmed().isEmpty() ? QString()
                        : info.isDir()           ? tr("%1 is a folder: choose a file in it.").arg(path)
                                                 : tr("There is no file at %1.").arg(path));
    updateButtons();
}

void ImportDialog::detect()
{
    m_retype->stop();
    m_detectionOk = false;
    m_written.clear(); // the file written before is not what the dialog now shows
    m_refused->clear();
    m_status->clear();
    const QString path = m_input->text();
    if (path.isEmpty()) {
        updateButtons();
        return;
    }
    FieldMapping mapping;
    if (!m_mapping->text().trimmed().isEmpty()) {
        auto m = FieldMapping::parse(m_mapping->text());
        if (!m) {
            m_detected->setText(m.error().message);
            updateButtons();
            return;
        }
        mapping = *m;
    }
    const auto format = ImportFormat(m_format->currentData().toInt());
    auto d = detectFile(path, format, mapping);
    if (!d) {
        m_detected->setText(d.error().message);
        m_preview->setRowCount(0);
        updateButtons();
        return;
    }
    m_detection = *d;
    m_detectionOk = m_detection.format != ImportFormat::Auto;
    // The combo box shows what is used; "detect" stays chosen when the detector decided.
    if (format != ImportFormat::Auto)
        m_format->setCurrentIndex(m_format->findData(int(m_detection.format)));
    m_mapping->setText(m_detection.mapping.toString());
    const bool table = m_detection.format == ImportFormat::Csv || m_detection.format == ImportFormat::Tsv;
    if (table && !m_detection.header.empty())
        m_columns->setColumns(m_detection.header, m_detection.mapping);
    m_columnsBox->setVisible(table && !m_detection.header.empty());
    // The column choices come right after the mapping they make, before the preview.
    QWidget* before = m_mapping;
    for (int i = 0; m_columnsBox->isVisibleTo(this) && m_columns->choiceOf(i); ++i) {
        setTabOrder(before, m_columns->choiceOf(i));
        before = m_columns->choiceOf(i);
    }
    setTabOrder(before, m_detected);
    m_detected->setText(format == ImportFormat::Auto && m_detectionOk
                            ? tr("Detected %1 (%2% of the first %3 rows convert): %4")
                                  .arg(importFormatName(m_detection.format))
                                  .arg(int(m_detection.confidence * 100 + 0.5))
                                  .arg(m_detection.sampled)
                                  .arg(m_detection.explanation)
                            : tr("%1 (%2% of the first %3 rows convert): %4")
                                  .arg(importFormatName(m_detection.format))
                                  .arg(int(m_detection.confidence * 100 + 0.5))
                                  .arg(m_detection.sampled)
                                  .arg(m_detection.explanation));
    refreshPreview();
    updateButtons();
}

void ImportDialog::refreshPreview()
{
    m_preview->setRowCount(0);
    if (!m_detectionOk)
        return;
    auto rows = previewImport(m_input->text(), m_detection, kPreviewRows);
    if (!rows) {
        m_detected->setText(m_detected->text() + QLatin1Char('\n') + rows.error().message);
        m_detectionOk = false;
        return;
    }
    m_preview->setRowCount(int(rows->size()));
    for (int i = 0; i < int(rows->size()); ++i) {
        const ImportPreviewRow& p = (*rows)[std::size_t(i)];
        auto* line = new QTableWidgetItem(QString::number(p.line));
        // A pretty-printed JSON element or a quoted field spans lines: on one line here (the
        // cell showed "{" and nothing of the mapping), as it is in the tooltip.
        auto* in = new QTableWidgetItem(p.input.contains(QLatin1Char('\n')) ? p.input.simplified() : p.input);
        in->setToolTip(p.input.left(2000));
        auto* out = new QTableWidgetItem(p.refusal.isEmpty() ? p.output : tr("Not converted: %1").arg(p.refusal));
        out->setToolTip(out->text().left(2000));
        if (!p.refusal.isEmpty())
            out->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_preview->setItem(i, 0, line);
        m_preview->setItem(i, 1, in);
        m_preview->setItem(i, 2, out);
    }
}

void ImportDialog::updateButtons()
{
    m_importButton->setEnabled(!m_running && m_detectionOk && !m_retype->isActive() &&
                               !m_output->text().trimmed().isEmpty());
    m_openButton->setEnabled(!m_running && !m_written.isEmpty());
    m_openButton->setVisible(!m_written.isEmpty());
    // Once a file is written, closing is all the dialog's other button does.
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setText(m_written.isEmpty() || m_running ? tr("&Cancel") : tr("&Close"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_input, m_format, m_mapping, m_output, m_columnsBox})
        w->setEnabled(!m_running);
}

void ImportDialog::startImport()
{
    if (m_running || !m_detectionOk || m_retype->isActive())
        return;
    const QString output = m_output->text().trimmed();
    if (QFileInfo::exists(output) && output != m_confirmedOutput) {
        if (Dialogs::question(
                this, tr("Replace the File?"),
                tr("%1 exists. Replace it with the converted rows?").arg(QDir::toNativeSeparators(output)),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
            return;
    }
    m_confirmedOutput.clear(); // asked once for this import: the next one asks again
    ImportOptions options;
    options.input = m_input->text();
    options.output = m_output->text().trimmed();
    options.format = m_detection.format;
    options.mapping = m_detection.mapping;
    options.check = savedCheckProfile(); // the verdict the Checks pane gives
    m_cancel = std::make_shared<std::atomic_bool>(false);
    options.cancel = m_cancel.get();
    QPointer<ImportDialog> self(this);
    options.progress = [self](std::int64_t done, std::int64_t total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self && total > 0)
                    self->m_progress->setValue(int(1000 * done / total));
            },
            Qt::QueuedConnection);
    };
    m_running = true;
    m_written.clear();
    m_refused->clear();
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Converting %1…").arg(QDir::toNativeSeparators(options.input)));
    updateButtons();
    auto cancel = m_cancel; // kept alive with the work
    m_future = runInBackground(
        this, [options, cancel] { return std::make_shared<Result<ImportSummary>>(importFile(options)); },
        [this](const std::shared_ptr<Result<ImportSummary>>& result) { finished(*result); });
}

void ImportDialog::finished(const Result<ImportSummary>& result)
{
    m_running = false;
    m_progress->setVisible(false);
    if (!result) {
        m_status->setText(result.error().isCancelled() ? tr("Cancelled; nothing was written.")
                                                       : result.error().message);
        updateButtons();
        emit importFinished(false);
        return;
    }
    const ImportSummary& s = *result;
    for (const RefusedRow& r : s.refused)
        m_refused->addItem(tr("Line %1: %2").arg(r.line).arg(r.reason));
    if (std::int64_t(s.refused.size()) < s.rowsRefused)
        m_refused->addItem(tr("… and %1 more").arg(s.rowsRefused - std::int64_t(s.refused.size())));
    QString verdict;
    if (!s.check)
        verdict = tr("Not checked (Together's checker reads only .jsonl).");
    else if (s.check->passed())
        verdict = tr("Together's checker would accept it.");
    else
        verdict = tr("Together's checker would reject it: %1").arg(QString::fromStdString(s.check->message()));
    m_status->setText(tr("Wrote %1 %2 rows to %3; %4 of %5 rows refused. %6")
                          .arg(s.rowsConverted)
                          .arg(targetFormatName(s.target), QDir::toNativeSeparators(s.outputPath))
                          .arg(s.rowsRefused)
                          .arg(s.rowsRead)
                          .arg(verdict));
    m_written = s.outputPath;
    updateButtons();
    m_openButton->setFocus();
    emit importFinished(true);
}

void ImportDialog::reject()
{
    // While converting, Cancel stops the conversion; the dialog stays to say so.
    if (m_running) {
        if (m_cancel)
            m_cancel->store(true);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace td
