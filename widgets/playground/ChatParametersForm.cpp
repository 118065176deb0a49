#include "widgets/playground/ChatParametersForm.h"

#include "core/Settings.h"
#include "widgets/common/Dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace td {

namespace {
QDoubleSpinBox* spin(QWidget* parent, double min, double max, double step, int decimals, const QString& unset = {})
{
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(min, max);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    if (!unset.isEmpty())
        s->setSpecialValueText(unset);
    return s;
}

nlohmann::json storedPresets()
{
    const QByteArray text = Settings::instance()->get(Settings::Key::PlaygroundPresets).toString().toUtf8();
    nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    return j.is_object() ? j : nlohmann::json::object();
}
} // namespace

ChatParametersForm::ChatParametersForm(QWidget* parent)
    : QWidget(parent)
    , m_system(new QPlainTextEdit(this))
    , m_temperature(spin(this, 0, 2, 0.1, 2))
    , m_topP(spin(this, 0, 1, 0.05, 2))
    , m_topK(new QSpinBox(this))
    , m_minP(spin(this, 0, 1, 0.01, 2, tr("off")))
    , m_repetition(spin(this, 0, 2, 0.05, 2, tr("off")))
    , m_presence(spin(this, -2, 2, 0.1, 2))
    , m_frequency(spin(this, -2, 2, 0.1, 2))
    , m_maxTokens(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_stop(new QLineEdit(this))
    , m_reasoning(new QComboBox(this))
    , m_json(new QCheckBox(tr("Answer in JSON"), this))
    , m_presets(new QComboBox(this))
{
    m_system->setPlaceholderText(tr("System prompt (optional)"));
    m_system->setMaximumHeight(110);
    m_system->setObjectName(QStringLiteral("systemPrompt"));
    m_system->setAccessibleName(tr("System prompt"));
    m_system->setTabChangesFocus(true); // Tab leaves the box (keyboard users are never trapped)
    m_topK->setRange(0, 1000);
    m_topK->setSpecialValueText(tr("off"));
    m_maxTokens->setRange(1, 131072);
    m_seed->setRange(-1, 2147483647);
    m_seed->setSpecialValueText(tr("random"));
    m_stop->setPlaceholderText(tr("comma-separated"));
    m_stop->setAccessibleName(tr("Stop sequences"));
    m_reasoning->addItem(tr("default"), QString());
    for (const char* e : {"low", "medium", "high"})
        m_reasoning->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_temperature->setToolTip(tr("Higher is more varied, lower more predictable."));
    m_topP->setToolTip(tr("Sample only from the most likely tokens that add up to this probability."));
    m_topK->setToolTip(tr("Sample only from this many most likely tokens."));
    m_repetition->setToolTip(tr("Above 1 discourages repeating tokens. Do not combine with the presence and "
                                "frequency penalties."));
    m_seed->setToolTip(tr("The same seed and parameters give the same answer where the server supports it: "
                          "use it to compare models fairly."));
    m_presets->setObjectName(QStringLiteral("presets"));

    auto* form = new QFormLayout;
    form->addRow(tr("Temperature:"), m_temperature);
    form->addRow(tr("Top p:"), m_topP);
    form->addRow(tr("Top k:"), m_topK);
    form->addRow(tr("Min p:"), m_minP);
    form->addRow(tr("Repetition penalty:"), m_repetition);
    form->addRow(tr("Presence penalty:"), m_presence);
    form->addRow(tr("Frequency penalty:"), m_frequency);
    form->addRow(tr("Max tokens:"), m_maxTokens);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Stop sequences:"), m_stop);
    form->addRow(tr("Reasoning effort:"), m_reasoning);
    form->addRow(QString(), m_json);

    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(m_presets, 1);
    auto* save = new QPushButton(tr("Save…"), this);
    save->setObjectName(QStringLiteral("savePreset"));
    auto* remove = new QPushButton(tr("Delete"), this);
    save->setAccessibleName(tr("Save preset…"));
    remove->setAccessibleName(tr("Delete preset"));
    save->setToolTip(tr("Save these parameters and the system prompt as a preset"));
    presetRow->addWidget(save);
    presetRow->addWidget(remove);

    auto* layout = new QVBoxLayout(this);
    auto* presetLabel = new QLabel(tr("Preset"), this);
    presetLabel->setBuddy(m_presets); // names the combo box for screen readers
    layout->addWidget(presetLabel);
    layout->addLayout(presetRow);
    auto* systemLabel = new QLabel(tr("System prompt"), this);
    systemLabel->setBuddy(m_system);
    layout->addWidget(systemLabel);
    layout->addWidget(m_system);
    layout->addLayout(form);
    layout->addStretch();

    const auto last = nlohmann::json::parse(
        Settings::instance()->get(Settings::Key::PlaygroundParameters).toString().toStdString(), nullptr, false);
    setParameters(last.is_object() ? ChatParameters::fromJson(last) : ChatParameters());
    reloadPresets();

    auto notify = [this] {
        if (m_loading)
            return;
        remember();
        emit changed();
    };
    for (QDoubleSpinBox* s : {m_temperature, m_topP, m_minP, m_repetition, m_presence, m_frequency})
        connect(s, &QDoubleSpinBox::valueChanged, this, notify);
    for (QSpinBox* s : {m_topK, m_maxTokens, m_seed})
        connect(s, &QSpinBox::valueChanged, this, notify);
    connect(m_stop, &QLineEdit::textChanged, this, notify);
    connect(m_reasoning, &QComboBox::currentIndexChanged, this, notify);
    connect(m_json, &QCheckBox::toggled, this, notify);
    connect(m_system, &QPlainTextEdit::textChanged, this, notify);
    connect(m_presets, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            applyPreset(m_presets->itemText(i));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const auto name = Dialogs::text(this, tr("Save Preset"), tr("Preset name:"),
                                        m_presets->currentIndex() > 0 ? m_presets->currentText() : QString());
        if (name && !name->trimmed().isEmpty())
            savePreset(name->trimmed());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_presets->currentIndex() > 0)
            deletePreset(m_presets->currentText());
    });
}

