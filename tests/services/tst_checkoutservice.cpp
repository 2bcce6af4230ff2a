// CheckoutService on a real file: a completed sale is the purchase, its lines, the earn lot and the
// member's cached totals, all of them or none (a failure injected at each step leaves the file as it was,
// even after reopening it). IntegrityCheck proves the cached balances add up.
#include "checkoutservice.h"
#include "integritycheck.h"
#include "memberservice.h"
#include "programservice.h"
#include "repositories.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QtTest>

#include <limits>
#include <memory>

namespace {

CartLine line(const char *description, qint64 unitPriceMinor, qint64 quantity = 1)
{
    CartLine l;
    l.description = QString::fromUtf8(description);
    l.unitPriceMinor = unitPriceMinor;
    l.quantity = quantity;
    return l;
}

Cart cartOf(std::initializer_list<CartLine> lines, const QString &currency = QStringLiteral("EUR"))
{
    Cart c;
    c.currency = currency;
    for (const CartLine &l : lines)
        c.lines << l;
    return c;
}

// What the file holds, in one comparable line.
struct Counts
{
    qint64 purchases = -1;
    qint64 lines = -1;
    qint64 ledger = -1;
    qint64 balance = -1;
    qint64 visits = -1;
    qint64 spent = -1;
    bool operator==(const Counts &o) const
    {
        return purchases == o.purchases && lines == o.lines && ledger == o.ledger && balance == o.balance
            && visits == o.visits && spent == o.spent;
    }
};

char *toString(const Counts &c)
{
    return QTest::toString(
        QStringLiteral("purchases %1, lines %2, ledger %3, balance %4, visits %5, spent %6")
            .arg(c.purchases)
            .arg(c.lines)
            .arg(c.ledger)
            .arg(c.balance)
            .arg(c.visits)
            .arg(c.spent));
}

} // namespace

Q_DECLARE_METATYPE(Cart)
Q_DECLARE_METATYPE(Error::Kind)

class TestCheckoutService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void memberSale();
    void secondSaleAddsUp();
    void walkInWritesNoLedger();
    void businessDayIsLocal_data();
    void businessDayIsLocal();
    void atomicity_data();
    void atomicity();
    void walkInAtomicity();
    void badCartsWriteNothing_data();
    void badCartsWriteNothing();
    void unknownOrErasedMember();
    void earnRateFromSettings();
    void invalidEarnRuleRefused();
    void expiryFromSettings();
    void brokenSettingsRefuseSales();
    void saleBeforeTheProgramRefused();
    void welcomeAndReferralBonuses();
    void payingWithPointsRefusals_data();
    void payingWithPointsRefusals();
    void quoteWritesNothing();
    void receiptNumbersSurviveRestart();
    void checkServiceOk();
    void checkServiceFindsTamperedBalance();

private:
    Counts counts(qint64 memberId);
    SaleRequest memberSale(const Cart &cart) const;
    std::unique_ptr<TestDb> m_t;
    qint64 m_anna = 0;
    qint64 m_annaCard = 0;
};

void TestCheckoutService::initTestCase()
{
    // The business day is the shop's local date; ctest sets this too, so running the binary by hand agrees.
    qputenv("TZ", "Europe/Moscow");
    tzset();
}

void TestCheckoutService::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    m_anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"),
                            QStringLiteral("+7 (912) 345-67-89"));
    QVERIFY(m_anna > 0);
    m_annaCard = m_t->scalar(QStringLiteral("SELECT id FROM cards WHERE number = '2000000000015'"));
    QVERIFY(m_annaCard > 0);
}

void TestCheckoutService::cleanup()
{
    m_t.reset();
}

Counts TestCheckoutService::counts(qint64 memberId)
{
    Counts c;
    c.purchases = m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases"));
    c.lines = m_t->scalar(QStringLiteral("SELECT count(*) FROM purchase_lines"));
    c.ledger = m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger"));
    c.balance = m_t->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(memberId));
    c.visits = m_t->scalar(QStringLiteral("SELECT visits FROM members WHERE id = %1").arg(memberId));
    c.spent
        = m_t->scalar(QStringLiteral("SELECT total_spent_minor FROM members WHERE id = %1").arg(memberId));
    return c;
}

SaleRequest TestCheckoutService::memberSale(const Cart &cart) const
{
    SaleRequest r;
    r.cart = cart;
    r.memberId = m_anna;
    r.cardId = m_annaCard;
    return r;
}

