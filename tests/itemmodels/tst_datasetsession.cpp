#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/DatasetTableModel.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace td;
using td::test::readFile;
using td::test::writeFile;

class TestDatasetSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QByteArray m_original =
        "{\"messages\":[{\"role\":\"system\",\"content\":\"s\"},{\"role\":\"user\",\"content\":\"q1\"},"
        "{\"role\":\"assistant\",\"content\":\"a1\"},{\"role\":\"user\",\"content\":\"q2\"},"
        "{\"role\":\"assistant\",\"content\":\"a2\"}]}\n"
        "{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}, {\"role\": \"assistant\", "
        "\"content\": \"y\", \"weight\": 1}]}\n"
        "{\"text\":\"plain\"}\n";

    QString freshFile(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, m_original);
        return path;
    }

    static void openAndWait(DatasetSession& s, const QString& path)
    {
        s.open(path);
        QVERIFY(s.document()->waitForIndexed());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void undoRestoresByteIdenticalRows()
    {
        DatasetSession s;
        const QString path = freshFile(QStringLiteral("undo.jsonl"));
        openAndWait(s, path);
        QSignalSpy modified(&s, &DatasetSession::modifiedChanged);
        s.editRow(1, "{\"text\":\"changed\"}");
        QVERIFY(s.isModified());
        QCOMPARE(modified.size(), 1);
        s.undoStack()->undo();
        QVERIFY(!s.isModified());
        QVERIFY(!s.document()->isRowEdited(1));
        s.undoStack()->redo();
        QCOMPARE(s.document()->row(1), QByteArray("{\"text\":\"changed\"}"));
        s.undoStack()->undo();

        QSignalSpy saved(s.document(), &DatasetDocument::saved);
        s.editRow(2, "{\"text\":\"PLAIN\"}");
        s.document()->save(path);
        QVERIFY(saved.wait(5000));
        QVERIFY(!s.isModified());
        QByteArray expected = m_original;
        expected.replace("{\"text\":\"plain\"}", "{\"text\":\"PLAIN\"}");
        QCOMPARE(readFile(path), expected);
        // Undo after a save is still possible and makes the document modified again.
        s.undoStack()->undo();
        QVERIFY(s.isModified());
        QCOMPARE(s.document()->row(2), QByteArray("{\"text\":\"plain\"}"));
    }

    void typingMergesIntoOneStep()
    {
        DatasetSession s;
        openAndWait(s, freshFile(QStringLiteral("merge.jsonl")));
        s.editRow(2, "{\"text\":\"p\"}", QStringLiteral("text"));
        s.editRow(2, "{\"text\":\"pl\"}", QStringLiteral("text"));
        s.editRow(2, "{\"text\":\"pla\"}", QStringLiteral("text"));
        QCOMPARE(s.undoStack()->count(), 1);
        s.editRow(2, "{\"text\":\"other\"}", QStringLiteral("other-field"));
        QCOMPARE(s.undoStack()->count(), 2);
        s.undoStack()->undo();
        QCOMPARE(s.document()->row(2), QByteArray("{\"text\":\"pla\"}"));
        s.undoStack()->undo();
        QCOMPARE(s.document()->row(2), QByteArray("{\"text\":\"plain\"}"));
    }

    void bulkWeightRuleIsOneStep()
    {
        DatasetSession s;
        openAndWait(s, freshFile(QStringLiteral("bulk.jsonl")));
        QSignalSpy done(&s, &DatasetSession::bulkFinished);
        s.applyWeightRule(WeightRule::LastAssistantOnly, {});
        QVERIFY(done.wait(5000));
        QCOMPARE(done.front().front().toLongLong(), 2); // the text row is not a conversation
        QCOMPARE(s.undoStack()->count(), 1);
        QCOMPARE(s.document()->row(0),
                 QByteArray("{\"messages\":[{\"role\":\"system\",\"content\":\"s\",\"weight\":0},{\"role\":\"user\","
                            "\"content\":\"q1\",\"weight\":0},{\"role\":\"assistant\",\"content\":\"a1\",\"weight\":0},"
                            "{\"role\":\"user\",\"content\":\"q2\",\"weight\":0},{\"role\":\"assistant\",\"content\":"
                            "\"a2\",\"weight\":1}]}"));
        s.undoStack()->undo();
        QVERIFY(!s.document()->isRowEdited(0));
        QVERIFY(!s.document()->isRowEdited(1));

        s.applyWeightRule(WeightRule::RemoveAll, {1});
        QVERIFY(done.wait(5000));
        QCOMPARE(s.document()->row(1),
                 QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":"
                            "\"y\"}]}"));
    }

    void duplicateRemoveAndMove()
    {
        DatasetSession s;
        openAndWait(s, freshFile(QStringLiteral("rows.jsonl")));
        const QByteArray r0 = s.document()->row(0), r1 = s.document()->row(1), r2 = s.document()->row(2);
        s.duplicateRows({0, 2});
        QCOMPARE(s.document()->rowCount(), 5);
        QCOMPARE(s.document()->row(3), r0);
        QCOMPARE(s.document()->row(4), r2);
        s.removeRows({0, 2, 3});
        QCOMPARE(s.document()->rowCount(), 2);
        QCOMPARE(s.document()->row(0), r1);
        QCOMPARE(s.document()->row(1), r2);
        s.moveRow(1, 0);
        QCOMPARE(s.document()->row(0), r2);
        s.undoStack()->undo();
        s.undoStack()->undo();
        QCOMPARE(s.document()->rowCount(), 5);
        QCOMPARE(s.document()->row(2), r2);
        s.undoStack()->undo();
        QCOMPARE(s.document()->rowCount(), 3);
        QVERIFY(!s.isModified());
    }

    void searchGivesAFilter()
    {
        DatasetSession s;
        openAndWait(s, freshFile(QStringLiteral("search.jsonl")));
        QSignalSpy found(&s, &DatasetSession::searchFinished);
        SearchQuery q{QStringLiteral("a2")};
        q.scope = SearchQuery::Scope::Assistant;
        s.startSearch(q);
        QVERIFY(found.wait(5000));
        const auto rows = found.front().front().value<std::vector<std::int64_t>>();
        QCOMPARE(rows, (std::vector<std::int64_t>{0}));

        QSignalSpy failed(&s, &DatasetSession::searchFailed);
        q.regex = true;
        q.text = QStringLiteral("[");
        s.startSearch(q);
        QVERIFY(failed.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestDatasetSession)
#include "tst_datasetsession.moc"
