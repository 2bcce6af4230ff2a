// loyalty-bench-search: finding a member as the cashier types, at full size.
//
//   loyalty-bench-search --db FILE [--iterations N] [--seed S] [--page P] [--stats 1|0]
//
// Queries are drawn (seeded) from the members in the file, in the kinds of searchqueries.h: the first
// letters, a fragment or the whole of a name per script, phone digits, a card number's start, an e-mail
// fragment, and three letters nobody has.
// "app": MemberSearch::search(query), the ids ranked best first (at most 400), as the sale page runs it.
// "page": search() plus rows() for the first P ids, what the result list shows on screen.
// "raw": the very statements search() runs for that query (MemberSearch::statement, the same FTS5
//   MATCH expression), prepared once through the C API, reading the same columns, with the same limits,
//   then the same check of each candidate, the same de-duplication and the same sort, in plain C++.
// Each side gets its own queries; after a warm-up pass the sides alternate per query.
// --stats 1 (the default) first counts the common trigrams (MemberSearch::refreshStatistics, timed), as
// the idle till does once a day; --stats 0 removes them, to measure the plain phrase query.

#include "benchcommon.h"
#include "searchqueries.h"

#include "database.h"
#include "membersearch.h"
#include "searchtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

using namespace Bench;

namespace {

// What the raw side knows of a query before it starts the clock: the app computes the same inside.
struct RawQuery
{
    std::string folded, end, digits;
    bool allDigits = false, fts = false;
    MemberSearch::FtsPlan plan;
    std::string match;
};

struct RawCandidate
{
    std::int64_t id;
    int score;
    std::string lastVisit, text;
};

class RawSearch
{
public:
    explicit RawSearch(sqlite3 *db)
    {
        using S = MemberSearch::Statement;
        for (S s : {S::Last4, S::CardPrefix, S::NamePrefix, S::Fts}) {
            const std::string sql = MemberSearch::statement(s).toStdString();
            sqlite3_stmt *st = nullptr;
            if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
                die(std::string("prepare failed: ") + sqlite3_errmsg(db));
            m_st.push_back(st);
        }
    }
    ~RawSearch()
    {
        for (sqlite3_stmt *st : m_st)
            sqlite3_finalize(st);
    }
    RawSearch(const RawSearch &) = delete;
    RawSearch &operator=(const RawSearch &) = delete;

    int run(const RawQuery &q, int limit)
    {
        m_found.clear();
        m_seen.clear();
        using S = MemberSearch::Statement;
        if (q.allDigits && q.digits.size() == 4)
            collect(S::Last4, {q.digits}, limit, -1);
        if (q.allDigits && q.digits.size() >= 6)
            collect(S::CardPrefix, {q.digits, q.digits + "\xF4\x8F\xBF\xBF"}, limit, -1);
        collect(S::NamePrefix, {q.folded, q.end}, limit, 0);
        if (q.fts && int(m_found.size()) < limit)
            collectFts(q, limit);
        std::stable_sort(m_found.begin(), m_found.end(), [](const RawCandidate &a, const RawCandidate &b) {
            if (a.score != b.score)
                return a.score < b.score;
            if (a.lastVisit != b.lastVisit)
                return a.lastVisit > b.lastVisit;
            return a.text < b.text;
        });
        if (int(m_found.size()) > limit)
            m_found.resize(std::size_t(limit));
        return int(m_found.size());
    }

private:
    static std::string text(sqlite3_stmt *st, int c)
    {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, c));
        return t ? std::string(t, std::size_t(sqlite3_column_bytes(st, c))) : std::string();
    }
    sqlite3_stmt *bind(MemberSearch::Statement s, const std::vector<std::string> &texts, int limit)
    {
        sqlite3_stmt *st = m_st[std::size_t(s)];
        int i = 1;
        for (const std::string &t : texts)
            sqlite3_bind_text(st, i++, t.data(), int(t.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(st, i, limit);
        return st;
    }
    void done(sqlite3_stmt *st, int rc)
    {
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            die(std::string("raw search failed: ") + sqlite3_errmsg(sqlite3_db_handle(st)));
        sqlite3_reset(st);
    }
    void collect(MemberSearch::Statement s, const std::vector<std::string> &texts, int limit, int score)
    {
        sqlite3_stmt *st = bind(s, texts, limit);
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const std::int64_t id = sqlite3_column_int64(st, 0);
            if (m_seen.insert(id).second)
                m_found.push_back({id, score, text(st, 1), text(st, 2)});
        }
        done(st, rc);
    }
    void collectFts(const RawQuery &q, int limit)
    {
        sqlite3_stmt *st = bind(MemberSearch::Statement::Fts, {q.match}, q.plan.candidates);
        int rows = 0, rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            RawCandidate c {sqlite3_column_int64(st, 0), 2, text(st, 1), text(st, 2)};
            const std::size_t at = c.text.find(q.folded);
            if (at == std::string::npos)
                continue;
            if (++rows > limit)
                break;
            if (m_seen.count(c.id))
                continue;
            c.score = at == 0 ? 0 : c.text[at - 1] == ' ' ? 1 : 2;
            m_seen.insert(c.id);
            m_found.push_back(std::move(c));
        }
        done(st, rc);
    }

    std::vector<sqlite3_stmt *> m_st;
    std::vector<RawCandidate> m_found;
    std::unordered_set<std::int64_t> m_seen;
};

