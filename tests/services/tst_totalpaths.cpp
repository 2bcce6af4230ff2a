// A member's totals (visits, total spent, last visit, cached balance) and the reports' rollups are
// made two ways: row by row at the till (MemberTotals and the insert triggers) and set-wise when a
// sync batch applies (the triggers stand aside and the applier adds everything up at once). Every
// kind of row goes in at terminal A through the services; B, empty, receives A's batches. After each
// batch both files must hold the same totals and rollups, and every cached balance its ledger.
#include "checkoutservice.h"
#include "expiryservice.h"
#include "importservice.h"
#include "memberservice.h"
#include "programservice.h"
#include "refundservice.h"
#include "sqlite/buyersets.h"
#include "syncservice.h"
#include "testdb.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

class TestTotalPaths : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void tillAndBatchCountAlike();

private:
    // Rows of a query, one text line each, sorted: equal files give equal lists.
    static QStringList rows(TestDb &t, const QString &sql);
    // The buyers' sets (buyer_days), one line per day, terminal, member (by uuid) and sales.
    static QStringList buyers(TestDb &t);
    void sync();
    void compare(const char *stage);
    SaleResult sale(qint64 member, qint64 unitMinor, qint64 quantity, qint64 redeem = 0);

    std::unique_ptr<TestDb> m_a, m_b;
    QTemporaryDir m_out;
    int m_batches = 0;
};

void TestTotalPaths::init()
{
    m_a = std::make_unique<TestDb>();
    m_b = std::make_unique<TestDb>();
    QVERIFY2(m_a->ok() && m_b->ok(), qPrintable(m_a->error() + m_b->error()));
    ProgramService programs(m_a->db());
    PricingProgram p = programs.inForce(m_a->terminal(), m_a->clock().nowUtc())->program;
    p.base.welcomeBonus = 50;
    p.base.referralBonus = 100;
    p.redemption.enabled = true;
    p.redemption.minorPerPoint = 1;
    p.redemption.maxShareBasisPoints = 10000;
    const QDateTime now = m_a->clock().nowUtc();
    auto r = programs.publish(m_a->terminal(), p, now, now, Actor::machineOwner());
    QVERIFY2(r.ok(), qPrintable(r.error().message));
}

void TestTotalPaths::cleanup()
{
    m_a.reset();
    m_b.reset();
}

QStringList TestTotalPaths::rows(TestDb &t, const QString &sql)
{
    QStringList out;
    QSqlQuery q(t.db().connection());
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

QStringList TestTotalPaths::buyers(TestDb &t)
{
    QHash<qint64, QString> uuids;
    QSqlQuery m(t.db().connection());
    if (!m.exec(QStringLiteral("SELECT id, uuid FROM members")))
        qWarning("%s", qPrintable(m.lastError().text()));
    while (m.next())
        uuids.insert(m.value(0).toLongLong(), m.value(1).toString());
    QStringList out;
    QSqlQuery q(t.db().connection());
    if (!q.exec(QStringLiteral("SELECT business_day, origin_terminal, chunk, members FROM buyer_days")))
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next()) {
        const QByteArray set = q.value(3).toByteArray();
        const qint64 base = q.value(2).toLongLong() << BuyerSets::kChunkBits;
        BuyerSets::forEach(set, [&](BuyerSets::Entry e) {
            out << QStringLiteral("%1|%2|%3|%4")
                       .arg(q.value(0).toString(), q.value(1).toString(), uuids.value(base + e.low))
                       .arg(e.sales);
        });
    }
    out.sort();
    return out;
}

SaleResult TestTotalPaths::sale(qint64 member, qint64 unitMinor, qint64 quantity, qint64 redeem)
{
    SaleRequest r;
    r.cart.currency = m_a->terminal().currency;
    CartLine l;
    l.description = QStringLiteral("Latte");
    l.unitPriceMinor = unitMinor;
    l.quantity = quantity;
    r.cart.lines << l;
    r.memberId = member;
    r.pointsToRedeem = redeem;
    auto done = CheckoutService(m_a->context()).complete(r);
    if (!done) {
        qWarning("sale failed: %s", qPrintable(done.error().message));
        return {};
    }
    return done.value();
}

void TestTotalPaths::sync()
{
    const QString dir = m_out.filePath(QStringLiteral("batch%1").arg(++m_batches));
    ServiceContext a = m_a->context();
    auto out = SyncService(a).exportBatch(dir);
    QVERIFY2(out.ok(), qPrintable(out.error().message));
    ServiceContext b = m_b->context();
    auto in = SyncService(b).importBatch(dir);
    QVERIFY2(in.ok(), qPrintable(in.error().message + QLatin1Char(' ') + in.error().detail));
    QVERIFY(in->rows > 0);
}

