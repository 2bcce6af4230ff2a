// The reports read running totals and indexes instead of scanning the members; their figures must be
// what a plain SQL recomputation over the members, the ledger and the sales gives. A shop of 1,300
// members written straight into the file, with every awkward case: members merged away and erased,
// balances below zero, refunds, birthdays on 29 February in a year without one, members never seen,
// ties in spending, lots partly and wholly spent, more members with expiring points than the list
// holds.
#include "ids.h"
#include "membertotals.h"
#include "refundservice.h"
#include "reportservice.h"
#include "testdb.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {
const QDate kToday(2027, 2, 20); // 2027 has no 29 February; the 28th is in the birthday window
const char kLive[] = "m.erased_at IS NULL AND m.merged_into IS NULL";
} // namespace

class TestReportSql : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void points();
    void members_data();
    void members();
    void segments();
    void segmentEdges_data();
    void segmentEdges();
    void lists();
    void birthdays();
    void expiringPoints();

private:
    qint64 one(const QString &sql);
    void compareSegments(bool lists);
    QList<qint64> ids(const QString &sql);
    static QList<qint64> ids(const QVector<ReportService::ListMember> &list);
    ReportService reports() { return ReportService(m_t->context()); }
    bool exec(const QString &sql);
    std::unique_ptr<TestDb> m_t;
};

bool TestReportSql::exec(const QString &sql)
{
    auto r = m_t->db().execScript(sql);
    if (!r)
        qWarning("%s: %s", qPrintable(sql), qPrintable(r.error().message + r.error().detail));
    return r.ok();
}

qint64 TestReportSql::one(const QString &sql)
{
    QSqlQuery q(m_t->db().connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<qint64> TestReportSql::ids(const QString &sql)
{
    QList<qint64> out;
    QSqlQuery q(m_t->db().connection());
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

QList<qint64> TestReportSql::ids(const QVector<ReportService::ListMember> &list)
{
    QList<qint64> out;
    for (const auto &m : list)
        out << m.id;
    return out;
}

void TestReportSql::initTestCase()
{
    m_t = std::make_unique<TestDb>(QStringLiteral("EUR"), QDateTime(kToday.addDays(-400), QTime(12, 0)));
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    // Members n = 1..1300: joined over two years, seen at various times or never, spending with ties.
    QVERIFY(exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1300) "
        "INSERT INTO members (uuid, origin_terminal, name, birth_day, birth_month, points_balance, visits, "
        "total_spent_minor, last_visit_at, created_at, updated_at) "
        "SELECT 'm' || i, (SELECT uuid FROM terminals WHERE is_local = 1), 'Member ' || i, "
        "CASE WHEN i % 97 = 0 THEN 29 WHEN i % 13 = 0 THEN NULL ELSE i % 28 + 1 END, "
        "CASE WHEN i % 97 = 0 THEN 2 WHEN i % 13 = 0 THEN NULL ELSE i % 12 + 1 END, "
        "i * 17 % 300 - 60, i % 15, CASE WHEN i % 11 = 0 THEN 0 ELSE i * 37 % 500 * 10 END, "
        "CASE WHEN i % 11 = 0 THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', '2027-02-20 11:00', "
        "'-' || (i * 13 % 400) || ' days', '-' || (i % 7) || ' hours') END, "
        "strftime('%Y-%m-%dT%H:%M:%fZ', '2027-02-20 10:00', '-' || (i * 7 % 800) || ' days'), "
        "'2027-02-20T10:00:00.000Z' FROM n")));
    QVERIFY(exec(
        QStringLiteral("UPDATE members SET merged_into = id - 1 WHERE name LIKE 'Member %' AND id % 31 = 0; "
                       "UPDATE members SET erased_at = '2027-01-01T00:00:00.000Z' WHERE id % 29 = 0")));
    // Lots expiring over the next weeks, some partly or wholly spent; some members hold two.
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, expires_on, created_at) "
        "SELECT 'lot' || id, origin_terminal, id, 'earn', 10 + id % 50, date('2027-02-20', '+' || (id * 3 % "
        "20) "
        "|| ' days'), '2026-06-01T10:00:00.000Z' FROM members; "
        "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, expires_on, created_at) "
        "SELECT 'lot2-' || id, origin_terminal, id, 'bonus', 5 + id % 7, date('2027-02-20', '+' || (id % 35) "
        "|| ' days'), '2026-07-01T10:00:00.000Z' FROM members WHERE id % 3 = 0; "
        "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, created_at) "
        "SELECT 'use' || id, origin_terminal, id, 'redeem', -(10 + id % 50), '2026-08-01T10:00:00.000Z' "
        "FROM members WHERE id % 4 = 0; "
        "INSERT INTO points_allocations (uuid, entry_id, lot_id, points) "
        "SELECT 'a' || l.id, u.id, l.id, CASE WHEN l.member_id % 8 = 0 THEN l.points ELSE 5 END "
        "FROM points_ledger l JOIN points_ledger u ON u.uuid = 'use' || l.member_id WHERE l.uuid = 'lot' || "
        "l.member_id")));
    // Sales through the till over the year, and refunds.
    for (int i = 0; i < 60; ++i) {
        m_t->clock().set(QDateTime(kToday.addDays(-((i * 37) % 380)), QTime(12, 0)));
        qint64 member = 1 + (i * 53) % 300;
        while (member % 31 == 0 || member % 29 == 0) // neither merged away nor erased
            ++member;
        const SaleResult s = m_t->sell(member, 500 + i * 10);
        QVERIFY(s.purchase.id);
        if (i % 9 == 0) {
            ServiceContext c = m_t->context();
            QVERIFY(RefundService(c).refundWhole(s.purchase.id, QStringLiteral("changed mind")).ok());
        }
    }
    m_t->clock().set(QDateTime(kToday, QTime(12, 0)));
}

