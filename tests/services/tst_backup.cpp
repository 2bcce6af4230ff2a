// Backups and restores on real files: consistent, private, checked, rotated, and never destructive.
#include "backupservice.h"
#include "checkoutservice.h"
#include "staffservice.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QtTest>

#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void roundTrip();
    void copyIsPrivateAndWhole();
    void stoppedCopyLeavesNoFile();
    void rotationKeepsNewestAndNeverForeignFiles();
    void dailyDue();
    void restoreRefuses_data();
    void restoreRefuses();
    void restoreKeepsTheOldDatabaseAside();
    void unwritableFolders();
    void fullDisk();
    void quickCheckFindsDamage();

private:
    void sell(qint64 amountMinor);
    QString dir(const QString &name) const { return QDir(m_t->dirPath()).filePath(name); }
    std::unique_ptr<TestDb> m_t;
    qint64 m_anna = 0;
};

void TestBackup::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    m_anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"));
    QVERIFY(m_anna);
}

void TestBackup::cleanup()
{
    m_t.reset();
}

void TestBackup::sell(qint64 amountMinor)
{
    SaleRequest r;
    r.cart.currency = QStringLiteral("EUR");
    CartLine l;
    l.description = QStringLiteral("Latte");
    l.unitPriceMinor = amountMinor;
    r.cart.lines << l;
    r.memberId = m_anna;
    QVERIFY(CheckoutService(m_t->context()).complete(r).ok());
}

void TestBackup::roundTrip()
{
    sell(1250);
    ServiceContext ctx = m_t->context();
    auto made = BackupService(ctx).backupNow();
    QVERIFY2(made.ok(), qPrintable(made.error().message + made.error().detail));
    QVERIFY(made->startsWith(dir(QStringLiteral("backups"))));
    QVERIFY(BackupService::isOurName(QFileInfo(made.value()).fileName()));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.create'")), 1);
    sell(500); // after the backup
    // Restored into another file, the backup holds the first sale and not the second.
    const QString restored = dir(QStringLiteral("restored.sqlite"));
    QVERIFY(
        BackupService::restore(Actor::machineOwner(), made.value(), restored, m_t->clock().nowUtc()).ok());
    auto db = Database::open(restored, Database::Mode::ExistingOnly);
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(total_minor) FROM purchases")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(1));
    QCOMPARE(q.value(1).toLongLong(), qint64(1250));
}

void TestBackup::copyIsPrivateAndWhole()
{
    sell(1250);
    const QString target = dir(QStringLiteral("copy.sqlite"));
    QVERIFY(BackupService::copy(m_t->path(), target).ok());
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal"))); // one self-contained file
    auto info = Backup::verify(target);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    QCOMPARE(info->schemaVersion, Database::latestVersion());
    // The same rows as the live file, read through the app.
    auto copy = Database::open(target, Database::Mode::ExistingOnly);
    QVERIFY(copy.ok());
    QSqlQuery q(copy.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(total_minor) FROM purchases")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases")));
    QCOMPARE(q.value(1).toLongLong(), qint64(1250));
    // Never over an existing file.
    QCOMPARE(BackupService::copy(m_t->path(), target).error().kind, Error::Conflict);
}

void TestBackup::stoppedCopyLeavesNoFile()
{
    // Closing the till stops a backup under way: nothing with the backup's name, nothing half-made.
    sell(1250);
    const QString target = dir(QStringLiteral("stopped.sqlite"));
    std::atomic_bool cancel {true};
    auto r = BackupService::copy(m_t->path(), target, &cancel);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Cancelled);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
    // The next one, not stopped, is whole.
    cancel = false;
    QVERIFY(BackupService::copy(m_t->path(), target, &cancel).ok());
    QVERIFY(Backup::verify(target).ok());
}

