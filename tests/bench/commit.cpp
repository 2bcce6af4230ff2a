// loyalty-bench-commit: a durable member sale, and what the disk allows.
//
//   loyalty-bench-commit --db FILE [--iterations N] [--seed S] [--block B] [--fsync-iterations N]
//                        [--idle-checkpoint 0|1] [--costs K] [--settle-in-process 1]
//
// "app": CheckoutService::complete for a member sale of two lines (Latte 3.20 x 2, Croissant 2.10) on the
// app's connection (WAL, synchronous=FULL): it checks that the program version it keeps is still the
// one in force, then in one BEGIN IMMEDIATE transaction re-reads the member, takes the next receipt
// number, inserts the purchase, its two lines and the earn lot, updates the member's cached totals and
// commits.
// "raw": the same statements with the SQLite C API on the same connection, prepared once:
// program versions seen; BEGIN IMMEDIATE; member by id; next receipt no; insert purchase; 2 lines;
// ledger; update member; COMMIT.
//
// "commit_cpu": the same sales' thread CPU time (user and kernel) without the wait for the disk's
// fsync, the same for both sides, which on a busy machine hides what the app adds.
// Members are random (seeded); the two sides alternate in blocks. The sales are real: they stay in
// the file, consistent (`loyalty-cli check` still passes).
//
// "commit_cost" (--costs K): what each trigger and each secondary index on the tables a sale writes
// costs per sale. The tables are those SQLite names while it prepares the sale's statements (the
// triggers they fire included); the triggers and indexes come from sqlite_master, so what a
// migration adds is measured without more code. Inside a transaction that is rolled back, one of
// them is taken out of the schema (takeOut) and K sales' statements are timed one by one, against K
// with nothing taken out, alternating, five rounds; the difference of the two medians is its cost:
// the work inside the transaction (the commit's WAL write of the pages it touched is not in it).
// Unique constraints' own indexes cannot be taken out and are not listed.
//
// --settle-in-process 1: the till's own case of selling while a backlog of expired points settles.
// A thread of this process runs ExpiryRun's steps on a connection of its own, as the till's worker
// does (50 ms budget, 5 ms pause, waiting while a sale of this process waits for the lock), during
// the timed sales; the results are "commit_settling_inproc", then "settle_inproc" (lots settled
// meanwhile, steps, the longest step, whether it was still running at the end). The raw side's
// BEGIN IMMEDIATE announces its wait as the app's Transaction does (WritersWaiting): without it the
// raw side would measure a step's length rather than its statements.
//
// "fsync": the disk's own latency for what a WAL commit needs, measured in the database's folder:
// a 4 KiB pwrite + fdatasync at the same offset (a WAL being reused) and appended (a WAL growing).

#include "appsql.h"
#include "benchcommon.h"

#include "checkoutservice.h"
#include "clock.h"
#include "database.h"
#include "expiryservice.h"
#include "programservice.h"
#include "sqlite/writerswaiting.h"
#include "terminalservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <atomic>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <set>
#include <string>
#include <vector>

using namespace Bench;

namespace {

struct Statements
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *begin = nullptr, *commit = nullptr, *rollback = nullptr, *versions = nullptr,
                 *member = nullptr, *nextNo = nullptr, *purchase = nullptr, *line = nullptr,
                 *ledger = nullptr, *applySale = nullptr;

