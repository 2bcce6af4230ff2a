// Staff accounts and signing in, on a real database file with a clock the test moves.
#include "auditservice.h"
#include "staffservice.h"
#include "testdb.h"

#include <QtTest>

class TestStaffService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void firstAccountIsAnAdministrator();
    void createRefusesBadInput_data();
    void createRefusesBadInput();
    void onlyAnAdministratorManagesStaff();
    void loginAndLockout();
    void failuresSurviveARestart();
    void approval();
    void switchedOffAccount();
    void lastAdministratorStays();
    void changePin();
    void auditHoldsNoPin();

private:
    ServiceContext asAdmin();
    std::unique_ptr<TestDb> m_t;
    StaffRecord m_admin;
};

void TestStaffService::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    ServiceContext ctx = m_t->context();
    auto admin
        = StaffService(ctx).create(QStringLiteral("Admin"), Role::Administrator, QStringLiteral("8642"));
    QVERIFY2(admin.ok(), qPrintable(admin.error().message));
    m_admin = admin.value();
}

void TestStaffService::cleanup()
{
    m_t.reset();
}

ServiceContext TestStaffService::asAdmin()
{
    ServiceContext ctx = m_t->context();
    ctx.actor = StaffService::actorOf(m_admin);
    return ctx;
}

void TestStaffService::firstAccountIsAnAdministrator()
{
    TestDb fresh;
    ServiceContext ctx = fresh.context();
    StaffService s(ctx);
    QVERIFY(!s.hasStaff());
    auto cashier = s.create(QStringLiteral("Kim"), Role::Cashier, QStringLiteral("1357"));
    QVERIFY(!cashier.ok());
    QVERIFY(!s.hasStaff());
    QVERIFY(s.create(QStringLiteral("Owner"), Role::Administrator, QStringLiteral("1357")).ok());
    QVERIFY(s.hasStaff());
}

void TestStaffService::createRefusesBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("field");
    QTest::newRow("no name") << "  "
                             << "1357"
                             << "name";
    QTest::newRow("huge name") << QString(10000, QLatin1Char('x')) << "1357"
                               << "name";
    QTest::newRow("short PIN") << "Kim"
                               << "135"
                               << "pin";
    QTest::newRow("trivial PIN") << "Kim"
                                 << "1111"
                                 << "pin";
    QTest::newRow("same name, other case") << "admin"
                                           << "1357"
                                           << "name";
}

void TestStaffService::createRefusesBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, pin);
    QFETCH(QString, field);
    ServiceContext ctx = asAdmin();
    const qint64 before = m_t->scalar(QStringLiteral("SELECT count(*) FROM staff"));
    auto r = StaffService(ctx).create(name, Role::Cashier, pin);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM staff")), before);
}

void TestStaffService::onlyAnAdministratorManagesStaff()
{
    ServiceContext admin = asAdmin();
    auto lee = StaffService(admin).create(QStringLiteral("Lee"), Role::Manager, QStringLiteral("2468"));
    QVERIFY(lee.ok());
    ServiceContext asLee = m_t->context();
    asLee.actor = StaffService::actorOf(lee.value());
    auto r = StaffService(asLee).create(QStringLiteral("Kim"), Role::Cashier, QStringLiteral("1357"));
    QCOMPARE(r.error().kind, Error::Forbidden);
    ServiceContext nobody = m_t->context();
    nobody.actor.role = Role::Cashier;
    QCOMPARE(StaffService(nobody)
                 .create(QStringLiteral("Kim"), Role::Cashier, QStringLiteral("1357"))
                 .error()
                 .kind,
             Error::Forbidden);
    QCOMPARE(StaffService(asLee).setActive(m_admin.id, false).error().kind, Error::Forbidden);
}

void TestStaffService::loginAndLockout()
{
    ServiceContext ctx = asAdmin();
    auto kim = StaffService(ctx).create(QStringLiteral("Kim"), Role::Cashier, QStringLiteral("1357"));
    QVERIFY(kim.ok());
    StaffService s(ctx);
    QVERIFY(s.login(kim->id, QStringLiteral("1357")).ok());
    for (int i = 1; i <= 4; ++i) {
        auto r = s.login(kim->id, QStringLiteral("0000"));
        QCOMPARE(r.error().kind, Error::Invalid);
        QVERIFY2(r.error().message.contains(QString::number(5 - i)), qPrintable(r.error().message));
    }
    auto fifth = s.login(kim->id, QStringLiteral("0000"));
    QCOMPARE(fifth.error().kind, Error::Blocked);
    // Locked: the right PIN waits too, and says how long.
    auto locked = s.login(kim->id, QStringLiteral("1357"));
    QCOMPARE(locked.error().kind, Error::Blocked);
    QVERIFY2(locked.error().message.contains(QLatin1String("30")), qPrintable(locked.error().message));
    m_t->clock().advanceMs(29 * 1000);
    QCOMPARE(s.login(kim->id, QStringLiteral("1357")).error().kind, Error::Blocked);
    m_t->clock().advanceMs(2 * 1000);
    // After the lock, one more wrong PIN locks again for twice as long.
    QCOMPARE(s.login(kim->id, QStringLiteral("0000")).error().kind, Error::Blocked);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT failed_attempts FROM staff WHERE id = %1").arg(kim->id)), 6);
    m_t->clock().advanceMs(61 * 1000);
    QVERIFY(s.login(kim->id, QStringLiteral("1357")).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT failed_attempts FROM staff WHERE id = %1").arg(kim->id)), 0);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'staff.locked'")), 2);
    QCOMPARE(s.login(9999, QStringLiteral("1357")).error().kind, Error::NotFound);
}

