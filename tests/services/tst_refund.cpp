// Giving a whole sale back: the books after a refund are as if the sale's points never were.
#include "checkoutservice.h"
#include "integritycheck.h"
#include "memberservice.h"
#include "pointsledger.h"
#include "programservice.h"
#include "refundservice.h"
#include "staffservice.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QtTest>

class TestRefund : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void wholeSaleComesBack();
    void refusals();
    void cashierNeedsAManager();
    void pointsAlreadySpentGoBelowZero();
    void walkInSale();
    void refundRestoresThePreSaleState();
    void partialReturnsAddUpExactly();
    void overReturnRefused();
    void dailyRollupFollowsSalesAndRefunds();

private:
    // A program with a coffee card (buy 5) and paying with points (1 point = 0.01, up to half).
    void cafeProgram();
    struct State
    {
        qint64 balance = 0, visits = 0, spent = 0, levelSpend = 0;
        QMap<QString, qint64> openByExpiry; // points still usable, by the day they expire
        QHash<QString, int> stamps;
        bool operator==(const State &o) const
        {
            return balance == o.balance && visits == o.visits && spent == o.spent
                && levelSpend == o.levelSpend && openByExpiry == o.openByExpiry && stamps == o.stamps;
        }
    };
    State stateOf(qint64 member);
    SaleResult sellCart(qint64 member, const QVector<CartLine> &lines, qint64 points);
    SaleResult sell(qint64 member, qint64 minor);
    ServiceContext as(const StaffRecord &s)
    {
        ServiceContext ctx = m_t->context();
        ctx.actor = StaffService::actorOf(s);
        return ctx;
    }
    std::unique_ptr<TestDb> m_t;
    qint64 m_anna = 0;
    StaffRecord m_manager, m_cashier;
};

void TestRefund::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    m_anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"));
    ServiceContext ctx = m_t->context();
    auto admin
        = StaffService(ctx).create(QStringLiteral("Admin"), Role::Administrator, QStringLiteral("8642"));
    QVERIFY(admin.ok());
    ServiceContext asAdmin = as(admin.value());
    m_manager
        = StaffService(asAdmin).create(QStringLiteral("Lee"), Role::Manager, QStringLiteral("2468")).value();
    m_cashier
        = StaffService(asAdmin).create(QStringLiteral("Kim"), Role::Cashier, QStringLiteral("1357")).value();
}

void TestRefund::cleanup()
{
    m_t.reset();
}

SaleResult TestRefund::sell(qint64 member, qint64 minor)
{
    SaleRequest r;
    r.cart.currency = QStringLiteral("EUR");
    CartLine l;
    l.description = QStringLiteral("Latte");
    l.unitPriceMinor = minor;
    r.cart.lines << l << l;
    r.memberId = member;
    auto done = CheckoutService(m_t->context()).complete(r);
    if (!done)
        qWarning("sale failed: %s", qPrintable(done.error().message));
    return done.value();
}

void TestRefund::wholeSaleComesBack()
{
    sell(m_anna, 500); // 10.00: 10 points
    const SaleResult sale = sell(m_anna, 625); // 12.50: 12 points
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(m_anna)), 22);
    auto found = RefundService(m_t->context()).saleByReceipt(sale.purchase.receiptNo);
    QVERIFY(found.ok());
    QCOMPARE(found->id, sale.purchase.id);

    auto r = RefundService(as(m_manager)).refundWhole(sale.purchase.id, QStringLiteral("Wrong order"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->pointsReversed, qint64(12));
    QCOMPARE(r->newBalance, qint64(10));
    QCOMPARE(r->refund.kind, QStringLiteral("refund"));
    QCOMPARE(r->refund.refundOf, sale.purchase.id);
    QCOMPARE(r->refund.totalMinor, qint64(1250));
    QCOMPARE(r->refund.lines.size(), 2);
    QCOMPARE(r->refund.receiptNo, sale.purchase.receiptNo + 1);
    // The member's figures are as before the sale; the 12 points come off the lot the sale made.
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT points_balance * 1000000 + visits * 10000 + total_spent_minor "
                                   "FROM members WHERE id = %1")
                        .arg(m_anna)),
        qint64(10 * 1000000 + 1 * 10000 + 1000));
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT a.lot_id FROM points_allocations a JOIN points_ledger e ON "
                                   "e.id = a.entry_id WHERE e.kind = 'reverse'")),
        m_t->scalar(
            QStringLiteral("SELECT id FROM points_ledger WHERE purchase_id = %1").arg(sale.purchase.id)));
    QCOMPARE(m_t->scalar(QStringLiteral(
                             "SELECT count(*) FROM audit_log WHERE action = 'sale.refund' AND staff_id = %1")
                             .arg(m_manager.id)),
             1);
    auto check = IntegrityCheck(m_t->db()).run();
    QVERIFY(check.ok() && check->ok());
}

