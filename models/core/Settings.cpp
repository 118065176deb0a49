#include "core/Settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStringList>
#include <QTemporaryFile>

#include <array>

namespace td {
namespace {

struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const std::array<KeyInfo, static_cast<size_t>(Settings::Key::KeyCount)>& table()
{
    static const std::array<KeyInfo, static_cast<size_t>(Settings::Key::KeyCount)> t = {{
        {Settings::Key::RecentFiles, "files/recent", QStringList()},
        {Settings::Key::LastOpenDir, "files/lastOpenDir", QString()},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::MainWindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::MainWindowState, "window/state", QByteArray()},
        {Settings::Key::DatasetSplitterState, "dataset/splitter", QByteArray()},
        {Settings::Key::DatasetDetailSplitterState, "dataset/detailSplitter", QByteArray()},
        {Settings::Key::RawEditorPretty, "dataset/rawEditorPretty", true},
        {Settings::Key::ConnectionProfiles, "api/connectionProfiles", QString()},
        {Settings::Key::UploadedFiles, "jobs/uploadedFiles", QString()},
        {Settings::Key::PlaygroundPresets, "playground/presets", QString()},
        {Settings::Key::PlaygroundParameters, "playground/parameters", QString()},
        {Settings::Key::EndpointIdleMinutes, "endpoints/idleReminderMinutes", 30},
        {Settings::Key::CheckProfile, "checks/profile", QStringLiteral("1.5.34")},
        {Settings::Key::Appearance, "ui/appearance", QStringLiteral("system")},
        {Settings::Key::ActiveConnection, "api/activeConnection", QStringLiteral("together")},
        // The folder of the tokenizer the dataset table counts with (empty: none, estimates only).
        {Settings::Key::TokenizerDir, "tokens/tokenizerDir", QString()},
        // The max_seq_length rows are held to (0: the tokenizer's model_max_length).
        {Settings::Key::TokenMaxSeqLength, "tokens/maxSeqLength", 0},
        // The evaluation judge's prompt as the user edited it (empty: EvalJudge's default).
        {Settings::Key::JudgePrompt, "eval/judgePrompt", QString()},
    }};
    return t;
}

Settings* g_instance = nullptr;
QTemporaryFile* g_tempFile = nullptr;

// The settings singleton lives until the process ends and is never destroyed, so the temporary
// file a test's settings are kept in would outlive the test in /tmp. Removing it when the
// application object goes away is late enough: nothing syncs settings after that.
void removeTempSettingsFile()
{
    delete g_tempFile;
    g_tempFile = nullptr;
}

} // namespace

Settings::Settings(std::unique_ptr<QSettings> backend)
    : m_backend(std::move(backend))
{}

Settings::~Settings() = default;

Settings* Settings::instance()
{
    if (!g_instance)
        g_instance = new Settings(std::make_unique<QSettings>());
    return g_instance;
}

void Settings::createTempFileInstance()
{
    delete g_instance;
    removeTempSettingsFile();
    static const bool registered = [] {
        qAddPostRoutine(removeTempSettingsFile);
        return true;
    }();
    Q_UNUSED(registered);
    g_tempFile = new QTemporaryFile;
    g_tempFile->open();
    auto backend = std::make_unique<QSettings>(g_tempFile->fileName(), QSettings::IniFormat);
    g_instance = new Settings(std::move(backend));
}

QString Settings::name(Key key)
{
    return QString::fromLatin1(table()[static_cast<size_t>(key)].name);
}

QVariant Settings::defaultValue(Key key)
{
    return table()[static_cast<size_t>(key)].defaultValue;
}

QVariant Settings::get(Key key) const
{
    return m_backend->value(name(key), defaultValue(key));
}

void Settings::set(Key key, const QVariant& value)
{
    if (get(key) == value)
        return;
    m_backend->setValue(name(key), value);
    emit changed(key);
}

void Settings::reset(Key key)
{
    if (!m_backend->contains(name(key)))
        return;
    m_backend->remove(name(key));
    emit changed(key);
}

void Settings::sync()
{
    m_backend->sync();
}

} // namespace td
