#include "api/http/CurlTransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QPointer>

#include <curl/curl.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

namespace td {

QByteArray HttpResponse::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [k, v] : headers)
        if (k == lowerCaseName)
            return v;
    return {};
}

namespace {

class CurlJob;

// One transfer, shared by the job (its thread) and the network thread.
struct Transfer
{
    quint64 id = 0;
    HttpRequest request;
    std::atomic_bool aborted{false};
    // Network thread only:
    CURL* easy = nullptr;
    curl_slist* headerList = nullptr;
    std::FILE* upload = nullptr;
    qint64 uploadLeft = 0;
    std::FILE* download = nullptr;
    bool downloadFailed = false;
    int downloadErrno = 0;
    HttpResponse response;
    bool headersDone = false;
    qint64 lastProgressMs = 0;
    char errorBuffer[CURL_ERROR_SIZE] = {};
};

} // namespace

// Jobs are reached from the network thread only through this dispatcher, which lives in the
// jobs' thread and looks them up by id: a job deleted meanwhile is simply not found.
class CurlDispatcher : public QObject
{
public:
    QHash<quint64, QPointer<CurlJob>> jobs;
};

struct CurlTransport::Impl
{
    CURLM* multi = nullptr;
    std::thread thread;
    std::mutex mutex;
    std::deque<std::shared_ptr<Transfer>> incoming;
    std::vector<std::shared_ptr<Transfer>> active;
    std::atomic_bool stop{false};
    CurlDispatcher* dispatcher = nullptr;
    quint64 nextId = 1;

    void wake() { curl_multi_wakeup(multi); }
    void loop();
    void begin(const std::shared_ptr<Transfer>& t);
    void end(const std::shared_ptr<Transfer>& t, CURLcode code);
    // Runs fn(job) in the jobs' thread if the job still exists; `last` forgets the job.
    template<typename Fn>
    void post(quint64 id, Fn fn, bool last = false);
};

