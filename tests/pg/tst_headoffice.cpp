#include "headoffice.h"
#include "memberservice.h"
#include "programservice.h"
#include "reportservice.h"
#include "syncservice.h"
#include "testdb.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Two stores and a head office on a real PostgreSQL server, which CTest starts for this test
// (tests/pg/pgserver.sh). Without the server this test fails: it never passes by skipping.
class TestHeadOffice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void schemaIsCreatedOnceAndANewerOneRefused();
    void enrolledAtBFoundAndRedeemedAtA();
    void lostAcknowledgementDoublesNothing();
    void pullReplayedChangesNothing();
    void pullResumesChunkByChunk();
    void offlineDoubleRedemptionIsFlagged();
    void serverDownChangesNothing();
    void aSyncWithNothingToSendClearsTheFailure();
    void wrongPasswordIsNamed();
    void unknownDatabaseIsNamed();
    void foreignCurrencyIsRefused();
    void fileBatchesFirstThenTheHeadOffice();
    void cashierMayNotExchange();

private:
    QString conninfo(const QString &dbname, const QString &password = {}) const;
    Result<HeadOffice::Exchange> syncNow(TestDb &t, int chunk = 5000);
    qint64 pgScalar(const QString &sql);

    QString m_base; // conninfo of the server's postgres database
    QString m_db; // this test function's head office database
    std::unique_ptr<TestDb> m_a, m_b;
    int m_count = 0;
};

void TestHeadOffice::initTestCase()
{
    QFile f(QStringLiteral(LOYALTY_PG_DIR "/conninfo"));
    if (!f.open(QIODevice::ReadOnly))
        QFAIL("The test PostgreSQL server is not running (tests/pg/pgserver.sh start did not succeed).");
    m_base = QString::fromUtf8(f.readAll()).trimmed();
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
}

QString TestHeadOffice::conninfo(const QString &dbname, const QString &password) const
{
    QString c = m_base;
    c.replace(QStringLiteral("dbname=postgres"), QStringLiteral("dbname=") + dbname);
    if (!password.isEmpty())
        c.replace(QStringLiteral("password=loyalty-test"), QStringLiteral("password=") + password);
    return c;
}

