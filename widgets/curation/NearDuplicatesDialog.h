#pragma once

#include "curation/DedupeActions.h"

#include <QDialog>
#include <QFuture>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace td {

class DatasetSession;

// Near-duplicates of the open dataset: searched on a worker (scope and parameters shown),
// clusters listed by size, the cluster's first row beside another with the differing words
// marked, and the keep rules (first, longest, the row shown on the right) for one cluster or
// all, each one undo step.
class NearDuplicatesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NearDuplicatesDialog(DatasetSession* session, QWidget* parent = nullptr);
    ~NearDuplicatesDialog() override;

    void find();
    bool isSearching() const { return m_searching; }
    const std::optional<NearDupResult>& result() const { return m_result; }

signals:
    void searchFinished();

private:
    void showResult();
    void showCluster();
    void showEmptyTitles();
    void showPair();
    void keep(KeepRule rule);
    void updateKeepHint();

    DatasetSession* m_session;
    QComboBox* m_scope;
    QLabel* m_params;
    QPushButton* m_find;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QListWidget* m_clusters;
    QListWidget* m_rows;
    QLabel* m_leftTitle;
    QLabel* m_rightTitle;
    QTextBrowser* m_left;
    QTextBrowser* m_right;
    QLabel* m_difference; // how the two differ, in words
    QLabel* m_keepHint;   // what a Keep removes, before it is pressed
    QCheckBox* m_allClusters;
    QPushButton* m_keepFirst;
    QPushButton* m_keepLongest;
    QPushButton* m_keepShown;

    std::optional<NearDupResult> m_result;
    DocumentSnapshot m_snapshot; // what the result was found in
    // After a Keep action: the search runs again, and then says rows were removed and goes
    // back to the cluster at this place of the list.
    int m_afterKeep = -1;
    bool m_searching = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<Result<NearDupResult>> m_work;
};

} // namespace td
