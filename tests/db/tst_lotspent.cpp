// What each lot has given (schema v16, points_lot_spent) is kept three ways: by the allocations'
// trigger (a sale paid with points, a refund), by the expiry step set-wise, and by the upgrade,
// which adds up the allocations a file already holds. Each is compared with the allocations grouped
// by lot, and `check` sees a sum that disagrees.
#include "expiryservice.h"
#include "integritycheck.h"
#include "testdb.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

class TestLotSpent : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void saleAndExpiryKeepIt();
    void upgradeAddsUpTheAllocations();
    void checkSeesADifference_data();
    void checkSeesADifference();

private:
    // Rows of a query, one text line each, sorted.
    static QStringList rows(Database &db, const QString &sql);
    static QStringList kept(Database &db)
    {
        return rows(db, QStringLiteral("SELECT member_id, lot_id, points FROM points_lot_spent"));
    }
    static QStringList allocated(Database &db)
    {
        return rows(db,
                    QStringLiteral("SELECT l.member_id, a.lot_id, SUM(a.points) FROM points_allocations a "
                                   "JOIN points_ledger l ON l.id = a.lot_id GROUP BY a.lot_id"));
    }
    QStringList lotProblems()
    {
        auto report = IntegrityCheck(m_t->db()).run();
        return report.ok() ? report->problems.filter(QRegularExpression(QStringLiteral("lots of points")))
                           : QStringList {QStringLiteral("check failed")};
    }
    std::unique_ptr<TestDb> m_t;
};

QStringList TestLotSpent::rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {QStringLiteral("failed: ") + sql};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 3; ++i)
            cells << q.value(i).toString();
        out << cells.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

void TestLotSpent::init()
{
    m_t = std::make_unique<TestDb>(QStringLiteral("EUR"),
                                   QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    QVERIFY(m_t->changeProgram([](PricingProgram &p) {
        p.redemption.enabled = true;
        p.redemption.minorPerPoint = 1;
        p.redemption.maxShareBasisPoints = 10000;
    }));
}

void TestLotSpent::cleanup()
{
    m_t.reset();
}

void TestLotSpent::saleAndExpiryKeepIt()
{
    const qint64 anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"));
    const qint64 boris = m_t->addMember(QStringLiteral("Boris Ivanov"), QStringLiteral("2000000000022"));
    QVERIFY(anna && boris);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(m_t->sell(anna, 2500).purchase.id);
        QVERIFY(m_t->sell(boris, 1800).purchase.id);
        m_t->clock().advanceDays(1);
    }
    // Paid with points: the first lots give, the first of them whole and the next in part.
    const SaleResult paid = m_t->sell(anna, 900, 30);
    QCOMPARE(paid.purchase.pointsRedeemed, qint64(30));
    QVERIFY(!kept(m_t->db()).isEmpty());
    QCOMPARE(kept(m_t->db()), allocated(m_t->db()));

    // A year on the rest expires: the lot given in part gives what it had left, in the same row.
    m_t->clock().advanceDays(400);
    ServiceContext ctx = m_t->context();
    auto expired = ExpiryService(ctx).run();
    QVERIFY2(expired.ok(), qPrintable(expired.ok() ? QString() : expired.error().detail));
    QVERIFY(expired->points > 0);
    QCOMPARE(kept(m_t->db()), allocated(m_t->db()));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_lot_spent s JOIN points_ledger l ON "
                                        "l.id = s.lot_id WHERE s.points <> l.points")),
             qint64(0));
    QCOMPARE(lotProblems(), QStringList());
}

void TestLotSpent::upgradeAddsUpTheAllocations()
{
    const QString path = m_t->dirPath() + QStringLiteral("/v15.sqlite");
    {
        auto v15 = Database::openAtVersion(path, 15);
        QVERIFY2(v15.ok(), qPrintable(v15.error().message));
        // Two members, three lots each, and a redemption of each member taking from two lots.
        QVERIFY(v15.value()->execScript(QStringLiteral(
            "INSERT INTO terminals (uuid, name, store_name, currency, is_local, created_at) VALUES "
            "('t', 'Till', 'Shop', 'EUR', 1, '2026-01-01T00:00:00.000Z'); "
            "INSERT INTO members (uuid, origin_terminal, name, created_at, updated_at) VALUES "
            "('m1', 't', 'Anna', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'), "
            "('m2', 't', 'Boris', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'); "
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6) "
            "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, expires_on, reason, "
            "created_at) SELECT 'lot' || i, 't', 1 + i % 2, 'bonus', 10 * i, '2027-01-01', 'Bonus', "
            "'2026-01-02T00:00:00.000Z' FROM n; "
            "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, reason, created_at) "
            "VALUES ('r1', 't', 1, 'adjust', -25, 'Spent', '2026-01-03T00:00:00.000Z'), "
            "('r2', 't', 2, 'adjust', -15, 'Spent', '2026-01-03T00:00:00.000Z'); "
            "INSERT INTO points_allocations (uuid, entry_id, lot_id, points) VALUES "
            "('a1', 7, 2, 20), ('a2', 7, 4, 5), ('a3', 8, 1, 10), ('a4', 8, 3, 5);")));
    }
    auto now = Database::open(path, Database::Mode::ExistingOnly);
    QVERIFY2(now.ok(), qPrintable(now.error().message));
    QCOMPARE(kept(*now.value()),
             (QStringList {QStringLiteral("1|2|20"), QStringLiteral("1|4|5"), QStringLiteral("2|1|10"),
                           QStringLiteral("2|3|5")}));
    QCOMPARE(kept(*now.value()), allocated(*now.value()));
}

void TestLotSpent::checkSeesADifference_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("a sum off by one") << QStringLiteral(
        "UPDATE points_lot_spent SET points = points + 1 WHERE lot_id = (SELECT min(lot_id) "
        "FROM points_lot_spent)");
    QTest::newRow("a lot that gave nothing")
        << QStringLiteral("INSERT INTO points_lot_spent (member_id, lot_id, points) SELECT member_id, id, 1 "
                          "FROM points_ledger WHERE points > 0 AND id NOT IN (SELECT lot_id FROM "
                          "points_lot_spent) LIMIT 1");
    QTest::newRow("a lot's sum gone") << QStringLiteral(
        "DELETE FROM points_lot_spent WHERE lot_id = (SELECT max(lot_id) FROM points_lot_spent)");
}

void TestLotSpent::checkSeesADifference()
{
    QFETCH(QString, edit);
    const qint64 anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_t->sell(anna, 2500).purchase.id);
    QVERIFY(m_t->sell(anna, 900, 30).purchase.pointsRedeemed > 0);
    QCOMPARE(lotProblems(), QStringList());
    QVERIFY(m_t->db().execScript(edit));
    const QStringList found = lotProblems();
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith(QLatin1String("1 lots")), qPrintable(found.first()));
}

QTEST_GUILESS_MAIN(TestLotSpent)
#include "tst_lotspent.moc"
