#pragma once

#include "api/transfer/FileUpload.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace td {

class TogetherClient;

// The files on the platform: name, size, lines, purpose and Together's processing status and
// validation report; delete (confirmed) and download a file's content.
class RemoteFilesDialog final : public QDialog
{
    Q_OBJECT

public:
    RemoteFilesDialog(const TogetherClient& client, QWidget* parent = nullptr);
    ~RemoteFilesDialog() override;

    void refresh();
    QTreeWidget* list() const { return m_list; }
    QString details() const;
    QString status() const;
    void deleteSelected();
    void downloadSelected();

signals:
    // A line of a local file that Together's report names (the file it was uploaded from).
    void lineRequested(const QString& path, qint64 line);

private:
    void showSelected();
    const RemoteFile* selected() const;

    std::unique_ptr<TogetherClient> m_client;
    QList<RemoteFile> m_files;
    QTreeWidget* m_list;
    QLabel* m_details;
    QLabel* m_status;
    QPushButton* m_delete;
    QPushButton* m_download;
    QPointer<class FileDownload> m_transfer;
};

} // namespace td
