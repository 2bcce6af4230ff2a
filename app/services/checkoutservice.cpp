#include "checkoutservice.h"

#include "ids.h"
#include "memberstore.h"
#include "membertotals.h"
#include "pointsledger.h"
#include "repositories.h"
#include "sqlexec.h"

#include <QCoreApplication>
#include <QLocale>

#include "money.h"

namespace {
// This file's strings translate in the context "CheckoutService" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckoutService)
};
const char *adjustmentKind(Adjustment::Kind k)
{
    switch (k) {
    case Adjustment::Kind::StampFree:
        return "stamp";
    case Adjustment::Kind::BirthdayFree:
    case Adjustment::Kind::BirthdayDiscount:
    case Adjustment::Kind::BirthdayBonus:
        return "birthday";
    case Adjustment::Kind::LevelDiscount:
        return "level";
    case Adjustment::Kind::Promotion:
        return "promotion";
    case Adjustment::Kind::PointsPaid:
        break;
    }
    return "points";
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
                         Text::tr("The sale was not recorded: the database failed while saving it."),
                         QStringLiteral("injected failure at %1").arg(stage));
    return {};
}

Result<MemberSnapshot> CheckoutService::snapshot(const ServiceContext &ctx, const MemberRecord &m,
                                                 const PricingProgram &program)
{
    MemberSnapshot s;
    s.id = m.id;
    s.pointsBalance = m.pointsBalance;
    s.levelCode = m.levelCode;
    s.birthDay = m.birthDay;
    s.birthMonth = m.birthMonth;
    s.birthdayLastUsedFor = m.birthdayUsedFor;
    if (!program.levels.levels.isEmpty()) {
        // Spend over the level period: what was bought (with money or points), less what came back.
        const QDateTime from
            = ctx.clock.nowUtc().toLocalTime().addMonths(-program.levels.periodMonths).toUTC();
        auto q = Sql::exec(ctx.db,
                           QStringLiteral("SELECT COALESCE(SUM(CASE kind WHEN 'refund' THEN -1 ELSE 1 END "
                                          "* (subtotal_minor - discount_minor)), 0) FROM purchases "
                                          "WHERE member_id = ? AND created_at >= ?"),
                           {m.id, Ids::utcText(from)}, Text::tr("The member's spend cannot be read."));
        if (!q)
            return q.error();
        s.spentInPeriodMinor = q.value().next() ? q->value(0).toLongLong() : 0;
    }
    if (!program.stampCards.isEmpty()) {
        ServiceContext c = ctx;
        auto stamps = PointsLedger(c).stamps(m.id);
        if (!stamps)
            return stamps.error();
        s.stamps = stamps.value();
    }
    return s;
}

Result<Quote> CheckoutService::quote(const Cart &cart, const MemberRecord *member, qint64 pointsToRedeem)
{
    const QDateTime now = m_ctx.clock.nowUtc();
    auto version = ProgramService(m_ctx.db).inForce(m_ctx.terminal, now);
    if (!version)
        return version.error();
    std::optional<MemberSnapshot> snap;
    if (member) {
        auto s = snapshot(m_ctx, *member, version->program);
        if (!s)
            return s.error();
        snap = s.value();
    }
    return Rules::quote(cart, snap, version->program, now.toLocalTime(), pointsToRedeem);
}

Result<qint64> CheckoutService::maxRedeemable(const Cart &cart, const MemberRecord &member)
{
    auto version = ProgramService(m_ctx.db).inForce(m_ctx.terminal, m_ctx.clock.nowUtc());
    if (!version)
        return version.error();
    if (!version->program.redemption.enabled || cart.isEmpty())
        return qint64(0);
    auto q = quote(cart, &member, 0);
    if (!q)
        return q.error();
    return Redemption::maxPoints(version->program.redemption, member.pointsBalance, q->totalMinor);
}

