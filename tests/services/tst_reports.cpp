// Every metric of the reports on a small shop built by hand; the expected numbers are worked out in
// the comments and in docs/metrics.md ("The test fixture").
#include "checkoutservice.h"
#include "feedbackservice.h"
#include "memberservice.h"
#include "refundservice.h"
#include "reportservice.h"
#include "staffservice.h"
#include "testdb.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sales();
    void points();
    void members();
    void feedback();
    void segmentsAndCohorts();
    void actionLists();
    void csvHonoursConsent();
    void badRanges_data();
    void badRanges();
    void emptyShop();
    void refundsBelowZeroAreFlagged();
    void queriesUseTheirIndexes();

private:
    void at(const QDate &day, int hour = 12) { m_t->clock().set(QDateTime(day, QTime(hour, 0))); }
    qint64 sell(qint64 member, qint64 minor, int score = -1);
    void setScale(const QString &scale);
    ReportService reports() { return ReportService(m_t->context()); }
    std::unique_ptr<TestDb> m_t;
    qint64 m_a = 0, m_b = 0, m_c = 0;
    const ReportService::Period kJanuary {QDate(2026, 1, 1), QDate(2026, 1, 31), {}};
};

qint64 TestReports::sell(qint64 member, qint64 minor, int score)
{
    SaleRequest r;
    r.cart.currency = QStringLiteral("EUR");
    r.cart.lines = {{QStringLiteral("Goods"), minor, 1}};
    r.memberId = member;
    auto done = CheckoutService(m_t->context()).complete(r);
    if (!done)
        qFatal("sale: %s", qPrintable(done.error().message));
    if (score >= 0 && !FeedbackService(m_t->context()).record(done->purchase.id, score))
        qFatal("feedback refused");
    return done->purchase.id;
}

void TestReports::setScale(const QString &scale)
{
    QVERIFY(m_t->changeProgram([&scale](PricingProgram &p) {
        p.base.feedbackScale = scale;
        p.redemption.enabled = true;
        p.redemption.minorPerPoint = 1;
    }));
}

void TestReports::initTestCase()
{
    // The shop opens on 1 December 2025; A and B join that day, C on 5 January.
    m_t = std::make_unique<TestDb>(QStringLiteral("EUR"), QDateTime(QDate(2025, 12, 1), QTime(9, 0)));
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    at(QDate(2025, 12, 1));
    m_a = m_t->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"),
                         QStringLiteral("+7 912 111-11-11"));
    m_b = m_t->addMember(QStringLiteral("Boris"), QStringLiteral("2000000000022"),
                         QStringLiteral("+7 912 222-22-22"));
    QVERIFY(
        m_t->db()
            .execScript(QStringLiteral("UPDATE members SET consent_sms_at = created_at WHERE id = %1; "
                                       "UPDATE members SET email = 'boris@example.com', consent_email_at = "
                                       "created_at WHERE id = %2")
                            .arg(m_a)
                            .arg(m_b))
            .ok());
    setScale(QStringLiteral("nps"));
    at(QDate(2025, 12, 10));
    sell(m_a, 1000);
    sell(m_b, 2000);
    at(QDate(2026, 1, 5));
    m_c = m_t->addMember(QStringLiteral("Chen"), QStringLiteral("2000000000039"));
    at(QDate(2026, 1, 10));
    sell(m_a, 3000, 10);
    at(QDate(2026, 1, 15));
    sell(m_c, 500, 9);
    sell(0, 1500);
    at(QDate(2026, 1, 20));
    sell(m_a, 1000, 6);
    at(QDate(2026, 2, 1));
    setScale(QStringLiteral("csat"));
    at(QDate(2026, 2, 2));
    sell(m_a, 800, 5);
    at(QDate(2026, 2, 3));
    sell(m_c, 200, 3);
}

void TestReports::cleanupTestCase()
{
    m_t.reset();
}

