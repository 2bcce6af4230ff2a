#include "refundservice.h"

#include "auditservice.h"
#include "ids.h"
#include "memberstore.h"
#include "membertotals.h"
#include "pointsledger.h"
#include "programservice.h"
#include "repositories.h"
#include "sqlexec.h"
#include "staffservice.h"

#include <QJsonObject>
#include <QLocale>

namespace {
__extension__ typedef __int128 Int128;

// The part of `whole` that belongs to goods worth `upTo` out of `all`, rounded down. Computed on the
// running total of what was returned, so that successive returns add up exactly to `whole`.
qint64 partOf(qint64 whole, qint64 upTo, qint64 all)
{
    if (all <= 0)
        return 0;
    const Int128 p = Int128(whole) * upTo;
    // Towards zero for either sign (a stamp card emptied by the sale is a negative change).
    return qint64(p / all);
}

qint64 shareOf(qint64 whole, qint64 before, qint64 after, qint64 all)
{
    return partOf(whole, after, all) - partOf(whole, before, all);
}
} // namespace

Result<PurchaseRecord> RefundService::saleByReceipt(qint64 receiptNo)
{
    auto q = Sql::exec(
        m_ctx.db, QStringLiteral("SELECT id FROM purchases WHERE origin_terminal = ? AND receipt_no = ?"),
        {m_ctx.terminal.uuid, receiptNo}, tr("The sale cannot be read."));
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(Error::NotFound, tr("There is no receipt %1 on this till.").arg(receiptNo));
    auto p = PurchaseRepository(m_ctx.db).findById(q->value(0).toLongLong());
    if (!p)
        return p.error();
    return p->value();
}