void TestRefund::refusals()
{
    const SaleResult sale = sell(m_anna, 625);
    RefundService service(as(m_manager));
    QCOMPARE(service.refundWhole(sale.purchase.id, QStringLiteral("  ")).error().field,
             QStringLiteral("reason"));
    QCOMPARE(service.refundWhole(9999, QStringLiteral("x")).error().kind, Error::NotFound);
    QCOMPARE(service.saleByReceipt(9999).error().kind, Error::NotFound);
    auto first = service.refundWhole(sale.purchase.id, QStringLiteral("Wrong order"));
    QVERIFY(first.ok());
    auto twice = service.refundWhole(sale.purchase.id, QStringLiteral("Again"));
    QCOMPARE(twice.error().kind, Error::Conflict);
    QVERIFY2(twice.error().message.contains(QLatin1String("already")), qPrintable(twice.error().message));
    QCOMPARE(service.refundWhole(first->refund.id, QStringLiteral("x")).error().kind, Error::Invalid);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases WHERE kind = 'refund'")), 1);
}

void TestRefund::cashierNeedsAManager()
{
    const SaleResult sale = sell(m_anna, 625);
    RefundService asKim(as(m_cashier));
    for (qint64 approver : {qint64(0), m_cashier.id, qint64(777)}) {
        auto r = asKim.refundWhole(sale.purchase.id, QStringLiteral("Wrong order"), approver);
        QCOMPARE(r.error().kind, Error::Forbidden);
    }
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases WHERE kind = 'refund'")), 0);
    auto r = asKim.refundWhole(sale.purchase.id, QStringLiteral("Wrong order"), m_manager.id);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT approved_by FROM audit_log WHERE action = 'sale.refund'")),
             m_manager.id);
}

void TestRefund::pointsAlreadySpentGoBelowZero()
{
    const SaleResult sale = sell(m_anna, 625); // 12 points
    QVERIFY(MemberService(as(m_manager)).adjustPoints(m_anna, -10, QStringLiteral("Gift")).ok());
    auto r = RefundService(as(m_manager)).refundWhole(sale.purchase.id, QStringLiteral("Returned"));
    QVERIFY(r.ok());
    // The points were spent: taking them back leaves a debt, shown as such, never hidden.
    QCOMPARE(r->newBalance, qint64(-10));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(m_anna)),
             -10);
    auto check = IntegrityCheck(m_t->db()).run();
    QVERIFY(check.ok() && check->ok());
}

void TestRefund::walkInSale()
{
    const SaleResult sale = sell(0, 300);
    auto r = RefundService(as(m_manager)).refundWhole(sale.purchase.id, QStringLiteral("Spilt"));
    QVERIFY(r.ok());
    QCOMPARE(r->pointsReversed, qint64(0));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger")), 0);
}

void TestRefund::cafeProgram()
{
    // The café's program without the birthday offer, with two levels (Silver earns a bonus).
    QVERIFY(m_t->changeProgram([](PricingProgram &p) {
        TestDb::cafeProgram(p);
        p.birthday.enabled = false;
        p.levels.levels = {{QStringLiteral("bronze"), QStringLiteral("Bronze"), 0, 100, 0},
                           {QStringLiteral("silver"), QStringLiteral("Silver"), 10000, 100, 1000}};
    }));
}

