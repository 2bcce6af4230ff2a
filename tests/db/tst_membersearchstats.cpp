// MemberSearch with the common-trigram statistics: leaving very common trigrams out of the FTS5 MATCH
// and checking the candidates must find exactly what the plain phrase finds, in the same order.
#include "membersearch.h"
#include "testdb.h"

#include <QtTest>

#include <memory>

class TestMemberSearchStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statisticsNameTheCommonTrigrams();
    void sameResultsWithStatistics_data();
    void sameResultsWithStatistics();
    void refreshIfStale();
    void fewMembersHaveNoCommonTrigrams();

private:
    QVector<qint64> ids(const QString &query, bool *truncated = nullptr);
    std::unique_ptr<TestDb> m_t;
};

void TestMemberSearchStats::initTestCase()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    // 12,000 members: every one has an e-mail at example.com, so "exa" is in all of them; names in three
    // scripts; numbers make most phrases rare.
    QVERIFY(
        m_t->db()
            .execScript(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000) "
                "INSERT INTO members (uuid, origin_terminal, name, email, created_at, updated_at, "
                "search_text) "
                "SELECT 'u' || i, 't', name, email, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', "
                "name || ' ' || email FROM (SELECT i, "
                "  CASE i % 3 WHEN 0 THEN 'anna ivanova' WHEN 1 THEN 'борис петров' ELSE '王伟' END "
                "  || ' ' || i AS name, 'member' || i || '@example.com' AS email FROM n)"))
            .ok());
}

QVector<qint64> TestMemberSearchStats::ids(const QString &query, bool *truncated)
{
    MemberSearch search(m_t->db());
    auto r = search.search(query);
    if (!r) {
        qWarning("search failed: %s", qPrintable(r.error().message));
        return {};
    }
    if (truncated)
        *truncated = r->truncated;
    return r->ids;
}

void TestMemberSearchStats::statisticsNameTheCommonTrigrams()
{
    MemberSearch search(m_t->db());
    QVERIFY(search.refreshStatistics(m_t->terminal().uuid, m_t->clock().nowUtc()).ok());
    const QString stored = QString::number(m_t->scalar(
        QStringLiteral("SELECT json_extract(value, '$.trigrams.exa') FROM settings WHERE key = '%1'")
            .arg(QLatin1String(MemberSearch::kStatsKey))));
    QCOMPARE(stored, QStringLiteral("12000"));
    // A trigram of the rare numbers is not there.
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT json_extract(value, '$.trigrams.\"123\"') IS NULL FROM settings "
                                   "WHERE key = '%1'")
                        .arg(QLatin1String(MemberSearch::kStatsKey))),
        1);
}

void TestMemberSearchStats::sameResultsWithStatistics_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("number and the common domain") << "1234@exam";
    QTest::newRow("common only") << "example";
    QTest::newRow("rare number") << "r11999@";
    QTest::newRow("name and number") << "ivanova 3";
    QTest::newRow("cyrillic and number") << "петров 100";
    QTest::newRow("chinese and number") << "王伟 11";
    QTest::newRow("pieces apart") << "ber77@example.co";
    QTest::newRow("nothing") << "zzz@example";
}

void TestMemberSearchStats::sameResultsWithStatistics()
{
    QFETCH(QString, query);
    QVERIFY(m_t->db()
                .execScript(QStringLiteral("DELETE FROM settings WHERE key = '%1'")
                                .arg(QLatin1String(MemberSearch::kStatsKey)))
                .ok());
    bool plainCut = false, statsCut = false;
    const QVector<qint64> plain = ids(query, &plainCut);
    MemberSearch search(m_t->db());
    QVERIFY(search.refreshStatistics(m_t->terminal().uuid, m_t->clock().nowUtc()).ok());
    const QVector<qint64> withStats = ids(query, &statsCut);
    QCOMPARE(withStats, plain);
    QCOMPARE(statsCut, plainCut);
}

void TestMemberSearchStats::refreshIfStale()
{
    MemberSearch search(m_t->db());
    const QDateTime now = m_t->clock().nowUtc();
    QVERIFY(search.refreshStatistics(m_t->terminal().uuid, now).ok());
    auto again = search.refreshIfStale(m_t->terminal().uuid, now.addSecs(3600), 86400);
    QVERIFY(again.ok());
    QVERIFY(!again.value());
    again = search.refreshIfStale(m_t->terminal().uuid, now.addDays(2), 86400);
    QVERIFY(again.ok());
    QVERIFY(again.value());
}

void TestMemberSearchStats::fewMembersHaveNoCommonTrigrams()
{
    TestDb small;
    QVERIFY(small.ok());
    QVERIFY(small.addMember(QStringLiteral("Anna Example"), QStringLiteral("2000000000015")) > 0);
    MemberSearch search(small.db());
    QVERIFY(search.refreshStatistics(small.terminal().uuid, small.clock().nowUtc()).ok());
    QCOMPARE(small.scalar(
                 QStringLiteral("SELECT json_extract(value, '$.threshold') FROM settings WHERE key = '%1'")
                     .arg(QLatin1String(MemberSearch::kStatsKey))),
             10000);
    QCOMPARE(
        small.scalar(QStringLiteral("SELECT count(*) FROM settings, json_each(settings.value, '$.trigrams') "
                                    "WHERE settings.key = '%1'")
                         .arg(QLatin1String(MemberSearch::kStatsKey))),
        0);
    auto r = search.search(QStringLiteral("example"));
    QVERIFY(r.ok());
    QCOMPARE(r->ids.size(), 1);
}

QTEST_GUILESS_MAIN(TestMemberSearchStats)
#include "tst_membersearchstats.moc"
