// loyalty-bench-quote: pricing a 50-line café cart for a member, before the sale is recorded.
//
//   loyalty-bench-quote --db FILE [--iterations N] [--seed S]
//
// Publishes a café program into the file first (three levels, a coffee card, two promotions, a
// birthday offer, paying with points), then measures three things on random members:
//   "rules": Rules::quote on the cart with the member snapshot in memory (the pure engine);
//   "app":   CheckoutService::quote: the program version in force (its JSON parsed), the member's
//            spend over the level period and stamps from the database, then the rules;
//   "raw":   the same three reads with the SQLite C API, prepared once, and no pricing.
// The target is the app side under 1 ms (docs/benchmarks.md).

#include "benchcommon.h"

#include "checkoutservice.h"
#include "clock.h"
#include "database.h"
#include "memberservice.h"
#include "programservice.h"
#include "terminalservice.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstdio>

using namespace Bench;

namespace {
PricingProgram cafeProgram(const QString &currency)
{
    PricingProgram p = ProgramService::defaults(currency);
    p.levels.levels = {{QStringLiteral("bronze"), QStringLiteral("Bronze"), 0, 100, 0},
                       {QStringLiteral("silver"), QStringLiteral("Silver"), 50000, 125, 300},
                       {QStringLiteral("gold"), QStringLiteral("Gold"), 150000, 150, 500}};
    p.stampCards
        = {{QStringLiteral("coffee"), QStringLiteral("Coffee card"), {}, QStringLiteral("coffee"), 5}};
    Promotion big;
    big.code = QStringLiteral("big");
    big.name = QStringLiteral("5% over 100");
    big.thresholdMinor = 10000;
    big.discountBasisPoints = 500;
    Promotion happy;
    happy.code = QStringLiteral("happy");
    happy.name = QStringLiteral("Double points");
    happy.kind = Promotion::Kind::PointsMultiplier;
    happy.pointsMultiplierPercent = 200;
    happy.weekdays = {6, 7};
    p.promotions = {big, happy};
    p.birthday.enabled = true;
    p.birthday.kind = BirthdayOffer::Kind::PercentDiscount;
    p.birthday.discountBasisPoints = 1000;
    p.redemption.enabled = true;
    return p;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Args args(argc, argv);
    if (!args.has("db"))
        die("usage: loyalty-bench-quote --db FILE [--iterations N] [--seed S]");
    if (const auto bad = args.unknown({"db", "iterations", "seed"}); !bad.empty())
        die("unknown argument " + bad.front());
    const std::int64_t iterations = std::max<std::int64_t>(1, args.number("iterations", 20000));
    Rng rng(std::uint64_t(args.number("seed", 1)), 7);
    auto opened = Database::open(QString::fromStdString(args.value("db")), Database::Mode::ExistingOnly);
    if (!opened)
        die(opened.error().message.toStdString());
    Database &db = *opened.value();
    auto terminal = TerminalService(db, Clock::system()).local();
    if (!terminal)
        die(terminal.error().message.toStdString());
    ServiceContext ctx {db, Clock::system(), terminal.value()};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto r = ProgramService(db).publish(terminal.value(), cafeProgram(terminal->currency), now, now,
                                            Actor::machineOwner());
        !r)
        die(r.error().message.toStdString());

    // The cart: 50 lines of a café's menu, coffees and bakery, quantities 1-3.
    Cart cart;
    cart.currency = terminal->currency;
    const char *names[] = {"Latte", "Cappuccino", "Espresso", "Croissant", "Cheesecake", "Muffin"};
    for (int i = 0; i < 50; ++i) {
        const bool coffee = i % 6 < 3;
        cart.lines.push_back(CartLine(QString::fromLatin1(names[i % 6]), 150 + 10 * (i % 17), 1 + i % 3,
                                      coffee ? QStringLiteral("coffee") : QStringLiteral("bakery"),
                                      QString::fromLatin1(names[i % 6]).toLower()));
    }

