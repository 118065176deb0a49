#include "widgets/PlaygroundPane.h"

#include "api/ApiContext.h"
#include "api/TogetherClient.h"
#include "playground/ChatSession.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td {

PlaygroundPane::PlaygroundPane(ApiContext* api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_session(new ChatSession(api->transport(), this))
    , m_profile(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_system(new QPlainTextEdit(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_topP(new QDoubleSpinBox(this))
    , m_maxTokens(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_stop(new QLineEdit(this))
    , m_transcript(new QTextBrowser(this))
    , m_input(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_stopButton(new QPushButton(tr("S&top"), this))
    , m_status(new QLabel(this))
{
    m_model->setEditable(true);
    m_model->setMinimumContentsLength(40);
    m_model->setObjectName(QStringLiteral("playgroundModel"));
    m_system->setPlaceholderText(tr("System prompt (optional)"));
    m_system->setMaximumHeight(90);
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(0.7);
    m_topP->setRange(0, 1);
    m_topP->setSingleStep(0.05);
    m_topP->setValue(1.0);
    m_maxTokens->setRange(1, 131072);
    m_maxTokens->setValue(512);
    m_seed->setRange(-1, 2147483647);
    m_seed->setValue(-1);
    m_seed->setSpecialValueText(tr("random"));
    m_stop->setPlaceholderText(tr("comma-separated"));
    m_transcript->setOpenExternalLinks(true);
    m_transcript->setObjectName(QStringLiteral("playgroundTranscript"));
    m_input->setPlaceholderText(tr("Message (Ctrl+Return sends)"));
    m_input->setMaximumHeight(110);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Connection:"), this));
    top->addWidget(m_profile);
    top->addWidget(new QLabel(tr("Model:"), this));
    top->addWidget(m_model, 1);
    auto* clear = new QPushButton(tr("&New Chat"), this);
    top->addWidget(clear);

    auto* params = new QFormLayout;
    params->addRow(tr("Temperature:"), m_temperature);
    params->addRow(tr("Top p:"), m_topP);
    params->addRow(tr("Max tokens:"), m_maxTokens);
    params->addRow(tr("Seed:"), m_seed);
    params->addRow(tr("Stop sequences:"), m_stop);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(new QLabel(tr("System prompt"), this));
    sideLayout->addWidget(m_system);
    sideLayout->addLayout(params);
    sideLayout->addStretch();

    auto* chat = new QWidget(this);
    auto* chatLayout = new QVBoxLayout(chat);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addWidget(m_transcript, 1);
    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stopButton);
    buttons->addStretch();
    inputRow->addLayout(buttons);
    chatLayout->addLayout(inputRow);
    chatLayout->addWidget(m_status);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(chat);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(30);
    connect(&m_renderTimer, &QTimer::timeout, this, &PlaygroundPane::render);
    connect(m_session, &ChatSession::changed, this, [this] {
        if (!m_renderTimer.isActive())
            m_renderTimer.start();
    });
    connect(m_session, &ChatSession::finished, this, [this] {
        render();
        updateButtons();
    });
    connect(m_send, &QPushButton::clicked, this, [this] { send(m_input->toPlainText()); });
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_input);
    connect(shortcut, &QShortcut::activated, m_send, &QPushButton::click);
    connect(m_stopButton, &QPushButton::clicked, this, &PlaygroundPane::stop);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_session->clear();
        render();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, &PlaygroundPane::loadModels);
    connect(m_api->profiles(), &ConnectionProfiles::changed, this, &PlaygroundPane::reloadProfiles);
    reloadProfiles();
    updateButtons();
    render();
}

void PlaygroundPane::reloadProfiles()
{
    const QString current = m_profile->currentData().toString();
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    for (const ConnectionProfile& p : m_api->profiles()->profiles())
        m_profile->addItem(p.name.isEmpty() ? p.baseUrl.toString() : p.name, p.id);
    const int i = m_profile->findData(current);
    m_profile->setCurrentIndex(i >= 0 ? i : 0);
    loadModels();
}

void PlaygroundPane::loadModels()
{
    const QString id = m_profile->currentData().toString();
    m_api->profiles()->resolve(id, this, [this, id](const Result<Connection>& c, const QString&) {
        if (!c) {
            m_status->setText(tr("Not connected: %1").arg(c.error().message));
            return;
        }
        TogetherClient(m_api->transport(), *c).listModels(this, [this, id](const ApiResult<QList<ModelInfo>>& r) {
            if (m_profile->currentData().toString() != id)
                return;
            const QString current = m_model->currentText();
            const QSignalBlocker block(m_model);
            m_model->clear();
            if (const auto* models = std::get_if<QList<ModelInfo>>(&r)) {
                for (const ModelInfo& m : *models)
                    if (m.type.isEmpty() || m.type == QLatin1String("chat") || m.type == QLatin1String("language"))
                        m_model->addItem(m.id);
                m_status->setText(tr("%n model(s) available.", nullptr, m_model->count()));
            } else {
                m_status->setText(
                    tr("The model list could not be read (%1); type a model name.").arg(std::get<ApiError>(r).message));
            }
            m_model->setCurrentText(current);
        });
    });
}

void PlaygroundPane::openModel(const QString& profileId, const QString& model)
{
    const int i = m_profile->findData(profileId);
    if (i >= 0)
        m_profile->setCurrentIndex(i);
    loadModels();
    m_model->setCurrentText(model);
    m_session->clear();
    m_input->setFocus();
}

QString PlaygroundPane::model() const
{
    return m_model->currentText().trimmed();
}

QString PlaygroundPane::transcript() const
{
    return m_transcript->toPlainText();
}

void PlaygroundPane::send(const QString& text)
{
    if (text.trimmed().isEmpty() || m_session->isStreaming() || model().isEmpty())
        return;
    const QString profile = m_profile->currentData().toString();
    m_send->setEnabled(false);
    m_api->profiles()->resolve(profile, this, [this, text](const Result<Connection>& c, const QString&) {
        if (!c) {
            m_status->setText(tr("Not connected: %1").arg(c.error().message));
            updateButtons();
            return;
        }
        ChatParameters p;
        p.temperature = m_temperature->value();
        p.topP = m_topP->value();
        p.maxTokens = m_maxTokens->value();
        if (m_seed->value() >= 0)
            p.seed = m_seed->value();
        for (const QString& s : m_stop->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            p.stop << s.trimmed();
        m_session->setConnection(*c);
        m_session->setModel(model());
        m_session->setSystemPrompt(m_system->toPlainText());
        m_session->setParameters(p);
        m_session->send(text);
        m_input->clear();
        m_status->clear();
        updateButtons();
    });
}

void PlaygroundPane::stop()
{
    m_session->stop();
}

void PlaygroundPane::updateButtons()
{
    m_send->setEnabled(!m_session->isStreaming());
    m_stopButton->setEnabled(m_session->isStreaming());
}

void PlaygroundPane::render()
{
    // One Markdown document: the text as the model wrote it, code blocks in a monospace face.
    QString md;
    for (const ChatSession::Message& m : m_session->messages()) {
        const bool assistant = m.role == QLatin1String("assistant");
        md += QStringLiteral("**%1**").arg(assistant ? tr("Assistant") : tr("You"));
        if (assistant && m.firstTokenMs >= 0 && !m_session->isStreaming()) {
            QStringList facts;
            facts << tr("%1 ms to first token").arg(m.firstTokenMs);
            if (m.tokensPerSecond > 0)
                facts << tr("%1 tokens/s").arg(m.tokensPerSecond, 0, 'f', 1);
            if (m.completionTokens >= 0)
                facts << tr("%1 + %2 tokens").arg(m.promptTokens).arg(m.completionTokens);
            md += QStringLiteral(" · *%1*").arg(facts.join(QStringLiteral(" · ")));
        }
        md += QStringLiteral("\n\n") + (m.content.isEmpty() && assistant ? QStringLiteral("…") : m.content) +
              QStringLiteral("\n\n");
        if (m.incomplete)
            md += QStringLiteral("> ⚠ %1\n\n")
                      .arg(m.error.isEmpty() ? tr("The answer is incomplete.") : tr("Incomplete: %1").arg(m.error));
        md += QStringLiteral("---\n\n");
    }
    if (md.isEmpty())
        md = tr("Choose a model and write a message. Answers stream in as they are generated.");
    QScrollBar* bar = m_transcript->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    m_transcript->setMarkdown(md);
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace td
