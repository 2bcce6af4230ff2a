// The administration of members: merging two records of one person, erasing a member's data on
// request, and points adjusted by hand. Each is one transaction with one audit entry.
#include "memberservice.h"

#include "memberstore.h"
#include "membertotals.h"
#include "membervalidation.h"
#include "pointsledger.h"
#include "programservice.h"
#include "quote.h"
#include "repositories.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QMap>

namespace {
// This file's strings translate in the context "MemberService" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MemberService)
};

// Moves the merged-away record's balance to the kept one through the ledger. Returns the points
// moved (negative: a debt).
Result<qint64> moveBalance(PointsLedger &book, LedgerRepository &ledger, qint64 keepId, qint64 mergeAwayId)
{
    auto entry = [&](qint64 member, qint64 n, const QDate &expires, const QString &reason) {
        return book.credit(member, QStringLiteral("adjust"), n, expires, 0, reason);
    };
    auto debit = [&](qint64 member, qint64 n, const QString &reason) {
        return book.debit(member, QStringLiteral("adjust"), n, 0, reason);
    };
    const QString toKept = Text::tr("Merged into member #%1").arg(keepId);
    const QString fromAway = Text::tr("Merged from member #%1").arg(mergeAwayId);

    auto moved = ledger.sumForMember(mergeAwayId);
    if (!moved)
        return moved.error();
    const qint64 points = moved.value();
    if (points > 0) {
        // Each unspent lot goes over with its own expiry date: one credit per date.
        auto takes = debit(mergeAwayId, points, toKept);
        if (!takes)
            return takes.error();
        QMap<QDate, qint64> byExpiry; // a null date (never) sorts first
        for (const MemberLotTake &t : takes.value())
            byExpiry[t.expiresOn] += t.points;
        for (auto it = byExpiry.cbegin(); it != byExpiry.cend(); ++it) {
            if (auto r = entry(keepId, it.value(), it.key(), fromAway); !r)
                return r.error();
        }
    } else if (points < 0) {
        // A debt (more taken than earned) follows the member too.
        if (auto r = entry(mergeAwayId, -points, QDate(), toKept); !r)
            return r.error();
        if (auto r = debit(keepId, -points, fromAway); !r)
            return r.error();
    }
    return points;
}

// The merged-away record's cards and purchases go to the kept one; result counts them.
Result<void> moveCardsAndPurchases(MemberStore &store, qint64 keepId, qint64 mergeAwayId,
                                   const QDateTime &now, MergeResult &result)
{
    auto cards = store.moveCards(mergeAwayId, keepId, now);
    if (!cards)
        return cards.error();
    result.cardsMoved = cards.value();
    auto purchases = store.movePurchases(mergeAwayId, keepId);
    if (!purchases)
        return purchases.error();
    result.purchasesMoved = purchases.value();
    return {};
}

// What the kept record lacks, the other one may know.
void fillGaps(MemberRecord &k, const MemberRecord &a)
{
    if (k.phone.isEmpty() && !a.phone.isEmpty()) {
        k.phone = a.phone;
        k.phoneNorm = a.phoneNorm;
        k.consentSmsAt = a.consentSmsAt;
    }
    if (k.email.isEmpty() && !a.email.isEmpty()) {
        k.email = a.email;
        k.consentEmailAt = a.consentEmailAt;
    }
    if (k.birthDay == 0 && a.birthDay != 0) {
        k.birthDay = a.birthDay;
        k.birthMonth = a.birthMonth;
        k.birthYear = a.birthYear;
    }
    if (!a.notes.isEmpty() && !k.notes.contains(a.notes))
        k.notes = (k.notes.isEmpty() ? a.notes : k.notes + QStringLiteral("; ") + a.notes)
                      .left(MemberValidation::kMaxNotesLength);
}
} // namespace

Result<MergeResult> MemberService::merge(qint64 keepId, qint64 mergeAwayId, qint64 approvedBy)
{
    if (keepId == mergeAwayId)
        return makeError(Error::Invalid,
                         Text::tr("A member cannot be merged with themselves: choose the other record."));
    if (auto r = authorize(Action::MergeMembers, approvedBy); !r)
        return r.error();
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    auto keep = liveMember(keepId);
    if (!keep)
        return keep.error();
    auto away = liveMember(mergeAwayId);
    if (!away)
        return away.error();
    MemberRecord k = keep->member;
    const MemberRecord &a = away->member;

    const QDateTime now = m_ctx.clock.nowUtc();
    MemberStore store(m_ctx.db);
    LedgerRepository ledger(m_ctx.db);
    PointsLedger book(m_ctx);
    auto moved = moveBalance(book, ledger, keepId, mergeAwayId);
    if (!moved)
        return moved.error();
    const qint64 points = moved.value();

    MergeResult result;
    result.mergedAwayId = mergeAwayId;
    result.pointsMoved = points;
    if (auto r = moveCardsAndPurchases(store, keepId, mergeAwayId, now, result); !r)
        return r.error();
    if (auto r
        = MemberTotals(m_ctx.db).addMerged(keepId, points, a.visits, a.totalSpentMinor, a.lastVisitAt, now);
        !r)
        return r.error();

    const MemberRecord was = k;
    fillGaps(k, a);
    QJsonObject filledBefore, filledAfter;
    diffMembers(was, k, filledBefore, filledAfter);
    if (!filledAfter.isEmpty()) {
        k.updatedAt = now;
        if (auto r = store.updatePersonal(k); !r)
            return r.error();
    }
    if (auto r = store.markMerged(mergeAwayId, keepId, now); !r)
        return r.error();
    if (auto r = MemberTotals(m_ctx.db).clear(mergeAwayId, now); !r)
        return r.error();

    QJsonObject after {{QStringLiteral("merged_from"), mergeAwayId},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("cards"), result.cardsMoved},
                       {QStringLiteral("purchases"), result.purchasesMoved},
                       {QStringLiteral("visits"), a.visits}};
    if (!filledAfter.isEmpty())
        after.insert(QStringLiteral("filled"), filledAfter);
    if (auto r
        = audit(QStringLiteral("member.merge"), keepId,
                QJsonObject {{QStringLiteral("kept"), keepId}, {QStringLiteral("merged_away"), mergeAwayId}},
                after, approvedBy);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();

    auto kept = MemberRepository(m_ctx.db).findById(keepId);
    if (!kept)
        return kept.error();
    result.kept = MemberView {kept.value().value_or(k), CardRecord {}};
    return result;
}

