// Giving a whole sale back: the books after a refund are as if the sale's points never were.
#include "checkoutservice.h"
#include "checkservice.h"
#include "memberservice.h"
#include "refundservice.h"
#include "staffservice.h"
#include "testdb.h"

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

private:
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
    auto check = CheckService(m_t->db()).run();
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
    auto check = CheckService(m_t->db()).run();
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

QTEST_GUILESS_MAIN(TestRefund)
#include "tst_refund.moc"