void TestReports::sales()
{
    // January: 30.00 + 5.00 + 15.00 (walk-in) + 10.00 = 60.00 in 4 sales; members 45.00 of it.
    auto s = reports().sales(kJanuary);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QCOMPARE(s->sales, qint64(4));
    QCOMPARE(s->revenueMinor, qint64(6000));
    QCOMPARE(s->averageCheckMinor.value(), qint64(1500));
    QCOMPARE(s->memberShareBasisPoints.value(), 7500);
    QCOMPARE(s->series.size(), 3); // 10, 15 and 20 January
    QCOMPARE(s->series.at(1).revenueMinor, qint64(2000));
    // By month over the winter: December 30.00 (2 sales), January 60.00, February 10.00.
    auto m = reports().sales({QDate(2025, 12, 1), QDate(2026, 2, 28), {}}, ReportService::Grouping::Month);
    QCOMPARE(m->series.size(), 3);
    QCOMPARE(m->series.at(0).start, QDate(2025, 12, 1));
    QCOMPARE(m->series.at(0).revenueMinor, qint64(3000));
    QCOMPARE(m->series.at(2).sales, qint64(2));
    // By ISO week: 10 January is a Saturday (week from 5 January), 15th a Thursday, 20th a Tuesday.
    auto w = reports().sales(kJanuary, ReportService::Grouping::Week);
    QCOMPARE(w->series.size(), 3);
    QCOMPARE(w->series.at(0).start, QDate(2026, 1, 5));
    QCOMPARE(w->series.at(1).start, QDate(2026, 1, 12));
    // Another terminal's filter: nothing.
    auto other = reports().sales({kJanuary.from, kJanuary.to, QStringLiteral("another-till")});
    QCOMPARE(other->sales, qint64(0));
    QVERIFY(!other->averageCheckMinor);
}

void TestReports::points()
{
    // Earned in January: 30 + 5 + 10 = 45 (1 point per 1.00; walk-ins earn nothing).
    auto p = reports().points(kJanuary);
    QVERIFY(p.ok());
    QCOMPARE(p->issued, qint64(45));
    QCOMPARE(p->redeemed, qint64(0));
    // Outstanding now: A 10 + 30 + 10 + 8 = 58, B 20, C 5 + 2 = 7 -> 85; a point pays 0.01.
    QCOMPARE(p->outstanding, qint64(85));
    QVERIFY(p->valued);
    QCOMPARE(p->liabilityMinor, qint64(85));
}

void TestReports::members()
{
    auto m = reports().members(kJanuary);
    QVERIFY2(m.ok(), qPrintable(m.error().message));
    QCOMPARE(m->newMembers, qint64(1)); // C
    QCOMPARE(m->active, qint64(2)); // A and C bought in January
    QCOMPARE(m->repeat, qint64(1)); // A twice
    QCOMPARE(m->memberSales, qint64(3));
    QCOMPARE(m->repeatRateBasisPoints.value(), 5000);
    QCOMPARE(m->averageVisitsHundredths.value(), qint64(150));
    // S: bought in the 90 days before 1 January: A, B. E: bought in January: A, C. N: C, new.
    // CRR = (2 - 1) / 2 = 50%.
    QCOMPARE(m->activeAtStart, qint64(2));
    QCOMPARE(m->activeAtEnd, qint64(2));
    QCOMPARE(m->newActiveAtEnd, qint64(1));
    QCOMPARE(m->retentionBasisPoints.value(), 5000);
    QCOMPARE(m->churnBasisPoints.value(), 5000);
    // CLV: what the members who bought have spent, on average: (58.00 + 20.00 + 7.00) / 3 = 28.33.
    QCOMPARE(m->lifetimeValueMinor.value(), qint64(2833));
}

void TestReports::feedback()
{
    // January, NPS: 10 and 9 promote, 6 detracts: (2 - 1) / 3 = 33.3 -> 33.
    auto f = reports().feedback(kJanuary);
    QVERIFY(f.ok());
    QCOMPARE(f->npsAnswers, qint64(3));
    QCOMPARE(f->nps.value(), 33);
    QVERIFY(!f->csatBasisPoints);
    // February, CSAT: 5 is satisfied, 3 is not: 50%.
    auto feb = reports().feedback({QDate(2026, 2, 1), QDate(2026, 2, 28), {}});
    QCOMPARE(feb->csatAnswers, qint64(2));
    QCOMPARE(feb->csatBasisPoints.value(), 5000);
    QVERIFY(!feb->nps);
    auto both = reports().feedback({QDate(2026, 1, 1), QDate(2026, 2, 28), {}});
    QCOMPARE(both->trend.size(), 2);
    QCOMPARE(both->trend.at(0).nps.value(), 33);
    QCOMPARE(both->trend.at(1).csatBasisPoints.value(), 5000);
}