Result<void> MemberService::erase(qint64 memberId, qint64 approvedBy)
{
    if (auto r = authorize(Action::EraseMember, approvedBy); !r)
        return r.error();
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    auto member = liveMember(memberId);
    if (!member)
        return member.error();
    MemberStore store(m_ctx.db);
    // The records merged into this one hold the same person's data: they go too.
    auto merged = store.mergedFrom(memberId);
    if (!merged)
        return merged.error();
    QVector<qint64> ids {memberId};
    ids += merged.value();
    const QDateTime now = m_ctx.clock.nowUtc();
    int blocked = 0;
    for (qint64 id : std::as_const(ids)) {
        if (auto r = store.anonymize(id, Text::tr("Erased member #%1").arg(id), now); !r)
            return r.error();
        auto n = store.blockActiveCards(id, now, Text::tr("member data erased"));
        if (!n)
            return n.error();
        blocked += n.value();
    }
    // Ids and counts only: the audit trail keeps no personal data of an erased member.
    QJsonArray erasedIds;
    for (qint64 id : std::as_const(ids))
        erasedIds.append(id);
    if (auto r = audit(
            QStringLiteral("member.erase"), memberId, QJsonObject {},
            QJsonObject {{QStringLiteral("erased"), erasedIds}, {QStringLiteral("cards_blocked"), blocked}},
            approvedBy);
        !r)
        return r.error();
    return tx.commit();
}

Result<qint64> MemberService::adjustPoints(qint64 memberId, qint64 points, const QString &rawReason,
                                           qint64 approvedBy)
{
    const QString reason = rawReason.simplified();
    if (points == 0)
        return onField(
            makeError(Error::Invalid, Text::tr("Type the points to add (e.g. 50) or take away (e.g. -50).")),
            "points");
    if (points > kMaxAdjustment || points < -kMaxAdjustment)
        return onField(makeError(Error::Invalid,
                                 Text::tr("At most %1 points can be added or taken away at once.")
                                     .arg(QLocale().toString(kMaxAdjustment))),
                       "points");
    if (reason.isEmpty())
        return onField(makeError(Error::Invalid,
                                 Text::tr("Say why: the reason goes into the member's history and the "
                                          "audit trail.")),
                       "reason");
    if (reason.size() > 200)
        return onField(makeError(Error::Invalid, Text::tr("A reason has at most 200 characters.")), "reason");
    if (auto r = authorize(Action::AdjustPoints, approvedBy); !r)
        return r.error();
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    auto member = liveMember(memberId);
    if (!member)
        return member.error();
    const qint64 before = member->member.pointsBalance;
    if (points < 0 && before + points < 0)
        return onField(makeError(Error::Invalid,
                                 Text::tr("%1 has %2 points: at most that many can be taken away.")
                                     .arg(member->member.name, QLocale().toString(before))),
                       "points");
    const QDateTime now = m_ctx.clock.nowUtc();
    if (points > 0) {
        // Points given by hand are a lot like earned ones, and expire the same way.
        auto program = ProgramService(m_ctx.db).current(m_ctx.terminal, m_ctx.clock.nowUtc());
        if (!program)
            return program.error();
        const QDate expires = Rules::expiryDate(m_ctx.clock.today(), program->expiryMonths);
        if (auto r
            = PointsLedger(m_ctx).credit(memberId, QStringLiteral("adjust"), points, expires, 0, reason);
            !r)
            return r.error();
    } else if (auto r = PointsLedger(m_ctx).debit(memberId, QStringLiteral("adjust"), -points, 0, reason);
               !r) {
        return r.error();
    }
    if (auto r = MemberTotals(m_ctx.db).addPoints(memberId, points, now); !r)
        return r.error();
    if (auto r = audit(QStringLiteral("member.adjust"), memberId, {{QStringLiteral("balance"), before}},
                       {{QStringLiteral("balance"), before + points},
                        {QStringLiteral("points"), points},
                        {QStringLiteral("reason"), reason}},
                       approvedBy);
        !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return before + points;
}
