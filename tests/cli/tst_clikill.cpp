// `loyalty-cli expire` killed half-way through a backlog: the file stays sound, what the committed
// steps settled stays, and the next run settles the rest, each lot once.
#include "testdb.h"

#include <QFileInfo>
#include <QProcess>
#include <QtTest>

class TestCliKill : public QObject
{
    Q_OBJECT
private slots:
    void killedExpireKeepsTheSettledPart();

private:
    QProcessEnvironment environment(const QString &home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home); // never the real user's data folder
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }
    // Runs the CLI to its end; its exit code, -2 when it crashed, -1 when it did not finish.
    int cli(const QStringList &args, const QString &home, QString *out = nullptr) const
    {
        QProcess p;
        p.setProcessEnvironment(environment(home));
        p.start(QStringLiteral(LOYALTY_CLI_PATH), args);
        if (!p.waitForFinished(300000))
            return -1;
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }
};

void TestCliKill::killedExpireKeepsTheSettledPart()
{
    QVERIFY2(QFileInfo(QStringLiteral(LOYALTY_CLI_PATH)).isExecutable(), LOYALTY_CLI_PATH);
    TestDb t(QStringLiteral("EUR"), QDateTime(QDate(2024, 1, 10), QTime(10, 0), Qt::UTC));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    constexpr int kMembers = 200;
    constexpr int kLots = 200000;
    for (int i = 0; i < kMembers; ++i)
        QVERIFY(t.addMember(QStringLiteral("Member %1").arg(i),
                            QStringLiteral("50000%1").arg(i, 7, 10, QLatin1Char('0'))));
    // The backlog: lots of this terminal that expired in January 2025, the balances their sum (the
    // running totals follow by the members' triggers).
    const QString lots = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1) "
        "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, expires_on, reason, "
        "created_at) SELECT lower(hex(randomblob(16))), '%2', (SELECT min(id) FROM members) + i % %3, "
        "'bonus', "
        "10, '2025-01-10', 'Backlog', (SELECT min(created_at) FROM members) FROM n; "
        "UPDATE members SET points_balance = (SELECT coalesce(sum(points), 0) FROM points_ledger WHERE "
        "member_id = members.id);");
    const QString script = lots.arg(kLots).arg(t.terminal().uuid).arg(kMembers);
    QVERIFY(t.db().execScript(QStringLiteral("BEGIN; ") + script + QStringLiteral(" COMMIT;")).ok());
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE expires_on < '2025-02-01'")),
             qint64(kLots));
    const QString home = t.dirPath();
    const QStringList db {QStringLiteral("--db"), t.path()};
    QString said;
    QCOMPARE(cli(db + QStringList {QStringLiteral("check")}, home, &said), 0);

    // Killed as soon as it says how far it got: the first line comes after the first step.
    QProcess p;
    p.setProcessEnvironment(environment(home));
    p.setReadChannel(QProcess::StandardError);
    p.start(QStringLiteral(LOYALTY_CLI_PATH), db + QStringList {QStringLiteral("expire")});
    QVERIFY(p.waitForStarted(30000));
    QByteArray err;
    while (!err.contains('\n') && p.state() == QProcess::Running) {
        if (p.waitForReadyRead(60000))
            err += p.readAllStandardError();
        else
            break;
    }
    QVERIFY2(p.state() == QProcess::Running, "the run ended before it could be killed: a bigger backlog");
    p.kill(); // SIGKILL
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    QVERIFY2(err.contains("Settling expired points"), err.constData());

    QVERIFY(t.reopen());
    QVERIFY2(cli(db + QStringList {QStringLiteral("check")}, home, &said) == 0, qPrintable(said));
    // From the allocations themselves, grouped once (there is no index by lot to look each one up).
    const QString settled = QStringLiteral(
        "SELECT count(*) FROM points_ledger l JOIN (SELECT a.lot_id, sum(a.points) AS points FROM "
        "points_allocations a JOIN points_ledger e ON e.id = a.entry_id WHERE e.kind = 'expire' GROUP BY "
        "a.lot_id) x ON x.lot_id = l.id WHERE l.expires_on < '2025-02-01' AND l.points = x.points");
    const qint64 kept = t.scalar(settled);
    qInfo("settled when killed: %lld of %d lots", kept, kLots);
    QVERIFY2(kept > 0 && kept < kLots, qPrintable(QString::number(kept)));
    QCOMPARE(t.scalar(QStringLiteral("SELECT sum(points) FROM points_ledger")),
             t.scalar(QStringLiteral("SELECT sum(points_balance) FROM members")));

    // The next run goes on from there to the end.
    QVERIFY2(cli(db + QStringList {QStringLiteral("expire")}, home, &said) == 0, qPrintable(said));
    QVERIFY(t.reopen());
    QCOMPARE(t.scalar(settled), qint64(kLots));
    QCOMPARE(t.scalar(QStringLiteral(
                 "SELECT count(*) FROM (SELECT a.lot_id FROM points_allocations a JOIN points_ledger e ON "
                 "e.id = a.entry_id WHERE e.kind = 'expire' GROUP BY a.lot_id HAVING count(*) > 1)")),
             qint64(0));
    QCOMPARE(t.scalar(QStringLiteral("SELECT sum(points) FROM points_ledger")),
             t.scalar(QStringLiteral("SELECT sum(points_balance) FROM members")));
    QCOMPARE(t.scalar(QStringLiteral("SELECT sum(points_balance) FROM members")), qint64(0));
    QVERIFY2(cli(db + QStringList {QStringLiteral("check")}, home, &said) == 0, qPrintable(said));
}

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_clikill.moc"
