#include "auditservice.h"
#include "checkoutservice.h"
#include "expiryservice.h"
#include "memberservice.h"
#include "programservice.h"
#include "refundservice.h"
#include "reportservice.h"
#include "syncservice.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

Q_DECLARE_METATYPE(SyncService::Journal)

// Two terminals, two files, batches carried between them as a manager would carry them.
class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void enrolAtAFoundAndRedeemedAtB();
    void sameBatchTwiceChangesNothing();
    void batchesInReverseOrderEndTheSame();
    void offlineDoubleRedemptionIsFlagged();
    void pointsExpireOnceOnEveryTerminal();
    void profileEditsMergeFieldByField();
    void erasureWinsOverAnOlderEdit();
    void importedRowsDoNotGoBack();
    void refundAndMergeTravel();
    void wholeRefundTakesTheVisitBack();
    void rollupsAndSearchAsWhereTheRowsWereMade();
    void cardsMergeAndANumberGivenTwiceIsKept();
    void everyInsertTriggerIsAccountedFor();
    void badBatchesAreRefused_data();
    void badBatchesAreRefused();
    void nothingToExport();
    void everythingSeedsANewTerminal();
    void anotherConnectionKeepsTheLog();
    void referencesAreCheckedAtOnce();
    void whichJournal_data();
    void whichJournal();
    void cashierMayNotExchange();
    void cancelledImportRollsBackWhole();

private:
    QString exportFrom(TestDb &t, bool everything = false);
    SyncSummary importInto(TestDb &t, const QString &dir);
    qint64 memberByCard(TestDb &t, const QString &card);
    qint64 balance(TestDb &t, qint64 member);
    // Rows of a query by their first keyColumns columns (text), the rest integers.
    using Rollup = QMap<QString, QVector<qint64>>;
    static Rollup rollup(TestDb &t, const QString &sql, int keyColumns);
    static Rollup sum(const Rollup &a, const Rollup &b);
    static QString triggers(TestDb &t);
    static QString journalMode(TestDb &t);

    std::unique_ptr<TestDb> m_a, m_b;
    std::unique_ptr<QTemporaryDir> m_out;
    int m_batches = 0;
    int m_notRollback = 0; // imports that were to take a rollback journal and did not
    bool m_anotherConnection = false;
};

// Every case twice: a batch applied through the write-ahead log (small batches, the usual way) and
// through a rollback journal (a large batch into a small file, a store's first sync).
void TestSync::initTestCase_data()
{
    QTest::addColumn<SyncService::Journal>("journal");
    QTest::newRow("write-ahead log") << SyncService::Journal::Log;
    QTest::newRow("rollback journal") << SyncService::Journal::Rollback;
}

void TestSync::init()
{
    QFETCH_GLOBAL(SyncService::Journal, journal);
    SyncService::journal = journal;
    m_notRollback = 0;
    m_anotherConnection = false;
    m_a = std::make_unique<TestDb>();
    m_b = std::make_unique<TestDb>();
    QVERIFY2(m_a->ok(), qPrintable(m_a->error()));
    QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
    QVERIFY(m_a->terminal().uuid != m_b->terminal().uuid);
    m_out = std::make_unique<QTemporaryDir>();
    m_batches = 0;
    // The chain lets members pay with points (1 point = 0.01); the program travels from A to B.
    ProgramService programs(m_a->db());
    PricingProgram p = programs.inForce(m_a->terminal(), m_a->clock().nowUtc())->program;
    p.redemption.enabled = true;
    p.redemption.minorPerPoint = 1;
    p.redemption.maxShareBasisPoints = 10000;
    auto r = programs.publish(m_a->terminal(), p, m_a->clock().nowUtc(), m_a->clock().nowUtc(),
                              Actor::machineOwner());
    QVERIFY2(r.ok(), qPrintable(r.error().message));
}

void TestSync::cleanup()
{
    // Whichever way a batch went, the files are back on the write-ahead log.
    for (TestDb *t : {m_a.get(), m_b.get()})
        if (t) {
            QCOMPARE(journalMode(*t), QStringLiteral("wal"));
            QCOMPARE(t->scalar(QStringLiteral("PRAGMA foreign_keys")), qint64(1));
        }
    SyncService::journal = SyncService::Journal::BySize;
    QCOMPARE(m_notRollback, 0);
    m_a.reset();
    m_b.reset();
    m_out.reset();
}

QString TestSync::exportFrom(TestDb &t, bool everything)
{
    const QString dir = m_out->filePath(QStringLiteral("batch%1").arg(++m_batches));
    ServiceContext ctx = t.context();
    auto s = SyncService(ctx).exportBatch(dir, everything);
    if (!s)
        qWarning("export failed: %s (%s)", qPrintable(s.error().message), qPrintable(s.error().detail));
    return dir;
}

SyncSummary TestSync::importInto(TestDb &t, const QString &dir)
{
    ServiceContext ctx = t.context();
    auto s = SyncService(ctx).importBatch(dir);
    if (!s) {
        qWarning("import failed: %s (%s)", qPrintable(s.error().message), qPrintable(s.error().detail));
        return {};
    }
    if (SyncService::journal == SyncService::Journal::Rollback && !s->rollbackJournal && !m_anotherConnection)
        ++m_notRollback;
    // The rollback journal's way leaves the references to one check of the whole file.
    if (s->rollbackJournal != s->nsByStep.contains(QStringLiteral("references checked")))
        ++m_notRollback;
    return s.value();
}

