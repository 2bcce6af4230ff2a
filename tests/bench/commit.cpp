// loyalty-bench-commit: a durable member sale, and what the disk allows.
//
//   loyalty-bench-commit --db FILE [--iterations N] [--seed S] [--block B] [--fsync-iterations N]
//
// "app": CheckoutService::complete for a member sale of two lines (Latte 3.20 x 2, Croissant 2.10) on the
// app's connection (WAL, synchronous=FULL): it reads the program settings, then in one BEGIN IMMEDIATE
// transaction re-reads the member, takes the next receipt number, inserts the purchase, its two lines
// and the earn lot, updates the member's cached totals and commits.
// "raw": the same statements with the SQLite C API on the same connection, prepared once:
// BEGIN IMMEDIATE; member by id; next receipt no; insert purchase; 2 lines; ledger; update member; COMMIT.
// (The app also reads its four program settings before the transaction; the raw side does not.)
// Members are random (seeded); the two sides alternate in blocks. The sales are real: they stay in the
// file, consistent (`loyalty-cli check` still passes).
//
// "fsync": the disk's own latency for what a WAL commit needs, measured in the database's folder:
// a 4 KiB pwrite + fdatasync at the same offset (a WAL being reused) and appended (a WAL growing).

#include "appsql.h"
#include "benchcommon.h"

#include "checkoutservice.h"
#include "clock.h"
#include "database.h"
#include "terminalservice.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

using namespace Bench;

namespace {

struct Statements
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *begin = nullptr, *commit = nullptr, *rollback = nullptr, *member = nullptr,
                 *nextNo = nullptr, *purchase = nullptr, *line = nullptr, *ledger = nullptr,
                 *applySale = nullptr;

    explicit Statements(sqlite3 *h)
        : db(h)
    {
        begin = prepare("BEGIN IMMEDIATE");
        commit = prepare("COMMIT");
        rollback = prepare("ROLLBACK");
        member = prepare(AppSql::kFindMemberById);
        nextNo = prepare(AppSql::kNextReceiptNo);
        purchase = prepare(AppSql::kInsertPurchase);
        line = prepare(AppSql::kInsertPurchaseLine);
        ledger = prepare(AppSql::kInsertLedger);
        applySale = prepare(AppSql::kApplySale);
    }
    ~Statements()
    {
        for (sqlite3_stmt *s : {begin, commit, rollback, member, nextNo, purchase, line, ledger, applySale})
            sqlite3_finalize(s);
    }
    Statements(const Statements &) = delete;
    Statements &operator=(const Statements &) = delete;

    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
            die(std::string("prepare failed: ") + sqlite3_errmsg(db) + "\n  " + sql);
        return s;
    }
    void done(sqlite3_stmt *s, int expected = SQLITE_DONE)
    {
        if (sqlite3_step(s) != expected)
            die(std::string("raw sale failed: ") + sqlite3_errmsg(db) + "\n  " + sqlite3_sql(s));
    }
};

void bindText(sqlite3_stmt *s, int i, const char *text)
{
    sqlite3_bind_text(s, i, text, -1, SQLITE_TRANSIENT);
}

