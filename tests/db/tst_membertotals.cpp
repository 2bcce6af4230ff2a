// The one writer of a member's cached totals, operation by operation, on a real file.
#include "ids.h"
#include "membertotals.h"
#include "repositories.h"
#include "testdb.h"

#include <QtTest>

namespace {
const QDateTime kAt(QDate(2026, 3, 14), QTime(10, 0, 0, 123), Qt::UTC);
} // namespace

class TestMemberTotals : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void countSale();
    void countRefund();
    void addPoints();
    void mergeAddsUpAndClears();
    void addAllInOneStatement();
    void unknownMember();

private:
    qint64 insertMember(const QString &name);
    MemberRecord member(qint64 id) { return *MemberRepository(m_t->db()).findById(id).value(); }
    std::unique_ptr<TestDb> m_t;
};

void TestMemberTotals::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
}

void TestMemberTotals::cleanup()
{
    m_t.reset();
}

qint64 TestMemberTotals::insertMember(const QString &name)
{
    MemberRecord m;
    m.uuid = Ids::newUuid(kAt);
    m.originTerminal = m_t->terminal().uuid;
    m.name = name;
    m.createdAt = m.updatedAt = kAt;
    if (auto r = MemberRepository(m_t->db()).insert(m); !r) {
        qWarning("%s", qPrintable(r.error().message));
        return 0;
    }
    return m.id;
}

void TestMemberTotals::countSale()
{
    const qint64 id = insertMember(QStringLiteral("Anna"));
    MemberTotals totals(m_t->db());
    QVERIFY(totals.countSale(id, 12, 1250, kAt.addSecs(60)).ok());
    QVERIFY(totals.countSale(id, 8, 850, kAt.addSecs(120)).ok());
    const MemberRecord m = member(id);
    QCOMPARE(m.pointsBalance, qint64(20));
    QCOMPARE(m.visits, qint64(2));
    QCOMPARE(m.totalSpentMinor, qint64(2100));
    QCOMPARE(m.lastVisitAt, kAt.addSecs(120));
    QCOMPARE(m.updatedAt, kAt.addSecs(120));
    QCOMPARE(m.createdAt, kAt);
}

void TestMemberTotals::countRefund()
{
    const qint64 id = insertMember(QStringLiteral("Anna"));
    MemberTotals totals(m_t->db());
    QVERIFY(totals.countSale(id, 20, 2000, kAt).ok());
    QVERIFY(totals.countSale(id, 10, 1000, kAt.addSecs(60)).ok());
    // Part of a sale: the money and the points, not the visit; the last visit stays.
    QVERIFY(totals.countRefund(id, -5, 500, false, kAt.addSecs(120)).ok());
    MemberRecord m = member(id);
    QCOMPARE(m.visits, qint64(2));
    QCOMPARE(m.totalSpentMinor, qint64(2500));
    QCOMPARE(m.pointsBalance, qint64(25));
    QCOMPARE(m.lastVisitAt, kAt.addSecs(60));
    // The rest of it: the visit goes too.
    QVERIFY(totals.countRefund(id, -5, 500, true, kAt.addSecs(180)).ok());
    m = member(id);
    QCOMPARE(m.visits, qint64(1));
    QCOMPARE(m.totalSpentMinor, qint64(2000));
    QCOMPARE(m.pointsBalance, qint64(20));
    QCOMPARE(m.updatedAt, kAt.addSecs(180));
}

void TestMemberTotals::addPoints()
{
    const qint64 id = insertMember(QStringLiteral("Anna"));
    MemberTotals totals(m_t->db());
    QVERIFY(totals.addPoints(id, 50, kAt.addSecs(10)).ok());
    QVERIFY(totals.addPoints(id, -70, kAt.addSecs(20)).ok());
    const MemberRecord m = member(id);
    QCOMPARE(m.pointsBalance, qint64(-20));
    QCOMPARE(m.visits, qint64(0));
    QCOMPARE(m.totalSpentMinor, qint64(0));
    QVERIFY(!m.lastVisitAt.isValid()); // points alone are no visit
    QCOMPARE(m.updatedAt, kAt.addSecs(20));
}

