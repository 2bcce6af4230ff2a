#include "headoffice.h"
#include "repositories.h"
#include "syncdialog.h"
#include "testdb.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

// Manage → Sync, driven by keyboard as a manager would (issue 7, item 5).
class TestSyncDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_t = std::make_unique<TestDb>(); }
    void cleanup() { m_t.reset(); }
    void statusSaysWhatWaits();
    void headOfficeIsSavedAndAFailureNamed();

private:
    std::unique_ptr<TestDb> m_t;
};

void TestSyncDialog::statusSaysWhatWaits()
{
    m_t->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    ServiceContext ctx = m_t->context();
    SyncDialog dialog(ctx);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("syncStatus"));
    QVERIFY(status);
    // The program defaults, the member and the card have not left yet.
    QVERIFY2(status->text().contains(QLatin1String("Never synced. 3 changes waiting")),
             qPrintable(status->text()));
}

void TestSyncDialog::headOfficeIsSavedAndAFailureNamed()
{
    ServiceContext ctx = m_t->context();
    SyncDialog dialog(ctx);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("syncHost"));
    QVERIFY(host);
    host->setFocus();
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1")); // nothing listens on port 1
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("head office"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("till"));
    auto *now = dialog.findChild<QPushButton *>(QStringLiteral("syncNow"));
    QVERIFY(now);
    QTest::mouseClick(now, Qt::LeftButton);
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("syncResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("cannot be reached")), 20000);
    QVERIFY(now->isEnabled());
    // Saved for the scheduled sync, a database name with a space quoted as libpq wants it.
    auto saved = SettingsRepository(m_t->db()).value(QLatin1String(HeadOffice::kConninfoKey));
    QVERIFY(saved && saved->has_value());
    QCOMPARE(saved->value(), QStringLiteral("host=127.0.0.1 port=1 dbname='head office' user=till"));
    // The failure is kept for the status bar.
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("syncStatus"));
    QVERIFY2(status->text().contains(QLatin1String("failed")), qPrintable(status->text()));
}

QTEST_MAIN(TestSyncDialog)
#include "tst_syncdialog.moc"
