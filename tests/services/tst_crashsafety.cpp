// A sale is all there or not there at all, whenever the process dies: a child records sales in a loop
// and is killed with SIGKILL at random moments, many times; then the file must be whole, every
// balance must equal its ledger, and every sale the child reported as done must be complete.
#include "cardnumber.h"
#include "integritycheck.h"
#include "syncservice.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killedAtRandomMoments();
    void syncImportKilledAtRandomMoments();
};

void TestCrashSafety::killedAtRandomMoments()
{
    TestDb t;
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 member = t.addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"));
    QVERIFY(member);
    const QString path = t.path();
    QVERIFY(t.reopen()); // the child writes; our connection only reads between rounds

    QRandomGenerator rng(20261124); // seeded: a failure can be replayed
    QStringList acknowledged;
    int rounds = 0;
    for (; rounds < 30; ++rounds) {
        QProcess child;
        child.setProgram(QStringLiteral(LOYALTY_CRASH_CHILD));
        child.setArguments({path, QString::number(member)});
        child.start();
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000)); // "ready"
        QTest::qWait(int(rng.bounded(20, 250)));
        child.kill(); // SIGKILL: no destructor, no rollback, no flush
        QVERIFY(child.waitForFinished(10000));
        const QStringList lines
            = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.first(), QStringLiteral("ready"));
        acknowledged += lines.mid(1);
    }
    QVERIFY2(acknowledged.size() > 30, "the child recorded too few sales to prove anything");

    auto db = Database::open(path, Database::Mode::ExistingOnly);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    QVERIFY(db.value()->integrityCheck(false).ok());
    auto check = IntegrityCheck(*db.value()).run();
    QVERIFY(check.ok());
    QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
    QSqlQuery q(db.value()->connection());
    // Every sale is whole: three lines, and a member sale its earn entry.
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM purchases p WHERE (SELECT count(*) FROM purchase_lines l "
                              "WHERE l.purchase_id = p.id) <> 3")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(0));
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM purchases p WHERE p.member_id IS NOT NULL AND NOT EXISTS "
                              "(SELECT 1 FROM points_ledger e WHERE e.purchase_id = p.id)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(0));
    // Every acknowledged sale is there.
    QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM purchases WHERE uuid = ?")));
    for (const QString &uuid : std::as_const(acknowledged)) {
        q.bindValue(0, uuid);
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toLongLong() == 1,
                 qPrintable(uuid + QStringLiteral(" was acknowledged but is missing")));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM purchases")) && q.next());
    // At most one sale per round may have committed after its UUID was printed... never the other way.
    QVERIFY(q.value(0).toLongLong() >= acknowledged.size());
    QVERIFY(q.value(0).toLongLong() <= acknowledged.size() + rounds);
    qInfo("%d rounds, %lld sales acknowledged, %lld in the file", rounds, qint64(acknowledged.size()),
          q.value(0).toLongLong());
}

// A store's first sync goes through a rollback journal (SyncService::applyLines). Killed at any moment,
// the file holds the whole batch or none of it, with its triggers, on the write-ahead log again once
// opened; and an import started again after a kill completes.
void TestCrashSafety::syncImportKilledAtRandomMoments()
{
    TestDb source;
    QVERIFY2(source.ok(), qPrintable(source.error()));
    for (int i = 0; i < 800; ++i) {
        const qint64 m = source.addMember(QStringLiteral("Member %1").arg(i),
                                          CardNumber::makeEan13(QStringLiteral("2"), 5000 + i));
        QVERIFY(m);
        QVERIFY(source.sell(m, 250 + i % 400).purchase.id);
        QVERIFY(source.sell(m, 300).purchase.id);
    }
    const qint64 sales = source.scalar(QStringLiteral("SELECT count(*) FROM purchases"));
    QTemporaryDir dir;
    const QString batch = dir.filePath(QStringLiteral("batch"));
    {
        ServiceContext ctx = source.context();
        auto out = SyncService(ctx).exportBatch(batch, true);
        QVERIFY2(out.ok(), qPrintable(out.error().message));
    }
    // The till that receives it, as a file no other connection holds (the rollback journal's way).
    const QString path = dir.filePath(QStringLiteral("till.sqlite"));
    qint64 triggers = 0;
    {
        TestDb blank;
        QVERIFY2(blank.ok(), qPrintable(blank.error()));
        triggers = blank.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"));
        QSqlQuery copy(blank.db().connection());
        QVERIFY2(copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)),
                 qPrintable(copy.lastError().text()));
    }
    QRandomGenerator rng(20261130); // seeded: a failure can be replayed
    int killedMidway = 0, hotJournals = 0;
    bool complete = false;
    const QString journal = path + QStringLiteral("-journal");
    for (int round = 0; round < 8 && !complete; ++round) {
        QProcess child;
        child.setProgram(QStringLiteral(LOYALTY_CRASH_CHILD));
        const bool last = round == 7;
        child.setArguments({QStringLiteral("--import"), path, batch});
        child.start();
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000)); // "ready"
        if (last) {
            QVERIFY(child.waitForFinished(60000)); // the last round runs to its end
        } else {
            // Once the batch has begun to write (its journal is there), at a random moment after.
            QElapsedTimer started;
            started.start();
            while (!QFileInfo::exists(journal) && child.state() != QProcess::NotRunning
                   && started.elapsed() < 20000)
                QThread::usleep(200);
            QTest::qWait(int(rng.bounded(0, 10 + 10 * round)));
            if (child.state() != QProcess::NotRunning) { // it may have finished already
                child.kill(); // SIGKILL: no destructor, no rollback, no journal mode put back
                child.waitForFinished(10000);
            }
            QCOMPARE(child.state(), QProcess::NotRunning);
        }
        const QString said = QString::fromUtf8(child.readAllStandardOutput());
        // Killed while the batch was being written: the rollback journal is left behind, hot.
        hotJournals += QFileInfo(journal).size() > 0 ? 1 : 0;
        QVERIFY2(!said.contains(QLatin1String("failed")), qPrintable(said));

        auto db = Database::open(path, Database::Mode::ExistingOnly);
        QVERIFY2(db.ok(), qPrintable(db.error().message + QLatin1Char(' ') + db.error().detail));
        QVERIFY(db.value()->integrityCheck(false).ok());
        QSqlQuery q(db.value()->connection());
        const auto number = [&q](const char *sql) {
            return q.exec(QLatin1String(sql)) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 here = number("SELECT count(*) FROM purchases");
        QVERIFY2(here == 0 || here == sales,
                 qPrintable(QStringLiteral("%1 of %2 sales").arg(here).arg(sales)));
        QCOMPARE(number("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"), triggers);
        QCOMPARE(number("SELECT count(*) FROM sync_applying"), qint64(0));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        if (said.contains(QLatin1String("done")))
            QVERIFY2(said.contains(QLatin1String("rollback journal")), qPrintable(said));
        if (here == sales) {
            complete = true;
            auto check = IntegrityCheck(*db.value()).run();
            QVERIFY(check.ok());
            QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
            QCOMPARE(number("SELECT count(*) FROM members"), qint64(800));
            QCOMPARE(number("SELECT SUM(sales) FROM daily_sales"), sales);
        } else {
            ++killedMidway;
        }
    }
    QVERIFY(complete);
    QVERIFY2(hotJournals >= 3, "too few kills landed while the batch was written to prove anything");
    qInfo("%d imports killed before their commit (%d of them while writing), then one whole", killedMidway,
          hotJournals);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
