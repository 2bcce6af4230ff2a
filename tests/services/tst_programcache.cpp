// The program in force is kept per connection (ProgramService::inForce): a change is seen by the next
// sale whoever made it (this connection, a second one on the same file as another till or the sync
// would be), and a version scheduled for later takes over on time.
#include "checkoutservice.h"
#include "programservice.h"
#include "repositories.h"
#include "testdb.h"

#include <QtTest>

#include <memory>

class TestProgramCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void changeOnThisConnectionAppliesAtOnce();
    void changeByAnotherConnectionIsSeen();
    void scheduledVersionTakesOverOnTime();
    void quoteFollowsTheChange();

private:
    // Points a member earns on a sale of 12.50 recorded now on the fixture's connection.
    qint64 pointsOnSale();

    std::unique_ptr<TestDb> m_t;
    qint64 m_anna = 0;
};

void TestProgramCache::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    m_anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"));
    QVERIFY(m_anna > 0);
}

void TestProgramCache::cleanup()
{
    m_t.reset();
}

qint64 TestProgramCache::pointsOnSale()
{
    SaleRequest sale;
    sale.cart.currency = QStringLiteral("EUR");
    sale.cart.lines << CartLine {QStringLiteral("Purchase"), 1250, 1, {}};
    sale.memberId = m_anna;
    auto r = CheckoutService(m_t->context()).complete(sale);
    if (!r) {
        qWarning("sale refused: %s", qPrintable(r.error().message));
        return -1;
    }
    return r->purchase.pointsEarned;
}

void TestProgramCache::changeOnThisConnectionAppliesAtOnce()
{
    QCOMPARE(pointsOnSale(), qint64(12)); // the default: 1 point per 1.00
    m_t->clock().advanceMs(1000);
    QVERIFY(ProgramService(m_t->db())
                .setEarnRule(m_t->terminal(), EarnRule {2, 100}, m_t->clock().nowUtc(), Actor::machineOwner())
                .ok());
    QCOMPARE(pointsOnSale(), qint64(25));
    m_t->clock().advanceMs(1000);
    QVERIFY(
        ProgramService(m_t->db())
            .setEarnRule(m_t->terminal(), EarnRule {1, 1000}, m_t->clock().nowUtc(), Actor::machineOwner())
            .ok());
    QCOMPARE(pointsOnSale(), qint64(1));
}

void TestProgramCache::changeByAnotherConnectionIsSeen()
{
    QCOMPARE(pointsOnSale(), qint64(12));
    {
        // Another connection to the file: another till, the sync, the command line.
        auto other = Database::open(m_t->path(), Database::Mode::ExistingOnly);
        QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
        m_t->clock().advanceMs(1000);
        QVERIFY(
            ProgramService(*other.value())
                .setEarnRule(m_t->terminal(), EarnRule {3, 100}, m_t->clock().nowUtc(), Actor::machineOwner())
                .ok());
        // Still open while this connection sells: the change is committed, not closed into the file.
        QCOMPARE(pointsOnSale(), qint64(37));
    }
    QCOMPARE(pointsOnSale(), qint64(37));
}

void TestProgramCache::scheduledVersionTakesOverOnTime()
{
    const QDateTime now = m_t->clock().nowUtc();
    auto v = ProgramService(m_t->db()).inForce(m_t->terminal(), now);
    QVERIFY(v.ok());
    PricingProgram p = v->program;
    p.base.earn = EarnRule {2, 100};
    QVERIFY(ProgramService(m_t->db())
                .publish(m_t->terminal(), p, now.addSecs(3600), now, Actor::machineOwner())
                .ok());
    QCOMPARE(pointsOnSale(), qint64(12)); // not yet
    m_t->clock().set(now.addSecs(3599));
    QCOMPARE(pointsOnSale(), qint64(12));
    m_t->clock().set(now.addSecs(3600));
    QCOMPARE(pointsOnSale(), qint64(25)); // from its first millisecond
    // A moment before it, asked afterwards (a refund's original sale), still has the old rules.
    auto before = ProgramService(m_t->db()).inForce(m_t->terminal(), now.addSecs(10));
    QVERIFY(before.ok());
    QCOMPARE(before->program.base.earn.points, qint64(1));
    QCOMPARE(pointsOnSale(), qint64(25));
}

void TestProgramCache::quoteFollowsTheChange()
{
    Cart cart;
    cart.currency = QStringLiteral("EUR");
    cart.lines << CartLine {QStringLiteral("Purchase"), 1000, 1, {}};
    CheckoutService checkout(m_t->context());
    auto anna = MemberRepository(m_t->db()).findById(m_anna);
    QVERIFY(anna.ok() && anna.value());
    const MemberRecord member = *anna.value();
    auto q = checkout.quote(cart, &member);
    QVERIFY(q.ok());
    QCOMPARE(q->pointsEarned, qint64(10));
    auto other = Database::open(m_t->path(), Database::Mode::ExistingOnly);
    QVERIFY(other.ok());
    m_t->clock().advanceMs(1000);
    QVERIFY(ProgramService(*other.value())
                .setEarnRule(m_t->terminal(), EarnRule {5, 100}, m_t->clock().nowUtc(), Actor::machineOwner())
                .ok());
    q = checkout.quote(cart, &member);
    QVERIFY(q.ok());
    QCOMPARE(q->pointsEarned, qint64(50));
}

QTEST_GUILESS_MAIN(TestProgramCache)
#include "tst_programcache.moc"
