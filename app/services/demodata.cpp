#include "demodata.h"

#include "productservice.h"
#include "staffservice.h"

#include "cardnumber.h"
#include "checkoutservice.h"
#include "ids.h"
#include "memberservice.h"
#include "money.h"
#include "programservice.h"
#include "repositories.h"
#include "terminalservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace {
// This file's strings translate in the context "DemoData" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
};
struct DemoMember
{
    const char *name;
    const char *phone;
    const char *email;
    const char *notes;
    int visits;
};

// Names in the scripts of the shops we serve; phones in their countries' formats.
const DemoMember kMembers[] = {
    {"Anna Petrova", "+7 (912) 345-67-89", "anna.petrova@example.com", "Oat milk, no sugar", 6},
    {"Иван Сидоров", "8 903 111-22-33", "", "Двойной эспрессо", 3},
    {"王芳", "+86 138 1234 5678", "wang.fang@example.com", "", 2},
    {"Мария Георгиева", "+359 88 123 4567", "", "", 4},
    {"Олена Коваленко", "+380 50 123 4567", "olena@example.com", "Без лактози", 1},
    {"John Smith", "+1 415 555 0123", "john.smith@example.com", "", 0},
};
} // namespace

QString DemoData::defaultCurrency()
{
    const QString code = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return Money::isValidCurrency(code) ? code : QStringLiteral("EUR");
}

namespace {
// The local terminal, initialized as the demo café when there is none yet.
Result<TerminalRecord> demoTerminal(Database &db, Clock &clock, const QString &currency)
{
    TerminalService terminals(db, clock);
    auto local = terminals.local();
    if (!local && local.error().kind != Error::NotFound)
        return local.error();
    if (!local) {
        auto created = terminals.initialize(Text::tr("Demo Café"), Text::tr("Till 1"), currency);
        if (!created)
            return created.error();
        return created.value();
    }
    return local.value();
}

// The demo staff, documented in the README and docs/roles.md (PINs for trying the app only), and
// the café's menu; both only where the terminal has no staff yet.
Result<void> createStaffAndMenu(Database &db, Clock &clock, const TerminalRecord &terminal)
{
    ServiceContext staffCtx(db, clock, terminal, Actor::machineOwner());
    StaffService staff(staffCtx);
    if (staff.hasStaff())
        return {};
    auto admin = staff.create(QStringLiteral("Admin"), Role::Administrator, QStringLiteral("8642"));
    if (!admin)
        return admin.error();
    staffCtx.actor = StaffService::actorOf(admin.value());
    for (const auto &[name, role, pin] :
         {std::tuple {"Kim", Role::Cashier, "1357"}, std::tuple {"Lee", Role::Manager, "2468"}}) {
        if (auto s = StaffService(staffCtx).create(QLatin1String(name), role, QLatin1String(pin)); !s)
            return s.error();
    }
    // The café's menu, the first six on quick keys (Alt+1..Alt+6 on the sale page).
    const qint64 unit = Money::unitMinor(terminal.currency);
    const struct
    {
        const char *code, *name, *category;
        qint64 cents;
    } menu[] = {{"latte", QT_TRANSLATE_NOOP("DemoData", "Latte"), "coffee", 320},
                {"cappuccino", QT_TRANSLATE_NOOP("DemoData", "Cappuccino"), "coffee", 290},
                {"espresso", QT_TRANSLATE_NOOP("DemoData", "Espresso"), "coffee", 200},
                {"croissant", QT_TRANSLATE_NOOP("DemoData", "Croissant"), "bakery", 210},
                {"cheesecake", QT_TRANSLATE_NOOP("DemoData", "Cheesecake"), "bakery", 450},
                {"tea", QT_TRANSLATE_NOOP("DemoData", "Tea"), "tea", 250}};
    int key = 0;
    for (const auto &item : menu) {
        NewProduct np;
        np.code = QLatin1String(item.code);
        np.name = Text::tr(item.name);
        np.category = QLatin1String(item.category);
        np.price = Money(item.cents * unit / 100, terminal.currency).formatNumber();
        np.quickKey = ++key;
        if (auto pr = ProductService(staffCtx).add(np); !pr)
            return pr.error();
    }
    return {};
}

// The demo café's program, seeded in force from just before the history starts. Returns the
// version for today, which adds a promotion.
Result<PricingProgram> seedDemoProgram(Database &db, const TerminalRecord &terminal,
                                       const QDateTime &historyStart)
{
    const qint64 unit = Money::unitMinor(terminal.currency);
    PricingProgram program = ProgramService::defaults(terminal.currency);
    program.levels.levels = {
        {QStringLiteral("bronze"), Text::tr("Bronze"), 0, 100, 0},
        {QStringLiteral("silver"), Text::tr("Silver"), 50 * unit, 125, 300},
        {QStringLiteral("gold"), Text::tr("Gold"), 150 * unit, 150, 500},
    };
    program.base.welcomeBonus = 50;
    program.base.referralBonus = 100;
    program.birthday.enabled = true;
    program.birthday.kind = BirthdayOffer::Kind::BonusPoints;
    program.birthday.bonusPoints = 200;
    program.stampCards
        = {{QStringLiteral("coffee"), Text::tr("Coffee card"), {}, QStringLiteral("coffee"), 5}};
    program.redemption.enabled = true;
    program.redemption.minorPerPoint = qMax<qint64>(1, unit / 100);
    program.redemption.maxShareBasisPoints = 5000;
    program.redemption.minBalance = 50;
    if (auto r = ProgramService(db).seed(terminal, program, historyStart.addSecs(-60)); !r)
        return r.error();
    // From today, a second version adds a promotion: the history above stays priced as it was.
    Promotion bigOrder;
    bigOrder.code = QStringLiteral("big-order");
    bigOrder.name = Text::tr("5% off over 30.00");
    bigOrder.kind = Promotion::Kind::ThresholdDiscount;
    bigOrder.thresholdMinor = 30 * unit;
    bigOrder.discountBasisPoints = 500;
    program.promotions = {bigOrder};
    return program;
}

// Enrolls the demo members and makes their visits through the real checkout, on the past clock.
Result<void> enrollMembersWithHistory(Database &db, FixedClock &past, const QDateTime &now,
                                      DemoSummary &summary)
{
    ServiceContext ctx {db, past, summary.terminal, Actor::machineOwner()};
    MemberService members(ctx);
    CheckoutService checkout(ctx);
    const qint64 unit = Money::unitMinor(summary.terminal.currency);
    const CartLine menu[] = {
        {Text::tr("Latte"), 320 * unit / 100, 2, QStringLiteral("coffee"), QStringLiteral("latte")},
        {Text::tr("Croissant"), 210 * unit / 100, 1, QStringLiteral("bakery"), QStringLiteral("croissant")},
        {Text::tr("Cappuccino"), 290 * unit / 100, 1, QStringLiteral("coffee"), QStringLiteral("cappuccino")},
        {Text::tr("Cheesecake"), 450 * unit / 100, 1, QStringLiteral("bakery"), QStringLiteral("cheesecake")},
    };

    qint64 serial = 1;
    for (const DemoMember &d : kMembers) {
        const QString card = CardNumber::makeEan13(QStringLiteral("2"), serial++);
        NewMember nm;
        nm.name = QString::fromUtf8(d.name);
        nm.phone = QString::fromUtf8(d.phone);
        nm.email = QString::fromUtf8(d.email);
        nm.cardNumber = card;
        nm.notes = QString::fromUtf8(d.notes);
        // The first member's birthday is in two days, so that the demo shows the birthday banner.
        if (serial == 2)
            nm.birthday = now.toLocalTime().date().addDays(2).toString(QStringLiteral("dd.MM"));
        auto m = members.enroll(nm);
        if (!m)
            return m.error();
        summary.cards << card;
        ++summary.members;
        for (int v = 0; v < d.visits; ++v) {
            past.advanceMs(3LL * 3600 * 1000 + v * 7919);
            SaleRequest sale;
            sale.cart.currency = summary.terminal.currency;
            sale.cart.lines << menu[v % 4] << menu[(v + 1) % 4];
            sale.memberId = m->member.id;
            sale.cardId = m->card.id;
            if (auto r = checkout.complete(sale); !r)
                return r.error();
            ++summary.sales;
        }
        past.advanceDays(5);
    }
    return {};
}

// Anna lost her first card: it stays blocked so that a scan of it says so.
Result<void> addLostCard(Database &db, const DemoSummary &summary, const QString &lost, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.begun())
        return tx.beginError();
    MemberRepository repo(db);
    auto anna = repo.findByCard(summary.cards.first());
    if (!anna || !anna.value())
        return makeError(Error::Storage, Text::tr("The demo could not be created."));
    CardRecord c;
    c.uuid = Ids::newUuid(now);
    c.originTerminal = summary.terminal.uuid;
    c.memberId = anna.value()->member.id;
    c.number = lost;
    c.blocked = true;
    c.blockedAt = now.addDays(-20);
    c.blockedReason = Text::tr("lost");
    c.createdAt = now.addDays(-60);
    if (auto r = repo.insertCard(c); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return {};
}
} // namespace