void TestStaffService::failuresSurviveARestart()
{
    {
        ServiceContext ctx = m_t->context();
        for (int i = 0; i < 3; ++i)
            QVERIFY(!StaffService(ctx).login(m_admin.id, QStringLiteral("0000")).ok());
    }
    QVERIFY(m_t->reopen());
    ServiceContext ctx = m_t->context();
    QVERIFY(!StaffService(ctx).login(m_admin.id, QStringLiteral("0000")).ok());
    auto r = StaffService(ctx).login(m_admin.id, QStringLiteral("0000"));
    QCOMPARE(r.error().kind, Error::Blocked); // the fifth, counted across the restart
}

void TestStaffService::approval()
{
    ServiceContext admin = asAdmin();
    auto lee = StaffService(admin).create(QStringLiteral("Lee"), Role::Manager, QStringLiteral("2468"));
    auto kim = StaffService(admin).create(QStringLiteral("Kim"), Role::Cashier, QStringLiteral("1357"));
    QVERIFY(lee.ok() && kim.ok());
    ServiceContext asKim = m_t->context();
    asKim.actor = StaffService::actorOf(kim.value());
    StaffService s(asKim);
    QCOMPARE(s.approve(lee->id, QStringLiteral("2468"), Action::Refund)->id, lee->id);
    QCOMPARE(s.approve(kim->id, QStringLiteral("1357"), Action::Refund).error().kind, Error::Forbidden);
    QCOMPARE(s.approve(lee->id, QStringLiteral("2469"), Action::Refund).error().kind, Error::Invalid);
    // A manager cannot approve what only an administrator may do.
    QCOMPARE(s.approve(lee->id, QStringLiteral("2468"), Action::RestoreBackup).error().kind,
             Error::Forbidden);
    QVERIFY(s.approve(m_admin.id, QStringLiteral("8642"), Action::RestoreBackup).ok());
}

void TestStaffService::switchedOffAccount()
{
    ServiceContext admin = asAdmin();
    auto kim = StaffService(admin).create(QStringLiteral("Kim"), Role::Cashier, QStringLiteral("1357"));
    QVERIFY(kim.ok());
    QVERIFY(StaffService(admin).setActive(kim->id, false).ok());
    QCOMPARE(StaffService(admin).login(kim->id, QStringLiteral("1357")).error().kind, Error::Forbidden);
    QCOMPARE(StaffService(admin).list(true).value().size(), 1);
    QCOMPARE(StaffService(admin).list(false).value().size(), 2);
    // The name is free again for a new account while the old one is off.
    QVERIFY(StaffService(admin).create(QStringLiteral("Kim"), Role::Cashier, QStringLiteral("2580")).ok());
}

void TestStaffService::lastAdministratorStays()
{
    ServiceContext admin = asAdmin();
    auto r = StaffService(admin).setActive(m_admin.id, false);
    QCOMPARE(r.error().kind, Error::Conflict);
    auto second
        = StaffService(admin).create(QStringLiteral("Owner"), Role::Administrator, QStringLiteral("4826"));
    QVERIFY(second.ok());
    QVERIFY(StaffService(admin).setActive(m_admin.id, false).ok());
}

void TestStaffService::changePin()
{
    ServiceContext ctx = m_t->context();
    StaffService s(ctx);
    QCOMPARE(s.changePin(m_admin.id, QStringLiteral("8642"), QStringLiteral("1111")).error().field,
             QStringLiteral("newPin"));
    QVERIFY(!s.changePin(m_admin.id, QStringLiteral("0000"), QStringLiteral("4826")).ok());
    QVERIFY(s.changePin(m_admin.id, QStringLiteral("8642"), QStringLiteral("4826")).ok());
    QVERIFY(!s.login(m_admin.id, QStringLiteral("8642")).ok());
    QVERIFY(s.login(m_admin.id, QStringLiteral("4826")).ok());
}

void TestStaffService::auditHoldsNoPin()
{
    ServiceContext admin = asAdmin();
    QVERIFY(StaffService(admin).create(QStringLiteral("Kim"), Role::Cashier, QStringLiteral("1357")).ok());
    QVERIFY(StaffService(admin).changePin(m_admin.id, QStringLiteral("8642"), QStringLiteral("4826")).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'staff.create'")), 2);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'staff.pin_changed'")),
             1);
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE coalesce(before_json, '') || "
                                   "coalesce(after_json, '') LIKE '%1357%' OR coalesce(after_json, '') LIKE "
                                   "'%4826%' OR coalesce(after_json, '') LIKE '%pin_hash%'")),
        0);
    // Kim's line names the administrator who made the account.
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT staff_id FROM audit_log WHERE action = 'staff.create' "
                                        "AND after_json LIKE '%Kim%'")),
             m_admin.id);
}

QTEST_GUILESS_MAIN(TestStaffService)
#include "tst_staffservice.moc"
