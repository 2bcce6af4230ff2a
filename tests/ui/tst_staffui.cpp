// The login page, switching person, auto-lock, manager approval, the audit viewer and the first-run
// wizard, driven by keyboard on real widgets over a real database file.
#include "approval.h"
#include "auditviewer.h"
#include "backup.h"
#include "dialogs.h"
#include "firstrunwizard.h"
#include "loginpage.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "salepage.h"
#include "staffservice.h"
#include "terminalservice.h"
#include "testdb.h"
#include "typing.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

class TestStaffUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void startsOnTheLoginPage();
    void signInWithArrowsAndPin();
    void wrongPinsLockTheAccount();
    void switchPersonKeepsNothingOfTheOther();
    void idleLock();
    void cashierNeedsManagerApproval();
    void approvalRefusesCashierPinAndWrongPin();
    void deniedActionIsExplained();
    void auditViewerFilters();
    void backupNowFromTheMenu();
    void refundTheLastSaleByKeyboard();
    void firstRunWizardMakesShopAndAdministrator();
    void firstRunWizardRefusesBadInput();

private:
    void typeInto(QWidget *w, const QString &text) { QTest::keyClicks(w, text); }
    // Runs `body` on the next modal dialog; closes it if a check failed so exec() returns.
    void onDialog(std::function<void(QDialog *)> body)
    {
        TestUi::answerDialog(this, nullptr, std::move(body));
    }
    void signIn(const QString &pin, int downs = 0)
    {
        auto *pinField = m_window->findChild<QLineEdit *>(QStringLiteral("pinField"));
        QVERIFY(pinField);
        for (int i = 0; i < downs; ++i)
            QTest::keyClick(pinField, Qt::Key_Down);
        typeInto(pinField, pin);
        QTest::keyClick(pinField, Qt::Key_Return);
    }
    QListWidget *staffList() { return m_window->findChild<QListWidget *>(QStringLiteral("staffList")); }

    std::unique_ptr<TestDb> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_admin = 0, m_cashier = 0, m_manager = 0;
};

void TestStaffUi::init()
{
    m_db = std::make_unique<TestDb>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    // Listed by name: Admin, Kim, Lee.
    const auto staff = m_db->addDemoStaff();
    QVERIFY(staff);
    m_admin = staff->administrator.id;
    m_cashier = staff->cashier.id;
    m_manager = staff->manager.id;
    m_window = std::make_unique<MainWindow>(m_db->context());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    TestUi::activate(m_window.get());
}

void TestStaffUi::cleanup()
{
    m_window.reset();
    m_db.reset();
}

void TestStaffUi::startsOnTheLoginPage()
{
    QVERIFY(m_window->loginPage()->isVisible());
    QVERIFY(!m_window->salePage());
    QCOMPARE(staffList()->count(), 3);
    QCOMPARE(QApplication::focusWidget(), m_window->findChild<QLineEdit *>(QStringLiteral("pinField")));
}

void TestStaffUi::signInWithArrowsAndPin()
{
    signIn(DemoStaff::cashierPin(), 1); // Down once: Kim
    QVERIFY(m_window->salePage());
    QVERIFY(m_window->salePage()->isVisible());
    QCOMPARE(m_window->actor().staffId, m_cashier);
    QCOMPARE(m_window->actor().role, Role::Cashier);
    QVERIFY(
        m_window->findChild<QLabel *>(QStringLiteral("signedInAs"))->text().startsWith(QLatin1String("Kim")));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("scanField"));
}

void TestStaffUi::wrongPinsLockTheAccount()
{
    for (int i = 0; i < 4; ++i) {
        signIn(QStringLiteral("9999"));
        QCOMPARE(m_window->loginPage()->banner()->kind(), MessageBanner::Kind::Error);
    }
    QVERIFY(m_window->loginPage()->banner()->text().contains(QLatin1String("1 more try")));
    signIn(QStringLiteral("9999"));
    QCOMPARE(m_window->loginPage()->banner()->kind(), MessageBanner::Kind::Warning);
    // Locked: even the right PIN waits.
    signIn(DemoStaff::administratorPin());
    QVERIFY(!m_window->salePage());
    QVERIFY(m_window->loginPage()->banner()->text().contains(QLatin1String("Try again in")));
    m_db->clock().advanceMs(31 * 1000);
    signIn(DemoStaff::administratorPin());
    QVERIFY(m_window->salePage());
    QCOMPARE(m_window->actor().staffId, m_admin);
}

void TestStaffUi::switchPersonKeepsNothingOfTheOther()
{
    signIn(DemoStaff::cashierPin(), 1);
    QPointer<SalePage> kims = m_window->salePage();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2000000000015"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F10);
    QVERIFY(m_window->loginPage()->isVisible());
    QVERIFY(m_window->loginPage()->banner()->text().contains(QLatin1String("Kim signed out")));
    // The next person: Lee, two rows below Admin... the list starts on Kim now.
    QCOMPARE(staffList()->currentItem()->text().left(3), QStringLiteral("Kim"));
    signIn(DemoStaff::managerPin(), 1);
    QCOMPARE(m_window->actor().staffId, m_manager);
    QVERIFY(kims.isNull()); // Lee works on a page of his own
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("scanField"))->text(), QString());
}

