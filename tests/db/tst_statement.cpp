// The SQLite wrappers of db/sqlite against a real file: a prepared statement that finalizes itself,
// its errors as Error, a PRAGMA set for a while, and a cancelled statement.
#include "sqlite/pragmaguard.h"
#include "sqlite/statement.h"
#include "sqlite/statementcache.h"
#include "testdb.h"

#include <QtTest>

#include <thread>

class TestStatement : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void bindStepReadAndRunAgain();
    void nullsAndBlobs();
    void finalizedWhenItGoes();
    void errorsAreErrors_data();
    void errorsAreErrors();
    void interruptCancels();
    void pragmaComesBack();
    void pragmaRestoredEarly();
    void cacheKeepsOneStatementPerText();
    void cachedStatementRecoversFromAFailure();
    void cacheDoesNotKeepWhatCannotBePrepared();
    void cachedStatementsGoBeforeTheConnection();

private:
    std::unique_ptr<TestDb> m_t;
};

void TestStatement::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    QVERIFY(Statement::execute(m_t->db(),
                               "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT, b BLOB)",
                               QStringLiteral("x")));
}

void TestStatement::cleanup()
{
    m_t.reset();
}

void TestStatement::bindStepReadAndRunAgain()
{
    Statement insert(m_t->db(), "INSERT INTO t (n, s) VALUES (?, ?)", Statement::Kind::Persistent);
    QVERIFY(insert.ok());
    const QByteArray texts[] = {"один", "two"};
    for (int i = 0; i < 2; ++i) {
        insert.bind(1, qint64(40 + i));
        insert.bindText(2, texts[i]);
        QCOMPARE(insert.step(), Statement::Step::Done);
        QCOMPARE(insert.changes(), 1);
        QCOMPARE(insert.lastInsertRowid(), i + 1);
        insert.reset();
    }
    Statement read(m_t->db(), "SELECT n, s, n * 1.5 FROM t ORDER BY id");
    QCOMPARE(read.step(), Statement::Step::Row);
    QCOMPARE(read.type(0), Statement::Type::Integer);
    QCOMPARE(read.int64(0), 40);
    QCOMPARE(read.string(1), QStringLiteral("один"));
    QCOMPARE(read.type(2), Statement::Type::Real);
    QCOMPARE(read.real(2), 60.0);
    QCOMPARE(read.step(), Statement::Step::Row);
    QCOMPARE(read.text(1), QByteArrayView("two"));
    QCOMPARE(read.step(), Statement::Step::Done);
    QVERIFY(read.ok());
    read.reset(); // from the start again
    QCOMPARE(read.step(), Statement::Step::Row);
    QCOMPARE(read.int64(0), 40);
}

void TestStatement::nullsAndBlobs()
{
    Statement insert(m_t->db(), "INSERT INTO t (n, s, b) VALUES (?, ?, ?)");
    insert.bindNull(1);
    QByteArray copied = "gone after the bind";
    insert.bindTextCopy(2, copied);
    copied.fill('x'); // the statement kept its own copy
    insert.bindBlob(3, QByteArray("\0\1\2", 3));
    QVERIFY(insert.run());
    Statement read(m_t->db(), "SELECT n, s, b FROM t");
    QCOMPARE(read.step(), Statement::Step::Row);
    QVERIFY(read.isNull(0));
    QCOMPARE(read.type(0), Statement::Type::Null);
    QCOMPARE(read.string(1), QStringLiteral("gone after the bind"));
    QCOMPARE(read.type(2), Statement::Type::Blob);
    QCOMPARE(read.text(2).size(), 3);
    // Empty text is text, not NULL, even from a QByteArray that holds nothing at all.
    Statement empty(m_t->db(), "SELECT ? IS NULL, length(?)");
    empty.bindText(1, QByteArray());
    empty.bindTextCopy(2, QByteArray());
    QCOMPARE(empty.step(), Statement::Step::Row);
    QCOMPARE(empty.int64(0), 0);
    QCOMPARE(empty.int64(1), 0);
}

