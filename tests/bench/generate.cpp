// loyalty-bench-generate: a deterministic, seeded loyalty database for the benchmarks.
//
//   loyalty-bench-generate --db FILE --members N --sales M [--seed S] [--force] [--cache-mb MB]
//                          [--today YYYY-MM-DD] [--expiry-backlog]
//   loyalty-bench-generate --db FILE --checksum
//
// The schema comes from the app itself (Database::open runs the real migrations, TerminalService
// registers the terminal and writes the default program); the rows are then bulk-inserted with the
// SQLite C API on the same connection. Everything is a function of the seed and --today: the same two
// give the same logical content, byte for byte (--checksum prints a SHA-256 over every table in id
// order).
//
// What the data looks like (docs/benchmarks.md says more):
//  * one terminal ("Bench Café", EUR, the default earn rule: 1 point per 1.00, expiry 12 months);
//  * the data spans the 731 days before --today (default: today's UTC date), so a file made today and
//    one made in a year hold the same work; --today 2025-01-01 spans 2023-01-01 .. 2024-12-31;
//  * members join over the first 80% of the span, names in Latin, Cyrillic and Chinese script, phones
//    in their countries' formats, phone_norm = last 9 digits;
//  * member i has the active card CardNumber::makeEan13("2", i) (card id = member id = i); every 50th
//    member also has an older blocked card with serial 50,000,000,000 + i;
//  * sales are spread evenly over the span in receipt order, the last one yesterday, 15% walk-in, 1-3
//    lines; 10% of the members are regulars that get 30% of the member sales;
//  * each member sale with points has an 'earn' ledger lot; the lots whose expiry day is before today
//    are settled as a till open every day would have settled them (generate_expiry.cpp), or, with
//    --expiry-backlog, all left unsettled with no expiry.done_through: the file a till meets after a
//    season switched off. The members' cached points_balance, visits, total_spent_minor and
//    last_visit_at equal what their rows add up to, so `loyalty-cli check` passes on either.
// The business day is the UTC date of the sale (the generator does not depend on the machine's TZ).

#include "generate.h"

#include "cardnumber.h"
#include "clock.h"
#include "database.h"
#include "searchtext.h"
#include "staffservice.h"
#include "terminalservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

using namespace Bench;

