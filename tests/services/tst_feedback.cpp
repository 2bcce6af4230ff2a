// The customer's answer at the till: one per member sale, on the shop's scale, with a comment.
#include "checkoutservice.h"
#include "feedbackservice.h"
#include "staffservice.h"
#include "testdb.h"

#include <QtTest>

class TestFeedback : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void csatByDefault();
    void scoresOutsideTheScaleRefused_data();
    void scoresOutsideTheScaleRefused();
    void npsAndTheScaleSetting();
    void onlyMemberSalesOnce();

private:
    qint64 sell(qint64 member);
    std::unique_ptr<TestDb> m_t;
    qint64 m_anna = 0;
};

void TestFeedback::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    m_anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"));
}

void TestFeedback::cleanup()
{
    m_t.reset();
}

qint64 TestFeedback::sell(qint64 member)
{
    SaleRequest r;
    r.cart.currency = QStringLiteral("EUR");
    r.cart.lines = {{QStringLiteral("Latte"), 320, 1}};
    r.memberId = member;
    auto done = CheckoutService(m_t->context()).complete(r);
    return done ? done->purchase.id : 0;
}

void TestFeedback::csatByDefault()
{
    FeedbackService feedback(m_t->context());
    QCOMPARE(feedback.scale().value(), FeedbackService::Scale::Csat);
    const qint64 sale = sell(m_anna);
    auto id = feedback.record(sale, 4);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    QVERIFY(feedback.addComment(id.value(), QStringLiteral("  Great   croissant ")).ok());
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM feedback WHERE scale = 'csat' AND score = 4 AND "
                                   "member_id = %1 AND purchase_id = %2 AND comment = 'Great croissant'")
                        .arg(m_anna)
                        .arg(sale)),
        1);
    QVERIFY(!feedback.addComment(id.value(), QString(501, QLatin1Char('x'))).ok());
    QCOMPARE(feedback.addComment(999, QStringLiteral("x")).error().kind, Error::NotFound);
}

void TestFeedback::scoresOutsideTheScaleRefused_data()
{
    QTest::addColumn<int>("score");
    QTest::newRow("0 on CSAT") << 0;
    QTest::newRow("6 on CSAT") << 6;
    QTest::newRow("negative") << -1;
}

void TestFeedback::scoresOutsideTheScaleRefused()
{
    QFETCH(int, score);
    const qint64 sale = sell(m_anna);
    auto r = FeedbackService(m_t->context()).record(sale, score);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("1 to 5")), qPrintable(r.error().message));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM feedback")), 0);
}

void TestFeedback::npsAndTheScaleSetting()
{
    // A cashier may not change the scale; the manager's context may, and it is audited.
    ServiceContext cashier = m_t->context();
    ServiceContext admin = m_t->context();
    auto a = StaffService(admin).create(QStringLiteral("Admin"), Role::Administrator, QStringLiteral("8642"));
    QVERIFY(a.ok());
    admin.actor = StaffService::actorOf(a.value());
    auto kim = StaffService(admin).create(QStringLiteral("Kim"), Role::Cashier, QStringLiteral("1357"));
    cashier.actor = StaffService::actorOf(kim.value());
    QCOMPARE(FeedbackService(cashier).setScale(FeedbackService::Scale::Nps).error().kind, Error::Forbidden);
    QVERIFY(FeedbackService(admin).setScale(FeedbackService::Scale::Nps).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'program.change'")),
             1);
    FeedbackService feedback(m_t->context());
    QCOMPARE(feedback.scale().value(), FeedbackService::Scale::Nps);
    QVERIFY(feedback.record(sell(m_anna), 10).ok());
    QVERIFY(feedback.record(sell(m_anna), 0).ok());
    QVERIFY(!feedback.record(sell(m_anna), 11).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT SUM(score) FROM feedback WHERE scale = 'nps'")), 10);
    QVERIFY(FeedbackService(admin).setScale(FeedbackService::Scale::Off).ok());
    QVERIFY(!feedback.record(sell(m_anna), 3).ok());
}

void TestFeedback::onlyMemberSalesOnce()
{
    FeedbackService feedback(m_t->context());
    const qint64 walkIn = sell(0);
    QVERIFY2(feedback.record(walkIn, 5).error().message.contains(QLatin1String("walk-in")),
             qPrintable(feedback.record(walkIn, 5).error().message));
    const qint64 sale = sell(m_anna);
    QVERIFY(feedback.record(sale, 5).ok());
    QCOMPARE(feedback.record(sale, 3).error().kind, Error::Conflict);
    QCOMPARE(feedback.record(4242, 3).error().kind, Error::NotFound);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM feedback")), 1);
}

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
