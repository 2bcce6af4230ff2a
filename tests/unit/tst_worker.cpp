#include "worker.h"

#include <QPointer>
#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <memory>

// runInWorker: the work runs off the caller's thread, the answer comes back on the receiver's, the
// thread cleans itself up, and a receiver that is gone is never called.
class TestWorker : public QObject
{
    Q_OBJECT
private slots:
    void resultArrivesOnTheReceiversThread();
    void voidWorkCallsDone();
    void moveOnlyResult();
    void receiverGoneBeforeTheWorkEnds();
};

void TestWorker::resultArrivesOnTheReceiversThread()
{
    QObject receiver;
    QThread *const gui = QThread::currentThread();
    std::atomic<QThread *> ranOn {nullptr};
    QThread *doneOn = nullptr;
    int answer = 0;
    QPointer<QThread> thread = runInWorker(
        &receiver,
        [&ranOn] {
            ranOn = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            doneOn = QThread::currentThread();
            answer = value;
        });
    QVERIFY(thread);
    QTRY_COMPARE(answer, 42);
    QVERIFY(ranOn.load() != nullptr);
    QVERIFY(ranOn.load() != gui);
    QCOMPARE(doneOn, gui);
    // The thread deletes itself once finished: nothing is left behind.
    QTRY_VERIFY(thread.isNull());
}

void TestWorker::voidWorkCallsDone()
{
    QObject receiver;
    std::atomic_bool worked {false};
    int calls = 0;
    QPointer<QThread> thread = runInWorker(
        &receiver, [&worked] { worked = true; }, [&calls] { ++calls; }, QThread::LowPriority);
    QTRY_COMPARE(calls, 1);
    QVERIFY(worked.load());
    QTRY_VERIFY(thread.isNull());
    QCOMPARE(calls, 1);
}

void TestWorker::moveOnlyResult()
{
    QObject receiver;
    std::unique_ptr<int> got;
    runInWorker(
        &receiver, [] { return std::make_unique<int>(7); },
        [&got](std::unique_ptr<int> value) { got = std::move(value); });
    QTRY_VERIFY(got != nullptr);
    QCOMPARE(*got, 7);
}

void TestWorker::receiverGoneBeforeTheWorkEnds()
{
    auto *receiver = new QObject;
    QSemaphore gate;
    std::atomic_bool finishedWork {false};
    bool called = false;
    // The work holds a value that must be freed with the thread, called or not.
    auto payload = std::make_shared<int>(1);
    std::weak_ptr<int> watch = payload;
    QPointer<QThread> thread = runInWorker(
        receiver,
        [&gate, &finishedWork, payload] {
            gate.acquire();
            finishedWork = true;
            return *payload;
        },
        [&called](int) { called = true; });
    payload.reset();
    delete receiver;
    gate.release();
    QVERIFY(thread);
    QVERIFY(thread->wait(5000));
    QVERIFY(finishedWork.load());
    QTRY_VERIFY(thread.isNull());
    QCoreApplication::processEvents();
    QVERIFY(!called);
    QVERIFY(watch.expired());
}

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