void TestReportSql::cleanupTestCase()
{
    m_t.reset();
}

void TestReportSql::points()
{
    const ReportService::Period year {kToday.addDays(-364), kToday, {}};
    auto p = reports().points(year);
    QVERIFY(p.ok());
    QCOMPARE(p->outstanding,
             one(QStringLiteral("SELECT SUM(points_balance) FROM members WHERE merged_into IS NULL")));
    QVERIFY(
        one(QStringLiteral("SELECT count(*) FROM members WHERE points_balance < 0 AND merged_into IS NULL"))
        > 0);
    QCOMPARE(
        p->overdrawnRefunds,
        one(QStringLiteral("SELECT count(*) FROM purchases NOT INDEXED WHERE business_day BETWEEN '%1' AND "
                           "'%2' AND kind = 'refund' AND points_not_returned > 0")
                .arg(year.from.toString(Qt::ISODate), year.to.toString(Qt::ISODate))));
}

void TestReportSql::members_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("30 days") << 30;
    QTest::newRow("90 days") << 90;
    QTest::newRow("365 days") << 365;
}

void TestReportSql::members()
{
    QFETCH(int, days);
    const ReportService::Period p {kToday.addDays(1 - days), kToday, {}};
    auto m = reports().members(p);
    QVERIFY(m.ok());
    auto day = [](const QDate &d) { return QLatin1Char('\'') + d.toString(Qt::ISODate) + QLatin1Char('\''); };
    auto utc = [](const QDate &d) {
        return QLatin1Char('\'') + Ids::utcText(QDateTime(d, QTime(0, 0)).toUTC()) + QLatin1Char('\'');
    };
    const QString enrolled
        = QStringLiteral("m.created_at >= %1 AND m.created_at < %2").arg(utc(p.from), utc(p.to.addDays(1)));
    auto buyers = [&](const QDate &a, const QDate &b, bool onlyNew) {
        return one(QStringLiteral(
                       "SELECT count(DISTINCT p.member_id) FROM purchases p NOT INDEXED JOIN members m ON "
                       "m.id = p.member_id WHERE p.kind = 'sale' AND p.business_day BETWEEN %1 AND %2%3")
                       .arg(day(a), day(b), onlyNew ? QStringLiteral(" AND ") + enrolled : QString()));
    };
    QCOMPARE(m->newMembers,
             one(QStringLiteral("SELECT count(*) FROM members m NOT INDEXED WHERE m.merged_into IS "
                                "NULL AND %1")
                     .arg(enrolled)));
    QCOMPARE(m->active, buyers(p.from, p.to, false));
    const QDate endWindow = qMax(p.from, p.to.addDays(1 - ReportService::kActiveDays));
    QCOMPARE(m->activeAtStart,
             buyers(p.from.addDays(-ReportService::kActiveDays), p.from.addDays(-1), false));
    QCOMPARE(m->activeAtEnd, buyers(endWindow, p.to, false));
    QCOMPARE(m->newActiveAtEnd, buyers(endWindow, p.to, true));
    QVERIFY(m->active > 0 && m->activeAtStart > 0);
    const qint64 spent
        = one(QStringLiteral("SELECT SUM(total_spent_minor) FROM members WHERE merged_into IS NULL"));
    const qint64 seen = one(QStringLiteral("SELECT SUM(visits > 0) FROM members WHERE merged_into IS NULL"));
    QCOMPARE(m->lifetimeValueMinor.value_or(-1), (2 * spent + seen) / (2 * seen));
}

