// A backlog of expired lots settles in bounded steps: sales commit between them, a run stopped or
// abandoned half-way keeps what it settled and the next run finishes the rest, never a lot twice.
#include "expiryservice.h"
#include "integritycheck.h"
#include "levelservice.h"
#include "memberservice.h"
#include "syncservice.h"
#include "testdb.h"

#include <QTemporaryDir>
#include <QtTest>

class TestSettling : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void stepsAreBoundedAndSalesCommitBetween();
    void stoppedAndAbandonedRunsResume();
    void lotsUsableThroughTheirExpiryDay_data();
    void lotsUsableThroughTheirExpiryDay();
    void twoTerminalsExpireOnlyTheirOwnLots_data();
    void twoTerminalsExpireOnlyTheirOwnLots();

private:
    // Another connection to the same file, as the till's worker has.
    std::unique_ptr<Database> worker()
    {
        auto db = Database::open(m_t->path(), Database::Mode::ExistingOnly);
        return db ? std::move(db).value() : nullptr;
    }
    void checkSound()
    {
        auto c = IntegrityCheck(m_t->db()).run();
        QVERIFY(c.ok());
        QVERIFY2(c->ok(), qPrintable(c->problems.join(QLatin1Char('\n'))));
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT sum(points) FROM points_ledger")),
                 m_t->scalar(QStringLiteral("SELECT sum(points_balance) FROM members")));
        // No lot is settled twice.
        QCOMPARE(m_t->scalar(QStringLiteral(
                     "SELECT count(*) FROM (SELECT a.lot_id FROM points_allocations a JOIN points_ledger e "
                     "ON e.id = a.entry_id WHERE e.kind = 'expire' GROUP BY a.lot_id HAVING count(*) > 1)")),
                 qint64(0));
    }
    qint64 unsettled()
    {
        return m_t->scalar(QStringLiteral(
            "SELECT count(*) FROM points_ledger l WHERE l.expires_on < '2027-03-01' AND l.points > "
            "coalesce((SELECT sum(points) FROM points_allocations WHERE lot_id = l.id), 0)"));
    }
    std::unique_ptr<TestDb> m_t;
    QVector<qint64> m_members;
    static constexpr int kMembers = 60;
    static constexpr int kSalesEach = 10;
};

void TestSettling::init()
{
    m_t = std::make_unique<TestDb>(QStringLiteral("EUR"),
                                   QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    // kSalesEach lots per member, a day apart: 600 lots expiring in January 2027.
    m_members = m_t->addMembersWithDailySales(kMembers, kSalesEach, QStringLiteral("20000"));
    QCOMPARE(m_members.size(), kMembers);
    m_t->clock().set(QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC));
}

void TestSettling::cleanup()
{
    m_t.reset();
}

void TestSettling::stepsAreBoundedAndSalesCommitBetween()
{
    QCOMPARE(unsettled(), qint64(kMembers * kSalesEach));
    auto db = worker();
    QVERIFY(db);
    ServiceContext ctx(*db, m_t->clock(), m_t->terminal(), Actor::machineOwner());
    ExpiryRun run(ctx, false, 1);
    run.setSmallRun(0); // the backlog's way: the ledger in member order, a window at a time
    QVERIFY(run.start().ok());
    QCOMPARE(run.progress().lotsTotal, qint64(kMembers * kSalesEach));
    int sales = 0;
    for (;;) {
        auto step = run.step();
        QVERIFY2(step.ok(), qPrintable(step.ok() ? QString() : step.error().message));
        if (step.value())
            break;
        // A sale on the till's own connection between two steps.
        QVERIFY(m_t->sell(m_members.value(sales % kMembers), 300).purchase.id != 0);
        ++sales;
        QVERIFY(run.progress().steps < 10000);
    }
    QVERIFY2(run.progress().steps > 2, "a 1 ms budget takes more than two steps");
    // The budget bounds the work, not the machine: a generous ceiling for a loaded test machine.
    QVERIFY2(run.progress().stepMsMax < 1000, qPrintable(QString::number(run.progress().stepMsMax)));
    QCOMPARE(run.progress().lots, qint64(kMembers * kSalesEach));
    QCOMPARE(run.progress().members, qint64(kMembers));
    QCOMPARE(unsettled(), qint64(0));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'points.expire'")),
             qint64(1));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'expire'")),
             qint64(kMembers));
    checkSound();
}