void TestCheckoutService::memberSale()
{
    CheckoutService checkout(m_t->context());
    auto r = checkout.complete(memberSale(cartOf({line("Latte", 320, 2), line("Croissant", 210)})));
    QVERIFY2(r.ok(), qPrintable(r.error().message + QLatin1Char(' ') + r.error().detail));
    QCOMPARE(r->purchase.receiptNo, qint64(1));
    QCOMPARE(r->purchase.totalMinor, qint64(850));
    QCOMPARE(r->purchase.pointsEarned, qint64(8));
    QCOMPARE(r->quote.pointsExpireOn, QDate(2027, 3, 14));
    QCOMPARE(r->newBalance, qint64(8));
    QVERIFY(r->purchase.id > 0);

    // The purchase, as the file holds it.
    QSqlQuery q(m_t->db().connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT uuid, origin_terminal, receipt_no, kind, member_id, card_id, currency, "
                              "subtotal_minor, discount_minor, total_minor, points_earned, business_day, "
                              "created_at FROM purchases")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), r->purchase.uuid);
    QCOMPARE(q.value(0).toString().size(), 36);
    QCOMPARE(q.value(1).toString(), m_t->terminal().uuid);
    QCOMPARE(q.value(2).toLongLong(), qint64(1));
    QCOMPARE(q.value(3).toString(), QStringLiteral("sale"));
    QCOMPARE(q.value(4).toLongLong(), m_anna);
    QCOMPARE(q.value(5).toLongLong(), m_annaCard);
    QCOMPARE(q.value(6).toString(), QStringLiteral("EUR"));
    QCOMPARE(q.value(7).toLongLong(), qint64(850));
    QCOMPARE(q.value(8).toLongLong(), qint64(0));
    QCOMPARE(q.value(9).toLongLong(), qint64(850));
    QCOMPARE(q.value(10).toLongLong(), qint64(8));
    QCOMPARE(q.value(11).toString(), QStringLiteral("2026-03-14"));
    QCOMPARE(q.value(12).toString(), QStringLiteral("2026-03-14T10:00:00.000Z"));
    QVERIFY(!q.next());

    // Its lines, in the order they were rung up.
    QVERIFY(q.exec(QStringLiteral("SELECT line_no, description, unit_price_minor, quantity, total_minor, "
                                  "purchase_id FROM purchase_lines ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("Latte"));
    QCOMPARE(q.value(2).toLongLong(), qint64(320));
    QCOMPARE(q.value(3).toLongLong(), qint64(2));
    QCOMPARE(q.value(4).toLongLong(), qint64(640));
    QCOMPARE(q.value(5).toLongLong(), r->purchase.id);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(q.value(1).toString(), QStringLiteral("Croissant"));
    QCOMPARE(q.value(4).toLongLong(), qint64(210));
    QVERIFY(!q.next());

    // The earn lot, expiring twelve months after the sale.
    QVERIFY(q.exec(QStringLiteral("SELECT member_id, kind, points, purchase_id, expires_on, origin_terminal, "
                                  "created_at FROM points_ledger")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), m_anna);
    QCOMPARE(q.value(1).toString(), QStringLiteral("earn"));
    QCOMPARE(q.value(2).toLongLong(), qint64(8));
    QCOMPARE(q.value(3).toLongLong(), r->purchase.id);
    QCOMPARE(q.value(4).toString(), QStringLiteral("2027-03-14"));
    QCOMPARE(q.value(5).toString(), m_t->terminal().uuid);
    QCOMPARE(q.value(6).toString(), QStringLiteral("2026-03-14T10:00:00.000Z"));
    QVERIFY(!q.next());

    // The member's caches.
    QCOMPARE(counts(m_anna), (Counts {1, 2, 1, 8, 1, 850}));
    QVERIFY(q.exec(QStringLiteral("SELECT last_visit_at FROM members WHERE id = %1").arg(m_anna)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-14T10:00:00.000Z"));
}

void TestCheckoutService::secondSaleAddsUp()
{
    CheckoutService checkout(m_t->context());
    QVERIFY(checkout.complete(memberSale(cartOf({line("Latte", 320, 2), line("Croissant", 210)}))).ok());
    m_t->clock().advanceMs(90 * 1000);
    auto r = checkout.complete(memberSale(cartOf({line("Purchase", 1250)})));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->purchase.receiptNo, qint64(2));
    QCOMPARE(r->purchase.pointsEarned, qint64(12));
    QCOMPARE(r->newBalance, qint64(20));
    QCOMPARE(counts(m_anna), (Counts {2, 3, 2, 20, 2, 2100}));
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT SUM(points) FROM points_ledger WHERE member_id = %1").arg(m_anna)),
        qint64(20));
    auto view = MemberService(m_t->context()).byId(m_anna);
    QCOMPARE(view->member.lastVisitAt, QDateTime(QDate(2026, 3, 14), QTime(10, 1, 30), Qt::UTC));
}

void TestCheckoutService::walkInWritesNoLedger()
{
    CheckoutService checkout(m_t->context());
    SaleRequest walkIn;
    walkIn.cart = cartOf({line("Purchase", 1250)});
    auto r = checkout.complete(walkIn);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->purchase.receiptNo, qint64(1));
    QCOMPARE(r->purchase.pointsEarned, qint64(0));
    QCOMPARE(r->newBalance, qint64(0));
    QCOMPARE(counts(m_anna), (Counts {1, 1, 0, 0, 0, 0}));
    QCOMPARE(m_t->scalar(
                 QStringLiteral("SELECT count(*) FROM purchases WHERE member_id IS NULL AND card_id IS NULL "
                                "AND total_minor = 1250 AND points_earned = 0")),
             qint64(1));
}

void TestCheckoutService::businessDayIsLocal_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("businessDay");
    QTest::addColumn<QString>("expiresOn");
    // 21:30 UTC is already the next day in Moscow (UTC+3).
    QTest::newRow("after local midnight") << QDateTime(QDate(2026, 3, 31), QTime(21, 30), Qt::UTC)
                                          << QStringLiteral("2026-04-01") << QStringLiteral("2027-04-01");
    QTest::newRow("before local midnight") << QDateTime(QDate(2026, 3, 31), QTime(20, 59), Qt::UTC)
                                           << QStringLiteral("2026-03-31") << QStringLiteral("2027-03-31");
    QTest::newRow("29 February") << QDateTime(QDate(2028, 2, 29), QTime(10, 0), Qt::UTC)
                                 << QStringLiteral("2028-02-29") << QStringLiteral("2029-02-28");
}

