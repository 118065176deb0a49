#include "api/http/HttpTransport.h"
#include "api/transfer/MultipartUpload.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <functional>

using namespace td;

namespace {

class FakeJob : public HttpJob
{
public:
    FakeJob()
        : HttpJob(nullptr)
    {}
    void abort() override {}
};

// Answers every request at once from `answer`, and keeps the requests.
class FakeTransport : public HttpTransport
{
public:
    QList<HttpRequest> requests;
    std::function<HttpResponse(const HttpRequest&)> answer;

    std::unique_ptr<HttpJob> start(const HttpRequest& request) override
    {
        requests.append(request);
        auto job = std::make_unique<FakeJob>();
        const HttpJob::Outcome outcome = answer(request);
        FakeJob* j = job.get();
        QTimer::singleShot(0, j, [j, outcome] { emit j->finished(outcome); });
        return job;
    }
};

} // namespace

// What a multipart upload does with the server's description of the parts.
class TestMultipartUpload : public QObject
{
    Q_OBJECT

private slots:
    // Regression: the server's part numbers were trusted, so part 0 (or one beyond the plan)
    // became a read before the start (or past the end) of the file and was uploaded.
    void partsOutsideThePlanAreRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("train.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000, 'x'));
        f.close();

        for (int shift : {-1, 1}) {
            FakeTransport transport;
            transport.answer = [shift](const HttpRequest& r) {
                HttpResponse res;
                res.status = 200;
                const auto body = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
                nlohmann::json parts = nlohmann::json::array();
                const int n = body.is_object() ? body.value("num_parts", 0) : 0;
                for (int i = 1; i <= n; ++i)
                    parts.push_back({{"PartNumber", i + shift}, {"URL", "http://127.0.0.1:9/part"}});
                res.body = QByteArray::fromStdString(
                    nlohmann::json{{"upload_id", "u-1"}, {"file_id", "file-1"}, {"parts", parts}}.dump());
                return res;
            };
            MultipartUpload upload(&transport, Connection{}, path, QStringLiteral("fine-tune"));
            upload.setPartSizes(256, 100);
            QSignalSpy done(&upload, &MultipartUpload::finished);
            upload.start();
            QTRY_COMPARE(done.count(), 1);
            const auto outcome = done.at(0).at(0).value<UploadOutcome>();
            QVERIFY(std::holds_alternative<ApiError>(outcome));
            QCOMPARE(std::get<ApiError>(outcome).kind, ApiError::Kind::Parse);
            // Nothing was uploaded; the server is told to drop the upload.
            for (const HttpRequest& r : transport.requests)
                QVERIFY2(r.uploadFile.isEmpty(), qPrintable(r.url.toString()));
            QCOMPARE(transport.requests.back().url.path(), QStringLiteral("/v1/files/multipart/abort"));
        }
    }
};

QTEST_GUILESS_MAIN(TestMultipartUpload)
#include "tst_multipartupload.moc"
