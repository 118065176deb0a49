#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace td {

// One typed registry for every persisted setting: each key has one name and one default,
// declared in a table in Settings.cpp. API keys never go here (they live in the keychain).
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        RecentFiles,
        LastOpenDir,
        Language,
        MainWindowGeometry,
        MainWindowState,
        DatasetSplitterState,
        DatasetDetailSplitterState,
        RawEditorPretty,
        ConnectionProfiles,
        UploadedFiles,
        PlaygroundPresets,
        PlaygroundParameters,
        EndpointIdleMinutes,
        CheckProfile,
        Appearance,
        ActiveConnection,
        TokenizerDir,
        TokenMaxSeqLength,
        JudgePrompt,
        KeyCount
    };

    static Settings* instance();
    // Tests: back the registry with a temporary ini file, so they never touch the user's settings.
    static void createTempFileInstance();

    QVariant get(Key key) const;
    void set(Key key, const QVariant& value);
    void reset(Key key);
    void sync();

    static QString name(Key key);
    static QVariant defaultValue(Key key);

signals:
    void changed(td::Settings::Key key);

private:
    explicit Settings(std::unique_ptr<QSettings> backend);
    ~Settings() override;

    std::unique_ptr<QSettings> m_backend;
};

} // namespace td
