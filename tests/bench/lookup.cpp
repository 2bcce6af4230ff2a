// loyalty-bench-lookup: the counter's hottest query, a card number to its card and member.
//
//   loyalty-bench-lookup --db FILE [--iterations N] [--seed S] [--block B]
//
// "app": MemberRepository::findByCard, i.e. what a scan costs through the app's own layer, rows turned
// into CardRecord + MemberRecord. "raw": sqlite3_prepare_v2 once, then bind/step/reset of the exact same
// SQL on the same connection, reading every column once (the least any caller must do).
// Cards are random existing ones (member i has card makeEan13("2", i), as the generator makes them),
// drawn from the seed; each side gets its own keys, so neither finds the pages the other just read in
// SQLite's page cache. After a warm-up pass the two sides alternate in blocks, so both see the same
// machine. The connection is the app's, with the app's pragmas (16 MB page cache).

#include "appsql.h"
#include "benchcommon.h"

#include "database.h"
#include "repositories.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstdio>
#include <string>
#include <vector>

using namespace Bench;

namespace {

struct Key
{
    QString number;
    std::string utf8;
    qint64 memberId;
};

std::vector<Key> makeKeys(std::uint64_t seed, std::uint64_t stream, std::int64_t count, std::int64_t members)
{
    Rng rng(seed, stream);
    std::vector<Key> keys;
    keys.reserve(std::size_t(count));
    for (std::int64_t i = 0; i < count; ++i) {
        const qint64 id = 1 + qint64(rng.below(std::uint64_t(members)));
        const std::string n = shopCardNumber(id);
        keys.push_back({QString::fromStdString(n), n, id});
    }
    return keys;
}

// One raw lookup: bind, step, read every column, reset. Returns the member id (0 = not found).
qint64 rawLookup(sqlite3_stmt *st, const std::string &number, std::uint64_t &sink)
{
    sqlite3_bind_text(st, 1, number.data(), int(number.size()), SQLITE_STATIC);
    qint64 memberId = 0;
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const int n = sqlite3_column_count(st);
        for (int c = 0; c < n; ++c) {
            if (sqlite3_column_type(st, c) == SQLITE_INTEGER) {
                sink += std::uint64_t(sqlite3_column_int64(st, c));
            } else {
                const unsigned char *t = sqlite3_column_text(st, c);
                sink += std::uint64_t(sqlite3_column_bytes(st, c)) + (t ? t[0] : 0);
            }
        }
        memberId = sqlite3_column_int64(st, 9 + 0); // m.id, the first member column
    } else if (rc != SQLITE_DONE) {
        die(std::string("raw lookup failed: ") + sqlite3_errmsg(sqlite3_db_handle(st)));
    }
    sqlite3_reset(st);
    return memberId;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Args args(argc, argv);
    if (!args.has("db"))
        die("usage: loyalty-bench-lookup --db FILE [--iterations N] [--seed S] [--block B]");
    if (const auto bad = args.unknown({"db", "iterations", "seed", "block"}); !bad.empty())
        die("unknown argument " + bad.front());
    const std::int64_t iterations = std::max<std::int64_t>(1, args.number("iterations", 100000));
    const std::uint64_t seed = std::uint64_t(args.number("seed", 1));
    const std::int64_t block = std::max<std::int64_t>(1, args.number("block", 1000));

    auto opened = Database::open(QString::fromStdString(args.value("db")), Database::Mode::ExistingOnly);
    if (!opened)
        die(opened.error().message.toStdString() + " " + opened.error().detail.toStdString());
    Database &db = *opened.value();
    sqlite3 *h = db.handle();

    std::int64_t members = 0;
    {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(h, "SELECT COALESCE(MAX(id), 0) FROM members", -1, &st, nullptr);
        if (sqlite3_step(st) == SQLITE_ROW)
            members = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    if (members < 1)
        die("the database has no members: make it with loyalty-bench-generate");

    const std::vector<Key> appKeys = makeKeys(seed, 11, iterations, members);
    const std::vector<Key> rawKeys = makeKeys(seed, 12, iterations, members);

    MemberRepository repo(db);
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(h, AppSql::kFindByCard, -1, &raw, nullptr) != SQLITE_OK)
        die(std::string("prepare failed: ") + sqlite3_errmsg(h));

    std::uint64_t sink = 0;
    auto appOnce = [&](const Key &k) {
        auto r = repo.findByCard(k.number);
        if (!r)
            die("findByCard failed: " + r.error().message.toStdString() + " "
                + r.error().detail.toStdString());
        return r.value() ? r.value()->member.id : 0;
    };

    // Warm-up: every key once on each side (pages into the OS cache, statements prepared), and a check
    // that both sides find the member the key belongs to.
    for (const Key &k : appKeys) {
        if (appOnce(k) != k.memberId)
            die("findByCard did not find card " + k.utf8);
    }
    for (const Key &k : rawKeys) {
        if (rawLookup(raw, k.utf8, sink) != k.memberId)
            die("the raw lookup did not find card " + k.utf8);
    }

    std::vector<double> appUs, rawUs;
    appUs.reserve(std::size_t(iterations));
    rawUs.reserve(std::size_t(iterations));
    for (std::int64_t from = 0; from < iterations; from += block) {
        const std::int64_t to = std::min(iterations, from + block);
        for (std::int64_t i = from; i < to; ++i) {
            const auto t = SteadyClock::now();
            const qint64 id = appOnce(appKeys[std::size_t(i)]);
            appUs.push_back(microsSince(t));
            sink += std::uint64_t(id);
        }
        for (std::int64_t i = from; i < to; ++i) {
            const auto t = SteadyClock::now();
            const qint64 id = rawLookup(raw, rawKeys[std::size_t(i)].utf8, sink);
            rawUs.push_back(microsSince(t));
            sink += std::uint64_t(id);
        }
    }
    sqlite3_finalize(raw);

    const Stats a = summarize(appUs);
    const Stats r = summarize(rawUs);
    const std::string extra = "members=" + std::to_string(members) + " rss_kb=" + std::to_string(rssKb());
    printResult("lookup", "app", a, extra);
    printResult("lookup", "raw", r, extra);
    printRatio("lookup", a, r);
    std::fprintf(stderr, "(checksum of what was read: %llu)\n", static_cast<unsigned long long>(sink));
    return 0;
}