TestRefund::State TestRefund::stateOf(qint64 member)
{
    State s;
    s.balance = m_t->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(member));
    s.visits = m_t->scalar(QStringLiteral("SELECT visits FROM members WHERE id = %1").arg(member));
    s.spent = m_t->scalar(QStringLiteral("SELECT total_spent_minor FROM members WHERE id = %1").arg(member));
    ServiceContext ctx = m_t->context();
    const MemberRecord m = MemberService(ctx).byId(member)->member;
    auto version = ProgramService(m_t->db()).inForce(m_t->terminal(), m_t->clock().nowUtc());
    s.levelSpend = CheckoutService::snapshot(ctx, m, version->program)->spentInPeriodMinor;
    const auto lots = PointsLedger(ctx).openLots(member);
    for (const auto &lot : lots.value())
        s.openByExpiry[lot.expiresOn.toString(Qt::ISODate)] += lot.left;
    s.stamps = PointsLedger(ctx).stamps(member).value();
    for (auto it = s.stamps.begin(); it != s.stamps.end();)
        it = it.value() == 0 ? s.stamps.erase(it) : std::next(it);
    return s;
}

SaleResult TestRefund::sellCart(qint64 member, const QVector<CartLine> &lines, qint64 points)
{
    SaleRequest r;
    r.cart.currency = QStringLiteral("EUR");
    r.cart.lines = lines;
    r.memberId = member;
    r.pointsToRedeem = points;
    auto done = CheckoutService(m_t->context()).complete(r);
    if (!done)
        qWarning("sale failed: %s", qPrintable(done.error().message));
    return done.value();
}

const CartLine kLatte {QStringLiteral("Latte"), 300, 2, QStringLiteral("coffee"), QStringLiteral("latte")};
const CartLine kCroissant {QStringLiteral("Croissant"), 210, 1, QStringLiteral("bakery"),
                           QStringLiteral("croissant")};
const CartLine kCake {QStringLiteral("Cake"), 450, 1, QStringLiteral("bakery"), QStringLiteral("cake")};

void TestRefund::refundRestoresThePreSaleState()
{
    cafeProgram();
    // Before: 98 points from a first sale of 98.00, 4 coffee stamps (the card is almost full).
    sellCart(
        m_anna,
        {{QStringLiteral("Beans"), 9000, 1}, {QStringLiteral("Espresso"), 200, 4, QStringLiteral("coffee")}},
        0);
    const State before = stateOf(m_anna);
    QCOMPARE(before.stamps.value(QStringLiteral("coffee")), 4);
    QCOMPARE(before.balance, qint64(98));

    // The sale: two lattes (the 5th stamp, then the 6th coffee free) and a cake, whose 7.50 of goods
    // take the year's spend from 98.00 to 105.50, over Silver's 100.00 (10% off); 40 points paid.
    m_t->clock().advanceMs(60000);
    const SaleResult sale = sellCart(m_anna, {kLatte, kCake}, 40);
    QCOMPARE(sale.quote.adjustments.size(), 3);
    QCOMPARE(sale.quote.subtotalMinor, qint64(1050));
    // 10.50 - 3.00 (free latte) = 7.50; Silver -0.75 = 6.75; 40 points = 0.40 -> 6.35 paid, 6 points.
    QCOMPARE(sale.quote.totalMinor, qint64(635));
    QCOMPARE(sale.quote.pointsEarned, qint64(6));
    QCOMPARE(sale.newBalance, qint64(98 - 40 + 6));
    QVERIFY(stateOf(m_anna).stamps.isEmpty()); // the card was used
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT level_code = 'silver' FROM members WHERE id = %1").arg(m_anna)),
        1);

    m_t->clock().advanceMs(60000);
    auto r = RefundService(as(m_manager)).refundWhole(sale.purchase.id, QStringLiteral("Wrong order"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->refund.totalMinor, qint64(635));
    QCOMPARE(r->pointsReversed, qint64(6));
    QCOMPARE(r->pointsReturned, qint64(40));
    QVERIFY(r->wholeSaleReturned);
    // Balance, points by expiry day, stamps, visits, spend and level spend: all as before the sale.
    const State after = stateOf(m_anna);
    QCOMPARE(after.balance, before.balance);
    QCOMPARE(after.openByExpiry, before.openByExpiry);
    QCOMPARE(after.stamps, before.stamps);
    QCOMPARE(after.levelSpend, before.levelSpend);
    QVERIFY(after == before);
    // Silver came with the sale and goes with it.
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT level_code = 'bronze' FROM members WHERE id = %1").arg(m_anna)),
        1);
    auto check = IntegrityCheck(m_t->db()).run();
    QVERIFY2(check.ok() && check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
}