QString TestSync::journalMode(TestDb &t)
{
    QSqlQuery q(t.db().connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

qint64 TestSync::memberByCard(TestDb &t, const QString &card)
{
    auto v = MemberService(t.context()).lookup(card);
    return v ? v->member.id : 0;
}

qint64 TestSync::balance(TestDb &t, qint64 member)
{
    const qint64 cached
        = t.scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(member));
    const qint64 ledger
        = t.scalar(QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE member_id = %1")
                       .arg(member));
    if (cached != ledger)
        qWarning("balance %lld but ledger %lld", cached, ledger);
    return cached;
}

TestSync::Rollup TestSync::rollup(TestDb &t, const QString &sql, int keyColumns)
{
    Rollup out;
    QSqlQuery q(t.db().connection());
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next()) {
        QStringList key;
        QVector<qint64> values;
        for (int i = 0; i < q.record().count(); ++i) {
            if (i < keyColumns)
                key << q.value(i).toString();
            else
                values << q.value(i).toLongLong();
        }
        out.insert(key.join(QLatin1Char('|')), values);
    }
    return out;
}

TestSync::Rollup TestSync::sum(const Rollup &a, const Rollup &b)
{
    Rollup out = a;
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        QVector<qint64> &v = out[it.key()];
        v.resize(it->size());
        for (int i = 0; i < it->size(); ++i)
            v[i] += it->at(i);
    }
    return out;
}

QString TestSync::triggers(TestDb &t)
{
    QSqlQuery q(t.db().connection());
    q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    QString all;
    while (q.next())
        all += q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString() + QLatin1Char('\n');
    return all;
}

void TestSync::enrolAtAFoundAndRedeemedAtB()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"),
                                       QStringLiteral("+49 151 1234567"));
    QVERIFY(anna);
    m_a->sell(anna, 2500); // 25 points at A
    QCOMPARE(balance(*m_a, anna), 25);

    const SyncSummary in = importInto(*m_b, exportFrom(*m_a));
    QVERIFY(in.applied > 0);
    QCOMPARE(in.waiting, 0);
    const qint64 atB = memberByCard(*m_b, QStringLiteral("2000000000015"));
    QVERIFY2(atB, "the member enrolled at A is found at B by card");
    QCOMPARE(balance(*m_b, atB), 25);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT visits FROM members WHERE id = %1").arg(atB)), 1);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT total_spent_minor FROM members WHERE id = %1").arg(atB)),
             2500);
    // By phone, too: the search index knows the member that arrived.
    auto byPhone = MemberService(m_b->context()).lookup(QStringLiteral("+49 151 1234567"));
    QVERIFY2(byPhone, "found at B by phone");

    const SaleResult paid = m_b->sell(atB, 1000, 20); // pays 20 points at B
    QCOMPARE(paid.purchase.pointsRedeemed, 20);
    importInto(*m_a, exportFrom(*m_b));
    QCOMPARE(balance(*m_a, anna), balance(*m_b, atB));
    QCOMPARE(m_a->fingerprint(), m_b->fingerprint());
    // The other store's sales count in the reports: two sales of the day, one from each terminal.
    QCOMPARE(m_a->scalar(QStringLiteral("SELECT SUM(sales) FROM daily_sales")), 2);
    QCOMPARE(m_a->scalar(QStringLiteral("SELECT count(*) FROM terminals")), 2);
}

void TestSync::sameBatchTwiceChangesNothing()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_a->sell(anna, 2500);
    const QString batch = exportFrom(*m_a);
    const SyncSummary first = importInto(*m_b, batch);
    QVERIFY(first.applied > 0);
    QVERIFY(!first.seenBefore);
    const QString before = m_b->fingerprint();
    const qint64 audits = m_b->scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    const SyncSummary second = importInto(*m_b, batch);
    QVERIFY(second.seenBefore);
    QCOMPARE(second.applied, 0);
    QCOMPARE(m_b->fingerprint(), before);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT SUM(sales) FROM daily_sales")), 1);
}

void TestSync::batchesInReverseOrderEndTheSame()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_a->sell(anna, 2500);
    const QString first = exportFrom(*m_a);
    m_a->clock().advanceMs(3600 * 1000);
    m_a->sell(anna, 1000, 10);
    const qint64 boris = m_a->addMember(QStringLiteral("Boris"), QStringLiteral("2000000000022"));
    m_a->sell(boris, 500);
    MemberChanges rename;
    rename.name = QStringLiteral("Anna Petrova");
    auto edit = MemberService(m_a->context()).edit(anna, rename);
    QVERIFY(edit);
    const QString second = exportFrom(*m_a);

    TestDb c; // a third terminal takes them in order
    QVERIFY(c.ok());
    importInto(c, first);
    importInto(c, second);

    const SyncSummary early = importInto(*m_b, second); // B gets the later batch first
    QVERIFY2(early.waiting > 0, "rows of the later batch wait for the member the earlier one brings");
    const SyncSummary late = importInto(*m_b, first);
    QCOMPARE(late.waiting, 0);
    QCOMPARE(m_b->fingerprint(), c.fingerprint());
    QCOMPARE(m_b->fingerprint(), m_a->fingerprint());
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT count(*) FROM members WHERE name = 'Anna Petrova'")), 1);
}