void TestCheckoutService::businessDayIsLocal()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, businessDay);
    QFETCH(QString, expiresOn);
    m_t->clock().set(now);
    auto r = CheckoutService(m_t->context()).complete(memberSale(cartOf({line("Purchase", 1000)})));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT p.business_day, l.expires_on FROM purchases p "
                                  "JOIN points_ledger l ON l.purchase_id = p.id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), businessDay);
    QCOMPARE(q.value(1).toString(), expiresOn);
}

void TestCheckoutService::atomicity_data()
{
    QTest::addColumn<QString>("stage");
    QTest::newRow("after-purchase") << QStringLiteral("after-purchase");
    QTest::newRow("after-ledger") << QStringLiteral("after-ledger");
    QTest::newRow("after-member") << QStringLiteral("after-member");
}

void TestCheckoutService::atomicity()
{
    QFETCH(QString, stage);
    {
        // An earlier sale that must survive untouched: receipt 1, 8 points.
        auto first = CheckoutService(m_t->context())
                         .complete(memberSale(cartOf({line("Latte", 320, 2), line("Croissant", 210)})));
        QVERIFY(first.ok());
    }
    const Counts before {1, 2, 1, 8, 1, 850};
    QCOMPARE(counts(m_anna), before);

    QStringList seen;
    {
        CheckoutService checkout(m_t->context());
        checkout.setFaultHook([&seen, stage](const QString &s) {
            seen << s;
            return s == stage;
        });
        auto r = checkout.complete(memberSale(cartOf({line("Cake", 450, 3), line("Tea", 250)})));
        QVERIFY2(!r.ok(), "the sale went through despite the failure");
        QCOMPARE(r.error().kind, Error::Storage);
        QVERIFY2(r.error().message.contains(QLatin1String("The sale was not recorded")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().detail.contains(stage), qPrintable(r.error().detail));
    }
    QVERIFY2(seen.contains(stage), qPrintable(seen.join(QLatin1Char(','))));
    QCOMPARE(seen.last(), stage); // nothing ran after the failure
    QCOMPARE(counts(m_anna), before);

    // As a restart of the app sees it.
    QVERIFY2(m_t->reopen(), qPrintable(m_t->error()));
    QCOMPARE(counts(m_anna), before);
    QCOMPARE(m_t->scalar(
                 QStringLiteral("SELECT count(*) FROM purchase_lines WHERE description IN ('Cake', 'Tea')")),
             qint64(0));
    auto report = IntegrityCheck(m_t->db()).run();
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));

    // The cashier retries: it goes through with the next receipt number, not a gap.
    auto retry = CheckoutService(m_t->context())
                     .complete(memberSale(cartOf({line("Cake", 450, 3), line("Tea", 250)})));
    QVERIFY2(retry.ok(), qPrintable(retry.error().message));
    QCOMPARE(retry->purchase.receiptNo, qint64(2));
    QCOMPARE(retry->purchase.pointsEarned, qint64(16)); // 16.00
    QCOMPARE(retry->newBalance, qint64(24));
    QCOMPARE(counts(m_anna), (Counts {2, 4, 2, 24, 2, 2450}));
}

