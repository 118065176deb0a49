#include "widgets/dataset/TokenizerDownloadDialog.h"

#include "api/client/ModelCatalog.h"
#include "core/SecretStore.h"
#include "jobs/HuggingFaceToken.h"
#include "tokens/count/HfRepository.h"
#include "tokens/count/HfTokenizerDownload.h"
#include "tokens/count/TokenizerCache.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

TokenizerDownloadDialog::TokenizerDownloadDialog(HttpTransport* transport, SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_transport(transport)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("tokenizerDownloadDialog"));
    setWindowTitle(tr("Download a Tokenizer"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The tokenizer of a model's Hugging Face repository (the base model a fine-tune is "
                                "made from), kept in TuneDesk's data folder for counting offline."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("downloadModel"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    QStringList models = ModelCatalog::bundled().fineTunableModels();
    models.sort(Qt::CaseInsensitive);
    m_model->addItems(models);
    m_model->setCurrentIndex(-1);
    m_model->lineEdit()->setPlaceholderText(tr("A Together model, e.g. Qwen/Qwen3-8B"));
    m_model->setAccessibleName(tr("Model"));
    m_model->lineEdit()->setAccessibleName(tr("Model"));
    m_model->setMinimumContentsLength(44);
    form->addRow(tr("&Model:"), m_model);
    m_repository = new QLabel(this);
    m_repository->setObjectName(QStringLiteral("downloadRepository"));
    m_repository->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Hugging Face repository:"), m_repository);
    m_revision = new QLineEdit(QStringLiteral("main"), this);
    m_revision->setObjectName(QStringLiteral("downloadRevision"));
    m_revision->setAccessibleName(tr("Revision"));
    m_revision->setToolTip(tr("A branch, tag or commit of the repository; the commit it names now is recorded"));
    form->addRow(tr("&Revision:"), m_revision);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("downloadToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Hugging Face token"));
    m_token->setPlaceholderText(tr("Only for gated models (Llama, Gemma): hf_…"));
    m_token->setToolTip(tr("Kept in the keychain and sent only to the Hugging Face Hub"));
    form->addRow(tr("Hugging Face &token:"), m_token);
    layout->addLayout(form);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("downloadProgress"));
    m_busy->setAccessibleName(tr("Download in progress"));
    m_busy->setRange(0, 0);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("downloadStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("&Download"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("downloadStart"));
    m_start->setDefault(true);
    layout->addWidget(buttons);
    connect(m_start, &QPushButton::clicked, this, &TokenizerDownloadDialog::download);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_download) { // Cancel stops the download first; the cache stays as it was
            delete m_download;
            finish(false, tr("Cancelled: nothing was changed."));
            return;
        }
        reject();
    });
    connect(m_model, &QComboBox::currentTextChanged, this, &TokenizerDownloadDialog::updateRepository);
    updateRepository();
    // A token kept from before is used when the field is left empty.
    if (m_secrets)
        m_secrets->read(HuggingFaceToken::key(), this, [this](const Result<QString>& kept) {
            if (kept && !kept->isEmpty()) {
                m_keptToken = *kept;
                m_token->setPlaceholderText(tr("A token is kept in the keychain (type to replace it)"));
            }
        });
}

void TokenizerDownloadDialog::setModel(const QString& model)
{
    m_model->setCurrentText(model);
}

QString TokenizerDownloadDialog::statusText() const
{
    return m_status->text();
}

void TokenizerDownloadDialog::updateRepository()
{
    const QString model = m_model->currentText().trimmed();
    const QString repo = HfRepository::forModel(model);
    m_repository->setText(model.isEmpty() ? tr("(choose a model)") : repo);
    m_start->setEnabled(!m_download && HfRepository::isValidName(repo));
}

void TokenizerDownloadDialog::download()
{
    const QString model = m_model->currentText().trimmed();
    if (m_download || !HfRepository::isValidName(HfRepository::forModel(model)))
        return;
    const QString typed = m_token->text().trimmed();
    if (!typed.isEmpty() && m_secrets) // kept like an API key, for the next time (and the CLI)
        m_secrets->write(HuggingFaceToken::key(), typed, this, [](const Result<void>&) {});
    HfTokenizerDownload::Request r;
    r.model = model;
    r.revision = m_revision->text().trimmed();
    r.token = typed.isEmpty() ? m_keptToken : typed;
    m_download = new HfTokenizerDownload(m_transport, r, this);
    connect(m_download, &HfTokenizerDownload::progress, m_status, &QLabel::setText);
    connect(m_download, &HfTokenizerDownload::failed, this, [this](const QString& message) {
        m_download->deleteLater();
        m_download = nullptr;
        finish(false, message);
    });
    connect(
        m_download, &HfTokenizerDownload::finished, this, [this, model](const QString& folder, const QString& commit) {
            const QString repo = m_download->repository();
            m_download->deleteLater();
            m_download = nullptr;
            finish(true, tr("%1 at commit %2 is in %3.").arg(repo, commit.left(7), QDir::toNativeSeparators(folder)));
            emit downloaded(folder, model);
            accept();
        });
    m_busy->show();
    m_start->setEnabled(false);
    m_model->setEnabled(false);
    m_download->start();
}

void TokenizerDownloadDialog::finish(bool ok, const QString& text)
{
    m_busy->hide();
    m_model->setEnabled(true);
    m_status->setText(ok ? text : tr("Not downloaded: %1").arg(text));
    updateRepository();
    // Return downloads again: while Download was disabled, focus (and so the default) went to
    // Cancel, and Return closed the dialog.
    m_start->setDefault(true);
    if (!m_model->hasFocus() && !m_token->hasFocus() && !m_revision->hasFocus())
        m_model->setFocus();
}

} // namespace td