void TestSync::offlineDoubleRedemptionIsFlagged()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_a->sell(anna, 3000); // 30 points
    importInto(*m_b, exportFrom(*m_a));
    const qint64 atB = memberByCard(*m_b, QStringLiteral("2000000000015"));
    QCOMPARE(balance(*m_b, atB), 30);

    // The line between the stores is down: both tills take the same 30 points.
    QCOMPARE(m_a->sell(anna, 30, 30).purchase.pointsRedeemed, 30);
    QCOMPARE(m_b->sell(atB, 30, 30).purchase.pointsRedeemed, 30);

    const QString fromA = exportFrom(*m_a);
    const QString fromB = exportFrom(*m_b);
    const SyncSummary atA = importInto(*m_a, fromB);
    const SyncSummary intoB = importInto(*m_b, fromA);
    QCOMPARE(atA.overdrawn, QVector<qint64> {anna});
    QCOMPARE(intoB.overdrawn, QVector<qint64> {atB});
    // 30 earned, 30 + 30 redeemed: -30, as the ledger says, on both terminals.
    QCOMPARE(balance(*m_a, anna), balance(*m_b, atB));
    QCOMPARE(m_a->fingerprint(), m_b->fingerprint());
    QCOMPARE(balance(*m_a, anna), -30);

    // Both redemptions ran against the same 30 points of the first sale: the lot is over-taken...
    QCOMPARE(m_a->scalar(QStringLiteral("SELECT SUM(points) FROM points_allocations")), 60);
    // ... and the case is in the manager's list and the audit, never quietly evened out.
    ServiceContext ctx = m_a->context();
    auto flagged = ReportService(ctx).belowZero(50);
    QVERIFY(flagged);
    QCOMPARE(flagged->size(), 1);
    QCOMPARE(flagged->first().id, anna);
    QCOMPARE(m_a->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync.overdraft'")),
             1);
}

// Every terminal settles expired points when it starts. A lot expires at the terminal that made it,
// once: the others learn of it by sync, and a till that runs its expiry first takes nothing from
// another's lots. (Before, both tills expired Anna's lot and she lost its points twice.)
void TestSync::pointsExpireOnceOnEveryTerminal()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_a->sell(anna, 3000); // 30 points, a lot that expires (docs/pricing.md)
    importInto(*m_b, exportFrom(*m_a));
    const qint64 atB = memberByCard(*m_b, QStringLiteral("2000000000015"));
    QCOMPARE(balance(*m_b, atB), 30);
    const QString expiresOn = QString::number(m_a->scalar(QStringLiteral(
        "SELECT CAST(julianday(expires_on) - julianday('2026-03-14') AS INTEGER) FROM points_ledger")));
    QVERIFY2(expiresOn.toInt() > 0, qPrintable(expiresOn));

    // Both tills start the day after the lot's last day, B first.
    for (TestDb *t : {m_a.get(), m_b.get()})
        t->clock().advanceDays(expiresOn.toInt() + 1);
    ServiceContext b = m_b->context();
    auto atBExpired = ExpiryService(b).run(true);
    QVERIFY(atBExpired);
    QCOMPARE(atBExpired->points, qint64(0)); // not B's lot
    ServiceContext a = m_a->context();
    auto atAExpired = ExpiryService(a).run(true);
    QVERIFY(atAExpired);
    QCOMPARE(atAExpired->points, qint64(30));

    const QString fromA = exportFrom(*m_a);
    const QString fromB = exportFrom(*m_b);
    importInto(*m_a, fromB);
    importInto(*m_b, fromA);
    QCOMPARE(balance(*m_a, anna), 0);
    QCOMPARE(balance(*m_b, atB), 0);
    QCOMPARE(m_a->fingerprint(), m_b->fingerprint());
    for (TestDb *t : {m_a.get(), m_b.get()})
        QCOMPARE(t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'expire'")), 1);
    // B's next run, with A's expiry in, takes nothing more.
    QCOMPARE(ExpiryService(b).run(true)->points, qint64(0));
    QCOMPARE(balance(*m_b, atB), 0);
}

