#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace td {

class ApiContext;
class ChatSession;

// The playground (first part): chat with any model of any connection (Together's serverless
// models and fine-tunes, a dedicated endpoint's name, an OpenAI-compatible server), streamed,
// with a Stop button; answers rendered as Markdown with time to first token, tokens per second
// and token usage; errors and stopped answers shown inline with the partial text kept.
class PlaygroundPane final : public QWidget
{
    Q_OBJECT

public:
    explicit PlaygroundPane(ApiContext* api, QWidget* parent = nullptr);

    // Chat with `model` over the connection profile `profileId`.
    void openModel(const QString& profileId, const QString& model);
    ChatSession* session() const { return m_session; }
    QString transcript() const;
    QString model() const;
    void send(const QString& text);
    void stop();

private:
    void reloadProfiles();
    void loadModels();
    void render();
    void updateButtons();

    ApiContext* m_api;
    ChatSession* m_session;
    QComboBox* m_profile;
    QComboBox* m_model;
    QPlainTextEdit* m_system;
    QDoubleSpinBox* m_temperature;
    QDoubleSpinBox* m_topP;
    QSpinBox* m_maxTokens;
    QSpinBox* m_seed;
    QLineEdit* m_stop;
    QTextBrowser* m_transcript;
    QPlainTextEdit* m_input;
    QPushButton* m_send;
    QPushButton* m_stopButton;
    QLabel* m_status;
    QTimer m_renderTimer; // coalesces redraws while tokens stream in
};

} // namespace td