namespace {
// Products of two 64-bit values, exact (GCC and Clang; -Wpedantic wants it marked).
__extension__ typedef __int128 Wide;

// The data spans the 731 days before the generator's today (--today): 2023-01-01 .. 2024-12-31 UTC for
// --today 2025-01-01.
constexpr std::int64_t kDayMs = 86400000;
constexpr std::int64_t kSpanMs = 731 * kDayMs;
constexpr std::int64_t kMemberSpanMs = kSpanMs * 8 / 10;
constexpr std::int64_t kBlockedSerialBase = 50000000000ll;
constexpr double kWalkInShare = 0.15;
constexpr double kRegularShare = 0.30;

struct Product
{
    const char *description;
    const char *category;
    int priceMinor;
};

const Product kProducts[] = {
    {"Latte", "coffee", 320},       {"Cappuccino", "coffee", 290},
    {"Espresso", "coffee", 180},    {"Flat white", "coffee", 330},
    {"Americano", "coffee", 250},   {"Croissant", "bakery", 210},
    {"Cheesecake", "dessert", 450}, {"Muffin", "bakery", 230},
    {"Bagel", "bakery", 280},       {"Orange juice", "drinks", 350},
    {"Sandwich", "food", 520},      {"Soup of the day", "food", 480},
    {"Капучино", "coffee", 300},    {"Раф", "coffee", 380},
    {"Сырники", "food", 420},       {"Блины", "food", 390},
    {"Чай чёрный", "tea", 200},     {"Морс", "drinks", 240},
    {"绿茶", "tea", 220},           {"豆浆", "drinks", 150},
    {"包子", "food", 260},          {"蛋挞", "dessert", 310},
    {"Matcha latte", "tea", 360},   {"Brownie", "dessert", 270},
};
constexpr std::size_t kProductCount = sizeof(kProducts) / sizeof(kProducts[0]);

const char *const kLatinFirst[]
    = {"Anna",   "John",  "Maria", "Peter", "Laura", "David", "Sofia",  "Lukas",  "Emma",    "Noah",
       "Olivia", "Liam",  "Mia",   "Jonas", "Clara", "Marco", "Giulia", "Pierre", "Camille", "Jan",
       "Eva",    "Tomáš", "Ana",   "Diego", "Lucía", "Mateo", "Elena",  "Hugo",   "Nina",    "Oscar"};
const char *const kLatinLast[]
    = {"Smith",   "Müller",    "García",  "Rossi",  "Martin",   "Novák",   "Johnson",
       "Schmidt", "Fernández", "Bianchi", "Dubois", "Kowalski", "Brown",   "Weber",
       "López",   "Romano",    "Bernard", "Nowak",  "Wilson",   "Fischer", "Martínez",
       "Ricci",   "Moreau",    "Dvořák",  "Taylor", "Meyer",    "Silva",   "Costa"};
const char *const kLatinEmail[]
    = {"anna",   "john",  "maria", "peter", "laura", "david", "sofia",  "lukas",  "emma",    "noah",
       "olivia", "liam",  "mia",   "jonas", "clara", "marco", "giulia", "pierre", "camille", "jan",
       "eva",    "tomas", "ana",   "diego", "lucia", "mateo", "elena",  "hugo",   "nina",    "oscar"};
const char *const kCyrMaleFirst[] = {"Иван",    "Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил",
                                     "Николай", "Павел",   "Олег",    "Юрий",   "Тарас",  "Богдан"};
const char *const kCyrFemaleFirst[] = {"Анна",  "Мария",    "Елена", "Ольга",  "Наталья", "Татьяна",
                                       "Ирина", "Светлана", "Олена", "Оксана", "Юлия",    "Дарья"};
// {male, female}
const char *const kCyrLast[][2]
    = {{"Иванов", "Иванова"},        {"Петров", "Петрова"},      {"Смирнов", "Смирнова"},
       {"Кузнецов", "Кузнецова"},    {"Попов", "Попова"},        {"Соколов", "Соколова"},
       {"Лебедев", "Лебедева"},      {"Козлов", "Козлова"},      {"Новиков", "Новикова"},
       {"Морозов", "Морозова"},      {"Волков", "Волкова"},      {"Орлов", "Орлова"},
       {"Георгиев", "Георгиева"},    {"Коваленко", "Коваленко"}, {"Шевченко", "Шевченко"},
       {"Бондаренко", "Бондаренко"}, {"Ткаченко", "Ткаченко"},   {"Мельник", "Мельник"}};
const char *const kZhLast[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                               "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
const char *const kZhGiven[]
    = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
       "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "兰", "文", "辉", "鑫", "宇"};
const char *const kNotes[] = {"Oat milk, no sugar", "Без лактози",        "Двойной эспрессо", "少糖",
                              "Allergic to nuts",   "Prefers window seat"};

template <typename T, std::size_t N> const T &pick(Rng &rng, const T (&items)[N])
{
    return items[rng.below(N)];
}

std::string digitsOf(const std::string &s)
{
    std::string d;
    for (char c : s) {
        if (c >= '0' && c <= '9')
            d.push_back(c);
    }
    return d;
}

// One sale as the random sequence decides it. Both passes draw the same sequence from the same seed.
struct Line
{
    int product;
    int quantity;
};
struct Sale
{
    std::int64_t ms = 0;
    std::int64_t member = 0; // 0 = walk-in
    int lineCount = 0;
    Line lines[3];
    std::int64_t totalMinor = 0;
    std::int64_t points = 0;
};

class SaleSequence
{
public:
    SaleSequence(std::uint64_t seed, std::int64_t members, std::int64_t sales, std::int64_t startMs)
        : m_rng(seed, 1)
        , m_members(members)
        , m_sales(sales)
        , m_startMs(startMs)
    {
        m_firstMs = m_startMs + kDayMs;
        m_spanMs = m_startMs + kSpanMs - m_firstMs;
        m_stepMs = std::max<std::int64_t>(1, m_spanMs / std::max<std::int64_t>(1, sales));
    }

    Sale next(std::int64_t j)
    {
        Sale s;
        const std::int64_t base = m_firstMs + std::int64_t((Wide(j) * m_spanMs) / m_sales);
        s.ms = std::max(m_lastMs, base + std::int64_t(m_rng.below(std::uint64_t(m_stepMs))));
        m_lastMs = s.ms;
        const std::int64_t joined = std::min<std::int64_t>(
            m_members, std::int64_t((Wide(s.ms - m_startMs) * m_members) / kMemberSpanMs));
        const bool walkIn = m_rng.chance(kWalkInShare);
        const bool regular = m_rng.chance(kRegularShare);
        if (!walkIn && joined > 0) {
            if (regular && joined >= 10)
                s.member = 1 + 10 * std::int64_t(m_rng.below(std::uint64_t(joined / 10)));
            else
                s.member = 1 + std::int64_t(m_rng.below(std::uint64_t(joined)));
        }
        const double u = m_rng.unit();
        s.lineCount = u < 0.4 ? 1 : (u < 0.8 ? 2 : 3);
        for (int i = 0; i < s.lineCount; ++i) {
            s.lines[i].product = int(m_rng.below(kProductCount));
            const double q = m_rng.unit();
            s.lines[i].quantity = q < 0.75 ? 1 : (q < 0.95 ? 2 : 3);
            s.totalMinor += std::int64_t(kProducts[s.lines[i].product].priceMinor) * s.lines[i].quantity;
        }
        // The default program: 1 point per 100 minor units, floor; walk-ins earn nothing.
        s.points = s.member ? s.totalMinor / 100 : 0;
        return s;
    }

private:
    Rng m_rng;
    std::int64_t m_members;
    std::int64_t m_sales;
    std::int64_t m_startMs;
    std::int64_t m_firstMs = 0;
    std::int64_t m_spanMs = 0;
    std::int64_t m_stepMs = 1;
    std::int64_t m_lastMs = 0;
};

std::int64_t memberCreatedMs(std::uint64_t seed, std::int64_t i, std::int64_t members, std::int64_t startMs)
{
    const std::int64_t step = std::max<std::int64_t>(1, kMemberSpanMs / members);
    return startMs + std::int64_t((Wide(i - 1) * kMemberSpanMs) / members)
        + std::int64_t(mix(seed, std::uint64_t(i)) % std::uint64_t(step));
}

struct MemberTotals
{
    std::vector<std::int64_t> points, spent, lastMs;
    std::vector<std::int32_t> visits;
    std::vector<std::int64_t> settledMs; // the last day the app's expiry took points from the member
    std::int64_t expiredLots = 0; // lots whose expiry day is before today, settled or not
};

// The expiry day of a lot earned on `day` (days since the epoch), cached: sales come in day order.
class ExpiryDays
{
public:
    std::int64_t of(std::int64_t day)
    {
        if (day != m_day) {
            m_day = day;
            m_expiry = ymdToDay(addMonths(dayToYmd(day), 12)); // the default program's 12 months
        }
        return m_expiry;
    }

private:
    std::int64_t m_day = -1;
    std::int64_t m_expiry = 0;
};

// Pass 1: the members' cached totals are what their sales add up to, less (unless `settle` is false)
// what the app's expiry took from them by `today`: the app settles a lot on the day after its expiry
// day, at midnight UTC here.
MemberTotals totalsOf(std::uint64_t seed, std::int64_t members, std::int64_t sales, std::int64_t startMs,
                      std::int64_t today, bool settle)
{
    MemberTotals totals;
    const auto n = std::size_t(members + 1);
    totals.points.assign(n, 0);
    totals.spent.assign(n, 0);
    totals.lastMs.assign(n, 0);
    totals.visits.assign(n, 0);
    totals.settledMs.assign(n, 0);
    SaleSequence seq(seed, members, sales, startMs);
    ExpiryDays expiry;
    for (std::int64_t j = 0; j < sales; ++j) {
        const Sale s = seq.next(j);
        if (!s.member)
            continue;
        const auto m = std::size_t(s.member);
        totals.points[m] += s.points;
        totals.spent[m] += s.totalMinor;
        totals.visits[m] += 1;
        totals.lastMs[m] = s.ms;
        const std::int64_t expires = expiry.of(s.ms / kDayMs);
        if (s.points > 0 && expires < today) {
            ++totals.expiredLots;
            if (settle) {
                totals.points[m] -= s.points;
                totals.settledMs[m] = std::max(totals.settledMs[m], (expires + 1) * kDayMs);
            }
        }
    }
    return totals;
}

// --today YYYY-MM-DD as days since the epoch; the real UTC date by default.
std::int64_t todayOf(const Args &args)
{
    if (!args.has("today"))
        return std::int64_t(std::time(nullptr)) / 86400;
    const std::string t = args.value("today");
    int y = 0, mo = 0, d = 0;
    char tail = 0;
    if (t.size() != 10 || std::sscanf(t.c_str(), "%4d-%2d-%2d%c", &y, &mo, &d, &tail) != 3 || mo < 1
        || mo > 12 || d < 1 || d > 31 || y < 1980 || y > 9999)
        die("--today needs a date YYYY-MM-DD, not \"" + t + "\"");
    const std::int64_t day = ymdToDay({y, mo, d});
    const Ymd back = dayToYmd(day);
    if (back.year != y || back.month != mo || back.day != d)
        die("--today " + t + " is not a day of the calendar");
    return day;
}

struct Phone
{
    std::string text;
    std::string norm;
};

Phone makePhone(Rng &rng, int script)
{
    char buf[64];
    const double u = rng.unit();
    if (script == 1) { // Cyrillic: Russia, Ukraine, Bulgaria
        if (u < 0.45)
            std::snprintf(buf, sizeof buf, "+7 (9%02d) %03d-%02d-%02d", int(rng.below(100)),
                          int(rng.below(1000)), int(rng.below(100)), int(rng.below(100)));
        else if (u < 0.7)
            std::snprintf(buf, sizeof buf, "8 9%02d %03d-%02d-%02d", int(rng.below(100)),
                          int(rng.below(1000)), int(rng.below(100)), int(rng.below(100)));
        else if (u < 0.9)
            std::snprintf(buf, sizeof buf, "+380 %02d %03d %04d", int(50 + rng.below(50)),
                          int(rng.below(1000)), int(rng.below(10000)));
        else
            std::snprintf(buf, sizeof buf, "+359 88 %03d %04d", int(rng.below(1000)), int(rng.below(10000)));
    } else if (script == 2) { // China
        std::snprintf(buf, sizeof buf, "+86 1%02d %04d %04d", int(30 + rng.below(60)), int(rng.below(10000)),
                      int(rng.below(10000)));
    } else if (u < 0.4) {
        std::snprintf(buf, sizeof buf, "+1 %03d 555 %04d", int(200 + rng.below(800)), int(rng.below(10000)));
    } else if (u < 0.7) {
        std::snprintf(buf, sizeof buf, "+44 20 %04d %04d", int(rng.below(10000)), int(rng.below(10000)));
    } else {
        std::snprintf(buf, sizeof buf, "+49 30 %08d", int(rng.below(100000000)));
    }
    Phone p;
    p.text = buf;
    const std::string d = digitsOf(p.text);
    p.norm = d.size() > 9 ? d.substr(d.size() - 9) : d; // as Phone::lookupKey does
    return p;
}

double seconds(SteadyClock::time_point since)
{
    return microsSince(since) / 1e6;
}

// Drops the trigger `name` when the schema has it (and `alsoWhen`, an SQL condition, holds), for the
// rows to go in without it; its SQL, to create it again after them, or "" when there was none.
std::string setTriggerAside(sqlite3 *db, const std::string &name, const std::string &alsoWhen = "1")
{
    std::string sql;
    {
        Stmt s(db,
               ("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = '" + name + "' AND ("
                + alsoWhen + ")")
                   .c_str());
        if (sqlite3_step(s.get()) == SQLITE_ROW)
            sql = reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 0));
        sqlite3_reset(s.get());
    }
    if (!sql.empty())
        execOrDie(db, ("DROP TRIGGER \"" + name + "\"").c_str());
    return sql;
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything opens SQLite: no global memory statistics (a mutex per allocation otherwise).
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    QCoreApplication app(argc, argv);
    const Args args(argc, argv);
    if (args.has("help") || !args.has("db")) {
        std::fprintf(stderr,
                     "usage: loyalty-bench-generate --db FILE --members N --sales M [--seed S] [--force] "
                     "[--cache-mb MB] [--today YYYY-MM-DD] [--expiry-backlog]\n"
                     "       loyalty-bench-generate --db FILE --checksum\n");
        return args.has("help") ? 0 : 2;
    }
    if (const auto bad = args.unknown(
            {"db", "members", "sales", "seed", "force", "cache-mb", "checksum", "today", "expiry-backlog"});
        !bad.empty())
        die("unknown argument " + bad.front());
    const std::string path = args.value("db");
    if (args.has("checksum"))
        return checksum(path);