void TestBackup::rotationKeepsNewestAndNeverForeignFiles()
{
    const QString folder = dir(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        const QString t = QDir(folder).filePath(
            BackupService::fileNameFor(QDateTime(QDate(2026, 3, 1 + i), QTime(10, 0), Qt::UTC)));
        QVERIFY(BackupService::copy(m_t->path(), t).ok());
        made << t;
    }
    // Things that are not ours, or look ours but are not backups, stay.
    QFile foreign(QDir(folder).filePath(QStringLiteral("notes.txt")));
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write("keep me");
    foreign.close();
    QFile impostor(QDir(folder).filePath(QStringLiteral("loyalty-20200101-000000.sqlite")));
    QVERIFY(impostor.open(QIODevice::WriteOnly));
    impostor.write("not a database");
    impostor.close();
    auto removed = BackupService::rotate(folder, 2);
    QVERIFY(removed.ok());
    QCOMPARE(removed.value(), 3);
    QVERIFY(QFileInfo::exists(made.at(4)) && QFileInfo::exists(made.at(3)));
    QVERIFY(!QFileInfo::exists(made.at(0)));
    QVERIFY(foreign.exists());
    QVERIFY(impostor.exists());
    const auto listed = BackupService::list(folder);
    QCOMPARE(listed.size(), 3); // two good ones and the impostor, flagged
    QCOMPARE(listed.first().path, made.at(4));
    QVERIFY(listed.first().problem.isEmpty());
    QVERIFY(!listed.last().problem.isEmpty());
}

void TestBackup::dailyDue()
{
    ServiceContext ctx = m_t->context();
    BackupService b(ctx);
    QVERIFY(b.dailyDue());
    QVERIFY(b.backupNow().ok());
    QVERIFY(!b.dailyDue());
    m_t->clock().advanceDays(1);
    QVERIFY(b.dailyDue());
    QCOMPARE(b.keep(), 14);
}

void TestBackup::restoreRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("error");
    QTest::newRow("not a database") << "text" << int(Error::Corrupt);
    QTest::newRow("another program's database") << "foreign" << int(Error::Corrupt);
    QTest::newRow("a newer version") << "newer" << int(Error::TooNew);
    QTest::newRow("damaged") << "damaged" << int(Error::Corrupt);
    QTest::newRow("missing") << "missing" << int(Error::NotFound);
}

void TestBackup::restoreRefuses()
{
    QFETCH(QString, kind);
    QFETCH(int, error);
    const QString bad = dir(QStringLiteral("bad.sqlite"));
    if (kind == QLatin1String("text")) {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
    } else if (kind != QLatin1String("missing")) {
        QVERIFY(BackupService::copy(m_t->path(), bad).ok());
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(bad).constData(), &h), SQLITE_OK);
        if (kind == QLatin1String("foreign"))
            sqlite3_exec(h, "PRAGMA application_id = 42", nullptr, nullptr, nullptr);
        if (kind == QLatin1String("newer"))
            sqlite3_exec(h, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
        sqlite3_close(h);
        if (kind == QLatin1String("damaged")) {
            // Garbage over a page in the middle of the members' table.
            QFile f(bad);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            f.seek(size / 2 - (size / 2) % 4096);
            f.write(QByteArray(4096, '\x5a'));
        }
    }
    // The live file: checksum before, untouched after.
    const QString live = dir(QStringLiteral("live.sqlite"));
    QVERIFY(BackupService::copy(m_t->path(), live).ok());
    QFile lf(live);
    QVERIFY(lf.open(QIODevice::ReadOnly));
    const QByteArray before = lf.readAll();
    lf.close();
    auto r = BackupService::restore(Actor::machineOwner(), bad, live, m_t->clock().nowUtc());
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind), error);
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(lf.open(QIODevice::ReadOnly));
    QCOMPARE(lf.readAll(), before);
    QCOMPARE(QDir(m_t->dirPath()).entryList({QStringLiteral("live.sqlite*")}, QDir::Files).size(), 1);
}

