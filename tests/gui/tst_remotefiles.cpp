#include "EmulatorServer.h"

#include "TestFiles.h"
#include "api/client/TogetherClient.h"
#include "api/http/CurlTransport.h"
#include "api/transfer/FileUpload.h"
#include "core/Settings.h"
#include "jobs/UploadMemory.h"
#include "widgets/common/Dialogs.h"
#include "widgets/jobs/RemoteFilesDialog.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace td;

// The files on the platform as the Jobs pane shows them: Together's verdict per file,
// download of a file's content, delete after asking.
class TestRemoteFiles : public QObject
{
    Q_OBJECT

    emu::EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;
    Connection m_connection;

    QString upload(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        test::writeFile(path, bytes);
        FileUpload u(&m_transport, m_connection, path);
        QSignalSpy done(&u, &FileUpload::finished);
        u.start();
        if (!done.wait(20000))
            return {};
        return std::get<RemoteFile>(done.front().front().value<UploadOutcome>()).id;
    }

    static QTreeWidgetItem* itemFor(QTreeWidget* list, const QString& id)
    {
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(6) == id)
                return list->topLevelItem(i);
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<td::UploadOutcome>();
        Settings::createTempFileInstance();
        // Files get their validation verdict at once: these tests are about other things.
        m_server.setValidationPolls(0);
        QVERIFY(m_server.start());
        m_connection.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        m_connection.apiKey = QStringLiteral("tgp_v1_files");
    }

    void listInspectDownloadDelete()
    {
        const QByteArray good = "{\"text\": \"one\"}\n{\"text\": \"two\"}\n";
        const QString goodId = upload(QStringLiteral("good.jsonl"), good);
        const QString badId = upload(QStringLiteral("bad.jsonl"), "{\"text\": \"one\"}\n\n");
        // As the New Fine-Tune dialog does after an upload.
        UploadMemory(Settings::instance())
            .remember(m_dir.filePath(QStringLiteral("bad.jsonl")), badId, m_connection.baseUrl.toString());
        RemoteFilesDialog dialog(TogetherClient(&m_transport, m_connection));
        QTRY_VERIFY(itemFor(dialog.list(), goodId) && itemFor(dialog.list(), badId));
        dialog.list()->setCurrentItem(itemFor(dialog.list(), badId));
        QVERIFY2(dialog.details().contains(QStringLiteral("invalid")), qPrintable(dialog.details()));
        QVERIFY(dialog.details().contains(QStringLiteral("line 2")));
        // The line the report names, in the file it was uploaded from, is one click away.
        QVERIFY(dialog.details().contains(QStringLiteral("Show line 2 of bad.jsonl")));
        QSignalSpy line(&dialog, &RemoteFilesDialog::lineRequested);
        for (QLabel* l : dialog.findChildren<QLabel*>())
            if (l->text().contains(QStringLiteral("href=\"line:2\"")))
                emit l->linkActivated(QStringLiteral("line:2"));
        QCOMPARE(line.size(), 1);
        QCOMPARE(line.front().at(0).toString(), m_dir.filePath(QStringLiteral("bad.jsonl")));
        QCOMPARE(line.front().at(1).toLongLong(), 2);
        dialog.list()->setCurrentItem(itemFor(dialog.list(), goodId));
        QVERIFY(dialog.details().contains(QStringLiteral("valid")));
        // Together's 2026 wording ("Line 3: …", capitalised) names a line too.
        const QString noRoleId =
            upload(QStringLiteral("norole.jsonl"),
                   "{\"text\": \"one\"}\n{\"text\": \"two\"}\n{\"messages\": [{\"content\": \"x\"}]}\n");
        UploadMemory(Settings::instance())
            .remember(m_dir.filePath(QStringLiteral("norole.jsonl")), noRoleId, m_connection.baseUrl.toString());
        dialog.refresh();
        QTRY_VERIFY(itemFor(dialog.list(), noRoleId));
        dialog.list()->setCurrentItem(itemFor(dialog.list(), noRoleId));
        QVERIFY2(dialog.details().contains(QStringLiteral("Line 3: `messages[0]` must contain a `role` field")),
                 qPrintable(dialog.details()));
        QVERIFY2(dialog.details().contains(QStringLiteral("Show line 3 of norole.jsonl")),
                 qPrintable(dialog.details()));
        dialog.list()->setCurrentItem(itemFor(dialog.list(), goodId));
        // Download the content.
        const QString saved = m_dir.filePath(QStringLiteral("back.jsonl"));
        Dialogs::setNextFileName(saved);
        dialog.downloadSelected();
        QTRY_VERIFY(dialog.status().startsWith(QStringLiteral("Saved")));
        QCOMPARE(test::readFile(saved), good);
        // Delete, after saying yes.
        Dialogs::setNextAnswer(QMessageBox::No);
        dialog.deleteSelected();
        QVERIFY(itemFor(dialog.list(), goodId));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        dialog.deleteSelected();
        QTRY_VERIFY(!itemFor(dialog.list(), goodId));
        // Only the confirmed delete reached the server.
        QCOMPARE(m_server.requestCount("DELETE", "/v1/files/" + goodId.toUtf8()), 1);
        QVERIFY(itemFor(dialog.list(), badId));
    }
};

QTEST_MAIN(TestRemoteFiles)
#include "tst_remotefiles.moc"
