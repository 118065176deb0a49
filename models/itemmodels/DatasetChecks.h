#pragma once

#include "core/Error.h"
#include "validate/CheckProfile.h"
#include "validate/Linter.h"
#include "validate/ParityReport.h"
#include "validate/SnapshotParity.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace td {

class DatasetSession;
class ProblemsModel;
struct FixTarget;

// Checks of the open dataset: the lint (every problem) and Together's verdict (check_file
// parity), run on a worker by themselves after a file opens and again shortly after edits;
// quick fixes as undo steps.
class DatasetChecks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetChecks)

public:
    explicit DatasetChecks(DatasetSession* session, QObject* parent = nullptr);
    ~DatasetChecks() override;

    ProblemsModel* problemsModel() const { return m_problems; }
    void setProfile(LintProfile profile);
    LintProfile profile() const { return m_profile; }
    // Which of Together's checks decides the verdict (parity()); stored in the settings, so
    // the next session and the CLI's default documentation agree with what the user chose.
    void setCheckProfile(CheckProfile profile);
    CheckProfile checkProfile() const { return m_checkProfile; }
    void setContextLength(std::int64_t tokens);
    std::int64_t contextLength() const { return m_contextLength; }
    // How long after the last edit the checks run again.
    void setRerunDelay(int ms);

    void run();
    void cancel();
    bool isRunning() const { return m_running; }
    // Whether parity() is about the document as it is now (it arrives before the lint ends;
    // an edit outdates it until the run that follows).
    bool isVerdictCurrent() const { return m_verdictCurrent; }
    // Whether a run is due (after a pause in editing) or going.
    bool isCheckPending() const;
    bool hasResult() const { return m_parity.has_value(); }
    // The verdict of checkProfile() on the document as it is now (a check_file report).
    const std::optional<ParityReport>& parity() const { return m_parity; }
    // The profile that made parity() (it can lag checkProfile() until the next run ends).
    CheckProfile verdictProfile() const { return m_verdictProfile; }
    // Why the last run has no result (the file changed while it was read, or could not be
    // checked); then parity() is empty and no problems are listed.
    const std::optional<Error>& failure() const { return m_failure; }
    std::vector<std::int64_t> rowsWithProblems(bool errorsOnly = false) const;

    // Applies the fixes the given problems offer, as one undo step. Returns rows changed.
    int applyFixes(const std::vector<FixTarget>& targets, const QString& undoText);

signals:
    void started();
    void progress(qint64 done, qint64 total);
    void finished();
    // Together's verdict for the document as it is now is in parity() (the lint goes on).
    void verdictChanged();
    // Edited rows were checked on their own (the full run follows).
    void rowsRechecked();
    // The document changed: parity() is about it as it was, until the next verdictChanged().
    void verdictOutdated();

private:
    void scheduleRun();
    void recheckRows(std::int64_t first, std::int64_t count);

    DatasetSession* m_session;
    ProblemsModel* m_problems;
    QTimer* m_rerun;
    LintProfile m_profile = LintProfile::Client;
    CheckProfile m_checkProfile = savedCheckProfile();
    CheckProfile m_verdictProfile = m_checkProfile;
    std::int64_t m_contextLength = 0;
    std::optional<ParityReport> m_parity;
    std::optional<Error> m_failure;
    bool m_running = false;
    bool m_verdictCurrent = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // What the parity check proved of the file's rows, so a re-check after an edit only
    // looks at edited rows (shared with the workers).
    std::shared_ptr<ParityRowFacts> m_parityFacts = std::make_shared<ParityRowFacts>();
    // Every run still going: a replaced run keeps working until it notices the cancel, and
    // must be waited for before this object goes (it posts back to it).
    QList<QFuture<void>> m_work;
};

} // namespace td
