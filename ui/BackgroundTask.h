#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace kaishu::ui {

// Runs work on a thread of its own and hands its result to done on context's thread (the GUI), or
// drops it when context is gone by then. For the calls that block (SMTP) or take long (a batch of
// PDFs): work must not touch widgets nor the workspace's database connection, which belongs to the
// GUI thread, and must not throw. The thread object deletes itself when it has finished.
template<typename Result>
QThread *runInBackground(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
{
    auto result = std::make_shared<std::optional<Result>>();
    QThread *thread = QThread::create([result, work = std::move(work)] { *result = work(); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)] {
        if (*result)
            done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace kaishu::ui