void TestStatement::finalizedWhenItGoes()
{
    QVERIFY(Statement::execute(m_t->db(), "INSERT INTO t (n) VALUES (1), (2)", QStringLiteral("x")));
    {
        Statement open(m_t->db(), "SELECT n FROM t");
        QCOMPARE(open.step(), Statement::Step::Row);
        // A statement in the middle of its rows holds the table: it cannot be dropped now.
        auto dropped = Statement::execute(m_t->db(), "DROP TABLE t", QStringLiteral("Drop."));
        QVERIFY(!dropped);
        Statement moved = std::move(open); // moving hands it on, it does not finalize twice
        QVERIFY(!open.ok());
        QVERIFY(moved.ok());
    }
    QVERIFY(Statement::execute(m_t->db(), "DROP TABLE t", QStringLiteral("Drop.")));
}

void TestStatement::errorsAreErrors_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("detail");
    QTest::newRow("no such table") << QByteArray("SELECT * FROM nowhere") << int(Error::Storage)
                                   << QStringLiteral("no such table: nowhere");
    QTest::newRow("syntax") << QByteArray("SELEKT 1") << int(Error::Storage)
                            << QStringLiteral("syntax error");
    QTest::newRow("constraint") << QByteArray("INSERT INTO t (id) VALUES (1), (1)") << int(Error::Conflict)
                                << QStringLiteral("UNIQUE constraint failed");
}

void TestStatement::errorsAreErrors()
{
    QFETCH(QByteArray, sql);
    QFETCH(int, kind);
    QFETCH(QString, detail);
    auto r = Statement::execute(m_t->db(), sql, QStringLiteral("The thing cannot be done."));
    QVERIFY(!r);
    QCOMPARE(int(r.error().kind), kind);
    QVERIFY2(r.error().message.startsWith(QStringLiteral("The thing cannot be done.")),
             qPrintable(r.error().message));
    QVERIFY2(r.error().detail.contains(detail), qPrintable(r.error().detail));
}

void TestStatement::interruptCancels()
{
    // A query with no end, stopped from another thread as Cancel stops a report.
    Statement endless(m_t->db(),
                      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                      "SELECT count(*) FROM c");
    QVERIFY(endless.ok());
    const Database &db = m_t->db();
    std::thread canceller([&db] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        db.interrupt();
    });
    const Statement::Step step = endless.step();
    canceller.join();
    QCOMPARE(step, Statement::Step::Failed);
    QCOMPARE(endless.error(QStringLiteral("Counting.")).kind, Error::Cancelled);
    // The connection works on afterwards.
    QVERIFY(Statement::execute(m_t->db(), "INSERT INTO t (n) VALUES (1)", QStringLiteral("x")));
}

void TestStatement::pragmaComesBack()
{
    const QByteArray cache = PragmaGuard::read(m_t->db(), "cache_size");
    QVERIFY(!cache.isEmpty());
    QCOMPARE(PragmaGuard::read(m_t->db(), "journal_mode"), QByteArray("wal"));
    {
        PragmaGuard bigger(m_t->db(), "cache_size", "-4321");
        PragmaGuard journal(m_t->db(), "journal_mode", "DELETE");
        QCOMPARE(bigger.was(), cache);
        QCOMPARE(journal.answer(), QByteArray("delete"));
        QCOMPARE(PragmaGuard::read(m_t->db(), "cache_size"), QByteArray("-4321"));
        QCOMPARE(PragmaGuard::read(m_t->db(), "journal_mode"), QByteArray("delete"));
    }
    QCOMPARE(PragmaGuard::read(m_t->db(), "cache_size"), cache);
    QCOMPARE(PragmaGuard::read(m_t->db(), "journal_mode"), QByteArray("wal"));
}