bool digitsOnly(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= '0' && c <= '9'; });
}

RawQuery rawQuery(MemberSearch &search, const QString &query)
{
    RawQuery r;
    const QString folded = SearchText::fold(query).left(200);
    r.folded = folded.toStdString();
    r.end = MemberSearch::prefixEnd(folded).toStdString();
    r.digits = query.trimmed().toStdString();
    r.allDigits = digitsOnly(query.trimmed());
    r.fts = folded.size() >= 3;
    if (r.fts) {
        auto plan = search.ftsPlan(folded, MemberSearch::kMaxRanked);
        if (!plan)
            die("ftsPlan failed: " + plan.error().message.toStdString());
        r.plan = plan.value();
        r.match = r.plan.match.toStdString();
    }
    return r;
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
    std::int64_t members = 0;
    {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(h, "SELECT count(*) FROM members", -1, &st, nullptr);
        if (sqlite3_step(st) == SQLITE_ROW)
            members = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    // Each side of each kind gets `iterations` queries of its own: drawn in turn, app first.
    const auto drawn = drawSearchQueries(h, 2 * iterations, seed);

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
    RawSearch raw(h);

    std::printf("# %lld members; %lld queries of each kind on each side; raw = the same statements\n",
                static_cast<long long>(members), static_cast<long long>(iterations));
    for (const auto &[name, queries] : drawn) {
        std::vector<QString> appQueries;
        std::vector<RawQuery> rawQueries;
        for (std::size_t i = 0; i < queries.size(); ++i) {
            if (i % 2 == 0)
                appQueries.push_back(queries[i]);
            else
                rawQueries.push_back(rawQuery(search, queries[i]));
        }
        if (appQueries.empty() || rawQueries.empty()) {
            std::fprintf(stderr, "%s: no queries (no such members in the file)\n", name.c_str());
            continue;
        }
        // Warm-up: every query once on each side (pages into the caches).
        std::int64_t appHits = 0, rawHits = 0;
        for (const QString &q : appQueries)
            appHits += appOnce(q, true);
        for (const RawQuery &q : rawQueries)
            rawHits += raw.run(q, MemberSearch::kMaxRanked);
        std::vector<double> appUs, pageUs, rawUs;
        for (std::size_t i = 0; i < appQueries.size() && i < rawQueries.size(); ++i) {
            auto t = SteadyClock::now();
            appOnce(appQueries[i], false);
            appUs.push_back(microsSince(t));
            t = SteadyClock::now();
            appOnce(appQueries[i], true);
            pageUs.push_back(microsSince(t));
            t = SteadyClock::now();
            sink += std::uint64_t(raw.run(rawQueries[i], MemberSearch::kMaxRanked));
            rawUs.push_back(microsSince(t));
        }
        const Stats a = summarize(appUs), p = summarize(pageUs), r = summarize(rawUs);
        const std::string extra = "kind=" + name
            + " hits_app=" + std::to_string(appHits / std::int64_t(appQueries.size()))
            + " hits_raw=" + std::to_string(rawHits / std::int64_t(rawQueries.size()))
            + " members=" + std::to_string(members);
        printResult("search-" + name, "app", a, extra);
        printResult("search-" + name, "page", p, extra);
        printResult("search-" + name, "raw", r, extra);
        printRatio("search-" + name, a, r);
    }
    std::fprintf(stderr, "(checksum of what was read: %llu)\n", static_cast<unsigned long long>(sink));
    return 0;
}
