#pragma once

#include "database.h"
#include "records.h"

#include <QDate>
#include <QVector>

// The writes that change a member who already exists: personal fields (with the search column the
// FTS index follows), cards blocked or moved, the moves of a merge, anonymisation. Like the other
// repositories it opens no transaction: MemberService does, one per user action.
class MemberStore
{
public:
    explicit MemberStore(Database &db)
        : m_db(db)
    {
    }

    // Name, phone (and its lookup key), e-mail, birthday, notes, consents and updated_at, with
    // search_text recomputed as MemberRepository::insert computes it (the FTS trigger follows).
    Result<void> updatePersonal(const MemberRecord &m);
    // 0 while the member counts; else the member they were merged into.
    Result<qint64> mergedInto(qint64 memberId);

    Result<void> blockCard(qint64 cardId, const QDateTime &at, const QString &reason);
    // Blocks every active card of the member; how many were blocked.
    Result<int> blockActiveCards(qint64 memberId, const QDateTime &at, const QString &reason);

    // A lot of the points ledger (a positive entry) with the points no consumption has taken yet.
    struct OpenLot
    {
        qint64 id = 0;
        QDate expiresOn; // null = never
        qint64 left = 0;
    };
    // First to be consumed first: earliest expiry, lots that never expire last, then oldest.
    Result<QVector<OpenLot>> openLots(qint64 memberId);
    Result<void> insertAllocation(const QString &uuid, qint64 entryId, qint64 lotId, qint64 points);

    // Merge: cards and purchases change hands; the other member is marked (the cached totals add up
    // through MemberTotals).
    Result<int> moveCards(qint64 fromMember, qint64 toMember, const QDateTime &at);
    Result<int> movePurchases(qint64 fromMember, qint64 toMember);
    // The level held and the birthday the offer was last given for.
    Result<void> setLoyalty(qint64 memberId, const QString &levelCode, const QDate &birthdayUsedFor,
                            const QDateTime &at);
    Result<void> markMerged(qint64 memberId, qint64 intoMember, const QDateTime &at);
    // Members merged into this one, directly or through others, oldest merge first.
    Result<QVector<qint64>> mergedFrom(qint64 memberId);

    // Erase: every personal field cleared, the name replaced, search_text emptied, erased_at set.
    Result<void> anonymize(qint64 memberId, const QString &name, const QDateTime &at);

private:
    Database &m_db;
};