Result<MemberLoyalty> CheckoutService::loyalty(const MemberRecord &member)
{
    const QDateTime now = m_ctx.clock.nowUtc();
    auto version = ProgramService(m_ctx.db).inForce(m_ctx.terminal, now);
    if (!version)
        return version.error();
    const PricingProgram &program = version->program;
    auto snap = snapshot(m_ctx, member, program);
    if (!snap)
        return snap.error();
    MemberLoyalty out;
    out.spentInPeriodMinor = snap->spentInPeriodMinor;
    for (const Level &l : program.levels.levels)
        out.levelNames.insert(l.code, l.name);
    if (!program.levels.levels.isEmpty()) {
        Levels::Progress p = Levels::progress(program.levels, snap->spentInPeriodMinor);
        // A level held until the review counts as reached.
        for (const Level &l : program.levels.levels) {
            if (l.code == member.levelCode && (!p.current || l.thresholdMinor > p.current->thresholdMinor)) {
                p = Levels::progress(program.levels, l.thresholdMinor);
                if (p.next)
                    p.missingMinor = qMax<qint64>(0, p.next->thresholdMinor - snap->spentInPeriodMinor);
            }
        }
        out.levelName = p.current ? p.current->name : QString();
        out.nextLevelName = p.next ? p.next->name : QString();
        out.missingMinor = p.missingMinor;
    }
    // A level held that this program version no longer names is still shown, by its code.
    if (out.levelName.isEmpty() && !member.levelCode.isEmpty())
        out.levelName = out.levelNames.value(member.levelCode, member.levelCode);
    for (const StampCard &c : program.stampCards)
        out.stampCards.push_back({c.code, c.name, snap->stamps.value(c.code), c.buy});
    const BirthdayOffer &b = program.birthday;
    out.birthdayOffer = Birthday::applies(b, member.birthDay, member.birthMonth, now.toLocalTime().date(),
                                          member.birthdayUsedFor);
    if (out.birthdayOffer) {
        switch (b.kind) {
        case BirthdayOffer::Kind::BonusPoints:
            out.birthdayText = Text::tr("%1 bonus points").arg(QLocale().toString(b.bonusPoints));
            break;
        case BirthdayOffer::Kind::PercentDiscount:
            out.birthdayText
                = Text::tr("%1% off this sale").arg(QLocale().toString(b.discountBasisPoints / 100.0));
            break;
        case BirthdayOffer::Kind::FreeProduct: {
            auto name = Sql::exec(m_ctx.db, QStringLiteral("SELECT name FROM products WHERE code = ?"),
                                  {b.freeProductCode}, Text::tr("The products cannot be read."));
            const QString product
                = name && name.value().next() ? name->value(0).toString() : b.freeProductCode;
            out.birthdayText = Text::tr("a free %1").arg(product);
            break;
        }
        }
    }
    ServiceContext ctx = m_ctx;
    auto lots = PointsLedger(ctx).openLots(member.id);
    if (!lots)
        return lots.error();
    for (const PointsLedger::Lot &l : lots.value()) {
        if (!l.expiresOn.isValid())
            break; // never-expiring lots come last
        if (!out.expiringOn.isValid())
            out.expiringOn = l.expiresOn;
        if (l.expiresOn != out.expiringOn)
            break;
        out.expiringPoints += l.left;
    }
    out.expiringPoints = qMin(out.expiringPoints, qMax<qint64>(0, member.pointsBalance));
    if (out.expiringPoints == 0)
        out.expiringOn = QDate();
    return out;
}