// The five segments against the rule itself over every member; with `lists`, each drill-down too.
void TestReportSql::compareSegments(bool lists)
{
    const QDateTime now = m_t->clock().nowUtc();
    auto t
        = [&](int days) { return QLatin1Char('\'') + Ids::utcText(now.addDays(-days)) + QLatin1Char('\''); };
    const QString segment
        = QStringLiteral("CASE WHEN m.created_at >= %1 THEN 0 WHEN m.last_visit_at IS NULL OR "
                         "m.last_visit_at < %2 THEN 4 WHEN m.last_visit_at < %3 THEN 3 WHEN "
                         "m.last_visit_at >= %4 AND m.visits >= 10 THEN 1 ELSE 2 END")
              .arg(t(30), t(180), t(90), t(60));
    auto s = reports().segments();
    QVERIFY(s.ok());
    qint64 total = 0;
    for (int i = 0; i < 5; ++i) {
        const qint64 expected
            = one(QStringLiteral("SELECT count(*) FROM members m NOT INDEXED WHERE %1 AND %2 = %3")
                      .arg(QLatin1String(kLive), segment)
                      .arg(i));
        QVERIFY2(expected > 0, qPrintable(ReportService::segmentName(ReportService::Segment(i))));
        QCOMPARE(s->counts[i], expected);
        total += expected;
        if (!lists)
            continue;
        auto list = reports().segmentMembers(ReportService::Segment(i), 40);
        QVERIFY(list.ok());
        QCOMPARE(ids(list.value()),
                 ids(QStringLiteral("SELECT m.id FROM members m NOT INDEXED WHERE %1 AND %2 = %3 ORDER BY "
                                    "m.total_spent_minor DESC, m.id LIMIT 40")
                         .arg(QLatin1String(kLive), segment)
                         .arg(i)));
    }
    QCOMPARE(s->total, total);
    // The counts per day of the last visit the report adds up, against the members.
    auto differences = MemberTotals(m_t->db()).recencyDifferences();
    QVERIFY(differences.ok());
    QVERIFY2(differences->isEmpty(),
             qPrintable(differences->isEmpty() ? QString() : differences->firstKey().first));
}

void TestReportSql::segments()
{
    compareSegments(true);
}

// A member last seen on a cut-off's own day is counted from the index, one on the days after from
// member_recency: the edges of both, each side of 10 visits, moved there by an update (the trigger).
void TestReportSql::segmentEdges_data()
{
    QTest::addColumn<int>("days"); // the cut-off: 180, 90 or 60 days ago
    QTest::addColumn<int>("edge"); // 0 at the cut-off, -1/+1 a millisecond either side,
                                   // 2 the start of its UTC day, 3 its last millisecond, 4 the next day
    QTest::addColumn<int>("visits");
    for (const int days : {180, 90, 60}) {
        for (const int edge : {0, -1, 1, 2, 3, 4}) {
            for (const int visits : {9, 10})
                QTest::addRow("%d days, edge %d, %d visits", days, edge, visits) << days << edge << visits;
        }
    }
}

