// The members report counts distinct buyers from the buyers' sets (buyer_days, schema v14) instead of
// the sales. On a file of seeded random sales, written out of day order, at two terminals, with
// walk-ins, refunds and merges, every figure must equal what the sales themselves say: the SQL the
// report ran over purchases before v14 is the reference here.
#include "cardnumber.h"
#include "ids.h"
#include "integritycheck.h"
#include "memberservice.h"
#include "reportservice.h"
#include "sqlite/buyersets.h"
#include "testdb.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

namespace {

QByteArray set(std::initializer_list<std::pair<int, int>> entries)
{
    QByteArray out;
    for (const auto &[low, sales] : entries) {
        const char b[4] = {char(low & 0xFF), char(low >> 8), char(sales & 0xFF), char(sales >> 8)};
        out.append(b, 4);
    }
    return out;
}

const QDate kFirst(2025, 6, 1); // the first day with sales
constexpr int kDays = 300;
const QString kOtherTill = QStringLiteral("00000000-0000-7000-8000-0000000000b2");

} // namespace

class TestMemberActivity : public QObject
{
    Q_OBJECT
private slots:
    void sets_data();
    void sets();
    void aggregateIsCanonical();

    void initTestCase();
    void cleanupTestCase();
    void matchesTheSales_data();
    void matchesTheSales();
    void mergeMovesTheSets();
    void checkFindsAWrongSet();

private:
    // The report's figures as the sales say them, by the pre-v14 queries.
    ReportService::Members fromTheSales(const ReportService::Period &p);
    qint64 scalar(const QString &sql, const QVariantList &values);
    void compareAll(const char *stage);
    // Each figure the buyers' sets give against the same figure from the sales.
    static void compareFigures(const ReportService::Members &got, const ReportService::Members &want);

    std::unique_ptr<TestDb> m_t;
    QVector<qint64> m_members;
};

void TestMemberActivity::sets_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("delta");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("into nothing") << QByteArray() << 7 << 1 << set({{7, 1}});
    QTest::newRow("first") << set({{5, 1}, {9, 2}}) << 2 << 1 << set({{2, 1}, {5, 1}, {9, 2}});
    QTest::newRow("between") << set({{5, 1}, {9, 2}}) << 6 << 1 << set({{5, 1}, {6, 1}, {9, 2}});
    QTest::newRow("last") << set({{5, 1}, {9, 2}}) << 8191 << 1 << set({{5, 1}, {9, 2}, {8191, 1}});
    QTest::newRow("again") << set({{5, 1}, {9, 2}}) << 9 << 1 << set({{5, 1}, {9, 3}});
    QTest::newRow("one less") << set({{5, 1}, {9, 2}}) << 9 << -1 << set({{5, 1}, {9, 1}});
    QTest::newRow("gone") << set({{5, 1}, {9, 2}}) << 5 << -1 << set({{9, 2}});
    QTest::newRow("last gone") << set({{5, 1}}) << 5 << -1 << QByteArray();
    QTest::newRow("absent stays absent") << set({{5, 1}}) << 6 << -1 << set({{5, 1}});
    QTest::newRow("absent, first") << set({{5, 1}}) << 1 << -1 << set({{5, 1}});
    QTest::newRow("ids above 255") << set({{300, 1}}) << 299 << 1 << set({{299, 1}, {300, 1}});
}

void TestMemberActivity::sets()
{
    QFETCH(QByteArray, before);
    QFETCH(int, low);
    QFETCH(int, delta);
    QFETCH(QByteArray, after);
    QCOMPARE(BuyerSets::add(before, std::uint16_t(low), delta).toHex(' '), after.toHex(' '));
    // Adding the one-entry set is the same as adding the entry.
    if (delta > 0)
        QCOMPARE(BuyerSets::unite(before, set({{low, delta}})).toHex(' '), after.toHex(' '));
}

