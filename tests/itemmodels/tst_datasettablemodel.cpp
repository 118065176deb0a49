#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "dataset/SummaryProvider.h"
#include "itemmodels/DatasetTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TestDatasetTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString makeFile(int rows)
    {
        QByteArray data;
        for (int i = 0; i < rows; ++i)
            data += "{\"messages\":[{\"role\":\"user\",\"content\":\"question " + QByteArray::number(i) +
                    "\"},{\"role\":\"assistant\",\"content\":\"answer\",\"weight\":1}]}\n";
        data += "broken line\n";
        const QString path = m_dir.filePath(QStringLiteral("t%1.jsonl").arg(rows));
        td::test::writeFile(path, data);
        return path;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelIsConsistentThroughOpenAndEdits()
    {
        DatasetDocument doc;
        SummaryProvider summaries(&doc);
        DatasetTableModel model(&doc, &summaries);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        doc.open(makeFile(50000));
        QVERIFY(doc.waitForIndexed());
        QCOMPARE(model.rowCount(), 50001);
        QVERIFY(inserted.size() >= 1);

        doc.replaceRow(3, "{\"text\":\"now a text row\"}");
        doc.insertRows(0, {"{\"text\":\"first\"}"});
        doc.removeRows(10, 5);
        doc.moveRow(0, 20);
        doc.moveRow(20, 0);
        QCOMPARE(model.rowCount(), 50001 + 1 - 5);
    }

    // The compact columns say in their header's tooltip how to read their codes.
    void compactColumnsExplainThemselves()
    {
        DatasetDocument doc;
        SummaryProvider summaries(&doc);
        DatasetTableModel model(&doc, &summaries);
        const QString roles =
            model.headerData(DatasetTableModel::RolesColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
        const QString weights =
            model.headerData(DatasetTableModel::WeightsColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(roles.contains(QStringLiteral("U user")), qPrintable(roles));
        QVERIFY2(weights.contains(QStringLiteral("1 trained")) && weights.contains(QStringLiteral("0 not trained")),
                 qPrintable(weights));
    }

    void summariesArriveLazily()
    {
        DatasetDocument doc;
        SummaryProvider summaries(&doc);
        DatasetTableModel model(&doc, &summaries);
        doc.open(makeFile(10));
        QVERIFY(doc.waitForIndexed());
        const QModelIndex format = model.index(0, DatasetTableModel::FormatColumn);
        // Not computed yet: a placeholder, and a request goes to the worker.
        QVERIFY(model.data(format, DatasetTableModel::PendingRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait(5000));
        QCOMPARE(model.data(format).toString(), QStringLiteral("conversation"));
        QCOMPARE(model.data(model.index(0, DatasetTableModel::RolesColumn)).toString(), QStringLiteral("U A"));
        QCOMPARE(model.data(model.index(0, DatasetTableModel::WeightsColumn)).toString(), QStringLiteral("·1"));
        QCOMPARE(model.data(model.index(0, DatasetTableModel::PreviewColumn)).toString(), QStringLiteral("question 0"));
        QVERIFY(model.data(format, DatasetTableModel::ValidRole).toBool());

        const QModelIndex broken = model.index(10, DatasetTableModel::FormatColumn);
        model.data(broken);
        QVERIFY(changed.wait(5000));
        QCOMPARE(model.data(broken).toString(), QStringLiteral("invalid JSON"));
        QVERIFY(!model.data(broken, DatasetTableModel::ValidRole).toBool());

        // An edit replaces the summary, never showing the stale one.
        doc.replaceRow(0, "{\"prompt\":\"p\",\"completion\":\"c\"}");
        QVERIFY(model.data(format, DatasetTableModel::PendingRole).toBool());
        QVERIFY(changed.wait(5000));
        QCOMPARE(model.data(format).toString(), QStringLiteral("instruction"));
        QVERIFY(model.data(model.index(0, 0), DatasetTableModel::EditedRole).toBool());
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("1 •"));
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("2"));
    }

    void filterFollowsEdits()
    {
        DatasetDocument doc;
        SummaryProvider summaries(&doc);
        DatasetTableModel model(&doc, &summaries);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.open(makeFile(100));
        QVERIFY(doc.waitForIndexed());
        model.setFilter({50, 10, 70});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.positionAt(0), 10);
        QCOMPARE(model.rowOf(70), 2);
        QCOMPARE(model.rowOf(11), -1);

        doc.insertRows(0, {"x", "y"});
        QCOMPARE(model.positionAt(0), 12);
        doc.removeRows(51, 2); // removes original row 50 (now at 52)? no: rows 51 and 52
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.positionAt(1), 70);
        doc.moveRow(12, 0);
        QCOMPARE(model.positionAt(0), 0);
        model.clearFilter();
        QCOMPARE(model.rowCount(), int(doc.rowCount()));
    }
};

QTEST_GUILESS_MAIN(TestDatasetTableModel)
#include "tst_datasettablemodel.moc"