namespace {
// The member of a sale, re-read inside the transaction, and what the rules need to know of them.
struct SaleMember
{
    std::optional<MemberRecord> record;
    std::optional<MemberSnapshot> snap;
};

Result<SaleMember> readSaleMember(const ServiceContext &ctx, MemberRepository &members,
                                  const SaleRequest &request, const PricingProgram &program)
{
    SaleMember out;
    if (request.memberId != 0) {
        // Re-read inside the transaction: the balance shown may be older than another till's sale.
        auto m = members.findById(request.memberId);
        if (!m)
            return m.error();
        if (!m.value())
            return makeError(Error::NotFound, Text::tr("The member of this sale no longer exists."));
        if (m.value()->erasedAt.isValid())
            return makeError(Error::Blocked,
                             Text::tr("This member's data was erased; record the sale as a walk-in."));
        out.record = m.value();
        auto s = CheckoutService::snapshot(ctx, *out.record, program);
        if (!s)
            return s.error();
        out.snap = s.value();
    } else if (request.pointsToRedeem != 0) {
        return makeError(Error::Invalid, Text::tr("Only a member can pay with points: scan the card first."));
    }
    return out;
}

// The purchase as it is stored: the quote's amounts, one line per cart line, the adjustments.
PurchaseRecord buildPurchase(const SaleRequest &request, const Quote &quote, const QString &originTerminal,
                             qint64 programVersion, qint64 receiptNo, const QDateTime &now, const QDate &day)
{
    PurchaseRecord p;
    p.uuid = Ids::newUuid(now);
    p.originTerminal = originTerminal;
    p.receiptNo = receiptNo;
    p.memberId = request.memberId;
    p.cardId = request.cardId;
    p.staffId = request.staffId;
    p.currency = quote.currency;
    p.subtotalMinor = quote.subtotalMinor;
    p.discountMinor = quote.discountMinor;
    p.pointsPaidMinor = quote.pointsPaidMinor;
    p.totalMinor = quote.totalMinor;
    p.pointsEarned = quote.pointsEarned + quote.bonusPoints;
    p.pointsRedeemed = quote.pointsRedeemed;
    p.businessDay = day;
    p.createdAt = now;
    p.programVersion = programVersion;
    p.levelCode = quote.levelCode;
    int lineNo = 0;
    for (int i = 0; i < quote.lines.size(); ++i) {
        const QuoteLine &l = quote.lines.at(i);
        const CartLine &c = request.cart.lines.at(i);
        PurchaseLineRecord r;
        r.uuid = Ids::newUuid(now);
        r.lineNo = ++lineNo;
        r.description = l.description;
        r.category = c.category;
        r.productId = c.productId;
        r.productCode = c.productCode;
        r.unitPriceMinor = l.unitPriceMinor;
        r.quantity = l.quantity;
        r.totalMinor = l.totalMinor;
        p.lines.push_back(r);
    }
    for (const Adjustment &a : quote.adjustments)
        p.adjustments.push_back({QLatin1String(adjustmentKind(a.kind)), a.label, a.amountMinor, a.points});
    return p;
}

// Points paid with, earned and the birthday bonus. Returns the change to the member's balance.
Result<qint64> postSalePoints(PointsLedger &book, const MemberRecord &member, const Quote &quote,
                              const PurchaseRecord &p)
{
    qint64 delta = 0;
    if (quote.pointsRedeemed > 0) {
        auto taken = book.debit(member.id, QStringLiteral("redeem"), quote.pointsRedeemed, p.id,
                                Text::tr("Paid receipt %1").arg(p.receiptNo));
        if (!taken)
            return taken.error();
        delta -= quote.pointsRedeemed;
    }
    if (quote.pointsEarned > 0) {
        if (auto r
            = book.credit(member.id, QStringLiteral("earn"), quote.pointsEarned, quote.pointsExpireOn, p.id);
            !r)
            return r.error();
        delta += quote.pointsEarned;
    }
    if (quote.bonusPoints > 0) {
        if (auto r = book.credit(member.id, QStringLiteral("bonus"), quote.bonusPoints, quote.pointsExpireOn,
                                 p.id, Text::tr("Birthday bonus"));
            !r)
            return r.error();
        delta += quote.bonusPoints;
    }
    return delta;
}

// The referrer's record may have been merged into another since: the bonus goes to the record that
// counts now (merges can chain; a bound keeps a damaged chain from looping).
Result<qint64> currentReferrer(Database &db, qint64 referredBy)
{
    qint64 referrerId = referredBy;
    for (int hop = 0; hop < 16; ++hop) {
        auto into = MemberStore(db).mergedInto(referrerId);
        if (!into)
            return into.error();
        if (into.value() == 0)
            break;
        referrerId = into.value();
    }
    return referrerId;
}

// The referral bonus: for both, on the referred member's first sale. Returns the points given to
// each (0: none).
Result<qint64> creditReferral(const ServiceContext &ctx, PointsLedger &book, MemberRepository &members,
                              const MemberRecord &member, const PricingProgram &program,
                              const PurchaseRecord &p, const QDate &day, const QDateTime &now)
{
    const qint64 referral = program.base.referralBonus;
    if (referral <= 0 || member.referredBy == 0 || member.visits != 0)
        return qint64(0);
    auto referrerId = currentReferrer(ctx.db, member.referredBy);
    if (!referrerId)
        return referrerId.error();
    auto referrer = members.findById(referrerId.value());
    if (!referrer)
        return referrer.error();
    const QDate expires = Rules::expiryDate(day, program.base.expiryMonths);
    if (!referrer.value() || referrer.value()->erasedAt.isValid())
        return qint64(0);
    if (auto r = book.credit(member.id, QStringLiteral("bonus"), referral, expires, p.id,
                             Text::tr("Referral bonus"));
        !r)
        return r.error();
    if (auto r = book.credit(referrer.value()->id, QStringLiteral("bonus"), referral, expires, p.id,
                             Text::tr("Referral bonus: %1 joined").arg(member.name));
        !r)
        return r.error();
    if (auto r = MemberTotals(ctx.db).addPoints(referrer.value()->id, referral, now); !r)
        return r.error();
    return referral;
}

// Each stamp card moves to where the quote says it stands after the sale.
Result<void> postSaleStamps(PointsLedger &book, const MemberRecord &member, const Quote &quote,
                            const MemberSnapshot &snap, const PurchaseRecord &p)
{
    for (auto it = quote.stampsAfter.cbegin(); it != quote.stampsAfter.cend(); ++it) {
        if (auto r = book.addStamps(member.id, it.key(), it.value() - snap.stamps.value(it.key()), p.id); !r)
            return r.error();
    }
    return {};
}

// The member's cached totals, level and the birthday offer used.
Result<void> updateMemberAfterSale(Database &db, const MemberRecord &member, const Quote &quote, qint64 delta,
                                   const QDateTime &now)
{
    if (auto r = MemberTotals(db).countSale(member.id, delta, quote.totalMinor, now); !r)
        return r.error();
    if (quote.levelCode != member.levelCode || quote.birthdayUsedFor.isValid()) {
        if (auto r = MemberStore(db).setLoyalty(
                member.id, quote.levelCode,
                quote.birthdayUsedFor.isValid() ? quote.birthdayUsedFor : member.birthdayUsedFor, now);
            !r)
            return r.error();
    }
    return {};
}
} // namespace