Result<DemoSummary> DemoData::create(Database &db, Clock &clock, const QString &currency)
{
    DemoSummary summary;
    auto terminal = demoTerminal(db, clock, currency);
    if (!terminal)
        return terminal.error();
    summary.terminal = terminal.value();
    {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM members")) && q.next() && q.value(0).toLongLong() > 0)
            return makeError(Error::Conflict,
                             Text::tr("This database already has members; the demo was not added."));
    }
    if (auto r = createStaffAndMenu(db, clock, summary.terminal); !r)
        return r.error();

    // History is made by the real checkout at moments in the past, on a clock of its own, with the
    // demo café's program in force from its first day: levels, a coffee card, a birthday offer,
    // paying with points and double points in the afternoon lull.
    const QDateTime now = clock.nowUtc();
    FixedClock past(now.addDays(-40));
    auto demoProgram = seedDemoProgram(db, summary.terminal, past.nowUtc());
    if (!demoProgram)
        return demoProgram.error();
    if (auto r = enrollMembersWithHistory(db, past, now, summary); !r)
        return r.error();

    const QString lost = CardNumber::makeEan13(QStringLiteral("2"), 99);
    if (auto r = addLostCard(db, summary, lost, now); !r)
        return r.error();
    summary.blockedCard = lost;
    if (auto r = ProgramService(db).seed(summary.terminal, demoProgram.value(), now); !r)
        return r.error();
    return summary;
}