void TestBackup::restoreKeepsTheOldDatabaseAside()
{
    sell(1250);
    const QString backup = dir(QStringLiteral("b.sqlite"));
    QVERIFY(BackupService::copy(m_t->path(), backup).ok());
    // A live database of its own, changed after the backup.
    const QString live = dir(QStringLiteral("shop.sqlite"));
    QVERIFY(BackupService::copy(m_t->path(), live).ok());
    {
        auto db = Database::open(live, Database::Mode::ExistingOnly);
        QVERIFY(db.ok());
        QVERIFY(
            db.value()->execScript(QStringLiteral("UPDATE members SET notes = 'after' WHERE id = 1")).ok());
    }
    auto kept = BackupService::restore(Actor::machineOwner(), backup, live,
                                       QDateTime(QDate(2026, 3, 14), QTime(10, 0), Qt::UTC));
    QVERIFY2(kept.ok(), qPrintable(kept.error().message));
    QVERIFY(kept->contains(QLatin1String("shop.sqlite.before-restore-")));
    QVERIFY(QFileInfo::exists(kept.value()));
    auto db = Database::open(live, Database::Mode::ExistingOnly);
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT coalesce(notes, '') FROM members WHERE id = 1")) && q.next());
    QCOMPARE(q.value(0).toString(), QString()); // as in the backup
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(live).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    // The old one opens too, with its change: a wrong restore can be undone.
    auto old = Database::open(kept.value(), Database::Mode::ExistingOnly);
    QVERIFY(old.ok());
    QSqlQuery o(old.value()->connection());
    QVERIFY(o.exec(QStringLiteral("SELECT notes FROM members WHERE id = 1")) && o.next());
    QCOMPARE(o.value(0).toString(), QStringLiteral("after"));
}

void TestBackup::unwritableFolders()
{
    // A folder path through a file (root may write anywhere, so permissions alone prove nothing here).
    QFile file(dir(QStringLiteral("plain-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto r = BackupService::copy(m_t->path(), dir(QStringLiteral("plain-file/backups/x.sqlite")));
    QCOMPARE(r.error().kind, Error::Storage);
    QVERIFY2(r.error().message.contains(QLatin1String("cannot be created")), qPrintable(r.error().message));
    auto p = Backup::copy(m_t->path(), QStringLiteral("/proc/loyalty-backup-test.sqlite"));
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, Error::Storage);
}

void TestBackup::fullDisk()
{
    // A disk that fills up: the file size limit makes every write past 64 KiB fail with EFBIG, as a
    // full disk does with ENOSPC.
    for (int i = 0; i < 200; ++i)
        sell(100 + i);
    QVERIFY(
        m_t->scalar(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size"))
        > 128 * 1024);
    const QString target = dir(QStringLiteral("full.sqlite"));
    struct rlimit old
    {
    };
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    auto r = BackupService::copy(m_t->path(), target);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Storage);
    QVERIFY2(r.error().message.contains(QLatin1String("disk")),
             qPrintable(r.error().message + r.error().detail));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
}

void TestBackup::quickCheckFindsDamage()
{
    const QString copy = dir(QStringLiteral("c.sqlite"));
    for (int i = 0; i < 300; ++i)
        sell(100 + i);
    QVERIFY(BackupService::copy(m_t->path(), copy).ok());
    QVERIFY(Backup::quickCheck(copy).ok());
    // The app closing stops the check: an answer at once, and no verdict on the file.
    const std::atomic_bool stop(true);
    auto stopped = Backup::quickCheck(copy, &stop);
    QVERIFY(!stopped.ok());
    QVERIFY(stopped.error().kind != Error::Corrupt);
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    for (qint64 p = 2; p < pages; p += 2) { // every other page after the schema
        f.seek(p * 4096 + 100);
        f.write(QByteArray(200, '\xff'));
    }
    f.close();
    auto r = Backup::quickCheck(copy);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Corrupt);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
