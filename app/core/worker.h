#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

// Runs work() on a thread of its own and hands what it returned to done() on receiver's thread,
// so a slow file, server or report never freezes the till. The thread deletes itself when it
// ends; the returned pointer (keep it in a QPointer) lets the owner wait for it before closing the
// database the work reads. done() is not called once receiver is gone.
template <typename Work, typename Done>
QThread *runInWorker(QObject *receiver, Work work, Done done,
                     QThread::Priority priority = QThread::InheritPriority)
{
    using R = std::invoke_result_t<Work &>;
    QThread *thread = nullptr;
    if constexpr (std::is_void_v<R>) {
        thread = QThread::create(std::move(work));
        QObject::connect(thread, &QThread::finished, receiver, std::move(done));
    } else {
        auto result = std::make_shared<std::optional<R>>();
        thread = QThread::create([work = std::move(work), result]() mutable { result->emplace(work()); });
        QObject::connect(thread, &QThread::finished, receiver,
                         [result, done = std::move(done)]() mutable { done(std::move(**result)); });
    }
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(priority);
    return thread;
}
