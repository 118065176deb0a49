#pragma once

#include "TestFiles.h"
#include "api/client/TogetherClient.h"
#include "api/connection/ApiKeyResolver.h"
#include "api/connection/ConnectionProfiles.h"
#include "api/transfer/FileUpload.h"
#include "core/SecretStore.h"
#include "core/Settings.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace td::test {

// `rows` small conversations ("question i" → "answer i"), written to `path`.
inline QString writeConversations(const QString& path, int rows)
{
    QByteArray data;
    for (int i = 0; i < rows; ++i)
        data += "{\"messages\":[{\"role\":\"user\",\"content\":\"question " + QByteArray::number(i) +
                "\"},{\"role\":\"assistant\",\"content\":\"answer " + QByteArray::number(i) + "\"}]}\n";
    writeFile(path, data);
    return path;
}

// Uploads a file the way the app does; the file's id, or empty on failure.
inline QString uploadFile(HttpTransport* transport, const Connection& c, const QString& path)
{
    FileUpload upload(transport, c, path);
    QSignalSpy done(&upload, &FileUpload::finished);
    upload.start();
    if (!done.wait(20000))
        return {};
    const auto outcome = done.front().front().value<UploadOutcome>();
    return std::holds_alternative<RemoteFile>(outcome) ? std::get<RemoteFile>(outcome).id : QString();
}

// Uploads `rows` conversations and starts a LoRA fine-tune of Llama 3.1 8B on them.
inline std::optional<FineTuneJob> startJob(HttpTransport* transport, const Connection& c, const QString& path, int rows,
                                           int epochs, int checkpoints = 1)
{
    FineTuneRequest r;
    r.trainingFile = uploadFile(transport, c, writeConversations(path, rows));
    r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
    r.nEpochs = epochs;
    r.nCheckpoints = checkpoints;
    std::optional<FineTuneJob> job;
    bool answered = false;
    QObject context;
    TogetherClient(transport, c).createFineTune(r, &context, [&](const ApiResult<FineTuneJob>& j) {
        answered = true;
        if (const auto* x = std::get_if<FineTuneJob>(&j))
            job = *x;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20000))
        return std::nullopt;
    return job;
}

// A secret store holding `key` for Together, whose profile (in the test's settings) is
// pointed at `baseUrl`: give it to a MainWindow to be connected to the emulator.
inline MemorySecretStore* storeConnectedTo(const QUrl& baseUrl, const QString& key, QObject* context)
{
    auto* secrets = new MemorySecretStore;
    MemorySecretStore scratch;
    ConnectionProfiles profiles(Settings::instance(), &scratch);
    ConnectionProfile together = *profiles.profile(QStringLiteral("together"));
    together.baseUrl = baseUrl;
    profiles.save(together);
    secrets->write(ApiKeyResolver::keychainKey(QStringLiteral("together")), key, context, [](const Result<void>&) {});
    return secrets;
}

} // namespace td::test