    const std::int64_t members = args.number("members", 1000000);
    const std::int64_t sales = args.number("sales", 10000000);
    const std::uint64_t seed = std::uint64_t(args.number("seed", 1));
    const std::int64_t cacheMb = args.number("cache-mb", 2048);
    if (members < 1 || sales < 0 || members > 9999999999ll)
        die("--members must be 1 to 9,999,999,999 and --sales 0 or more");
    const std::int64_t today = todayOf(args);
    const std::int64_t startMs = today * kDayMs - kSpanMs;
    const bool settle = !args.has("expiry-backlog");

    const QString qpath = QString::fromStdString(path);
    if (QFileInfo::exists(qpath)) {
        if (!args.has("force"))
            die(path + " exists; pass --force to replace it");
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(qpath + QLatin1String(suffix));
    }

    const auto started = SteadyClock::now();
    // The schema and the terminal, made by the app itself at a fixed moment before the first member.
    FixedClock clock(QDateTime::fromMSecsSinceEpoch(startMs - kDayMs, Qt::UTC));
    auto opened = Database::open(qpath, Database::Mode::CreateOrUpgrade);
    if (!opened)
        die(opened.error().message.toStdString() + " " + opened.error().detail.toStdString());
    std::unique_ptr<Database> database = std::move(opened).value();
    auto terminal
        = TerminalService(*database, clock)
              .initialize(QStringLiteral("Bench Café"), QStringLiteral("Till 1"), QStringLiteral("EUR"));
    if (!terminal)
        die(terminal.error().message.toStdString());
    sqlite3 *db = database->handle();
    if (!db)
        die("no SQLite handle");

