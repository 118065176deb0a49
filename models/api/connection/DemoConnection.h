#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QProcess;

namespace td {

class ConnectionProfiles;

// The demo connection: every pane can be tried without an account. Starts the bundled
// tunedesk-emulator (a local Together-compatible server) as a child process on a loopback port
// it picks, then adds a session-only "Demo (local emulator)" profile pointing at it, with a
// made-up key kept in memory, and makes it the active connection. The process ends with this
// object (and with the app, even when the app is killed: the kernel is asked to end it).
class DemoConnection final : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Failed };
    Q_ENUM(State)

    explicit DemoConnection(ConnectionProfiles* profiles, QObject* parent = nullptr);
    ~DemoConnection() override;

    static QString profileId() { return QStringLiteral("demo"); }
    // Where the emulator is looked for: beside the app (the installed /usr/bin), in the build
    // tree (tests/emulator), then on PATH. Empty when it is nowhere.
    static QString findProgram();
    // Tests and packagers: the emulator to start instead of the one findProgram() finds.
    void setProgram(const QString& path) { m_program = path; }
    // Extra emulator arguments (tests: a faster clock).
    void setExtraArguments(const QStringList& arguments) { m_extraArguments = arguments; }

    // Starts the emulator (nothing when it runs already, then the demo is made active again).
    void start();
    // Ends the emulator and removes the demo profile (the active connection falls back).
    void stop();

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    QUrl baseUrl() const { return m_baseUrl; }
    qint64 processId() const;

signals:
    void stateChanged(td::DemoConnection::State state);

private:
    void readBaseUrl();
    void fail(const QString& message);
    void setState(State state);
    void endProcess();

    ConnectionProfiles* m_profiles;
    QProcess* m_process = nullptr;
    QString m_program;
    QStringList m_extraArguments;
    QByteArray m_output;
    QUrl m_baseUrl;
    QString m_error;
    State m_state = State::Stopped;
};

} // namespace td
