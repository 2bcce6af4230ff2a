// Every service that writes, or shows personal data, checks the acting role itself (Permissions):
// one row per guarded operation. A cashier alone, and a cashier "approved" by another cashier, are
// refused with Error::Forbidden and nothing changes: no row of any table, no file. Then the role the
// matrix allows (a cashier with a manager's approval, where the matrix says so) does change
// something, so the refusal is the guard's and not an operation that fails anyway.
#include "auditservice.h"
#include "backupservice.h"
#include "exportservice.h"
#include "feedbackservice.h"
#include "importservice.h"
#include "memberservice.h"
#include "productservice.h"
#include "programservice.h"
#include "refundservice.h"
#include "reportservice.h"
#include "staffservice.h"
#include "testdb.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <functional>

class TestGuards : public QObject
{
    Q_OBJECT
public:
    // One guarded operation, as `ctx` with `approvedBy`; `out` collects what it read (a data leak
    // shows there even when the call reports success).
    using Run = std::function<Result<void>(TestGuards &, ServiceContext &, qint64 approvedBy, QString *out)>;
    struct Guarded
    {
        const char *name;
        Action action;
        Run run;
    };

private slots:
    void init();
    void cleanup();

    void cashierIsRefused_data();
    void cashierIsRefused();
    void actorDefaultsToACashier();
    void dailyBackupIsTheTerminals();

private:
    static QVector<Guarded> guarded();
    ServiceContext as(const StaffRecord &s) const;
    // Every row of every table, and every file beside the database (the open database itself aside).
    QString snapshot();
    QString path(const char *name) const { return m_t->dirPath() + QLatin1Char('/') + QLatin1String(name); }

    std::unique_ptr<TestDb> m_t;
    StaffRecord m_admin, m_manager, m_cashier, m_otherCashier;
    qint64 m_anna = 0, m_boris = 0;
    qint64 m_sale = 0;
    QString m_backup; // a good backup of the file, for the restore row
};

void TestGuards::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    ServiceContext owner = m_t->context();
    auto admin
        = StaffService(owner).create(QStringLiteral("Olga"), Role::Administrator, QStringLiteral("4826"));
    QVERIFY(admin.ok());
    m_admin = admin.value();
    ServiceContext asAdmin = as(m_admin);
    StaffService staff(asAdmin);
    m_manager = staff.create(QStringLiteral("Maria"), Role::Manager, QStringLiteral("5937")).value();
    m_cashier = staff.create(QStringLiteral("Anton"), Role::Cashier, QStringLiteral("6048")).value();
    m_otherCashier = staff.create(QStringLiteral("Kim"), Role::Cashier, QStringLiteral("1357")).value();
    m_anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"),
                            QStringLiteral("+79123456789"));
    m_boris = m_t->addMember(QStringLiteral("Boris"), QStringLiteral("2000000000022"));
    QVERIFY(m_anna && m_boris);
    m_sale = m_t->sell(m_anna, 1250).purchase.id;
    QVERIFY(m_sale);
    m_backup = path("kept.sqlite");
    QVERIFY(BackupService::copy(m_t->path(), m_backup).ok());
    QVERIFY(QFile::copy(m_backup, path("other-till.sqlite")));
    QFile csv(path("members.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Name;Phone;Card number;Points\r\nVera;+79001112233;2000000000039;40\r\n");
}

void TestGuards::cleanup()
{
    m_t.reset();
}

ServiceContext TestGuards::as(const StaffRecord &s) const
{
    ServiceContext ctx = m_t->context();
    ctx.actor = StaffService::actorOf(s);
    return ctx;
}