namespace {

class CurlJob final : public HttpJob
{
public:
    CurlJob(std::shared_ptr<Transfer> t, std::weak_ptr<CurlTransport::Impl> impl)
        : m_t(std::move(t))
        , m_impl(std::move(impl))
    {}
    ~CurlJob() override { abort(); }
    void abort() override
    {
        m_t->aborted = true;
        if (auto i = m_impl.lock())
            i->wake();
    }
    void emitHeaders(int status) { emit headersReceived(status); }
    void emitData(const QByteArray& b) { emit bodyData(b); }
    void emitUpload(qint64 a, qint64 b) { emit uploadProgress(a, b); }
    void emitDownload(qint64 a, qint64 b) { emit downloadProgress(a, b); }
    void emitFinished(const Outcome& o) { emit finished(o); }

private:
    std::shared_ptr<Transfer> m_t;
    std::weak_ptr<CurlTransport::Impl> m_impl;
};

struct Callbacks
{
    CurlTransport::Impl* impl;
    std::shared_ptr<Transfer> t;
};

std::size_t onHeader(char* data, std::size_t size, std::size_t n, void* user)
{
    auto* cb = static_cast<Callbacks*>(user);
    Transfer& t = *cb->t;
    const QByteArray line = QByteArray(data, qsizetype(size * n)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new status line (after a 100 Continue, or a followed redirect): start over.
        t.response.headers.clear();
        t.response.status = line.split(' ').value(1).toInt();
        t.headersDone = false;
    } else if (line.isEmpty()) {
        if (!t.headersDone && t.response.status >= 200) {
            t.headersDone = true;
            const int status = t.response.status;
            cb->impl->post(t.id, [status](CurlJob* job) { job->emitHeaders(status); });
        }
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        t.response.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return size * n;
}

std::size_t onBody(char* data, std::size_t size, std::size_t n, void* user)
{
    auto* cb = static_cast<Callbacks*>(user);
    Transfer& t = *cb->t;
    if (t.aborted)
        return 0;
    const int status = t.response.status;
    if (!t.request.downloadFile.isEmpty() && status >= 200 && status < 300) {
        if (!t.download) {
            const QByteArray name = QFile::encodeName(t.request.downloadFile);
            t.download = std::fopen(name.constData(), status == 206 ? "ab" : "wb");
            if (!t.download) {
                t.downloadFailed = true;
                t.downloadErrno = errno;
                return 0; // makes curl stop with a write error
            }
        }
        if (std::fwrite(data, size, n, t.download) != n) {
            t.downloadFailed = true;
            t.downloadErrno = errno;
            return 0;
        }
        return size * n;
    }
    const QByteArray chunk(data, qsizetype(size * n));
    if (t.request.streamBody)
        cb->impl->post(t.id, [chunk](CurlJob* job) { job->emitData(chunk); });
    else
        t.response.body.append(chunk);
    return size * n;
}

std::size_t onRead(char* buffer, std::size_t size, std::size_t n, void* user)
{
    auto* cb = static_cast<Callbacks*>(user);
    Transfer& t = *cb->t;
    if (t.aborted)
        return CURL_READFUNC_ABORT;
    const std::size_t want = std::size_t(std::min<qint64>(qint64(size * n), t.uploadLeft));
    const std::size_t got = std::fread(buffer, 1, want, t.upload);
    t.uploadLeft -= qint64(got);
    return got;
}

int onProgress(void* user, curl_off_t dlTotal, curl_off_t dlNow, curl_off_t ulTotal, curl_off_t ulNow)
{
    auto* cb = static_cast<Callbacks*>(user);
    Transfer& t = *cb->t;
    if (t.aborted)
        return 1; // makes curl stop the transfer
    const qint64 now = qint64(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count());
    if (now - t.lastProgressMs >= 100) {
        t.lastProgressMs = now;
        if (ulTotal > 0)
            cb->impl->post(t.id, [ulNow, ulTotal](CurlJob* job) { job->emitUpload(qint64(ulNow), qint64(ulTotal)); });
        if (dlNow > 0)
            cb->impl->post(t.id, [dlNow, dlTotal](CurlJob* job) { job->emitDownload(qint64(dlNow), qint64(dlTotal)); });
    }
    return 0;
}

} // namespace

template<typename Fn>
void CurlTransport::Impl::post(quint64 id, Fn fn, bool last)
{
    QMetaObject::invokeMethod(
        dispatcher,
        [d = dispatcher, id, fn = std::move(fn), last]() {
            QPointer<CurlJob> job = last ? d->jobs.take(id) : d->jobs.value(id);
            if (job)
                fn(job.data());
        },
        Qt::QueuedConnection);
}

void CurlTransport::Impl::begin(const std::shared_ptr<Transfer>& t)
{
    CURL* e = curl_easy_init();
    t->easy = e;
    const HttpRequest& r = t->request;
    auto* cb = new Callbacks{this, t};
    curl_easy_setopt(e, CURLOPT_PRIVATE, cb);
    curl_easy_setopt(e, CURLOPT_URL, r.url.toEncoded().constData());
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errorBuffer);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, cb);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, cb);
    curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(e, CURLOPT_XFERINFODATA, cb);
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, r.followRedirects ? 1L : 0L);
    // Never send custom headers (the API key) to another host after a redirect.
    curl_easy_setopt(e, CURLOPT_UNRESTRICTED_AUTH, 0L);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(r.timeoutMs));
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(r.connectTimeoutMs));
    if (r.freshConnection)
        curl_easy_setopt(e, CURLOPT_FRESH_CONNECT, 1L);
    if (r.stallTimeoutMs > 0) {
        // Under 1 byte/s for that long: nothing is coming. curl counts in whole seconds.
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, long(std::max(1, (r.stallTimeoutMs + 999) / 1000)));
    }
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    for (const auto& [k, v] : r.headers)
        t->headerList = curl_slist_append(t->headerList, QByteArray(k + ": " + v).constData());
    if (!r.uploadFile.isEmpty()) {
        // Streamed from the file: memory stays flat whatever the size.
        t->upload = std::fopen(QFile::encodeName(r.uploadFile).constData(), "rb");
        const qint64 fileSize = QFile(r.uploadFile).size();
        const qint64 from = std::clamp<qint64>(r.uploadOffset, 0, fileSize);
        t->uploadLeft = r.uploadLength < 0 ? fileSize - from : std::min(r.uploadLength, fileSize - from);
        if (t->upload && fseeko(t->upload, off_t(from), SEEK_SET) != 0) {
            std::fclose(t->upload);
            t->upload = nullptr;
        }
        curl_easy_setopt(e, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(e, CURLOPT_READFUNCTION, &onRead);
        curl_easy_setopt(e, CURLOPT_READDATA, cb);
        curl_easy_setopt(e, CURLOPT_INFILESIZE_LARGE, curl_off_t(t->uploadLeft));
        // curl sends "Expect: 100-continue" for uploads; signed storage URLs do not want it.
        t->headerList = curl_slist_append(t->headerList, "Expect:");
        if (r.method != "PUT")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, r.method.constData());
    } else if (r.method == "GET") {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else {
        if (r.method == "POST" || !r.body.isEmpty()) {
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(r.body.size()));
            curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS, r.body.constData());
        }
        if (r.method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, r.method.constData());
    }
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headerList);
    if (!r.uploadFile.isEmpty() && !t->upload) {
        ApiError err;
        err.kind = ApiError::Kind::Network;
        err.message = QCoreApplication::translate("td::CurlTransport", "cannot read %1").arg(r.uploadFile);
        const quint64 id = t->id;
        post(
            id, [err](CurlJob* job) { job->emitFinished(err); }, true);
        curl_slist_free_all(t->headerList);
        curl_easy_cleanup(e);
        delete cb;
        return;
    }
    curl_multi_add_handle(multi, e);
    active.push_back(t);
}

