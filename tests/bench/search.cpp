// loyalty-bench-search: finding a member as the cashier types, at full size.
//
//   loyalty-bench-search --db FILE [--iterations N] [--seed S] [--page P] [--stats 1|0]
//
// Queries are drawn (seeded) from the members in the file, in kinds the counter sees:
//   name1 / name2   the first one or two letters of a name, per script (Latin, Cyrillic, Chinese)
//   name3           3 to 6 letters from anywhere in a name, per script
//   phone4          the last four digits of a phone
//   email           4 to 8 characters from an e-mail address
//   miss            three letters no member has (what a typo costs)
// "app": MemberSearch::search(query), the ids ranked best first (at most 400), as the sale page runs it.
// "page": search() plus rows() for the first P ids, what the result list shows on screen.
// "raw": the one index query the kind needs, prepared once, reading ids only, with the same limit:
//   the FTS5 trigram MATCH for 3+ characters, the search_text range for 1-2, the last-4 index for phones.
// Each side gets its own queries; after a warm-up pass the sides alternate per query.
// --stats 1 (the default) first counts the common trigrams (MemberSearch::refreshStatistics, timed), as
// the idle till does once a day; --stats 0 removes them, to measure the plain phrase query.

#include "benchcommon.h"

#include "database.h"
#include "membersearch.h"
#include "searchtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <sqlite3.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace Bench;