void TestTotalPaths::compare(const char *stage)
{
    const QString totals = QStringLiteral(
        "SELECT m.uuid, m.visits, m.total_spent_minor, COALESCE(m.last_visit_at, ''), m.points_balance, "
        "COALESCE((SELECT k.uuid FROM members k WHERE k.id = m.merged_into), '') FROM members m");
    const QString balances = QStringLiteral(
        "SELECT m.uuid FROM members m WHERE m.points_balance <> (SELECT COALESCE(SUM(points), 0) "
        "FROM points_ledger l WHERE l.member_id = m.id)");
    const QStringList rollups {
        QStringLiteral("SELECT business_day, origin_terminal, sales, refunds, revenue_minor, member_sales, "
                       "member_revenue_minor, discount_minor, points_paid_minor FROM daily_sales"),
        QStringLiteral("SELECT business_day, kind, points FROM daily_points"),
        QStringLiteral("SELECT cohort, members FROM cohort_sizes"),
        QStringLiteral("SELECT cohort, month, members FROM cohort_activity"),
        QStringLiteral("SELECT m.uuid, mm.month FROM member_months mm JOIN members m ON m.id = mm.member_id"),
    };
    const QStringList atA = rows(*m_a, totals);
    QVERIFY2(!atA.isEmpty(), stage);
    QCOMPARE(rows(*m_b, totals), atA);
    QCOMPARE(rows(*m_a, balances), QStringList());
    QCOMPARE(rows(*m_b, balances), QStringList());
    // The running totals over the members, kept by triggers at A and partly set-wise at B.
    const QString aggregates
        = QStringLiteral("SELECT points, spent_minor, buyers, live FROM member_aggregates");
    const QString summed
        = QStringLiteral("SELECT SUM(CASE WHEN merged_into IS NULL THEN points_balance ELSE 0 END), "
                         "SUM(CASE WHEN merged_into IS NULL THEN total_spent_minor ELSE 0 END), "
                         "SUM(merged_into IS NULL AND visits > 0), SUM(merged_into IS NULL AND erased_at IS "
                         "NULL) FROM members");
    QCOMPARE(rows(*m_a, aggregates), rows(*m_a, summed));
    QCOMPARE(rows(*m_b, aggregates), rows(*m_b, summed));
    // The members per day of their last visit (schema v15), likewise.
    const QString recency
        = QStringLiteral("SELECT day, regular, members FROM member_recency WHERE members <> 0 ORDER BY 1, 2");
    const QString recounted
        = QStringLiteral("SELECT substr(last_visit_at, 1, 10), visits >= 10, count(*) FROM members WHERE "
                         "erased_at IS NULL AND "
                         "merged_into IS NULL AND last_visit_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2");
    QVERIFY2(!rows(*m_a, recounted).isEmpty(), stage);
    QCOMPARE(rows(*m_a, recency), rows(*m_a, recounted));
    QCOMPARE(rows(*m_b, recency), rows(*m_b, recounted));
    // What each lot gave (schema v16): kept by the allocations' trigger and the expiry step at A, by
    // the applier at B; by lot uuid, against the allocations grouped by lot.
    const QString spent = QStringLiteral(
        "SELECT l.uuid, m.uuid, s.points FROM points_lot_spent s JOIN points_ledger l ON l.id = s.lot_id "
        "JOIN members m ON m.id = s.member_id AND m.id = l.member_id");
    const QString allocated = QStringLiteral(
        "SELECT l.uuid, m.uuid, a.points FROM (SELECT lot_id, SUM(points) AS points FROM points_allocations "
        "GROUP BY lot_id) a JOIN points_ledger l ON l.id = a.lot_id JOIN members m ON m.id = l.member_id");
    QVERIFY2(!rows(*m_a, allocated).isEmpty(), stage);
    QCOMPARE(rows(*m_a, spent), rows(*m_a, allocated));
    QCOMPARE(rows(*m_b, spent), rows(*m_a, allocated));
    // Who bought on which day: the same sets at both, and the sets the sales make.
    const QStringList bought = rows(
        *m_a,
        QStringLiteral(
            "SELECT p.business_day, p.origin_terminal, m.uuid, count(*) FROM purchases p JOIN members m ON "
            "m.id = p.member_id WHERE p.kind = 'sale' GROUP BY 1, 2, 3"));
    QVERIFY2(!bought.isEmpty(), stage);
    QCOMPARE(buyers(*m_a), bought);
    QCOMPARE(buyers(*m_b), bought);
    for (const QString &sql : rollups) {
        const QStringList expected = rows(*m_a, sql);
        QVERIFY2(!expected.isEmpty(), qPrintable(QLatin1String(stage) + QLatin1String(": ") + sql));
        QCOMPARE(rows(*m_b, sql), expected);
    }
}

