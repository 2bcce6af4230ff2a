// The audit trail: written with its change or not at all, chained, and tampering found.
#include "auditservice.h"
#include "staffservice.h"
#include "testdb.h"

#include <QtTest>

class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void rolledBackChangeLeavesNoLine();
    void chainVerifies();
    void tampering_data();
    void tampering();
    void twoTerminalsChainApart();
    void listFiltersAndPages();

private:
    void record(int n, const QString &action = QStringLiteral("test.action"));
    bool unlock();
    std::unique_ptr<TestDb> m_t;
};

void TestAudit::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
}

void TestAudit::cleanup()
{
    m_t.reset();
}

void TestAudit::record(int n, const QString &action)
{
    ServiceContext ctx = m_t->context();
    for (int i = 0; i < n; ++i) {
        m_t->clock().advanceMs(1000);
        QVERIFY(AuditService(ctx)
                    .record(action, QStringLiteral("thing"), QString::number(i), {{QStringLiteral("v"), i}},
                            {{QStringLiteral("v"), i + 1}})
                    .ok());
    }
}

// What someone with another tool could do: drop the triggers that guard the table.
bool TestAudit::unlock()
{
    return m_t->db()
        .execScript(QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"))
        .ok();
}

void TestAudit::rolledBackChangeLeavesNoLine()
{
    record(1);
    const qint64 head = m_t->scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'audit.head'"));
    {
        Transaction tx(m_t->db());
        QVERIFY(tx.begun());
        ServiceContext ctx = m_t->context();
        QVERIFY(AuditService(ctx).record(QStringLiteral("x"), {}, {}, {}, {}).ok());
        // no commit: the change failed
    }
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 1);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'audit.head'")), head);
    ServiceContext ctx = m_t->context();
    QVERIFY(AuditService(ctx).verifyChain()->ok);
    // The table itself refuses edits and deletions.
    QVERIFY(!m_t->db().execScript(QStringLiteral("UPDATE audit_log SET action = 'y'")).ok());
    QVERIFY(!m_t->db().execScript(QStringLiteral("DELETE FROM audit_log")).ok());
}

void TestAudit::chainVerifies()
{
    ServiceContext ctx = m_t->context();
    auto empty = AuditService(ctx).verifyChain();
    QVERIFY(empty.ok() && empty->ok);
    record(50);
    auto check = AuditService(ctx).verifyChain();
    QVERIFY(check.ok());
    QVERIFY2(check->ok, qPrintable(check->message));
    QCOMPARE(check->lines, qint64(50));
    // Each line names the one before it.
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 "
                                   "WHERE b.prev_hash <> a.hash")),
        0);
}

void TestAudit::tampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("says");
    QTest::addColumn<qint64>("brokenId"); // 0: found by the head
    QTest::newRow("a value edited") << "UPDATE audit_log SET after_json = '{\"v\":99}' WHERE id = 5"
                                    << "changed after it was written" << qint64(5);
    QTest::newRow("a person changed") << "UPDATE audit_log SET staff_id = 1 WHERE id = 3"
                                      << "changed after it was written" << qint64(3);
    QTest::newRow("a line deleted") << "DELETE FROM audit_log WHERE id = 4"
                                    << "does not follow" << qint64(5);
    QTest::newRow("the newest line deleted") << "DELETE FROM audit_log WHERE id = 10"
                                             << "missing" << qint64(0);
    QTest::newRow("two lines swapped")
        << "UPDATE audit_log SET id = -7 WHERE id = 7; UPDATE audit_log SET id = 7 WHERE id = 8; "
           "UPDATE audit_log SET id = 8 WHERE id = -7"
        << "does not follow" << qint64(7);
    QTest::newRow("a line forged with a fresh hash")
        << "UPDATE audit_log SET after_json = '{\"v\":99}', hash = 'ff' WHERE id = 6"
        << "changed" << qint64(6);
}

void TestAudit::tampering()
{
    QFETCH(QString, sql);
    QFETCH(QString, says);
    QFETCH(qint64, brokenId);
    ServiceContext ctx = m_t->context();
    StaffService(ctx).create(QStringLiteral("Admin"), Role::Administrator, QStringLiteral("8642")).value();
    record(9); // lines 2..10 after the account's line 1
    QVERIFY(AuditService(ctx).verifyChain()->ok);
    QVERIFY(unlock());
    QVERIFY(m_t->db().execScript(sql).ok());
    auto check = AuditService(ctx).verifyChain();
    QVERIFY(check.ok());
    QVERIFY(!check->ok);
    QVERIFY2(check->message.contains(says), qPrintable(check->message));
    QCOMPARE(check->firstBrokenId, brokenId);
}

void TestAudit::twoTerminalsChainApart()
{
    record(3);
    // Lines another terminal wrote (as sync will bring them) interleave with ours.
    TerminalRecord other = m_t->terminal();
    other.uuid = QStringLiteral("00000000-0000-7000-8000-000000000002");
    ServiceContext there(m_t->db(), m_t->clock(), other);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(AuditService(there).record(QStringLiteral("there"), {}, {}, {}, {}).ok());
        record(1);
    }
    ServiceContext here = m_t->context();
    auto check = AuditService(here).verifyChain();
    QVERIFY2(check->ok, qPrintable(check->message));
    QCOMPARE(check->lines, qint64(9));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE coalesce(prev_hash, '') = ''")),
             2);
}

void TestAudit::listFiltersAndPages()
{
    ServiceContext ctx = m_t->context();
    auto admin
        = StaffService(ctx).create(QStringLiteral("Admin"), Role::Administrator, QStringLiteral("8642"));
    QVERIFY(admin.ok());
    record(30, QStringLiteral("a.one"));
    ctx.actor = StaffService::actorOf(admin.value());
    for (int i = 0; i < 5; ++i)
        QVERIFY(AuditService(ctx)
                    .record(QStringLiteral("b.two"), QStringLiteral("member"), QStringLiteral("42"), {},
                            {{QStringLiteral("note"), QStringLiteral("Oat milk")}})
                    .ok());
    AuditService audit(ctx);
    AuditService::Filter all;
    QCOMPARE(audit.count(all).value(), qint64(36));
    const auto first = audit.list(all, 0, 20).value();
    const auto second = audit.list(all, 20, 20).value();
    QCOMPARE(first.size(), 20);
    QCOMPARE(second.size(), 16);
    QVERIFY(first.first().id > first.last().id); // newest first
    QVERIFY(first.last().id > second.first().id);
    AuditService::Filter byAction;
    byAction.action = QStringLiteral("b.two");
    QCOMPARE(audit.count(byAction).value(), qint64(5));
    AuditService::Filter byPerson;
    byPerson.staffId = admin->id;
    QCOMPARE(audit.count(byPerson).value(), qint64(5));
    QCOMPARE(audit.list(byPerson, 0, 1).value().first().staffName, QStringLiteral("Admin"));
    AuditService::Filter byText;
    byText.text = QStringLiteral("oat MILK");
    QCOMPARE(audit.count(byText).value(), qint64(5));
    AuditService::Filter byTime;
    byTime.fromUtc = m_t->clock().nowUtc().addSecs(-10);
    // a.one lines were written a second apart up to now: the 11 from now-10 s on, and the 5 of b.two.
    QCOMPARE(audit.count(byTime).value(), qint64(16));
    QCOMPARE(audit.actions().value(),
             QStringList({QStringLiteral("a.one"), QStringLiteral("b.two"), QStringLiteral("staff.create")}));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