void TestSync::profileEditsMergeFieldByField()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"),
                                       QStringLiteral("+49 151 1234567"));
    importInto(*m_b, exportFrom(*m_a));
    const qint64 atB = memberByCard(*m_b, QStringLiteral("2000000000015"));

    // Apart: A fixes the name at 10:05, B fixes it at 10:10 and adds an e-mail.
    m_a->clock().advanceMs(300 * 1000);
    MemberChanges a;
    a.name = QStringLiteral("Anna Schmidt");
    a.phone = QStringLiteral("+49 151 7654321");
    QVERIFY(MemberService(m_a->context()).edit(anna, a));
    m_b->clock().advanceMs(600 * 1000);
    MemberChanges b;
    b.name = QStringLiteral("Anna Schmitt");
    b.email = QStringLiteral("anna@example.org");
    QVERIFY(MemberService(m_b->context()).edit(atB, b));

    const QString fromA = exportFrom(*m_a);
    const SyncSummary toA = importInto(*m_a, exportFrom(*m_b));
    const SyncSummary toB = importInto(*m_b, fromA);
    QCOMPARE(toA.conflicts, 1);
    QCOMPARE(toB.conflicts, 1);
    for (TestDb *t : {m_a.get(), m_b.get()}) {
        QSqlQuery q(t->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name, phone, email FROM members")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Anna Schmitt")); // the later edit
        QCOMPARE(q.value(1).toString(), QStringLiteral("+49 151 7654321")); // A's, nobody else touched it
        QCOMPARE(q.value(2).toString(), QStringLiteral("anna@example.org"));
    }
    // A's name lost; it is in A's audit with where and when it was typed.
    QCOMPARE(m_a->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync.member_merge' "
                                        "AND before_json LIKE '%Anna Schmidt%'")),
             1);
    // The search finds the merged e-mail at A.
    QCOMPARE(m_a->scalar(
                 QStringLiteral("SELECT count(*) FROM member_fts WHERE member_fts MATCH '\"example.org\"'")),
             1);
}

void TestSync::erasureWinsOverAnOlderEdit()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"),
                                       QStringLiteral("+49 151 1234567"));
    importInto(*m_b, exportFrom(*m_a));
    const qint64 atB = memberByCard(*m_b, QStringLiteral("2000000000015"));
    m_b->clock().advanceMs(900
                           * 1000); // B edits the phone after A erased the member: the erasure still holds
    MemberChanges b;
    b.phone = QStringLiteral("+49 151 1111111");
    QVERIFY(MemberService(m_b->context()).edit(atB, b));
    m_a->clock().advanceMs(60 * 1000);
    QVERIFY(MemberService(m_a->context()).erase(anna));
    importInto(*m_a, exportFrom(*m_b));
    importInto(*m_b, exportFrom(*m_a));
    for (TestDb *t : {m_a.get(), m_b.get()}) {
        QCOMPARE(t->scalar(QStringLiteral(
                     "SELECT count(*) FROM members WHERE erased_at IS NOT NULL AND phone IS NULL "
                     "AND search_text = ''")),
                 1);
    }
}

void TestSync::importedRowsDoNotGoBack()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_a->sell(anna, 2500);
    ServiceContext ctxA = m_a->context();
    const qint64 waiting = SyncService(ctxA).status()->waiting;
    QVERIFY(waiting > 2);
    QVERIFY(!SyncService(ctxA).status()->waitingCapped);
    // The status bar's count stops at its cap and says so.
    auto capped = SyncService(ctxA).status(2);
    QCOMPARE(capped->waiting, 2);
    QVERIFY(capped->waitingCapped);
    auto exact = SyncService(ctxA).status(waiting);
    QCOMPARE(exact->waiting, waiting);
    QVERIFY(!exact->waitingCapped);
    importInto(*m_b, exportFrom(*m_a));
    QCOMPARE(SyncService(ctxA).status()->waiting, 0);
    ServiceContext ctxB = m_b->context();
    auto st = SyncService(ctxB).status();
    // Nothing B received waits to be sent back: only B's own program defaults, made when B was set up.
    QCOMPARE(st->waiting, 1);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE tbl = 'program_versions'")),
             1);
    QVERIFY(st->lastSyncAt.isValid());
}

void TestSync::refundAndMergeTravel()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    const qint64 dup = m_a->addMember(QStringLiteral("Anna P."), QStringLiteral("2000000000022"));
    m_a->sell(anna, 2000);
    m_a->sell(dup, 1000);
    importInto(*m_b, exportFrom(*m_a));
    m_a->clock().advanceMs(60 * 1000);
    QVERIFY(MemberService(m_a->context()).merge(anna, dup));
    importInto(*m_b, exportFrom(*m_a));
    QCOMPARE(m_b->fingerprint(), m_a->fingerprint());
    const qint64 atB
        = memberByCard(*m_b, QStringLiteral("2000000000022")); // the moved card finds the kept record
    QCOMPARE(atB, memberByCard(*m_b, QStringLiteral("2000000000015")));
    QCOMPARE(balance(*m_b, atB), 30);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT visits FROM members WHERE id = %1").arg(atB)), 2);
}

void TestSync::wholeRefundTakesTheVisitBack()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    const SaleResult kept = m_a->sell(anna, 2000);
    const SaleResult back = m_a->sell(anna, 1500);
    QVERIFY(kept.purchase.id && back.purchase.id);
    QVERIFY(RefundService(m_a->context()).refundWhole(back.purchase.id, QStringLiteral("wrong size")));
    // In one batch: the sales, the refund, and its lines after them.
    importInto(*m_b, exportFrom(*m_a));
    const qint64 atB = memberByCard(*m_b, QStringLiteral("2000000000015"));
    for (const char *col : {"visits", "total_spent_minor", "points_balance"}) {
        const QString sql = QStringLiteral("SELECT %1 FROM members WHERE id = %2").arg(QLatin1String(col));
        QCOMPARE(m_b->scalar(sql.arg(atB)), m_a->scalar(sql.arg(anna)));
    }
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT visits FROM members WHERE id = %1").arg(atB)), 1);
}