namespace {

enum class Raw
{
    Prefix,
    Fts,
    Last4
};

struct Kind
{
    std::string name;
    Raw raw;
    std::vector<QString> app, rawQueries;
};

struct Sample
{
    QString name;
    QString email;
    QString phoneNorm;
};

QString scriptOf(const QString &folded)
{
    for (const QChar c : folded) {
        if (c.script() == QChar::Script_Han)
            return QStringLiteral("zh");
        if (c.script() == QChar::Script_Cyrillic)
            return QStringLiteral("cyr");
    }
    return QStringLiteral("lat");
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// Runs the raw query for a kind; returns how many ids it read.
int runRaw(sqlite3_stmt *st, Raw raw, const QString &query, int limit, std::uint64_t &sink)
{
    const std::string q = utf8(query);
    if (raw == Raw::Fts) {
        QString phrase = query;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const std::string p = utf8(QLatin1Char('"') + phrase + QLatin1Char('"'));
        sqlite3_bind_text(st, 1, p.data(), int(p.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 2, limit + 1);
    } else if (raw == Raw::Prefix) {
        const std::string end = utf8(query + QString::fromUcs4(U"\U0010FFFF"));
        sqlite3_bind_text(st, 1, q.data(), int(q.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, end.data(), int(end.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 3, limit);
    } else {
        sqlite3_bind_text(st, 1, q.data(), int(q.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 2, limit);
    }
    int n = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        sink += std::uint64_t(sqlite3_column_int64(st, 0));
        ++n;
    }
    if (rc != SQLITE_DONE)
        die(std::string("raw search failed: ") + sqlite3_errmsg(sqlite3_db_handle(st)));
    sqlite3_reset(st);
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Args args(argc, argv);
    if (!args.has("db"))
        die("usage: loyalty-bench-search --db FILE [--iterations N] [--seed S] [--page P] [--stats 1|0]");
    if (const auto bad = args.unknown({"db", "iterations", "seed", "page", "stats"}); !bad.empty())
        die("unknown argument " + bad.front());
    const std::int64_t iterations = std::max<std::int64_t>(1, args.number("iterations", 1000));
    const std::uint64_t seed = std::uint64_t(args.number("seed", 1));
    const int page = int(std::max<std::int64_t>(1, args.number("page", 20)));

    auto opened = Database::open(QString::fromStdString(args.value("db")), Database::Mode::ExistingOnly);
    if (!opened)
        die(opened.error().message.toStdString() + " " + opened.error().detail.toStdString());
    Database &db = *opened.value();
    sqlite3 *h = db.handle();

    std::int64_t maxId = 0, members = 0;
    {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(h, "SELECT COALESCE(MAX(id), 0), count(*) FROM members", -1, &st, nullptr);
        if (sqlite3_step(st) == SQLITE_ROW) {
            maxId = sqlite3_column_int64(st, 0);
            members = sqlite3_column_int64(st, 1);
        }
        sqlite3_finalize(st);
    }
    if (maxId < 1)
        die("the database has no members: make it with loyalty-bench-generate");

    // Queries from random members: each side of each kind gets `iterations` of its own.
    std::map<std::string, Kind> kinds;
    auto kind = [&](const std::string &name, Raw raw) -> Kind & {
        Kind &k = kinds[name];
        k.name = name;
        k.raw = raw;
        return k;
    };
    for (const char *s : {"lat", "cyr", "zh"}) {
        kind(std::string("name1-") + s, Raw::Prefix);
        kind(std::string("name2-") + s, Raw::Prefix);
        kind(std::string("name3-") + s, Raw::Fts);
    }
    kind("phone4", Raw::Last4);
    kind("email", Raw::Fts);
    kind("miss", Raw::Fts);

    Rng rng(seed, 21);
    sqlite3_stmt *pick = nullptr;
    if (sqlite3_prepare_v2(h, "SELECT name, email, phone_norm FROM members WHERE id = ?", -1, &pick, nullptr)
        != SQLITE_OK)
        die(std::string("prepare failed: ") + sqlite3_errmsg(h));
    auto text = [&](int c) {
        const unsigned char *t = sqlite3_column_text(pick, c);
        return t ? QString::fromUtf8(reinterpret_cast<const char *>(t), sqlite3_column_bytes(pick, c))
                 : QString();
    };
    auto full = [&](const Kind &k) {
        return k.app.size() >= std::size_t(iterations) && k.rawQueries.size() >= std::size_t(iterations);
    };
    auto add = [&](Kind &k, const QString &q) {
        if (k.app.size() <= k.rawQueries.size())
            k.app.push_back(q);
        else
            k.rawQueries.push_back(q);
    };
    auto substring = [&](const QString &s, int minLen, int maxLen) {
        const int len = int(rng.between(minLen, std::min<int>(maxLen, int(s.size()))));
        const int at = int(rng.below(std::uint64_t(s.size() - len + 1)));
        return s.mid(at, len);
    };
    for (std::int64_t tries = 0; tries < iterations * 400; ++tries) {
        bool done = true;
        for (const auto &entry : kinds)
            done = done && (entry.first == "miss" || full(entry.second));
        if (done)
            break;
        sqlite3_bind_int64(pick, 1, 1 + std::int64_t(rng.below(std::uint64_t(maxId))));
        if (sqlite3_step(pick) != SQLITE_ROW) {
            sqlite3_reset(pick);
            continue;
        }
        const Sample m {text(0), text(1), text(2)};
        sqlite3_reset(pick);
        const QString folded = SearchText::fold(m.name);
        const std::string script = utf8(scriptOf(folded));
        if (Kind &k = kinds["name1-" + script]; !full(k))
            add(k, folded.left(1));
        if (Kind &k = kinds["name2-" + script]; !full(k) && folded.size() >= 2)
            add(k, folded.left(2));
        if (Kind &k = kinds["name3-" + script]; !full(k) && folded.size() >= 3)
            add(k, substring(folded, 3, 6));
        if (Kind &k = kinds["phone4"]; !full(k) && m.phoneNorm.size() >= 4)
            add(k, m.phoneNorm.right(4));
        if (Kind &k = kinds["email"]; !full(k) && m.email.size() >= 4)
            add(k, substring(SearchText::fold(m.email), 4, 8));
    }
    sqlite3_finalize(pick);
    {
        // Three letters from an alphabet the names do not use (q, x, z with digits between never occur).
        Kind &k = kinds["miss"];
        const char *letters = "qxzjw";
        for (std::int64_t i = 0; i < 2 * iterations; ++i) {
            QString q;
            for (int c = 0; c < 3; ++c)
                q += QLatin1Char(letters[rng.below(5)]);
            add(k, q);
        }
    }

    const char *rawSql[] = {
        "SELECT id FROM members WHERE search_text >= ? AND search_text < ? ORDER BY search_text LIMIT ?",
        "SELECT rowid FROM member_fts WHERE member_fts MATCH ? LIMIT ?",
        "SELECT id FROM members WHERE substr(phone_norm, -4) = ? AND phone_norm IS NOT NULL LIMIT ?",
    };
    sqlite3_stmt *raw[3] = {};
    for (int i = 0; i < 3; ++i) {
        if (sqlite3_prepare_v2(h, rawSql[i], -1, &raw[i], nullptr) != SQLITE_OK)
            die(std::string("prepare failed: ") + sqlite3_errmsg(h));
    }

    MemberSearch search(db);
    if (args.number("stats", 1) != 0) {
        const auto t = SteadyClock::now();
        if (auto r = search.refreshStatistics(QStringLiteral("bench"), QDateTime::currentDateTimeUtc()); !r)
            die("refreshStatistics failed: " + r.error().message.toStdString() + " "
                + r.error().detail.toStdString());
        std::printf("# common trigrams counted in %.0f ms\n", microsSince(t) / 1000.0);
    } else {
        execOrDie(h, "DELETE FROM settings WHERE key = 'member_search.common_trigrams'");
    }
    std::uint64_t sink = 0;
    auto appOnce = [&](const QString &q, bool rows) {
        auto r = search.search(q);
        if (!r)
            die("search failed: " + r.error().message.toStdString() + " " + r.error().detail.toStdString());
        sink += std::uint64_t(r->ids.size());
        if (rows) {
            auto shown = search.rows(r->ids.mid(0, page));
            if (!shown)
                die("rows failed: " + shown.error().message.toStdString());
            sink += std::uint64_t(shown->size());
        }
        return int(r->ids.size());
    };

    std::printf("# %lld members; %lld queries of each kind on each side\n", static_cast<long long>(members),
                static_cast<long long>(iterations));
    for (auto &entry : kinds) {
        Kind &k = entry.second;
        if (k.app.empty() || k.rawQueries.empty()) {
            std::fprintf(stderr, "%s: no queries (no such members in the file)\n", k.name.c_str());
            continue;
        }
        sqlite3_stmt *st = raw[int(k.raw)];
        // Warm-up: every query once on each side (pages into the caches).
        std::int64_t appHits = 0, rawHits = 0;
        for (const QString &q : k.app)
            appHits += appOnce(q, true);
        for (const QString &q : k.rawQueries)
            rawHits += runRaw(st, k.raw, q, MemberSearch::kMaxRanked, sink);
        std::vector<double> appUs, pageUs, rawUs;
        for (std::size_t i = 0; i < k.app.size() && i < k.rawQueries.size(); ++i) {
            auto t = SteadyClock::now();
            appOnce(k.app[i], false);
            appUs.push_back(microsSince(t));
            t = SteadyClock::now();
            appOnce(k.app[i], true);
            pageUs.push_back(microsSince(t));
            t = SteadyClock::now();
            runRaw(st, k.raw, k.rawQueries[i], MemberSearch::kMaxRanked, sink);
            rawUs.push_back(microsSince(t));
        }
        const Stats a = summarize(appUs), p = summarize(pageUs), r = summarize(rawUs);
        const std::string extra = "kind=" + k.name
            + " hits_app=" + std::to_string(appHits / std::int64_t(k.app.size()))
            + " hits_raw=" + std::to_string(rawHits / std::int64_t(k.rawQueries.size()));
        printResult("search-" + k.name, "app", a, extra);
        printResult("search-" + k.name, "page", p, extra);
        printResult("search-" + k.name, "raw", r, extra);
        printRatio("search-" + k.name, a, r);
    }
    for (sqlite3_stmt *st : raw)
        sqlite3_finalize(st);
    std::fprintf(stderr, "(checksum of what was read: %llu)\n", static_cast<unsigned long long>(sink));
    return 0;
}
