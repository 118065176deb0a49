#include "DatasetController.h"

#include "core/Worker.h"

#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "dataset/FormatClash.h"
#include "itemmodels/DatasetChecks.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/DatasetTableModel.h"
#include "validate/Exporter.h"
#include "widgets/checks/ExportDialog.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/DatasetTableView.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QWidget>

#include <climits>

namespace td {

DatasetController::DatasetController(DatasetSession* session, DatasetPane* pane, DatasetChecks* checks, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_pane(pane)
    , m_checks(checks)
    , m_window(window)
{
    DatasetDocument* doc = m_session->document();
    connect(doc, &DatasetDocument::opened, this, &DatasetController::onOpened);
    connect(doc, &DatasetDocument::indexingFinished, this, &DatasetController::onIndexed);
    connect(doc, &DatasetDocument::loadFailed, this, &DatasetController::onLoadFailed);
    connect(doc, &DatasetDocument::changedOnDisk, this, &DatasetController::onChangedOnDisk);
    connect(doc, &DatasetDocument::saveFailed, this, &DatasetController::onSaveFailed);
    connect(doc, &DatasetDocument::journalError, this, [this](const Error& e) {
        emit statusMessage(tr("Unsaved edits cannot be journaled (%1); save soon.").arg(e.message), 10000);
    });
    connect(doc, &DatasetDocument::loadProgress, this, [this](qint64 done, qint64 total, const QString& phase) {
        emit progress(done < total ? int(total ? done * 1000 / total : 0) : -1, phase + QStringLiteral(" %p%"));
        emit stateChanged();
    });
    connect(doc, &DatasetDocument::saveProgress, this, [this](qint64 done, qint64 total) {
        emit progress(int(total ? done * 1000 / total : 0), tr("Saving %p%"));
    });
    connect(doc, &DatasetDocument::saved, this, [this](const QString& path) {
        emit progress(-1, {});
        // The rows came from a file another program rewrote in place: the saved copy becomes
        // the open file, read afresh, so what is shown no longer depends on the rewritten one.
        if (m_session->document()->isModifiedInPlace()) {
            m_session->open(path);
            emit statusMessage(tr("Saved %1 and opened it (the file you had open was rewritten by another program)")
                                   .arg(QDir::toNativeSeparators(path)),
                               8000);
            emit fileUsed(path);
            emit stateChanged();
            m_afterSave = {};
            return;
        }
        emit fileUsed(path);
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
        emit stateChanged();
        if (auto action = std::exchange(m_afterSave, {}))
            action();
    });
    connect(doc, &DatasetDocument::changed, this, [this](const DocumentChange& c) {
        if (c.kind != DocumentChange::Kind::RowsChanged)
            emit stateChanged();
    });
    connect(m_session, &DatasetSession::modifiedChanged, this, &DatasetController::stateChanged);
    connect(m_session, &DatasetSession::workProgress, this, [this](qint64 done, qint64 total, const QString& what) {
        emit statusMessage(tr("%1: %2 of %3 rows").arg(what, QLocale().toString(done), QLocale().toString(total)),
                           2000);
    });
}

DatasetController::~DatasetController()
{
    m_export.waitForFinished();
}

void DatasetController::openDialog()
{
    const QString dir = Settings::instance()->get(Settings::Key::LastOpenDir).toString();
    const QString path = Dialogs::openFileName(m_window, tr("Open Dataset"), dir,
                                               tr("JSONL datasets (*.jsonl *.jsonl.zst *.zst);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void DatasetController::openFile(const QString& path)
{
    afterUnsavedChanges([this, path] {
        Settings::instance()->set(Settings::Key::LastOpenDir, QFileInfo(path).absolutePath());
        m_session->open(path);
        emit stateChanged();
    });
}

void DatasetController::newDataset()
{
    afterUnsavedChanges([this] {
        m_session->newDataset();
        emit stateChanged();
    });
}

void DatasetController::closeDataset()
{
    afterUnsavedChanges([this] {
        m_session->close();
        emit stateChanged();
    });
}

bool DatasetController::addRows(const QList<QByteArray>& rows, const QString& description)
{
    DatasetDocument* doc = m_session->document();
    if (doc->state() == DatasetDocument::State::Empty) {
        m_session->newDataset();
        emit stateChanged();
    }
    if (doc->state() != DatasetDocument::State::Ready) {
        Dialogs::warning(m_window, description,
                         tr("The dataset is not ready for edits (still loading, or it failed to open). Try again "
                            "once it is open."));
        return false;
    }
    if (const auto clash = formatClash(*doc, rows)) {
        const auto answer = Dialogs::question(
            m_window, description,
            tr("This dataset holds %1 rows, and the row(s) being added are %2 rows. Together refuses a file whose "
               "rows mix formats, so its format check would fail. Add them anyway?",
               nullptr, int(rows.size()))
                .arg(formatName(clash->dataset), formatName(clash->added)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const std::int64_t at = doc->rowCount();
    m_session->insertRows(at, rows, description);
    m_pane->selectPosition(at);
    emit statusMessage(tr("Added %n row(s) at the end of the dataset; Undo removes them.", nullptr, int(rows.size())),
                       6000);
    emit stateChanged();
    return true;
}

void DatasetController::showLine(const QString& path, qint64 line)
{
    DatasetDocument* doc = m_session->document();
    if (doc && QFileInfo(doc->path()) == QFileInfo(path) && !doc->isIndexing()) {
        m_pane->selectPosition(line - 1); // rows are the file's lines, blank ones included
        return;
    }
    afterUnsavedChanges([this, path, line] {
        m_pendingLine = line;
        openFile(path); // nothing is unsaved any more, so this opens at once
    });
}

void DatasetController::onOpened()
{
    if (!m_session->document()->path().isEmpty())
        emit fileUsed(m_session->document()->path());
    emit stateChanged();
    // The rows take the keys: after the welcome page or the file dialog the focus fell to the
    // next control, the Checks' Verdict box, where Down changed the verdict.
    if (m_pane->isVisible())
        m_pane->tableView()->setFocus(Qt::OtherFocusReason);
}

void DatasetController::onIndexed()
{
    emit progress(-1, {});
    if (m_pendingLine > 0) {
        m_pane->selectPosition(m_pendingLine - 1);
        m_pendingLine = 0;
    }
    emit stateChanged();
    DatasetDocument* doc = m_session->document();
    if (const auto rec = doc->pendingRecovery()) {
        const auto answer = Dialogs::question(m_window, tr("Recover Unsaved Edits"),
                                              tr("TuneDesk was closed without saving %n edit(s) to %1. Restore them?",
                                                 nullptr, EditJournal::editCount(rec->ops))
                                                  .arg(QFileInfo(doc->path()).fileName()),
                                              QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (auto r = m_session->recover(*rec); !r)
                Dialogs::warning(m_window, tr("Recover Unsaved Edits"), r.error().message);
        } else {
            doc->discardRecovery();
        }
    }
    if (auto ops = std::exchange(m_reapply, std::nullopt); ops && !ops->isEmpty()) {
        const auto r = doc->reapplyEdits(*ops);
        m_session->setRecovered();
        const QString name = QFileInfo(doc->path()).fileName();
        if (r.skipped == 0)
            Dialogs::information(m_window, tr("Reload"),
                                 tr("%1 was reloaded with your unsaved edits applied to it again (%2 of %2, by row "
                                    "number). Check them before saving.")
                                     .arg(name)
                                     .arg(r.applied));
        else
            Dialogs::warning(m_window, tr("Reload"),
                             tr("%1 was reloaded. %2 of your unsaved edits were applied to it again (by row number); "
                                "%3 could not be, because the rows they changed are no longer there (the file now "
                                "has %4 rows).")
                                 .arg(name)
                                 .arg(r.applied)
                                 .arg(r.skipped)
                                 .arg(QLocale().toString(doc->rowCount())));
        emit stateChanged();
    }
    if (m_pane->currentPosition() < 0 && doc->rowCount() > 0)
        m_pane->selectPosition(0);
}

void DatasetController::reload()
{
    DatasetDocument* doc = m_session->document();
    if (doc->path().isEmpty() || doc->isIndexing())
        return;
    const QString name = QFileInfo(doc->path()).fileName();
    m_reapply.reset();
    if (m_session->isModified()) {
        const QList<JournalOp> ops = doc->unsavedEdits();
        const auto answer = Dialogs::question(
            m_window, tr("Reload"),
            tr("Reload %1 from disk? You have unsaved edits.\n\nYes: keep them, applied again to the reloaded rows "
               "by row number (you are told if any no longer fit).\nDiscard: reload without them.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Yes) {
            if (ops.isEmpty()) {
                Dialogs::warning(m_window, tr("Reload"),
                                 tr("Your unsaved edits could not be read back from their journal, so they cannot "
                                    "be kept. Save them under another name first (File > Save As)."));
                return;
            }
            m_reapply = ops;
        }
    }
    doc->discardRecovery();
    m_session->open(doc->path());
    emit stateChanged();
}

void DatasetController::onLoadFailed(const Error& error)
{
    emit progress(-1, {});
    Dialogs::warning(m_window, tr("Cannot Open Dataset"), error.message);
    m_session->close();
    emit stateChanged();
}

void DatasetController::onChangedOnDisk()
{
    if (m_askingAboutDisk)
        return;
    m_askingAboutDisk = true;
    DatasetDocument* doc = m_session->document();
    const QString name = QFileInfo(doc->path()).fileName();
    QMessageBox::StandardButton answer;
    if (doc->isModifiedInPlace()) {
        answer = Dialogs::question(
            m_window, tr("File Changed on Disk"),
            tr("Another program rewrote %1 while it was open. The rows shown may no longer "
               "be what you opened, so TuneDesk cannot save over it. Reload it now?%2")
                .arg(name, m_session->isModified()
                               ? tr("\n\nYou will be asked whether to keep your unsaved edits. Or choose No and "
                                    "save them under another name (File > Save As).")
                               : QString()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    } else {
        answer = Dialogs::question(m_window, tr("File Changed on Disk"),
                                   m_session->isModified()
                                       ? tr("%1 was changed by another program. Reload it (you can keep your "
                                            "unsaved edits), or keep your version (saving will then ask before "
                                            "overwriting)?")
                                             .arg(name)
                                       : tr("%1 was changed by another program. Reload it?").arg(name),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    }
    m_askingAboutDisk = false;
    if (answer == QMessageBox::Yes)
        reload();
}

bool DatasetController::save()
{
    const DatasetDocument* doc = m_session->document();
    if (doc->path().isEmpty())
        return saveAs();
    startSave(doc->path(), false);
    return true;
}

bool DatasetController::saveAs()
{
    const DatasetDocument* doc = m_session->document();
    const QString dir =
        doc->path().isEmpty() ? Settings::instance()->get(Settings::Key::LastOpenDir).toString() : doc->path();
    QString path = Dialogs::saveFileName(m_window, tr("Save Dataset As"), dir,
                                         tr("JSONL (*.jsonl);;JSONL compressed with zstd (*.jsonl.zst)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".jsonl")) && !path.endsWith(QLatin1String(".zst")))
        path += QStringLiteral(".jsonl");
    startSave(path, true);
    return true;
}

void DatasetController::startSave(const QString& path, bool force)
{
    m_pendingSavePath = path;
    m_pane->setFocus(); // commits the raw editor's pending text through focus change
    m_session->document()->save(path, force);
}

void DatasetController::onSaveFailed(const Error& error)
{
    emit progress(-1, {});
    m_afterSave = {};
    if (error.code == Error::Code::Changed && !m_session->document()->isModifiedInPlace()) {
        const auto answer = Dialogs::question(m_window, tr("File Changed on Disk"),
                                              tr("%1\n\nOverwrite it with your version?").arg(error.message),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            m_session->document()->save(m_pendingSavePath, true);
        return;
    }
    Dialogs::warning(m_window, tr("Cannot Save"), error.message);
}

void DatasetController::afterUnsavedChanges(std::function<void()> action)
{
    if (!m_session->isModified()) {
        action();
        return;
    }
    const auto answer =
        Dialogs::question(m_window, tr("Unsaved Changes"), tr("The dataset has unsaved changes. Save them first?"),
                          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return;
    if (answer == QMessageBox::Discard) {
        action();
        return;
    }
    // Saving runs on a worker; the action follows when it has succeeded.
    m_afterSave = std::move(action);
    if (!save())
        m_afterSave = {};
}

bool DatasetController::mayClose()
{
    if (m_session->isModified()) {
        const auto answer = Dialogs::question(
            m_window, tr("Unsaved Changes"), tr("The dataset has unsaved changes. Save them before quitting?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            m_afterSave = [this] { m_window->close(); };
            if (!save())
                m_afterSave = {};
            return false;
        }
    }
    m_session->close(); // deliberate: the journal goes with the discarded edits
    return true;
}

void DatasetController::exportDialog()
{
    const DatasetDocument* doc = m_session->document();
    if (doc->state() != DatasetDocument::State::Ready)
        return;
    QString suggested = doc->path().isEmpty() ? QStringLiteral("dataset.clean.jsonl") : doc->path();
    for (const QString& ext : {QStringLiteral(".jsonl.zst"), QStringLiteral(".jsonl")})
        if (suggested.endsWith(ext)) {
            suggested = suggested.chopped(ext.size()) + QStringLiteral(".clean.jsonl");
            break;
        }
    const auto selection = m_pane->tableView()->selectedPositions();
    ExportDialog dialog(suggested, selection.size() > 1, m_session->tableModel()->isFiltered(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportOptions options = dialog.options();
    options.inputPath = doc->path(); // never overwritten, also not by the split's validation file
    options.lint.profile = m_checks->profile();
    if (dialog.rows() == ExportDialog::Rows::Selection) {
        options.rows = selection;
    } else if (dialog.rows() == ExportDialog::Rows::SearchResult) {
        const auto* model = m_session->tableModel();
        for (int r = 0; r < model->rowCount(); ++r)
            options.rows.push_back(model->positionAt(r));
    }
    runExport(options, dialog.splitShape());
}

void DatasetController::runExport(const ExportOptions& options, const SplitShape& shape)
{
    if (m_exporting || options.output.isEmpty())
        return;
    m_exporting = true;
    emit stateChanged();
    emit statusMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(options.output)), 0);
    const DocumentSnapshot snap = m_session->document()->snapshot();
    // The worker's future is kept (and waited for on destruction).
    m_export = runInBackground(
        this,
        [snap, options, shape] {
            ExportOptions o = options;
            if (o.validationFraction && !shape.isPlain()) {
                auto plan = makeSplitPlan(snap, *o.validationFraction, o.seed, shape);
                if (!plan)
                    return std::make_shared<Result<ExportSummary>>(plan.error());
                o.chooseValidation = [plan = std::move(*plan)](const std::vector<std::int64_t>& kept) {
                    return chooseValidationRows(kept, plan);
                };
            }
            return std::make_shared<Result<ExportSummary>>(exportDataset(snap, o));
        },
        [this](const std::shared_ptr<Result<ExportSummary>>& outcome) {
            const Result<ExportSummary>& result = *outcome;
            m_exporting = false;
            emit stateChanged();
            if (!result) {
                Dialogs::warning(m_window, tr("Cannot Export"), result.error().message);
                return;
            }
            const ExportSummary& s = *result;
            auto verdict = [](const std::optional<ParityReport>& r) {
                if (!r)
                    return tr("not checked (Together's checker reads only .jsonl)");
                return r->passed()
                           ? tr("Together's checker would accept it")
                           : tr("Together's checker would reject it: %1").arg(QString::fromStdString(r->message()));
            };
            QString text = tr("Wrote %1 rows: %2 fixed, %3 dropped of %4.")
                               .arg(s.rowsWritten)
                               .arg(s.rowsFixed)
                               .arg(s.rowsDropped)
                               .arg(s.rowsConsidered);
            // "%n row(s)" in the user's language (German said "8 rows, die Prüfung …").
            const auto fileLine = [&](const QString& path, qint64 rows, const std::optional<ParityReport>& check) {
                return tr("%1: %2, %3")
                    .arg(QDir::toNativeSeparators(path), tr("%n row(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))),
                         verdict(check));
            };
            text += QStringLiteral("\n\n") + fileLine(s.trainPath, s.trainRows, s.trainCheck);
            if (!s.validationPath.isEmpty())
                text += QLatin1Char('\n') + fileLine(s.validationPath, s.validationRows, s.validationCheck);
            emit statusMessage(tr("Exported %1 rows").arg(s.rowsWritten), 5000);
            Dialogs::information(m_window, tr("Export Finished"), text);
        });
}

} // namespace td