// While a batch applies, the append-only tables' and members' insert triggers stand aside and the
// import adds the batch's rows to the rollups and the search index itself: the reports and the search
// at B must read what the triggers made at A, on top of what B had.
void TestSync::rollupsAndSearchAsWhereTheRowsWereMade()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"));
    const qint64 boris = m_a->addMember(QStringLiteral("Boris Ivanov"), QStringLiteral("2000000000022"));
    const qint64 chen = m_a->addMember(QStringLiteral("Chen Wei"), QStringLiteral("2000000000039"));
    m_a->sell(anna, 2500);
    const SaleResult back = m_a->sell(boris, 1200);
    m_a->clock().advanceMs(qint64(40) * 24 * 3600 * 1000); // another day and another month
    m_a->sell(anna, 800, 10);
    m_a->sell(chen, 3000);
    QVERIFY(RefundService(m_a->context()).refundWhole(back.purchase.id, QStringLiteral("wrong size")));
    // B has a member and a sale of its own, which the import must add to rather than replace.
    const qint64 dana = m_b->addMember(QStringLiteral("Dana Kovac"), QStringLiteral("2000000000046"));
    m_b->sell(dana, 900);

    const QString sales = QStringLiteral("SELECT business_day, origin_terminal, sales, refunds, "
                                         "revenue_minor, member_sales, member_revenue_minor, "
                                         "discount_minor, points_paid_minor FROM daily_sales");
    const QString points = QStringLiteral("SELECT business_day, kind, points FROM daily_points");
    const QString sizes = QStringLiteral("SELECT cohort, members FROM cohort_sizes");
    const QString activity = QStringLiteral("SELECT cohort, month, members FROM cohort_activity");
    const QString months = QStringLiteral(
        "SELECT m.uuid, mm.month, 1 FROM member_months mm JOIN members m ON m.id = mm.member_id");
    struct Check
    {
        const QString &sql;
        int keys;
    };
    const Check checks[] = {{sales, 2}, {points, 2}, {sizes, 1}, {activity, 2}, {months, 2}};
    QVector<Rollup> expected;
    for (const Check &c : checks)
        expected << sum(rollup(*m_a, c.sql, c.keys), rollup(*m_b, c.sql, c.keys));
    QVERIFY(!expected.at(0).isEmpty() && !expected.at(3).isEmpty());
    const QString triggersBefore = triggers(*m_b);

    const QString dir = exportFrom(*m_a);
    for (int round = 0; round < 2; ++round) { // the same batch again adds nothing
        const SyncSummary in = importInto(*m_b, dir);
        QVERIFY(in.rows > 0);
        for (int i = 0; i < int(std::size(checks)); ++i)
            QCOMPARE(rollup(*m_b, checks[i].sql, checks[i].keys), expected.at(i));
        QCOMPARE(triggers(*m_b), triggersBefore);
    }
    // The full-text index holds exactly what the members table says (FTS5 checks it itself) and finds
    // the members that arrived by name.
    QSqlQuery q(m_b->db().connection());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO member_fts (member_fts) VALUES ('integrity-check')")),
             qPrintable(q.lastError().text()));
    for (const char *name : {"Petrova", "Ivanov", "Chen", "Kovac"})
        QCOMPARE(m_b->scalar(QStringLiteral("SELECT count(*) FROM member_fts WHERE member_fts MATCH '\"%1\"'")
                                 .arg(QLatin1String(name))),
                 1);
    // A name changed at A reaches B's index too, the old one gone from it.
    MemberChanges renamed;
    renamed.name = QStringLiteral("Anna Sokolova");
    QVERIFY(MemberService(m_a->context()).edit(anna, renamed));
    importInto(*m_b, exportFrom(*m_a));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO member_fts (member_fts) VALUES ('integrity-check')")),
             qPrintable(q.lastError().text()));
    QCOMPARE(
        m_b->scalar(QStringLiteral("SELECT count(*) FROM member_fts WHERE member_fts MATCH '\"Sokolova\"'")),
        1);
    QCOMPARE(
        m_b->scalar(QStringLiteral("SELECT count(*) FROM member_fts WHERE member_fts MATCH '\"Petrova\"'")),
        0);
    // And the till's own writes keep the rollups after an import, as before it.
    const qint64 danaSales = m_b->scalar(QStringLiteral("SELECT SUM(sales) FROM daily_sales"));
    m_b->sell(dana, 500);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT SUM(sales) FROM daily_sales")), danaSales + 1);
}