void TestStaffUi::idleLock()
{
    // The interval comes from the shop's setting; 5 minutes by default.
    signIn(DemoStaff::administratorPin());
    m_window->lock(MainWindow::LockReason::Idle);
    QVERIFY(m_window->loginPage()->isVisible());
    QVERIFY(m_window->loginPage()->banner()->text().contains(QLatin1String("5 minute")));
    // Signing in again as the same person returns to the same page.
    SalePage *page = m_window->salePage();
    signIn(DemoStaff::administratorPin());
    QCOMPARE(m_window->salePage(), page);
}

void TestStaffUi::cashierNeedsManagerApproval()
{
    ServiceContext ctx = m_db->context();
    ctx.actor = StaffService::actorOf(StaffService(ctx).byId(m_cashier).value());
    onDialog([](QDialog *d) {
        auto *who = d->findChild<QComboBox *>(QStringLiteral("approverField"));
        // Only those allowed to refund are offered: Admin and Lee, not Kim herself.
        QCOMPARE(who->count(), 2);
        who->setCurrentIndex(who->findText(QStringLiteral("Lee"), Qt::MatchStartsWith));
        QTest::keyClicks(QApplication::focusWidget(), DemoStaff::managerPin());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    qint64 by = -1;
    QVERIFY(Approval::obtain(m_window.get(), ctx, Action::Refund, QStringLiteral("Refund sale 12"), &by));
    QCOMPARE(by, m_manager);
    // A manager needs nobody.
    ctx.actor.role = Role::Manager;
    QVERIFY(Approval::obtain(m_window.get(), ctx, Action::Refund, QStringLiteral("Refund sale 12"), &by));
    QCOMPARE(by, 0);
}

void TestStaffUi::approvalRefusesCashierPinAndWrongPin()
{
    ServiceContext ctx = m_db->context();
    ctx.actor = StaffService::actorOf(StaffService(ctx).byId(m_cashier).value());
    QString shown;
    onDialog([&shown](QDialog *d) {
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1111"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(d->isVisible());
        shown = d->findChild<MessageBanner *>()->text();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    });
    qint64 by = -1;
    QVERIFY(
        !Approval::obtain(m_window.get(), ctx, Action::AdjustPoints, QStringLiteral("Add 100 points"), &by));
    QCOMPARE(by, 0);
    QVERIFY2(shown.contains(QLatin1String("Wrong PIN")), qPrintable(shown));
}

void TestStaffUi::deniedActionIsExplained()
{
    ServiceContext ctx = m_db->context();
    ctx.actor = StaffService::actorOf(StaffService(ctx).byId(m_cashier).value());
    QString shown;
    onDialog([&shown](QDialog *d) {
        shown = d->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        QTest::keyClick(d, Qt::Key_Escape);
    });
    QVERIFY(
        !Approval::obtain(m_window.get(), ctx, Action::ViewAudit, QStringLiteral("Audit trail"), nullptr));
    QVERIFY2(shown.contains(QLatin1String("cashier")), qPrintable(shown));
}

void TestStaffUi::auditViewerFilters()
{
    ServiceContext ctx = m_db->context();
    ctx.actor = StaffService::actorOf(StaffService(ctx).byId(m_admin).value());
    {
        // The model alone under Qt's tester (a view attached before the tester would fetch in the
        // middle of the tester's own reset bookkeeping).
        AuditModel model(ctx);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 3);
    }
    AuditViewer viewer(ctx);
    // Creating Kim and Lee and the first administrator: three lines, newest first.
    QCOMPARE(viewer.model()->total(), 3);
    QCOMPARE(viewer.model()->index(0, 3).data().toString(), QStringLiteral("staff.create"));
    QCOMPARE(viewer.model()->index(0, 1).data().toString(), QStringLiteral("Admin"));
    auto *text = viewer.findChild<QLineEdit *>(QStringLiteral("textFilter"));
    QTest::keyClicks(text, QStringLiteral("manager"));
    QCOMPARE(viewer.model()->total(), 1);
    text->clear();
    auto *who = viewer.findChild<QComboBox *>(QStringLiteral("staffFilter"));
    who->setCurrentIndex(who->findText(QStringLiteral("Kim")));
    QCOMPARE(viewer.model()->total(), 0);
    QVERIFY(
        viewer.findChild<QLabel *>(QStringLiteral("auditStatus"))->text().contains(QLatin1String("Nothing")));
    // A period that ends before it starts says so.
    who->setCurrentIndex(0);
    auto *from = viewer.findChild<QDateEdit *>(QStringLiteral("fromField"));
    auto *to = viewer.findChild<QDateEdit *>(QStringLiteral("toField"));
    from->setDate(to->date().addDays(3));
    QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("auditStatus"))
                ->text()
                .contains(QLatin1String("ends before")));
    QCOMPARE(viewer.model()->rowCount(), 0);
}