Result<SaleResult> CheckoutService::complete(const SaleRequest &request)
{
    const QDateTime now = m_ctx.clock.nowUtc();
    const QDate day = m_ctx.clock.today();
    auto version = ProgramService(m_ctx.db).inForce(m_ctx.terminal, now);
    if (!version)
        return makeError(version.error().kind,
                         Text::tr("The sale was not recorded: %1").arg(version.error().message));
    const PricingProgram &program = version->program;

    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();

    MemberRepository members(m_ctx.db);
    auto saleMember = readSaleMember(m_ctx, members, request, program);
    if (!saleMember)
        return saleMember.error();
    const std::optional<MemberRecord> &member = saleMember->record;
    const std::optional<MemberSnapshot> &snap = saleMember->snap;

    auto q = Rules::quote(request.cart, snap, program, now.toLocalTime(), request.pointsToRedeem);
    if (!q)
        return q.error();
    const Quote &quote = q.value();

    PurchaseRepository purchases(m_ctx.db);
    auto receiptNo = purchases.nextReceiptNo(m_ctx.terminal.uuid);
    if (!receiptNo)
        return receiptNo.error();

    SaleResult result;
    result.quote = quote;
    result.purchase
        = buildPurchase(request, quote, m_ctx.terminal.uuid, version->id, receiptNo.value(), now, day);
    PurchaseRecord &p = result.purchase;
    if (auto r = purchases.insert(p); !r)
        return r.error();
    if (auto r = checkpoint(QStringLiteral("after-purchase")); !r)
        return r.error();

    if (member) {
        PointsLedger book(m_ctx);
        auto points = postSalePoints(book, *member, quote, p);
        if (!points)
            return points.error();
        auto referral = creditReferral(m_ctx, book, members, *member, program, p, day, now);
        if (!referral)
            return referral.error();
        result.referralBonus = referral.value();
        const qint64 delta = points.value() + referral.value();
        if (auto r = postSaleStamps(book, *member, quote, *snap, p); !r)
            return r.error();
        if (auto r = checkpoint(QStringLiteral("after-ledger")); !r)
            return r.error();
        if (auto r = updateMemberAfterSale(m_ctx.db, *member, quote, delta, now); !r)
            return r.error();
        if (auto r = checkpoint(QStringLiteral("after-member")); !r)
            return r.error();
        result.newBalance = member->pointsBalance + delta;
    }

    if (auto r = tx.commit(); !r)
        return makeError(r.error().kind, Text::tr("The sale was not recorded: %1").arg(r.error().message),
                         r.error().detail);
    return result;
}