// A new card goes straight in; one that is here merges (the later change wins); a number that two
// terminals gave to two members stays with the holder here, and the case is in the audit.
void TestSync::cardsMergeAndANumberGivenTwiceIsKept()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    importInto(*m_b, exportFrom(*m_a));
    // Apart: A replaces Anna's card (the old one is blocked); B gives 2000000000039 to Boris, and A
    // gives the same number to Chen.
    m_a->clock().advanceMs(60 * 1000);
    MemberChanges replace;
    replace.cardNumber = QStringLiteral("2000000000022");
    QVERIFY(MemberService(m_a->context()).edit(anna, replace));
    const qint64 boris = m_b->addMember(QStringLiteral("Boris"), QStringLiteral("2000000000039"));
    QVERIFY(boris);
    QVERIFY(m_a->addMember(QStringLiteral("Chen"), QStringLiteral("2000000000039")));

    const SyncSummary in = importInto(*m_b, exportFrom(*m_a));
    QCOMPARE(in.conflicts, 1);
    // Anna's new card works at B and her old one is blocked there too.
    const qint64 annaAtB = memberByCard(*m_b, QStringLiteral("2000000000022"));
    QVERIFY(annaAtB);
    QCOMPARE(
        m_b->scalar(QStringLiteral("SELECT status = 'blocked' FROM cards WHERE number = '2000000000015'")),
        1);
    // The number given twice stays Boris's at B; Chen arrived without it, and a manager reads why.
    QCOMPARE(memberByCard(*m_b, QStringLiteral("2000000000039")), boris);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT count(*) FROM members WHERE name = 'Chen'")), 1);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync.card_conflict' "
                                        "AND entity_id = '2000000000039'")),
             1);
    // Anna's old and new cards, and Boris's.
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT count(*) FROM cards")), 3);
}

// The insert triggers an import sets aside are listed in SyncService::triggersSetAside(), and what
// each did is done by the import instead. A new insert trigger must be placed on one side or the
// other here, with that in mind.
void TestSync::everyInsertTriggerIsAccountedFor()
{
    QStringList kept {
        QStringLiteral("feedback_sync_insert"),
        QStringLiteral("program_versions_sync_insert"),
        QStringLiteral("settings_sync_insert"),
        QStringLiteral("staff_sync_insert"),
    };
    QSqlQuery q(m_b->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE "
                                  "'%AFTER INSERT ON%' ORDER BY name")));
    QStringList inserts;
    while (q.next())
        inserts << q.value(0).toString();
    for (const QString &name : inserts)
        QVERIFY2(kept.contains(name) || SyncService::triggersSetAside().contains(name), qPrintable(name));
    // Each one set aside is there to be set aside (members_fts_update is the full-text index's update).
    for (const QString &name : SyncService::triggersSetAside())
        QCOMPARE(m_b->scalar(QStringLiteral(
                                 "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = '%1'")
                                 .arg(name)),
                 1);
}

void TestSync::badBatchesAreRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("file edited") << "edit"
                                 << "checksum";
    QTest::newRow("file cut short") << "truncate"
                                    << "checksum";
    QTest::newRow("file missing") << "remove"
                                  << "missing";
    QTest::newRow("newer format") << "version"
                                  << "newer version";
    QTest::newRow("own batch") << "own"
                               << "exported by this terminal";
    QTest::newRow("other currency") << "currency"
                                    << "BGN";
    QTest::newRow("not a batch") << "manifest"
                                 << "manifest.json is missing";
    QTest::newRow("rows miscounted") << "count"
                                     << "where the manifest says";
}

void TestSync::badBatchesAreRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_a->sell(anna, 2500);
    const QString dir = exportFrom(*m_a);
    const QString members = QDir(dir).filePath(QStringLiteral("members.jsonl"));
    const QString manifestPath = QDir(dir).filePath(QStringLiteral("manifest.json"));
    QFile mf(manifestPath);
    QVERIFY(mf.open(QIODevice::ReadOnly));
    QJsonObject manifest = QJsonDocument::fromJson(mf.readAll()).object();
    mf.close();
    auto writeManifest = [&] {
        QFile out(manifestPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(manifest).toJson());
    };
    TestDb *target = m_b.get();
    if (damage == QLatin1String("edit") || damage == QLatin1String("truncate")) {
        QFile f(members);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray data = f.readAll();
        f.close();
        if (damage == QLatin1String("edit"))
            data.replace("Anna", "Anne");
        else
            data.chop(10);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    } else if (damage == QLatin1String("remove")) {
        QVERIFY(QFile::remove(members));
    } else if (damage == QLatin1String("version")) {
        manifest.insert(QStringLiteral("format_version"), SyncService::kFormatVersion + 1);
        writeManifest();
    } else if (damage == QLatin1String("own")) {
        target = m_a.get();
    } else if (damage == QLatin1String("currency")) {
        manifest.insert(QStringLiteral("currency"), QStringLiteral("BGN"));
        writeManifest();
    } else if (damage == QLatin1String("manifest")) {
        QVERIFY(QFile::remove(manifestPath));
    } else if (damage == QLatin1String("count")) {
        QJsonObject tables = manifest.value(QStringLiteral("tables")).toObject();
        QJsonObject m = tables.value(QStringLiteral("members")).toObject();
        m.insert(QStringLiteral("rows"), 7);
        tables.insert(QStringLiteral("members"), m);
        manifest.insert(QStringLiteral("tables"), tables);
        writeManifest();
    }
    const qint64 members0 = target->scalar(QStringLiteral("SELECT count(*) FROM members"));
    const qint64 ledger0 = target->scalar(QStringLiteral("SELECT count(*) FROM points_ledger"));
    const QString triggers0 = triggers(*target);
    ServiceContext ctx = target->context();
    auto r = SyncService(ctx).importBatch(dir);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(target->scalar(QStringLiteral("SELECT count(*) FROM members")), members0);
    QCOMPARE(target->scalar(QStringLiteral("SELECT count(*) FROM points_ledger")), ledger0);
    QCOMPARE(target->scalar(QStringLiteral("SELECT count(*) FROM sync_batches WHERE direction = 'import'")),
             0);
    // An edited file is found out only after its rows were applied: all of it is rolled back, the
    // triggers set aside for it included.
    QCOMPARE(triggers(*target), triggers0);
}

