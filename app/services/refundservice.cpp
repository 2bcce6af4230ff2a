#include "refundservice.h"

#include "auditservice.h"
#include "ids.h"
#include "memberstore.h"
#include "repositories.h"
#include "sqlexec.h"
#include "staffservice.h"

#include <QJsonObject>
#include <QLocale>

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

Result<RefundResult> RefundService::refundWhole(qint64 purchaseId, const QString &rawReason,
                                                qint64 approvedBy)
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
    auto already = Sql::exec(m_ctx.db, QStringLiteral("SELECT receipt_no FROM purchases WHERE refund_of = ?"),
                             {purchaseId}, tr("The sale cannot be read."));
    if (!already)
        return already.error();
    if (already.value().next())
        return makeError(Error::Conflict,
                         tr("Receipt %1 was already given back (refund receipt %2).")
                             .arg(sale.receiptNo)
                             .arg(already->value(0).toLongLong()));

    const QDateTime now = m_ctx.clock.nowUtc();
    auto receiptNo = purchases.nextReceiptNo(m_ctx.terminal.uuid);
    if (!receiptNo)
        return receiptNo.error();
    RefundResult result;
    PurchaseRecord &r = result.refund;
    r.uuid = Ids::newUuid(now);
    r.originTerminal = m_ctx.terminal.uuid;
    r.receiptNo = receiptNo.value();
    r.kind = QStringLiteral("refund");
    r.refundOf = sale.id;
    r.memberId = sale.memberId;
    r.cardId = sale.cardId;
    r.staffId = m_ctx.actor.staffId;
    r.currency = sale.currency;
    r.subtotalMinor = sale.subtotalMinor;
    r.discountMinor = sale.discountMinor;
    r.pointsPaidMinor = sale.pointsPaidMinor;
    r.totalMinor = sale.totalMinor;
    r.businessDay = m_ctx.clock.today();
    r.createdAt = now;
    {
        auto lines = Sql::exec(
            m_ctx.db,
            QStringLiteral("SELECT line_no, description, category, unit_price_minor, quantity, "
                           "discount_minor, total_minor FROM purchase_lines WHERE purchase_id = ? "
                           "ORDER BY line_no"),
            {sale.id}, tr("The sale cannot be read."));
        if (!lines)
            return lines.error();
        while (lines.value().next()) {
            PurchaseLineRecord l;
            l.uuid = Ids::newUuid(now);
            l.lineNo = lines->value(0).toInt();
            l.description = lines->value(1).toString();
            l.category = lines->value(2).toString();
            l.unitPriceMinor = lines->value(3).toLongLong();
            l.quantity = lines->value(4).toLongLong();
            l.discountMinor = lines->value(5).toLongLong();
            l.totalMinor = lines->value(6).toLongLong();
            r.lines << l;
        }
    }

    // The points the sale earned go back: taken from the lot it made first, then oldest first.
    LedgerRepository ledger(m_ctx.db);
    auto entries = ledger.entriesForPurchase(sale.id);
    if (!entries)
        return entries.error();
    qint64 earned = 0;
    qint64 earnLot = 0;
    for (const LedgerEntryRecord &e : entries.value()) {
        if (e.points > 0) {
            earned += e.points;
            earnLot = earnLot ? earnLot : e.id;
        }
    }
    r.pointsEarned = -earned;
    if (auto w = purchases.insert(r); !w)
        return w.error();
    if (sale.memberId && earned > 0) {
        LedgerEntryRecord e;
        e.uuid = Ids::newUuid(now);
        e.originTerminal = m_ctx.terminal.uuid;
        e.memberId = sale.memberId;
        e.kind = QStringLiteral("reverse");
        e.points = -earned;
        e.purchaseId = r.id;
        e.reason = tr("Receipt %1 given back: %2").arg(sale.receiptNo).arg(reason);
        e.staffId = m_ctx.actor.staffId;
        e.createdAt = now;
        if (auto w = ledger.insert(e); !w)
            return w.error();
        MemberStore store(m_ctx.db);
        auto lots = store.openLots(sale.memberId);
        if (!lots)
            return lots.error();
        QVector<MemberStore::OpenLot> order = lots.value();
        std::stable_partition(order.begin(), order.end(),
                              [&](const MemberStore::OpenLot &l) { return l.id == earnLot; });
        qint64 left = earned;
        for (const MemberStore::OpenLot &lot : order) {
            if (left == 0)
                break;
            const qint64 take = qMin(left, lot.left);
            if (take <= 0)
                continue;
            if (auto w = store.insertAllocation(Ids::newUuid(now), e.id, lot.id, take); !w)
                return w.error();
            left -= take;
        }
        // What no lot holds any more was already spent: the balance goes below zero, openly.
        result.pointsReversed = earned;
    }
    if (sale.memberId) {
        if (auto w
            = MemberStore(m_ctx.db).addTotals(sale.memberId, -earned, -1, -sale.totalMinor, QDateTime(), now);
            !w)
            return w.error();
        auto balance = ledger.sumForMember(sale.memberId);
        if (!balance)
            return balance.error();
        result.newBalance = balance.value();
    }
    if (auto a = AuditService(ctx).record(QStringLiteral("sale.refund"), QStringLiteral("purchase"),
                                          QString::number(sale.id), {},
                                          {{QStringLiteral("receipt"), sale.receiptNo},
                                           {QStringLiteral("refund_receipt"), r.receiptNo},
                                           {QStringLiteral("total_minor"), sale.totalMinor},
                                           {QStringLiteral("points"), -earned},
                                           {QStringLiteral("reason"), reason}},
                                          approvedBy);
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return result;
}