void TestReportSql::segmentEdges()
{
    QFETCH(int, days);
    QFETCH(int, edge);
    QFETCH(int, visits);
    const QDateTime cut = m_t->clock().nowUtc().addDays(-days).toUTC();
    const QDateTime dayStart(cut.date(), QTime(0, 0), Qt::UTC);
    const QDateTime at = edge == 2 ? dayStart
        : edge == 3                ? dayStart.addDays(1).addMSecs(-1)
        : edge == 4                ? dayStart.addDays(1)
                                   : cut.addMSecs(edge);
    // Two members who are not new, one with fewer than 10 visits and one with more: both moved to
    // the edge, so that one of them changes its regular mark.
    const QString pick
        = QStringLiteral("SELECT * FROM (SELECT m.id FROM members m WHERE %1 AND m.created_at < "
                         "'%2' AND m.last_visit_at IS NOT NULL AND m.visits %3 10 ORDER BY m.id "
                         "LIMIT 1)")
              .arg(QLatin1String(kLive), Ids::utcText(m_t->clock().nowUtc().addDays(-40)));
    const QList<qint64> movers
        = ids(pick.arg(QLatin1String("<")) + QLatin1String(" UNION ALL ") + pick.arg(QLatin1String(">=")));
    QCOMPARE(movers.size(), 2);
    for (const qint64 id : movers)
        QVERIFY(exec(QStringLiteral("UPDATE members SET last_visit_at = '%1', visits = %2 WHERE id = %3")
                         .arg(Ids::utcText(at))
                         .arg(visits)
                         .arg(id)));
    compareSegments(false);
}

void TestReportSql::lists()
{
    auto plain = [&](const QString &where, int limit) {
        return ids(QStringLiteral("SELECT m.id FROM members m NOT INDEXED WHERE %1 AND %2 ORDER BY "
                                  "m.total_spent_minor DESC, m.id LIMIT %3")
                       .arg(QLatin1String(kLive), where)
                       .arg(limit));
    };
    const QString cutoff = Ids::utcText(m_t->clock().nowUtc().addDays(-60));
    QCOMPARE(ids(reports().topMembers(50).value()), plain(QStringLiteral("m.total_spent_minor > 0"), 50));
    QCOMPARE(ids(reports().notSeenFor(60, 300).value()),
             plain(QStringLiteral("m.last_visit_at < '%1'").arg(cutoff), 300));
    QCOMPARE(ids(reports().belowZero(100).value()), plain(QStringLiteral("m.points_balance < 0"), 100));
    QCOMPARE(reports().notSeenFor(60, 300)->size(), 300);
}

void TestReportSql::birthdays()
{
    auto list = reports().birthdays(14);
    QVERIFY(list.ok());
    // Day by day, by id; 29 February counts on the 28th in a year without it.
    QList<qint64> expected;
    for (int i = 0; i <= 14; ++i) {
        const QDate d = kToday.addDays(i);
        QString when
            = QStringLiteral("(m.birth_month = %1 AND m.birth_day = %2)").arg(d.month()).arg(d.day());
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            when += QStringLiteral(" OR (m.birth_month = 2 AND m.birth_day = 29)");
        expected << ids(
            QStringLiteral("SELECT m.id FROM members m NOT INDEXED WHERE %1 AND (%2) ORDER BY m.id")
                .arg(QLatin1String(kLive), when));
    }
    QCOMPARE(ids(list.value()), expected);
    QVERIFY(
        one(QStringLiteral("SELECT count(*) FROM members m WHERE %1 AND birth_month = 2 AND birth_day = 29")
                .arg(QLatin1String(kLive)))
        > 0);
}

void TestReportSql::expiringPoints()
{
    auto list = reports().expiringPoints(30);
    QVERIFY(list.ok());
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(
        QStringLiteral(
            "SELECT m.id, SUM(x.left), MIN(x.expires_on) FROM (SELECT l.member_id, l.expires_on, l.points - "
            "COALESCE((SELECT SUM(a.points) FROM points_allocations a WHERE a.lot_id = l.id), 0) AS left "
            "FROM "
            "points_ledger l NOT INDEXED WHERE l.expires_on BETWEEN '2027-02-20' AND '2027-03-22' AND "
            "l.points > 0) x "
            "JOIN members m ON m.id = x.member_id WHERE x.left > 0 AND %1 GROUP BY m.id "
            "ORDER BY MIN(x.expires_on), SUM(x.left) DESC, m.id LIMIT 1000")
            .arg(QLatin1String(kLive))));
    QStringList expected, got;
    while (q.next())
        expected << QStringLiteral("%1 %2").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong());
    for (const auto &m : list.value())
        got << QStringLiteral("%1 %2").arg(m.id).arg(
            QString(m.detail).remove(QRegularExpression(QStringLiteral("[^0-9].*$"))));
    QCOMPARE(expected.size(), 1000); // more members than the list holds: the walk stops early
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestReportSql)
#include "tst_reportsql.moc"
