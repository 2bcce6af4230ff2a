// Points expire the day after their expiry day, once, lot by lot, whatever is left of each lot.
#include "checkoutservice.h"
#include "expiryservice.h"
#include "integritycheck.h"
#include "levelservice.h"
#include "memberservice.h"
#include "testdb.h"

#include <QtTest>

class TestExpiry : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void expiresTheDayAfterAndOnlyOnce();
    void onlyWhatIsLeftOfALot();
    void fullSweepFindsOldLotsLaterArrivals();
    void anotherTerminalsLotArrivingMidRun();
    void levelsGoDownOnlyAtThePeriodsEnd();

private:
    void sell(qint64 minor);
    qint64 balance()
    {
        return m_t->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(m_anna));
    }
    void checkOk()
    {
        auto c = IntegrityCheck(m_t->db()).run();
        QVERIFY(c.ok());
        QVERIFY2(c->ok(), qPrintable(c->problems.join(QLatin1Char('\n'))));
    }
    std::unique_ptr<TestDb> m_t;
    qint64 m_anna = 0;
};

void TestExpiry::init()
{
    // Noon in Moscow, so that the local day is unambiguous.
    m_t = std::make_unique<TestDb>(QStringLiteral("EUR"),
                                   QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    m_anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"));
}

void TestExpiry::cleanup()
{
    m_t.reset();
}

void TestExpiry::levelsGoDownOnlyAtThePeriodsEnd()
{
    QVERIFY(m_t->changeProgram([](PricingProgram &p) {
        p.levels.periodMonths = 12;
        p.levels.levels = {{QStringLiteral("bronze"), QStringLiteral("Bronze"), 0, 100, 0},
                           {QStringLiteral("silver"), QStringLiteral("Silver"), 10000, 100, 0}};
    }));
    QCOMPARE(LevelService(m_t->context()).review()->members, 0); // the first month: nothing behind it
    sell(12000); // 120.00 on 15 Jan 2026: Silver during the sale
    auto level = [&] {
        return m_t->scalar(
            QStringLiteral("SELECT level_code = 'silver' FROM members WHERE id = %1").arg(m_anna));
    };
    QCOMPARE(level(), 1);
    // Every month until the sale leaves the 12-month window, Silver is kept.
    for (int month = 1; month <= 12; ++month) {
        m_t->clock().set(QDateTime(QDate(2026, 1, 2).addMonths(month), QTime(9, 0), Qt::UTC));
        auto r = LevelService(m_t->context()).review();
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->members, 0);
        QCOMPARE(level(), 1);
    }
    // 2 February 2027: the period that ended on 1 February holds no spend; Bronze from now on, once.
    m_t->clock().set(QDateTime(QDate(2027, 2, 2), QTime(9, 0), Qt::UTC));
    QCOMPARE(LevelService(m_t->context()).review()->members, 1);
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT level_code = 'bronze' FROM members WHERE id = %1").arg(m_anna)),
        1);
    QCOMPARE(LevelService(m_t->context()).review()->members, 0);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'levels.review'")), 1);
}

void TestExpiry::sell(qint64 minor)
{
    QVERIFY(m_t->sell(m_anna, minor).purchase.id != 0);
}

void TestExpiry::expiresTheDayAfterAndOnlyOnce()
{
    sell(1250); // 12 points, expiring 12 months on: 2027-01-15
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT expires_on = '2027-01-15' FROM points_ledger")), 1);
    m_t->clock().advanceDays(365); // 2027-01-15: the last day they can be used
    auto onTheDay = ExpiryService(m_t->context()).run();
    QVERIFY(onTheDay.ok());
    QCOMPARE(onTheDay->points, qint64(0));
    QCOMPARE(balance(), 12);
    m_t->clock().advanceDays(1);
    auto after = ExpiryService(m_t->context()).run();
    QVERIFY(after.ok());
    QCOMPARE(after->points, qint64(12));
    QCOMPARE(after->members, qint64(1));
    QCOMPARE(balance(), 0);
    QCOMPARE(m_t->scalar(
                 QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'expire' AND points = -12")),
             1);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT sum(points) FROM points_allocations")), 12);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'points.expire'")), 1);
    // Again, and again with a full sweep: nothing changes.
    QCOMPARE(ExpiryService(m_t->context()).run()->points, qint64(0));
    QCOMPARE(ExpiryService(m_t->context()).run(true)->points, qint64(0));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'expire'")), 1);
    checkOk();
}

