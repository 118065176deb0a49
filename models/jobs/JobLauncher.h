#pragma once

#include "api/FineTuneCreation.h"
#include "api/FineTuneRequest.h"
#include "api/TogetherClient.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace td {

class FileUpload;

// Launching a fine-tune from local files, the one way the New Fine-Tune dialog and
// `tunedesk-cli jobs create` do it. First each local file gets its file id: the upload of the
// same bytes to the same server is reused when it still exists there; otherwise the file is
// checked as Together's client checks it and uploaded. Then the job is created once
// (createFineTuneOnce: a lost answer is looked up in the jobs list, never sent again).
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
    };

    enum class Failure {
        Rejected, // a file failed the check (or could not be read): nothing was uploaded
        Upload,   // an upload failed
    };

    explicit JobLauncher(const TogetherClient& client, QObject* parent = nullptr);

    // Gives the request the file ids of `data`'s files; then dataReady or failed.
    void prepareData(const FineTuneRequest& request, const Data& data);
    // Creates the job; then created (whatever the outcome: see FineTuneCreation).
    void create(const FineTuneRequest& request);
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

private:
    void next();
    // `reuse`: look for an earlier upload of the same bytes first.
    void upload(const QString& path, bool validation, bool reuse);
    void use(const QString& path, const QString& fileId, bool validation, bool reused);

    TogetherClient m_client;
    FineTuneRequest m_request;
    Data m_data;
    QPointer<FileUpload> m_upload;
    quint64 m_generation = 0; // answers of a cancelled launch are dropped
};

} // namespace td