ChatParameters ChatParametersForm::parameters() const
{
    ChatParameters p;
    p.temperature = m_temperature->value();
    p.topP = m_topP->value();
    p.topK = m_topK->value();
    p.minP = m_minP->value();
    p.repetitionPenalty = m_repetition->value();
    p.presencePenalty = m_presence->value();
    p.frequencyPenalty = m_frequency->value();
    p.maxTokens = m_maxTokens->value();
    if (m_seed->value() >= 0)
        p.seed = m_seed->value();
    for (const QString& s : m_stop->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            p.stop << s.trimmed();
    p.reasoningEffort = m_reasoning->currentData().toString();
    p.jsonObject = m_json->isChecked();
    return p;
}

void ChatParametersForm::setParameters(const ChatParameters& p)
{
    const bool loading = m_loading;
    m_loading = true;
    m_temperature->setValue(p.temperature);
    m_topP->setValue(p.topP);
    m_topK->setValue(p.topK);
    m_minP->setValue(p.minP);
    m_repetition->setValue(p.repetitionPenalty);
    m_presence->setValue(p.presencePenalty);
    m_frequency->setValue(p.frequencyPenalty);
    m_maxTokens->setValue(p.maxTokens);
    m_seed->setValue(p.seed ? int(std::clamp<qint64>(*p.seed, 0, 2147483647)) : -1);
    m_stop->setText(p.stop.join(QStringLiteral(", ")));
    m_reasoning->setCurrentIndex(std::max(0, m_reasoning->findData(p.reasoningEffort)));
    m_json->setChecked(p.jsonObject);
    m_loading = loading;
    if (!m_loading) {
        remember();
        emit changed();
    }
}

QString ChatParametersForm::systemPrompt() const
{
    return m_system->toPlainText();
}

void ChatParametersForm::setSystemPrompt(const QString& text)
{
    if (text != m_system->toPlainText())
        m_system->setPlainText(text);
}

void ChatParametersForm::remember()
{
    Settings::instance()->set(Settings::Key::PlaygroundParameters,
                              QString::fromStdString(parameters().toJson().dump()));
}

QStringList ChatParametersForm::presetNames() const
{
    QStringList names;
    const nlohmann::json all = storedPresets();
    for (auto it = all.begin(); it != all.end(); ++it)
        names << QString::fromStdString(it.key());
    return names;
}

void ChatParametersForm::savePreset(const QString& name)
{
    nlohmann::json all = storedPresets();
    nlohmann::json preset = parameters().toJson();
    preset["system"] = systemPrompt().toStdString();
    all[name.toStdString()] = preset;
    Settings::instance()->set(Settings::Key::PlaygroundPresets, QString::fromStdString(all.dump()));
    reloadPresets();
    m_presets->setCurrentText(name);
}

bool ChatParametersForm::applyPreset(const QString& name)
{
    const nlohmann::json all = storedPresets();
    const auto it = all.find(name.toStdString());
    if (it == all.end())
        return false;
    setParameters(ChatParameters::fromJson(*it));
    if (it->contains("system") && (*it)["system"].is_string())
        setSystemPrompt(QString::fromStdString((*it)["system"].get<std::string>()));
    m_presets->setCurrentText(name);
    return true;
}

void ChatParametersForm::deletePreset(const QString& name)
{
    nlohmann::json all = storedPresets();
    all.erase(name.toStdString());
    Settings::instance()->set(Settings::Key::PlaygroundPresets, QString::fromStdString(all.dump()));
    reloadPresets();
}

void ChatParametersForm::reloadPresets()
{
    const QSignalBlocker block(m_presets);
    m_presets->clear();
    m_presets->addItem(tr("(none)"));
    m_presets->addItems(presetNames());
}

} // namespace td
