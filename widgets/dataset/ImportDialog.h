#pragma once

#include "import/Importer.h"

#include <QDialog>
#include <QFuture>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QGroupBox;
class QTableWidget;
class QTimer;

namespace td {

class ColumnRoles;

// File > Import…: converts another chat-data shape to Together's JSONL. Shows what the
// detector chose (format, mapping, how many of the first rows convert), both changeable; a
// preview of the first rows before and after; then runs the import on a worker with progress
// and cancel, lists the refused rows, and offers the converted file for the workbench.
// Everything it does is importFile/previewImport: the CLI's import, the same result.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget* parent = nullptr, const QString& input = {});
    ~ImportDialog() override;

    // The file written by the last import (empty before one succeeded).
    QString outputPath() const { return m_written; }
    // The input file; choosing one detects its format and fills the preview.
    void setInput(const QString& path);
    void setOutput(const QString& path);
    const Detection& detection() const { return m_detection; }
    bool isRunning() const { return m_running; }
    // Starts the import (what the Import button does).
    void startImport();

signals:
    // The import ended: the output was written (with `refused` rows left out), or not.
    void importFinished(bool ok);

public slots:
    // While converting: cancels the conversion (the dialog stays to say so); else closes.
    void reject() override;

private:
    void detect();
    // The file box changed: a file is detected, anything else is said.
    void inputChanged();
    void refreshPreview();
    void finished(const Result<ImportSummary>& result);
    QString defaultOutputFor(const QString& input) const;
    void updateButtons();

    QLineEdit* m_input;
    QComboBox* m_format;
    QLineEdit* m_mapping;
    ColumnRoles* m_columns;
    QGroupBox* m_columnsBox;
    QLabel* m_detected;
    QTableWidget* m_preview;
    QListWidget* m_refused;
    QLineEdit* m_output;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_importButton;
    QPushButton* m_openButton;
    // Detects again a moment after typing stops in the file or mapping box (until then the
    // preview is of what was there before, and Import waits).
    QTimer* m_retype;

    Detection m_detection;
    bool m_detectionOk = false;
    bool m_running = false;
    QString m_written;
    QString m_detectedInput;   // the file the detection and preview are of
    QString m_confirmedOutput; // chosen in the save dialog, which asked before replacing it
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<void> m_future; // waited for on destruction: the worker reports back here
};

} // namespace td