void TestStaffUi::backupNowFromTheMenu()
{
    signIn(DemoStaff::managerPin(), 2); // Lee, a manager: no approval needed
    QCOMPARE(m_window->actor().staffId, m_manager);
    auto *backup = m_window->findChild<QAction *>(QStringLiteral("backupAction"));
    QVERIFY(backup);
    backup->trigger();
    const QDir folder(QDir(m_db->dirPath()).filePath(QStringLiteral("backups")));
    // The copy runs on a worker thread; the line in the trail is written when it is done.
    QTRY_COMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.create' "
                                             "AND staff_id = %1")
                                  .arg(m_manager)),
                 1);
    const QStringList files = folder.entryList({QStringLiteral("loyalty-*.sqlite")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY(Backup::verify(folder.filePath(files.first())).ok());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Backed up")));
}

void TestStaffUi::refundTheLastSaleByKeyboard()
{
    QVERIFY(m_db->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015")));
    signIn(DemoStaff::managerPin(), 2); // Lee, a manager
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2000000000015"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12.50"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT points_balance FROM members WHERE name = 'Anna Petrova'")),
             12);
    bool reached = false;
    TestUi::answerDialog(this, "refundDialog", [&](QDialog *d) {
        // The sale just made is offered; the cursor waits in the reason.
        QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("receiptField"))->text(), QStringLiteral("1"));
        QVERIFY(
            d->findChild<QLabel *>(QStringLiteral("saleSummary"))->text().contains(QLatin1String("12.50")));
        QCOMPARE(QApplication::focusWidget(), d->findChild<QLineEdit *>(QStringLiteral("reasonField")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Wrong order"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        reached = true;
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
    QVERIFY(reached);
    QTRY_VERIFY(m_window->isActiveWindow());
    QCOMPARE(m_window->salePage()->banner()->kind(), MessageBanner::Kind::Positive);
    QCOMPARE(m_db->scalar(
                 QStringLiteral("SELECT count(*) FROM purchases WHERE kind = 'refund' AND refund_of = 1")),
             1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT points_balance FROM members WHERE name = 'Anna Petrova'")),
             0);
}

void TestStaffUi::firstRunWizardMakesShopAndAdministrator()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    QVERIFY(db.ok());
    FixedClock clock(QDateTime(QDate(2026, 3, 14), QTime(10, 0), Qt::UTC));
    FirstRunWizard wizard(*db.value(), clock);
    wizard.show();
    TestUi::activate(&wizard);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("shopField"));
    typeText(QApplication::focusWidget(), QStringLiteral("Café Lumière"));
    auto *currency = wizard.findChild<QComboBox *>(QStringLiteral("currencyField"));
    currency->setCurrentIndex(currency->findData(QStringLiteral("BGN")));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("adminField")), QStringLiteral("Owner"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("pinField")), QStringLiteral("4826"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("pinAgainField")), QStringLiteral("4826"));
    QTest::keyClick(wizard.findChild<QLineEdit *>(QStringLiteral("pinAgainField")), Qt::Key_Return);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.terminal().storeName, QStringLiteral("Café Lumière"));
    QCOMPARE(wizard.terminal().currency, QStringLiteral("BGN"));
    ServiceContext ctx(*db.value(), clock, wizard.terminal());
    auto owner = StaffService(ctx).byName(QStringLiteral("Owner"));
    QVERIFY(owner.ok());
    QCOMPARE(owner->role, QStringLiteral("administrator"));
    QVERIFY(StaffService(ctx).login(owner->id, QStringLiteral("4826")).ok());
}

void TestStaffUi::firstRunWizardRefusesBadInput()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    QVERIFY(db.ok());
    FixedClock clock(QDateTime(QDate(2026, 3, 14), QTime(10, 0), Qt::UTC));
    FirstRunWizard wizard(*db.value(), clock);
    wizard.show();
    TestUi::activate(&wizard);
    auto *banner = wizard.findChild<MessageBanner *>();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(banner->text().contains(QLatin1String("shop's name")));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("shopField")), QStringLiteral("Shop"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("adminField")), QStringLiteral("Owner"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("pinField")), QStringLiteral("4826"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("pinAgainField")), QStringLiteral("4827"));
    QTest::keyClick(wizard.findChild<QLineEdit *>(QStringLiteral("pinAgainField")), Qt::Key_Return);
    QVERIFY(banner->text().contains(QLatin1String("differ")));
    QVERIFY(!TerminalService(*db.value(), clock).local().ok()); // nothing written yet
    // A trivial PIN: the shop is saved, the administrator is not, and the wizard says why.
    auto *pin = wizard.findChild<QLineEdit *>(QStringLiteral("pinField"));
    pin->clear();
    QTest::keyClicks(pin, QStringLiteral("1111"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("pinAgainField")), QStringLiteral("1111"));
    QTest::keyClick(wizard.findChild<QLineEdit *>(QStringLiteral("pinAgainField")), Qt::Key_Return);
    QVERIFY2(banner->text().contains(QLatin1String("too easy")), qPrintable(banner->text()));
    QVERIFY(wizard.isVisible());
    QCOMPARE(QApplication::focusWidget(), pin);
}

QTEST_MAIN(TestStaffUi)
#include "tst_staffui.moc"
