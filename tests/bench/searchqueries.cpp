#include "searchqueries.h"

#include "benchcommon.h"
#include "searchtext.h"

#include <sqlite3.h>

namespace Bench {

namespace {

std::string scriptOf(const QString &folded)
{
    for (const QChar c : folded) {
        if (c.script() == QChar::Script_Han)
            return "zh";
        if (c.script() == QChar::Script_Cyrillic)
            return "cyr";
    }
    return "lat";
}

QString columnText(sqlite3_stmt *st, int c)
{
    const unsigned char *t = sqlite3_column_text(st, c);
    return t ? QString::fromUtf8(reinterpret_cast<const char *>(t), sqlite3_column_bytes(st, c)) : QString();
}

struct Sample
{
    QString name, email, phoneNorm, phoneDigits, card;
};

sqlite3_stmt *prepareOrDie(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
        die(std::string("prepare failed: ") + sqlite3_errmsg(db));
    return st;
}

// The digits of the phone at the end of the search text (what a phone fragment is found in).
QString trailingDigits(const QString &searchText)
{
    const QString last = searchText.section(QLatin1Char(' '), -1);
    for (const QChar c : last) {
        if (!c.isDigit())
            return {};
    }
    return last;
}

} // namespace

std::map<std::string, std::vector<QString>> drawSearchQueries(sqlite3 *db, std::int64_t perKind,
                                                              std::uint64_t seed)
{
    std::int64_t maxId = 0;
    {
        sqlite3_stmt *st = prepareOrDie(db, "SELECT COALESCE(MAX(id), 0) FROM members");
        if (sqlite3_step(st) == SQLITE_ROW)
            maxId = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    if (maxId < 1)
        die("the database has no members: make it with loyalty-bench-generate");
    std::map<std::string, std::vector<QString>> kinds;
    for (const char *s : {"lat", "cyr", "zh"}) {
        for (const char *k : {"name1-", "name2-", "name3-", "full-"})
            kinds[std::string(k) + s];
    }
    for (const char *k : {"phone4", "phonefrag", "card", "email", "miss"})
        kinds[k];
    const auto want = std::size_t(perKind);
    auto add = [&](const std::string &kind, const QString &q) {
        std::vector<QString> &v = kinds[kind];
        if (v.size() < want && !q.isEmpty())
            v.push_back(q);
    };
    // The kinds measured from the start keep their own stream, so their queries stay as they were.
    Rng rng(seed, 21), more(seed, 22);
    auto substring = [](Rng &r, const QString &s, int minLen, int maxLen) {
        const int len = int(r.between(minLen, std::min<int>(maxLen, int(s.size()))));
        const int at = int(r.below(std::uint64_t(s.size() - len + 1)));
        return s.mid(at, len);
    };
    sqlite3_stmt *pick = prepareOrDie(
        db,
        "SELECT name, email, phone_norm, search_text, (SELECT number FROM cards c WHERE c.member_id = "
        "m.id AND c.status = 'active' ORDER BY c.id DESC LIMIT 1) FROM members m WHERE id = ?");
    for (std::int64_t tries = 0; tries < perKind * 400; ++tries) {
        bool done = true;
        for (const auto &entry : kinds)
            done = done && (entry.first == "miss" || entry.second.size() >= want);
        if (done)
            break;
        sqlite3_bind_int64(pick, 1, 1 + std::int64_t(rng.below(std::uint64_t(maxId))));
        if (sqlite3_step(pick) != SQLITE_ROW) {
            sqlite3_reset(pick);
            continue;
        }
        const Sample m {columnText(pick, 0), columnText(pick, 1), columnText(pick, 2),
                        trailingDigits(columnText(pick, 3)), columnText(pick, 4)};
        sqlite3_reset(pick);
        const QString folded = SearchText::fold(m.name);
        const std::string script = scriptOf(folded);
        add("name1-" + script, folded.left(1));
        if (folded.size() >= 2)
            add("name2-" + script, folded.left(2));
        if (folded.size() >= 3 && kinds["name3-" + script].size() < want)
            add("name3-" + script, substring(rng, folded, 3, 6));
        if (m.phoneNorm.size() >= 4)
            add("phone4", m.phoneNorm.right(4));
        if (m.email.size() >= 4 && kinds["email"].size() < want)
            add("email", substring(rng, SearchText::fold(m.email), 4, 8));
        add("full-" + script, folded);
        if (m.phoneDigits.size() >= 4 && kinds["phonefrag"].size() < want)
            add("phonefrag", substring(more, m.phoneDigits, 4, 7));
        if (m.card.size() >= 6 && kinds["card"].size() < want)
            add("card", m.card.left(int(more.between(6, m.card.size()))));
    }
    sqlite3_finalize(pick);
    // Three letters from an alphabet the names do not use (q, x, z with digits between never occur).
    const char *letters = "qxzjw";
    for (std::size_t i = 0; i < want; ++i) {
        QString q;
        for (int c = 0; c < 3; ++c)
            q += QLatin1Char(letters[rng.below(5)]);
        add("miss", q);
    }
    return kinds;
}

} // namespace Bench
