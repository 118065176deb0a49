#include "widgets/jobs/RemoteFilesDialog.h"

#include "api/client/TogetherClient.h"
#include "api/transfer/FileDownload.h"
#include "core/Settings.h"
#include "itemmodels/Theme.h"
#include "jobs/ServerFileVerdict.h"
#include "jobs/UploadMemory.h"
#include "widgets/common/Dialogs.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace td {

RemoteFilesDialog::RemoteFilesDialog(const TogetherClient& client, QWidget* parent)
    : QDialog(parent)
    , m_client(std::make_unique<TogetherClient>(client))
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_status(new QLabel(this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_download(new QPushButton(tr("Do&wnload…"), this))
{
    m_list->setAccessibleName(tr("Uploaded files"));
    setWindowTitle(tr("Files on Together"));
    m_list->setHeaderLabels(
        {tr("Name"), tr("Size"), tr("Lines"), tr("Purpose"), tr("Processing"), tr("Uploaded"), tr("Id")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setTextFormat(Qt::RichText);
    connect(m_details, &QLabel::linkActivated, this, [this](const QString& link) {
        const RemoteFile* f = selected();
        if (!f || !link.startsWith(QLatin1String("line:")))
            return;
        const QString local =
            UploadMemory(Settings::instance()).pathOf(f->id, m_client->connection().baseUrl.toString());
        emit lineRequested(local, link.mid(5).toLongLong());
    });
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addStretch();
    buttons->addWidget(m_download);
    buttons->addWidget(m_delete);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(900, 480);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(refreshButton, &QPushButton::clicked, this, &RemoteFilesDialog::refresh);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RemoteFilesDialog::showSelected);
    connect(m_delete, &QPushButton::clicked, this, &RemoteFilesDialog::deleteSelected);
    connect(m_download, &QPushButton::clicked, this, &RemoteFilesDialog::downloadSelected);
    showSelected();
    refresh();
}

RemoteFilesDialog::~RemoteFilesDialog()
{
    if (m_transfer)
        m_transfer->abort();
}

QString RemoteFilesDialog::details() const
{
    return m_details->text();
}

QString RemoteFilesDialog::status() const
{
    return m_status->text();
}

void RemoteFilesDialog::refresh()
{
    m_status->setText(tr("Loading…"));
    m_client->listFiles(this, [this](const ApiResult<QList<RemoteFile>>& r) {
        if (const auto* e = std::get_if<ApiError>(&r)) {
            m_status->setText(tr("Could not list the files: %1").arg(e->explanation()));
            return;
        }
        m_files = std::get<QList<RemoteFile>>(r);
        m_list->clear();
        for (int i = 0; i < m_files.size(); ++i) {
            const RemoteFile& f = m_files[i];
            auto* item = new QTreeWidgetItem(m_list);
            item->setText(0, f.filename);
            item->setText(1, QLocale().formattedDataSize(f.bytes));
            item->setText(2, f.lineCount ? QLocale().toString(*f.lineCount) : QString());
            item->setText(3, f.purpose);
            item->setText(4, f.processingStatus.isEmpty() ? (f.processed ? tr("processed") : QString())
                                                          : f.processingStatus);
            item->setText(5, QLocale().toString(QDateTime::fromSecsSinceEpoch(f.createdAt), QLocale::ShortFormat));
            item->setText(6, f.id);
            item->setData(0, Qt::UserRole, i);
            if (f.valid == false)
                item->setForeground(4, Theme::color(Theme::Role::ErrorText));
        }
        m_status->setText(tr("%n file(s)", nullptr, int(m_files.size())));
        showSelected();
    });
}

const RemoteFile* RemoteFilesDialog::selected() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_files.size() ? &m_files[i] : nullptr;
}

void RemoteFilesDialog::showSelected()
{
    const RemoteFile* f = selected();
    m_delete->setEnabled(f);
    m_download->setEnabled(f && !m_transfer);
    if (!f) {
        m_details->setText(tr("Select a file to see Together's report on it."));
        return;
    }
    QStringList lines;
    lines << tr("%1 (%2), %3").arg(f->filename, f->id, QLocale().formattedDataSize(f->bytes)).toHtmlEscaped();
    if (f->valid == true) {
        lines << tr("Together's validation: valid%1")
                     .arg(f->datasetFormat.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f->datasetFormat))
                     .toHtmlEscaped();
    } else if (f->valid == false) {
        lines << tr("Together's validation: invalid: %1").arg(f->validationError).toHtmlEscaped();
        // A line the report names, in the local file this was uploaded from: one click away.
        // (ServerFileVerdict reads "Line 7: …", Together's 2026 wording, as well as "line 7".)
        const QString local =
            UploadMemory(Settings::instance()).pathOf(f->id, m_client->connection().baseUrl.toString());
        const auto n = ServerFileVerdict::namedLine(f->validationError);
        if (n && !local.isEmpty() && QFileInfo::exists(local))
            lines << QStringLiteral("<a href=\"line:%1\">%2</a>")
                         .arg(QString::number(*n), tr("Show line %1 of %2")
                                                       .arg(QString::number(*n), QFileInfo(local).fileName())
                                                       .toHtmlEscaped());
    } else if (!f->processingStatus.isEmpty()) {
        lines << tr("Processing: %1").arg(f->processingStatus).toHtmlEscaped();
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

void RemoteFilesDialog::deleteSelected()
{
    const RemoteFile* f = selected();
    if (!f)
        return;
    const QString id = f->id;
    if (Dialogs::question(
            this, tr("Delete File"),
            tr("Delete %1 (%2) from Together? Jobs that used it keep their results.").arg(f->filename, id),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_client->deleteFile(id, this, [this, id](const ApiResult<NoContent>& r) {
        if (const auto* e = std::get_if<ApiError>(&r)) {
            m_status->setText(tr("%1 was not deleted: %2").arg(id, e->explanation()));
            return;
        }
        m_status->setText(tr("Deleted %1.").arg(id));
        refresh();
    });
}

void RemoteFilesDialog::downloadSelected()
{
    const RemoteFile* f = selected();
    if (!f || m_transfer)
        return;
    const QString target = Dialogs::saveFileName(this, tr("Save File"),
                                                 QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) +
                                                     QLatin1Char('/') + f->filename,
                                                 tr("All files (*)"));
    if (target.isEmpty())
        return;
    m_transfer = new FileDownload(m_client->transport(), m_client->connection(),
                                  QStringLiteral("files/%1/content").arg(f->id), target, this);
    connect(m_transfer, &FileDownload::progress, this, [this](qint64 done, qint64) {
        m_status->setText(tr("Downloading: %1").arg(QLocale().formattedDataSize(done)));
    });
    connect(m_transfer, &FileDownload::finished, this, [this, target](const std::optional<ApiError>& e) {
        m_transfer->deleteLater();
        m_transfer = nullptr;
        m_status->setText(e ? tr("Download failed: %1").arg(e->explanation()) : tr("Saved %1.").arg(target));
        showSelected();
    });
    m_transfer->start();
    showSelected();
}

} // namespace td