void TestHeadOffice::init()
{
    // A fresh head office database for every test function.
    m_db = QStringLiteral("ho_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_count);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(m_base.section(QStringLiteral("port="), 1).section(QLatin1Char(' '), 0, 0).toInt());
        admin.setDatabaseName(QStringLiteral("postgres"));
        admin.setUserName(QStringLiteral("loyalty"));
        admin.setPassword(QStringLiteral("loyalty-test"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE ") + m_db), qPrintable(q.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));

    m_a = std::make_unique<TestDb>();
    m_b = std::make_unique<TestDb>();
    QVERIFY(m_a->ok() && m_b->ok());
    // The chain lets members pay with points; the program reaches B through the head office.
    ProgramService programs(m_a->db());
    PricingProgram p = programs.inForce(m_a->terminal(), m_a->clock().nowUtc())->program;
    p.redemption.enabled = true;
    p.redemption.minorPerPoint = 1;
    p.redemption.maxShareBasisPoints = 10000;
    QVERIFY(
        programs
            .publish(m_a->terminal(), p, m_a->clock().nowUtc(), m_a->clock().nowUtc(), Actor::machineOwner())
            .ok());
}

void TestHeadOffice::cleanup()
{
    m_a.reset();
    m_b.reset();
}

Result<HeadOffice::Exchange> TestHeadOffice::syncNow(TestDb &t, int chunk)
{
    ServiceContext ctx = t.context();
    HeadOffice office(ctx, conninfo(m_db));
    office.setChunkRows(chunk);
    return office.sync();
}

qint64 TestHeadOffice::pgScalar(const QString &sql)
{
    qint64 out = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("peek"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_base.section(QStringLiteral("port="), 1).section(QLatin1Char(' '), 0, 0).toInt());
        db.setDatabaseName(m_db);
        db.setUserName(QStringLiteral("loyalty"));
        db.setPassword(QStringLiteral("loyalty-test"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                out = q.value(0).toLongLong();
            else
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return out;
}

void TestHeadOffice::schemaIsCreatedOnceAndANewerOneRefused()
{
    ServiceContext ctx = m_a->context();
    {
        HeadOffice office(ctx, conninfo(m_db));
        auto r = office.connect();
        QVERIFY2(r.ok(), qPrintable(r.error().message + QLatin1Char(' ') + r.error().detail));
    }
    QCOMPARE(pgScalar(QStringLiteral("SELECT max(version) FROM loyalty_schema")), HeadOffice::kSchemaVersion);
    {
        HeadOffice again(ctx, conninfo(m_db)); // a second contact migrates nothing
        QVERIFY(again.connect().ok());
    }
    QCOMPARE(pgScalar(QStringLiteral("SELECT count(*) FROM loyalty_schema")), 1);
    QCOMPARE(pgScalar(QStringLiteral("SELECT count(*) FROM terminals")), 1);
    pgScalar(QStringLiteral("UPDATE loyalty_schema SET version = 99 RETURNING version"));
    HeadOffice newer(ctx, conninfo(m_db));
    auto r = newer.connect();
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::TooNew);
}

void TestHeadOffice::enrolledAtBFoundAndRedeemedAtA()
{
    QVERIFY(syncNow(*m_a)); // the program goes up first
    const qint64 atB = m_b->addMember(QStringLiteral("Boris"), QStringLiteral("2000000000022"));
    QVERIFY(syncNow(*m_b)); // B takes the chain's program...
    m_b->sell(atB, 4000); // ... and Boris earns 40 at B
    auto b = syncNow(*m_b);
    QVERIFY2(b, qPrintable(b.error().message));
    QVERIFY(b->pushed > 0);

    auto a = syncNow(*m_a);
    QVERIFY2(a, qPrintable(a.error().message));
    auto found = MemberService(m_a->context()).lookup(QStringLiteral("2000000000022"));
    QVERIFY2(found, "the member enrolled at B is found at A");
    const qint64 atA = found->member.id;
    QCOMPARE(m_a->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(atA)), 40);
    QCOMPARE(m_a->sell(atA, 25, 25).purchase.pointsRedeemed, 25); // redeems at A

    QVERIFY(syncNow(*m_a));
    QVERIFY(syncNow(*m_b));
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(atB)), 15);
    QCOMPARE(m_a->fingerprint(), m_b->fingerprint());
    // The head office's own view agrees.
    QCOMPARE(pgScalar(QStringLiteral("SELECT points FROM points_balances")), 15);
    QCOMPARE(pgScalar(QStringLiteral("SELECT count(*) FROM members WHERE name = 'Boris'")), 1);
    // Both sides say when they last synced and that nothing waits.
    ServiceContext ctx = m_a->context();
    auto st = SyncService(ctx).status();
    QCOMPARE(st->waiting, 0);
    QVERIFY(st->lastSyncAt.isValid());
    QVERIFY(st->lastError.isEmpty());
}

void TestHeadOffice::lostAcknowledgementDoublesNothing()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_a->sell(anna, 2500);
    // The terminal stops after the head office committed and before it noted so: the same rows, with
    // the same numbers, are still in its outbox and go again.
    QVERIFY(m_a->db()
                .execScript(QStringLiteral("CREATE TABLE kept AS SELECT * FROM sync_outbox; "
                                           "CREATE TABLE kept_state AS SELECT * FROM sync_state"))
                .ok());
    QVERIFY(syncNow(*m_a));
    const qint64 journal = pgScalar(QStringLiteral("SELECT count(*) FROM changes"));
    QVERIFY(journal > 0);
    QVERIFY(
        m_a->db()
            .execScript(QStringLiteral("INSERT INTO sync_outbox SELECT * FROM kept; DELETE FROM sync_state; "
                                       "INSERT INTO sync_state SELECT * FROM kept_state"))
            .ok());
    auto again = syncNow(*m_a);
    QVERIFY(again);
    QVERIFY(again->pushed > 0);
    QCOMPARE(pgScalar(QStringLiteral("SELECT count(*) FROM changes")), journal);
    QVERIFY(syncNow(*m_b));
    QCOMPARE(m_b->fingerprint(), m_a->fingerprint());
    QCOMPARE(pgScalar(QStringLiteral("SELECT points FROM points_balances")), 25);
}

void TestHeadOffice::pullReplayedChangesNothing()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_a->sell(anna, 2500);
    QVERIFY(syncNow(*m_a));
    QVERIFY(syncNow(*m_b));
    const QString once = m_b->fingerprint();
    // B forgets how far it read (its file restored from a backup, say) and reads everything again.
    QVERIFY(m_b->db()
                .execScript(QStringLiteral("UPDATE sync_state SET value = '0' WHERE key = 'pull_seq'"))
                .ok());
    auto replay = syncNow(*m_b);
    QVERIFY(replay);
    QVERIFY(replay->pulled.rows > 0);
    QCOMPARE(replay->pulled.applied, 0);
    QCOMPARE(m_b->fingerprint(), once);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT SUM(sales) FROM daily_sales")), 1);
}

