#pragma once

#include "api/client/ModelCatalog.h"
#include "api/wire/FineTuneJob.h"
#include "jobs/Preflight.h"
#include "widgets/jobs/PreviewDialog.h"

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
class SecretStore;
class ServingCheck;

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
    // Launching: uploading, waiting for validation or creating the job.
    bool isBusy() const { return m_busy; }
    // `client` may be null (not connected): everything but launching still works.
    NewJobDialog(const TogetherClient* client, ModelCatalog catalog, QWidget* parent = nullptr);
    ~NewJobDialog() override;

    FineTuneForm* form() const { return m_form; }
    void setDatasetPath(const QString& path);
    void setValidationPath(const QString& path);
    // The local training and validation files, if the form names local files rather than ids.
    QString datasetPath() const;
    QString validationPath() const;
    // The folder of the base model's tokenizer (the Dataset pane's): pre-flight counts tokens and
    // prices with it exactly instead of estimating.
    void setTokenizerDir(const QString& dir);
    QString preflightText() const;
    QString previewText() const;
    Result<void> saveRecipe(const QString& path);
    Result<void> loadRecipe(const QString& path);
    void launch();
    // The keychain: the Hugging Face token kept there fills an empty token field, and the token
    // a launch used is kept there (never in settings or recipes).
    void setSecretStore(SecretStore* secrets);
    std::optional<FineTuneJob> launched() const { return m_launched; }
    QString status() const;
    // "Preview on Together": Together's tokens of the first rows (PreviewDialog).
    void openPreview();
    PreviewDialog* previewDialog() const { return m_previewDialog; }

signals:
    void jobLaunched(const td::FineTuneJob& job);
    // The user asked to see the line of a local file Together's validation named.
    void lineRequested(const QString& path, qint64 line);

private:
    void updatePreview();
    void schedulePreflight();
    void runPreflight();
    void fetchLimits(const QString& model);
    void setBusy(bool busy, const QString& text);
    // Together rejected a local file: its report, with a link to the line it names.
    void showRejection(const QString& message);
    QString hashOf(const QString& path) const;

    std::unique_ptr<TogetherClient> m_client;
    ModelCatalog m_catalog;
    FineTuneForm* m_form;
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
    QString m_tokenizerDir;
    bool m_preflightPassed = false;
    QHash<QString, std::pair<QDateTime, QString>> m_hashes; // SHA-256 by path, with the time it was taken at
    std::optional<PriceEstimate> m_serverPrice;             // Together's estimate for m_pricedRequest
    QByteArray m_pricedRequest;
    ServingCheck* m_servingCheck = nullptr;      // asks the platform how the result can be served
    QString m_servingKey;                        // the base model and training type it was asked for
    std::optional<ServingVerdict> m_liveServing; // its answer for m_servingKey
    JobLauncher* m_launcher = nullptr;
    std::optional<FineTuneJob> m_launched;
    bool m_busy = false;
    bool m_formProblemShown = false; // the status says "Fix the form first"
    QPointer<PreviewDialog> m_previewDialog;
    QPointer<SecretStore> m_secrets;
    QString m_rejectedPath;     // the local file Together's validation rejected
    QStringList m_rejectedData; // the training and validation paths Together rejected
};

} // namespace td