    explicit Statements(sqlite3 *h)
        : db(h)
    {
        begin = prepare("BEGIN IMMEDIATE");
        commit = prepare("COMMIT");
        rollback = prepare("ROLLBACK");
        versions = prepare(AppSql::kProgramVersionsSeen);
        member = prepare(AppSql::kFindMemberByIdAll);
        nextNo = prepare(AppSql::kNextReceiptNo);
        purchase = prepare(AppSql::kInsertPurchaseAll);
        line = prepare(AppSql::kInsertPurchaseLineAll);
        ledger = prepare(AppSql::kInsertLedger);
        applySale = prepare(AppSql::kApplySale);
    }
    ~Statements()
    {
        for (sqlite3_stmt *s :
             {begin, commit, rollback, versions, member, nextNo, purchase, line, ledger, applySale})
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

struct RawSale
{
    std::string terminal;
    qint64 programVersion = 0;
};

// The statements of one raw member sale inside its transaction: the same two lines, the earn rule's
// 1 point per 1.00 and 12 months' expiry.
void rawStatements(Statements &st, Rng &uuids, const RawSale &sale, qint64 memberId, qint64 cardId)
{
    const std::string &terminal = sale.terminal;
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
    sqlite3_bind_null(p, 17);
    sqlite3_bind_int64(p, 18, sale.programVersion);
    sqlite3_bind_null(p, 19);
    sqlite3_bind_int64(p, 20, 0);
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
        sqlite3_bind_null(s, 10);
        sqlite3_bind_null(s, 11);
        sqlite3_bind_null(s, 12);
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
}

// One durable raw sale: the program check the app makes, then the statements in one transaction.
void rawSale(Statements &st, Rng &uuids, const RawSale &sale, qint64 memberId, qint64 cardId)
{
    st.done(st.versions, SQLITE_ROW);
    (void)sqlite3_column_int64(st.versions, 0);
    (void)sqlite3_column_int64(st.versions, 1);
    sqlite3_reset(st.versions);

    WritersWaiting::enter();
    st.done(st.begin);
    WritersWaiting::leave();
    sqlite3_reset(st.begin);
    rawStatements(st, uuids, sale, memberId, cardId);
    st.done(st.commit);
    sqlite3_reset(st.commit);
}

// --- what each trigger and index costs a sale -----------------------------------------------

int noteWrite(void *out, int action, const char *table, const char *, const char *, const char *)
{
    if ((action == SQLITE_INSERT || action == SQLITE_UPDATE || action == SQLITE_DELETE) && table
        && std::strncmp(table, "sqlite_", 7) != 0)
        static_cast<std::set<std::string> *>(out)->insert(table);
    return SQLITE_OK;
}

// The tables the sale's statements write, and those their triggers write, as SQLite names them
// while it compiles them (a trigger's program is compiled into the statement that fires it).
std::set<std::string> writtenTables(sqlite3 *h)
{
    std::set<std::string> tables;
    sqlite3_set_authorizer(h, noteWrite, &tables);
    for (const char *sql : {AppSql::kInsertPurchaseAll, AppSql::kInsertPurchaseLineAll, AppSql::kInsertLedger,
                            AppSql::kApplySale}) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(h, sql, -1, &s, nullptr) != SQLITE_OK)
            die(std::string("prepare failed: ") + sqlite3_errmsg(h));
        sqlite3_finalize(s);
    }
    sqlite3_set_authorizer(h, nullptr, nullptr);
    return tables;
}

struct SchemaObject
{
    std::string kind, name, table;
};

// The triggers and the droppable (named, not a constraint's own) indexes on those tables.
std::vector<SchemaObject> saleObjects(sqlite3 *h, const std::set<std::string> &tables)
{
    std::vector<SchemaObject> out;
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(h,
                       "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('trigger', 'index') "
                       "AND sql IS NOT NULL ORDER BY tbl_name, type DESC, name",
                       -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW) {
        SchemaObject o {reinterpret_cast<const char *>(sqlite3_column_text(s, 0)),
                        reinterpret_cast<const char *>(sqlite3_column_text(s, 1)),
                        reinterpret_cast<const char *>(sqlite3_column_text(s, 2))};
        if (tables.count(o.table))
            out.push_back(o);
    }
    sqlite3_finalize(s);
    return out;
}

void execOrDie(sqlite3 *h, const std::string &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string why = message ? message : "?";
        sqlite3_free(message);
        die("failed: " + sql + ": " + why);
    }
}