// One raw member sale of the same two lines, the earn rule's 1 point per 1.00 and 12 months' expiry.
void rawSale(Statements &st, Rng &uuids, const std::string &terminal, qint64 memberId, qint64 cardId)
{
    const std::int64_t nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count();
    char created[25], day[11], expires[11], uuid[37];
    formatUtc(created, nowMs);
    const std::time_t secs = std::time_t(nowMs / 1000);
    std::tm local {};
    localtime_r(&secs, &local); // the business day is local, as Clock::today()
    const Ymd today {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
    formatDay(day, today);
    formatDay(expires, addMonths(today, 12));
    struct L
    {
        const char *description;
        qint64 price, quantity;
    };
    const L lines[] = {{"Latte", 320, 2}, {"Croissant", 210, 1}};
    const qint64 total = 320 * 2 + 210;
    const qint64 points = total / 100;

    st.done(st.begin);
    sqlite3_reset(st.begin);

    sqlite3_bind_int64(st.member, 1, memberId);
    st.done(st.member, SQLITE_ROW);
    for (int c = 0; c < sqlite3_column_count(st.member); ++c)
        (void)sqlite3_column_text(st.member, c); // read the row, as the app does
    sqlite3_reset(st.member);

    bindText(st.nextNo, 1, terminal.c_str());
    st.done(st.nextNo, SQLITE_ROW);
    const qint64 receiptNo = sqlite3_column_int64(st.nextNo, 0);
    sqlite3_reset(st.nextNo);

    sqlite3_stmt *p = st.purchase;
    formatUuidV7(uuid, nowMs, uuids);
    bindText(p, 1, uuid);
    bindText(p, 2, terminal.c_str());
    sqlite3_bind_int64(p, 3, receiptNo);
    bindText(p, 4, "sale");
    sqlite3_bind_int64(p, 5, memberId);
    sqlite3_bind_int64(p, 6, cardId);
    sqlite3_bind_null(p, 7);
    bindText(p, 8, "EUR");
    sqlite3_bind_int64(p, 9, total);
    sqlite3_bind_int64(p, 10, 0);
    sqlite3_bind_int64(p, 11, 0);
    sqlite3_bind_int64(p, 12, total);
    sqlite3_bind_int64(p, 13, points);
    sqlite3_bind_int64(p, 14, 0);
    bindText(p, 15, day);
    bindText(p, 16, created);
    st.done(p);
    sqlite3_reset(p);
    const qint64 purchaseId = sqlite3_last_insert_rowid(st.db);

    int lineNo = 0;
    for (const L &l : lines) {
        sqlite3_stmt *s = st.line;
        formatUuidV7(uuid, nowMs, uuids);
        bindText(s, 1, uuid);
        sqlite3_bind_int64(s, 2, purchaseId);
        sqlite3_bind_int64(s, 3, ++lineNo);
        bindText(s, 4, l.description);
        sqlite3_bind_null(s, 5);
        sqlite3_bind_int64(s, 6, l.price);
        sqlite3_bind_int64(s, 7, l.quantity);
        sqlite3_bind_int64(s, 8, 0);
        sqlite3_bind_int64(s, 9, l.price * l.quantity);
        st.done(s);
        sqlite3_reset(s);
    }

    sqlite3_stmt *e = st.ledger;
    formatUuidV7(uuid, nowMs, uuids);
    bindText(e, 1, uuid);
    bindText(e, 2, terminal.c_str());
    sqlite3_bind_int64(e, 3, memberId);
    bindText(e, 4, "earn");
    sqlite3_bind_int64(e, 5, points);
    sqlite3_bind_int64(e, 6, purchaseId);
    bindText(e, 7, expires);
    sqlite3_bind_null(e, 8);
    sqlite3_bind_null(e, 9);
    bindText(e, 10, created);
    st.done(e);
    sqlite3_reset(e);

    sqlite3_stmt *u = st.applySale;
    sqlite3_bind_int64(u, 1, points);
    sqlite3_bind_int64(u, 2, total);
    bindText(u, 3, created);
    bindText(u, 4, created);
    sqlite3_bind_int64(u, 5, memberId);
    st.done(u);
    sqlite3_reset(u);
    if (sqlite3_changes(st.db) != 1)
        die("raw sale: the member row was not updated");

    st.done(st.commit);
    sqlite3_reset(st.commit);
}

// pwrite + fdatasync of 4 KiB, at one offset or appended; microseconds per round.
std::vector<double> fsyncLatency(const std::string &path, int iterations, bool append)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        die("cannot create " + path + ": " + std::strerror(errno));
    char page[4096];
    std::memset(page, 0x5a, sizeof page);
    std::vector<double> us;
    for (int i = 0; i < iterations; ++i) {
        const off_t at = append ? off_t(i) * off_t(sizeof page) : 0;
        const auto t = SteadyClock::now();
        if (::pwrite(fd, page, sizeof page, at) != ssize_t(sizeof page) || ::fdatasync(fd) != 0)
            die("write/fdatasync failed on " + path + ": " + std::strerror(errno));
        us.push_back(microsSince(t));
    }
    ::close(fd);
    ::unlink(path.c_str());
    return us;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Args args(argc, argv);
    if (!args.has("db"))
        die("usage: loyalty-bench-commit --db FILE [--iterations N] [--seed S] [--block B] "
            "[--fsync-iterations N] [--idle-checkpoint 0|1]");
    if (const auto bad
        = args.unknown({"db", "iterations", "seed", "block", "fsync-iterations", "idle-checkpoint"});
        !bad.empty())
        die("unknown argument " + bad.front());
    const std::int64_t iterations = std::max<std::int64_t>(1, args.number("iterations", 2000));
    const std::uint64_t seed = std::uint64_t(args.number("seed", 1));
    const std::int64_t block = std::max<std::int64_t>(1, args.number("block", 50));
    const int fsyncIterations = int(std::max<std::int64_t>(1, args.number("fsync-iterations", 1000)));
    const bool idleCheckpoints = args.number("idle-checkpoint", 1) != 0;
    const QString path = QString::fromStdString(args.value("db"));

    auto opened = Database::open(path, Database::Mode::ExistingOnly);
    if (!opened)
        die(opened.error().message.toStdString() + " " + opened.error().detail.toStdString());
    Database &db = *opened.value();
    sqlite3 *h = db.handle();
    auto terminal = TerminalService(db, Clock::system()).local();
    if (!terminal)
        die(terminal.error().message.toStdString());
    if (terminal->currency != QLatin1String("EUR"))
        die("the benchmark expects a generated database (currency EUR)");
    ServiceContext ctx {db, Clock::system(), terminal.value()};
    CheckoutService checkout(ctx);
    const std::string terminalUuid = terminal->uuid.toStdString();

    // Random members and their active cards, looked up before any timing.
    struct Buyer
    {
        qint64 member, card;
    };
    std::vector<Buyer> buyers;
    {
        sqlite3_stmt *maxId = nullptr, *card = nullptr;
        sqlite3_prepare_v2(h, "SELECT COALESCE(MAX(id), 0) FROM members", -1, &maxId, nullptr);
        sqlite3_prepare_v2(
            h, "SELECT id FROM cards WHERE member_id = ? AND status = 'active' ORDER BY id LIMIT 1", -1,
            &card, nullptr);
        const qint64 members = sqlite3_step(maxId) == SQLITE_ROW ? sqlite3_column_int64(maxId, 0) : 0;
        if (members < 1)
            die("the database has no members: make it with loyalty-bench-generate");
        Rng rng(seed, 21);
        for (std::int64_t i = 0; i < 2 * iterations; ++i) {
            const qint64 m = 1 + qint64(rng.below(std::uint64_t(members)));
            sqlite3_bind_int64(card, 1, m);
            if (sqlite3_step(card) != SQLITE_ROW)
                die("member " + std::to_string(m) + " has no active card");
            buyers.push_back({m, sqlite3_column_int64(card, 0)});
            sqlite3_reset(card);
        }
        sqlite3_finalize(maxId);
        sqlite3_finalize(card);
    }

    Statements st(h);
    Rng uuids(seed, 22);
    SaleRequest request;
    request.cart.currency = QStringLiteral("EUR");
    request.cart.lines << CartLine {QStringLiteral("Latte"), 320, 2, {}}
                       << CartLine {QStringLiteral("Croissant"), 210, 1, {}};

    auto appSale = [&](const Buyer &b) {
        request.memberId = b.member;
        request.cardId = b.card;
        auto r = checkout.complete(request);
        if (!r)
            die("CheckoutService::complete failed: " + r.error().message.toStdString() + " "
                + r.error().detail.toStdString());
    };

    // A few of each first: statements prepared, WAL in use.
    for (int i = 0; i < 5; ++i) {
        appSale(buyers[std::size_t(i)]);
        rawSale(st, uuids, terminalUuid, buyers[std::size_t(i)].member, buyers[std::size_t(i)].card);
    }

    std::vector<double> appUs, rawUs;
    for (std::int64_t from = 0; from < iterations; from += block) {
        const std::int64_t to = std::min(iterations, from + block);
        for (std::int64_t i = from; i < to; ++i) {
            const Buyer &b = buyers[std::size_t(2 * i)];
            const auto t = SteadyClock::now();
            appSale(b);
            appUs.push_back(microsSince(t));
        }
        for (std::int64_t i = from; i < to; ++i) {
            const Buyer &b = buyers[std::size_t(2 * i + 1)];
            const auto t = SteadyClock::now();
            rawSale(st, uuids, terminalUuid, b.member, b.card);
            rawUs.push_back(microsSince(t));
        }
        // The till's idle moment between customers (MainWindow's idle checkpoint), not timed.
        if (idleCheckpoints) {
            if (auto c = db.checkpoint(); !c)
                die("checkpoint failed: " + c.error().message.toStdString());
        }
    }

    const Stats a = summarize(appUs);
    const Stats r = summarize(rawUs);
    printResult("commit", "app", a);
    printResult("commit", "raw", r);
    printRatio("commit", a, r);

    const std::string probe = QFileInfo(path).absolutePath().toStdString() + "/fsync-probe.tmp";
    printResult("fsync", "overwrite", summarize(fsyncLatency(probe, fsyncIterations, false)));
    printResult("fsync", "append", summarize(fsyncLatency(probe, fsyncIterations, true)));
    return 0;
}