void TestStatement::pragmaRestoredEarly()
{
    QCOMPARE(PragmaGuard::read(m_t->db(), "foreign_keys"), QByteArray("1"));
    {
        PragmaGuard off(m_t->db(), "foreign_keys", "OFF");
        QCOMPARE(PragmaGuard::read(m_t->db(), "foreign_keys"), QByteArray("0"));
        off.restore();
        QCOMPARE(PragmaGuard::read(m_t->db(), "foreign_keys"), QByteArray("1"));
        PragmaGuard::set(m_t->db(), "foreign_keys", "OFF"); // the destructor does not put it back again
    }
    QCOMPARE(PragmaGuard::read(m_t->db(), "foreign_keys"), QByteArray("0"));
    {
        PragmaGuard kept(m_t->db(), "foreign_keys", "ON");
        kept.dismiss();
    }
    QCOMPARE(PragmaGuard::read(m_t->db(), "foreign_keys"), QByteArray("1"));
}

void TestStatement::cacheKeepsOneStatementPerText()
{
    StatementCache &cache = m_t->db().cache<StatementCache>();
    QCOMPARE(&m_t->db().cache<StatementCache>(), &cache); // one per connection
    Statement &insert = cache.get("INSERT INTO t (n) VALUES (?)");
    QVERIFY(insert.ok());
    insert.bind(1, qint64(7));
    QVERIFY(insert.run());
    Statement &again = cache.get("INSERT INTO t (n) VALUES (?)");
    QCOMPARE(&again, &insert);
    QVERIFY(again.run()); // handed back reset and without the last binding: NULL
    Statement &read = cache.get("SELECT count(*), count(n), sum(n) FROM t");
    QVERIFY(&read != &insert);
    QCOMPARE(read.step(), Statement::Step::Row);
    QCOMPARE(read.int64(0), 2);
    QCOMPARE(read.int64(1), 1);
    QCOMPARE(read.int64(2), 7);
    // Left in the middle of its row, it is reset when it is asked for again.
    QCOMPARE(cache.get("SELECT count(*), count(n), sum(n) FROM t").step(), Statement::Step::Row);
    cache.get("SELECT 1").reset();
}

void TestStatement::cachedStatementRecoversFromAFailure()
{
    StatementCache &cache = m_t->db().cache<StatementCache>();
    Statement &insert = cache.get("INSERT INTO t (id, n) VALUES (?, ?)");
    insert.bind(1, qint64(1));
    insert.bind(2, qint64(1));
    QVERIFY(insert.run());
    insert.reset();
    Statement &duplicate = cache.get("INSERT INTO t (id, n) VALUES (?, ?)");
    duplicate.bind(1, qint64(1));
    QVERIFY(!duplicate.run());
    QCOMPARE(duplicate.error(QStringLiteral("Save.")).kind, Error::Conflict);
    duplicate.reset();
    Statement &next = cache.get("INSERT INTO t (id, n) VALUES (?, ?)");
    QVERIFY(next.ok()); // the failure is not held against its next use
    next.bind(1, qint64(2));
    QVERIFY(next.run());
    next.reset();
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM t")), 2);
}

void TestStatement::cacheDoesNotKeepWhatCannotBePrepared()
{
    StatementCache &cache = m_t->db().cache<StatementCache>();
    QVERIFY(!cache.get("SELECT x FROM later").ok());
    QVERIFY(Statement::execute(m_t->db(), "CREATE TABLE later (x)", QStringLiteral("x")));
    Statement &read = cache.get("SELECT x FROM later");
    QVERIFY(read.ok());
    QCOMPARE(read.step(), Statement::Step::Done);
}

void TestStatement::cachedStatementsGoBeforeTheConnection()
{
    // A connection closes only without statements: had the cache outlived it, the close would fail,
    // SQLite would keep the file open and its write-ahead log would stay behind.
    const QString path = m_t->dirPath() + QStringLiteral("/own.sqlite");
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        {
            Transaction tx(*db.value());
            QVERIFY(tx.begun());
            Statement &create = db.value()->cache<StatementCache>().get("CREATE TABLE own (x)");
            QVERIFY(create.run());
            QVERIFY(tx.commit().ok());
        }
        Statement &read = db.value()->cache<StatementCache>().get("SELECT count(*) FROM own");
        QCOMPARE(read.step(), Statement::Step::Row);
        read.reset();
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