void TestSettling::stoppedAndAbandonedRunsResume()
{
    qint64 settledBefore = 0;
    {
        ExpiryRun run(m_t->context(), false, 1);
        QVERIFY(run.start().ok());
        for (int k = 0; k < 3; ++k)
            QCOMPARE(run.step().value(), false);
        settledBefore = run.progress().lots;
        QVERIFY(settledBefore > 0);
        // A step whose transaction never commits, as a kill would leave it.
        run.setBeforeCommit([] {
            Error e;
            e.kind = Error::Storage;
            e.message = QStringLiteral("killed");
            return Result<void>(e);
        });
        QVERIFY(!run.step().ok());
    }
    QVERIFY(m_t->reopen());
    QCOMPARE(unsettled(), qint64(kMembers * kSalesEach) - settledBefore);
    auto pending = ExpiryRun::pending(m_t->db());
    QVERIFY(pending.ok() && pending->has_value());
    QCOMPARE(pending->value().lots, settledBefore);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'points.expire'")),
             qint64(0));
    checkSound();
    // The next run goes on from the last committed step and finishes.
    auto done = ExpiryService(m_t->context()).run();
    QVERIFY(done.ok());
    QCOMPARE(unsettled(), qint64(0));
    QVERIFY(!ExpiryRun::pending(m_t->db())->has_value());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'expire'")),
             qint64(kMembers));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'points.expire'")),
             qint64(1));
    checkSound();
    // And once finished, running again changes nothing.
    QCOMPARE(ExpiryService(m_t->context()).run(true)->points, qint64(0));
}

void TestSettling::lotsUsableThroughTheirExpiryDay_data()
{
    QTest::addColumn<int>("daysAfterLastExpiry");
    QTest::addColumn<qint64>("settled");
    // The last lots expire on 2027-01-24 (sales from 15 to 24 January 2026, 12 months).
    QTest::newRow("on the last expiry day") << 0 << qint64(kMembers * (kSalesEach - 1));
    QTest::newRow("the day after") << 1 << qint64(kMembers * kSalesEach);
    QTest::newRow("on the first expiry day") << -9 << qint64(0);
    QTest::newRow("the day after the first") << -8 << qint64(kMembers);
}

void TestSettling::lotsUsableThroughTheirExpiryDay()
{
    QFETCH(int, daysAfterLastExpiry);
    QFETCH(qint64, settled);
    m_t->clock().set(QDateTime(QDate(2027, 1, 24).addDays(daysAfterLastExpiry), QTime(9, 0), Qt::UTC));
    ExpiryRun run(m_t->context(), false, 5);
    QVERIFY(run.start().ok());
    while (!run.step().value()) { }
    QCOMPARE(run.progress().lots, settled);
    checkSound();
}

void TestSettling::twoTerminalsExpireOnlyTheirOwnLots_data()
{
    QTest::addColumn<qint64>("smallRun");
    QTest::addColumn<int>("budgetMs");
    QTest::newRow("backlog, member order, 1 ms steps") << qint64(0) << 1;
    QTest::newRow("daily run, by expiry day") << qint64(20000) << 50;
}