void TestRefund::partialReturnsAddUpExactly()
{
    cafeProgram();
    sellCart(m_anna, {{QStringLiteral("Beans"), 5000, 1}}, 0); // 50 points
    const State before = stateOf(m_anna);
    m_t->clock().advanceMs(60000);
    // 6.00 + 2.10 + 4.50 = 12.60, 37 points paid (0.37): 12.23 paid, 12 points earned.
    const SaleResult sale = sellCart(m_anna, {kLatte, kCroissant, kCake}, 37);
    QCOMPARE(sale.quote.totalMinor, qint64(1223));
    QCOMPARE(sale.quote.pointsEarned, qint64(12));
    RefundService refunds(as(m_manager));

    // The croissant: 210/1260 of everything. Money floor(1223 * 210 / 1260) = 203; points earned
    // floor(12 * 210 / 1260) = 2; points paid floor(37 * 210 / 1260) = 6.
    auto first = refunds.refund(sale.purchase.id, {{2, 1}}, QStringLiteral("Stale"));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->refund.totalMinor, qint64(203));
    QCOMPARE(first->pointsReversed, qint64(2));
    QCOMPARE(first->pointsReturned, qint64(6));
    QVERIFY(!first->wholeSaleReturned);
    QCOMPARE(first->refund.lines.size(), 1);

    // One latte: the running share is (210 + 300) / 1260. Money floor(1223 * 510 / 1260) - 203 =
    // 495 - 203 = 292; points 4 - 2 = 2; points paid 14 - 6 = 8. Stamps: 1 of 2 coffees -> 1 stamp.
    auto second = refunds.refund(sale.purchase.id, {{1, 1}}, QStringLiteral("Cold"));
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QCOMPARE(second->refund.totalMinor, qint64(292));
    QCOMPARE(second->pointsReversed, qint64(2));
    QCOMPARE(second->pointsReturned, qint64(8));
    QCOMPARE(stateOf(m_anna).stamps.value(QStringLiteral("coffee")), 1);

    // The rest: whatever is left, so that the three add up to the sale exactly.
    auto third = refunds.refundWhole(sale.purchase.id, QStringLiteral("Changed mind"));
    QVERIFY2(third.ok(), qPrintable(third.error().message));
    QCOMPARE(first->refund.totalMinor + second->refund.totalMinor + third->refund.totalMinor, qint64(1223));
    QCOMPARE(first->pointsReversed + second->pointsReversed + third->pointsReversed, qint64(12));
    QCOMPARE(first->pointsReturned + second->pointsReturned + third->pointsReturned, qint64(37));
    QVERIFY(third->wholeSaleReturned);
    QVERIFY(stateOf(m_anna) == before);
    auto check = IntegrityCheck(m_t->db()).run();
    QVERIFY2(check.ok() && check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
}

