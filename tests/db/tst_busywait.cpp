// A connection that meets a lock another one holds waits for it, trying again every millisecond, and
// says the file is busy only after its timeout (BusyWait, installed by Database::open).
#include "database.h"
#include "sqlite/busywait.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <thread>

class TestBusyWait : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void waitsForTheLockToBeFreed();
    void busyAfterItsTimeout();
    void restartGivesWayToALongReader();

private:
    // A second connection of this process, holding the write lock from BEGIN IMMEDIATE.
    sqlite3 *holdWriteLock();
    void beginWhileAnotherLetsGoAfter(int ms);
    QString path() const { return m_dir.filePath(QStringLiteral("busy.sqlite")); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestBusyWait::init()
{
    QVERIFY(m_dir.isValid());
    auto opened = Database::open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened.value());
}

void TestBusyWait::cleanup()
{
    m_db.reset();
}

sqlite3 *TestBusyWait::holdWriteLock()
{
    sqlite3 *other = nullptr;
    if (sqlite3_open(path().toUtf8().constData(), &other) != SQLITE_OK)
        return nullptr;
    if (sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_close(other);
        return nullptr;
    }
    return other;
}

void TestBusyWait::waitsForTheLockToBeFreed()
{
    beginWhileAnotherLetsGoAfter(40);
}

// Another connection holds the write lock and lets go after `ms` from another thread, as another
// program's step ends: the Database's transaction waits for it and commits.
void TestBusyWait::beginWhileAnotherLetsGoAfter(int ms)
{
    sqlite3 *other = holdWriteLock();
    QVERIFY(other);
    std::thread release([other, ms] {
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
    });
    Transaction tx(*m_db);
    const bool begun = tx.begun();
    release.join();
    sqlite3_close(other);
    QVERIFY2(begun, qPrintable(begun ? QString() : tx.beginError().detail));
    QVERIFY(tx.commit().ok());
}

void TestBusyWait::busyAfterItsTimeout()
{
    sqlite3 *other = holdWriteLock();
    QVERIFY(other);
    sqlite3 *waiting = nullptr;
    QCOMPARE(sqlite3_open(path().toUtf8().constData(), &waiting), SQLITE_OK);
    BusyWait wait;
    QVERIFY(BusyWait::install(waiting, &wait, 30));
    // Never let go: the waiting connection gives up with SQLITE_BUSY, and is asked again next time.
    QCOMPARE(sqlite3_exec(waiting, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_BUSY);
    QCOMPARE(sqlite3_exec(waiting, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_BUSY);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    QCOMPARE(sqlite3_exec(waiting, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_exec(waiting, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(waiting);
    sqlite3_close(other);
}

// A reader that stays (a report, `check`): the restart gives up after a few milliseconds rather than
// holding the sales back for the whole busy timeout, and succeeds once the reader is gone.
void TestBusyWait::restartGivesWayToALongReader()
{
    QVERIFY(m_db->execScript(QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);")).ok());
    sqlite3 *reader = nullptr;
    QCOMPARE(sqlite3_open(path().toUtf8().constData(), &reader), SQLITE_OK);
    QCOMPARE(sqlite3_exec(reader, "BEGIN; SELECT * FROM t;", nullptr, nullptr, nullptr), SQLITE_OK);
    QVERIFY(m_db->execScript(QStringLiteral("INSERT INTO t VALUES (2);")).ok());
    bool busy = false;
    auto restarted = m_db->checkpoint(Database::Checkpoint::Restart, &busy);
    QVERIFY(restarted.ok());
    QVERIFY(busy);
    QVERIFY(restarted.value() > 0);
    sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
    restarted = m_db->checkpoint(Database::Checkpoint::Restart, &busy);
    QVERIFY(restarted.ok());
    QVERIFY(!busy);
    sqlite3_close(reader);
    // The connection's own waits are as long as before.
    beginWhileAnotherLetsGoAfter(60);
}

QTEST_GUILESS_MAIN(TestBusyWait)
#include "tst_busywait.moc"