void TestMemberActivity::aggregateIsCanonical()
{
    // buyers_agg (the migration, the sync) and buyers_add (the trigger, a sale at a time) make the
    // same bytes, whatever order the ids come in.
    TestDb t;
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT hex(buyers_agg(v)) FROM (SELECT 300 AS v UNION ALL SELECT 4 UNION "
                                  "ALL SELECT 300 UNION ALL SELECT 8191 UNION ALL SELECT 0)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(),
             QString::fromLatin1(set({{0, 1}, {4, 1}, {300, 2}, {8191, 1}}).toHex().toUpper()));
    QVERIFY(
        q.exec(QStringLiteral("SELECT hex(buyers_add(buyers_add(buyers_add(NULL, 300, 1), 4, 1), 300, 1)), "
                              "hex(buyers_union(buyers_add(NULL, 4, 1), buyers_add(NULL, 4, 2)))")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString::fromLatin1(set({{4, 1}, {300, 2}}).toHex().toUpper()));
    QCOMPARE(q.value(1).toString(), QString::fromLatin1(set({{4, 3}}).toHex().toUpper()));
    // An id outside the chunk is refused, not wrapped into another member.
    QVERIFY(!q.exec(QStringLiteral("SELECT buyers_add(NULL, 8192, 1)")));
}

void TestMemberActivity::initTestCase()
{
    m_t = std::make_unique<TestDb>(QStringLiteral("EUR"), QDateTime(QDate(2025, 5, 1), QTime(9, 0), Qt::UTC));
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    QRandomGenerator rng(20261202);
    // 120 members who join over the span (some before the first sale), so that "new" varies.
    for (int i = 0; i < 120; ++i) {
        const qint64 id = m_t->addMember(QStringLiteral("Member %1").arg(i),
                                         CardNumber::makeEan13(QStringLiteral("29"), i + 1));
        QVERIFY(id);
        if (i == 40 || i == 80) {
            // Ids that cross chunks of 8,192 (8,190, 8,191, 8,192, ...; then past 16,384): the sets of
            // one day are then several rows.
            QVERIFY(
                m_t->db()
                    .execScript(QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE members SET id = id + 8150 "
                                               "WHERE id = %1; UPDATE cards SET member_id = member_id + 8150 "
                                               "WHERE member_id = %1; PRAGMA foreign_keys = ON;")
                                    .arg(id))
                    .ok());
            m_members << id + 8150;
            continue;
        }
        const QDateTime joined
            = QDateTime(kFirst.addDays(int(rng.bounded(kDays + 60)) - 60), QTime(10, 0), Qt::UTC);
        QSqlQuery up(m_t->db().connection());
        QVERIFY(up.prepare(QStringLiteral("UPDATE members SET created_at = ? WHERE id = ?")));
        up.addBindValue(Ids::utcText(joined));
        up.addBindValue(id);
        QVERIFY2(up.exec(), qPrintable(up.lastError().text()));
        m_members << id;
    }
    // 4,000 purchases in a random order of days (as a late sync brings them), at this till and another,
    // a tenth walk-ins and a tenth refunds; a few regulars buy most. One transaction.
    QVERIFY(m_t->db().connection().transaction());
    QSqlQuery ins(m_t->db().connection());
    QVERIFY(ins.prepare(QStringLiteral(
        "INSERT INTO purchases (uuid, origin_terminal, receipt_no, kind, member_id, currency, "
        "subtotal_minor, "
        "total_minor, business_day, created_at) VALUES (?, ?, ?, ?, ?, 'EUR', 100, 100, ?, ?)")));
    for (int i = 0; i < 4000; ++i) {
        const QDate day = kFirst.addDays(int(rng.bounded(kDays)));
        const bool other = rng.bounded(3) == 0;
        const double u = rng.generateDouble();
        QVariant member;
        if (u >= 0.1) {
            const int pick = rng.bounded(4) == 0 ? int(rng.bounded(8)) : int(rng.bounded(m_members.size()));
            member = m_members.at(pick);
        }
        ins.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        ins.addBindValue(other ? kOtherTill : m_t->terminal().uuid);
        ins.addBindValue(i + 1000);
        ins.addBindValue(rng.bounded(10) == 0 ? QStringLiteral("refund") : QStringLiteral("sale"));
        ins.addBindValue(member);
        ins.addBindValue(Ids::dayText(day));
        ins.addBindValue(Ids::utcText(QDateTime(day, QTime(12, 0), Qt::UTC)));
        QVERIFY2(ins.exec(), qPrintable(ins.lastError().text()));
    }
    QVERIFY(m_t->db().connection().commit());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(DISTINCT chunk) FROM buyer_days")), qint64(3));
}

void TestMemberActivity::cleanupTestCase()
{
    m_t.reset();
}