void TestMemberTotals::mergeAddsUpAndClears()
{
    const qint64 keep = insertMember(QStringLiteral("Anna"));
    const qint64 away = insertMember(QStringLiteral("Anna P."));
    const qint64 never = insertMember(QStringLiteral("Nobody"));
    MemberTotals totals(m_t->db());
    QVERIFY(totals.countSale(keep, 10, 1000, kAt.addDays(-1)).ok());
    QVERIFY(totals.countSale(away, 30, 3000, kAt).ok());
    const MemberRecord a = member(away);
    QVERIFY(totals.addMerged(keep, a.pointsBalance, a.visits, a.totalSpentMinor, a.lastVisitAt, kAt).ok());
    QVERIFY(totals.clear(away, kAt).ok());
    const MemberRecord k = member(keep);
    QCOMPARE(k.pointsBalance, qint64(40));
    QCOMPARE(k.visits, qint64(2));
    QCOMPARE(k.totalSpentMinor, qint64(4000));
    QCOMPARE(k.lastVisitAt, kAt); // the later of the two
    const MemberRecord gone = member(away);
    QCOMPARE(gone.pointsBalance, qint64(0));
    QCOMPARE(gone.visits, qint64(0));
    QCOMPARE(gone.totalSpentMinor, qint64(0));
    // The earlier visit of the other one does not move the kept one's back; none stays none.
    QVERIFY(totals.addMerged(keep, 0, 0, 0, kAt.addDays(-5), kAt).ok());
    QCOMPARE(member(keep).lastVisitAt, kAt);
    QVERIFY(totals.addMerged(never, 0, 0, 0, QDateTime(), kAt).ok());
    QVERIFY(!member(never).lastVisitAt.isValid());
}

void TestMemberTotals::addAllInOneStatement()
{
    const qint64 anna = insertMember(QStringLiteral("Anna"));
    const qint64 ivan = insertMember(QStringLiteral("Ivan"));
    const qint64 olga = insertMember(QStringLiteral("Olga"));
    MemberTotals totals(m_t->db());
    QVERIFY(totals.countSale(anna, 10, 1000, kAt).ok());
    QVERIFY(totals.countSale(ivan, 5, 500, kAt).ok());
    const QString later = Ids::utcText(kAt.addDays(1));
    QHash<qint64, MemberTotals::Delta> deltas;
    deltas.insert(anna, {2, 700, later, -30}); // spent more points elsewhere than it has here
    deltas.insert(ivan, {0, 0, QString(), 7}); // points only: the last visit stays
    deltas.insert(olga, {1, 100, Ids::utcText(kAt.addDays(-1)), 0});
    auto done = totals.addAll(deltas);
    QVERIFY2(done.ok(), qPrintable(done.error().message + QLatin1Char(' ') + done.error().detail));
    QCOMPARE(done->size(), 1);
    QCOMPARE(done->first().memberId, anna);
    QCOMPARE(done->first().before, qint64(10));
    QCOMPARE(done->first().after, qint64(-20));
    const MemberRecord a = member(anna);
    QCOMPARE(a.visits, qint64(3));
    QCOMPARE(a.totalSpentMinor, qint64(1700));
    QCOMPARE(a.lastVisitAt, kAt.addDays(1));
    QCOMPARE(a.updatedAt, kAt); // as rows that arrive: updated_at stays
    const MemberRecord i = member(ivan);
    QCOMPARE(i.pointsBalance, qint64(12));
    QCOMPARE(i.lastVisitAt, kAt);
    const MemberRecord o = member(olga);
    QCOMPARE(o.visits, qint64(1));
    QCOMPARE(o.lastVisitAt, kAt.addDays(-1));
    // Already below zero: not newly overdrawn. The table in memory is gone after each call.
    auto again = totals.addAll({{anna, {0, 0, QString(), -1}}});
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty());
    QCOMPARE(member(anna).pointsBalance, qint64(-21));
    QVERIFY(totals.addAll({}).ok());
}

void TestMemberTotals::unknownMember()
{
    MemberTotals totals(m_t->db());
    for (const Result<void> &r :
         {totals.countSale(999, 1, 100, kAt), totals.countRefund(999, -1, 100, true, kAt),
          totals.addPoints(999, 5, kAt), totals.addMerged(999, 1, 1, 1, kAt, kAt), totals.clear(999, kAt)}) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::NotFound);
    }
}

QTEST_GUILESS_MAIN(TestMemberTotals)
#include "tst_membertotals.moc"
