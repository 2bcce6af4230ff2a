// The SQLite wrappers of db/sqlite against a real file: a prepared statement that finalizes itself,
// its errors as Error, a PRAGMA set for a while, and a cancelled statement.
#include "sqlite/pragmaguard.h"
#include "sqlite/statement.h"
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

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