void TestCheckoutService::walkInAtomicity()
{
    CheckoutService checkout(m_t->context());
    checkout.setFaultHook([](const QString &s) { return s == QLatin1String("after-purchase"); });
    SaleRequest walkIn;
    walkIn.cart = cartOf({line("Latte", 320, 2)});
    auto r = checkout.complete(walkIn);
    QVERIFY(!r.ok());
    QVERIFY(m_t->reopen());
    QCOMPARE(counts(m_anna), (Counts {0, 0, 0, 0, 0, 0}));
}

void TestCheckoutService::badCartsWriteNothing_data()
{
    QTest::addColumn<Cart>("cart");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << cartOf({}) << QStringLiteral("no lines");
    QTest::newRow("zero price") << cartOf({line("Latte", 0)}) << QStringLiteral("must be more than zero");
    QTest::newRow("negative price") << cartOf({line("Refund?", -1250)})
                                    << QStringLiteral("must be more than zero");
    QTest::newRow("good line then a bad one")
        << cartOf({line("Latte", 320), line("Tea", 250, 0)}) << QStringLiteral("quantity of \"Tea\"");
    QTest::newRow("quantity over the limit")
        << cartOf({line("Nails", 1, 10000)}) << QStringLiteral("between 1 and 9999");
    QTest::newRow("over the max sale") << cartOf({line("Car", 100000001)}) << QStringLiteral("would be over");
    QTest::newRow("64-bit overflow") << cartOf({line("A", std::numeric_limits<qint64>::max(), 2)})
                                     << QStringLiteral("would be over");
    QTest::newRow("other currency") << cartOf({line("Latte", 320)}, QStringLiteral("RUB"))
                                    << QStringLiteral("The sale is in RUB but the shop counts in EUR");
}

void TestCheckoutService::badCartsWriteNothing()
{
    QFETCH(Cart, cart);
    QFETCH(QString, error);
    CheckoutService checkout(m_t->context());
    for (const bool withMember : {true, false}) {
        SaleRequest request = memberSale(cart);
        if (!withMember)
            request.memberId = request.cardId = 0;
        auto r = checkout.complete(request);
        QVERIFY2(!r.ok(), "a bad cart was recorded");
        QCOMPARE(r.error().kind, Error::Invalid);
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
    }
    QCOMPARE(counts(m_anna), (Counts {0, 0, 0, 0, 0, 0}));
    // The next good sale is receipt 1.
    auto ok = checkout.complete(memberSale(cartOf({line("Latte", 320)})));
    QVERIFY(ok.ok());
    QCOMPARE(ok->purchase.receiptNo, qint64(1));
}

void TestCheckoutService::unknownOrErasedMember()
{
    CheckoutService checkout(m_t->context());
    SaleRequest ghost = memberSale(cartOf({line("Latte", 320)}));
    ghost.memberId = m_anna + 1000;
    auto r = checkout.complete(ghost);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::NotFound);

    QVERIFY(m_t->db()
                .execScript(QStringLiteral("UPDATE members SET erased_at = '2026-03-01T00:00:00.000Z' "
                                           "WHERE id = %1")
                                .arg(m_anna))
                .ok());
    r = checkout.complete(memberSale(cartOf({line("Latte", 320)})));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Blocked);
    QVERIFY2(r.error().message.contains(QLatin1String("walk-in")), qPrintable(r.error().message));
    QCOMPARE(counts(m_anna), (Counts {0, 0, 0, 0, 0, 0}));
}

