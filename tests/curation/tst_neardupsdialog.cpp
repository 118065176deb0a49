#include "CurationData.h"
#include "TestFiles.h"
#include "curation/WordDiff.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetSession.h"
#include "widgets/curation/NearDuplicatesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace td;

namespace {

// The words a document shows on a background (split at white space, in order).
QStringList highlightedWords(const QTextDocument* doc)
{
    QStringList words;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().background().style() != Qt::NoBrush)
                words << it.fragment().text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return words;
}

} // namespace

class TestNearDupsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // `session` on a file of `jsonl`, and a dialog over it that has searched once.
    bool searched(const QByteArray& jsonl, DatasetSession& session, std::unique_ptr<NearDuplicatesDialog>& dialog)
    {
        const QString path = m_dir.filePath(QStringLiteral("small-%1.jsonl").arg(++m_files));
        if (!test::writeFile(path, jsonl))
            return false;
        session.open(path);
        if (!session.document()->waitForIndexed())
            return false;
        dialog = std::make_unique<NearDuplicatesDialog>(&session);
        QSignalSpy done(dialog.get(), &NearDuplicatesDialog::searchFinished);
        dialog->find();
        return done.count() == 1 || done.wait(10000);
    }
    int m_files = 0;

private slots:
    void wordDiffMarksWhatDiffers()
    {
        const WordDiff d = diffWords(QStringLiteral("the quick brown fox"), QStringLiteral("the quick red fox jumps"));
        QCOMPARE(d.leftChanged, (std::vector<bool>{false, false, true, false}));
        QCOMPARE(d.rightChanged, (std::vector<bool>{false, false, true, false, true}));
        QCOMPARE(diffHtml(d.left, d.leftChanged, QStringLiteral("the quick brown fox")),
                 QStringLiteral("the quick <span style=\"background-color:#ffd54f; color:#000000;\">brown</span> fox"));
        QCOMPARE(diffHtml({QStringLiteral("a<b"), QStringLiteral("c")}, {true, false}, QStringLiteral("a<b\nc")),
                 QStringLiteral("<span style=\"background-color:#ffd54f; color:#000000;\">a&lt;b</span><br>c"));
    }

    void findShowAndKeepFirstForAll()
    {
        const test::NearDupData data = test::nearDuplicateData(150, 20, 61);
        const QString path = m_dir.filePath(QStringLiteral("nd.jsonl"));
        QVERIFY(test::writeFile(path, data.jsonl));
        DatasetSession session;
        session.open(path);
        QVERIFY(session.document()->waitForIndexed());
        NearDuplicatesDialog dialog(&session);
        dialog.show();
        QSignalSpy done(&dialog, &NearDuplicatesDialog::searchFinished);
        auto* find = dialog.findChild<QPushButton*>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(find);
        dialog.find();
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(dialog.result());
        QCOMPARE(dialog.result()->duplicateRows(), std::int64_t(20));
        auto* clusters = dialog.findChild<QListWidget*>(QStringLiteral("clusterList"));
        auto* rows = dialog.findChild<QListWidget*>(QStringLiteral("clusterRows"));
        QCOMPARE(clusters->count(), int(dialog.result()->clusters.size()));
        QCOMPARE(clusters->currentRow(), 0);
        QCOMPARE(rows->count(), int(dialog.result()->clusters[0].rows.size()));
        QVERIFY(!clusters->accessibleName().isEmpty());
        // The first row and its edit side by side, the edited words marked.
        QCOMPARE(dialog.findChildren<QTextBrowser*>().size(), 2);
        const QTextBrowser* const browsers[] = {dialog.findChild<QTextBrowser*>(QStringLiteral("firstRowText")),
                                                dialog.findChild<QTextBrowser*>(QStringLiteral("comparedRowText"))};
        QVERIFY(browsers[0] && browsers[1]);
        QVERIFY(browsers[0]->toHtml().contains(QStringLiteral("user:")));
        // What differs is shown highlighted (a background on exactly the words that differ),
        // on both sides.
        const WordDiff d = diffWords(browsers[0]->toPlainText(), browsers[1]->toPlainText());
        for (int side = 0; side < 2; ++side) {
            QStringList expected;
            const QStringList& words = side == 0 ? d.left : d.right;
            const std::vector<bool>& changed = side == 0 ? d.leftChanged : d.rightChanged;
            for (qsizetype w = 0; w < words.size(); ++w)
                if (changed[std::size_t(w)])
                    expected << words[w];
            QVERIFY(!expected.isEmpty());
            QCOMPARE(highlightedWords(browsers[side]->document()), expected);
        }
        QVERIFY(!browsers[0]->accessibleName().isEmpty());
        // Each side says which row it is, and below them how they differ, in words.
        const NearDupCluster& first = dialog.result()->clusters[0];
        const auto labelText = [&](const QTextBrowser* b) {
            for (QLabel* l : dialog.findChildren<QLabel*>())
                if (l->buddy() == b)
                    return l->text();
            return QString();
        };
        QCOMPARE(labelText(browsers[0]), QStringLiteral("Row %1, the cluster's first").arg(first.rows[0] + 1));
        QCOMPARE(labelText(browsers[1]), QStringLiteral("Row %1").arg(first.rows[1] + 1));
        // The words too, not only their counts (the highlight is only seen).
        const auto quoted = [](const QStringList& words, const std::vector<bool>& changed) {
            QStringList out;
            for (qsizetype w = 0; w < words.size(); ++w)
                if (changed[std::size_t(w)])
                    out << QStringLiteral("“%1”").arg(words[w]);
            return out.join(QLatin1Char(' '));
        };
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("pairDifference"))->text(),
                 QStringLiteral("Highlighted: words only on the left (%1): %2; only on the right (%3): %4.")
                     .arg(std::count(d.leftChanged.begin(), d.leftChanged.end(), true))
                     .arg(quoted(d.left, d.leftChanged))
                     .arg(std::count(d.rightChanged.begin(), d.rightChanged.end(), true))
                     .arg(quoted(d.right, d.rightChanged)));
        // What a Keep removes is said before it is pressed.
        auto* hint = dialog.findChild<QLabel*>(QStringLiteral("keepHint"));
        QCOMPARE(hint->text(), QStringLiteral("Each Keep keeps one row of this cluster's %1 and removes the other %2.")
                                   .arg(first.rows.size())
                                   .arg(first.rows.size() - 1));
        dialog.findChild<QCheckBox*>(QStringLiteral("allClusters"))->setChecked(true);
        // (English plurals come from the translation, not loaded here: "row(s)".)
        QVERIFY2(hint->text().startsWith(
                     QStringLiteral("Each Keep keeps one row of every cluster and removes the other 20 row")),
                 qPrintable(hint->text()));
        dialog.findChild<QCheckBox*>(QStringLiteral("allClusters"))->setChecked(false);
        // Keep the first of the second cluster: the search runs again by itself and lists the
        // others, the same place of the list chosen.
        const int before = clusters->count();
        QVERIFY(before >= 3);
        clusters->setCurrentRow(1);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepFirst")), Qt::LeftButton);
        QTRY_COMPARE(done.count(), 2);
        QCOMPARE(clusters->count(), before - 1);
        QCOMPARE(clusters->currentRow(), 1);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("nearDupSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Rows removed (Undo puts them back).")));
        session.undoStack()->undo();
        QCOMPARE(session.document()->rowCount(), std::int64_t(170));
        dialog.find();
        QTRY_COMPARE(done.count(), 3);
        QCOMPARE(clusters->count(), before);
        // Keep the first of every cluster: one undo step removes the 20 edits. The row on the
        // right is one cluster's: its Keep is off for all of them, after another Find too.
        dialog.findChild<QCheckBox*>(QStringLiteral("allClusters"))->setChecked(true);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("keepShown"))->isEnabled());
        dialog.find();
        QTRY_COMPARE(done.count(), 4);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("keepShown"))->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepFirst")), Qt::LeftButton);
        QCOMPARE(session.document()->rowCount(), std::int64_t(150));
        QCOMPARE(session.undoStack()->count(), 1);
        QTRY_COMPARE(done.count(), 5);
        QCOMPARE(clusters->count(), 0);
        for (std::int64_t r = 0; r < 150; ++r)
            QVERIFY(!session.document()->row(r).isEmpty());
        session.undoStack()->undo();
        QCOMPARE(session.document()->rowCount(), std::int64_t(170));
        // Another scope: the clusters found for this one go until Find is pressed.
        dialog.find();
        QTRY_COMPARE(done.count(), 6);
        QVERIFY(clusters->count() > 0);
        auto* scope = dialog.findChild<QComboBox*>();
        scope->setCurrentIndex(scope->findData(int(TextScope::User)));
        emit scope->activated(scope->currentIndex());
        QCOMPARE(clusters->count(), 0);
        QVERIFY(!dialog.result());
        QVERIFY(hint->text().isEmpty());
    }

    // Rows whose words are the same, only their white space not: nothing to highlight, so the
    // dialog says so (it showed two identical-looking texts and no difference before).
    void onlyWhiteSpaceDiffersIsSaid()
    {
        DatasetSession session;
        std::unique_ptr<NearDuplicatesDialog> found;
        QVERIFY(
            searched("{\"text\":\"a b c d e f g h i j\"}\n{\"text\":\"a b  c d e f g h\\ti j\"}\n", session, found));
        NearDuplicatesDialog& dialog = *found;
        QVERIFY(dialog.result() && dialog.result()->clusters.size() == 1);
        auto* difference = dialog.findChild<QLabel*>(QStringLiteral("pairDifference"));
        QCOMPARE(difference->text(),
                 QStringLiteral("The same words: only white space differs (spaces, tabs or line breaks)."));
        dialog.findChild<QListWidget*>(QStringLiteral("clusterRows"))->setCurrentRow(0);
        QVERIFY(difference->text().startsWith(QStringLiteral("The same row on both sides")));
    }

    // The empty panes say what to do before a search, and that none were found after one.
    void emptyPanesSayWhy()
    {
        DatasetSession session;
        std::unique_ptr<NearDuplicatesDialog> found;
        QVERIFY(searched("{\"text\":\"apples and pears in the garden\"}\n{\"text\":\"the train left at noon "
                         "sharp\"}\n",
                         session, found));
        const auto* first = found->findChild<QTextBrowser*>(QStringLiteral("firstRowText"));
        QVERIFY(found->result() && found->result()->clusters.empty());
        QVERIFY(first->toPlainText().isEmpty());
        QVERIFY(first->placeholderText().startsWith(QStringLiteral("No near-duplicates in this scope")));
        NearDuplicatesDialog fresh(&session);
        QCOMPARE(fresh.findChild<QTextBrowser*>(QStringLiteral("firstRowText"))->placeholderText(),
                 QStringLiteral("Press Find to search the rows for ones that are nearly the same."));
        // What a cluster is, in plain words before the method's parameters.
        const QList<QLabel*> params = fresh.findChildren<QLabel*>();
        bool plain = false;
        for (const QLabel* l : params)
            plain = plain || l->text().startsWith(QStringLiteral("Rows that share at least 50 % of their 3-word "
                                                                 "phrases form a cluster.\nMethod: "));
        QVERIFY(plain);
        // The panes' titles (their labels for a screen reader) say which side is which.
        QStringList titles;
        for (const auto* dialog : {found.get(), &fresh})
            for (const QLabel* l : dialog->findChildren<QLabel*>())
                if (qobject_cast<QTextBrowser*>(l->buddy()))
                    titles << l->text();
        titles.sort();
        QCOMPARE(titles,
                 QStringList({QStringLiteral("The cluster's first row"), QStringLiteral("The cluster's first row"),
                              QStringLiteral("The row compared with it"), QStringLiteral("The row compared with it")}));
        // Each list has a heading on the screen, and its letter takes the keyboard there.
        fresh.show();
        fresh.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&fresh));
        for (auto [name, heading, key] : {std::tuple{"clusterList", "Clusters, largest first", Qt::Key_U},
                                          std::tuple{"clusterRows", "Rows of the cluster", Qt::Key_O}}) {
            auto* list = fresh.findChild<QListWidget*>(QLatin1String(name));
            QVERIFY(list);
            const QLabel* label = nullptr;
            for (const QLabel* l : fresh.findChildren<QLabel*>())
                if (l->buddy() == list)
                    label = l;
            QVERIFY2(label && label->isVisible(), name);
            QCOMPARE(label->text().remove(QLatin1Char('&')), QLatin1String(heading));
            QTest::keyClick(&fresh, key, Qt::AltModifier);
            QTRY_VERIFY2(list->hasFocus(), name);
        }
    }

    void keepTheRowOnTheRight()
    {
        DatasetSession session;
        std::unique_ptr<NearDuplicatesDialog> found;
        QVERIFY(searched("{\"text\":\"a b c d e f g h\"}\n{\"text\":\"a b c d e f g h i\"}\n", session, found));
        NearDuplicatesDialog& dialog = *found;
        auto* rows = dialog.findChild<QListWidget*>(QStringLiteral("clusterRows"));
        QCOMPARE(rows->currentRow(), 1);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepShown")), Qt::LeftButton);
        QCOMPARE(session.document()->rowCount(), std::int64_t(1));
        QCOMPARE(session.document()->row(0), QByteArray("{\"text\":\"a b c d e f g h i\"}"));
    }
};

QTEST_MAIN(TestNearDupsDialog)
#include "tst_neardupsdialog.moc"