void TestRefund::overReturnRefused()
{
    cafeProgram();
    const SaleResult sale = sellCart(m_anna, {kLatte, kCroissant}, 0);
    RefundService refunds(as(m_manager));
    const qint64 before = m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases"));
    auto tooMany = refunds.refund(sale.purchase.id, {{1, 3}}, QStringLiteral("x"));
    QVERIFY(!tooMany.ok());
    QVERIFY2(tooMany.error().message.contains(QLatin1String("only 2")), qPrintable(tooMany.error().message));
    QCOMPARE(refunds.refund(sale.purchase.id, {{9, 1}}, QStringLiteral("x")).error().kind, Error::Invalid);
    QVERIFY(refunds.refund(sale.purchase.id, {{1, 2}}, QStringLiteral("x")).ok());
    auto again = refunds.refund(sale.purchase.id, {{1, 1}}, QStringLiteral("x"));
    QVERIFY2(again.error().message.contains(QLatin1String("only 0")), qPrintable(again.error().message));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases")), before + 1);
}

void TestRefund::dailyRollupFollowsSalesAndRefunds()
{
    cafeProgram();
    const SaleResult a = sellCart(m_anna, {kLatte, kCroissant, kCake}, 0);
    sellCart(0, {kCake}, 0);
    m_t->clock().advanceDays(1);
    QVERIFY(RefundService(as(m_manager)).refund(a.purchase.id, {{2, 1}}, QStringLiteral("x")).ok());
    sellCart(m_anna, {kLatte}, 0);
    // The rollup the trigger keeps is what a GROUP BY over the purchases says, day by day.
    const QString fromRollup
        = QStringLiteral("SELECT group_concat(business_day || ':' || sales || '/' || refunds || '/' || "
                         "revenue_minor || '/' || "
                         "member_sales || '/' || member_revenue_minor || '/' || discount_minor, ' ') FROM "
                         "(SELECT * FROM daily_sales ORDER BY business_day)");
    const QString fromPurchases = QStringLiteral(
        "SELECT group_concat(d, ' ') FROM (SELECT business_day || ':' || SUM(kind = 'sale') || '/' || "
        "SUM(kind = 'refund') || '/' || SUM(CASE kind WHEN 'sale' THEN total_minor ELSE -total_minor END) || "
        "'/' "
        "|| SUM(kind = 'sale' AND member_id IS NOT NULL) || '/' || SUM(CASE WHEN member_id IS NULL THEN 0 "
        "WHEN "
        "kind = 'sale' THEN total_minor ELSE -total_minor END) || '/' || SUM(CASE kind WHEN 'sale' THEN "
        "discount_minor ELSE -discount_minor END) AS d FROM purchases GROUP BY business_day ORDER BY "
        "business_day)");
    QSqlQuery q1(m_t->db().connection()), q2(m_t->db().connection());
    QVERIFY(q1.exec(fromRollup) && q1.next());
    QVERIFY(q2.exec(fromPurchases) && q2.next());
    QCOMPARE(q1.value(0).toString(), q2.value(0).toString());
    // Day one: Anna's 12.60 (two lattes, a croissant, a cake: the coffee card needs five) and a walk-in's
    // cake, 4.50.
    QVERIFY2(q1.value(0).toString().startsWith(QLatin1String("2026-03-14:2/0/1710/1/1260/0")),
             qPrintable(q1.value(0).toString()));
    // The points rollup: earned on day one and taken back on day two.
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT SUM(points) FROM daily_points")),
             m_t->scalar(QStringLiteral("SELECT SUM(points) FROM points_ledger")));
    auto check = IntegrityCheck(m_t->db()).run();
    QVERIFY2(check.ok() && check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
    // A rollup edited by hand is found by the check.
    QVERIFY(m_t->db()
                .execScript(QStringLiteral("UPDATE daily_sales SET revenue_minor = revenue_minor + 1"))
                .ok());
    check = IntegrityCheck(m_t->db()).run();
    QVERIFY(check.ok() && !check->ok());
    QVERIFY2(check->problems.join(QLatin1Char(' ')).contains(QLatin1String("daily sales")),
             qPrintable(check->problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestRefund)
#include "tst_refund.moc"
