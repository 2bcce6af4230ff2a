// The running totals over the members (member_aggregates, schema v12): every kind of change to a
// balance, a spend, a visit count, a merge or an erasure keeps them equal to what the members add
// up to, whichever path made it; a sync batch's set-wise path too, and a repair rebuilds them.
#include "ids.h"
#include "integritycheck.h"
#include "membertotals.h"
#include "testdb.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

#include <functional>

namespace {
const QDateTime kAt(QDate(2026, 3, 14), QTime(10, 0, 0, 123), Qt::UTC);
using Change = std::function<bool(TestDb &, qint64 first, qint64 second)>;
MemberTotals totals(TestDb &t)
{
    return MemberTotals(t.db());
}
} // namespace
Q_DECLARE_METATYPE(Change)

class TestMemberAggregates : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void changeKeepsTotals_data();
    void changeKeepsTotals();
    void batchInsertWithTriggerAside();
    void checkSeesAndRepairRebuilds();
    void upgradeCountsTheMembersThere();

private:
    qint64 insertMember(const QString &name);
    void verifyTotals(const char *where);
    std::unique_ptr<TestDb> m_t;
    qint64 m_a = 0, m_b = 0;
};

void TestMemberAggregates::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    m_a = insertMember(QStringLiteral("Anna"));
    m_b = insertMember(QStringLiteral("Boris"));
    QVERIFY(m_a && m_b);
    MemberTotals totals(m_t->db());
    QVERIFY(totals.countSale(m_a, 120, 5000, kAt).ok());
    QVERIFY(totals.countSale(m_b, 40, 1500, kAt).ok());
    verifyTotals("start");
}

void TestMemberAggregates::cleanup()
{
    m_t.reset();
}

qint64 TestMemberAggregates::insertMember(const QString &name)
{
    // Straight into the table, as a sync batch or an import writes its rows.
    const QString uuid = Ids::newUuid(kAt);
    if (!m_t->db().execScript(QStringLiteral("INSERT INTO members (uuid, origin_terminal, name, created_at, "
                                             "updated_at) VALUES ('%1', '%2', '%3', '%4', '%4')")
                                  .arg(uuid, m_t->terminal().uuid, name, Ids::utcText(kAt))))
        return 0;
    return m_t->scalar(QStringLiteral("SELECT id FROM members WHERE uuid = '%1'").arg(uuid));
}

void TestMemberAggregates::verifyTotals(const char *where)
{
    MemberTotals totals(m_t->db());
    auto kept = totals.keptAggregates();
    auto summed = totals.summedAggregates();
    QVERIFY2(kept.ok() && summed.ok(), where);
    const MemberTotals::Aggregates &k = kept.value(), &s = summed.value();
    const QString text = QStringLiteral("%1: kept %2/%3/%4/%5, members %6/%7/%8/%9")
                             .arg(QLatin1String(where))
                             .arg(k.points)
                             .arg(k.spentMinor)
                             .arg(k.buyers)
                             .arg(k.live)
                             .arg(s.points)
                             .arg(s.spentMinor)
                             .arg(s.buyers)
                             .arg(s.live);
    QVERIFY2(k == s, qPrintable(text));
}

void TestMemberAggregates::changeKeepsTotals_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<qint64>("pointsChange"); // what the points outstanding move by
    QTest::newRow("sale") << Change([](TestDb &t, qint64 a, qint64) {
        return totals(t).countSale(a, 30, 900, kAt.addSecs(60)).ok();
    }) << qint64(30);
    QTest::newRow("refund of a whole sale") << Change([](TestDb &t, qint64 a, qint64) {
        return totals(t).countRefund(a, -20, 700, true, kAt.addSecs(60)).ok();
    }) << qint64(-20);
    QTest::newRow("adjustment below zero") << Change([](TestDb &t, qint64, qint64 b) {
        return totals(t).addPoints(b, -90, kAt.addSecs(60)).ok();
    }) << qint64(-90);
    QTest::newRow("merge") << Change([](TestDb &t, qint64 a, qint64 b) {
        return totals(t).addMerged(a, 40, 1, 1500, kAt, kAt.addSecs(60)).ok()
            && totals(t).clear(b, kAt.addSecs(60)).ok()
            && t.db().execScript(
                QStringLiteral("UPDATE members SET merged_into = %1 WHERE id = %2").arg(a).arg(b));
    }) << qint64(0);
    QTest::newRow("merged away, balance left behind") << Change([](TestDb &t, qint64 a, qint64 b) {
        return bool(t.db().execScript(
            QStringLiteral("UPDATE members SET merged_into = %1 WHERE id = %2").arg(a).arg(b)));
    }) << qint64(-40);
    QTest::newRow("erasure") << Change([](TestDb &t, qint64, qint64 b) {
        return bool(t.db().execScript(
            QStringLiteral("UPDATE members SET erased_at = '2026-03-15T00:00:00.000Z' WHERE id = %1")
                .arg(b)));
    }) << qint64(0);
    QTest::newRow("import with an opening balance") << Change([](TestDb &t, qint64, qint64) {
        return bool(t.db().execScript(QStringLiteral(
            "INSERT INTO members (uuid, origin_terminal, name, points_balance, visits, total_spent_minor, "
            "created_at, updated_at) SELECT 'opening', origin_terminal, 'Vera', 75, 2, 3000, created_at, "
            "updated_at FROM members LIMIT 1")));
    }) << qint64(75);
    QTest::newRow("sync set-wise totals") << Change([](TestDb &t, qint64 a, qint64 b) {
        QHash<qint64, MemberTotals::Delta> d;
        d.insert(a, {2, 1800, QStringLiteral("2026-03-16T09:00:00.000Z"), 25});
        d.insert(b, {0, -300, QString(), -60});
        return totals(t).addAll(d).ok();
    }) << qint64(-35);
    QTest::newRow("deleted row") << Change([](TestDb &t, qint64, qint64 b) {
        return t.db().execScript(QStringLiteral("PRAGMA foreign_keys = OFF"))
            && t.db().execScript(QStringLiteral("DELETE FROM members WHERE id = %1").arg(b))
            && t.db().execScript(QStringLiteral("PRAGMA foreign_keys = ON"));
    }) << qint64(-40);
}

