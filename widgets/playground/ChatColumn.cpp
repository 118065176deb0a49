#include "widgets/playground/ChatColumn.h"

#include "api/connection/ApiContext.h"
#include "playground/ChatSession.h"
#include "playground/ModelDirectory.h"
#include "widgets/common/KeepUnitTogether.h"
#include "widgets/common/ShrinkableComboBox.h"
#include "widgets/playground/ElidedLineEdit.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace td {

ChatColumn::ChatColumn(ApiContext* api, ModelDirectory* models, ChatSession* session, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_models(models)
    , m_session(session)
    , m_profile(new ShrinkableComboBox(this))
    , m_model(new QComboBox(this))
    , m_varied(new QComboBox(this))
    , m_variedValue(new QDoubleSpinBox(this))
    , m_close(new QToolButton(this))
    , m_view(new ChatTranscriptView(this))
    , m_status(new QLabel(this))
{
    m_model->setEditable(true);
    // A long model name shows its start and its end, not just its tail (the whole in the tooltip).
    m_model->setLineEdit(new ElidedLineEdit(m_model));
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setMinimumContentsLength(14);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setObjectName(QStringLiteral("playgroundModel"));
    m_model->setAccessibleName(tr("Model"));
    const auto modelTip = [this] {
        const QString help =
            tr("Your fine-tunes, your dedicated endpoints and the server's models; or type any model name");
        m_model->setToolTip(model().isEmpty() ? help : model() + QStringLiteral("\n\n") + help);
    };
    modelTip();
    connect(m_model, &QComboBox::currentTextChanged, this, modelTip);
    m_model->lineEdit()->setAccessibleName(tr("Model")); // the text field in the combo box
    // Connections come and go (the demo's name is long): the box follows its longest name; it was
    // sized once when first shown and then cut "Demo (local emulator)" to "Demo (local en".
    m_profile->setObjectName(QStringLiteral("playgroundConnection"));
    m_profile->setToolTip(tr("The connection: Together or an OpenAI-compatible server (Settings › Connections)"));
    m_varied->addItem(tr("same parameters"), QString());
    for (const QString& name : ChatParameters::tunableNames())
        m_varied->addItem(name, name);
    m_varied->setToolTip(tr("Unlock one parameter for this column, to see what it changes"));
    m_variedValue->setRange(-2, 2147483647);
    m_variedValue->setDecimals(2);
    m_variedValue->setSingleStep(0.1);
    m_variedValue->setEnabled(false);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Close this column"));
    m_close->setAccessibleName(tr("Close column"));
    m_close->setAutoRaise(true);
    m_view->setObjectName(QStringLiteral("playgroundTranscript"));
    m_view->setAccessibleName(tr("Conversation"));
    m_view->setPlaceholder(tr("Choose a model and write a message. Answers stream in as they are generated."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    m_top = top;
    top->setContentsMargins(0, 0, 0, 0);
    // Labels name the combo boxes for screen readers (on Linux a combo box's own name is its value).
    auto* profileLabel = new QLabel(tr("Connection:"), this);
    profileLabel->setBuddy(m_profile);
    m_modelLabel = new QLabel(tr("Model:"), this);
    m_modelLabel->setBuddy(m_model);
    top->addWidget(profileLabel);
    top->addWidget(m_profile);
    top->addWidget(m_modelLabel);
    top->addWidget(m_model, 1);
    auto* refresh = new QToolButton(this);
    refresh->setText(QStringLiteral("↻"));
    refresh->setAutoRaise(true);
    refresh->setToolTip(tr("Read the model list again (new fine-tunes and endpoints)"));
    refresh->setAccessibleName(tr("Reload models"));
    connect(refresh, &QToolButton::clicked, this, [this] { loadModels(true); });
    top->addWidget(refresh);
    top->addWidget(m_close);
    auto* vary = new QHBoxLayout;
    vary->setContentsMargins(0, 0, 0, 0);
    auto* varyLabel = new QLabel(tr("Vary:"), this);
    varyLabel->setBuddy(m_varied);
    m_variedValue->setAccessibleName(tr("Value of the varied parameter"));
    vary->addWidget(varyLabel);
    vary->addWidget(m_varied, 1);
    vary->addWidget(m_variedValue);
    auto* varyBox = new QWidget(this);
    varyBox->setObjectName(QStringLiteral("varyBox"));
    varyBox->setLayout(vary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    m_modelRow = new QHBoxLayout;
    m_modelRow->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_modelRow);
    layout->addWidget(varyBox);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    setCompareMode(false);

    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(16);
    connect(&m_renderTimer, &QTimer::timeout, this, &ChatColumn::render);
    connect(m_session, &ChatSession::changed, this, [this] {
        if (!m_renderTimer.isActive())
            m_renderTimer.start();
    });
    connect(m_session, &ChatSession::finished, this, [this] {
        render();
        showAnswerFigures();
        emit conversationChanged();
    });
    connect(m_view, &ChatTranscriptView::actionRequested, this, &ChatColumn::actionRequested);
    connect(m_close, &QToolButton::clicked, this, &ChatColumn::closeRequested);
    connect(m_varied, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = variedParameter();
        m_variedValue->setEnabled(!name.isEmpty());
        if (!name.isEmpty())
            m_variedValue->setValue(ChatParameters().value(name));
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] { loadModels(false); });
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ChatColumn::settingsChanged);
    connect(m_model, &QComboBox::currentTextChanged, this, &ChatColumn::settingsChanged);
    connect(m_varied, &QComboBox::currentIndexChanged, this, &ChatColumn::settingsChanged);
    connect(m_variedValue, &QDoubleSpinBox::valueChanged, this, &ChatColumn::settingsChanged);
    connect(m_models, &ModelDirectory::loaded, this, [this](const QString& profile) {
        if (profile == profileId())
            fillModels();
    });
    reloadProfiles();
}

QString ChatColumn::profileId() const
{
    return m_profile->currentData().toString();
}

QString ChatColumn::model() const
{
    return m_model->currentText().trimmed();
}

void ChatColumn::setModel(const QString& profileId, const QString& model)
{
    const int i = m_profile->findData(profileId);
    if (i >= 0)
        m_profile->setCurrentIndex(i);
    m_model->setCurrentText(model);
}

void ChatColumn::setCompareMode(bool on)
{
    findChild<QWidget*>(QStringLiteral("varyBox"))->setVisible(on);
    // Compared side by side, a column is narrow: the model name gets the column's whole width.
    // The model's label goes with it (it used to stay behind, naming the wrong box).
    if (on && m_top->indexOf(m_model) >= 0) {
        const int at = m_top->indexOf(m_modelLabel);
        m_top->removeWidget(m_modelLabel);
        m_top->removeWidget(m_model);
        m_top->insertStretch(at, 1);
        m_modelRow->addWidget(m_modelLabel);
        m_modelRow->addWidget(m_model, 1);
    } else if (!on && m_modelRow->indexOf(m_model) >= 0) {
        m_modelRow->removeWidget(m_modelLabel);
        m_modelRow->removeWidget(m_model);
        const int at = m_top->indexOf(m_profile) + 1;
        delete m_top->takeAt(at); // the stretch
        m_top->insertWidget(at, m_modelLabel);
        m_top->insertWidget(at + 1, m_model, 1);
    }
    m_close->setVisible(on);
    if (!on)
        m_varied->setCurrentIndex(0);
}

QString ChatColumn::variedParameter() const
{
    return m_varied->currentData().toString();
}

double ChatColumn::variedValue() const
{
    return m_variedValue->value();
}

void ChatColumn::setVaried(const QString& name, double value)
{
    m_varied->setCurrentIndex(std::max(0, m_varied->findData(name)));
    m_variedValue->setValue(value);
}

ChatParameters ChatColumn::effectiveParameters(const ChatParameters& shared) const
{
    ChatParameters p = shared;
    if (!variedParameter().isEmpty())
        p.setValue(variedParameter(), variedValue());
    return p;
}

QString ChatColumn::statusText() const
{
    // As it reads: without the no-break spaces and word joiners that only steer line breaks.
    return QString(m_status->text()).replace(QChar(QChar::Nbsp), QLatin1Char(' ')).remove(QChar(0x2060));
}

void ChatColumn::setNumber(int number)
{
    m_close->setAccessibleName(number > 0 ? tr("Close column %1").arg(number) : tr("Close column"));
}

void ChatColumn::clearStatus()
{
    m_status->clear();
    m_status->setAccessibleName(QString());
}

void ChatColumn::showAnswerFigures()
{
    const auto& messages = m_session->messages();
    if (messages.isEmpty() || !messages.back().isAssistant() ||
        (messages.back().firstTokenMs < 0 && !messages.back().incomplete)) { // nothing measured
        clearStatus();
        return;
    }
    const ChatMessage& m = messages.back();
    // Each fact whole on its line (see keepUnitTogether); the line breaks between them.
    m_status->setText(m.incomplete ? tr("The answer is incomplete.")
                                   : QStringList{keepUnitTogether(tr("%1 ms to first token").arg(m.firstTokenMs)),
                                                 keepUnitTogether(tr("%L1 tokens/s").arg(m.tokensPerSecond, 0, 'f', 1)),
                                                 keepUnitTogether(tr("%1 tokens").arg(m.completionTokens))}
                                         .join(QStringLiteral(" · ")));
    m_status->setAccessibleName(statusText()); // read without the line-break controls
}

void ChatColumn::reloadProfiles()
{
    const QString current = profileId();
    {
        const QSignalBlocker block(m_profile);
        m_profile->clear();
        for (const ConnectionProfile& p : m_api->profiles()->profiles())
            m_profile->addItem(p.name.isEmpty() ? p.baseUrl.toString() : p.name, p.id);
        const int i = m_profile->findData(current);
        m_profile->setCurrentIndex(i >= 0 ? i : 0);
    }
    loadModels(false);
}

QStringList ChatColumn::modelChoices() const
{
    QStringList items;
    for (int i = 0; i < m_model->count(); ++i)
        items << m_model->itemText(i);
    return items;
}

void ChatColumn::refreshModels()
{
    loadModels(true);
}

void ChatColumn::loadModels(bool refresh)
{
    const QString id = profileId();
    if (m_models->has(id) && !refresh) {
        fillModels();
        return;
    }
    const auto profile = m_api->profiles()->profile(id);
    m_api->profiles()->resolve(id, this, [this, id, profile](const Result<Connection>& c, const QString&) {
        // The user (or a new column taking the first one's connection) chose another connection
        // while the keychain answered for this one: its answer is no longer news.
        if (id != profileId())
            return;
        if (!c) {
            m_status->setText(tr("Not connected: %1").arg(c.error().message));
            return;
        }
        m_models->load(id, TogetherClient(m_api->transport(), *c),
                       profile && profile->kind == ConnectionProfile::Kind::Together);
    });
}

void ChatColumn::fillModels()
{
    const QString current = model();
    QSignalBlocker block(m_model);
    m_model->clear();
    auto* items = qobject_cast<QStandardItemModel*>(m_model->model());
    auto heading = [&](const QString& text) {
        auto* item = new QStandardItem(text);
        item->setFlags(Qt::NoItemFlags);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        items->appendRow(item);
    };
    using Kind = ModelDirectory::Kind;
    const QList<ModelDirectory::Entry> entries = m_models->entries(profileId());
    const QList<std::pair<Kind, QString>> groups{{Kind::FineTuneLora, tr("Your fine-tunes (LoRA, serverless)")},
                                                 {Kind::FineTuneFull, tr("Your fine-tunes (full)")},
                                                 {Kind::Endpoint, tr("Your dedicated endpoints")},
                                                 {Kind::DmiEndpoint, tr("Your dedicated endpoints (v2)")},
                                                 {Kind::Model, tr("Models")}};
    int present = 0;
    for (const auto& group : groups)
        present += std::any_of(entries.begin(), entries.end(),
                               [&](const ModelDirectory::Entry& e) { return e.kind == group.first; });
    int count = 0;
    for (const auto& [kind, title] : groups) {
        bool first = true;
        for (const ModelDirectory::Entry& e : entries) {
            if (e.kind != kind)
                continue;
            if (first && present > 1)
                heading(title);
            first = false;
            m_model->addItem(e.id);
            if (!e.detail.isEmpty())
                m_model->setItemData(m_model->count() - 1, e.detail, Qt::ToolTipRole);
            ++count;
        }
    }
    m_model->setCurrentText(current);
    // Nothing chosen yet (a connection just made active, e.g. the demo): the first model listed,
    // the user's own fine-tunes first, so Send works at once.
    bool chosen = false;
    if (current.isEmpty()) {
        for (int i = 0; i < m_model->count(); ++i) {
            if (items->item(i)->isEnabled()) {
                m_model->setCurrentIndex(i);
                chosen = true;
                break;
            }
        }
    }
    // The conversation records the choice like the user's own: New Chat and a new compare
    // column used to start with no model.
    block.unblock();
    if (chosen)
        emit settingsChanged();
    const QString error = m_models->error(profileId());
    m_status->setText(error.isEmpty() ? tr("%n model(s) to choose from.", nullptr, count)
                                      : tr("The model list could not be read (%1); type a model name.").arg(error));
}

void ChatColumn::run(const QString& system, const ChatParameters& shared, std::function<void(ChatSession*)> action)
{
    if (m_session->isStreaming())
        return;
    if (model().isEmpty()) {
        m_status->setText(tr("Choose a model first."));
        return;
    }
    const ChatParameters p = effectiveParameters(shared);
    m_api->profiles()->resolve(
        profileId(), this, [this, system, p, action = std::move(action)](const Result<Connection>& c, const QString&) {
            if (!c) {
                m_status->setText(tr("Not connected: %1").arg(c.error().message));
                return;
            }
            m_session->setConnection(m_models->connectionFor(profileId(), model(), *c));
            m_session->setModel(model());
            m_session->setSystemPrompt(system);
            m_session->setParameters(p);
            m_status->clear();
            action(m_session);
            if (m_session->isStreaming())
                emit requestSent(model());
            render();
        });
}

void ChatColumn::render()
{
    m_view->sync(m_session->messages(), m_session->isStreaming());
}

} // namespace td