void TestHeadOffice::pullResumesChunkByChunk()
{
    for (int i = 0; i < 4; ++i) {
        const qint64 m
            = m_a->addMember(QStringLiteral("Member %1").arg(i), QStringLiteral("20000000001%1").arg(i));
        m_a->sell(m, 1000 + i);
    }
    QVERIFY(syncNow(*m_a, 7)); // pushed in chunks of seven rows
    QVERIFY(pgScalar(QStringLiteral("SELECT count(*) FROM batches")) > 3);
    // B reads seven rows at a time, each chunk committed with its place: a cut between chunks loses
    // nothing and the next sync goes on from there.
    ServiceContext ctx = m_b->context();
    HeadOffice office(ctx, conninfo(m_db));
    office.setChunkRows(7);
    auto pulled = office.pull();
    QVERIFY2(pulled, qPrintable(pulled.error().message));
    QCOMPARE(pulled->waiting, 0);
    QVERIFY(m_b->scalar(QStringLiteral("SELECT count(*) FROM sync_batches WHERE direction = 'pull'")) > 3);
    QCOMPARE(m_b->fingerprint(), m_a->fingerprint());
}

void TestHeadOffice::offlineDoubleRedemptionIsFlagged()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_a->sell(anna, 3000);
    QVERIFY(syncNow(*m_a));
    QVERIFY(syncNow(*m_b));
    const qint64 atB = MemberService(m_b->context()).lookup(QStringLiteral("2000000000015"))->member.id;
    QCOMPARE(m_a->sell(anna, 30, 30).purchase.pointsRedeemed, 30); // the line is down: both spend
    QCOMPARE(m_b->sell(atB, 30, 30).purchase.pointsRedeemed, 30);
    QVERIFY(syncNow(*m_a));
    auto b = syncNow(*m_b);
    QVERIFY(b);
    QCOMPARE(b->pulled.overdrawn, QVector<qint64> {atB});
    auto a = syncNow(*m_a);
    QVERIFY(a);
    QCOMPARE(a->pulled.overdrawn, QVector<qint64> {anna});
    QCOMPARE(m_a->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(anna)), -30);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(atB)), -30);
    QCOMPARE(pgScalar(QStringLiteral("SELECT points FROM points_balances")), -30);
    ServiceContext ctx = m_b->context();
    auto list = ReportService(ctx).belowZero(10);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
}

void TestHeadOffice::serverDownChangesNothing()
{
    m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    ServiceContext ctx = m_a->context();
    const qint64 waiting = SyncService(ctx).status()->waiting;
    QString down = conninfo(m_db);
    down.replace(QRegularExpression(QStringLiteral("port=\\d+")), QStringLiteral("port=1"));
    HeadOffice office(ctx, down);
    auto r = office.sync();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("cannot be reached")), qPrintable(r.error().message));
    auto st = SyncService(ctx).status();
    QCOMPARE(st->waiting, waiting);
    QCOMPARE(st->lastError, r.error().message);
    QVERIFY(st->lastErrorAt.isValid());
    // The next sync that gets through clears the error.
    QVERIFY(syncNow(*m_a));
    QVERIFY(SyncService(ctx).status()->lastError.isEmpty());
}

void TestHeadOffice::aSyncWithNothingToSendClearsTheFailure()
{
    QVERIFY(syncNow(*m_a)); // everything is at the head office
    ServiceContext ctx = m_a->context();
    QString down = conninfo(m_db);
    down.replace(QRegularExpression(QStringLiteral("port=\\d+")), QStringLiteral("port=1"));
    HeadOffice office(ctx, down);
    QVERIFY(!office.sync());
    QVERIFY(!SyncService(ctx).status()->lastError.isEmpty());
    // The line is back; nothing waits to be sent and nothing new arrives: still a sync that went through.
    auto back = syncNow(*m_a);
    QVERIFY(back);
    QCOMPARE(back->pushed, 0);
    QCOMPARE(back->pulled.rows, 0);
    QVERIFY2(SyncService(ctx).status()->lastError.isEmpty(),
             qPrintable(SyncService(ctx).status()->lastError));
}