QString TestGuards::snapshot()
{
    QStringList out;
    QSqlQuery tables(m_t->db().connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(m_t->db().connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            continue;
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i)
                cells << rows.value(i).toString();
            out << table + QLatin1Char(':') + cells.join(QLatin1Char('|'));
        }
    }
    const QString db = QFileInfo(m_t->path()).fileName();
    QDirIterator files(m_t->dirPath(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        const QString name = QFileInfo(file).fileName();
        if (name == db || name == db + QLatin1String("-wal") || name == db + QLatin1String("-shm"))
            continue;
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        out << file + QLatin1Char(' ')
                + QString::fromLatin1(
                    QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }
    out.sort();
    return out.join(QLatin1Char('\n'));
}

QVector<TestGuards::Guarded> TestGuards::guarded()
{
    auto ignore = [](auto r) { return r.ok() ? Result<void>() : Result<void>(r.error()); };
    return {
        {"import members", Action::ImportMembers,
         [=](TestGuards &t, ServiceContext &ctx, qint64 by, QString *) {
             ImportOptions o;
             o.approvedBy = by;
             return ignore(ImportService(ctx).apply(t.path("members.csv"), std::nullopt, o));
         }},
        {"export members to a file", Action::ExportPersonalData,
         [=](TestGuards &t, ServiceContext &ctx, qint64 by, QString *out) {
             ExportOptions o;
             o.approvedBy = by;
             auto r = ExportService(ctx).exportMembers(t.path("export.csv"), o);
             QFile f(t.path("export.csv"));
             if (f.open(QIODevice::ReadOnly))
                 *out = QString::fromUtf8(f.readAll());
             return ignore(r);
         }},
        {"export members to a stream", Action::ExportPersonalData,
         [=](TestGuards &, ServiceContext &ctx, qint64 by, QString *out) {
             QBuffer buffer;
             buffer.open(QIODevice::WriteOnly);
             ExportOptions o;
             o.approvedBy = by;
             auto r = ExportService(ctx).exportMembers(buffer, o);
             *out = QString::fromUtf8(buffer.data());
             return ignore(r);
         }},
        {"back up now", Action::BackupNow,
         [=](TestGuards &, ServiceContext &ctx, qint64, QString *) {
             return ignore(BackupService(ctx).backupNow());
         }},
        {"record a backup asked for", Action::BackupNow,
         [=](TestGuards &t, ServiceContext &ctx, qint64, QString *) {
             return BackupService(ctx).recordBackup(t.m_backup, BackupService::Trigger::Asked);
         }},
        {"restore a backup", Action::RestoreBackup,
         [=](TestGuards &t, ServiceContext &ctx, qint64, QString *) {
             const QString live = t.path("other-till.sqlite");
             QFile::remove(live);
             QFile::copy(t.m_backup, live);
             return ignore(BackupService::restore(ctx.actor, t.m_backup, live, ctx.clock.nowUtc()));
         }},
        {"read the audit trail", Action::ViewAudit,
         [=](TestGuards &, ServiceContext &ctx, qint64, QString *out) {
             auto r = AuditService(ctx).list({}, 0, 100);
             for (const AuditRecord &a : r.ok() ? r.value() : QVector<AuditRecord>())
                 *out += a.action + QLatin1Char(' ');
             return ignore(r);
         }},
        {"count the audit trail", Action::ViewAudit,
         [=](TestGuards &, ServiceContext &ctx, qint64, QString *out) {
             auto r = AuditService(ctx).count({});
             if (r)
                 *out = QString::number(r.value());
             return ignore(r);
         }},
        {"list the audited actions", Action::ViewAudit,
         [=](TestGuards &, ServiceContext &ctx, qint64, QString *out) {
             auto r = AuditService(ctx).actions();
             if (r)
                 *out = r.value().join(QLatin1Char(' '));
             return ignore(r);
         }},
        {"verify the audit trail", Action::ViewAudit,
         [=](TestGuards &, ServiceContext &ctx, qint64, QString *out) {
             auto r = AuditService(ctx).verifyChain();
             if (r)
                 *out = QString::number(r->lines);
             return ignore(r);
         }},
        {"change the program", Action::ChangeProgram,
         [=](TestGuards &t, ServiceContext &ctx, qint64 by, QString *) {
             PricingProgram p = ProgramService::defaults(t.m_t->terminal().currency);
             p.base.welcomeBonus = 25;
             const QDateTime now = ctx.clock.nowUtc();
             return ignore(ProgramService(ctx.db).publish(ctx.terminal, p, now, now, ctx.actor, by));
         }},
        {"change the earn rate", Action::ChangeProgram,
         [=](TestGuards &, ServiceContext &ctx, qint64 by, QString *) {
             return ProgramService(ctx.db).setEarnRule(ctx.terminal, EarnRule {2, 100}, ctx.clock.nowUtc(),
                                                       ctx.actor, by);
         }},
        {"change the feedback scale", Action::ChangeProgram,
         [=](TestGuards &, ServiceContext &ctx, qint64 by, QString *) {
             return FeedbackService(ctx).setScale(FeedbackService::Scale::Csat, by);
         }},
        {"add a product", Action::ChangeProgram,
         [=](TestGuards &, ServiceContext &ctx, qint64 by, QString *) {
             NewProduct p;
             p.code = QStringLiteral("scone");
             p.name = QStringLiteral("Scone");
             p.price = QStringLiteral("2.10");
             return ignore(ProductService(ctx).add(p, by));
         }},
        {"add a staff account", Action::ManageStaff,
         [=](TestGuards &, ServiceContext &ctx, qint64, QString *) {
             return ignore(
                 StaffService(ctx).create(QStringLiteral("Ivan"), Role::Manager, QStringLiteral("7319")));
         }},
        {"switch a staff account off", Action::ManageStaff,
         [=](TestGuards &t, ServiceContext &ctx, qint64, QString *) {
             return StaffService(ctx).setActive(t.m_otherCashier.id, false);
         }},
        {"read the sales report", Action::ViewReports,
         [=](TestGuards &, ServiceContext &ctx, qint64, QString *out) {
             const QDate today = ctx.clock.today();
             auto r = ReportService(ctx).sales({today, today, {}});
             if (r)
                 *out = QString::number(r->sales);
             return ignore(r);
         }},
        {"list the best members", Action::ViewReports,
         [=](TestGuards &, ServiceContext &ctx, qint64, QString *out) {
             auto r = ReportService(ctx).topMembers(10);
             for (const ReportService::ListMember &m :
                  r.ok() ? r.value() : QVector<ReportService::ListMember>())
                 *out += m.name + QLatin1Char(' ') + m.phone;
             return ignore(r);
         }},
        {"merge two members", Action::MergeMembers,
         [=](TestGuards &t, ServiceContext &ctx, qint64 by, QString *) {
             return ignore(MemberService(ctx).merge(t.m_anna, t.m_boris, by));
         }},
        {"erase a member", Action::EraseMember,
         [=](TestGuards &t, ServiceContext &ctx, qint64 by, QString *) {
             return MemberService(ctx).erase(t.m_boris, by);
         }},
        {"adjust points", Action::AdjustPoints,
         [=](TestGuards &t, ServiceContext &ctx, qint64 by, QString *) {
             return ignore(MemberService(ctx).adjustPoints(t.m_anna, 30, QStringLiteral("goodwill"), by));
         }},
        {"refund a sale", Action::Refund,
         [=](TestGuards &t, ServiceContext &ctx, qint64 by, QString *) {
             return ignore(RefundService(ctx).refundWhole(t.m_sale, QStringLiteral("cold coffee"), by));
         }},
    };
}

void TestGuards::cashierIsRefused_data()
{
    QTest::addColumn<int>("row");
    const auto all = guarded();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all.at(i).name) << i;
}