void TestReports::segmentsAndCohorts()
{
    // 15 June 2026: A (last sale 2 February, 133 days) and C (3 February) are at risk, B (10 December,
    // 187 days) is lost; Dana joins today: new.
    at(QDate(2026, 6, 15));
    const qint64 dana = m_t->addMember(QStringLiteral("Dana"), QStringLiteral("2000000000046"));
    auto s = reports().segments();
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QCOMPARE(s->total, qint64(4));
    QCOMPARE(s->counts[int(ReportService::Segment::New)], qint64(1));
    QCOMPARE(s->counts[int(ReportService::Segment::AtRisk)], qint64(2));
    QCOMPARE(s->counts[int(ReportService::Segment::Lost)], qint64(1));
    QCOMPARE(s->counts[int(ReportService::Segment::Active)], qint64(0));
    auto atRisk = reports().segmentMembers(ReportService::Segment::AtRisk);
    QCOMPARE(atRisk->size(), 2);
    QCOMPARE(atRisk->first().id, m_a); // the bigger spender first
    QCOMPARE(reports().segmentMembers(ReportService::Segment::New)->first().id, dana);
    // Cohorts: December (A, B) bought 2 in December, 1 in January, 1 in February; January (C) 1 and 1.
    auto c = reports().cohorts(12);
    QVERIFY2(c.ok(), qPrintable(c.error().message));
    QCOMPARE(c->size(), 3);
    QCOMPARE(c->at(0).month, QDate(2025, 12, 1));
    QCOMPARE(c->at(0).size, qint64(2));
    QCOMPARE(c->at(0).active.mid(0, 4), (QVector<qint64> {2, 1, 1, 0}));
    QCOMPARE(c->at(1).active.mid(0, 3), (QVector<qint64> {1, 1, 0}));
    QCOMPARE(c->at(2).size, qint64(1));
    QCOMPARE(c->at(2).active, (QVector<qint64> {0}));
}

void TestReports::actionLists()
{
    at(QDate(2026, 12, 20));
    // Birthdays: Boris on 23 December (in the 14 days), Anna on 9 January (not).
    QVERIFY(
        m_t->db()
            .execScript(QStringLiteral("UPDATE members SET birth_day = 23, birth_month = 12 WHERE id = %1; "
                                       "UPDATE members SET birth_day = 9, birth_month = 1 WHERE id = %2")
                            .arg(m_b)
                            .arg(m_a))
            .ok());
    auto b = reports().birthdays(14);
    QVERIFY(b.ok());
    QCOMPARE(b->size(), 1);
    QCOMPARE(b->first().id, m_b);
    // Points expiring by 19 January 2027: A's 30 (10 January) and C's 5 (15 January); A's 10 of
    // 20 January are a day too late.
    auto e = reports().expiringPoints(30);
    QVERIFY(e.ok());
    QCOMPARE(e->size(), 2);
    QCOMPARE(e->at(0).id, m_a);
    QVERIFY2(e->at(0).detail.startsWith(QLatin1String("30 pts")), qPrintable(e->at(0).detail));
    QCOMPARE(e->at(1).id, m_c);
    // Not seen for 60 days: everybody, the biggest spender first.
    auto w = reports().notSeenFor(60);
    QCOMPARE(w->size(), 3);
    QCOMPARE(w->first().id, m_a);
    auto top = reports().topMembers(2);
    QCOMPARE(top->size(), 2);
    QCOMPARE(top->at(1).id, m_b);
}

void TestReports::csvHonoursConsent()
{
    auto top = reports().topMembers(10);
    QTemporaryDir dir;
    // Anna agreed to SMS, Boris to e-mail, Chen to nothing.
    auto sms = ReportService::exportCsv(top.value(), ReportService::Channel::Sms,
                                        dir.filePath(QStringLiteral("s.csv")));
    QCOMPARE(sms.value(), qint64(1));
    QFile f(dir.filePath(QStringLiteral("s.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(QLatin1String("Anna")) && !text.contains(QLatin1String("Boris"))
                 && !text.contains(QLatin1String("Chen")),
             qPrintable(text));
    auto mail = ReportService::exportCsv(top.value(), ReportService::Channel::Email,
                                         dir.filePath(QStringLiteral("e.csv")));
    QCOMPARE(mail.value(), qint64(1));
    QVERIFY(
        !ReportService::exportCsv(top.value(), ReportService::Channel::Email, QStringLiteral("/proc/x/y.csv"))
             .ok());
}

void TestReports::badRanges_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("ends before it starts")
        << QDate(2026, 2, 1) << QDate(2026, 1, 1) << "ends before it starts";
    QTest::newRow("eleven years") << QDate(2015, 1, 1) << QDate(2026, 1, 2) << "ten years";
    QTest::newRow("no date") << QDate() << QDate(2026, 1, 2) << "first and the last day";
}

void TestReports::badRanges()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, message);
    auto s = reports().sales({from, to, {}});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
    QVERIFY(!reports().members({from, to, {}}).ok());
    // Ten years exactly is fine, and empty.
    QVERIFY(reports().sales({QDate(2000, 1, 1), QDate(2010, 1, 1), {}}).ok());
}

