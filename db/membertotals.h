#pragma once

#include "database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>

// A member's cached totals (members.visits, total_spent_minor, last_visit_at, points_balance): they
// follow from the sales and the points ledger, and this is the one place that changes them, so the
// till, a refund, an adjustment, expiry, a merge, an import and the sync's set-wise rollup count
// alike. No transaction of its own: the caller's change and its totals go in together.
class MemberTotals
{
public:
    explicit MemberTotals(Database &db)
        : m_db(db)
    {
    }

    // A member's sale: one visit more, its total spent, the last visit `at`, and the points it earned
    // less those it paid with (bonuses it brought included).
    Result<void> countSale(qint64 memberId, qint64 pointsDelta, qint64 spentMinor, const QDateTime &at);
    // A refund: the money given back comes off the spend and the points given and taken back go to
    // the balance; when it returned the last unit of its sale, that sale's visit no longer counts.
    Result<void> countRefund(qint64 memberId, qint64 pointsDelta, qint64 refundedMinor, bool wholeSale,
                             const QDateTime &at);
    // Points that came or went without a sale: a bonus, an adjustment, expiry, an import's opening
    // balance.
    Result<void> addPoints(qint64 memberId, qint64 points, const QDateTime &at);
    // The same for every ledger entry with an id above `afterEntry`, at most one per member (expiry's
    // step, which has just written them): one statement for all of them. Returns the members changed.
    Result<qint64> addPointsOfEntriesAfter(qint64 afterEntry, const QDateTime &at);
    // A merge: the other member's totals onto this one (the later of the two last visits stays)...
    Result<void> addMerged(qint64 memberId, qint64 points, qint64 visits, qint64 spentMinor,
                           const QDateTime &lastVisit, const QDateTime &at);
    // ...and the member merged away keeps none.
    Result<void> clear(qint64 memberId, const QDateTime &at);

    // What a batch of rows adds to one member; lastVisit is the stored UTC text ("" = no visit).
    struct Delta
    {
        qint64 visits = 0;
        qint64 spentMinor = 0;
        QString lastVisit;
        qint64 points = 0;
    };
    struct Overdrawn
    {
        qint64 memberId = 0;
        qint64 before = 0;
        qint64 after = 0;
    };
    // Many members at once (a sync batch): one update from a narrow table in memory, as one update a
    // member took twice as long; updated_at stays, as for rows that arrive. Returns the members whose
    // balance this took below zero, with the balance before and after, by member id.
    Result<QList<Overdrawn>> addAll(const QHash<qint64, Delta> &deltas);

    // The running totals over all members (member_aggregates, schema v12), kept by triggers on members
    // whatever path changes a balance, a spend, a visit count, a merge or an erasure.
    struct Aggregates
    {
        qint64 points = 0; // balances of the members not merged away: the points outstanding
        qint64 spentMinor = 0; // their spending
        qint64 buyers = 0; // of them, those with a visit
        qint64 live = 0; // members neither merged away nor erased
        bool operator==(const Aggregates &o) const
        {
            return points == o.points && spentMinor == o.spentMinor && buyers == o.buyers && live == o.live;
        }
    };
    // As kept, and as the members add up to now (a scan of them: `check` only).
    Result<Aggregates> keptAggregates();
    Result<Aggregates> summedAggregates();
    // The members per day of their last visit (member_recency, schema v15) where the kept count
    // differs from the members: (kept, counted) by UTC day and regular mark. Empty when sound.
    using RecencyKey = QPair<QString, bool>;
    Result<QMap<RecencyKey, QPair<qint64, qint64>>> recencyDifferences();
    // A sync batch sets the insert trigger aside: the members it brought, counted set-wise once they
    // are in (those above the highest id counted so far), before the batch changes their totals.
    Result<void> countNewMembers();
    // The totals made again from the members: a repair when `check` finds them wrong.
    Result<void> recountAggregates();

private:
    Result<void> update(const QString &sql, const QVariantList &values, const char *missing);

    Database &m_db;
};
