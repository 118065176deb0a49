#include "CurationData.h"
#include "TestFiles.h"
#include "Translations.h"

#include "MainWindow.h"
#include "core/Settings.h"
#include "curation/NearDuplicates.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/DatasetTableModel.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/DatasetTableView.h"
#include "widgets/stats/CurationFigures.h"
#include "widgets/stats/FilterBar.h"
#include "widgets/stats/StatisticsView.h"

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>
#include <set>

#include <map>

using namespace td;

namespace {

const QByteArray kData =
    "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Hi\"},"
    "{\"role\":\"assistant\",\"content\":\"Hello\"}]}\n"
    "{\"messages\":[{\"role\":\"user\",\"content\":\"2+2?\"},{\"role\":\"assistant\",\"content\":\"4\"}]}\n"
    "{\"prompt\":\"Translate: cat\",\"completion\":\"chat\"}\n"
    "{\"messages\":[{\"role\":\"user\",\"content\":\"Привет\"},{\"role\":\"assistant\",\"content\":\"Да\"},"
    "{\"role\":\"user\",\"content\":\"Ещё\"},{\"role\":\"assistant\",\"content\":\"Нет\"}]}\n"
    "broken {\n";

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    DatasetTableModel* table() const { return m_window->session()->tableModel(); }
    FilterBar* filterBar() const { return m_window->findChild<FilterBar*>(QStringLiteral("filterBar")); }