void TestTotalPaths::tillAndBatchCountAlike()
{
    // Enrolment with a welcome bonus; a member brought by another (a referral bonus at the first sale).
    const qint64 anna = m_a->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"));
    NewMember brought;
    brought.name = QStringLiteral("Boris Ivanov");
    brought.cardNumber = QStringLiteral("2000000000022");
    brought.referrer = QStringLiteral("2000000000015");
    auto boris = MemberService(m_a->context()).enroll(brought);
    QVERIFY2(boris.ok(), qPrintable(boris.error().message));
    const qint64 chen = m_a->addMember(QStringLiteral("Chen Wei"), QStringLiteral("2000000000039"));
    const qint64 dup = m_a->addMember(QStringLiteral("Anna P."), QStringLiteral("2000000000046"));
    QVERIFY(anna && chen && dup);

    // Sales that earn; one paid partly with points; a walk-in; a member's sale of three units.
    QVERIFY(m_a->sell(anna, 2500).purchase.id);
    const SaleResult borisSale = m_a->sell(boris->member.id, 1200);
    QVERIFY(borisSale.purchase.id);
    QVERIFY(m_a->sell(0, 700).purchase.id);
    m_a->clock().advanceMs(3600 * 1000);
    QVERIFY(m_a->sell(anna, 800, 10).purchase.pointsRedeemed > 0);
    const SaleResult three = sale(chen, 1000, 3);
    QVERIFY(three.purchase.id);
    QVERIFY(m_a->sell(dup, 1500).purchase.id);
    // Points by hand, both ways.
    ServiceContext a = m_a->context();
    QVERIFY(MemberService(a).adjustPoints(chen, 30, QStringLiteral("goodwill")).ok());
    QVERIFY(MemberService(a).adjustPoints(anna, -5, QStringLiteral("correction")).ok());
    // An opening balance from a member list: a new member and one that is here.
    {
        QFile csv(m_out.filePath(QStringLiteral("members.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Name;Phone;Card number;Points\r\nVera Lis;+79001112233;2000000000053;40\r\n"
                  "Chen Wei;;2000000000039;25\r\n");
        csv.close();
        auto imported = ImportService(a).apply(csv.fileName());
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        QCOMPARE(imported->created, 1);
        QCOMPARE(imported->updated, 1);
    }
    sync();
    compare("first batch");
    if (QTest::currentTestFailed())
        return;

    // Another month: a sale given back whole (its visit goes), one unit of three given back, two
    // records of one person merged (purchases B already has change hands), and points that expire.
    m_a->clock().advanceDays(40);
    QVERIFY(RefundService(a).refundWhole(borisSale.purchase.id, QStringLiteral("wrong size")).ok());
    auto lines = RefundService(a).returnable(three.purchase.id);
    QVERIFY(lines.ok() && !lines->isEmpty());
    QVERIFY(RefundService(a)
                .refund(three.purchase.id, {{lines->first().line.lineNo, 1}}, QStringLiteral("spilt"))
                .ok());
    QVERIFY(m_a->sell(anna, 600).purchase.id);
    QVERIFY(MemberService(a).merge(anna, dup).ok());
    sync();
    compare("second batch");
    if (QTest::currentTestFailed())
        return;

    m_a->clock().advanceDays(400);
    auto expired = ExpiryService(a).run(true);
    QVERIFY(expired.ok());
    QVERIFY(expired->points > 0);
    QVERIFY(m_a->sell(chen, 900).purchase.id);
    sync();
    compare("third batch");
    if (QTest::currentTestFailed())
        return;
    // The batches brought every kind of ledger row the till wrote.
    QCOMPARE(rows(*m_b, QStringLiteral("SELECT DISTINCT kind FROM points_ledger")),
             rows(*m_a, QStringLiteral("SELECT DISTINCT kind FROM points_ledger")));
    QCOMPARE(rows(*m_a, QStringLiteral("SELECT DISTINCT kind FROM points_ledger")),
             (QStringList {QStringLiteral("adjust"), QStringLiteral("bonus"), QStringLiteral("earn"),
                           QStringLiteral("expire"), QStringLiteral("import"), QStringLiteral("redeem"),
                           QStringLiteral("reverse")}));
}

QTEST_GUILESS_MAIN(TestTotalPaths)
#include "tst_totalpaths.moc"
