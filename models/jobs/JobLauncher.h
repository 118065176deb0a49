#pragma once

#include "api/client/FineTuneCreation.h"
#include "api/client/TogetherClient.h"
#include "api/wire/FineTuneRequest.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

namespace td {

class FileUpload;
class FileValidation;

// Launching a fine-tune from local files, the one way the New Fine-Tune dialog and
// `tunedesk-cli jobs create` do it. First each local file gets its file id: the upload of the
// same bytes to the same server is reused when it still exists there; otherwise the file is
// checked as Together's client checks it and uploaded. Each file is then followed until
// Together's own validation has finished (FileValidation): only a COMPLETED file is used, a
// rejected one fails the launch with the server's report (ServerFileVerdict). Then the job is
// created once (createFineTuneOnce: a lost answer is looked up in the jobs list, never sent again).
class JobLauncher final : public QObject
{
    Q_OBJECT

public:
    struct Data
    {
        QString trainingPath;   // empty: the request's training_file is used as it is
        QString validationPath; // empty: the request's validation_file is used as it is
        // Check each file before uploading it. The dialog's pre-flight has checked it already,
        // on a worker; the check here runs where it is called.
        bool check = true;
        // Upload a file Together's checker would reject (the user was asked, or --no-check).
        bool uploadRejected = false;
        // The first wait between reads of a file's validation status (it doubles up to 5 s).
        int validationPollMs = 250;
    };

    enum class Failure {
        Rejected, // a file failed the check (or could not be read): nothing was uploaded
        Upload,   // an upload failed
        Invalid,  // Together's validation rejected a file (INVALID_FORMAT or FAILED), or never finished
    };
    Q_ENUM(Failure)

    explicit JobLauncher(const TogetherClient& client, QObject* parent = nullptr);

    // Gives the request the file ids of `data`'s files; then dataReady or failed.
    void prepareData(const FineTuneRequest& request, const Data& data);
    // Waits for Together's validation of file ids this launcher has not seen validated (ids given
    // as they are), asks Together for the price (priced), then creates the job; then created (whatever
    // the outcome: see FineTuneCreation). When Together says the account cannot pay for it
    // (allowed_to_proceed false) nothing is created: overLimit, unless `overLimitConfirmed`.
    // A price that cannot be had does not stop the launch (the server decides then).
    void create(const FineTuneRequest& request, bool overLimitConfirmed = false);
    // Stops an upload underway (nothing is reported after it).
    void cancel();

signals:
    void stage(const QString& text);
    void uploadProgress(const QString& name, qint64 sent, qint64 total);
    // A file has its id: uploaded now, or an earlier upload of the same bytes (`reused`).
    void fileReady(const QString& path, const QString& fileId, bool validation, bool reused);
    void dataReady(const td::FineTuneRequest& request);
    void failed(td::JobLauncher::Failure failure, const QString& message);
    void created(const td::FineTuneCreation& creation);
    void priced(const td::PriceEstimate& estimate);
    // Over the balance and credit limit: the caller warns, and may call create() again confirmed.
    void overLimit(const td::FineTuneRequest& request, const td::PriceEstimate& estimate);

private:
    void next();
    // `reuse`: look for an earlier upload of the same bytes first.
    void upload(const QString& path, bool validation, bool reuse);
    void use(const QString& path, const QString& fileId, bool validation, bool reused);
    // Waits for Together's verdict on the file, then uses it (or fails with the report).
    void validate(const QString& path, const RemoteFile* known, const QString& fileId, bool validation, bool reused);
    // The same for any file id (`path` "" when no local file is known); `then` once it is COMPLETED.
    void waitForValidation(const QString& path, const RemoteFile* known, const QString& fileId,
                           std::function<void()> then);

    TogetherClient m_client;
    FineTuneRequest m_request;
    Data m_data;
    QPointer<FileUpload> m_upload;
    QPointer<FileValidation> m_validation;
    QSet<QString> m_validated; // file ids Together said COMPLETED (or does not validate)
    quint64 m_generation = 0;  // answers of a cancelled launch are dropped
};

} // namespace td
