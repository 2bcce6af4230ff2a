// The till opens on a file with a backlog of expired points and sells while the background round
// settles it in steps; at the end the ledger and the balances agree.
#include "dialogs.h"
#include "integritycheck.h"
#include "mainwindow.h"
#include "salepage.h"
#include "settlerunner.h"
#include "testdb.h"
#include "typing.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

class TestSettlingUi : public QObject
{
    Q_OBJECT
private slots:
    void sellsWhileTheBacklogSettles();
};

void TestSettlingUi::sellsWhileTheBacklogSettles()
{
    // The runner reads the system clock: the lots are earned 14 months before today, so all of them
    // are past their expiry day (12 months) when the window opens.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TestDb db(QStringLiteral("EUR"), now.addMonths(-14));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(db.addDemoStaff());
    constexpr int kMembers = 120;
    for (int i = 0; i < kMembers; ++i) {
        const qint64 m = db.addMember(QStringLiteral("Member %1").arg(i),
                                      QStringLiteral("40000%1").arg(i, 7, 10, QLatin1Char('0')));
        for (int k = 0; k < 3; ++k)
            QVERIFY(db.sell(m, 600 + k).purchase.id != 0);
    }
    // One more member, with no lots, whose card the cashier scans.
    QVERIFY(db.addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015")));
    // The lots past their expiry day and not settled yet (the sale's own lot expires in a year).
    const QString backlog
        = QStringLiteral("SELECT count(*) FROM points_ledger l WHERE l.expires_on < '%1' AND l.points > "
                         "coalesce((SELECT sum(points) FROM points_allocations WHERE lot_id = l.id), 0)")
              .arg(now.toLocalTime().date().toString(Qt::ISODate));
    QCOMPARE(db.scalar(backlog), qint64(kMembers * 3));
    db.clock().set(now);

    MainWindow window(db.context());
    // A few members a step and a long pause after each: the round takes many steps (seconds), and
    // outlasts the sale even when a loaded machine settles ten members in a step.
    window.settleRunner()->setStepBudgetMs(1);
    window.settleRunner()->setPauseMs(200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TestUi::activate(&window);
    QTRY_VERIFY(window.settleRunner()->running());

    // A cashier (Kim, second in the list) signs in, scans a card and sells while it settles.
    auto *pin = window.findChild<QLineEdit *>(QStringLiteral("pinField"));
    QVERIFY(pin);
    QTest::keyClick(pin, Qt::Key_Down);
    QTest::keyClicks(pin, DemoStaff::cashierPin());
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_VERIFY(window.salePage());
    QCOMPARE(window.actor().role, Role::Cashier);
    auto *scan = window.salePage()->findChild<QLineEdit *>(QStringLiteral("scanField"));
    QVERIFY(scan);
    scan->setFocus();
    QTest::keyClicks(scan, QStringLiteral("2000000000015"));
    QTest::keyClick(scan, Qt::Key_Return);
    QTRY_VERIFY(window.salePage()->hasMember());
    QWidget *f = QApplication::focusWidget();
    QVERIFY(f);
    typeText(f, QStringLiteral("7.30"), 80);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F12, Qt::NoModifier,
                    80); // takes the amount, completes
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM purchases WHERE total_minor = 730")),
                 qint64(1));
    // The sale committed before the round ended: it was still busy, lots still unsettled.
    QVERIFY(window.settleRunner()->running());
    QVERIFY(db.scalar(backlog) > 0);
    auto *state = window.findChild<QLabel *>(QStringLiteral("settleState"));
    QVERIFY(state);
    QTRY_VERIFY(state->text().contains(QLatin1String("Settling expired points")));

    // The day's backup waits for the round: a copy beside it would hold the log from shrinking.
    const QString backups = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.create'");
    QElapsedTimer waited;
    waited.start();
    while (window.settleRunner()->running() && waited.elapsed() < 120000) {
        QCOMPARE(db.scalar(backups), qint64(0));
        QTest::qWait(50);
    }
    QVERIFY(!window.settleRunner()->running());
    QTRY_COMPARE_WITH_TIMEOUT(db.scalar(backups), qint64(1), 60000);
    // Every lot of the backlog is settled, each once.
    QCOMPARE(db.scalar(backlog), qint64(0));
    QCOMPARE(db.scalar(QStringLiteral(
                 "SELECT count(*) FROM (SELECT lot_id FROM points_allocations a JOIN points_ledger e ON "
                 "e.id = a.entry_id WHERE e.kind = 'expire' GROUP BY lot_id HAVING count(*) > 1)")),
             qint64(0));
    QCOMPARE(db.scalar(QStringLiteral("SELECT sum(points) FROM points_ledger")),
             db.scalar(QStringLiteral("SELECT sum(points_balance) FROM members")));
    auto check = IntegrityCheck(db.db()).run();
    QVERIFY(check.ok());
    QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestSettlingUi)
#include "tst_settling_ui.moc"
