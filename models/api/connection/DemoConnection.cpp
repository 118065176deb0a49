#include "api/connection/DemoConnection.h"

#include "api/connection/ConnectionProfiles.h"
#include "api/connection/KeyDestination.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

namespace td {

namespace {
const char* const programName = "tunedesk-emulator";
// How long the emulator may take to say where it listens (it does so in milliseconds).
constexpr int startTimeoutMs = 20000;
} // namespace

DemoConnection::DemoConnection(ConnectionProfiles* profiles, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
{
    // The demo profile removed in the Connections dialog: the server it pointed at goes too.
    connect(m_profiles, &ConnectionProfiles::changed, this, [this] {
        if (m_state == State::Running && !m_profiles->profile(profileId()))
            stop();
    });
}

DemoConnection::~DemoConnection()
{
    // Only the process: the profiles may be going too (the app quits).
    endProcess();
}

QString DemoConnection::findProgram()
{
    const QString name = QString::fromLatin1(programName);
    const QString appDir = QCoreApplication::applicationDirPath();
    for (const QString& dir : QStringList{appDir, appDir + QStringLiteral("/../../tests/emulator")}) {
        const QFileInfo candidate(dir + QLatin1Char('/') + name);
        if (candidate.isFile() && candidate.isExecutable())
            return QDir::cleanPath(candidate.absoluteFilePath());
    }
    return QStandardPaths::findExecutable(name);
}

qint64 DemoConnection::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void DemoConnection::start()
{
    if (m_state == State::Running) {
        m_profiles->setActive(profileId());
        return;
    }
    if (m_state == State::Starting)
        return;
    const QString program = m_program.isEmpty() ? findProgram() : m_program;
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        fail(tr("The demo server (%1) is not installed: it was looked for in %2 and on the PATH. Install the "
                "tunedesk package, or build TuneDesk with its tests (they build the emulator).")
                 .arg(program.isEmpty() ? QString::fromLatin1(programName) : program,
                      QDir::toNativeSeparators(QCoreApplication::applicationDirPath())));
        return;
    }
    m_error.clear();
    m_output.clear();
    m_baseUrl.clear();
    m_process = new QProcess(this);
    // Port 0: the emulator takes a free port and prints its URL. Jobs move ten times faster than
    // Together's so a demo fine-tune finishes while the user watches.
    m_process->setProgram(program);
    m_process->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--speed"),
                                        QStringLiteral("10"), QStringLiteral("--demo-jobs")} +
                            m_extraArguments);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // The emulator ends with the app even when the app is killed (Linux: the parent-death signal).
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoConnection::readBaseUrl);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("The demo server could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        const QString said = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
        fail(said.isEmpty() ? tr("The demo server stopped (exit code %1).").arg(code)
                            : tr("The demo server stopped (exit code %1): %2").arg(QString::number(code), said));
    });
    QTimer::singleShot(startTimeoutMs, m_process, [this] {
        if (m_state == State::Starting)
            fail(tr("The demo server did not say where it listens within %1 seconds.").arg(startTimeoutMs / 1000));
    });
    setState(State::Starting);
    m_process->start();
}

void DemoConnection::readBaseUrl()
{
    m_output += m_process->readAllStandardOutput();
    if (m_state != State::Starting)
        return;
    const qsizetype end = m_output.indexOf('\n');
    if (end < 0) {
        if (m_output.size() > 4096) // a URL is one short line
            fail(tr("The demo server printed something else than its address."));
        return;
    }
    const QUrl url(QString::fromUtf8(m_output.left(end)).trimmed());
    // The made-up key goes to this machine only.
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !KeyDestination::isLoopback(url)) {
        fail(tr("The demo server gave an address that is not on this machine: %1")
                 .arg(QString::fromUtf8(m_output.left(end))));
        return;
    }
    m_baseUrl = url;
    ConnectionProfile p;
    p.id = profileId();
    p.name = tr("Demo (local emulator)");
    p.kind = ConnectionProfile::Kind::Together;
    p.baseUrl = url;
    p.sessionOnly = true;
    m_profiles->setSessionKey(p.id, QStringLiteral("demo-key-for-the-local-emulator"));
    m_profiles->save(p);
    setState(State::Running);
    m_profiles->setActive(p.id);
}

void DemoConnection::stop()
{
    endProcess();
    m_profiles->remove(profileId());
    m_baseUrl.clear();
    if (m_state != State::Failed)
        setState(State::Stopped);
}

void DemoConnection::fail(const QString& message)
{
    m_error = message;
    endProcess();
    m_profiles->remove(profileId());
    m_baseUrl.clear();
    setState(State::Failed);
}

void DemoConnection::endProcess()
{
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr;
    process->disconnect(this); // its end is no failure now
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
    process->deleteLater();
}

void DemoConnection::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace td
