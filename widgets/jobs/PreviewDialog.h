#pragma once

#include "api/client/TogetherClient.h"
#include "api/wire/FineTuneRequest.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QSpinBox;

namespace td {

class JobLauncher;
class PreviewView;

// "Preview on Together" from the New Fine-Tune dialog: asks Together how it tokenizes the
// first rows of the training file for the chosen model (uploading the local file first when
// it has no id yet, or reusing its earlier upload) and shows them in a PreviewView beside
// TuneDesk's estimate for the same local rows.
class PreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // `fileId` may be empty when `localPath` is a file (it is uploaded then).
    PreviewDialog(const TogetherClient& client, const QString& model, const QString& fileId, const QString& localPath,
                  FineTuneRequest::TrainOnInputs trainOnInputs, QWidget* parent = nullptr);

    void run();
    PreviewView* view() const { return m_view; }
    QSpinBox* rowsBox() const { return m_rows; }
    QString status() const;

signals:
    void fileUploaded(const QString& localPath, const QString& fileId);

private:
    void request();

    TogetherClient m_client;
    QString m_model;
    QString m_fileId;
    QString m_localPath;
    FineTuneRequest::TrainOnInputs m_trainOnInputs;
    JobLauncher* m_launcher = nullptr;
    QPointer<ApiRequest> m_request;
    QSpinBox* m_rows;
    QPushButton* m_run;
    QLabel* m_status;
    PreviewView* m_view;
};

} // namespace td
