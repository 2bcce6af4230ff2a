#include "testdb.h"

#include "memberservice.h"
#include "productservice.h"
#include "programservice.h"
#include "staffservice.h"
#include "terminalservice.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

TestDb::TestDb(const QString &currency, const QDateTime &now)
    : m_clock(now)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    auto db = Database::open(path());
    if (!db) {
        m_error = db.error().message + QLatin1Char(' ') + db.error().detail;
        return;
    }
    m_db = std::move(db).value();
    auto t = TerminalService(*m_db, m_clock)
                 .initialize(QStringLiteral("Test shop"), QStringLiteral("Till 1"), currency);
    if (!t) {
        m_error = t.error().message;
        m_db.reset();
        return;
    }
    m_terminal = t.value();
}

QVector<qint64> TestDb::addMembersWithDailySales(int members, int salesEach, const QString &cardPrefix)
{
    QVector<qint64> ids;
    for (int i = 0; i < members; ++i) {
        const QString card = cardPrefix + QStringLiteral("%1").arg(i, 7, 10, QLatin1Char('0'));
        const qint64 id = addMember(QStringLiteral("Member %1").arg(i), card);
        if (id == 0)
            return {};
        ids << id;
    }
    for (int day = 0; day < salesEach; ++day) {
        for (qint64 m : qAsConst(ids))
            if (sell(m, 500 + day).purchase.id == 0)
                return {};
        m_clock.advanceDays(1);
    }
    return ids;
}

qint64 TestDb::addMember(const QString &name, const QString &card, const QString &phone)
{
    NewMember nm;
    nm.name = name;
    nm.phone = phone;
    nm.cardNumber = card;
    auto m = MemberService(context()).enroll(nm);
    if (!m) {
        qWarning("addMember failed: %s", qPrintable(m.error().message));
        return 0;
    }
    return m->member.id;
}

SaleResult TestDb::sell(qint64 member, qint64 unitMinor, qint64 redeem)
{
    SaleRequest r;
    r.cart.currency = m_terminal.currency;
    CartLine l;
    l.description = QStringLiteral("Latte");
    l.unitPriceMinor = unitMinor;
    r.cart.lines << l;
    r.memberId = member;
    r.pointsToRedeem = redeem;
    auto done = CheckoutService(context()).complete(r);
    if (!done) {
        qWarning("sale failed: %s", qPrintable(done.error().message));
        return {};
    }
    return done.value();
}

QString TestDb::fingerprint()
{
    QSqlQuery q(m_db->connection());
    QStringList out;
    const QStringList queries {
        QStringLiteral(
            "SELECT uuid || ':' || name || ':' || COALESCE(phone, '') || ':' || points_balance || ':' "
            "|| visits || ':' || total_spent_minor || ':' || COALESCE(merged_into, '') FROM members "
            "ORDER BY uuid"),
        QStringLiteral("SELECT uuid || ':' || points FROM points_ledger ORDER BY uuid"),
        QStringLiteral(
            "SELECT uuid || ':' || total_minor || ':' || COALESCE((SELECT uuid FROM members m WHERE "
            "m.id = p.member_id), '') FROM purchases p ORDER BY uuid"),
        QStringLiteral("SELECT uuid || ':' || number || ':' || status FROM cards ORDER BY uuid"),
        QStringLiteral("SELECT uuid FROM points_allocations ORDER BY uuid"),
        QStringLiteral("SELECT uuid FROM purchase_lines ORDER BY uuid"),
    };
    for (const QString &sql : queries) {
        if (!q.exec(sql))
            return q.lastError().text();
        while (q.next())
            out << q.value(0).toString();
    }
    return out.join(QLatin1Char('\n'));
}

std::optional<DemoStaff> TestDb::addDemoStaff()
{
    ServiceContext ctx = context();
    DemoStaff staff;
    auto admin = StaffService(ctx).create(QStringLiteral("Admin"), Role::Administrator,
                                          DemoStaff::administratorPin());
    if (!admin) {
        qWarning("demo administrator refused: %s", qPrintable(admin.error().message));
        return std::nullopt;
    }
    staff.administrator = admin.value();
    ctx.actor = StaffService::actorOf(staff.administrator);
    auto kim = StaffService(ctx).create(QStringLiteral("Kim"), Role::Cashier, DemoStaff::cashierPin());
    auto lee = StaffService(ctx).create(QStringLiteral("Lee"), Role::Manager, DemoStaff::managerPin());
    if (!kim || !lee) {
        qWarning("demo staff refused: %s", qPrintable((!kim ? kim.error() : lee.error()).message));
        return std::nullopt;
    }
    staff.cashier = kim.value();
    staff.manager = lee.value();
    return staff;
}

bool TestDb::changeProgram(const std::function<void(PricingProgram &)> &change)
{
    ProgramService programs(*m_db);
    const QDateTime now = m_clock.nowUtc();
    auto version = programs.inForce(m_terminal, now);
    if (!version) {
        qWarning("no program in force: %s", qPrintable(version.error().message));
        return false;
    }
    PricingProgram p = version->program;
    change(p);
    if (auto r = programs.publish(m_terminal, p, now, now, Actor::machineOwner()); !r) {
        qWarning("program refused: %s", qPrintable(r.error().message));
        return false;
    }
    return true;
}

void TestDb::cafeProgram(PricingProgram &p)
{
    p.stampCards
        = {{QStringLiteral("coffee"), QStringLiteral("Coffee card"), {}, QStringLiteral("coffee"), 5}};
    p.birthday.enabled = true;
    p.birthday.kind = BirthdayOffer::Kind::PercentDiscount;
    p.birthday.discountBasisPoints = 1000;
    p.redemption.enabled = true;
    p.redemption.minorPerPoint = 1;
    p.redemption.maxShareBasisPoints = 5000;
}

bool TestDb::addCafeMenu()
{
    NewProduct latte;
    latte.code = QStringLiteral("latte");
    latte.name = QStringLiteral("Latte");
    latte.price = QStringLiteral("3.00");
    latte.category = QStringLiteral("coffee");
    latte.quickKey = 1;
    NewProduct cake = latte;
    cake.code = QStringLiteral("cake");
    cake.name = QStringLiteral("Cake");
    cake.price = QStringLiteral("4.00");
    cake.category = QStringLiteral("bakery");
    cake.quickKey = 2;
    for (const NewProduct &p : {latte, cake}) {
        if (auto r = ProductService(context()).add(p); !r) {
            qWarning("product refused: %s", qPrintable(r.error().message));
            return false;
        }
    }
    return true;
}

qint64 TestDb::scalar(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("scalar failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

bool TestDb::reopen()
{
    m_db.reset();
    auto db = Database::open(path());
    if (!db) {
        m_error = db.error().message;
        return false;
    }
    m_db = std::move(db).value();
    return true;
}