void CurlTransport::Impl::end(const std::shared_ptr<Transfer>& t, CURLcode code)
{
    Callbacks* cb = nullptr;
    curl_easy_getinfo(t->easy, CURLINFO_PRIVATE, &cb);
    HttpJob::Outcome outcome;
    if (t->aborted) {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        e.message = QCoreApplication::translate("td::CurlTransport", "cancelled");
        outcome = e;
    } else if (code != CURLE_OK) {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        const bool stalled = code == CURLE_OPERATION_TIMEDOUT && std::strstr(t->errorBuffer, "too slow");
        e.message = t->downloadFailed
                        ? QCoreApplication::translate("td::CurlTransport", "cannot write %1: %2")
                              .arg(t->request.downloadFile, QString::fromLocal8Bit(std::strerror(t->downloadErrno)))
                    : stalled
                        ? QCoreApplication::translate("td::CurlTransport", "the server sent nothing for %1 s (stalled)")
                              .arg(std::max(1, (t->request.stallTimeoutMs + 999) / 1000))
                        : QString::fromUtf8(t->errorBuffer[0] ? t->errorBuffer : curl_easy_strerror(code));
        e.httpStatus = t->response.status;
        // Not even connected when it failed: the request never left, nothing can have happened.
        curl_off_t pretransfer = 0;
        curl_easy_getinfo(t->easy, CURLINFO_PRETRANSFER_TIME_T, &pretransfer);
        e.notSent = pretransfer == 0 && t->response.status == 0;
        outcome = e;
    } else {
        long status = 0;
        curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
        t->response.status = int(status);
        outcome = std::move(t->response);
    }
    curl_multi_remove_handle(multi, t->easy);
    curl_easy_cleanup(t->easy);
    curl_slist_free_all(t->headerList);
    if (t->upload)
        std::fclose(t->upload);
    if (t->download && std::fclose(t->download) != 0 && std::holds_alternative<HttpResponse>(outcome)) {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.message = QCoreApplication::translate("td::CurlTransport", "cannot write %1: %2")
                        .arg(t->request.downloadFile, QString::fromLocal8Bit(std::strerror(errno)));
        outcome = e;
    }
    delete cb;
    post(
        t->id, [outcome = std::move(outcome)](CurlJob* job) { job->emitFinished(outcome); }, true);
}

void CurlTransport::Impl::loop()
{
    while (!stop) {
        {
            std::lock_guard lock(mutex);
            while (!incoming.empty()) {
                auto t = std::move(incoming.front());
                incoming.pop_front();
                begin(t);
            }
        }
        int running = 0;
        curl_multi_perform(multi, &running);
        int left = 0;
        while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            for (auto it = active.begin(); it != active.end(); ++it) {
                if ((*it)->easy == msg->easy_handle) {
                    auto t = *it;
                    active.erase(it);
                    end(t, msg->data.result);
                    break;
                }
            }
        }
        // An aborted transfer that is waiting for the network is ended here.
        for (auto it = active.begin(); it != active.end();) {
            if ((*it)->aborted) {
                auto t = *it;
                it = active.erase(it);
                end(t, CURLE_ABORTED_BY_CALLBACK);
            } else {
                ++it;
            }
        }
        curl_multi_poll(multi, nullptr, 0, 250, nullptr);
    }
    for (auto& t : active)
        end(t, CURLE_ABORTED_BY_CALLBACK);
    active.clear();
}

CurlTransport::CurlTransport()
    : d(std::make_shared<Impl>())
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    qRegisterMetaType<td::HttpJob::Outcome>();
    d->multi = curl_multi_init();
    d->dispatcher = new CurlDispatcher;
    d->thread = std::thread([impl = d.get()] { impl->loop(); });
}

CurlTransport::~CurlTransport()
{
    d->stop = true;
    d->wake();
    d->thread.join();
    curl_multi_cleanup(d->multi);
    delete d->dispatcher; // pending deliveries to it are dropped with it
}

std::unique_ptr<HttpJob> CurlTransport::start(const HttpRequest& request)
{
    auto t = std::make_shared<Transfer>();
    t->request = request;
    t->id = d->nextId++;
    auto job = std::make_unique<CurlJob>(t, d);
    d->dispatcher->jobs.insert(t->id, job.get());
    {
        std::lock_guard lock(d->mutex);
        d->incoming.push_back(t);
    }
    d->wake();
    return job;
}

} // namespace td
