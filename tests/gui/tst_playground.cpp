#include "EmulatorServer.h"

#include "MainWindow.h"
#include "TestJobs.h"
#include "api/connection/ApiContext.h"
#include "api/connection/ApiKeyResolver.h"
#include "api/http/CurlTransport.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetSession.h"
#include "jobs/JobMonitor.h"
#include "playground/ChatSession.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/DatasetTableView.h"
#include "widgets/jobs/JobPage.h"
#include "widgets/jobs/JobsPane.h"
#include "widgets/playground/ChatColumn.h"
#include "widgets/playground/ChatParametersForm.h"
#include "widgets/playground/ConversationList.h"
#include "widgets/playground/ElidedLineEdit.h"
#include "widgets/playground/PlaygroundPane.h"

#include <QAction>
#include <QStandardPaths>
#include <QUndoStack>
#include <nlohmann/json.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStyle>
#include <QStyleOption>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace td;
using emu::EmulatorServer;

// The playground against the emulator: a streamed answer with its metrics, Stop keeping the
// partial answer, errors (mid-stream, a dropped stream, 429s) shown inline and retried,
// regenerate / edit and resend / delete, compare mode, rows to and from the dataset, saved
// conversations, and a finished fine-tune listed and opened from the Jobs pane.
class TestPlayground : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    const QString m_model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo");

    Connection connection() const
    {
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_play");
        return c;
    }

    PlaygroundPane* pane() const { return m_window->playgroundPane(); }
    bool idle(ChatColumn* c, int messages) const
    {
        return c->session()->messages().size() == messages && !c->session()->isStreaming();
    }
    // The dataset's last row as JSON.
    nlohmann::json lastRow() const
    {
        DatasetDocument* doc = m_window->session()->document();
        const QByteArray row = doc->row(doc->rowCount() - 1);
        return nlohmann::json::parse(row.begin(), row.end(), nullptr, false);
    }
    void openDataset(int rows)
    {
        const QString path = test::writeConversations(m_dir.filePath(QStringLiteral("data%1.jsonl").arg(rows)), rows);
        m_window->openFile(path);
        QTRY_VERIFY(m_window->session()->document()->state() == DatasetDocument::State::Ready &&
                    m_window->session()->document()->rowCount() == rows);
    }
    const ChatSession::Message& last() const { return pane()->session()->messages().back(); }
    // The Regenerate (or Retry) button under the first column's last answer.
    QAbstractButton* retryButton() const
    {
        ChatTranscriptView* view = pane()->column(0)->transcript();
        view->setActionTarget(int(pane()->session()->messages().size()) - 1);
        return view->actionButton(ChatTranscriptView::Action::Regenerate);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<td::UploadOutcome>();
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/conversations"))
            .removeRecursively();
        Settings::createTempFileInstance();
        // Files get their validation verdict at once: these tests are about other things.
        m_server.setValidationPolls(0);
        QVERIFY(m_server.start());
        m_window = std::make_unique<MainWindow>(
            nullptr, test::storeConnectedTo(connection().baseUrl, QStringLiteral("tgp_v1_play"), this));
    }

    void aStreamedAnswerWithItsMetrics()
    {
        pane()->openModel(QStringLiteral("together"), m_model);
        pane()->send(QStringLiteral("Name three rivers"));
        QTRY_VERIFY(pane()->session()->messages().size() == 2 && !pane()->session()->isStreaming());
        QVERIFY(last().content.contains(QStringLiteral("answering \"Name three rivers\"")));
        QVERIFY(!last().incomplete);
        QVERIFY(last().firstTokenMs >= 0);
        QVERIFY(last().completionTokens > 0);
        QTRY_VERIFY(pane()->transcript().contains(QStringLiteral("ms to first token")));
        // The conversation goes on with its history.
        pane()->send(QStringLiteral("And three lakes?"));
        QTRY_VERIFY(pane()->session()->messages().size() == 4 && !pane()->session()->isStreaming());
        const QByteArray sent = m_server.lastBody("/v1/chat/completions");
        QVERIFY(sent.contains("Name three rivers") && sent.contains("And three lakes?"));
        QTRY_VERIFY(pane()->column(0)->statusText().contains(QStringLiteral("ms to first token")));
        // A new chat: the last answer's timings go with it.
        pane()->saveNow();
        const QString first = pane()->currentConversation().id;
        pane()->newConversation();
        QVERIFY2(!pane()->column(0)->statusText().contains(QStringLiteral("ms to first token")),
                 qPrintable(pane()->column(0)->statusText()));
        // (The tests after this one go on with the first conversation.)
        QVERIFY(pane()->openConversation(first));
        QCOMPARE(pane()->session()->messages().size(), 4);
    }

    void stopKeepsThePartialAnswer()
    {
        m_server.setTokenIntervalMs(60);
        const auto before = pane()->session()->messages().size();
        pane()->send(QStringLiteral("Tell me a long story about a lighthouse keeper"));
        QTRY_VERIFY(pane()->session()->messages().size() == before + 2 && pane()->session()->isStreaming() &&
                    !last().content.isEmpty());
        pane()->stop();
        QTRY_VERIFY(!pane()->session()->isStreaming());
        m_server.setTokenIntervalMs(5);
        QVERIFY(last().incomplete);
        QCOMPARE(last().error, ChatSession::tr("Stopped."));
        QVERIFY(!last().content.isEmpty());
        QTRY_VERIFY(pane()->transcript().contains(QStringLiteral("Incomplete: Stopped.")));
    }

    void anErrorMidStreamIsShownInline()
    {
        const auto before = pane()->session()->messages().size();
        m_server.injectNext(EmulatorServer::Fault::ErrorMidStream);
        pane()->send(QStringLiteral("What is the capital of France and why?"));
        QTRY_VERIFY(pane()->session()->messages().size() == before + 2 && !pane()->session()->isStreaming());
        QVERIFY(last().incomplete);
        QVERIFY2(last().error.contains(QStringLiteral("failed while generating")), qPrintable(last().error));
        QVERIFY(!last().content.isEmpty()); // the partial answer stays
        QTRY_VERIFY(pane()->transcript().contains(QStringLiteral("failed while generating")));
    }

    void aNewConnectionsFirstModelIsChosen()
    {
        // As when the demo connection becomes active: no model chosen yet, the list arrives,
        // and its first model is chosen so Send works at once.
        ChatColumn* c = pane()->column(0);
        c->setModel(QStringLiteral("together"), QString());
        QVERIFY(c->model().isEmpty());
        c->refreshModels();
        QTRY_VERIFY(!c->model().isEmpty());
        QVERIFY(c->modelChoices().contains(c->model()));
    }

    void withoutAModelTheMessageStays()
    {
        pane()->openModel(QStringLiteral("together"), QString());
        auto* input = pane()->findChild<QPlainTextEdit*>(QStringLiteral("playgroundInput"));
        QVERIFY(input);
        input->setPlainText(QStringLiteral("A carefully written question"));
        pane()->findChild<QPushButton*>(QStringLiteral("playgroundSend"))->click();
        QCOMPARE(input->toPlainText(), QStringLiteral("A carefully written question"));
        QCOMPARE(pane()->statusText(), PlaygroundPane::tr("Choose a model first."));
        QVERIFY(pane()->session()->messages().isEmpty());
        input->clear();
    }

    void aDroppedStreamKeepsItsTextAndCanBeRetried()
    {
        pane()->openModel(QStringLiteral("together"), m_model);
        m_server.injectNext(EmulatorServer::Fault::CutStream);
        pane()->send(QStringLiteral("Explain tides"));
        QTRY_VERIFY(idle(pane()->column(0), 2));
        QVERIFY(last().incomplete);
        QVERIFY(!last().content.isEmpty());
        QVERIFY2(last().error.contains(QStringLiteral("before")), qPrintable(last().error));
        QTRY_VERIFY(pane()->transcript().contains(QStringLiteral("Incomplete:")));
        QCOMPARE(retryButton()->text(), QStringLiteral("Retry"));
        pane()->performAction(0, ChatTranscriptView::Action::Regenerate, 1);
        QTRY_VERIFY(idle(pane()->column(0), 2) && !last().incomplete);
        QVERIFY(last().content.contains(QStringLiteral("Explain tides")));
    }

    void rateLimitsAreWaitedOutThenShownWithRetry()
    {
        pane()->openModel(QStringLiteral("together"), m_model);
        // Two 429s are waited out (the wait is shown while it lasts)...
        QStringList notices;
        QObject scope; // a failed check returns early: the connection must not outlive `notices`
        auto c = connect(pane()->session(), &ChatSession::changed, &scope, [&] {
            if (!pane()->session()->messages().isEmpty() && !last().notice.isEmpty())
                notices << last().notice;
        });
        m_server.injectNext(EmulatorServer::Fault::RateLimit);
        m_server.injectNext(EmulatorServer::Fault::RateLimit);
        pane()->send(QStringLiteral("first"));
        QTRY_VERIFY(idle(pane()->column(0), 2));
        disconnect(c);
        QVERIFY(!last().incomplete);
        QVERIFY(!notices.isEmpty() && notices.first().contains(QStringLiteral("429")));
        // ...more than the retries allow ends inline with the wait and a Retry link.
        for (int i = 0; i < 6; ++i)
            m_server.injectNext(EmulatorServer::Fault::RateLimit);
        pane()->send(QStringLiteral("second"));
        QTRY_VERIFY_WITH_TIMEOUT(idle(pane()->column(0), 4), 20000);
        QVERIFY(last().incomplete);
        QVERIFY2(last().error.contains(QStringLiteral("Rate limited; try again in")), qPrintable(last().error));
        QTRY_VERIFY(pane()->transcript().contains(QStringLiteral("Rate limited")));
        pane()->performAction(0, ChatTranscriptView::Action::Regenerate, 3);
        QTRY_VERIFY(idle(pane()->column(0), 4) && !last().incomplete);
    }

    // While a 429 is waited out, Stop is there and stops at once (it was disabled, Esc only).
    void stopWorksDuringARetryWait()
    {
        pane()->openModel(QStringLiteral("together"), m_model);
        auto* stop = pane()->findChild<QPushButton*>(QStringLiteral("playgroundStop"));
        QVERIFY(stop);
        for (int i = 0; i < 6; ++i)
            m_server.injectNext(EmulatorServer::Fault::RateLimit);
        const auto before = pane()->session()->messages().size();
        pane()->send(QStringLiteral("waited"));
        QTRY_VERIFY(pane()->session()->messages().size() == before + 2 && !last().notice.isEmpty());
        QTRY_VERIFY(stop->isEnabled());
        stop->click();
        QTRY_VERIFY(!pane()->session()->isStreaming());
        QCOMPARE(last().error, ChatSession::tr("Stopped."));
        QVERIFY(!stop->isEnabled());
        m_server.clearFaults();
    }

    void regenerateEditAndDelete()
    {
        pane()->openModel(QStringLiteral("together"), m_model);
        pane()->send(QStringLiteral("one"));
        QTRY_VERIFY(idle(pane()->column(0), 2));
        pane()->send(QStringLiteral("two"));
        QTRY_VERIFY(idle(pane()->column(0), 4));
        QCOMPARE(retryButton()->text(), QStringLiteral("Regenerate"));
        // Edit the first question and resend: what followed it goes.
        pane()->editMessage(0);
        pane()->send(QStringLiteral("uno"));
        QTRY_VERIFY(idle(pane()->column(0), 2));
        QCOMPARE(pane()->session()->messages()[0].content, QStringLiteral("uno"));
        QVERIFY(last().content.contains(QStringLiteral("uno")));
        // Delete the answer, then regenerate it.
        pane()->performAction(0, ChatTranscriptView::Action::Delete, 1);
        QCOMPARE(pane()->session()->messages().size(), 1);
        QTRY_VERIFY(!pane()->transcript().contains(QStringLiteral("Assistant")));
        pane()->performAction(0, ChatTranscriptView::Action::Copy, 0);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("uno"));
    }

    void compareColumnsWithOneParameterVaried()
    {
        pane()->openModel(QStringLiteral("together"), m_model);
        ChatColumn* second = pane()->addColumn();
        QVERIFY(second);
        QCOMPARE(pane()->columnCount(), 2);
        second->setModel(QStringLiteral("together"), QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"));
        second->setVaried(QStringLiteral("temperature"), 1.3);
        pane()->send(QStringLiteral("Compare me"));
        QTRY_VERIFY(idle(pane()->column(0), 2) && idle(second, 2));
        const ChatParameters a = pane()->column(0)->session()->parameters();
        const ChatParameters b = second->session()->parameters();
        QCOMPARE(b.temperature, 1.3);
        QVERIFY(a.temperature != b.temperature);
        QCOMPARE(a.seed, b.seed);
        QCOMPARE(a.maxTokens, b.maxTokens);
        QCOMPARE(second->session()->model(), QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"));
        // Each column has its own metrics.
        for (ChatColumn* c : {pane()->column(0), second}) {
            QVERIFY(c->session()->messages().back().firstTokenMs >= 0);
            QVERIFY(c->statusText().contains(QStringLiteral("ms to first token")));
        }
        // A screen reader tells the columns' answer buttons apart.
        for (int i = 0; i < 2; ++i) {
            ChatTranscriptView* view = pane()->column(i)->transcript();
            view->setActionTarget(1);
            const QString name = view->actionButton(ChatTranscriptView::Action::Copy)->accessibleName();
            QVERIFY2(name.endsWith(QStringLiteral("in column %1").arg(i + 1)), qPrintable(name));
        }
    }

    void aPreferenceRowFromTwoAnswers()
    {
        openDataset(3);
        QVERIFY(pane()->columnCount() == 2 && pane()->canMakePreferenceRows());
        const QString base = pane()->column(0)->session()->messages().back().content;
        const QString other = pane()->column(1)->session()->messages().back().content;
        QUndoStack* undo = m_window->session()->undoStack();
        const int steps = undo->index();
        // The button asks which answer is better: the models are named in the text (a long name
        // wraps there), the buttons are short. Cancel adds nothing.
        auto* button = pane()->findChild<QPushButton*>(QStringLiteral("makePreferenceRow"));
        QVERIFY(button && button->isEnabled());
        QStringList buttons;
        QString text;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            text = box->text();
            for (QAbstractButton* b : box->buttons())
                buttons << b->text();
            box->reject();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(buttons.contains(QStringLiteral("Column &1")) && buttons.contains(QStringLiteral("Column &2")),
                 qPrintable(buttons.join(QLatin1Char('|'))));
        QVERIFY2(text.contains(QStringLiteral("Column 1: ") + pane()->column(0)->model()), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Column 2: ") + pane()->column(1)->model()));
        QCOMPARE(undo->index(), steps);
        // The dataset holds conversation rows: adding a preference row asks first, and Cancel
        // (the default) adds nothing.
        Dialogs::takeLastQuestion();
        QVERIFY(pane()->makePreferenceRows(1));
        const QString asked = Dialogs::takeLastQuestion();
        QVERIFY2(asked.contains(QStringLiteral("conversation")) && asked.contains(QStringLiteral("preference")),
                 qPrintable(asked));
        QCOMPARE(m_window->session()->document()->rowCount(), 3);
        QCOMPARE(undo->index(), steps);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(pane()->makePreferenceRows(1));
        QCOMPARE(m_window->session()->document()->rowCount(), 4);
        QCOMPARE(undo->index(), steps + 1);
        const nlohmann::json row = lastRow();
        QCOMPARE(QString::fromStdString(row["input"]["messages"][0]["content"].get<std::string>()),
                 QStringLiteral("Compare me"));
        QCOMPARE(QString::fromStdString(row["preferred_output"][0]["content"].get<std::string>()), other);
        QCOMPARE(QString::fromStdString(row["non_preferred_output"][0]["content"].get<std::string>()), base);
        QCOMPARE(m_window->panes()->currentWidget(), m_window->datasetPane());
        undo->undo();
        QCOMPARE(m_window->session()->document()->rowCount(), 3);
    }

    void aConversationAddedToTheDataset()
    {
        m_window->panes()->setCurrentWidget(pane());
        pane()->openModel(QStringLiteral("together"), m_model);
        QCOMPARE(pane()->columnCount(), 1);
        pane()->parametersForm()->setSystemPrompt(QStringLiteral("You are terse."));
        pane()->send(QStringLiteral("Hello there"));
        QTRY_VERIFY(idle(pane()->column(0), 2));
        const QString answer = last().content;
        QUndoStack* undo = m_window->session()->undoStack();
        const int steps = undo->index();
        QVERIFY(pane()->addToDataset(0));
        QCOMPARE(m_window->session()->document()->rowCount(), 4);
        QCOMPARE(undo->index(), steps + 1);
        const nlohmann::json row = lastRow();
        QCOMPARE(row["messages"].size(), 3u);
        QCOMPARE(row["messages"][0]["role"].get<std::string>(), "system");
        QCOMPARE(row["messages"][1]["content"].get<std::string>(), "Hello there");
        QCOMPARE(QString::fromStdString(row["messages"][2]["content"].get<std::string>()), answer);
        QCOMPARE(row["messages"][2]["weight"].get<int>(), 1);
        QVERIFY(!row["messages"][1].contains("weight"));
        QCOMPARE(m_window->datasetPane()->currentPosition(), 3); // the new row is shown
        pane()->parametersForm()->setSystemPrompt(QString());
    }

    // With a dataset open, Ctrl+Return in the playground sends (it was ambiguous with the
    // dataset's Insert Row, and nothing happened), and Insert Row still works on the dataset.
    void ctrlReturnSendsWhileADatasetIsOpen()
    {
        m_window->panes()->setCurrentWidget(pane());
        pane()->openModel(QStringLiteral("together"), m_model);
        const int rows = int(m_window->session()->document()->rowCount());
        const auto before = pane()->session()->messages().size();
        auto* input = pane()->findChild<QPlainTextEdit*>(QStringLiteral("playgroundInput"));
        QVERIFY(input);
        m_window->show(); // keys go to a shown, active window
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        input->setFocus();
        QTRY_VERIFY(input->hasFocus());
        QTest::keyClicks(input, QStringLiteral("Sent by keyboard"));
        QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(idle(pane()->column(0), int(before) + 2));
        QCOMPARE(int(m_window->session()->document()->rowCount()), rows);

        m_window->panes()->setCurrentWidget(m_window->datasetPane());
        QWidget* table = m_window->datasetPane()->tableView();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(int(m_window->session()->document()->rowCount()), rows + 1);
        m_window->session()->undoStack()->undo();
        QCOMPARE(int(m_window->session()->document()->rowCount()), rows);
    }

    void aDatasetRowTriedInThePlayground()
    {
        // Row 2 of the dataset ("question 1" -> "answer 1"), tried in two columns: both answer it.
        pane()->openModel(QStringLiteral("together"), m_model);
        pane()->addColumn()->setModel(QStringLiteral("together"), QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"));
        m_window->panes()->setCurrentWidget(m_window->datasetPane());
        m_window->datasetPane()->selectPosition(1);
        QTRY_COMPARE(m_window->datasetPane()->currentPosition(), 1);
        QAction* tryIt = m_window->datasetPane()->action(DatasetPane::Action::TryInPlayground);
        QVERIFY(tryIt->isEnabled());
        tryIt->trigger();
        QCOMPARE(m_window->panes()->currentWidget(), pane());
        // Ready to follow up: the message box has the keys (the title filter had them).
        QCOMPARE(m_window->focusWidget(), pane()->findChild<QPlainTextEdit*>(QStringLiteral("playgroundInput")));
        QCOMPARE(pane()->referenceText().trimmed(), QStringLiteral("answer 1"));
        QTRY_VERIFY(idle(pane()->column(0), 2));
        QCOMPARE(pane()->session()->messages()[0].content, QStringLiteral("question 1"));
        QVERIFY(last().content.contains(QStringLiteral("question 1")));
        QVERIFY(pane()->currentConversation().referenceSource.contains(QStringLiteral("row 2")));
        QCOMPARE(pane()->columnCount(), 2);
        QTRY_VERIFY(idle(pane()->column(1), 2));
        QCOMPARE(pane()->column(1)->session()->model(), QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"));
    }

    void conversationsAreSavedAndReopened()
    {
        pane()->openModel(QStringLiteral("together"), m_model);
        pane()->addColumn();
        pane()->send(QStringLiteral("Remember the lighthouse"));
        QTRY_VERIFY(idle(pane()->column(0), 2) && idle(pane()->column(1), 2));
        pane()->saveNow();
        const Conversation saved = pane()->currentConversation();
        QTRY_VERIFY(pane()->conversationList()->titles().contains(QStringLiteral("Remember the lighthouse")));
        // The sidebar filters by title.
        pane()->conversationList()->setFilter(QStringLiteral("LIGHTHOUSE"));
        QCOMPARE(pane()->conversationList()->visibleTitles(), QStringList{QStringLiteral("Remember the lighthouse")});
        QVERIFY(pane()->conversationList()->titles().size() > 1);
        pane()->conversationList()->setFilter(QString());
        pane()->newConversation();
        QCOMPARE(pane()->columnCount(), 1);
        QVERIFY(pane()->session()->messages().isEmpty());
        // A chat in between, with figures of its own under its answer.
        pane()->send(QStringLiteral("Something else"));
        QTRY_VERIFY(idle(pane()->column(0), 2));
        QTRY_VERIFY(pane()->column(0)->statusText().contains(QStringLiteral("ms to first token")));
        QVERIFY(pane()->openConversation(saved.id));
        QCOMPARE(pane()->columnCount(), 2);
        QCOMPARE(pane()->session()->messages().size(), 2);
        // The reopened chat shows its own answer's figures, not the other chat's.
        const ChatSession::Message& answer = pane()->session()->messages().back();
        if (answer.firstTokenMs >= 0)
            QVERIFY2(pane()->column(0)->statusText().startsWith(
                         QStringLiteral("%1 ms to first token").arg(answer.firstTokenMs)),
                     qPrintable(pane()->column(0)->statusText()));
        else
            QVERIFY2(pane()->column(0)->statusText().isEmpty(), qPrintable(pane()->column(0)->statusText()));
        QCOMPARE(pane()->column(1)->session()->messages().back().content, saved.columns[1].messages.back().content);
        QTRY_VERIFY(pane()->transcript().contains(QStringLiteral("Remember the lighthouse")));
        // It goes on where it stopped.
        pane()->send(QStringLiteral("and then?"));
        QTRY_VERIFY(idle(pane()->column(0), 4));
        pane()->newConversation();
    }

    void anOpenAiCompatibleServerIsOneMoreConnection()
    {
        // A local server (the emulator again, as a plain OpenAI-compatible one) with its own key.
        ConnectionProfile local;
        local.name = QStringLiteral("Local vLLM on the workstation under the desk");
        local.baseUrl = connection().baseUrl;
        const QString id = m_window->api()->profiles()->save(local);
        bool stored = false;
        m_window->api()->secrets()->write(ApiKeyResolver::keychainKey(id), QStringLiteral("sk-local"), this,
                                          [&](const Result<void>&) { stored = true; });
        QTRY_VERIFY(stored);
        pane()->openModel(id, QString());
        // Only models: such a server has no fine-tunes or endpoints to list.
        QTRY_VERIFY(pane()->column(0)->modelChoices().contains(m_model));
        QVERIFY(!pane()->column(0)->modelChoices().contains(QStringLiteral("Your dedicated endpoints")));
        pane()->column(0)->setModel(id, m_model);
        // A connection added after the box was first shown is not cut off in it.
        m_window->resize(1280, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->panes()->setCurrentWidget(pane());
        QComboBox* box = nullptr;
        for (QComboBox* b : pane()->column(0)->findChildren<QComboBox*>())
            if (b->currentData().toString() == id)
                box = b;
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->currentText(), local.name);
        QStyleOptionComboBox option;
        option.initFrom(box);
        option.currentText = box->currentText();
        const QRect field =
            box->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box);
        QVERIFY2(field.width() >= box->fontMetrics().horizontalAdvance(box->currentText()),
                 qPrintable(QStringLiteral("%1 px for %2 px of text")
                                .arg(field.width())
                                .arg(box->fontMetrics().horizontalAdvance(box->currentText()))));
        pane()->send(QStringLiteral("Hello local"));
        QTRY_VERIFY(idle(pane()->column(0), 2));
        QVERIFY(!last().incomplete);
        QCOMPARE(pane()->column(0)->session()->model(), m_model);
        m_window->api()->profiles()->remove(id);
        QCOMPARE(pane()->column(0)->profileId(), QStringLiteral("together"));
    }

    // Four columns side by side scroll within the pane; the window stays on a 1280-pixel screen
    // (a third column pushed it past the edge, and it never came back).
    void manyColumnsKeepTheWindowOnTheScreen()
    {
        m_window->resize(1280, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->panes()->setCurrentWidget(pane());
        while (pane()->columnCount() < 4)
            QVERIFY(pane()->addColumn());
        QCoreApplication::processEvents();
        QVERIFY2(m_window->minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(m_window->minimumSizeHint().width())));
        QTRY_COMPARE(m_window->width(), 1280);
        while (pane()->columnCount() > 1)
            pane()->removeColumn(pane()->columnCount() - 1);
    }

    // The model chosen for the user when the list arrives is kept like their own choice: New Chat
    // and a new compare column start with it (both started with no model); a column that has
    // no model is named when a message goes to every column (it was left out in silence).
    void theModelChosenForTheUserStays()
    {
        pane()->openModel(QStringLiteral("together"), QString());
        QVERIFY(pane()->column(0)->model().isEmpty());
        QToolButton* reload = nullptr;
        for (QToolButton* b : pane()->column(0)->findChildren<QToolButton*>())
            if (b->accessibleName() == ChatColumn::tr("Reload models"))
                reload = b;
        QVERIFY(reload);
        reload->click();
        QTRY_VERIFY(!pane()->column(0)->model().isEmpty());
        const QString chosen = pane()->column(0)->model();
        pane()->newConversation();
        QCOMPARE(pane()->column(0)->model(), chosen);
        ChatColumn* second = pane()->addColumn();
        QVERIFY(second);
        QTRY_COMPARE(second->model(), chosen);
        second->setModel(QStringLiteral("together"), QString());
        QTRY_VERIFY(second->model().isEmpty());
        pane()->send(QStringLiteral("Which is better?"));
        QVERIFY2(pane()->statusText().contains(QStringLiteral("Column 2 has no model")),
                 qPrintable(pane()->statusText()));
        QTRY_VERIFY(idle(pane()->column(0), 2));
        QVERIFY(second->session()->messages().isEmpty());
        pane()->removeColumn(1);
        pane()->newConversation();
    }

    void aConnectionLeftBeforeItAnswersDoesNotOverwriteTheStatus()
    {
        // A keyless connection's keychain lookup answers after the user moved on (as when a new
        // Compare column starts on the list's first connection and then takes the first column's):
        // its "Not connected" must not replace the status of the connection now chosen.
        ConnectionProfile keyless;
        keyless.name = QStringLiteral("No key yet");
        keyless.kind = ConnectionProfile::Kind::Together;
        keyless.baseUrl = connection().baseUrl;
        const QString id = m_window->api()->profiles()->save(keyless);
        ChatColumn* c = pane()->column(0);
        c->setModel(QStringLiteral("together"), m_model);
        QTRY_VERIFY(c->statusText().contains(QStringLiteral("to choose from")));
        c->setModel(id, QString());
        c->setModel(QStringLiteral("together"), m_model);
        // The store answers in order: once a later lookup is answered, the keyless one was too.
        bool answered = false;
        m_window->api()->secrets()->read(QStringLiteral("later"), this,
                                         [&](const Result<QString>&) { answered = true; });
        QTRY_VERIFY(answered);
        QVERIFY2(c->statusText().contains(QStringLiteral("to choose from")), qPrintable(c->statusText()));
        m_window->api()->profiles()->remove(id);
    }

    void anUnknownModelSaysWhatToDo()
    {
        pane()->openModel(QStringLiteral("together"), QStringLiteral("nobody/no-such-model"));
        pane()->send(QStringLiteral("Hello?"));
        QTRY_VERIFY(idle(pane()->column(0), 2));
        QVERIFY(last().incomplete);
        QVERIFY(last().content.isEmpty());
        // The server's words and what the user can do about them.
        QVERIFY2(last().error.contains(QStringLiteral("dedicated endpoint")), qPrintable(last().error));
        QVERIFY2(last().error.contains(QStringLiteral("does not exist")), qPrintable(last().error));
        QTRY_COMPARE(retryButton()->text(), QStringLiteral("Retry"));
    }

    void presetsAreSavedAndApplied()
    {
        ChatParametersForm* form = pane()->parametersForm();
        ChatParameters p;
        p.temperature = 0.1;
        p.topK = 20;
        p.seed = 42;
        p.stop = {QStringLiteral("###")};
        form->setParameters(p);
        form->setSystemPrompt(QStringLiteral("Answer in one line."));
        form->savePreset(QStringLiteral("Terse"));
        form->setParameters(ChatParameters());
        form->setSystemPrompt(QString());
        QVERIFY(form->applyPreset(QStringLiteral("Terse")));
        QCOMPARE(form->parameters(), p);
        QCOMPARE(form->systemPrompt(), QStringLiteral("Answer in one line."));
        // Kept in the settings: a new form (the next start) knows it, and the last values used.
        ChatParametersForm next;
        QVERIFY(next.presetNames().contains(QStringLiteral("Terse")));
        QCOMPARE(next.parameters(), p);
        form->deletePreset(QStringLiteral("Terse"));
        QVERIFY(!form->presetNames().contains(QStringLiteral("Terse")));
        // Save… asks for the name; a name of blanks saves nothing.
        auto* save = form->findChild<QPushButton*>(QStringLiteral("savePreset"));
        QVERIFY(save);
        const auto presets = form->presetNames().size();
        Dialogs::setNextText(QStringLiteral("   "));
        save->click();
        QCOMPARE(form->presetNames().size(), presets);
        Dialogs::setNextText(QStringLiteral(" From the button "));
        save->click();
        QVERIFY(form->presetNames().contains(QStringLiteral("From the button")));
        form->deletePreset(QStringLiteral("From the button"));
        form->setParameters(ChatParameters());
        form->setSystemPrompt(QString());
    }

    void aConversationIsExportedAsMarkdownAndAsARow()
    {
        pane()->openModel(QStringLiteral("together"), m_model);
        pane()->send(QStringLiteral("Export me"));
        QTRY_VERIFY(idle(pane()->column(0), 2));
        const QString md = m_dir.filePath(QStringLiteral("chat.md"));
        Dialogs::setNextFileName(md);
        pane()->findChild<QPushButton*>(QStringLiteral("playgroundExport"))->click();
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(mdFile.readAll());
        QVERIFY(text.startsWith(QStringLiteral("# Export me")));
        QVERIFY(text.contains(last().content));
        const QString jsonl = m_dir.filePath(QStringLiteral("chat.jsonl"));
        Dialogs::setNextFileName(jsonl);
        pane()->findChild<QPushButton*>(QStringLiteral("playgroundExport"))->click();
        QFile rowFile(jsonl);
        QVERIFY(rowFile.open(QIODevice::ReadOnly));
        const QByteArray row = rowFile.readAll();
        QVERIFY(row.endsWith('\n'));
        const auto j = nlohmann::json::parse(row.begin(), row.end(), nullptr, false);
        QCOMPARE(j["messages"][0]["content"].get<std::string>(), "Export me");
        QCOMPARE(j["messages"][1]["weight"].get<int>(), 1);
    }

    void aFineTuneOpenedFromTheJobsPane()
    {
        const auto job =
            test::startJob(&m_transport, connection(), m_dir.filePath(QStringLiteral("train.jsonl")), 12, 1);
        QVERIFY(job);
        m_server.advanceClock(200);
        JobsPane* jobs = m_window->jobsPane();
        jobs->monitor()->setIntervals(30, 200);
        jobs->monitor()->refresh();
        QTRY_VERIFY(jobs->monitor()->model()->rowOf(job->id) >= 0);
        jobs->selectJob(job->id);
        QTRY_VERIFY(jobs->monitor()->watchedJob() && jobs->monitor()->watchedJob()->status == JobStatus::Completed);
        const QString output = jobs->monitor()->watchedJob()->outputName;
        // The finished fine-tune is offered in the picker, as a LoRA fine-tune.
        pane()->refreshModels();
        QTRY_VERIFY(pane()->column(0)->modelChoices().contains(output));
        const QStringList choices = pane()->column(0)->modelChoices();
        QVERIFY(choices.indexOf(QStringLiteral("Your fine-tunes (LoRA, serverless)")) < choices.indexOf(output));
        emit jobs->page()->playgroundRequested(output);
        QCOMPARE(m_window->panes()->currentWidget(), pane());
        QCOMPARE(pane()->model(), output);
        QVERIFY(pane()->session()->messages().isEmpty()); // a new chat
        pane()->send(QStringLiteral("question 3"));
        QTRY_VERIFY(pane()->session()->messages().size() == 2 && !pane()->session()->isStreaming());
        QCOMPARE(last().content, QStringLiteral("answer 3"));
    }

    // A compare column too narrow for a model name shows its start and its end with the middle
    // elided (not only its tail, as a line edit scrolled to the end would), the whole name in
    // the tooltip; editing shows it whole.
    void compareColumnsElideLongModelNamesInTheMiddle()
    {
        const int columns = pane()->columnCount();
        const auto restore = qScopeGuard([this, columns] {
            while (pane()->columnCount() > columns)
                pane()->removeColumn(pane()->columnCount() - 1);
            m_window->hide();
        });
        m_window->resize(1400, 800);
        m_window->panes()->setCurrentWidget(pane());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(pane()->addColumn());
        const QString name = QStringLiteral("a-rather-long-account-name/Meta-Llama-3.1-70B-Instruct-Reference-"
                                            "customer-support-v7-2f1e9c0b4d");
        ChatColumn* column = pane()->column(pane()->columnCount() - 1);
        column->setModel(QStringLiteral("together"), name);
        auto* box = column->findChild<QComboBox*>(QStringLiteral("playgroundModel"));
        QVERIFY(box);
        auto* edit = qobject_cast<ElidedLineEdit*>(box->lineEdit());
        QVERIFY(edit);
        QCOMPARE(edit->text(), name);
        // Side by side the model has a line of its own, the column's whole width.
        QTRY_VERIFY2(box->width() >= column->width() * 0.8,
                     qPrintable(QStringLiteral("%1 of %2").arg(box->width()).arg(column->width())));
        pane()->setFocus(); // not the field
        QTRY_VERIFY(!edit->hasFocus());
        const QString shown = edit->shownText();
        QVERIFY2(shown.contains(QChar(0x2026)), qPrintable(shown));
        QVERIFY2(shown.startsWith(QStringLiteral("a-rather")), qPrintable(shown));
        QVERIFY2(shown.endsWith(QStringLiteral("2f1e9c0b4d")), qPrintable(shown));
        QVERIFY(box->toolTip().startsWith(name));
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QCOMPARE(edit->shownText(), name);
        // Back to one column: "Model:" sits right before the model box again, on its line (it
        // stayed behind, naming the connection box, after a comparison).
        while (pane()->columnCount() > 1)
            pane()->removeColumn(pane()->columnCount() - 1);
        ChatColumn* only = pane()->column(0);
        auto* onlyBox = only->findChild<QComboBox*>(QStringLiteral("playgroundModel"));
        QLabel* label = nullptr;
        for (QLabel* l : only->findChildren<QLabel*>())
            if (l->buddy() == onlyBox)
                label = l;
        QVERIFY(label);
        QTRY_VERIFY(label->isVisible() && onlyBox->isVisible());
        const QRect l = label->geometry();
        const QRect b = onlyBox->geometry();
        QVERIFY2(l.right() < b.left() && b.left() - l.right() < 20 && qAbs(l.center().y() - b.center().y()) < 10,
                 qPrintable(QStringLiteral("label %1,%2 box %3,%4").arg(l.x()).arg(l.y()).arg(b.x()).arg(b.y())));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestPlayground)
#include "tst_playground.moc"