    sqlite3 *h = db.handle();
    qint64 maxId = 0;
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(h, "SELECT MAX(id) FROM members", -1, &s, nullptr);
        if (sqlite3_step(s) == SQLITE_ROW)
            maxId = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    if (maxId == 0)
        die("no members");
    MemberService members(ctx);
    CheckoutService checkout(ctx);
    auto version = ProgramService(db).inForce(terminal.value(), now);
    if (!version)
        die(version.error().message.toStdString());

    sqlite3_stmt *program = nullptr, *spend = nullptr, *stamps = nullptr;
    sqlite3_prepare_v2(
        h,
        "SELECT id, uuid, effective_from, settings_json, note, created_at, created_by, approved_by "
        "FROM program_versions WHERE effective_from <= ? ORDER BY effective_from DESC, id DESC LIMIT 1",
        -1, &program, nullptr);
    sqlite3_prepare_v2(h,
                       "SELECT COALESCE(SUM(CASE kind WHEN 'refund' THEN -1 ELSE 1 END * (subtotal_minor - "
                       "discount_minor)), 0) FROM purchases WHERE member_id = ? AND created_at >= ?",
                       -1, &spend, nullptr);
    sqlite3_prepare_v2(
        h, "SELECT card_code, SUM(stamps) FROM stamp_ledger WHERE member_id = ? GROUP BY card_code", -1,
        &stamps, nullptr);
    const std::string nowText = now.toString(Qt::ISODateWithMs).toStdString();
    const std::string yearAgo = now.addYears(-1).toString(Qt::ISODateWithMs).toStdString();

    std::vector<double> rules, appSide, raw;
    qint64 checksum = 0;
    for (std::int64_t i = 0; i < iterations; ++i) {
        const qint64 id = 1 + qint64(rng.below(std::uint64_t(maxId)));
        auto m = members.byId(id);
        if (!m)
            continue;
        auto snap = CheckoutService::snapshot(ctx, m->member, version->program);
        if (!snap)
            die(snap.error().message.toStdString());
        auto t = SteadyClock::now();
        auto q = Rules::quote(cart, snap.value(), version->program, now.toLocalTime());
        rules.push_back(microsSince(t));
        if (!q)
            die(q.error().message.toStdString());

        t = SteadyClock::now();
        auto a = checkout.quote(cart, &m->member);
        appSide.push_back(microsSince(t));
        if (!a)
            die(a.error().message.toStdString());
        checksum += a->totalMinor + a->pointsEarned;

        t = SteadyClock::now();
        sqlite3_bind_text(program, 1, nowText.c_str(), -1, SQLITE_STATIC);
        while (sqlite3_step(program) == SQLITE_ROW)
            checksum += sqlite3_column_bytes(program, 3);
        sqlite3_reset(program);
        sqlite3_bind_int64(spend, 1, id);
        sqlite3_bind_text(spend, 2, yearAgo.c_str(), -1, SQLITE_STATIC);
        while (sqlite3_step(spend) == SQLITE_ROW)
            checksum += sqlite3_column_int64(spend, 0);
        sqlite3_reset(spend);
        sqlite3_bind_int64(stamps, 1, id);
        while (sqlite3_step(stamps) == SQLITE_ROW)
            checksum += sqlite3_column_int64(stamps, 1);
        sqlite3_reset(stamps);
        raw.push_back(microsSince(t));
    }
    sqlite3_finalize(program);
    sqlite3_finalize(spend);
    sqlite3_finalize(stamps);
    const Stats r = summarize(rules), a = summarize(appSide), w = summarize(raw);
    printResult("quote50", "rules", r);
    printResult("quote50", "app", a);
    printResult("quote50", "raw", w);
    printRatio("quote50", a, w);
    std::printf("checksum=%lld\n", static_cast<long long>(checksum));
    return 0;
}