    // The terminal's UUID is random in the app; here it comes from the seed like everything else.
    char terminalUuid[37];
    {
        Rng rng(seed, 99);
        formatUuidV7(terminalUuid, startMs - kDayMs, rng);
        execOrDie(db, "BEGIN IMMEDIATE");
        Stmt(db, "UPDATE terminals SET uuid = ? WHERE is_local = 1").text(1, terminalUuid).run();
        Stmt(db, "UPDATE settings SET origin_terminal = ?").text(1, terminalUuid).run();
        execOrDie(db, "COMMIT");
    }
    // An administrator (PIN 8642, as in the demo shop), so that the app opens on its login page
    // instead of the first-run wizard; made after the terminal got its final UUID (the audit chain).
    {
        auto local = TerminalService(*database, clock).local();
        if (!local)
            die(local.error().message.toStdString());
        ServiceContext ctx(*database, clock, local.value());
        if (auto admin
            = StaffService(ctx).create(QStringLiteral("Admin"), Role::Administrator, QStringLiteral("8642"));
            !admin)
            die(admin.error().message.toStdString());
    }

    // Generation only: no journal, no syncs, no per-row foreign-key lookups (the rows are consistent by
    // construction and `loyalty-cli check` verifies it), a large page cache. Restored below.
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA journal_mode = OFF", -1, &s, nullptr);
        if (sqlite3_step(s) != SQLITE_ROW
            || std::strcmp(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)), "off") != 0)
            die("cannot switch the journal off for generation");
        sqlite3_finalize(s);
    }
    execOrDie(db, "PRAGMA synchronous = OFF");
    execOrDie(db, "PRAGMA foreign_keys = OFF");
    execOrDie(db, ("PRAGMA cache_size = -" + std::to_string(cacheMb * 1024)).c_str());

    const MemberTotals totals = totalsOf(seed, members, sales, startMs, today, settle);
    std::fprintf(stderr, "pass 1 (totals): %.1f s\n", seconds(started));

    execOrDie(db, "BEGIN");
    // The secondary indexes that inserts in id order would fill at random places are dropped now and
    // built again after the rows are in (from the very SQL the migration wrote, so the schema is the
    // same): one sort per index instead of tens of millions of random B-tree inserts. Indexes that grow
    // at their right edge anyway (uuid, receipt number, day, purchase id, expiry) stay live; so does any
    // index a later migration adds, which is correct, only perhaps slower.
    std::vector<std::string> deferredIndexes;
    {
        Stmt s(db,
               "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND name IN "
               "('purchases_member', 'points_ledger_member', 'members_phone_norm', 'members_email', "
               "'members_search_live', 'members_live_spent', 'members_live_recency', 'members_phone_last4') "
               "ORDER BY rowid");
        std::vector<std::string> names;
        while (sqlite3_step(s.get()) == SQLITE_ROW) {
            names.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 0)));
            deferredIndexes.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 1)));
        }
        sqlite3_reset(s.get());
        for (const std::string &name : names)
            execOrDie(db, ("DROP INDEX \"" + name + "\"").c_str());
    }
    // Likewise the trigram index of member search (schema v2): one 'rebuild' from members.search_text
    // after the rows are in, instead of a trigger per member.
    const std::string ftsTrigger = setTriggerAside(
        db, "members_fts_insert", "EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'member_fts')");
    // And the buyers' sets per day (schema v14): filled once from the sales, with the migration's own
    // aggregate, instead of a blob rewritten per sale.
    const std::string buyerDaysTrigger = setTriggerAside(db, "buyer_days_on_purchase");
    // Members.
    {
        Rng rng(seed, 2);
        Rng uuids(seed, 3);
        Stmt ins(db,
                 "INSERT INTO members (id, uuid, origin_terminal, name, phone, phone_norm, email, birth_day, "
                 "birth_month, birth_year, notes, consent_sms_at, consent_email_at, points_balance, visits, "
                 "total_spent_minor, last_visit_at, created_at, updated_at, search_text) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        char uuid[37], created[25], last[25], updated[25];
        std::string name, email;
        for (std::int64_t i = 1; i <= members; ++i) {
            const std::int64_t createdMs = memberCreatedMs(seed, i, members, startMs);
            formatUuidV7(uuid, createdMs, uuids);
            formatUtc(created, createdMs);
            const double u = rng.unit();
            const int script = u < 0.5 ? 0 : (u < 0.85 ? 1 : 2);
            email.clear();
            if (script == 0) {
                const std::size_t first = rng.below(sizeof kLatinFirst / sizeof kLatinFirst[0]);
                const char *lastName = pick(rng, kLatinLast);
                name = std::string(kLatinFirst[first]) + " " + lastName;
                if (rng.chance(0.7))
                    email = std::string(kLatinEmail[first]) + "." + std::to_string(i) + "@example.com";
            } else if (script == 1) {
                const bool female = rng.chance(0.5);
                const char *first = female ? pick(rng, kCyrFemaleFirst) : pick(rng, kCyrMaleFirst);
                name = std::string(first) + " " + pick(rng, kCyrLast)[female ? 1 : 0];
                if (rng.chance(0.4))
                    email = "member" + std::to_string(i) + "@example.ru";
            } else {
                name = std::string(pick(rng, kZhLast)) + pick(rng, kZhGiven);
                if (rng.chance(0.6))
                    name += pick(rng, kZhGiven);
                if (rng.chance(0.3))
                    email = "m" + std::to_string(i) + "@example.cn";
            }
            Phone phone;
            if (rng.chance(0.9))
                phone = makePhone(rng, script);
            ins.integer(1, i)
                .text(2, uuid)
                .text(3, terminalUuid)
                .text(4, name)
                .textOrNull(5, phone.text)
                .textOrNull(6, phone.norm)
                .textOrNull(7, email);
            if (rng.chance(0.5)) {
                const Ymd birth {int(1950 + rng.below(56)), int(1 + rng.below(12)), int(1 + rng.below(28))};
                ins.integer(8, birth.day).integer(9, birth.month).integer(10, birth.year);
            } else {
                ins.null(8).null(9).null(10);
            }
            if (rng.chance(0.05))
                ins.text(11, pick(rng, kNotes));
            else
                ins.null(11);
            if (rng.chance(0.3))
                ins.text(12, created);
            else
                ins.null(12);
            if (!email.empty() && rng.chance(0.5))
                ins.text(13, created);
            else
                ins.null(13);
            const auto m = std::size_t(i);
            ins.integer(14, totals.points[m]).integer(15, totals.visits[m]).integer(16, totals.spent[m]);
            if (totals.visits[m] > 0) {
                formatUtc(last, totals.lastMs[m]);
                ins.text(17, last);
            } else {
                ins.null(17);
            }
            formatUtc(updated, std::max({createdMs, totals.lastMs[m], totals.settledMs[m]}));
            // The folded search column, as MemberRepository::insert fills it (the FTS index follows by
            // trigger).
            const QByteArray search
                = SearchText::forMember(QString::fromStdString(name), QString::fromStdString(email),
                                        QString::fromStdString(phone.text))
                      .toUtf8();
            ins.text(18, created).text(19, updated).text(20, search.constData(), int(search.size())).run();
        }
    }
    std::fprintf(stderr, "members: %.1f s\n", seconds(started));

    // Cards: member i has card makeEan13("2", i) with card id i; every 50th member an older blocked one.
    std::int64_t cardCount = 0;
    {
        Rng uuids(seed, 4);
        Stmt ins(db,
                 "INSERT INTO cards (id, uuid, origin_terminal, member_id, number, status, blocked_at, "
                 "blocked_reason, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
        char uuid[37], created[25], blocked[25];
        for (std::int64_t i = 1; i <= members; ++i) {
            const std::int64_t createdMs = memberCreatedMs(seed, i, members, startMs);
            formatUuidV7(uuid, createdMs, uuids);
            formatUtc(created, createdMs);
            const QByteArray number = CardNumber::makeEan13(QStringLiteral("2"), i).toLatin1();
            if (i == 1 || i == members)
                if (number.toStdString() != shopCardNumber(i))
                    die("Bench::shopCardNumber disagrees with CardNumber::makeEan13");
            ins.integer(1, i)
                .text(2, uuid)
                .text(3, terminalUuid)
                .integer(4, i)
                .text(5, number.constData())
                .text(6, "active")
                .null(7)
                .null(8)
                .text(9, created)
                .text(10, created)
                .run();
            ++cardCount;
        }
        for (std::int64_t i = 50; i <= members; i += 50) {
            const std::int64_t createdMs = memberCreatedMs(seed, i, members, startMs);
            formatUuidV7(uuid, createdMs, uuids);
            formatUtc(created, createdMs);
            const std::int64_t blockedMs
                = std::min(startMs + kSpanMs - 1,
                           createdMs + std::int64_t(20 + mix(seed, std::uint64_t(i)) % 180) * kDayMs);
            formatUtc(blocked, blockedMs);
            const QByteArray number
                = CardNumber::makeEan13(QStringLiteral("2"), kBlockedSerialBase + i).toLatin1();
            ins.integer(1, members + i / 50)
                .text(2, uuid)
                .text(3, terminalUuid)
                .integer(4, i)
                .text(5, number.constData())
                .text(6, "blocked")
                .text(7, blocked)
                .text(8, "lost")
                .text(9, created)
                .text(10, blocked)
                .run();
            ++cardCount;
        }
    }
    std::fprintf(stderr, "cards: %.1f s\n", seconds(started));

    // Sales in receipt order: purchase, its lines, the earn lot.
    std::int64_t lineId = 0, ledgerId = 0;
    {
        SaleSequence seq(seed, members, sales, startMs);
        Rng uuids(seed, 5);
        Stmt purchase(
            db,
            "INSERT INTO purchases (id, uuid, origin_terminal, receipt_no, kind, member_id, card_id, "
            "currency, subtotal_minor, total_minor, points_earned, business_day, created_at) "
            "VALUES (?,?,?,?,'sale',?,?,'EUR',?,?,?,?,?)");
        Stmt line(db,
                  "INSERT INTO purchase_lines (id, uuid, purchase_id, line_no, description, category, "
                  "unit_price_minor, quantity, total_minor) VALUES (?,?,?,?,?,?,?,?,?)");
        Stmt ledger(
            db,
            "INSERT INTO points_ledger (id, uuid, origin_terminal, member_id, kind, points, purchase_id, "
            "expires_on, created_at) VALUES (?,?,?,?,'earn',?,?,?,?)");
        purchase.text(3, terminalUuid);
        ledger.text(3, terminalUuid);
        char uuid[37], created[25], day[11], expires[11];
        std::int64_t dayCached = -1;
        for (std::int64_t j = 0; j < sales; ++j) {
            const Sale s = seq.next(j);
            const std::int64_t id = j + 1;
            formatUtc(created, s.ms);
            if (s.ms / kDayMs != dayCached) {
                dayCached = s.ms / kDayMs;
                const Ymd d = dayToYmd(dayCached);
                formatDay(day, d);
                formatDay(expires, addMonths(d, 12)); // the default program's 12 months
            }
            formatUuidV7(uuid, s.ms, uuids);
            purchase.integer(1, id).text(2, uuid).integer(4, id);
            if (s.member)
                purchase.integer(5, s.member).integer(6, s.member);
            else
                purchase.null(5).null(6);
            purchase.integer(7, s.totalMinor)
                .integer(8, s.totalMinor)
                .integer(9, s.points)
                .text(10, day)
                .text(11, created)
                .run();
            for (int l = 0; l < s.lineCount; ++l) {
                const Product &p = kProducts[s.lines[l].product];
                formatUuidV7(uuid, s.ms, uuids);
                line.integer(1, ++lineId)
                    .text(2, uuid)
                    .integer(3, id)
                    .integer(4, l + 1)
                    .text(5, p.description)
                    .text(6, p.category)
                    .integer(7, p.priceMinor)
                    .integer(8, s.lines[l].quantity)
                    .integer(9, std::int64_t(p.priceMinor) * s.lines[l].quantity)
                    .run();
            }
            if (s.points > 0) {
                formatUuidV7(uuid, s.ms, uuids);
                ledger.integer(1, ++ledgerId)
                    .text(2, uuid)
                    .integer(4, s.member)
                    .integer(5, s.points)
                    .integer(6, id)
                    .text(7, expires)
                    .text(8, created)
                    .run();
            }
            if ((j + 1) % 1000000 == 0)
                std::fprintf(stderr, "sales: %lld / %lld, %.1f s\n", static_cast<long long>(j + 1),
                             static_cast<long long>(sales), seconds(started));
        }
    }
    std::fprintf(stderr, "rows: %.1f s\n", seconds(started));
    ExpirySettled settled;
    if (settle) {
        auto local = TerminalService(*database, clock).local();
        if (!local)
            die(local.error().message.toStdString());
        settled = settleExpiry(*database, local.value(), seed, today, ledgerId + 1);
        if (settled.lots != totals.expiredLots)
            die("the expiry settled " + std::to_string(settled.lots) + " lots, the balances count "
                + std::to_string(totals.expiredLots));
        std::fprintf(stderr, "expiry settled (%lld lots, %lld entries): %.1f s\n",
                     static_cast<long long>(settled.lots), static_cast<long long>(settled.entries),
                     seconds(started));
    }
    execOrDie(db, "PRAGMA threads = 2");
    for (const std::string &sql : deferredIndexes)
        execOrDie(db, sql.c_str());
    if (!ftsTrigger.empty()) {
        execOrDie(db, "INSERT INTO member_fts(member_fts) VALUES ('rebuild')");
        execOrDie(db, ftsTrigger.c_str());
    }
    if (!buyerDaysTrigger.empty()) {
        execOrDie(db,
                  "INSERT INTO buyer_days (business_day, origin_terminal, chunk, members) "
                  "SELECT business_day, origin_terminal, member_id >> 13, buyers_agg(member_id & 8191) "
                  "FROM purchases WHERE kind = 'sale' AND member_id IS NOT NULL "
                  "GROUP BY business_day, origin_terminal, member_id >> 13");
        execOrDie(db, buyerDaysTrigger.c_str());
    }
    std::fprintf(stderr, "indexes: %.1f s\n", seconds(started));
    execOrDie(db, "COMMIT");
    std::fprintf(stderr, "committed: %.1f s\n", seconds(started));

    // Back to the app's settings: WAL, synchronous=FULL, foreign keys, its cache size.
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &s, nullptr);
        if (sqlite3_step(s) != SQLITE_ROW
            || std::strcmp(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)), "wal") != 0)
            die("cannot switch the journal back to WAL");
        sqlite3_finalize(s);
    }
    execOrDie(db, "PRAGMA synchronous = FULL");
    execOrDie(db, "PRAGMA foreign_keys = ON");
    execOrDie(db, "PRAGMA cache_size = -16000");
    database.reset();

    const double elapsed = seconds(started);
    char todayText[11];
    formatDay(todayText, dayToYmd(today));
    const double fileMb = double(QFileInfo(qpath).size()) / (1024.0 * 1024.0);
    std::printf(
        "RESULT bench=generate path=- members=%lld cards=%lld sales=%lld lines=%lld ledger=%lld seconds=%.1f "
        "file_mb=%.0f seed=%llu today=%s expiry=%s expired_lots=%lld expire_entries=%lld\n",
        static_cast<long long>(members), static_cast<long long>(cardCount), static_cast<long long>(sales),
        static_cast<long long>(lineId), static_cast<long long>(ledgerId + settled.entries), elapsed, fileMb,
        static_cast<unsigned long long>(seed), todayText, settle ? "settled" : "backlog",
        static_cast<long long>(totals.expiredLots), static_cast<long long>(settled.entries));
    return 0;
}
