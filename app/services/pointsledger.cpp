#include "pointsledger.h"

#include "ids.h"
#include "memberstore.h"
#include "repositories.h"
#include "sqlexec.h"

#include <QCoreApplication>

namespace {
// This file's strings translate in the context "PointsLedger" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PointsLedger)
};
// What to take from each lot to consume `points` of a member whose ledger adds up to `balance`.
// Points that earlier consumptions took without recording from which lot (imports before schema
// v1's allocations; their lots still look open) come off the first lots; what no lot covers comes
// back with lotId 0.
QVector<MemberLotTake> takeFifo(const QVector<PointsLedger::Lot> &lots, qint64 balance, qint64 points)
{
    qint64 open = 0;
    for (const auto &lot : lots)
        open += lot.left;
    qint64 spent = std::max<qint64>(0, open - balance);
    QVector<MemberLotTake> out;
    for (const auto &lot : lots) {
        if (points <= 0)
            break;
        qint64 avail = lot.left;
        const qint64 skip = std::min(spent, avail);
        spent -= skip;
        avail -= skip;
        if (avail <= 0)
            continue;
        const qint64 t = std::min(avail, points);
        out.push_back({lot.id, lot.expiresOn, t});
        points -= t;
    }
    if (points > 0)
        out.push_back({0, QDate(), points});
    return out;
}
} // namespace

Result<qint64> PointsLedger::credit(qint64 memberId, const QString &kind, qint64 points,
                                    const QDate &expiresOn, qint64 purchaseId, const QString &reason)
{
    LedgerEntryRecord e;
    const QDateTime now = m_ctx.clock.nowUtc();
    e.uuid = Ids::newUuid(now);
    e.originTerminal = m_ctx.terminal.uuid;
    e.memberId = memberId;
    e.kind = kind;
    e.points = points;
    e.purchaseId = purchaseId;
    e.expiresOn = expiresOn;
    e.reason = reason;
    e.staffId = m_ctx.actor.staffId;
    e.createdAt = now;
    if (auto r = LedgerRepository(m_ctx.db).insert(e); !r)
        return r.error();
    return e.id;
}

Result<QVector<PointsLedger::Lot>> PointsLedger::openLots(qint64 memberId)
{
    auto lots = MemberStore(m_ctx.db).openLots(memberId);
    if (!lots)
        return lots.error();
    QVector<Lot> out;
    for (const auto &l : lots.value())
        out.push_back({l.id, l.expiresOn, l.left});
    return out;
}

Result<QVector<MemberLotTake>> PointsLedger::debit(qint64 memberId, const QString &kind, qint64 points,
                                                   qint64 purchaseId, const QString &reason, qint64 firstLot)
{
    auto balance = LedgerRepository(m_ctx.db).sumForMember(memberId);
    if (!balance)
        return balance.error();
    auto lots = openLots(memberId);
    if (!lots)
        return lots.error();
    QVector<Lot> order = lots.value();
    std::stable_partition(order.begin(), order.end(), [&](const Lot &l) { return l.id == firstLot; });
    const QVector<MemberLotTake> takes = takeFifo(order, balance.value(), points);
    // A negative entry is written like a lot, with the sign turned and no expiry.
    auto entry = credit(memberId, kind, -points, QDate(), purchaseId, reason);
    if (!entry)
        return entry.error();
    const QDateTime now = m_ctx.clock.nowUtc();
    MemberStore store(m_ctx.db);
    for (const MemberLotTake &t : takes) {
        if (t.lotId == 0)
            continue;
        if (auto r = store.insertAllocation(Ids::newUuid(now), entry.value(), t.lotId, t.points); !r)
            return r.error();
    }
    return takes;
}

Result<QHash<QString, int>> PointsLedger::stamps(qint64 memberId)
{
    auto q = Sql::exec(m_ctx.db,
                       QStringLiteral("SELECT card_code, SUM(stamps) FROM stamp_ledger WHERE member_id = ? "
                                      "GROUP BY card_code"),
                       {memberId}, Text::tr("The member's stamps cannot be read."));
    if (!q)
        return q.error();
    QHash<QString, int> out;
    while (q.value().next())
        out.insert(q->value(0).toString(), q->value(1).toInt());
    return out;
}

Result<void> PointsLedger::addStamps(qint64 memberId, const QString &cardCode, int stamps, qint64 purchaseId)
{
    if (stamps == 0)
        return {};
    const QDateTime now = m_ctx.clock.nowUtc();
    auto q
        = Sql::exec(m_ctx.db,
                    QStringLiteral("INSERT INTO stamp_ledger (uuid, origin_terminal, member_id, card_code, "
                                   "stamps, purchase_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {Ids::newUuid(now), m_ctx.terminal.uuid, memberId, cardCode, stamps,
                     Sql::idOrNull(purchaseId), Ids::utcText(now)},
                    Text::tr("The stamps cannot be recorded."));
    if (!q)
        return q.error();
    return {};
}
