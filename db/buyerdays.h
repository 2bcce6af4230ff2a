#pragma once

#include "result.h"

#include <QDate>
#include <QString>

class Database;

// The members report's counts of distinct buyers, read from the rollup buyer_days (schema v14): sets
// of members per business day, terminal and chunk of ids, added up over the days asked for. Each
// member is counted once however often and wherever they bought. One pass over the rows of the
// period and the windows beside it: a year at a million members is some 50,000 rows of a few hundred
// bytes, never the sales themselves.
class BuyerDays
{
public:
    struct Ask
    {
        QDate from, to; // the period, business days, both included
        QDate startFrom, startTo; // the window before it (active at the start)
        QDate endFrom; // the window at its end, up to `to` (active at the end)
        QString terminal; // empty: every terminal
        // Members enrolled in the period: created_at in [enrolledFrom, enrolledUntil), UTC texts.
        QString enrolledFrom, enrolledUntil;
    };
    struct Counts
    {
        qint64 active = 0; // bought in the period
        qint64 repeat = 0; // bought twice or more in it
        qint64 sales = 0; // their sales in it
        qint64 activeNew = 0; // of active, enrolled in the period
        qint64 atStart = 0; // bought in the window before
        qint64 atEnd = 0; // bought in the window at the end
        qint64 newAtEnd = 0; // of atEnd, enrolled in the period
        qint64 enrolled = 0; // members enrolled in the period, merged ones too
    };
    // `what` is the user's words for a failure ("The members cannot be read.").
    static Result<Counts> count(Database &db, const Ask &ask, const QString &what);
};