void TestReports::emptyShop()
{
    TestDb empty;
    QVERIFY(empty.ok());
    ReportService r(empty.context());
    const ReportService::Period p {QDate(2026, 1, 1), QDate(2026, 1, 31), {}};
    auto s = r.sales(p);
    QVERIFY(s.ok());
    QVERIFY(!s->averageCheckMinor && !s->memberShareBasisPoints);
    auto m = r.members(p);
    QVERIFY(m.ok());
    QVERIFY(!m->retentionBasisPoints && !m->churnBasisPoints && !m->repeatRateBasisPoints);
    QVERIFY(!m->averageVisitsHundredths && !m->lifetimeValueMinor);
    auto f = r.feedback(p);
    QVERIFY(f.ok() && !f->nps && !f->csatBasisPoints);
    QVERIFY(r.birthdays(14)->isEmpty());
    QVERIFY(r.expiringPoints(30)->isEmpty());
}

void TestReports::refundsBelowZeroAreFlagged()
{
    // A sale of 12.50 (12 points), 10 points taken by hand, then the sale given back: the refund takes
    // the 12 anyway and the balance shows -10 (docs/pricing.md). The reports say so.
    TestDb shop;
    QVERIFY(shop.ok());
    const qint64 anna = shop.addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    SaleRequest r;
    r.cart.currency = QStringLiteral("EUR");
    r.cart.lines = {{QStringLiteral("Goods"), 1250, 1}};
    r.memberId = anna;
    auto sale = CheckoutService(shop.context()).complete(r);
    QVERIFY(sale.ok());
    QVERIFY(MemberService(shop.context()).adjustPoints(anna, -10, QStringLiteral("Gift")).ok());
    auto refund = RefundService(shop.context()).refundWhole(sale->purchase.id, QStringLiteral("Returned"));
    QVERIFY2(refund.ok(), qPrintable(refund.error().message));
    ReportService reports(shop.context());
    const QDate today = shop.clock().today();
    auto p = reports.points({today, today, {}});
    QVERIFY(p.ok());
    QCOMPARE(p->overdrawnRefunds, qint64(1));
    QCOMPARE(p->overdrawnPoints, qint64(10));
    auto below = reports.belowZero();
    QCOMPARE(below->size(), 1);
    QCOMPARE(below->first().id, anna);
    QVERIFY2(below->first().detail.contains(QLatin1String("-10")), qPrintable(below->first().detail));
}

void TestReports::queriesUseTheirIndexes()
{
    // The plans the reports rely on at 1M members / 10M sales: rollups and indexes, never a scan of
    // purchases or the ledger.
    const QStringList plans = {
        QStringLiteral(
            "SELECT business_day, SUM(sales) FROM daily_sales WHERE business_day BETWEEN '2026-01-01' "
            "AND '2026-01-31' GROUP BY business_day"),
        QStringLiteral("SELECT business_day, chunk, members FROM buyer_days WHERE business_day BETWEEN "
                       "'2026-01-01' AND '2026-01-31'"),
        QStringLiteral(
            "SELECT l.id FROM points_ledger l WHERE l.expires_on BETWEEN '2026-01-01' AND '2026-01-31' "
            "AND l.points > 0"),
        QStringLiteral(
            "SELECT count(*) FROM feedback WHERE business_day BETWEEN '2026-01-01' AND '2026-01-31'"),
        QStringLiteral(
            "SELECT kind, SUM(points) FROM daily_points WHERE business_day BETWEEN '2026-01-01' AND "
            "'2026-01-31' GROUP BY kind"),
        QStringLiteral("SELECT cohort, members FROM cohort_sizes WHERE cohort >= '2025-07' ORDER BY cohort"),
        QStringLiteral("SELECT cohort, month, members FROM cohort_activity WHERE cohort >= '2025-07'"),
        QStringLiteral(
            "SELECT id FROM members WHERE created_at >= '2025-10-03T00:00:00.000Z' AND created_at < "
            "'2026-01-01T00:00:00.000Z'"),
    };
    const QStringList expected
        = {QStringLiteral("daily_sales"),          QStringLiteral("buyer_days USING PRIMARY KEY"),
           QStringLiteral("points_ledger_expiry"), QStringLiteral("feedback_day"),
           QStringLiteral("daily_points"),         QStringLiteral("cohort_sizes"),
           QStringLiteral("cohort_activity"),      QStringLiteral("COVERING INDEX members_created")};
    for (int i = 0; i < plans.size(); ++i) {
        QSqlQuery q(m_t->db().connection());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + plans.at(i)));
        QStringList detail;
        while (q.next())
            detail << q.value(3).toString();
        const QString plan = detail.join(QLatin1String(" | "));
        QVERIFY2(plan.contains(expected.at(i)), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("SCAN purchases"))
                     && !plan.contains(QLatin1String("SCAN points_ledger")),
                 qPrintable(plan));
    }
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
