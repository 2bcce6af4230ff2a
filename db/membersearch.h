#pragma once

#include "database.h"

#include <QDateTime>
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
    // The rows for a page of ids, in the order given.
    Result<QVector<MemberSearchRow>> rows(const QVector<qint64> &ids);

private:
    Database &m_db;
};
