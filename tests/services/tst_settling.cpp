// A backlog of expired lots settles in bounded steps: sales commit between them, a run stopped or
// abandoned half-way keeps what it settled and the next run finishes the rest, never a lot twice.
#include "expiryservice.h"
#include "integritycheck.h"
#include "levelservice.h"
#include "testdb.h"

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
    m_members.clear();
    for (int i = 0; i < kMembers; ++i) {
        const QString card = QStringLiteral("20000%1").arg(i, 7, 10, QLatin1Char('0'));
        m_members << m_t->addMember(QStringLiteral("Member %1").arg(i), card);
    }
    // kSalesEach lots per member, a day apart: 600 lots expiring in January 2027.
    for (int day = 0; day < kSalesEach; ++day) {
        for (qint64 m : qAsConst(m_members))
            QVERIFY(m_t->sell(m, 500 + day).purchase.id != 0);
        m_t->clock().advanceDays(1);
    }
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

QTEST_GUILESS_MAIN(TestSettling)
#include "tst_settling.moc"
