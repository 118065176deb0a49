#pragma once

#include "playground/ChatParameters.h"
#include "widgets/playground/ChatTranscriptView.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace td {

class ApiContext;
class ChatSession;
class ModelDirectory;

// One model's side of the playground: which connection and model, the conversation with it
// streamed into a transcript, and what the last answer cost. In compare mode a column may vary
// one parameter from the shared ones, and can be closed.
class ChatColumn final : public QWidget
{
    Q_OBJECT

public:
    // `session`: the column's conversation, kept by the playground's CompareSession.
    ChatColumn(ApiContext* api, ModelDirectory* models, ChatSession* session, QWidget* parent = nullptr);

    ChatSession* session() const { return m_session; }
    ChatTranscriptView* transcript() const { return m_view; }
    QString profileId() const;
    QString model() const;
    void setModel(const QString& profileId, const QString& model);
    void setCompareMode(bool on);
    QString variedParameter() const;
    double variedValue() const;
    void setVaried(const QString& name, double value);
    // The shared parameters with this column's own value in place of the varied one.
    ChatParameters effectiveParameters(const ChatParameters& shared) const;
    // Resolves the connection, sets model, system prompt and parameters, then runs `action`
    // (send, regenerate, ...); errors land in the column's status line.
    void run(const QString& system, const ChatParameters& shared, std::function<void(ChatSession*)> action);
    QString statusText() const; // as read, without line-break controls
    // The last answer's figures (time to first token, speed, tokens), or nothing.
    void showAnswerFigures();
    // Side by side, the column's number names its close button ("Close column 2"); 0: alone.
    void setNumber(int number);
    // The last answer's timings belong to it: an empty conversation shows none.
    void clearStatus();
    void reloadProfiles();
    // Reads the model list of this column's connection again.
    void refreshModels();
    // The picker's entries as shown, headings included.
    QStringList modelChoices() const;

signals:
    void actionRequested(td::ChatTranscriptView::Action action, int index);
    void closeRequested();
    void conversationChanged(); // a message was added, removed or finished
    void settingsChanged();     // the connection, model or varied parameter was changed
    void requestSent(const QString& model);

private:
    void loadModels(bool refresh);
    void fillModels();
    void render();

    ApiContext* m_api;
    ModelDirectory* m_models;
    ChatSession* m_session;
    QComboBox* m_profile;
    QComboBox* m_model;
    QComboBox* m_varied;
    QDoubleSpinBox* m_variedValue;
    QToolButton* m_close;
    QHBoxLayout* m_top; // connection, model (single chat), reload, close
    QLabel* m_modelLabel = nullptr;
    QHBoxLayout* m_modelRow; // the model on a line of its own in a narrow compare column
    ChatTranscriptView* m_view;
    QLabel* m_status;
    QTimer m_renderTimer; // coalesces redraws while tokens stream in
};

} // namespace td
