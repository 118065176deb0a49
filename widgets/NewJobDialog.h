#pragma once

#include "api/FineTuneJob.h"
#include "api/ModelCatalog.h"
#include "jobs/Preflight.h"

#include <QDateTime>
#include <QDialog>
#include <QFuture>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace td {

class JobLauncher;

class FileUpload;
class FineTuneForm;
class TogetherClient;
class HttpTransport;

// A new fine-tune: the form, the data to upload (checked first), the pre-flight summary
// (verdict, tokens, price, where it can run), the exact request that will be sent (secrets
// masked), recipes saved next to the dataset, and the launch itself.
class NewJobDialog final : public QDialog
{
    Q_OBJECT

public:
    // `client` may be null (not connected): everything but launching still works.
    NewJobDialog(const TogetherClient* client, ModelCatalog catalog, QWidget* parent = nullptr);
    ~NewJobDialog() override;

    FineTuneForm* form() const { return m_form; }
    void setDatasetPath(const QString& path);
    void setValidationPath(const QString& path);
    QString preflightText() const;
    QString previewText() const;
    Result<void> saveRecipe(const QString& path);
    Result<void> loadRecipe(const QString& path);
    void launch();
    std::optional<FineTuneJob> launched() const { return m_launched; }
    QString status() const;

signals:
    void jobLaunched(const td::FineTuneJob& job);

private:
    void updatePreview();
    void schedulePreflight();
    void runPreflight();
    void fetchLimits(const QString& model);
    void setBusy(bool busy, const QString& text);
    QString hashOf(const QString& path) const;

    std::unique_ptr<TogetherClient> m_client;
    ModelCatalog m_catalog;
    FineTuneForm* m_form;
    QLineEdit* m_dataset;
    QLineEdit* m_validation;
    QLabel* m_preflight;
    QPlainTextEdit* m_preview;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_launch;
    QTimer m_preflightTimer;
    QList<QFuture<void>> m_preflightRuns;        // each waited for on destruction: they report back here
    std::optional<Preflight::DataFacts> m_facts; // what the data files hold, for m_factsKey
    QString m_factsKey;
    QString m_readingKey; // the data being read on a worker
    bool m_preflightPassed = false;
    QHash<QString, std::pair<QDateTime, QString>> m_hashes; // SHA-256 by path, with the time it was taken at
    std::optional<PriceEstimate> m_serverPrice;             // Together's estimate for m_pricedRequest
    QByteArray m_pricedRequest;
    JobLauncher* m_launcher = nullptr;
    std::optional<FineTuneJob> m_launched;
    bool m_busy = false;
};

} // namespace td