// Members shared by two tills: each run, step by step, expires only the lots its own till made,
// also those of the other's that sync brought in; after syncing both ways each lot is settled once.
void TestSettling::twoTerminalsExpireOnlyTheirOwnLots()
{
    QFETCH(qint64, smallRun);
    QFETCH(int, budgetMs);
    const QDateTime start(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
    TestDb a(QStringLiteral("EUR"), start), b(QStringLiteral("EUR"), start);
    QVERIFY(a.ok() && b.ok());
    QTemporaryDir out;
    int batches = 0;
    auto sync = [&](TestDb &from, TestDb &to) {
        const QString dir = out.filePath(QStringLiteral("batch%1").arg(++batches));
        ServiceContext f = from.context();
        ServiceContext t = to.context();
        return SyncService(f).exportBatch(dir, false).ok() && SyncService(t).importBatch(dir).ok();
    };
    constexpr int kShared = 20;
    QStringList cards;
    for (int i = 0; i < kShared; ++i) {
        cards << QStringLiteral("60000%1").arg(i, 7, 10, QLatin1Char('0'));
        QVERIFY(a.addMember(QStringLiteral("Shared %1").arg(i), cards.last()));
    }
    QVERIFY(sync(a, b));
    // Three lots at each till for every shared member, then both files hold all of them.
    for (TestDb *t : {&a, &b}) {
        for (const QString &card : qAsConst(cards)) {
            auto m = MemberService(t->context()).lookup(card);
            QVERIFY(m.ok());
            for (int k = 0; k < 3; ++k)
                QVERIFY(t->sell(m->member.id, 400 + k).purchase.id != 0);
        }
    }
    QVERIFY(sync(b, a));
    QVERIFY(sync(a, b));
    const QString lotsOf = QStringLiteral("SELECT count(*) FROM points_ledger WHERE expires_on IS NOT NULL "
                                          "AND points > 0 AND origin_terminal = '%1'");
    QCOMPARE(a.scalar(lotsOf.arg(b.terminal().uuid)), qint64(kShared * 3));
    QCOMPARE(b.scalar(lotsOf.arg(a.terminal().uuid)), qint64(kShared * 3));
    // Lots settled in a file by the 'expire' entries, by the till that made the lot.
    const QString settledOf = QStringLiteral(
        "SELECT count(*) FROM points_ledger l WHERE l.origin_terminal = '%1' AND l.expires_on IS NOT NULL "
        "AND l.points > 0 AND l.points = coalesce((SELECT sum(x.points) FROM points_allocations x JOIN "
        "points_ledger e ON e.id = x.entry_id WHERE x.lot_id = l.id AND e.kind = 'expire'), 0)");

    for (TestDb *t : {&a, &b})
        t->clock().set(QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC));
    auto runAt = [&](TestDb &t) -> qint64 {
        ExpiryRun run(t.context(), false, budgetMs);
        run.setSmallRun(smallRun);
        if (!run.start().ok())
            return -1;
        for (int steps = 0; steps < 100000; ++steps) {
            auto step = run.step();
            if (!step.ok())
                return -1;
            if (step.value()) {
                qInfo("%lld lots in %d steps", run.progress().lots, steps + 1);
                return run.progress().lots;
            }
        }
        return -1;
    };
    QCOMPARE(runAt(a), qint64(kShared * 3));
    QCOMPARE(a.scalar(settledOf.arg(a.terminal().uuid)), qint64(kShared * 3));
    QCOMPARE(a.scalar(settledOf.arg(b.terminal().uuid)), qint64(0)); // B's lots are B's to expire
    QCOMPARE(runAt(b), qint64(kShared * 3));
    QCOMPARE(b.scalar(settledOf.arg(b.terminal().uuid)), qint64(kShared * 3));
    QCOMPARE(b.scalar(settledOf.arg(a.terminal().uuid)), qint64(0));

    QVERIFY(sync(a, b));
    QVERIFY(sync(b, a));
    for (TestDb *t : {&a, &b}) {
        for (TestDb *origin : {&a, &b})
            QCOMPARE(t->scalar(settledOf.arg(origin->terminal().uuid)), qint64(kShared * 3));
        QCOMPARE(
            t->scalar(QStringLiteral(
                "SELECT count(*) FROM (SELECT x.lot_id FROM points_allocations x JOIN points_ledger e ON "
                "e.id = x.entry_id WHERE e.kind = 'expire' GROUP BY x.lot_id HAVING count(*) > 1)")),
            qint64(0));
        QCOMPARE(t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'expire'")),
                 qint64(2 * kShared));
        QCOMPARE(t->scalar(QStringLiteral("SELECT sum(points_balance) FROM members")), qint64(0));
        QCOMPARE(t->scalar(QStringLiteral("SELECT sum(points) FROM points_ledger")), qint64(0));
        auto c = IntegrityCheck(t->db()).run();
        QVERIFY(c.ok());
        QVERIFY2(c->ok(), qPrintable(c->problems.join(QLatin1Char('\n'))));
    }
    // Runs again after the sync take nothing more.
    QCOMPARE(runAt(a), qint64(0));
    QCOMPARE(runAt(b), qint64(0));
}

QTEST_GUILESS_MAIN(TestSettling)
#include "tst_settling.moc"