Result<QVector<ReturnableLine>> RefundService::returnable(qint64 purchaseId)
{
    auto found = PurchaseRepository(m_ctx.db).findById(purchaseId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(Error::NotFound, tr("This sale does not exist."));
    // Refunds written before schema v6 gave the whole sale back and name no line.
    auto q = Sql::exec(m_ctx.db,
                       QStringLiteral("SELECT l.refund_of_line, SUM(l.quantity) FROM purchase_lines l "
                                      "JOIN purchases r ON r.id = l.purchase_id WHERE r.refund_of = ? "
                                      "GROUP BY l.refund_of_line"),
                       {purchaseId}, tr("The sale cannot be read."));
    if (!q)
        return q.error();
    QHash<qint64, qint64> returned;
    bool wholeBefore = false;
    while (q.value().next()) {
        if (q->value(0).isNull())
            wholeBefore = true;
        else
            returned.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    }
    QVector<ReturnableLine> out;
    for (const PurchaseLineRecord &l : found->value().lines)
        out.push_back({l, wholeBefore ? l.quantity : returned.value(l.id)});
    return out;
}

namespace {
// What comes back now, line by line (line number -> units); refused whole when any line asks too much.
Result<QHash<int, qint64>> chooseReturned(Database &db, const PurchaseRecord &sale,
                                          const QVector<ReturnableLine> &lines,
                                          const QVector<ReturnLine> &wanted)
{
    QHash<int, qint64> take;
    if (wanted.isEmpty()) {
        for (const ReturnableLine &l : lines)
            if (l.left() > 0)
                take.insert(l.line.lineNo, l.left());
    } else {
        for (const ReturnLine &w : wanted) {
            const auto it = std::find_if(lines.cbegin(), lines.cend(),
                                         [&](const ReturnableLine &l) { return l.line.lineNo == w.lineNo; });
            if (it == lines.cend())
                return makeError(
                    Error::Invalid,
                    RefundService::tr("Receipt %1 has no line %2.").arg(sale.receiptNo).arg(w.lineNo));
            if (w.quantity <= 0)
                continue;
            if (w.quantity + take.value(w.lineNo) > it->left())
                return makeError(Error::Invalid,
                                 RefundService::tr("Receipt %1: only %2 of \"%3\" can still be given back.")
                                     .arg(sale.receiptNo)
                                     .arg(QLocale().toString(it->left()))
                                     .arg(it->line.description));
            take[w.lineNo] += w.quantity;
        }
    }
    if (take.isEmpty()) {
        auto already
            = Sql::exec(db, QStringLiteral("SELECT MAX(receipt_no) FROM purchases WHERE refund_of = ?"),
                        {sale.id}, RefundService::tr("The sale cannot be read."));
        if (!already)
            return already.error();
        if (already.value().next() && !already->value(0).isNull())
            return makeError(Error::Conflict,
                             RefundService::tr("Receipt %1 was already given back (refund receipt %2).")
                                 .arg(sale.receiptNo)
                                 .arg(already->value(0).toLongLong()));
        return makeError(Error::Invalid,
                         RefundService::tr("Choose what is given back: no quantity was entered."));
    }
    return take;
}

// The goods returned before and after this refund, at their line prices: every other figure of
// the sale comes back in that proportion.
struct Proportion
{
    qint64 grossBefore = 0;
    qint64 grossNow = 0;
    qint64 unitsLeftAfter = 0;
    qint64 all = 0;
    qint64 share(qint64 whole) const { return shareOf(whole, grossBefore, grossBefore + grossNow, all); }
};

Proportion proportionOf(const PurchaseRecord &sale, const QVector<ReturnableLine> &lines,
                        const QHash<int, qint64> &take)
{
    Proportion p;
    for (const ReturnableLine &l : lines) {
        p.grossBefore += l.returned * l.line.unitPriceMinor;
        p.grossNow += take.value(l.line.lineNo) * l.line.unitPriceMinor;
        p.unitsLeftAfter += l.left() - take.value(l.line.lineNo);
    }
    p.all = sale.subtotalMinor;
    return p;
}

// The refund receipt: the sale's figures in proportion, and a line for each line given back.
void fillRefund(PurchaseRecord &r, const ServiceContext &ctx, const PurchaseRecord &sale,
                const QVector<ReturnableLine> &lines, const QHash<int, qint64> &take, const Proportion &part,
                qint64 receiptNo, const QDateTime &now)
{
    r.uuid = Ids::newUuid(now);
    r.originTerminal = ctx.terminal.uuid;
    r.receiptNo = receiptNo;
    r.kind = QStringLiteral("refund");
    r.refundOf = sale.id;
    r.memberId = sale.memberId;
    r.cardId = sale.cardId;
    r.staffId = ctx.actor.staffId;
    r.currency = sale.currency;
    r.subtotalMinor = part.grossNow;
    r.discountMinor = part.share(sale.discountMinor);
    r.pointsPaidMinor = part.share(sale.pointsPaidMinor);
    r.totalMinor = part.share(sale.totalMinor);
    r.businessDay = ctx.clock.today();
    r.createdAt = now;
    r.programVersion = sale.programVersion;
    r.levelCode = sale.levelCode;
    int lineNo = 0;
    for (const ReturnableLine &l : lines) {
        const qint64 qty = take.value(l.line.lineNo);
        if (qty <= 0)
            continue;
        PurchaseLineRecord c = l.line;
        c.uuid = Ids::newUuid(now);
        c.lineNo = ++lineNo;
        c.quantity = qty;
        c.discountMinor = 0;
        c.totalMinor = qty * l.line.unitPriceMinor;
        c.refundOfLine = l.line.id;
        r.lines << c;
    }
}

// The points the sale earned (with a birthday bonus) and the points it was paid with.
struct SalePoints
{
    qint64 earned = 0;
    qint64 earnLot = 0; // the sale's first earn entry: taken points come off it first
    qint64 paid = 0;
};

Result<SalePoints> pointsOfSale(LedgerRepository &ledger, const PurchaseRecord &sale)
{
    auto entries = ledger.entriesForPurchase(sale.id);
    if (!entries)
        return entries.error();
    SalePoints out;
    for (const LedgerEntryRecord &e : entries.value()) {
        if (e.memberId != sale.memberId)
            continue;
        if (e.kind == QLatin1String("earn")) {
            out.earned += e.points;
            out.earnLot = out.earnLot ? out.earnLot : e.id;
        } else if (e.kind == QLatin1String("redeem")) {
            out.paid -= e.points;
        }
    }
    // A birthday bonus goes with the goods; a referral bonus stays (the member did join and buy).
    for (const PurchaseAdjustmentRecord &a : sale.adjustments) {
        if (a.kind == QLatin1String("birthday") && a.amountMinor == 0)
            out.earned += a.points;
    }
    return out;
}

// Points given back keep the latest expiry of the lots they were paid from.
Result<void> returnPaidPoints(Database &db, PointsLedger &book, const PurchaseRecord &sale, qint64 giveBack,
                              qint64 refundId, const QString &why)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT MAX(COALESCE(l.expires_on, '9999-12-31')) FROM "
                                      "points_allocations a JOIN points_ledger l ON l.id = a.lot_id "
                                      "JOIN points_ledger e ON e.id = a.entry_id "
                                      "WHERE e.purchase_id = ? AND e.kind = 'redeem'"),
                       {sale.id}, RefundService::tr("The sale cannot be read."));
    if (!q)
        return q.error();
    QDate expires;
    if (q.value().next() && !q->value(0).isNull() && q->value(0).toString() != QLatin1String("9999-12-31"))
        expires = Ids::fromDayText(q->value(0).toString());
    if (auto w = book.credit(sale.memberId, QStringLiteral("reverse"), giveBack, expires, refundId, why); !w)
        return w.error();
    return {};
}

