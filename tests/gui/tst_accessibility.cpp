#include "EmulatorServer.h"

#include "MainWindow.h"
#include "Mnemonics.h"
#include "TestJobs.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "endpoints/DeployPlan.h"
#include "endpoints/DmiDeploymentsModel.h"
#include "endpoints/EndpointMonitor.h"
#include "itemmodels/DatasetSession.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/GettingStartedDialog.h"
#include "widgets/common/ShortcutsDialog.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/DatasetTableView.h"
#include "widgets/dataset/RowEditor.h"
#include "widgets/dataset/TokensBar.h"
#include "widgets/endpoints/DeployDialog.h"
#include "widgets/endpoints/DmiSection.h"
#include "widgets/endpoints/EndpointsPane.h"
#include "widgets/endpoints/EventsDialog.h"
#include "widgets/endpoints/NewEndpointDialog.h"
#include "widgets/endpoints/ScaleDialog.h"
#include "widgets/jobs/JobsPane.h"
#include "widgets/jobs/PreviewDialog.h"
#include "widgets/playground/PlaygroundPane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <Qsci/qsciscintilla.h>

#include <functional>

using namespace td;
using emu::EmulatorServer;

// What a screen reader says of every control a person can reach: each pane of the real main
// window (connected to the emulator, with a dataset open) and every dialog, dock and bar it
// opens is walked through QAccessible. A control fails with its object name and class when its
// name says nothing useful: none at all, only a glyph ("▲", "✕"), only its current value (a
// combo box read as "Cosine"), only its group's title (a spin box read as "Training"), or the
// same name as another control of the same window (two buttons both read as "Choose…").
class TestAccessibility : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    // Per surface: controls walked and controls without a useful name (printed at the end, for the record).
    QStringList m_tally;
    int m_total = 0;
    int m_bad = 0;

    static bool interactive(QWidget* w)
    {
        if (qobject_cast<QScrollBar*>(w))
            return false;
        return qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
               qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTextEdit*>(w) ||
               qobject_cast<QAbstractItemView*>(w) || qobject_cast<QsciScintilla*>(w) ||
               qobject_cast<QAbstractSlider*>(w);
    }

    // A name a person can understand: at least one letter or digit.
    static bool readable(const QString& name)
    {
        for (QChar c : name)
            if (c.isLetterOrNumber())
                return true;
        return false;
    }

    // What a screen reader reads as the name of `w`. On Linux a combo box's name is its current
    // text, whatever setAccessibleName says (Qt: "on Linux we use relations for this"): its name
    // is the label that names it (a QLabel whose buddy it is), which Orca reads before it.
    static QString nameOf(QWidget* w)
    {
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (!a)
            return {};
        if (qobject_cast<QComboBox*>(w))
            for (const auto& [label, relation] : a->relations(QAccessible::Label))
                if (qobject_cast<QLabel*>(label->object()))
                    return label->text(QAccessible::Name).remove(QLatin1Char('&')).trimmed();
        return a->text(QAccessible::Name).trimmed();
    }

    // Why the name of `w` does not tell a listener what it is, or empty when it does.
    static QString problem(QWidget* w, const QString& name)
    {
        if (!readable(name))
            return QStringLiteral("no name");
        if (auto* combo = qobject_cast<QComboBox*>(w); combo && name == combo->currentText())
            return QStringLiteral("named by its value");
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(w); spin && name == spin->text())
            return QStringLiteral("named by its value");
        // A field no label or name of its own names is read by its group's title.
        if (!qobject_cast<QAbstractButton*>(w) && w->accessibleName().isEmpty())
            for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
                if (auto* box = qobject_cast<QGroupBox*>(p);
                    box && name == QString(box->title()).remove(QLatin1Char('&')))
                    return QStringLiteral("named by its group");
        return {};
    }

    // The controls of `root` (a window, pane or bar) without a useful name, counted under `surface`.
    QStringList check(const QString& surface, QWidget* root)
    {
        QStringList out;
        QMultiHash<QString, QWidget*> byName;
        int total = 0;
        for (QWidget* w : root->findChildren<QWidget*>()) {
            // Buttons a screen reader lists even when Tab skips them (a line edit's clear button).
            if (!w->isVisibleTo(root) || !interactive(w) ||
                (w->focusPolicy() == Qt::NoFocus && !qobject_cast<QAbstractButton*>(w)))
                continue;
            // A spin box's line edit is named through its owner (an editable combo box's is read
            // on its own: the text field inside the combo box).
            if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                continue;
            ++total;
            const QString name = nameOf(w);
            // Tab must leave a text box (a keyboard user would otherwise be trapped in it).
            auto* plain = qobject_cast<QPlainTextEdit*>(w);
            auto* rich = qobject_cast<QTextEdit*>(w);
            if ((plain && !plain->isReadOnly() && !plain->tabChangesFocus()) ||
                (rich && !rich->isReadOnly() && !rich->tabChangesFocus()))
                out << QStringLiteral("%1: Tab does not leave it: %2 (%3)")
                           .arg(surface, w->objectName(), QString::fromLatin1(w->metaObject()->className()));
            if (const QString why = problem(w, name); !why.isEmpty())
                out << QStringLiteral("%1: %2: %3 (%4) \"%5\"")
                           .arg(surface, why, w->objectName(), QString::fromLatin1(w->metaObject()->className()), name);
            else if (!qobject_cast<QComboBox*>(w->parentWidget())) // a combo's text field bears its name
                byName.insert(name, w);
        }
        for (const QString& name : byName.uniqueKeys()) {
            const QList<QWidget*> same = byName.values(name);
            if (same.size() > 1)
                for (QWidget* w : same)
                    out << QStringLiteral("%1: same name as another control: %2 (%3) \"%4\"")
                               .arg(surface, w->objectName(), QString::fromLatin1(w->metaObject()->className()), name);
        }
        out += td::test::clashingMnemonics(surface, root);
        m_total += total;
        m_bad += int(out.size());
        m_tally << QStringLiteral("%1: %2 of %3").arg(surface).arg(out.size()).arg(total);
        return out;
    }

    // The findings one a line (a failure message is cut short), and a count for the failure.
    static QString listed(const QStringList& unnamed)
    {
        for (const QString& u : unnamed)
            qWarning().noquote() << u;
        return QStringLiteral("%1 controls without a useful name (listed above)").arg(unnamed.size());
    }

    // Runs `open`, which shows a modal dialog and waits in its exec(); the dialog is walked
    // (after `inside`, which may open more) once it shows, then closed.
    QStringList walkModal(const QString& surface, const std::function<void()>& open,
                          const std::function<void(QDialog*)>& inside = {})
    {
        QStringList found{QStringLiteral("the dialog never opened")};
        bool seen = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || seen)
                return;
            seen = true;
            poll.stop();
            if (!QTest::qWaitForWindowExposed(dialog)) {
                found = QStringList{QStringLiteral("the dialog was never shown")};
            } else {
                if (inside)
                    inside(dialog);
                found = check(surface, dialog);
            }
            dialog->reject();
        });
        poll.start();
        open();
        return found;
    }

    QStringList walkWindow(const QString& surface, QWidget* window)
    {
        if (!window)
            return {QStringLiteral("no such window")};
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return {QStringLiteral("never shown")};
        const QStringList found = check(surface, window);
        window->close();
        return found;
    }

    QAction* action(const char* name) const { return m_window->findChild<QAction*>(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::createTempFileInstance();
        QVERIFY(m_dir.isValid());
        m_server.setValidationPolls(0);
        QVERIFY(m_server.start());
        m_window =
            std::make_unique<MainWindow>(nullptr, test::storeConnectedTo(QUrl(QString::fromLatin1(m_server.baseUrl())),
                                                                         QStringLiteral("tgp_v1_a11y"), this));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const QString path = m_dir.filePath(QStringLiteral("a11y.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":"
                "\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello.\",\"weight\":1}]}\n"
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Bye\"},{\"role\":\"assistant\",\"content\":"
                "\"Goodbye.\"}]}\n");
        f.close();
        m_window->openFile(path);
        QVERIFY(m_window->session()->document()->waitForIndexed());
        m_window->datasetPane()->goToRow(1);
        QCoreApplication::processEvents();
        QTRY_VERIFY(m_window->endpointsPane()->monitor()->isConnected());
        // A model chosen in the playground, as after a first chat (its combo box then holds a value).
        m_window->playgroundPane()->openModel(QStringLiteral("together"),
                                              QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"));
    }

    void everyControlOfEveryPaneHasAName_data()
    {
        QTest::addColumn<int>("pane");
        auto* panes = m_window->findChild<QTabWidget*>(QStringLiteral("panesTabWidget"));
        QVERIFY(panes);
        for (int i = 0; i < panes->count(); ++i)
            QTest::newRow(qPrintable(panes->tabText(i).remove(QLatin1Char('&')))) << i;
    }

    void everyControlOfEveryPaneHasAName()
    {
        QFETCH(int, pane);
        auto* panes = m_window->findChild<QTabWidget*>(QStringLiteral("panesTabWidget"));
        panes->setCurrentIndex(pane);
        QCoreApplication::processEvents();
        // The pane itself and, on the dataset, the checks beside it.
        QStringList unnamed = check(panes->tabText(pane).remove(QLatin1Char('&')), panes->currentWidget());
        if (pane == 0)
            if (auto* dock = m_window->findChild<QWidget*>(QStringLiteral("checksDock")))
                unnamed += check(QStringLiteral("Checks"), dock);
        // Alt keys work across the whole window: the pane, the docks beside it, the menu bar.
        unnamed += td::test::clashingMnemonics(
            panes->tabText(pane).remove(QLatin1Char('&')) + QStringLiteral(" window"), m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(listed(unnamed)));
    }

    // The row editor with every kind of block: messages (role, text, weight, reasoning), the
    // raw JSON, a row's own fields; the find bar, the filter bar and the statistics dock.
    void theDatasetsEditorsAndBars()
    {
        m_window->panes()->setCurrentWidget(m_window->datasetPane());
        m_window->datasetPane()->action(DatasetPane::Action::Find)->trigger();
        QCoreApplication::processEvents();
        // With text in them, the boxes show their clear buttons (unnamed icons, until named).
        for (const char* name : {"findLineEdit", "filterExpression"})
            if (auto* edit = m_window->findChild<QLineEdit*>(QString::fromLatin1(name)))
                edit->setText(QStringLiteral("msgs"));
        QStringList unnamed;
        for (const char* name : {"findBar", "filterBar", "rowEditor"})
            if (auto* w = m_window->findChild<QWidget*>(QString::fromLatin1(name)); w && w->isVisible())
                unnamed += check(QString::fromLatin1(name), w);
            else
                unnamed << QStringLiteral("%1 not shown").arg(QString::fromLatin1(name));
        auto* stats = m_window->findChild<QDockWidget*>(QStringLiteral("statisticsDock"));
        QVERIFY(stats);
        stats->show();
        QTRY_VERIFY(stats->isVisible());
        unnamed += check(QStringLiteral("Statistics"), stats);
        stats->hide();
        // The tokens bar's dialogs: Download for a Model….
        if (auto* bar = m_window->findChild<TokensBar*>(QStringLiteral("tokensBar")))
            unnamed += walkWindow(QStringLiteral("Download a Tokenizer"), bar->downloadTokenizer());
        else
            unnamed << QStringLiteral("tokensBar not found");
        QVERIFY2(unnamed.isEmpty(), qPrintable(listed(unnamed)));
    }

    // A screen reader reads a splitter's panes in their order: the table before the row's
    // editor, the editor before its JSON (QSplitter keeps its children last-added first).
    void splittersAreReadInTheirOrder()
    {
        m_window->panes()->setCurrentWidget(m_window->datasetPane());
        int checked = 0;
        for (QSplitter* splitter : m_window->findChildren<QSplitter*>()) {
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(splitter);
            QVERIFY(a);
            QList<QObject*> read;
            for (int i = 0; i < a->childCount(); ++i)
                if (QAccessibleInterface* c = a->child(i); c && !qobject_cast<QSplitterHandle*>(c->object()))
                    read << c->object();
            QList<QObject*> order;
            for (int i = 0; i < splitter->count(); ++i)
                order << splitter->widget(i);
            QCOMPARE(read, order);
            for (int i = 0; i < a->childCount(); ++i)
                QCOMPARE(a->indexOfChild(a->child(i)), i);
            ++checked;
        }
        QVERIFY(checked >= 3);
        QWidget* table = m_window->datasetPane()->tableView();
        QWidget* editor = m_window->datasetPane()->rowEditor();
        auto* split = m_window->findChild<QSplitter*>(QStringLiteral("datasetSplitter"));
        QVERIFY(split);
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(split);
        QCOMPARE(a->child(0)->object(), table);
        auto* second = qobject_cast<QWidget*>(a->child(1)->object());
        QVERIFY(second && (second == editor || second->isAncestorOf(editor)));
    }

    void theFileDialogs()
    {
        QStringList unnamed;
        unnamed += walkModal(QStringLiteral("Export"), [this] { action("actionExport")->trigger(); });
        action("actionImport")->trigger();
        auto* import = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QTRY_VERIFY((import = qobject_cast<QDialog*>(QApplication::activeModalWidget())));
        unnamed += check(QStringLiteral("Import"), import);
        import->reject();
        action("actionNearDuplicates")->trigger();
        unnamed += walkWindow(QStringLiteral("Near-duplicates"),
                              m_window->findChild<QDialog*>(QStringLiteral("nearDuplicatesDialog")));
        QVERIFY2(unnamed.isEmpty(), qPrintable(listed(unnamed)));
    }

    void theHelpAndConnectionDialogs()
    {
        QStringList unnamed;
        action("actionGettingStarted")->trigger();
        unnamed += walkWindow(QStringLiteral("Getting Started"), m_window->findChild<GettingStartedDialog*>());
        action("actionShortcuts")->trigger();
        unnamed += walkWindow(QStringLiteral("Shortcuts"), m_window->findChild<ShortcutsDialog*>());
        unnamed += walkModal(QStringLiteral("Connections"), [this] { action("actionConnections")->trigger(); });
        QVERIFY2(unnamed.isEmpty(), qPrintable(listed(unnamed)));
    }

    // New Fine-Tune in each of its shapes (SFT with LoRA, DPO, full) and Preview on Together
    // opened from it; the remote files.
    void theJobDialogs()
    {
        m_window->panes()->setCurrentWidget(m_window->jobsPane());
        QStringList unnamed;
        unnamed += walkModal(
            QStringLiteral("New Fine-Tune"), [this] { emit m_window->jobsPane()->newJobRequested(); },
            [&](QDialog* dialog) {
                // The other shapes of the form: DPO and full training show other fields.
                auto* method = dialog->findChild<QComboBox*>(QStringLiteral("training_method"));
                auto* type = dialog->findChild<QComboBox*>(QStringLiteral("training_type"));
                method->setCurrentIndex(1);
                type->setCurrentIndex(1);
                unnamed += check(QStringLiteral("New Fine-Tune (DPO, full)"), dialog);
                method->setCurrentIndex(0);
                type->setCurrentIndex(0);
                auto* preview = dialog->findChild<QPushButton*>(QStringLiteral("previewOnTogether"));
                preview->click();
                auto* previewDialog = dialog->findChild<PreviewDialog*>();
                if (!previewDialog || !QTest::qWaitForWindowExposed(previewDialog)) {
                    unnamed << QStringLiteral("Preview on Together never opened");
                    return;
                }
                unnamed += check(QStringLiteral("Preview"), previewDialog);
                previewDialog->close();
            });
        unnamed += walkModal(QStringLiteral("Remote files"), [this] {
            m_window->jobsPane()->findChild<QPushButton*>(QStringLiteral("remoteFilesButton"))->click();
        });
        QVERIFY2(unnamed.isEmpty(), qPrintable(listed(unnamed)));
    }

    void theEndpointDialogs()
    {
        EndpointsPane* pane = m_window->endpointsPane();
        m_window->panes()->setCurrentWidget(pane);
        QStringList unnamed;
        pane->newEndpoint(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"));
        auto* newEndpoint = pane->findChild<NewEndpointDialog*>(QStringLiteral("newEndpointDialog"));
        QVERIFY(newEndpoint);
        QTRY_VERIFY(!newEndpoint->hardware().isEmpty());
        unnamed += walkWindow(QStringLiteral("New Endpoint"), newEndpoint);
        DeployDialog* deploy = pane->deployModel(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"));
        QVERIFY(deploy);
        QTRY_COMPARE_WITH_TIMEOUT(deploy->plan()->stage(), DeployPlan::Stage::Resolved, 20000);
        unnamed += check(QStringLiteral("Deploy"), deploy);
        // Deployed, for a deployment to scale and read the events of.
        pane->dmi()->setPollIntervals(20, 400);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        deploy->findChild<QPushButton*>(QStringLiteral("deployButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(pane->dmi()->model()->rowCount() > 0, 20000);
        deploy->close();
        pane->dmi()->table()->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(pane->dmi()->findChild<QPushButton*>(QStringLiteral("dmiScale"))->isEnabled(), 20000);
        unnamed += walkWindow(QStringLiteral("Scale"), pane->dmi()->scaleSelected());
        pane->dmi()->table()->selectRow(0);
        unnamed += walkWindow(QStringLiteral("Events"), pane->dmi()->eventsOfSelected());
        QVERIFY2(unnamed.isEmpty(), qPrintable(listed(unnamed)));
    }

    void thePlaygroundsSavePreset()
    {
        PlaygroundPane* pane = m_window->playgroundPane();
        m_window->panes()->setCurrentWidget(pane);
        QPushButton* save = nullptr;
        for (QPushButton* b : pane->findChildren<QPushButton*>())
            if (b->toolTip().contains(QStringLiteral("as a preset")))
                save = b;
        QVERIFY(save);
        Dialogs::setRealTextDialogs(true);
        const QStringList unnamed = walkModal(QStringLiteral("Save Preset"), [save] { save->click(); });
        Dialogs::setRealTextDialogs(false);
        QVERIFY2(unnamed.isEmpty(), qPrintable(listed(unnamed)));
    }

    // Keyboard users reach every pane (Ctrl+1…4, Ctrl+PgDown), and Tab leaves every table
    // (arrows move inside it) instead of walking its cells forever.
    void everyPaneByKeyAndTabLeavesTables()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto* panes = m_window->findChild<QTabWidget*>(QStringLiteral("panesTabWidget"));
        for (int i = panes->count() - 1; i >= 0; --i) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QTRY_COMPARE(panes->currentIndex(), i);
        }
        QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(panes->currentIndex(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(panes->currentIndex(), 0);
        for (QAbstractItemView* v : m_window->findChildren<QAbstractItemView*>())
            if (qobject_cast<QTableView*>(v))
                QVERIFY2(!v->tabKeyNavigation(), qPrintable(v->objectName()));
    }

    void cleanupTestCase()
    {
        qInfo().noquote() << QStringLiteral("Controls without a useful name: %1 of %2\n  %3")
                                 .arg(m_bad)
                                 .arg(m_total)
                                 .arg(m_tally.join(QStringLiteral("\n  ")));
        Dialogs::setNextAnswer(QMessageBox::Discard);
        m_window.reset();
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
