#pragma once

#include "database.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QVector>

// What a row of the search results shows.
struct MemberSearchRow
{
    qint64 id = 0;
    QString name;
    QString phone;
    QString email;
    QString card; // the newest active card
    qint64 pointsBalance = 0;
    QDateTime lastVisitAt;
};

struct MemberSearchResult
{
    QVector<qint64> ids; // best match first
    bool truncated = false; // more matched than were ranked: the cashier should type more
};

// Finds members as the cashier types: a name or e-mail fragment in any script, phone digits, the
// last four digits of a phone, the start of a card number. Every path is an index: one or two
// characters use the prefix index on search_text, three and more the FTS5 trigram index.
class MemberSearch
{
public:
    explicit MemberSearch(Database &db)
        : m_db(db)
    {
    }

    static constexpr int kMaxRanked = 400;

    Result<MemberSearchResult> search(const QString &query, int limit = kMaxRanked);

    // The statements search() runs, each reading (id, last_visit_at, search_text) of live members; the
    // benchmark's raw side runs the very same text. Bound values, in order:
    //   Last4 (digits, limit), CardPrefix (digits, prefixEnd, limit), NamePrefix (folded, prefixEnd,
    //   limit), Fts (match expression, candidates).
    enum class Statement
    {
        Last4,
        CardPrefix,
        NamePrefix,
        Fts
    };
    static QString statement(Statement which);
    // The smallest string above every string that starts with prefix (UTF-8 binary order).
    static QString prefixEnd(const QString &prefix);
    // How the FTS5 index is asked for a folded text of three characters or more.
    struct FtsPlan
    {
        QString match; // the MATCH expression
        bool check = false; // common trigrams were left out: each row is checked against the text
        int candidates = 0; // rows to read at most
    };
    Result<FtsPlan> ftsPlan(const QString &folded, int limit);
    // The rows for a page of ids, in the order given.
    Result<QVector<MemberSearchRow>> rows(const QVector<qint64> &ids);

    // Trigrams found in more than a tenth of the members ("exa" of example.com, "ова" of Russian
    // surnames). A phrase made of them costs FTS5 a walk through hundreds of thousands of entries when
    // it matches few members; search() leaves them out of the MATCH and checks the candidates itself.
    // Counted from the index (about a second at 1M members) and kept in the settings table; the till
    // refreshes them when idle (refreshIfStale), the benchmark before it measures.
    static constexpr const char *kStatsKey = "member_search.common_trigrams";
    Result<void> refreshStatistics(const QString &originTerminal, const QDateTime &now);
    // Refreshes when the statistics are older than maxAge or missing; returns whether it did.
    Result<bool> refreshIfStale(const QString &originTerminal, const QDateTime &now, qint64 maxAgeSecs);

private:
    Result<QSet<QString>> commonTrigrams();

    Database &m_db;
    QSet<QString> m_common;
    qint64 m_commonLoadedMs = -1; // steady clock; reloaded after a minute
};