void TestSync::nothingToExport()
{
    m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    exportFrom(*m_a);
    ServiceContext ctx = m_a->context();
    auto again = SyncService(ctx).exportBatch(m_out->filePath(QStringLiteral("again")));
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QStringLiteral("nothing to export")),
             qPrintable(again.error().message));
    QVERIFY(!QDir(m_out->filePath(QStringLiteral("again"))).exists());
}

void TestSync::everythingSeedsANewTerminal()
{
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_a->sell(anna, 2500);
    exportFrom(*m_a); // acknowledged: the outbox is empty now
    const SyncSummary s = importInto(*m_b, exportFrom(*m_a, true));
    QVERIFY(s.applied > 0);
    QCOMPARE(m_b->fingerprint(), m_a->fingerprint());
}

// Only one connection may change a file's journal: with another open on it (a second window, the
// command line), a batch goes through the write-ahead log, applies all the same, and leaves the file
// as it was.
void TestSync::anotherConnectionKeepsTheLog()
{
    if (SyncService::journal != SyncService::Journal::Rollback)
        QSKIP("only the rollback journal's way changes the journal");
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_a->sell(anna, 2500);
    const QString batch = exportFrom(*m_a);
    auto other = Database::open(m_b->path(), Database::Mode::ExistingOnly);
    QVERIFY2(other.ok(), qPrintable(other.error().message));
    QCOMPARE(QSqlQuery(QStringLiteral("SELECT count(*) FROM members"), other.value()->connection()).next(),
             true);
    m_anotherConnection = true;
    const SyncSummary in = importInto(*m_b, batch);
    QVERIFY(in.applied > 0);
    QVERIFY(!in.rollbackJournal);
    QVERIFY(memberByCard(*m_b, QStringLiteral("2000000000015")) != 0);
    QSqlQuery seen(other.value()->connection());
    QVERIFY(seen.exec(QStringLiteral("SELECT count(*) FROM purchases")) && seen.next());
    QCOMPARE(seen.value(0).toLongLong(), qint64(1));
}