void TestCheckoutService::earnRateFromSettings()
{
    ProgramService program(m_t->db());
    CheckoutService checkout(m_t->context());
    // 2 points per 1.00: 12.50 earns 25.
    QVERIFY(
        program.setEarnRule(m_t->terminal(), EarnRule {2, 100}, m_t->clock().nowUtc(), Actor::machineOwner())
            .ok());
    // A program change is in the audit trail with the values before and after.
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'program.change' AND "
                                        "json_extract(before_json, '$.earn.points') = 1 AND "
                                        "json_extract(after_json, '$.settings.earn.points') = 2 AND "
                                        "json_extract(after_json, '$.settings.earn.per_minor') = 100")),
             1);
    QCOMPARE(program.current(m_t->terminal())->earn.points, qint64(2));
    auto r = checkout.complete(memberSale(cartOf({line("Purchase", 1250)})));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->purchase.pointsEarned, qint64(25));
    QCOMPARE(r->newBalance, qint64(25));
    // 1 point per 10.00: 12.50 earns 1.
    QVERIFY(
        program.setEarnRule(m_t->terminal(), EarnRule {1, 1000}, m_t->clock().nowUtc(), Actor::machineOwner())
            .ok());
    r = checkout.complete(memberSale(cartOf({line("Purchase", 1250)})));
    QVERIFY(r.ok());
    QCOMPARE(r->purchase.pointsEarned, qint64(1));
    QCOMPARE(r->newBalance, qint64(26));
    // No points at all: the sale is recorded, the ledger gets no zero entry, the visit still counts.
    QVERIFY(
        program.setEarnRule(m_t->terminal(), EarnRule {0, 100}, m_t->clock().nowUtc(), Actor::machineOwner())
            .ok());
    r = checkout.complete(memberSale(cartOf({line("Purchase", 1250)})));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->purchase.pointsEarned, qint64(0));
    QCOMPARE(counts(m_anna), (Counts {3, 3, 2, 26, 3, 3750}));
    // And it survives a restart.
    QVERIFY(m_t->reopen());
    const auto p = ProgramService(m_t->db()).current(m_t->terminal());
    QVERIFY(p.ok());
    QCOMPARE(p->earn.points, qint64(0));
    QCOMPARE(p->earn.perMinor, qint64(100));
}

void TestCheckoutService::invalidEarnRuleRefused()
{
    ProgramService program(m_t->db());
    QVERIFY(
        program.setEarnRule(m_t->terminal(), EarnRule {3, 200}, m_t->clock().nowUtc(), Actor::machineOwner())
            .ok());
    for (const EarnRule &bad : {EarnRule {1, 0}, EarnRule {-1, 100}, EarnRule {1, -100}}) {
        auto r = program.setEarnRule(m_t->terminal(), bad, m_t->clock().nowUtc(), Actor::machineOwner());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Invalid);
    }
    const auto p = program.current(m_t->terminal());
    QCOMPARE(p->earn.points, qint64(3));
    QCOMPARE(p->earn.perMinor, qint64(200));
    auto r = CheckoutService(m_t->context()).complete(memberSale(cartOf({line("Purchase", 1250)})));
    QCOMPARE(r->purchase.pointsEarned, qint64(18)); // floor(12.50 * 3 / 2.00)
}

void TestCheckoutService::expiryFromSettings()
{
    auto publishExpiry = [&](int months) {
        return m_t->changeProgram([months](PricingProgram &p) { p.base.expiryMonths = months; });
    };
    QVERIFY(publishExpiry(0));
    auto r = CheckoutService(m_t->context()).complete(memberSale(cartOf({line("Purchase", 1250)})));
    QVERIFY(r.ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE expires_on IS NULL")),
             qint64(1));
    QVERIFY(publishExpiry(1));
    r = CheckoutService(m_t->context()).complete(memberSale(cartOf({line("Purchase", 1250)})));
    QVERIFY(r.ok());
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE expires_on = '2026-04-14'")),
        qint64(1));
}

