#pragma once

#include "context.h"

#include <QHash>

// Points taken from one lot (lotId 0: what no open lot covered), with the lot's expiry.
struct MemberLotTake
{
    qint64 lotId = 0;
    QDate expiresOn;
    qint64 points = 0;
};

// The one writer of the points and stamp ledgers: every entry carries the terminal, the actor and
// the moment; a debit records which lots it consumed, first-in-first-out. It opens no transaction:
// the service calling it holds the user action's.
class PointsLedger
{
public:
    explicit PointsLedger(const ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }

    // A positive entry, a lot: earn, bonus, adjust, reverse. Returns the entry's id. (debit writes
    // its negative entry through it too.)
    Result<qint64> credit(qint64 memberId, const QString &kind, qint64 points, const QDate &expiresOn,
                          qint64 purchaseId = 0, const QString &reason = {});
    // A negative entry that consumes lots soonest-expiry first (`firstLot` first, when given, as a
    // refund takes back the lot its sale made). What no lot covers is not allocated: the balance
    // goes below zero openly.
    Result<QVector<MemberLotTake>> debit(qint64 memberId, const QString &kind, qint64 points,
                                         qint64 purchaseId = 0, const QString &reason = {},
                                         qint64 firstLot = 0);

    // Stamp cards: the member's stamps per card code, and a change of them.
    Result<QHash<QString, int>> stamps(qint64 memberId);
    Result<void> addStamps(qint64 memberId, const QString &cardCode, int stamps, qint64 purchaseId);

    // The open lots and what they hold, in the order they are consumed.
    struct Lot
    {
        qint64 id = 0;
        QDate expiresOn;
        qint64 left = 0;
    };
    Result<QVector<Lot>> openLots(qint64 memberId);

private:
    const ServiceContext &m_ctx;
};
