#pragma once

#include "api/client/TogetherClient.h"
#include "api/wire/FineTuneRequest.h"
#include "jobs/TokenPreview.h"

#include <QDialog>
#include <QFuture>
#include <QPointer>

#include <utility>

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

    ~PreviewDialog() override;

    // The base model's tokenizer: TuneDesk's count of the same rows is then exact, not estimated.
    void setTokenizerDir(const QString& dir);
    void run();
    PreviewView* view() const { return m_view; }
    QSpinBox* rowsBox() const { return m_rows; }
    QString status() const;

signals:
    void fileUploaded(const QString& localPath, const QString& fileId);

private:
    void request();
    void showPreview(const TokenPreview& preview, const QString& source);

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
    QString m_tokenizerDir;
    QList<QFuture<std::pair<TokenPreview, QString>>> m_counting; // waited for on destruction only
    quint64 m_countGeneration = 0;
};

} // namespace td
