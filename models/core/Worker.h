#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace td {

// The one way TuneDesk runs work off the GUI thread and reports back: `work` runs on a thread
// pool, and `done` gets its result in `context`'s thread, from the event loop, never inside
// this call and never once `context` is gone.
//
// Why not QtConcurrent::run(work).then(context, done), the idiom Qt suggests: in Qt 6.4 (Debian
// 12) when the work is over before then() is attached (a small file, a fast disk), `done` runs
// at once inside the caller, so a signal the caller connects to next is missed (a bulk edit's
// "finished" was lost that way); and a context destroyed before the work ends trips an
// assertion in Qt's continuation. Here the answer is posted from the worker, before the
// work's future reports finished, so an owner that waits for that future in its destructor
// is still alive when it is posted (and Qt drops the posted answer with the object).
//
// The returned future is the work's: keep it and wait for it on destruction when the work
// uses the object's members. Progress while the work runs, and the first rows a loader
// streams before its index is complete, are posted to the context with a queued call.
// `pool`: Qt's global one unless the work needs its own (the row summaries keep one thread).
template<typename Work, typename Done>
auto runInBackground(QObject* context, Work work, Done done, QThreadPool* pool = QThreadPool::globalInstance())
    -> QFuture<std::invoke_result_t<Work>>
{
    using R = std::invoke_result_t<Work>;
    // Shared: the pool takes copyable tasks, a promise only moves.
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    pool->start(
        [promise, context = QPointer<QObject>(context), work = std::move(work), done = std::move(done)]() mutable {
            if constexpr (std::is_void_v<R>) {
                work();
                if (context)
                    QMetaObject::invokeMethod(
                        context.data(), [done]() mutable { done(); }, Qt::QueuedConnection);
            } else {
                R result = work();
                if (context)
                    QMetaObject::invokeMethod(
                        context.data(), [done, result]() mutable { done(std::move(result)); }, Qt::QueuedConnection);
                promise->addResult(std::move(result));
            }
            promise->finish();
        });
    return future;
}

} // namespace td