// Stamps: each card's change by the sale, in proportion to the card's units returned.
Result<void> reverseStamps(const ServiceContext &ctx, PointsLedger &book, const PurchaseRecord &sale,
                           const QVector<ReturnableLine> &lines, const QHash<int, qint64> &take,
                           qint64 refundId)
{
    auto version = ProgramService(ctx.db).byId(ctx.terminal, sale.programVersion);
    if (sale.programVersion && !version)
        return version.error();
    auto stamps
        = Sql::exec(ctx.db,
                    QStringLiteral("SELECT card_code, SUM(stamps) FROM stamp_ledger WHERE purchase_id = ? "
                                   "GROUP BY card_code"),
                    {sale.id}, RefundService::tr("The member's stamps cannot be read."));
    if (!stamps)
        return stamps.error();
    auto current = book.stamps(sale.memberId);
    if (!current)
        return current.error();
    while (stamps.value().next()) {
        const QString code = stamps->value(0).toString();
        const qint64 change = stamps->value(1).toLongLong();
        const StampCard *card = nullptr;
        if (version)
            for (const StampCard &c : version->program.stampCards)
                card = c.code == code ? &c : card;
        qint64 units = 0, before = 0, after = 0;
        for (const ReturnableLine &l : lines) {
            const bool match = !card
                || (card->productCode.isEmpty() ? l.line.category == card->category
                                                : l.line.productCode == card->productCode);
            if (!match)
                continue;
            units += l.line.quantity;
            before += l.returned;
            after += l.returned + take.value(l.line.lineNo);
        }
        // A card never goes below zero stamps.
        const qint64 back = qMax<qint64>(-shareOf(change, before, after, units), -current->value(code));
        if (auto w = book.addStamps(sale.memberId, code, int(back), refundId); !w)
            return w.error();
    }
    return {};
}

// A level this sale brought goes with it once the sale is wholly given back: the member holds
// again the level of their sale before it (downgrades otherwise wait for the review).
Result<void> restorePriorLevel(Database &db, const PurchaseRecord &sale, const QDateTime &now)
{
    auto m = MemberRepository(db).findById(sale.memberId);
    if (!m)
        return m.error();
    auto prior = Sql::exec(db,
                           QStringLiteral("SELECT level_code FROM purchases WHERE member_id = ? AND "
                                          "kind = 'sale' AND id < ? ORDER BY id DESC LIMIT 1"),
                           {sale.memberId, sale.id}, RefundService::tr("The sale cannot be read."));
    if (!prior)
        return prior.error();
    const QString before = prior.value().next() ? prior->value(0).toString() : QString();
    if (m.value() && m.value()->levelCode == sale.levelCode && before != sale.levelCode) {
        if (auto w = MemberStore(db).setLoyalty(sale.memberId, before, m.value()->birthdayUsedFor, now); !w)
            return w.error();
    }
    return {};
}

