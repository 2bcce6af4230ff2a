// A write transaction of this process that waits for the lock while a settling step holds it ends
// the step early: the sale commits after the step's first members, not after the whole backlog.
// Checked by what the sale sees of the run, not by timing.
#include "expiryservice.h"
#include "repositories.h"
#include "sqlite/pragmaguard.h"
#include "testdb.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtTest>

#include <sqlite3.h>

#include <atomic>
#include <limits>

class TestSettleYield : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void waitingSaleEndsTheStep();
    void logStartsAgainBesideReaders();
    void othersCommitsShortenTheSteps_data();
    void othersCommitsShortenTheSteps();

private:
    // Whether another connection holds the write lock now: BEGIN IMMEDIATE fails at once when it
    // does (no busy handler, and not a Transaction, so it does not count as a waiting writer).
    bool lockHeld(sqlite3 *probe)
    {
        if (sqlite3_exec(probe, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_BUSY)
            return true;
        sqlite3_exec(probe, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    struct LogRun
    {
        qint64 walBytes = 0;
        qint64 restarts = 0;
        bool ok = false;
    };
    // Settles the backlog of a new file in 1 ms steps while another connection reads all the time,
    // as sales back to back do; restartPages as the run's limit on the log.
    LogRun settleBesideReaders(int restartPages);
    std::unique_ptr<TestDb> m_t;
    QVector<qint64> m_members;
    static constexpr int kMembers = 150;
    static constexpr int kSalesEach = 8;
};

void TestSettleYield::init()
{
    m_t = std::make_unique<TestDb>(QStringLiteral("EUR"),
                                   QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    m_members = m_t->addMembersWithDailySales(kMembers, kSalesEach, QStringLiteral("30000"));
    QCOMPARE(m_members.size(), kMembers);
    m_t->clock().set(QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC));
}

void TestSettleYield::cleanup()
{
    m_t.reset();
}

void TestSettleYield::waitingSaleEndsTheStep()
{
    constexpr qint64 kLots = qint64(kMembers) * kSalesEach;
    std::atomic_bool stepDone {false};
    ExpiryProgress afterStep;
    bool stepOk = false;
    // One step on a worker connection, with a budget that would settle the whole backlog at once.
    QThread *worker = QThread::create([&] {
        auto db = Database::open(m_t->path(), Database::Mode::ExistingOnly);
        if (db) {
            ServiceContext ctx(*db.value(), m_t->clock(), m_t->terminal(), Actor::machineOwner());
            ExpiryRun run(ctx, false, 600000);
            run.setSmallRun(0);
            auto step = run.step();
            stepOk = step.ok();
            afterStep = run.progress();
        }
        stepDone.store(true);
    });
    sqlite3 *probe = nullptr;
    QCOMPARE(sqlite3_open_v2(m_t->path().toUtf8().constData(), &probe, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    worker->start();
    bool during = false;
    while (!stepDone.load() && !(during = lockHeld(probe)))
        QThread::yieldCurrentThread();
    sqlite3_close(probe);
    QVERIFY2(during, "the step ended before the sale could start: a larger backlog is needed");

    // The sale, on the till's connection, while the step holds the lock.
    Transaction tx(m_t->db());
    QVERIFY2(tx.begun(), qPrintable(tx.beginError().message));
    auto run = SettingsRepository(m_t->db()).value(QStringLiteral("expiry.run"));
    QVERIFY(run.ok() && run->has_value());
    const QJsonObject state = QJsonDocument::fromJson(run->value().toUtf8()).object();
    QVERIFY(SettingsRepository(m_t->db())
                .setValue(QStringLiteral("test.sale"), QStringLiteral("1"), m_t->terminal().uuid,
                          m_t->clock().nowUtc())
                .ok());
    QVERIFY(tx.commit().ok());
    worker->wait();
    delete worker;
    QVERIFY(stepOk);

    // The step committed first, with part of the backlog: the sale came between it and the rest.
    QVERIFY(!afterStep.done);
    QVERIFY(afterStep.lots > 0);
    QVERIFY2(afterStep.lots < kLots, qPrintable(QString::number(afterStep.lots)));
    QCOMPARE(state.value(QLatin1String("lots")).toInteger(), afterStep.lots);

    // The rest settles, and the ledger and the balances agree.
    auto rest = ExpiryService(m_t->context()).run();
    QVERIFY(rest.ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_allocations a JOIN points_ledger e ON "
                                        "e.id = a.entry_id WHERE e.kind = 'expire'")),
             kLots);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT sum(points) FROM points_ledger")),
             m_t->scalar(QStringLiteral("SELECT sum(points_balance) FROM members")));
}

TestSettleYield::LogRun TestSettleYield::settleBesideReaders(int restartPages)
{
    LogRun out;
    TestDb t(QStringLiteral("EUR"), QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
    if (!t.ok()
        || t.addMembersWithDailySales(kMembers, kSalesEach, QStringLiteral("30000")).size() != kMembers)
        return out;
    t.clock().set(QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC));
    // The log the fixture wrote, emptied: what is left at the end is the settling's.
    if (sqlite3_wal_checkpoint_v2(t.db().handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr)
        != SQLITE_OK)
        return out;
    std::atomic_bool stop {false};
    // A reader that is never away for long: each read holds the log for a couple of milliseconds.
    QThread *reader = QThread::create([&] {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(t.path().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            while (!stop.load()) {
                sqlite3_exec(db, "BEGIN; SELECT count(*) FROM members;", nullptr, nullptr, nullptr);
                QThread::msleep(2);
                sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            }
        }
        sqlite3_close(db);
    });
    reader->start();
    ServiceContext ctx = t.context();
    ExpiryRun run(ctx, false, 1);
    run.setSmallRun(0);
    run.setRestartLogPages(restartPages);
    run.setStepsPerCheckpoint(4);
    for (int steps = 0; steps < 100000; ++steps) {
        auto step = run.step();
        if (!step || step.value()) {
            out.ok = step.ok();
            break;
        }
    }
    stop.store(true);
    reader->wait();
    delete reader;
    out.walBytes = QFileInfo(t.path() + QLatin1String("-wal")).size();
    out.restarts = run.progress().restarts;
    return out;
}

// The log starts from its beginning only at a write that meets no reader of it. With a reader always
// there, it grew by every step; past its limit the run waits for the readers of the moment and the
// log starts again, so the file stays a fraction of what the run wrote.
void TestSettleYield::logStartsAgainBesideReaders()
{
    const LogRun never = settleBesideReaders(std::numeric_limits<int>::max());
    QVERIFY(never.ok);
    QCOMPARE(never.restarts, qint64(0));
    const LogRun restarted = settleBesideReaders(16);
    QVERIFY(restarted.ok);
    QVERIFY(restarted.restarts > 0);
    QVERIFY2(restarted.walBytes < never.walBytes,
             qPrintable(QStringLiteral("%1 bytes with restarts, %2 without")
                            .arg(restarted.walBytes)
                            .arg(never.walBytes)));
}

void TestSettleYield::othersCommitsShortenTheSteps_data()
{
    QTest::addColumn<bool>("saleBetween");
    QTest::newRow("nobody else writes") << false;
    QTest::newRow("a sale commits between two steps") << true;
}

// A commit of another connection between two steps (PRAGMA data_version moves) makes the next steps
// short ones, so that a sale of another program meets the lock held a few milliseconds; without one
// the steps keep their budget. Counted by the run, not timed.
void TestSettleYield::othersCommitsShortenTheSteps()
{
    QFETCH(bool, saleBetween);
    auto worker = Database::open(m_t->path(), Database::Mode::ExistingOnly);
    QVERIFY(worker.ok());
    ServiceContext ctx(*worker.value(), m_t->clock(), m_t->terminal(), Actor::machineOwner());
    {
        ExpiryRun run(ctx, false, 600000);
        run.setSmallRun(0);
        // The first step is abandoned as a kill would: the run has seen the file's version once.
        bool abandon = true;
        run.setBeforeCommit([&abandon]() -> Result<void> {
            if (abandon)
                return makeError(Error::Storage, QStringLiteral("killed"));
            return {};
        });
        QVERIFY(!run.step().ok());
        abandon = false;
        if (saleBetween)
            QVERIFY(SettingsRepository(m_t->db())
                        .setValue(QStringLiteral("test.sale"), QStringLiteral("1"), m_t->terminal().uuid,
                                  m_t->clock().nowUtc())
                        .ok());
        auto step = run.step();
        QVERIFY2(step.ok(), qPrintable(step.ok() ? QString() : step.error().detail));
        QCOMPARE(run.progress().steps, qint64(1));
        QCOMPARE(run.progress().shortSteps, qint64(saleBetween ? 1 : 0));
        // Only short steps while the sales go on: the rest of the backlog settles in them.
        while (!run.progress().done) {
            auto next = run.step();
            QVERIFY(next.ok());
        }
        QCOMPARE(run.progress().shortSteps, saleBetween ? run.progress().steps : qint64(0));
        // The run looks its lots up itself, without the foreign key's second look.
        QCOMPARE(PragmaGuard::read(*worker.value(), "foreign_keys"), QByteArray("0"));
    }
    // ... and the connection has its foreign keys back once the run is gone.
    QCOMPARE(PragmaGuard::read(*worker.value(), "foreign_keys"), QByteArray("1"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT sum(points) FROM points_ledger")),
             m_t->scalar(QStringLiteral("SELECT sum(points_balance) FROM members")));
}

QTEST_GUILESS_MAIN(TestSettleYield)
#include "tst_settleyield.moc"