void TestCheckoutService::brokenSettingsRefuseSales()
{
    // A version whose earn rate is not a number (written by hand into the file): sales stop, and the
    // message names the setting.
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO program_versions (uuid, origin_terminal, effective_from, "
                                  "settings_json, created_at) VALUES ('x', 't', '2026-03-14T10:00:00.000Z', "
                                  "'{\"earn\":{\"points\":\"lots\"}}', '2026-03-14T10:00:00.000Z')")));
    auto r = CheckoutService(m_t->context()).complete(memberSale(cartOf({line("Purchase", 1250)})));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Corrupt);
    QVERIFY2(r.error().message.contains(QLatin1String("earn.points")), qPrintable(r.error().message));
    QCOMPARE(counts(m_anna), (Counts {0, 0, 0, 0, 0, 0}));
}

void TestCheckoutService::welcomeAndReferralBonuses()
{
    QVERIFY(m_t->changeProgram([](PricingProgram &p) {
        p.base.welcomeBonus = 50;
        p.base.referralBonus = 100;
    }));
    // Ivan joins, brought by Anna (found by her card): 50 points on joining.
    NewMember ivan;
    ivan.name = QStringLiteral("Иван Сидоров");
    ivan.cardNumber = QStringLiteral("2000000000022");
    ivan.referrer = QStringLiteral("2000000000015");
    auto joined = MemberService(m_t->context()).enroll(ivan);
    QVERIFY2(joined.ok(), qPrintable(joined.error().message));
    QCOMPARE(joined->member.pointsBalance, qint64(50));
    QCOMPARE(joined->member.referredBy, m_anna);
    // His first sale: 10 points earned and 100 each for him and Anna; the second sale gives none.
    SaleRequest sale;
    sale.cart = cartOf({line("Purchase", 1000)});
    sale.memberId = joined->member.id;
    auto first = CheckoutService(m_t->context()).complete(sale);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->referralBonus, qint64(100));
    QCOMPARE(first->newBalance, qint64(50 + 10 + 100));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(m_anna)),
             100);
    auto second = CheckoutService(m_t->context()).complete(sale);
    QCOMPARE(second->referralBonus, qint64(0));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(m_anna)),
             100);
    // Anna's record merged into another before the next newcomer's first sale: the bonus goes to the kept
    // one.
    const qint64 kept = m_t->addMember(QStringLiteral("Anna P."), QStringLiteral("2000000000046"));
    NewMember boris;
    boris.name = QStringLiteral("Boris");
    boris.cardNumber = QStringLiteral("2000000000053");
    boris.referrer = QStringLiteral("2000000000015");
    auto borisJoined = MemberService(m_t->context()).enroll(boris);
    QVERIFY(borisJoined.ok());
    QVERIFY(MemberService(m_t->context()).merge(kept, m_anna).ok());
    sale.memberId = borisJoined->member.id;
    auto borisFirst = CheckoutService(m_t->context()).complete(sale);
    QVERIFY2(borisFirst.ok(), qPrintable(borisFirst.error().message));
    QCOMPARE(borisFirst->referralBonus, qint64(100));
    // The kept record: its 50 welcome points, Anna's 100 moved in by the merge, and this 100.
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(kept)), 250);
    // An unknown referrer is refused on its field, and nobody is enrolled.
    NewMember olena;
    olena.name = QStringLiteral("Олена");
    olena.cardNumber = QStringLiteral("2000000000039");
    olena.referrer = QStringLiteral("2999999999999");
    auto refused = MemberService(m_t->context()).enroll(olena);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("referrer"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), 4);
    auto check = IntegrityCheck(m_t->db()).run();
    QVERIFY2(check.ok() && check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
}

void TestCheckoutService::payingWithPointsRefusals_data()
{
    QTest::addColumn<qint64>("points");
    QTest::addColumn<QString>("message");
    // Anna has 30 points (a 30.00 sale); a 10.00 sale allows at most half: 500 points (5.00).
    QTest::newRow("more than the balance") << qint64(31) << QStringLiteral("30");
    QTest::newRow("nothing") << qint64(-5) << QStringLiteral("above zero");
}

