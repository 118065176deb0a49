#pragma once

#include "api/ChatCompletion.h"

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
    struct Message
    {
        QString role; // system, user, assistant
        QString content;
        bool incomplete = false;
        QString error;            // why an answer ended early
        qint64 firstTokenMs = -1; // assistant answers only
        double tokensPerSecond = 0;
        qint64 promptTokens = -1;
        qint64 completionTokens = -1;
    };
    struct Parameters
    {
        double temperature = 0.7;
        double topP = 1.0;
        int topK = 0;                 // 0: not sent
        double repetitionPenalty = 0; // 0: not sent
        int maxTokens = 512;
        QStringList stop;
        std::optional<qint64> seed;
    };

    explicit ChatSession(HttpTransport* transport, QObject* parent = nullptr);

    void setConnection(const Connection& connection) { m_connection = connection; }
    void setModel(const QString& model) { m_model = model; }
    QString model() const { return m_model; }
    void setSystemPrompt(const QString& prompt) { m_system = prompt; }
    void setParameters(const Parameters& p) { m_parameters = p; }
    const QList<Message>& messages() const { return m_messages; }
    bool isStreaming() const { return m_stream != nullptr; }

    // Adds the user's message and streams the answer.
    void send(const QString& text);
    void stop();
    void clear();
    // The request body for the conversation so far (what send() posts, without "stream").
    QByteArray requestBody() const;

signals:
    void changed();  // a message was added or grew
    void finished(); // an answer ended (complete, stopped or failed)

private:
    void start();

    HttpTransport* m_transport;
    Connection m_connection;
    QString m_model;
    QString m_system;
    Parameters m_parameters;
    QList<Message> m_messages;
    QPointer<ChatCompletion> m_stream;
    QElapsedTimer m_clock;
};

} // namespace td