// A batch through the rollback journal has no foreign key check a row; the whole file is checked
// before the commit. A reference to a row that is not there (which no batch can make: the import
// resolves every reference, or the row waits) is named and refused.
void TestSync::referencesAreCheckedAtOnce()
{
    if (SyncService::journal != SyncService::Journal::Log)
        QSKIP("the check is the same whichever way batches are written: run once");
    const qint64 anna = m_b->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_b->sell(anna, 2500);
    ServiceContext ctx = m_b->context();
    QVERIFY(SyncService(ctx).referencesHold().ok());
    QVERIFY(m_b->db().execScript(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    QVERIFY(
        m_b->db()
            .execScript(QStringLiteral("INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, "
                                       "points, created_at) VALUES ('l-x', 't', 999, 'bonus', 5, "
                                       "'2026-03-14T10:00:00.000Z')"))
            .ok());
    QVERIFY(m_b->db().execScript(QStringLiteral("PRAGMA foreign_keys = ON")).ok());
    auto held = SyncService(ctx).referencesHold();
    QVERIFY(!held.ok());
    QVERIFY2(held.error().kind == Error::Corrupt,
             qPrintable(held.error().message + QLatin1Char(' ') + held.error().detail));
    QVERIFY2(held.error().message.contains(QLatin1String("Nothing was imported")),
             qPrintable(held.error().message));
    QCOMPARE(held.error().detail, QStringLiteral("points_ledger → members: 1"));
}

void TestSync::whichJournal_data()
{
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<qint64>("batchBytes");
    QTest::addColumn<qint64>("fileBytes");
    QTest::addColumn<bool>("rollback");
    const qint64 many = SyncService::kRollbackJournalRows;
    QTest::newRow("first sync of a store") << many * 100 << qint64(680'000'000) << qint64(450'000) << true;
    QTest::newRow("just large enough") << many << qint64(4'000'001) << qint64(2'000'000) << true;
    QTest::newRow("fewer rows") << many - 1 << qint64(680'000'000) << qint64(450'000) << false;
    QTest::newRow("a file half as large") << many << qint64(4'000'000) << qint64(2'000'000) << false;
    QTest::newRow("a year's catch-up into a busy file")
        << many * 10 << qint64(70'000'000) << qint64(4'000'000'000) << false;
    QTest::newRow("a day's batch") << qint64(900) << qint64(300'000) << qint64(450'000) << false;
}

void TestSync::whichJournal()
{
    if (SyncService::journal != SyncService::Journal::Log)
        QSKIP("the rule is the same whichever way batches are written: run once");
    QFETCH(qint64, rows);
    QFETCH(qint64, batchBytes);
    QFETCH(qint64, fileBytes);
    QFETCH(bool, rollback);
    QCOMPARE(SyncService::rollbackJournalFor(qsizetype(rows), batchBytes, fileBytes), rollback);
}

// Sync reads and writes every member's data: a cashier's context is refused before anything is read
// or written, a manager's goes through.
void TestSync::cashierMayNotExchange()
{
    auto as = [](TestDb &t, Role role) {
        ServiceContext c = t.context();
        c.actor.role = role;
        return c;
    };
    const qint64 anna = m_a->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    m_a->sell(anna, 2500);
    ServiceContext cashierA = as(*m_a, Role::Cashier);
    const qint64 waiting = m_a->scalar(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    QVERIFY(waiting > 0);
    const QString refused = m_out->filePath(QStringLiteral("refused"));
    auto out = SyncService(cashierA).exportBatch(refused);
    QVERIFY(!out);
    QCOMPARE(out.error().kind, Error::Forbidden);
    QVERIFY(!QDir(refused).exists());
    QCOMPARE(m_a->scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")), waiting);
    QCOMPARE(m_a->scalar(QStringLiteral("SELECT count(*) FROM sync_batches")), 0);
    bool read = false;
    auto scanned = SyncService(cashierA).scan(true, 0, 0, [&](const SyncService::Row &) {
        read = true;
        return Result<void>();
    });
    QVERIFY(!scanned);
    QCOMPARE(scanned.error().kind, Error::Forbidden);
    QVERIFY(!read);
    auto rows = SyncService(cashierA).outboxRows(0, 100);
    QVERIFY(!rows);
    QCOMPARE(rows.error().kind, Error::Forbidden);

    // A manager's batch, and B's cashier who tries to import it: B's file stays as it was.
    ServiceContext managerA = as(*m_a, Role::Manager);
    const QString dir = m_out->filePath(QStringLiteral("batch"));
    QVERIFY(SyncService(managerA).exportBatch(dir));
    ServiceContext cashierB = as(*m_b, Role::Cashier);
    const QString before = m_b->fingerprint();
    auto in = SyncService(cashierB).importBatch(dir);
    QVERIFY(!in);
    QCOMPARE(in.error().kind, Error::Forbidden);
    auto applied = SyncService(cashierB).applyRows(
        {SyncService::Row {
            0, QStringLiteral("settings"), QStringLiteral("shop.name"),
            R"({"key":"shop.name","value":"x","updated_at":"2030-01-01","origin_terminal":"t"})"}},
        QStringLiteral("t"));
    QVERIFY(!applied);
    QCOMPARE(applied.error().kind, Error::Forbidden);
    QCOMPARE(m_b->fingerprint(), before);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT count(*) FROM sync_batches")), 0);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT count(*) FROM settings WHERE value = 'x'")), 0);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT count(*) FROM sync_state WHERE key IN "
                                        "('last_sync_at', 'last_error')")),
             0);

    ServiceContext managerB = as(*m_b, Role::Manager);
    QVERIFY(SyncService(managerB).importBatch(dir));
    QCOMPARE(m_b->fingerprint(), m_a->fingerprint());
}

// The import tells how far it is; told to stop, it rolls back whole and says it was cancelled.
void TestSync::cancelledImportRollsBackWhole()
{
    for (int i = 0; i < 600; ++i) // more than a thousand rows: the progress hears of them on the way
        m_a->addMember(QStringLiteral("Member %1").arg(i),
                       QStringLiteral("21%1").arg(i, 8, 10, QLatin1Char('0')));
    const QString dir = exportFrom(*m_a);
    const QString before = m_b->fingerprint();
    ServiceContext ctx = m_b->context();
    ctx.actor.role = Role::Manager;
    QVector<QPair<qint64, qint64>> heard;
    auto stopped = SyncService(ctx).importBatch(dir, [&](qint64 done, qint64 total) {
        heard << qMakePair(done, total);
        return done < 1000;
    });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().kind, Error::Cancelled);
    QCOMPARE(heard.size(), 2);
    QCOMPARE(heard.at(0).first, 0);
    QCOMPARE(heard.at(1).first, 1000);
    QVERIFY(heard.at(1).second > 1000);
    QCOMPARE(m_b->fingerprint(), before);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT count(*) FROM sync_batches")), 0);
    QCOMPARE(m_b->scalar(QStringLiteral("SELECT count(*) FROM sync_pending")), 0);
    heard.clear();
    auto whole = SyncService(ctx).importBatch(dir, [&](qint64 done, qint64 total) {
        heard << qMakePair(done, total);
        return true;
    });
    QVERIFY(whole);
    QCOMPARE(heard.last().first, heard.last().second);
    QCOMPARE(heard.last().second, whole->rows);
    QCOMPARE(m_b->fingerprint(), m_a->fingerprint());
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