qint64 TestMemberActivity::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_t->db().connection());
    if (!q.prepare(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

ReportService::Members TestMemberActivity::fromTheSales(const ReportService::Period &p)
{
    ReportService::Members m;
    // Enrolled in the period: created_at (UTC) from the start of its first local day to the next
    // after its last, as the report reads it.
    const QString from = Ids::utcText(p.from.startOfDay()),
                  until = Ids::utcText(p.to.addDays(1).startOfDay());
    const QString terminal = p.terminal.isEmpty() ? QString() : QStringLiteral(" AND origin_terminal = ?");
    auto values = [&](QVariantList v) {
        if (!p.terminal.isEmpty())
            v << p.terminal;
        return v;
    };
    const QString sales = QStringLiteral("FROM purchases WHERE kind = 'sale' AND member_id IS NOT NULL AND "
                                         "business_day BETWEEN ? AND ?")
        + terminal;
    const QString enrolled
        = QStringLiteral("member_id IN (SELECT id FROM members WHERE created_at >= '%1' AND "
                         "created_at < '%2')")
              .arg(from, until);
    const QVariantList period = values({Ids::dayText(p.from), Ids::dayText(p.to)});
    m.newMembers = scalar(QStringLiteral("SELECT count(*) FROM members WHERE merged_into IS NULL AND "
                                         "created_at >= ? AND created_at < ?"),
                          {from, until});
    m.active = scalar(QStringLiteral("SELECT count(DISTINCT member_id) ") + sales, period);
    m.repeat = scalar(QStringLiteral("SELECT count(*) FROM (SELECT member_id ") + sales
                          + QStringLiteral(" GROUP BY member_id HAVING count(*) >= 2)"),
                      period);
    m.memberSales = scalar(QStringLiteral("SELECT count(*) ") + sales, period);
    const QDate endFrom = qMax(p.from, p.to.addDays(1 - ReportService::kActiveDays));
    m.activeAtStart = scalar(QStringLiteral("SELECT count(DISTINCT member_id) ") + sales,
                             values({Ids::dayText(p.from.addDays(-ReportService::kActiveDays)),
                                     Ids::dayText(p.from.addDays(-1))}));
    const QVariantList end = values({Ids::dayText(endFrom), Ids::dayText(p.to)});
    m.activeAtEnd = scalar(QStringLiteral("SELECT count(DISTINCT member_id) ") + sales, end);
    m.newActiveAtEnd = scalar(QStringLiteral("SELECT count(DISTINCT member_id) ") + sales
                                  + QStringLiteral(" AND ") + enrolled,
                              end);
    return m;
}

void TestMemberActivity::matchesTheSales_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("otherTill");
    const QDate last = kFirst.addDays(kDays - 1);
    QTest::newRow("one day") << kFirst.addDays(150) << kFirst.addDays(150) << false;
    QTest::newRow("30 days") << kFirst.addDays(120) << kFirst.addDays(149) << false;
    QTest::newRow("90 days, its own end window") << kFirst.addDays(100) << kFirst.addDays(189) << false;
    QTest::newRow("91 days") << kFirst.addDays(100) << kFirst.addDays(190) << false;
    QTest::newRow("the whole span and before") << kFirst.addDays(-30) << last << false;
    QTest::newRow("a year, ending after the sales") << last.addDays(-200) << last.addDays(164) << false;
    QTest::newRow("before any sale") << kFirst.addDays(-100) << kFirst.addDays(-1) << false;
    QTest::newRow("30 days, one till") << kFirst.addDays(120) << kFirst.addDays(149) << true;
    QTest::newRow("200 days, one till") << kFirst.addDays(95) << kFirst.addDays(294) << true;
}

void TestMemberActivity::compareFigures(const ReportService::Members &got, const ReportService::Members &want)
{
    QCOMPARE(got.active, want.active);
    QCOMPARE(got.repeat, want.repeat);
    QCOMPARE(got.memberSales, want.memberSales);
    QCOMPARE(got.newMembers, want.newMembers);
    QCOMPARE(got.activeAtStart, want.activeAtStart);
    QCOMPARE(got.activeAtEnd, want.activeAtEnd);
    QCOMPARE(got.newActiveAtEnd, want.newActiveAtEnd);
}

void TestMemberActivity::compareAll(const char *stage)
{
    ReportService reports(m_t->context());
    const QDate last = kFirst.addDays(kDays - 1);
    for (const auto &[from, to, till] : {std::tuple(kFirst.addDays(120), kFirst.addDays(149), QString()),
                                         std::tuple(kFirst.addDays(10), last, QString()),
                                         std::tuple(kFirst.addDays(95), kFirst.addDays(294), kOtherTill)}) {
        const ReportService::Period p {from, to, till};
        auto got = reports.members(p);
        QVERIFY2(got.ok(), qPrintable(got.error().message));
        const ReportService::Members want = fromTheSales(p);
        QVERIFY2(want.active > 0, stage);
        compareFigures(got.value(), want);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestMemberActivity::matchesTheSales()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, otherTill);
    const ReportService::Period p {from, to, otherTill ? kOtherTill : QString()};
    auto got = ReportService(m_t->context()).members(p);
    QVERIFY2(got.ok(), qPrintable(got.error().message));
    const ReportService::Members want = fromTheSales(p);
    compareFigures(got.value(), want);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(got->retentionBasisPoints.has_value(), want.activeAtStart > 0);
}

void TestMemberActivity::mergeMovesTheSets()
{
    // Two regulars merged into one (their sales on the same days count once), and one into a member
    // who never bought: the figures follow the sales to the member kept.
    MemberService members(m_t->context());
    QVERIFY(members.merge(m_members.at(0), m_members.at(1)).ok());
    QVERIFY(members.merge(m_members.at(110), m_members.at(2)).ok());
    compareAll("after the merges");
    // And the check agrees with the sets.
    auto report = IntegrityCheck(m_t->db()).run();
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(QLatin1Char('\n'))));
}

void TestMemberActivity::checkFindsAWrongSet()
{
    // A set changed by hand (or a trigger dropped) makes the members report lie: check says so.
    QVERIFY(m_t->db()
                .execScript(QStringLiteral(
                    "UPDATE buyer_days SET members = buyers_add(members, 3, 1) WHERE (business_day, "
                    "origin_terminal, chunk) = (SELECT business_day, origin_terminal, chunk FROM buyer_days "
                    "LIMIT 1)"))
                .ok());
    auto report = IntegrityCheck(m_t->db()).run();
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(QLatin1String("who bought on which day")),
             qPrintable(report->problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestMemberActivity)
#include "tst_memberactivity.moc"