void TestCheckoutService::payingWithPointsRefusals()
{
    QFETCH(qint64, points);
    QFETCH(QString, message);
    QVERIFY(m_t->changeProgram([](PricingProgram &p) {
        p.redemption.enabled = true;
        p.redemption.minorPerPoint = 1;
    }));
    QVERIFY(CheckoutService(m_t->context()).complete(memberSale(cartOf({line("Purchase", 3000)}))).ok());
    const Counts before = counts(m_anna);
    SaleRequest r = memberSale(cartOf({line("Purchase", 1000)}));
    r.pointsToRedeem = points;
    auto refused = CheckoutService(m_t->context()).complete(r);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
    QCOMPARE(counts(m_anna), before);
    // Over the cap: a 0.40 sale allows 20 points; "max" takes exactly that.
    r = memberSale(cartOf({line("Purchase", 40)}));
    r.pointsToRedeem = 21;
    QVERIFY(!CheckoutService(m_t->context()).complete(r).ok());
    QCOMPARE(counts(m_anna), before);
    r.pointsToRedeem = PricingInput::kRedeemMax;
    auto max = CheckoutService(m_t->context()).complete(r);
    QVERIFY2(max.ok(), qPrintable(max.error().message));
    QCOMPARE(max->purchase.pointsRedeemed, qint64(20));
    QCOMPARE(max->purchase.totalMinor, qint64(20));
}

void TestCheckoutService::saleBeforeTheProgramRefused()
{
    // The terminal (and its program) began on 2026-03-14 10:00 UTC; a clock set back a day records
    // nothing and says why.
    m_t->clock().set(QDateTime(QDate(2026, 3, 13), QTime(10, 0), Qt::UTC));
    auto r = CheckoutService(m_t->context()).complete(memberSale(cartOf({line("Purchase", 1250)})));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("begins on")), qPrintable(r.error().message));
    QCOMPARE(counts(m_anna), (Counts {0, 0, 0, 0, 0, 0}));
}

void TestCheckoutService::quoteWritesNothing()
{
    CheckoutService checkout(m_t->context());
    const MemberRecord anna = MemberService(m_t->context()).byId(m_anna)->member;
    auto q = checkout.quote(cartOf({line("Latte", 320, 2), line("Croissant", 210)}), &anna);
    QVERIFY2(q.ok(), qPrintable(q.error().message));
    QCOMPARE(q->totalMinor, qint64(850));
    QCOMPARE(q->pointsEarned, qint64(8));
    QCOMPARE(q->pointsExpireOn, QDate(2027, 3, 14));
    auto walkIn = checkout.quote(cartOf({line("Latte", 320, 2)}), nullptr);
    QVERIFY(walkIn.ok());
    QCOMPARE(walkIn->pointsEarned, qint64(0));
    QVERIFY(!checkout.quote(cartOf({}), &anna).ok());
    QCOMPARE(counts(m_anna), (Counts {0, 0, 0, 0, 0, 0}));
}

void TestCheckoutService::receiptNumbersSurviveRestart()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(CheckoutService(m_t->context()).complete(memberSale(cartOf({line("Latte", 320)}))).ok());
    QVERIFY(m_t->reopen());
    auto r = CheckoutService(m_t->context()).complete(memberSale(cartOf({line("Latte", 320)})));
    QVERIFY(r.ok());
    QCOMPARE(r->purchase.receiptNo, qint64(4));
    QCOMPARE(r->newBalance, qint64(12));
}

void TestCheckoutService::checkServiceOk()
{
    auto empty = IntegrityCheck(m_t->db()).run();
    QVERIFY(empty.ok());
    QVERIFY(empty->ok());
    const qint64 ivan = m_t->addMember(QStringLiteral("Иван"), QStringLiteral("2000000000022"));
    CheckoutService checkout(m_t->context());
    QVERIFY(checkout.complete(memberSale(cartOf({line("Latte", 320, 2)}))).ok());
    SaleRequest other;
    other.cart = cartOf({line("Tea", 999)});
    other.memberId = ivan;
    QVERIFY(checkout.complete(other).ok());
    auto report = IntegrityCheck(m_t->db()).run();
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    QVERIFY(report->problems.isEmpty());
}

void TestCheckoutService::checkServiceFindsTamperedBalance()
{
    CheckoutService checkout(m_t->context());
    QVERIFY(checkout.complete(memberSale(cartOf({line("Latte", 320, 2), line("Croissant", 210)}))).ok());
    QVERIFY(m_t->db()
                .execScript(QStringLiteral("UPDATE members SET points_balance = points_balance + 1000 "
                                           "WHERE id = %1")
                                .arg(m_anna))
                .ok());
    auto report = IntegrityCheck(m_t->db()).run();
    QVERIFY(report.ok());
    QVERIFY(!report->ok());
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(
        report->problems.first(),
        QStringLiteral("Member %1 shows a balance of 1008 points but the ledger adds up to 8.").arg(m_anna));
}

QTEST_GUILESS_MAIN(TestCheckoutService)
#include "tst_checkoutservice.moc"
