#pragma once

#include "playground/Conversation.h"
#include "widgets/playground/ChatTranscriptView.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTextBrowser;
class QToolButton;

namespace td {

class ApiContext;
class ChatColumn;
class ChatParametersForm;
class ChatSession;
class CompareSession;
class ConversationList;
class ModelDirectory;

// The playground: chat with any model of any connection, or compare two to four side by side
// with the same conversation, parameters and seed (a column may vary one parameter). Messages
// can be copied, edited and resent, deleted, regenerated. Conversations are saved as they go
// and listed in a sidebar; one can become a training row or, from two compared answers, a
// preference row of the open dataset; a dataset row can be tried here against its own answer.
class PlaygroundPane final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxColumns = 4; // CompareSession::kMaxColumns

    // `conversationsFolder`: where conversations are kept (the app data folder when empty).
    explicit PlaygroundPane(ApiContext* api, QWidget* parent = nullptr, const QString& conversationsFolder = {});
    ~PlaygroundPane() override;

    // A new chat with `model` over the connection profile `profileId`.
    void openModel(const QString& profileId, const QString& model);
    // Reads the model lists again (a fine-tune finished, an endpoint was created).
    void refreshModels();
    // Sends to every column (or resends the message being edited).
    void send(const QString& text);
    void stop();
    // The first column's conversation, model and transcript (single chat).
    ChatSession* session() const;
    QString transcript() const;
    QString model() const;

    int columnCount() const { return int(m_columns.size()); }
    ChatColumn* column(int i) const { return m_columns.value(i); }
    ChatColumn* addColumn();
    void removeColumn(int i);
    void performAction(int column, ChatTranscriptView::Action action, int index);
    // Starts editing a user message: the next send resends from it in every column.
    void editMessage(int index);

    // Opens a dataset row as a conversation up to an answer (the last when -1) and asks the
    // model(s) for it, showing the dataset's answer beside. False (and a message) when the
    // row cannot be tried.
    bool tryRow(const QByteArray& row, int answerIndex, const QString& source);
    QString referenceText() const;
    // The conversation of `column` as a training row; emits rowsForDataset.
    bool addToDataset(int column = 0);
    // Preference rows: the answer of `preferred` against each other column's last answer.
    bool makePreferenceRows(int preferred);
    bool canMakePreferenceRows() const;

    void newConversation();
    bool openConversation(const QString& id);
    Conversation currentConversation() const;
    // Saves now (normally saving follows changes by a second, on a worker).
    void saveNow();
    ConversationList* conversationList() const { return m_list; }
    CompareSession* compareSession() const { return m_conversation; }
    ChatParametersForm* parametersForm() const { return m_form; }
    QString statusText() const;

signals:
    void rowsForDataset(const QList<QByteArray>& rows, const QString& description);
    void requestSent(const QString& model);

private:
    void rebuildLayout();
    void equalizeColumns();
    void updateButtons();
    // The column widgets follow the CompareSession's columns.
    void onColumnAdded(int index);
    void onColumnRemoved(int index);
    // Shows the CompareSession's conversation (opened, tried, new).
    void showConversation();
    void exportConversation(const Conversation& c);
    void cancelEdit();
    void setStatus(const QString& text);

    ApiContext* m_api;
    CompareSession* m_conversation;
    ModelDirectory* m_models;
    ConversationList* m_list;
    ChatParametersForm* m_form;
    QSplitter* m_columnSplitter;
    QScrollArea* m_columnsScroll = nullptr; // holds m_columnSplitter; columns scroll sideways
    QList<ChatColumn*> m_columns;
    QWidget* m_referenceBox;
    QLabel* m_referenceTitle;
    QTextBrowser* m_reference;
    QLabel* m_editBanner;
    QPlainTextEdit* m_input;
    QPushButton* m_send;
    QPushButton* m_stop;
    QPushButton* m_compare;
    QToolButton* m_addToDataset;
    QPushButton* m_preference;
    QLabel* m_status;
    int m_editing = -1;
};

} // namespace td