std::string quoted(const std::string &name)
{
    std::string q = "\"";
    for (char c : name)
        q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

struct Buyer
{
    qint64 member, card;
};

std::int64_t schemaVersion(sqlite3 *h)
{
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(h, "PRAGMA schema_version", -1, &s, nullptr);
    const std::int64_t v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    sqlite3_finalize(s);
    return v;
}

// Takes a trigger or an index out of the schema until the transaction rolls back. A trigger is
// dropped. An index is only struck from sqlite_master: DROP INDEX would read all its pages, push the
// sale's pages out of the cache and free its own, and the sales after it measured that, not the
// index. Its pages stay untouched, and the rollback puts the entry back: never commit after this.
void takeOut(sqlite3 *h, const SchemaObject &o)
{
    if (o.kind == "trigger") {
        execOrDie(h, "DROP TRIGGER " + quoted(o.name));
        return;
    }
    std::string literal = "'";
    for (char c : o.name)
        literal += c == '\'' ? std::string("''") : std::string(1, c);
    literal += "'";
    const std::int64_t version = schemaVersion(h);
    execOrDie(h,
              "PRAGMA writable_schema = ON; DELETE FROM sqlite_master WHERE type = 'index' AND name = "
                  + literal + "; PRAGMA schema_version = " + std::to_string(version + 1)
                  + "; PRAGMA writable_schema = OFF");
}

// K sales' statements in a transaction rolled back, `drop` taken out first (null: nothing); each
// sale's microseconds are added to `us`. A few sales first, untimed: the statements are prepared
// again for the schema.
void salesWithout(Statements &st, Rng &uuids, const RawSale &sale, const std::vector<Buyer> &buyers,
                  std::size_t &next, int k, const SchemaObject *drop, std::vector<double> &us)
{
    execOrDie(st.db, "BEGIN IMMEDIATE");
    if (drop)
        takeOut(st.db, *drop);
    for (int i = -20; i < k; ++i) {
        const Buyer &b = buyers[next++ % buyers.size()];
        const auto t = SteadyClock::now();
        rawStatements(st, uuids, sale, b.member, b.card);
        if (i >= 0)
            us.push_back(microsSince(t));
    }
    execOrDie(st.db, "ROLLBACK");
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// Per object: five rounds of K sales with it and K without, alternating; the difference of the
// medians of the single sales (a median, as the machine's other work lands on some sales).
void printCosts(Statements &st, Rng &uuids, const RawSale &sale, const std::vector<Buyer> &buyers, int k)
{
    const std::set<std::string> tables = writtenTables(st.db);
    std::string names;
    for (const std::string &t : tables)
        names += (names.empty() ? "" : ", ") + t;
    std::printf("# commit_cost: a sale writes %s\n", names.c_str());
    std::size_t next = 0;
    std::vector<double> all;
    for (const SchemaObject &o : saleObjects(st.db, tables)) {
        std::vector<double> with, without;
        for (int round = 0; round < 5; ++round) {
            salesWithout(st, uuids, sale, buyers, next, k, nullptr, with);
            salesWithout(st, uuids, sale, buyers, next, k, &o, without);
        }
        all.insert(all.end(), with.begin(), with.end());
        std::printf("RESULT bench=commit_cost kind=%s name=%s table=%s us_per_sale=%.1f\n", o.kind.c_str(),
                    o.name.c_str(), o.table.c_str(), median(with) - median(without));
        std::fflush(stdout);
    }
    std::printf("# commit_cost: the sale's statements with everything in place: %.1f us per sale "
                "(median, in a transaction, before its commit)\n",
                median(all));
}

double threadCpuUs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e6 + double(t.tv_nsec) / 1e3;
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

// The till's background expiry, as SettleRunner runs it, on a thread of this process.
struct InProcessSettling
{
    std::atomic<bool> stop {false};
    std::atomic<bool> stillRunning {false};
    std::atomic<qint64> lots {0}, steps {0}, stepMsMax {0}, restarts {0}, shortSteps {0};
    std::string error;
    QThread *thread = nullptr;

    void start(const QString &path)
    {
        thread = QThread::create([this, path] { run(path); });
        stillRunning = true;
        thread->start();
    }
    void finish()
    {
        stop = true;
        thread->wait();
        delete thread;
    }
    void run(const QString &path)
    {
        auto opened = Database::open(path, Database::Mode::ExistingOnly);
        if (!opened) {
            error = opened.error().message.toStdString();
            stillRunning = false;
            return;
        }
        auto terminal = TerminalService(*opened.value(), Clock::system()).local();
        if (!terminal) {
            error = terminal.error().message.toStdString();
            stillRunning = false;
            return;
        }
        ServiceContext ctx(*opened.value(), Clock::system(), terminal.value(), Actor::machineOwner());
        ExpiryRun run(ctx, false, 50);
        if (auto s = run.start(); !s)
            error = s.error().message.toStdString();
        while (error.empty() && !stop) {
            auto step = run.step();
            if (!step) {
                error = step.error().message.toStdString();
                break;
            }
            lots = run.progress().lots;
            steps = run.progress().steps;
            stepMsMax = run.progress().stepMsMax;
            restarts = run.progress().restarts;
            shortSteps = run.progress().shortSteps;
            if (step.value())
                break;
            WritersWaiting::yieldTo(WritersWaiting::kPauseMs); // as SettleRunner does
        }
        stillRunning = !run.progress().done;
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Args args(argc, argv);
    if (!args.has("db"))
        die("usage: loyalty-bench-commit --db FILE [--iterations N] [--seed S] [--block B] "
            "[--fsync-iterations N] [--idle-checkpoint 0|1] [--costs K] [--settle-in-process 1]");
    if (const auto bad = args.unknown({"db", "iterations", "seed", "block", "fsync-iterations",
                                       "idle-checkpoint", "costs", "settle-in-process"});
        !bad.empty())
        die("unknown argument " + bad.front());
    const std::int64_t iterations = std::max<std::int64_t>(1, args.number("iterations", 2000));
    const std::uint64_t seed = std::uint64_t(args.number("seed", 1));
    const std::int64_t block = std::max<std::int64_t>(1, args.number("block", 50));
    const int fsyncIterations = int(std::max<std::int64_t>(1, args.number("fsync-iterations", 1000)));
    const bool idleCheckpoints = args.number("idle-checkpoint", 1) != 0;
    const int costSales = int(std::max<std::int64_t>(0, args.number("costs", 0)));
    const bool settleInProcess = args.number("settle-in-process", 0) != 0;
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
    RawSale rawSaleOf;
    rawSaleOf.terminal = terminal->uuid.toStdString();
    {
        auto version = ProgramService(db).inForce(terminal.value(), QDateTime::currentDateTimeUtc());
        if (!version)
            die(version.error().message.toStdString());
        rawSaleOf.programVersion = version->id; // the app writes it on every purchase
    }

    // Random members and their active cards, looked up before any timing.
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
        rawSale(st, uuids, rawSaleOf, buyers[std::size_t(i)].member, buyers[std::size_t(i)].card);
    }

    InProcessSettling settling;
    if (settleInProcess) {
        settling.start(path);
        QThread::msleep(500); // its count of the lots first, then steps
    }
    // Wall time, and the thread's CPU time: the disk's fsync, the same for both, is not in the latter.
    std::vector<double> appUs, rawUs, appCpuUs, rawCpuUs;
    for (std::int64_t from = 0; from < iterations; from += block) {
        const std::int64_t to = std::min(iterations, from + block);
        for (std::int64_t i = from; i < to; ++i) {
            const Buyer &b = buyers[std::size_t(2 * i)];
            const double cpu = threadCpuUs();
            const auto t = SteadyClock::now();
            appSale(b);
            appUs.push_back(microsSince(t));
            appCpuUs.push_back(threadCpuUs() - cpu);
        }
        for (std::int64_t i = from; i < to; ++i) {
            const Buyer &b = buyers[std::size_t(2 * i + 1)];
            const double cpu = threadCpuUs();
            const auto t = SteadyClock::now();
            rawSale(st, uuids, rawSaleOf, b.member, b.card);
            rawUs.push_back(microsSince(t));
            rawCpuUs.push_back(threadCpuUs() - cpu);
        }
        // The till's idle moment between customers (MainWindow's idle checkpoint), not timed.
        if (idleCheckpoints) {
            if (auto c = db.checkpoint(); !c)
                die("checkpoint failed: " + c.error().message.toStdString());
        }
    }

    const Stats a = summarize(appUs);
    const Stats r = summarize(rawUs);
    if (settleInProcess) {
        const bool running = settling.stillRunning;
        settling.finish();
        if (!settling.error.empty())
            die("settling failed: " + settling.error);
        printResult("commit_settling_inproc", "app", a);
        printResult("commit_settling_inproc", "raw", r);
        printRatio("commit_settling_inproc", a, r);
        std::printf(
            "RESULT bench=settle_inproc lots=%lld steps=%lld short_steps=%lld step_ms_max=%lld "
            "log_restarts=%lld wal_mb=%lld still_running=%d\n",
            static_cast<long long>(settling.lots.load()), static_cast<long long>(settling.steps.load()),
            static_cast<long long>(settling.shortSteps.load()),
            static_cast<long long>(settling.stepMsMax.load()),
            static_cast<long long>(settling.restarts.load()),
            static_cast<long long>(QFileInfo(path + QLatin1String("-wal")).size() >> 20), running ? 1 : 0);
        std::fflush(stdout);
        return 0;
    }
    printResult("commit", "app", a);
    printResult("commit", "raw", r);
    printRatio("commit", a, r);
    const Stats ac = summarize(appCpuUs);
    const Stats rc = summarize(rawCpuUs);
    printResult("commit_cpu", "app", ac);
    printResult("commit_cpu", "raw", rc);
    printRatio("commit_cpu", ac, rc);
    std::fflush(stdout);
    if (costSales > 0)
        printCosts(st, uuids, rawSaleOf, buyers, costSales);

    const std::string probe = QFileInfo(path).absolutePath().toStdString() + "/fsync-probe.tmp";
    printResult("fsync", "overwrite", summarize(fsyncLatency(probe, fsyncIterations, false)));
    printResult("fsync", "append", summarize(fsyncLatency(probe, fsyncIterations, true)));
    return 0;
}