    StatisticsView* showStatistics()
    {
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("statisticsDock"));
        if (!dock)
            return nullptr;
        dock->show(); // not the toggle: the window may have restored it shown
        return dock->findChild<StatisticsView*>();
    }

    // The chart `key` of the view, scrolled into sight and laid out (null if it never is).
    static QChartView* shownChart(StatisticsView* view, const QString& key)
    {
        const QString name = QStringLiteral("chart_") + key;
        if (!QTest::qWaitFor([&] { return view->findChild<QChartView*>(name) != nullptr; }))
            return nullptr;
        auto* chart = view->findChild<QChartView*>(name);
        view->findChild<QScrollArea*>(QStringLiteral("statisticsCharts"))->ensureWidgetVisible(chart);
        return QTest::qWaitFor([chart] { return chart->isVisible() && chart->height() > 50; }) ? chart : nullptr;
    }

    // The texts a chart draws (its title, axis labels), as a person sees them.
    static QStringList drawnTexts(QGraphicsItem* root)
    {
        QStringList texts;
        std::function<void(QGraphicsItem*)> walk = [&](QGraphicsItem* item) {
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
                texts << text->toPlainText();
            for (QGraphicsItem* child : item->childItems())
                walk(child);
        };
        walk(root);
        return texts;
    }

    // The index of the bar labelled `label` in a chart's series.
    static int barIndex(QChartView* view, const QString& label)
    {
        for (QAbstractAxis* axis : view->chart()->axes())
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                return int(categories->categories().indexOf(label));
        return -1;
    }

    // The position of bar `index` of a chart, in its view's viewport.
    static QPoint barCenter(QChartView* view, int index)
    {
        QChart* chart = view->chart();
        auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().front());
        const qreal value = series->barSets().front()->at(index);
        const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
        const QPointF inChart =
            chart->mapToPosition(horizontal ? QPointF(value / 2, index) : QPointF(index, value / 2), series);
        return view->mapFromScene(chart->mapToScene(inChart));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::createTempFileInstance();
        // As the app runs in English: plural forms from the English translation.
        QCOMPARE(td::installTranslations(qApp, QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(td::test::writeFile(m_dir.filePath(QStringLiteral("d.jsonl")), kData));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openFile(m_dir.filePath(QStringLiteral("d.jsonl")));
        QVERIFY(m_window->session()->document()->waitForIndexed());
    }

    void cleanup()
    {
        Dialogs::setNextAnswer(QMessageBox::Discard);
        m_window->close();
        m_window.reset();
    }

    // Clicking a bar shows exactly its rows in the table, and its expression in the box.
    void clickingABarFiltersTheTable()
    {
        StatisticsView* view = showStatistics();
        QVERIFY(view);
        QTRY_VERIFY(view->findChild<QChartView*>(QStringLiteral("chart_formats")));
        auto* formats = view->findChild<QChartView*>(QStringLiteral("chart_formats"));
        QVERIFY(QTest::qWaitForWindowExposed(formats->window()));
        QTRY_VERIFY(formats->isVisible() && formats->height() > 50);
        QCOMPARE(table()->rowCount(), 5);
        QCOMPARE(view->statusText(), QStringLiteral("5 rows; 1 distinct system prompt in 1 row"));
        QTest::mouseClick(formats->viewport(), Qt::LeftButton, {},
                          barCenter(formats, barIndex(formats, QStringLiteral("instruction"))));
        QTRY_COMPARE(table()->rowCount(), 1);
        QCOMPARE(filterBar()->expression(), QStringLiteral("format == \"instruction\""));
        QCOMPARE(table()->positionAt(0), std::int64_t(2));
        QCOMPARE(filterBar()->resultText(), QStringLiteral("1 of 5 rows"));

        QTest::mouseClick(formats->viewport(), Qt::LeftButton, {},
                          barCenter(formats, barIndex(formats, QStringLiteral("conversation"))));
        QTRY_COMPARE(table()->rowCount(), 3);

        // A histogram bar: rows of 2 messages (bins 0, 1, 2, 3–4).
        auto* msgs = view->findChild<QChartView*>(QStringLiteral("chart_messages"));
        QVERIFY(msgs);
        view->findChild<QScrollArea*>(QStringLiteral("statisticsCharts"))->ensureWidgetVisible(msgs);
        QTRY_VERIFY(msgs->isVisible() && msgs->height() > 50);
        QCOMPARE(msgs->chart()->series().size(), 1);
        QCOMPARE(barIndex(msgs, QStringLiteral("2")), 2);
        QCOMPARE(qobject_cast<QAbstractBarSeries*>(msgs->chart()->series().front())->barSets().front()->at(2), 1.0);
        QTest::mouseClick(msgs->viewport(), Qt::LeftButton, {}, barCenter(msgs, 2));
        QTRY_COMPARE(table()->rowCount(), 1);
        QCOMPARE(table()->positionAt(0), std::int64_t(1));
        QCOMPARE(filterBar()->expression(), QStringLiteral("msgs == 2"));
    }

    // The value axes are numbered (with localized numbers, a "%d" label format left them
    // blank): what the chart draws, its labels' texts, includes the row counts' scale.
    void theValueAxesAreNumbered()
    {
        StatisticsView* view = showStatistics();
        QVERIFY(view);
        QChartView* msgs = shownChart(view, QStringLiteral("messages"));
        QVERIFY(msgs);
        // The bins are 0, 1, 2 and 3–4 messages, the most rows in a bin 2: the value axis says 0, 1
        // and 2 beside the bins' own 0, 1 and 2.
        QTRY_VERIFY2(drawnTexts(msgs->chart()).count(QStringLiteral("2")) == 2,
                     qPrintable(drawnTexts(msgs->chart()).join(QLatin1Char('|'))));
        QCOMPARE(drawnTexts(msgs->chart()).count(QStringLiteral("0")), 2);
    }

    // Eleven bins of thousands of characters in the dock's width: the histogram lies on its side,
    // each bin labelled whole ("10k–20k"), none cut to "…" (the list of bars keeps the exact
    // ranges).
    void manyBinsAreLabelledWhole()
    {
        QByteArray rows;
        for (int n : {50, 300, 800, 1500, 3000, 7000, 15000, 30000, 70000, 150000})
            rows += "{\"text\":\"" + QByteArray(n, 'x') + "\"}\n";
        const QString path = m_dir.filePath(QStringLiteral("lengths.jsonl"));
        QVERIFY(td::test::writeFile(path, rows));
        m_window->openFile(path);
        QVERIFY(m_window->session()->document()->waitForIndexed());
        StatisticsView* view = showStatistics();
        QVERIFY(view);
        QChartView* chars = shownChart(view, QStringLiteral("characters"));
        QVERIFY(chars);
        QTRY_VERIFY2(drawnTexts(chars->chart()).contains(QStringLiteral("10k–20k")),
                     qPrintable(drawnTexts(chars->chart()).join(QLatin1Char('|'))));
        const QStringList texts = drawnTexts(chars->chart());
        for (const QString& t : texts)
            QVERIFY2(!t.contains(QChar(0x2026)), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("≥ 100k")));
    }

    // Counted when asked: the near-duplicate share and personal data per kind and role, in
    // the view's table; an edit makes them stale.
    void nearDuplicatesAndPersonalData()
    {
        const td::test::PiiData pii = td::test::piiData(60, true, 5);
        const td::test::NearDupData near = td::test::nearDuplicateData(40, 12, 6);
        const QString path = m_dir.filePath(QStringLiteral("curation.jsonl"));
        QVERIFY(td::test::writeFile(path, pii.jsonl + near.jsonl));
        m_window->openFile(path);
        DatasetDocument* doc = m_window->session()->document();
        QTRY_COMPARE(doc->path(), path);
        QVERIFY(doc->waitForIndexed());
        StatisticsView* view = showStatistics();
        QVERIFY(view);
        auto* figures = view->findChild<CurationFigures*>();
        QVERIFY(figures);
        auto* table = figures->findChild<QTreeWidget*>(QStringLiteral("personalDataTable"));
        auto* summary = figures->findChild<QLabel*>(QStringLiteral("curationSummary"));
        QVERIFY(!table->isVisible());
        QTest::mouseClick(figures->findChild<QPushButton*>(QStringLiteral("countCuration")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(table->isVisible(), 60000);

        // The table: a row per kind found and one for all, a column per role and the total.
        std::map<QString, std::pair<int, int>> expected; // code: (user, assistant)
        int user = 0, assistant = 0;
        for (const auto& p : pii.planted) {
            const bool isUser = p.pointer == "/messages/0/content";
            auto& e = expected[QString::fromStdString(p.code)];
            ++(isUser ? e.first : e.second);
            ++(isUser ? user : assistant);
        }
        QCOMPARE(table->topLevelItemCount(), int(expected.size()) + 1);
        QCOMPARE(table->headerItem()->text(1), QStringLiteral("system"));
        QCOMPARE(table->headerItem()->text(2), QStringLiteral("user"));
        QCOMPARE(table->headerItem()->text(3), QStringLiteral("assistant"));
        const int totalColumn = table->columnCount() - 1;
        for (int i = 0; i + 1 < table->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = table->topLevelItem(i);
            const auto e = expected.at(item->toolTip(0));
            QCOMPARE(item->text(1), QStringLiteral("0"));
            QCOMPARE(item->text(2), QString::number(e.first));
            QCOMPARE(item->text(3), QString::number(e.second));
            QCOMPARE(item->text(totalColumn), QString::number(e.first + e.second));
        }
        QTreeWidgetItem* all = table->topLevelItem(table->topLevelItemCount() - 1);
        QCOMPARE(all->text(2), QLocale().toString(user));
        QCOMPARE(all->text(3), QLocale().toString(assistant));
        // The near-duplicate share, as the search finds it.
        const NearDupResult nd = findNearDuplicates(doc->snapshot(), NearDupParams{}).value();
        QVERIFY(nd.duplicateRows() >= 12);
        QCOMPARE(figures->nearDuplicates()->duplicateRows(), nd.duplicateRows());
        QVERIFY2(
            summary->text().contains(QStringLiteral("%1 rows beyond each cluster's first").arg(nd.duplicateRows())),
            qPrintable(summary->text()));
        QVERIFY(!table->accessibleName().isEmpty());

        // A kind clicked: the table shows the rows it was planted in, and only those.
        QTreeWidgetItem* first = table->topLevelItem(0);
        std::set<std::int64_t> plantedRows;
        for (const auto& p : pii.planted)
            if (QString::fromStdString(p.code) == first->toolTip(0))
                plantedRows.insert(p.row);
        QVERIFY(!plantedRows.empty());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(first).center());
        QTRY_COMPARE(this->table()->rowCount(), int(plantedRows.size()));
        for (int i = 0; i < this->table()->rowCount(); ++i)
            QVERIFY(plantedRows.count(this->table()->positionAt(i)));
        QCOMPARE(m_window->panes()->currentIndex(), 0);
        // "All kinds", from the keyboard: every row with a finding.
        std::set<std::int64_t> anyRows;
        for (const auto& p : pii.planted)
            anyRows.insert(p.row);
        table->setFocus();
        table->setCurrentItem(table->topLevelItem(table->topLevelItemCount() - 1));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(this->table()->rowCount(), int(anyRows.size()));
        this->table()->clearFilter();

        // An edit: the figures no longer describe the rows.
        m_window->session()->removeRows({0});
        QTRY_VERIFY(!table->isVisible());
        QVERIFY(summary->text().contains(QStringLiteral("count again")));
        QVERIFY(!figures->personalData());
    }

    // One row with two findings reads as a person would write it (it said "2 findings in 1 rows").
    void theSummaryCountsInWords()
    {
        const QString path = m_dir.filePath(QStringLiteral("one.jsonl"));
        QVERIFY(td::test::writeFile(
            path, QByteArrayLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"Write to ann@example.com "
                                    "or bob@example.org\"},{\"role\":\"assistant\",\"content\":\"Done.\"}]}\n")));
        m_window->openFile(path);
        QTRY_COMPARE(m_window->session()->document()->path(), path);
        QVERIFY(m_window->session()->document()->waitForIndexed());
        StatisticsView* view = showStatistics();
        QVERIFY(view);
        auto* figures = view->findChild<CurationFigures*>();
        auto* summary = figures->findChild<QLabel*>(QStringLiteral("curationSummary"));
        // A file just opened has not "changed" (the rows read in said so).
        QVERIFY2(summary->text().contains(QStringLiteral("not counted yet")), qPrintable(summary->text()));
        QTest::mouseClick(figures->findChild<QPushButton*>(QStringLiteral("countCuration")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(figures->personalData(), 60000);
        QVERIFY2(summary->text().contains(QStringLiteral("2 findings in 1 row.")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("Near-duplicates: none.")), qPrintable(summary->text()));
        // One row and no system prompt: said in words, not as "0 distinct system prompts in 0 rows".
        QCOMPARE(view->statusText(), QStringLiteral("1 row; no system prompts"));
    }

    // The keyboard's way: the list of bars, Enter on one.
    void barsFromTheKeyboard()
    {
        StatisticsView* view = showStatistics();
        auto* bars = view->findChild<QTreeWidget*>(QStringLiteral("statisticsBars"));
        QVERIFY(bars);
        QTRY_VERIFY(bars->topLevelItemCount() > 0);
        QTreeWidgetItem* cyrillic = nullptr;
        for (QTreeWidgetItem* it : bars->findItems(QStringLiteral("Cyrillic"), Qt::MatchExactly | Qt::MatchRecursive))
            cyrillic = it;
        QVERIFY(cyrillic);
        bars->setFocus();
        bars->setCurrentItem(cyrillic);
        QTest::keyClick(bars, Qt::Key_Return);
        QTRY_COMPARE(table()->rowCount(), 1);
        QCOMPARE(table()->positionAt(0), std::int64_t(3));
        QCOMPARE(filterBar()->expression(), QStringLiteral("script == \"cyrillic\""));
    }

    // Every control of the view and the filter box has a name a screen reader says.
    void accessibleNames()
    {
        StatisticsView* view = showStatistics();
        QTRY_VERIFY(view->findChild<QChartView*>(QStringLiteral("chart_formats")));
        QStringList unnamed;
        for (QWidget* root : {static_cast<QWidget*>(view), static_cast<QWidget*>(filterBar())})
            for (QWidget* w : root->findChildren<QWidget*>()) {
                const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                                     qobject_cast<QAbstractItemView*>(w) || qobject_cast<QChartView*>(w);
                // What cannot take the focus is not reached (a tree's header), but a chart is named.
                if (!control || !w->isVisibleTo(root) ||
                    (w->focusPolicy() == Qt::NoFocus && !qobject_cast<QChartView*>(w)))
                    continue;
                QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << w->objectName() + QLatin1Char(' ') + QLatin1String(w->metaObject()->className());
            }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // The list of bars is reachable with Tab; the charts are not (the list is their keyboard way).
        auto* bars = view->findChild<QTreeWidget*>(QStringLiteral("statisticsBars"));
        QVERIFY(bars->focusPolicy() & Qt::TabFocus);
    }

    // The box on the table: an expression filters (the facts are computed for it even with the
    // Statistics view closed), a mistake shows its column, Show All clears, and after an
    // edit the filter uses the rows as they are now.
    void filterBox()
    {
        FilterBar* bar = filterBar();
        QVERIFY(bar);
        auto* edit = bar->findChild<QLineEdit*>(QStringLiteral("filterExpression"));
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("has(toolz)"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(bar->errorText().startsWith(QStringLiteral("Column 5:")));
        QCOMPARE(edit->cursorPosition(), 4);
        QCOMPARE(table()->rowCount(), 5);
        QVERIFY(bar->resultText().isEmpty());                      // no filter of the box's: all rows, as before
        QCOMPARE(edit->accessibleDescription(), bar->errorText()); // read with the box

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("msgs >= 2 and not role(system)"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(table()->rowCount(), 2);
        QCOMPARE(bar->resultText(), QStringLiteral("2 of 5 rows"));
        QVERIFY(bar->errorText().isEmpty());
        // The row being read stays chosen when the filter keeps it.
        m_window->datasetPane()->goToRow(4); // row 4 (position 3) has no system prompt
        QTRY_COMPARE(m_window->datasetPane()->currentPosition(), std::int64_t(3));
        bar->applyExpression(QStringLiteral("msgs >= 2"));
        QTRY_COMPARE(table()->rowCount(), 3);
        QCOMPARE(m_window->datasetPane()->currentPosition(), std::int64_t(3));
        bar->applyExpression(QStringLiteral("msgs >= 2 and not role(system)"));
        QTRY_COMPARE(table()->rowCount(), 2);

        // A mistake after a filter: the table and its count stay as they were, the message
        // (the list of every fact, long) wraps under the box without widening the window or
        // squeezing the box.
        QCoreApplication::processEvents(); // the layout after the count's text
        const QSize window = m_window->size();
        const int boxWidth = edit->width();
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("foo == 1"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(bar->errorText().contains(QStringLiteral("unknown fact 'foo'")));
        QCOMPARE(bar->resultText(), QStringLiteral("2 of 5 rows"));
        QCOMPARE(table()->rowCount(), 2);
        QTRY_VERIFY(bar->findChild<QLabel*>(QStringLiteral("filterError"))->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(m_window->size(), window);
        QVERIFY(m_window->minimumSizeHint().width() <= window.width());
        QCOMPARE(edit->width(), boxWidth);
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("msgs >= 2 and not role(system)"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(bar->errorText().isEmpty());
        QVERIFY(!bar->findChild<QLabel*>(QStringLiteral("filterError"))->isVisible());

        // An edit gives row 2 a system prompt: the same filter no longer shows it.
        m_window->session()->editRow(1, "{\"messages\":[{\"role\":\"system\",\"content\":\"x\"},{\"role\":\"user\","
                                        "\"content\":\"2+2?\"},{\"role\":\"assistant\",\"content\":\"4\"}]}");
        bar->apply();
        QTRY_COMPARE(table()->rowCount(), 1);
        QCOMPARE(table()->positionAt(0), std::int64_t(3));

        // No row matches: the empty table says so, and how to see every row again.
        QWidget* view = m_window->datasetPane()->tableView();
        QVERIFY(view->accessibleDescription().isEmpty());
        bar->applyExpression(QStringLiteral("msgs > 1000"));
        QTRY_COMPARE(table()->rowCount(), 0);
        QVERIFY2(view->accessibleDescription().startsWith(QStringLiteral("No row matches the filter.")),
                 qPrintable(view->accessibleDescription()));

        bar->findChild<QToolButton*>(QStringLiteral("filterClear"))->click();
        QCOMPARE(table()->rowCount(), 5);
        QVERIFY(edit->text().isEmpty());
        QVERIFY(view->accessibleDescription().isEmpty());
    }

    // Only one filter shows at a time: when another replaces the box's (a list of rows from
    // the Statistics view, Show All Rows), the box and its count go, and so does the status
    // line that said which rows were shown; Show All Rows works from the Statistics view.
    void anotherFilterReplacesTheBoxes()
    {
        FilterBar* bar = filterBar();
        StatisticsView* view = showStatistics();
        QVERIFY(bar && view);
        bar->applyExpression(QStringLiteral("msgs >= 2"));
        QTRY_COMPARE(bar->resultText(), QStringLiteral("3 of 5 rows"));
        emit view->rowsRequested({0, 4}, QStringLiteral("with something"));
        QCOMPARE(table()->rowCount(), 2);
        QVERIFY(bar->expression().isEmpty());
        QVERIFY(bar->resultText().isEmpty());
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Showing 2 with something")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // Ctrl+Shift+A with the focus in the Statistics view shows every row again.
        view->setFocus();
        QTRY_VERIFY(view->hasFocus() || view->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(table()->rowCount(), 5);
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    }
};

QTEST_MAIN(TestStatistics)
#include "tst_statistics.moc"
