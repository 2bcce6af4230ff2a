// A sale is all there or not there at all, whenever the process dies: a child records sales in a loop
// and is killed with SIGKILL at random moments, many times; then the file must be whole, every
// balance must equal its ledger, and every sale the child reported as done must be complete.
#include "checkservice.h"
#include "testdb.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killedAtRandomMoments();
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
    auto check = CheckService(*db.value()).run();
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

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
