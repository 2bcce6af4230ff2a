#include "headoffice.h"
#include "repositories.h"
#include "syncdialog.h"
#include "syncservice.h"
#include "testdb.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {
// The dialog is a manager's: its tests say so rather than lean on a default.
ServiceContext asManager(TestDb &t)
{
    ServiceContext c = t.context();
    c.actor.role = Role::Manager;
    return c;
}
} // namespace

// Manage → Sync, driven by keyboard as a manager would.
class TestSyncDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_t = std::make_unique<TestDb>(); }
    void cleanup() { m_t.reset(); }
    void statusSaysWhatWaits();
    void headOfficeIsSavedAndAFailureNamed();
    void importShowsItsProgress();
    void cancelledImportChangesNothing();

private:
    // A batch of another terminal with a few members; how many rows it carries.
    qint64 batchFromElsewhere(TestDb &other, const QString &dir);

    std::unique_ptr<TestDb> m_t;
};

qint64 TestSyncDialog::batchFromElsewhere(TestDb &other, const QString &dir)
{
    for (int i = 0; i < 5; ++i)
        other.addMember(QStringLiteral("Member %1").arg(i), QStringLiteral("200000000%1").arg(i));
    ServiceContext ctx = asManager(other);
    auto s = SyncService(ctx).exportBatch(dir);
    if (!s) {
        qWarning("export failed: %s", qPrintable(s.error().message));
        return 0;
    }
    return s->rows;
}

void TestSyncDialog::statusSaysWhatWaits()
{
    m_t->addMember(QStringLiteral("Anna"), QStringLiteral("2000000000015"));
    ServiceContext ctx = asManager(*m_t);
    SyncDialog dialog(ctx);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("syncStatus"));
    QVERIFY(status);
    // The program defaults, the member and the card have not left yet.
    QVERIFY2(status->text().contains(QLatin1String("Never synced. 3 changes waiting")),
             qPrintable(status->text()));
}

void TestSyncDialog::headOfficeIsSavedAndAFailureNamed()
{
    ServiceContext ctx = asManager(*m_t);
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
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("s3cret"));
    auto *now = dialog.findChild<QPushButton *>(QStringLiteral("syncNow"));
    QVERIFY(now);
    QTest::mouseClick(now, Qt::LeftButton);
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("syncResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("cannot be reached")), 20000);
    QVERIFY(now->isEnabled());
    // Saved for the scheduled sync, a database name with a space quoted as libpq wants it.
    auto saved = SettingsRepository(m_t->db()).value(QLatin1String(HeadOffice::kConninfoKey));
    QVERIFY(saved && saved->has_value());
    QCOMPARE(saved->value(),
             QStringLiteral("host=127.0.0.1 port=1 dbname='head office' user=till password=s3cret"));
    // Through the sync settings, with a line in the audit trail that keeps the password out.
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync.settings' "
                                        "AND after_json LIKE '%head office%'")),
             1);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE after_json LIKE '%s3cret%'")),
             0);
    // The failure is kept for the status bar.
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("syncStatus"));
    QVERIFY2(status->text().contains(QLatin1String("failed")), qPrintable(status->text()));
}

// The import runs on a worker with a progress window that counts the batch's rows.
void TestSyncDialog::importShowsItsProgress()
{
    TestDb other;
    const QString dir = QDir(m_t->dirPath()).filePath(QStringLiteral("batch"));
    const qint64 rows = batchFromElsewhere(other, dir);
    QVERIFY(rows > 10);
    ServiceContext ctx = asManager(*m_t);
    SyncDialog dialog(ctx);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy progress(&dialog, &SyncDialog::importProgress);
    QSignalSpy synced(&dialog, &SyncDialog::synced);
    dialog.importFrom(dir);
    QVERIFY(dialog.busy());
    QVERIFY(dialog.findChild<QProgressDialog *>(QStringLiteral("syncImportProgress")));
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 20000);
    QVERIFY2(dialog.resultText().contains(QLatin1String("rows read")), qPrintable(dialog.resultText()));
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.first().at(0).toLongLong(), 0);
    QCOMPARE(progress.first().at(1).toLongLong(), rows);
    QCOMPARE(progress.last().at(0).toLongLong(), rows);
    QCOMPARE(progress.last().at(1).toLongLong(), rows);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), 5);
}

// Cancel rolls the import back whole and says so, in a tone that is not an error's.
void TestSyncDialog::cancelledImportChangesNothing()
{
    TestDb other;
    const QString dir = QDir(m_t->dirPath()).filePath(QStringLiteral("batch"));
    QVERIFY(batchFromElsewhere(other, dir) > 0);
    ServiceContext ctx = asManager(*m_t);
    SyncDialog dialog(ctx);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy synced(&dialog, &SyncDialog::synced);
    {
        // Another connection holds the write lock, so the import waits before its first row and
        // Cancel surely comes first.
        QSqlDatabase blocker
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
        blocker.setDatabaseName(m_t->path());
        QVERIFY(blocker.open());
        QSqlQuery lock(blocker);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));
        dialog.importFrom(dir);
        auto *bar = dialog.findChild<QProgressDialog *>(QStringLiteral("syncImportProgress"));
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        auto *cancel = bar->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        blocker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy(), 20000);
    QVERIFY2(dialog.resultText().contains(QLatin1String("cancelled")), qPrintable(dialog.resultText()));
    QCOMPARE(synced.count(), 0);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), 0);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM sync_batches")), 0);
    // Nothing half-applied waits either: the batch imports whole afterwards.
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM sync_pending")), 0);
    dialog.importFrom(dir);
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 20000);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), 5);
}

QTEST_MAIN(TestSyncDialog)
#include "tst_syncdialog.moc"