void TestExpiry::onlyWhatIsLeftOfALot()
{
    sell(1000); // 10 points, lot 1, expires 2027-01-15
    m_t->clock().advanceDays(100);
    sell(2000); // 20 points, lot 2, expires 2027-04-25
    // 15 taken away: all of lot 1 and 5 of lot 2.
    QVERIFY(MemberService(m_t->context()).adjustPoints(m_anna, -15, QStringLiteral("Typo")).ok());
    m_t->clock().advanceDays(370); // 2027-04-30: past both lots' days
    auto r = ExpiryService(m_t->context()).run();
    QVERIFY(r.ok());
    QCOMPARE(r->points, qint64(15)); // lot 1 had nothing left; lot 2 had 15
    QCOMPARE(balance(), 0);
    checkOk();
}

void TestExpiry::fullSweepFindsOldLotsLaterArrivals()
{
    sell(1000);
    m_t->clock().advanceDays(400);
    QCOMPARE(ExpiryService(m_t->context()).run()->points, qint64(10));
    // A lot of this terminal's that arrives later with an expiry already past (its own rows brought
    // back by the head office after a restore): the daily run, which reads only what expired since it
    // last ran, does not see it; the full sweep does. Another terminal's lot is that terminal's to
    // expire (tst_sync: pointsExpireOnceOnEveryTerminal).
    QVERIFY(m_t->db()
                .execScript(
                    QStringLiteral(
                        "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, "
                        "expires_on, created_at) VALUES ('u-late', '%2', %1, 'import', 7, "
                        "'2026-06-01', '2026-01-01T00:00:00.000Z'); "
                        "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, "
                        "expires_on, created_at) VALUES ('u-other', 'another-till', %1, 'import', 5, "
                        "'2026-06-01', '2026-01-01T00:00:00.000Z'); "
                        // as the sync that brings such a row remembers its terminal
                        "INSERT INTO terminals (uuid, name, store_name, currency, is_local, created_at) "
                        "VALUES ('another-till', 'Till 2', 'Shop', 'EUR', 0, '2026-01-01T00:00:00.000Z'); "
                        "UPDATE members SET "
                        "points_balance = points_balance + 12 WHERE id = %1")
                        .arg(m_anna)
                        .arg(m_t->terminal().uuid))
                .ok());
    QCOMPARE(ExpiryService(m_t->context()).run()->points, qint64(0));
    QCOMPARE(ExpiryService(m_t->context()).run(true)->points, qint64(7));
    QCOMPARE(balance(), 5);
    checkOk();
}

// A file of this terminal's rows alone is settled from the index, without reading each lot's terminal.
// Another terminal's lot that a sync brings while a run is under way is seen at the next step and left
// to that terminal.
void TestExpiry::anotherTerminalsLotArrivingMidRun()
{
    const QString local = m_t->terminal().uuid;
    const QString lots = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
        "INSERT INTO members (uuid, origin_terminal, name, points_balance, created_at, updated_at) "
        "SELECT 'm-' || i, '%1', 'Member ' || i, 10, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' "
        "FROM n; "
        "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, expires_on, created_at) "
        "SELECT 'l-' || id, '%1', id, 'import', 10, '2026-06-01', '2026-01-01T00:00:00.000Z' FROM members "
        "WHERE uuid LIKE 'm-%';");
    QVERIFY(m_t->db().execScript(lots.arg(local)).ok());
    const qint64 last = m_t->scalar(QStringLiteral("SELECT max(id) FROM members"));
    m_t->clock().advanceDays(400);
    ServiceContext ctx = m_t->context();
    ExpiryRun run(ctx, false, 1);
    run.setSmallRun(0);
    bool synced = false;
    run.setBeforeCommit([&]() -> Result<void> {
        if (synced)
            return {};
        synced = true;
        // What a sync of the other till writes: its terminal, and a lot of its own for the last member.
        return m_t->db().execScript(
            QStringLiteral("INSERT INTO terminals (uuid, name, store_name, currency, is_local, created_at) "
                           "VALUES ('another-till', 'Till 2', 'Shop', 'EUR', 0, '2026-01-01T00:00:00.000Z'); "
                           "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, "
                           "expires_on, created_at) VALUES ('u-other', 'another-till', %1, 'import', 5, "
                           "'2026-06-01', '2026-01-01T00:00:00.000Z'); "
                           "UPDATE members SET points_balance = points_balance + 5 WHERE id = %1")
                .arg(last));
    });
    auto first = run.step();
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QVERIFY2(!first.value(), "the first step settled every member: nothing was left to arrive mid-run");
    QVERIFY(run.progress().after < last);
    for (;;) {
        auto next = run.step();
        QVERIFY2(next.ok(), qPrintable(next.error().message));
        if (next.value())
            break;
    }
    QCOMPARE(run.progress().lots, qint64(3000));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(last)), 5);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_allocations a JOIN points_ledger l ON "
                                        "l.id = a.lot_id WHERE l.uuid = 'u-other'")),
             0);
    checkOk();
}

QTEST_GUILESS_MAIN(TestExpiry)
#include "tst_expiry.moc"
