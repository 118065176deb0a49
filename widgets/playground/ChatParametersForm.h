#pragma once

#include "playground/ChatParameters.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace td {

// The playground's shared settings: the system prompt, every sampling parameter a user tunes,
// and named presets of them kept in the settings (the last ones used come back next time).
class ChatParametersForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ChatParametersForm(QWidget* parent = nullptr);

    ChatParameters parameters() const;
    void setParameters(const ChatParameters& p);
    QString systemPrompt() const;
    void setSystemPrompt(const QString& text);

    QStringList presetNames() const;
    void savePreset(const QString& name);
    bool applyPreset(const QString& name);
    void deletePreset(const QString& name);

signals:
    void changed();

private:
    void reloadPresets();
    void remember();

    QPlainTextEdit* m_system;
    QDoubleSpinBox* m_temperature;
    QDoubleSpinBox* m_topP;
    QSpinBox* m_topK;
    QDoubleSpinBox* m_minP;
    QDoubleSpinBox* m_repetition;
    QDoubleSpinBox* m_presence;
    QDoubleSpinBox* m_frequency;
    QSpinBox* m_maxTokens;
    QSpinBox* m_seed;
    QLineEdit* m_stop;
    QComboBox* m_reasoning;
    QCheckBox* m_json;
    QComboBox* m_presets;
    bool m_loading = false;
};

} // namespace td