// The member's side of a refund: points taken and given back, stamps, the level, the cached
// totals, and the new balance (with what could not be taken back when it goes below zero).
Result<void> reverseForMember(ServiceContext &ctx, LedgerRepository &ledger, const PurchaseRecord &sale,
                              const QVector<ReturnableLine> &lines, const QHash<int, qint64> &take,
                              qint64 earnLot, const QString &why, const QDateTime &now, RefundResult &result)
{
    PurchaseRecord &r = result.refund;
    const qint64 takeBack = result.pointsReversed;
    const qint64 giveBack = result.pointsReturned;
    PointsLedger book(ctx);
    if (takeBack > 0) {
        if (auto w = book.debit(sale.memberId, QStringLiteral("reverse"), takeBack, r.id, why, earnLot); !w)
            return w.error();
    }
    if (giveBack > 0) {
        if (auto w = returnPaidPoints(ctx.db, book, sale, giveBack, r.id, why); !w)
            return w.error();
    }
    if (auto w = reverseStamps(ctx, book, sale, lines, take, r.id); !w)
        return w.error();
    if (result.wholeSaleReturned && !sale.levelCode.isEmpty()) {
        if (auto w = restorePriorLevel(ctx.db, sale, now); !w)
            return w.error();
    }
    if (auto w = MemberTotals(ctx.db).countRefund(sale.memberId, giveBack - takeBack, r.totalMinor,
                                                  result.wholeSaleReturned, now);
        !w)
        return w.error();
    auto balance = ledger.sumForMember(sale.memberId);
    if (!balance)
        return balance.error();
    result.newBalance = balance.value();
    // Documented policy: the balance may go below zero; the refund says by how much, for reports.
    if (result.newBalance < 0) {
        r.pointsNotReturned = qMin(takeBack, -result.newBalance);
        if (auto w
            = Sql::exec(ctx.db, QStringLiteral("UPDATE purchases SET points_not_returned = ? WHERE id = ?"),
                        {r.pointsNotReturned, r.id}, RefundService::tr("The refund cannot be saved."));
            !w)
            return w.error();
    }
    return {};
}
} // namespace

Result<RefundResult> RefundService::refund(qint64 purchaseId, const QVector<ReturnLine> &wanted,
                                           const QString &rawReason, qint64 approvedBy)
{
    const QString reason = rawReason.simplified();
    if (reason.isEmpty())
        return onField(makeError(Error::Invalid,
                                 tr("Say why the sale is given back: the reason goes into the "
                                    "audit trail.")),
                       "reason");
    if (reason.size() > 200)
        return onField(makeError(Error::Invalid, tr("A reason has at most 200 characters.")), "reason");
    ServiceContext ctx = m_ctx;
    if (auto r = StaffService(ctx).authorize(Action::Refund, approvedBy); !r)
        return r.error();

    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    PurchaseRepository purchases(m_ctx.db);
    auto found = purchases.findById(purchaseId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(Error::NotFound, tr("This sale does not exist."));
    const PurchaseRecord sale = found->value();
    if (sale.kind != QLatin1String("sale"))
        return makeError(Error::Invalid, tr("Receipt %1 is itself a refund.").arg(sale.receiptNo));
    auto lines = returnable(purchaseId);
    if (!lines)
        return lines.error();
    auto take = chooseReturned(m_ctx.db, sale, lines.value(), wanted);
    if (!take)
        return take.error();
    const Proportion part = proportionOf(sale, lines.value(), take.value());

    const QDateTime now = m_ctx.clock.nowUtc();
    auto receiptNo = purchases.nextReceiptNo(m_ctx.terminal.uuid);
    if (!receiptNo)
        return receiptNo.error();
    RefundResult result;
    result.wholeSaleReturned = part.unitsLeftAfter == 0;
    PurchaseRecord &r = result.refund;
    fillRefund(r, m_ctx, sale, lines.value(), take.value(), part, receiptNo.value(), now);

    LedgerRepository ledger(m_ctx.db);
    auto points = pointsOfSale(ledger, sale);
    if (!points)
        return points.error();
    const qint64 takeBack = part.share(points->earned);
    const qint64 giveBack = part.share(points->paid);
    r.pointsEarned = -takeBack;
    r.pointsRedeemed = -giveBack;
    result.pointsReversed = takeBack;
    result.pointsReturned = giveBack;

    if (auto w = purchases.insert(r); !w)
        return w.error();
    const QString why = tr("Receipt %1 given back: %2").arg(sale.receiptNo).arg(reason);
    if (sale.memberId) {
        if (auto w = reverseForMember(ctx, ledger, sale, lines.value(), take.value(), points->earnLot, why,
                                      now, result);
            !w)
            return w.error();
    }
    if (auto a = AuditService(ctx).record(QStringLiteral("sale.refund"), QStringLiteral("purchase"),
                                          QString::number(sale.id), {},
                                          {{QStringLiteral("receipt"), sale.receiptNo},
                                           {QStringLiteral("refund_receipt"), r.receiptNo},
                                           {QStringLiteral("whole"), result.wholeSaleReturned},
                                           {QStringLiteral("total_minor"), r.totalMinor},
                                           {QStringLiteral("points"), -takeBack},
                                           {QStringLiteral("points_returned"), giveBack},
                                           {QStringLiteral("reason"), reason}},
                                          approvedBy);
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return result;
}
