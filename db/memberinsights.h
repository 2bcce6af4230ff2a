#pragma once

#include "database.h"
#include "records.h"

#include <QDate>
#include <QVector>

#include <optional>

// What the member card shows beyond the member row: points about to expire, what they buy most.
// Each query walks one member's rows through an index; nothing scans a whole table.
class MemberInsights
{
public:
    explicit MemberInsights(Database &db)
        : m_db(db)
    {
    }

    struct Expiry
    {
        QDate on;
        qint64 points = 0;
    };
    // The earliest date on or after `today` on which unspent points expire, and how many.
    Result<std::optional<Expiry>> nextExpiry(qint64 memberId, const QDate &today);

    struct Favourite
    {
        QString description;
        qint64 quantity = 0;
    };
    Result<QVector<Favourite>> favourites(qint64 memberId, int limit);

private:
    Database &m_db;
};