void TestGuards::cashierIsRefused()
{
    QFETCH(int, row);
    const Guarded g = guarded().at(row);
    const Need cashierNeeds = Permissions::need(Role::Cashier, g.action);
    QVERIFY(cashierNeeds != Need::Allowed);
    const QString before = snapshot();
    const qint64 auditLines = m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log"));

    // A cashier alone; then "approved" by another cashier, who may not approve it either.
    for (qint64 approvedBy : {qint64(0), m_otherCashier.id}) {
        ServiceContext cashier = as(m_cashier);
        QString read;
        auto r = g.run(*this, cashier, approvedBy, &read);
        QVERIFY2(!r.ok(), g.name);
        QCOMPARE(r.error().kind, Error::Forbidden);
        QVERIFY2(!r.error().message.isEmpty(), g.name);
        QCOMPARE(read, QString());
        QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditLines);
        QCOMPARE(snapshot(), before);
    }
    // Nobody signed in is a cashier too.
    {
        ServiceContext nobody(m_t->db(), m_t->clock(), m_t->terminal());
        QString read;
        auto r = g.run(*this, nobody, 0, &read);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Forbidden);
        QCOMPARE(snapshot(), before);
    }

    // Who the matrix allows gets through: a cashier with a manager's approval where it says so,
    // otherwise the lowest role allowed outright.
    ServiceContext allowed = cashierNeeds == Need::ManagerApproval
        ? as(m_cashier)
        : as(Permissions::allowed(Role::Manager, g.action) ? m_manager : m_admin);
    const qint64 approvedBy = cashierNeeds == Need::ManagerApproval ? m_manager.id : 0;
    QString read;
    auto r = g.run(*this, allowed, approvedBy, &read);
    QVERIFY2(r.ok(), qPrintable(QLatin1String(g.name) + QLatin1String(": ") + r.error().message));
    QVERIFY2(!read.isEmpty() || snapshot() != before, g.name);
}

void TestGuards::actorDefaultsToACashier()
{
    QCOMPARE(Actor().role, Role::Cashier);
    QCOMPARE(Actor().staffId, qint64(0));
    QCOMPARE(Actor::machineOwner().role, Role::Administrator);
    QCOMPARE(Actor::machineOwner().staffId, qint64(0));
    ServiceContext ctx(m_t->db(), m_t->clock(), m_t->terminal());
    QCOMPARE(ctx.actor.role, Role::Cashier);
}

// The daily backup is the terminal's, not a person's: it runs under a cashier's session, once a day.
void TestGuards::dailyBackupIsTheTerminals()
{
    ServiceContext cashier = as(m_cashier);
    BackupService backups(cashier);
    QVERIFY(backups.dailyDue());
    QVERIFY(backups.authorize(BackupService::Trigger::Daily).ok());
    const QString target = QDir(backups.folder()).filePath(BackupService::fileNameFor(m_t->clock().nowUtc()));
    QVERIFY(BackupService::copy(m_t->path(), target).ok());
    QVERIFY(backups.recordBackup(target, BackupService::Trigger::Daily).ok());
    QVERIFY(!backups.dailyDue());
    // A second one the same day is one asked for: a manager's.
    auto again = backups.authorize(BackupService::Trigger::Daily);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Forbidden);
    m_t->clock().advanceMs(60000);
    const QString second = QDir(backups.folder()).filePath(BackupService::fileNameFor(m_t->clock().nowUtc()));
    QVERIFY(BackupService::copy(m_t->path(), second).ok());
    const qint64 lines
        = m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.create'"));
    auto recorded = backups.recordBackup(second, BackupService::Trigger::Daily);
    QVERIFY(!recorded.ok());
    QCOMPARE(recorded.error().kind, Error::Forbidden);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.create'")),
             lines);
}

QTEST_GUILESS_MAIN(TestGuards)
#include "tst_guards.moc"
