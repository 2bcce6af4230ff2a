#include "checkoutservice.h"

#include "ids.h"
#include "programservice.h"
#include "repositories.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CheckoutService", text);
}

MemberSnapshot snapshotOf(const MemberRecord &m)
{
    return MemberSnapshot {m.id, m.pointsBalance, m.levelCode};
}
} // namespace

CheckoutService::CheckoutService(const ServiceContext &ctx)
    : m_ctx(ctx)
{
}

Result<void> CheckoutService::checkpoint(const QString &stage)
{
    if (m_fault && m_fault(stage))
        return makeError(Error::Storage,
                         tr("The sale was not recorded: the database failed while saving it."),
                         QStringLiteral("injected failure at %1").arg(stage));
    return {};
}

Result<Quote> CheckoutService::quote(const Cart &cart, const MemberRecord *member)
{
    auto program = ProgramService(m_ctx.db).current(m_ctx.terminal);
    if (!program)
        return program.error();
    std::optional<MemberSnapshot> snap;
    if (member)
        snap = snapshotOf(*member);
    return Rules::quote(cart, snap, program.value(), m_ctx.clock.today());
}

Result<SaleResult> CheckoutService::complete(const SaleRequest &request)
{
    auto program = ProgramService(m_ctx.db).current(m_ctx.terminal);
    if (!program)
        return program.error();

    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();

    MemberRepository members(m_ctx.db);
    std::optional<MemberRecord> member;
    if (request.memberId != 0) {
        // Re-read inside the transaction: the balance shown may be older than another till's sale.
        auto m = members.findById(request.memberId);
        if (!m)
            return m.error();
        if (!m.value())
            return makeError(Error::NotFound, tr("The member of this sale no longer exists."));
        if (m.value()->erasedAt.isValid())
            return makeError(Error::Blocked,
                             tr("This member's data was erased; record the sale as a walk-in."));
        member = m.value();
    }

    const QDateTime now = m_ctx.clock.nowUtc();
    const QDate day = m_ctx.clock.today();
    std::optional<MemberSnapshot> snap;
    if (member)
        snap = snapshotOf(*member);
    auto q = Rules::quote(request.cart, snap, program.value(), day);
    if (!q)
        return q.error();
    const Quote &quote = q.value();

    PurchaseRepository purchases(m_ctx.db);
    auto receiptNo = purchases.nextReceiptNo(m_ctx.terminal.uuid);
    if (!receiptNo)
        return receiptNo.error();

    SaleResult result;
    result.quote = quote;
    PurchaseRecord &p = result.purchase;
    p.uuid = Ids::newUuid(now);
    p.originTerminal = m_ctx.terminal.uuid;
    p.receiptNo = receiptNo.value();
    p.memberId = request.memberId;
    p.cardId = request.cardId;
    p.staffId = request.staffId;
    p.currency = quote.currency;
    p.subtotalMinor = quote.subtotalMinor;
    p.discountMinor = quote.discountMinor;
    p.totalMinor = quote.totalMinor;
    p.pointsEarned = quote.pointsEarned;
    p.businessDay = day;
    p.createdAt = now;
    int lineNo = 0;
    for (const QuoteLine &l : quote.lines) {
        PurchaseLineRecord r;
        r.uuid = Ids::newUuid(now);
        r.lineNo = ++lineNo;
        r.description = l.description;
        r.unitPriceMinor = l.unitPriceMinor;
        r.quantity = l.quantity;
        r.totalMinor = l.totalMinor;
        p.lines.push_back(r);
    }
    if (auto r = purchases.insert(p); !r)
        return r.error();
    if (auto r = checkpoint(QStringLiteral("after-purchase")); !r)
        return r.error();

    if (member) {
        if (quote.pointsEarned > 0) {
            LedgerEntryRecord e;
            e.uuid = Ids::newUuid(now);
            e.originTerminal = m_ctx.terminal.uuid;
            e.memberId = member->id;
            e.kind = QStringLiteral("earn");
            e.points = quote.pointsEarned;
            e.purchaseId = p.id;
            e.expiresOn = quote.pointsExpireOn;
            e.staffId = request.staffId;
            e.createdAt = now;
            if (auto r = LedgerRepository(m_ctx.db).insert(e); !r)
                return r.error();
        }
        if (auto r = checkpoint(QStringLiteral("after-ledger")); !r)
            return r.error();
        if (auto r = members.applySale(member->id, quote.pointsEarned, quote.totalMinor, now); !r)
            return r.error();
        if (auto r = checkpoint(QStringLiteral("after-member")); !r)
            return r.error();
        result.newBalance = member->pointsBalance + quote.pointsEarned;
    }

    if (auto r = tx.commit(); !r)
        return makeError(r.error().kind, tr("The sale was not recorded: %1").arg(r.error().message),
                         r.error().detail);
    return result;
}