void TestHeadOffice::wrongPasswordIsNamed()
{
    ServiceContext ctx = m_a->context();
    HeadOffice office(ctx, conninfo(m_db, QStringLiteral("not-the-password")));
    auto r = office.sync();
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Forbidden);
    QVERIFY2(r.error().message.contains(QStringLiteral("refused the user name or password")),
             qPrintable(r.error().message));
}

void TestHeadOffice::unknownDatabaseIsNamed()
{
    ServiceContext ctx = m_a->context();
    HeadOffice office(ctx, conninfo(QStringLiteral("no_such_office")));
    auto r = office.sync();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("no database by that name")),
             qPrintable(r.error().message));
}

void TestHeadOffice::foreignCurrencyIsRefused()
{
    QVERIFY(syncNow(*m_a)); // the head office keeps EUR from the first terminal on
    TestDb lev(QStringLiteral("BGN"));
    QVERIFY(lev.ok());
    lev.addMember(QStringLiteral("Ivan"), QStringLiteral("2000000000039"));
    auto r = syncNow(lev);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("keeps its accounts in EUR")),
             qPrintable(r.error().message));
    QCOMPARE(pgScalar(QStringLiteral("SELECT count(*) FROM terminals")), 1);
    ServiceContext ctx = lev.context();
    QVERIFY(SyncService(ctx).status()->waiting > 0);
}

void TestHeadOffice::fileBatchesFirstThenTheHeadOffice()
{
    // A carried its changes to B on a stick for a while; then the chain got a head office. A's first
    // push still brings everything, so a third terminal that only knows the head office lacks nothing.
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_a->sell(anna, 2500);
    ServiceContext ctx = m_a->context();
    QTemporaryDir out;
    QVERIFY(SyncService(ctx).exportBatch(out.filePath(QStringLiteral("b1"))));
    QCOMPARE(SyncService(ctx).status()->waiting, 0);
    m_a->sell(anna, 1000);
    QVERIFY(syncNow(*m_a));
    QCOMPARE(SyncService(ctx).status()->waiting, 0);
    TestDb c;
    QVERIFY(c.ok());
    auto pulled = syncNow(c);
    QVERIFY(pulled);
    QCOMPARE(pulled->pulled.waiting, 0);
    QCOMPARE(c.scalar(QStringLiteral("SELECT points_balance FROM members")), 35);
    QCOMPARE(c.fingerprint(), m_a->fingerprint());
    // The next file batch carries what no file carried yet: the sale the head office got, and a new one.
    m_a->sell(anna, 500);
    auto again = SyncService(ctx).exportBatch(out.filePath(QStringLiteral("b2")));
    QVERIFY(again);
    QCOMPARE(again->rowsByTable.value(QStringLiteral("purchases")), 2);
}

// The head office holds every member's data: a cashier's push, pull or sync is refused before it
// connects, and nothing is noted here either; a manager's goes through.
void TestHeadOffice::cashierMayNotExchange()
{
    m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    ServiceContext cashier = m_a->context();
    cashier.actor.role = Role::Cashier;
    HeadOffice office(cashier, conninfo(m_db));
    auto pushed = office.push();
    QVERIFY(!pushed);
    QCOMPARE(pushed.error().kind, Error::Forbidden);
    auto pulled = office.pull();
    QVERIFY(!pulled);
    QCOMPARE(pulled.error().kind, Error::Forbidden);
    auto synced = office.sync();
    QVERIFY(!synced);
    QCOMPARE(synced.error().kind, Error::Forbidden);
    auto inWorker = HeadOffice::syncFile(m_a->path(), conninfo(m_db), cashier.actor);
    QVERIFY(!inWorker);
    QCOMPARE(inWorker.error().kind, Error::Forbidden);
    // Not even connected: the head office has no schema yet, and this terminal noted nothing.
    QCOMPARE(pgScalar(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                     "WHERE table_schema = 'public'")),
             0);
    QCOMPARE(m_a->scalar(QStringLiteral("SELECT count(*) FROM sync_state WHERE key IN "
                                        "('push_seq', 'pull_seq', 'last_sync_at', 'last_error')")),
             0);

    ServiceContext manager = m_a->context();
    manager.actor.role = Role::Manager;
    HeadOffice allowed(manager, conninfo(m_db));
    auto done = allowed.sync();
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QVERIFY(done->pushed > 0);
    QCOMPARE(pgScalar(QStringLiteral("SELECT count(*) FROM terminals")), 1);
}

QTEST_GUILESS_MAIN(TestHeadOffice)
#include "tst_headoffice.moc"