void TestMemberAggregates::changeKeepsTotals()
{
    QFETCH(Change, change);
    QFETCH(qint64, pointsChange);
    const qint64 before = MemberTotals(m_t->db()).keptAggregates()->points;
    QVERIFY(change(*m_t, m_a, m_b));
    verifyTotals(QTest::currentDataTag());
    QCOMPARE(MemberTotals(m_t->db()).keptAggregates()->points, before + pointsChange);
}

void TestMemberAggregates::batchInsertWithTriggerAside()
{
    // As a sync batch does: the insert trigger stands aside, members arrive and are changed before
    // the batch counts them set-wise; nothing is counted twice or left out.
    QSqlQuery q(m_t->db().connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'member_aggregates_on_insert'")));
    QVERIFY(q.next());
    const QString trigger = q.value(0).toString();
    q.finish();
    QVERIFY(m_t->db().execScript(QStringLiteral("DROP TRIGGER member_aggregates_on_insert")));
    const qint64 c = insertMember(QStringLiteral("Chen"));
    const qint64 d = insertMember(QStringLiteral("Dina"));
    QVERIFY(c && d);
    MemberTotals totals(m_t->db());
    QVERIFY(totals.addPoints(c, 15, kAt).ok()); // a new member changed before it is counted
    QVERIFY(m_t->db().execScript(
        QStringLiteral("UPDATE members SET merged_into = %1 WHERE id = %2").arg(c).arg(d)));
    QVERIFY(totals.addPoints(m_a, 5, kAt).ok()); // a member here before
    QVERIFY(totals.countNewMembers().ok());
    QVERIFY(m_t->db().execScript(trigger));
    verifyTotals("after the batch");
    QVERIFY(totals.countNewMembers().ok()); // nothing new: no change
    verifyTotals("counted again");
    QVERIFY(totals.addPoints(c, 10, kAt).ok());
    verifyTotals("a later change");
}

void TestMemberAggregates::checkSeesAndRepairRebuilds()
{
    QVERIFY(
        m_t->db().execScript(QStringLiteral("UPDATE member_aggregates SET points = points + 7, live = 0")));
    // The members' balances here have no ledger behind them: only the running totals' lines count.
    auto totalsProblems = [this] {
        auto report = IntegrityCheck(m_t->db()).run();
        return report.ok() ? report->problems.filter(
                   QRegularExpression(QStringLiteral("points outstanding|lifetime value|segments")))
                           : QStringList {QStringLiteral("check failed")};
    };
    const QStringList found = totalsProblems();
    QCOMPARE(found.size(), 2);
    QVERIFY2(found.first().contains(QLatin1String("kept as"))
                 && found.first().contains(QLatin1String("points")),
             qPrintable(found.first()));
    QVERIFY2(found.last().contains(QLatin1String("counted as current")), qPrintable(found.last()));
    QVERIFY(MemberTotals(m_t->db()).recountAggregates().ok());
    verifyTotals("rebuilt");
    QCOMPARE(totalsProblems(), QStringList());
}

void TestMemberAggregates::upgradeCountsTheMembersThere()
{
    // A file of version 11 with members of every kind: the migration adds them up.
    const QString path = m_t->dirPath() + QStringLiteral("/v11.sqlite");
    {
        auto v11 = Database::openAtVersion(path, 11);
        QVERIFY2(v11.ok(), qPrintable(v11.error().message));
        QVERIFY(v11.value()->execScript(QStringLiteral(
            "INSERT INTO terminals (uuid, name, store_name, currency, is_local, created_at) VALUES "
            "('t', 'Till', 'Shop', 'EUR', 1, '2026-01-01T00:00:00.000Z'); "
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
            "INSERT INTO members (uuid, origin_terminal, name, points_balance, visits, total_spent_minor, "
            "created_at, updated_at) SELECT 'm' || i, 't', 'M' || i, i * 7 % 40 - 10, i % 3, i * 100, "
            "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n; "
            "UPDATE members SET merged_into = 1 WHERE id % 7 = 0; "
            "UPDATE members SET erased_at = '2026-02-01T00:00:00.000Z' WHERE id % 5 = 0")));
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error().message + db.error().detail));
    MemberTotals totals(*db.value());
    const MemberTotals::Aggregates kept = totals.keptAggregates().value();
    QVERIFY(kept == totals.summedAggregates().value());
    QCOMPARE(kept.live, qint64(50 - 7 - 10 + 1)); // 35 is both merged and erased
    QVERIFY(kept.points != 0 && kept.buyers > 0);
}

QTEST_GUILESS_MAIN(TestMemberAggregates)
#include "tst_memberaggregates.moc"
