#pragma once

#include "api/client/ChatCompletion.h"
#include "playground/ChatMessage.h"
#include "playground/ChatParameters.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace td {

// One playground conversation with one model: the messages, sending the conversation and
// streaming the answer in, stopping it, and what each answer cost in time and tokens. A
// failed or stopped answer keeps its partial text, marked incomplete, with the error.
class ChatSession : public QObject
{
    Q_OBJECT

public:
    using Message = ChatMessage;
    explicit ChatSession(HttpTransport* transport, QObject* parent = nullptr);

    void setConnection(const Connection& connection) { m_connection = connection; }
    void setModel(const QString& model) { m_model = model; }
    QString model() const { return m_model; }
    void setSystemPrompt(const QString& prompt) { m_system = prompt; }
    QString systemPrompt() const { return m_system; }
    void setParameters(const ChatParameters& p) { m_parameters = p; }
    const ChatParameters& parameters() const { return m_parameters; }
    const QList<Message>& messages() const { return m_messages; }
    // Replaces the conversation (a saved one, or a dataset row); stops an answer underway.
    void setMessages(const QList<Message>& messages);
    bool isStreaming() const { return m_stream != nullptr; }

    // Adds the user's message and streams the answer.
    void send(const QString& text);
    // Generates an answer to the conversation as it is (its last message is the user's).
    bool generate();
    // Drops the last answer (complete or not) and asks again.
    bool regenerate();
    // Replaces a user message, drops everything after it and asks again.
    bool resendFrom(int index, const QString& text);
    // Changes a message's text without asking again (e.g. correcting an answer).
    void editMessage(int index, const QString& text);
    void removeMessage(int index);
    void stop();
    void clear();
    // The request body for the conversation so far (what send() posts, without "stream").
    QByteArray requestBody() const;

signals:
    void changed();  // a message was added or grew
    void finished(); // an answer ended (complete, stopped or failed)

private:
    void start();
    void discardStream();

    HttpTransport* m_transport;
    Connection m_connection;
    QString m_model;
    QString m_system;
    ChatParameters m_parameters;
    QList<Message> m_messages;
    QPointer<ChatCompletion> m_stream;
    QElapsedTimer m_clock;
};

} // namespace td
