#pragma once

#include "tokens/count/HfTokenizerDownload.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace td {

class SecretStore;

// Download a Together model's tokenizer from the Hugging Face Hub (HfTokenizerDownload): the
// model (the bundled catalog's fine-tunable models to pick from, or any name), the Hub
// repository it maps to, the revision, and the Hugging Face token for gated models (kept in the
// keychain, like API keys; a kept one is used when the field is left empty). Progress and
// errors show in the dialog; Cancel stops a download and leaves the cache as it was.
class TokenizerDownloadDialog final : public QDialog
{
    Q_OBJECT

public:
    TokenizerDownloadDialog(HttpTransport* transport, SecretStore* secrets, QWidget* parent = nullptr);

    void setModel(const QString& model);
    void download();
    QString statusText() const;
    bool isDownloading() const { return bool(m_download); }

signals:
    // The tokenizer is in the cache: `folder` holds it.
    void downloaded(const QString& folder, const QString& model);

private:
    void updateRepository();
    void finish(bool ok, const QString& text);

    HttpTransport* m_transport;
    SecretStore* m_secrets;
    QString m_keptToken;
    QComboBox* m_model;
    QLabel* m_repository;
    QLineEdit* m_revision;
    QLineEdit* m_token;
    QLabel* m_status;
    QProgressBar* m_busy;
    QPushButton* m_start;
    QPointer<HfTokenizerDownload> m_download;
};

} // namespace td
