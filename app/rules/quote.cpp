#include "quote.h"

#include "money.h"

#include <QCoreApplication>

namespace {
// This file's strings translate in the context "Rules" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
};
} // namespace

QStringList Program::validate() const
{
    QStringList problems;
    if (!Money::isValidCurrency(currency))
        problems << Text::tr("The shop currency must be a three-letter ISO code such as EUR.");
    if (earn.points < 0)
        problems << Text::tr("Points per amount cannot be negative.");
    if (earn.perMinor <= 0)
        problems << Text::tr("The amount that earns points must be more than zero.");
    if (expiryMonths < 0 || expiryMonths > 1200)
        problems << Text::tr("Points expire after 0 (never) to 1200 months.");
    if (maxSaleMinor <= 0)
        problems << Text::tr("The largest sale must be more than zero.");
    if (maxQuantity <= 0)
        problems << Text::tr("The largest quantity must be more than zero.");
    if (welcomeBonus < 0 || welcomeBonus > 1000000)
        problems << Text::tr("The welcome bonus is 0 to 1,000,000 points.");
    if (feedbackScale != QLatin1String("csat") && feedbackScale != QLatin1String("nps")
        && feedbackScale != QLatin1String("off"))
        problems << Text::tr("Feedback is asked as CSAT, NPS or not at all.");
    if (referralBonus < 0 || referralBonus > 1000000)
        problems << Text::tr("The referral bonus is 0 to 1,000,000 points.");
    return problems;
}

namespace Rules {

__extension__ typedef __int128 Int128; // GCC and Clang; -Wpedantic wants it marked

qint64 earnedPoints(const EarnRule &rule, qint64 paidMinor)
{
    if (paidMinor <= 0 || rule.points <= 0 || rule.perMinor <= 0)
        return 0;
    const Int128 p = static_cast<Int128>(paidMinor) * rule.points / rule.perMinor;
    return p > std::numeric_limits<qint64>::max() ? std::numeric_limits<qint64>::max()
                                                  : static_cast<qint64>(p);
}

QDate expiryDate(const QDate &saleDay, int expiryMonths)
{
    if (expiryMonths <= 0 || !saleDay.isValid())
        return {};
    return saleDay.addMonths(expiryMonths); // QDate clamps 31 Jan + 1 month to 28/29 Feb
}

Result<Quote> quote(const Cart &cart, const std::optional<MemberSnapshot> &member,
                    const PricingProgram &program, const QDateTime &local, qint64 pointsToRedeem)
{
    const Program &base = program.base;
    if (cart.lines.isEmpty())
        return makeError(Error::Invalid, Text::tr("The sale has no lines: enter an amount first."));
    if (cart.currency != base.currency)
        return makeError(
            Error::Invalid,
            Text::tr("The sale is in %1 but the shop counts in %2.").arg(cart.currency, base.currency));
    const Money limit(base.maxSaleMinor, base.currency);
    Quote q;
    q.currency = cart.currency;
    PricingInput in;
    in.local = local;
    in.pointsToRedeem = pointsToRedeem;
    for (const CartLine &line : cart.lines) {
        if (line.unitPriceMinor <= 0)
            return makeError(Error::Invalid,
                             Text::tr("The price of \"%1\" must be more than zero.").arg(line.description));
        if (line.quantity <= 0 || line.quantity > base.maxQuantity)
            return makeError(Error::Invalid,
                             Text::tr("The quantity of \"%1\" must be between 1 and %2.")
                                 .arg(line.description)
                                 .arg(base.maxQuantity));
        QuoteLine ql {line.description, line.unitPriceMinor, line.quantity, 0};
        if (__builtin_mul_overflow(line.unitPriceMinor, line.quantity, &ql.totalMinor)
            || __builtin_add_overflow(q.subtotalMinor, ql.totalMinor, &q.subtotalMinor)
            || q.subtotalMinor > base.maxSaleMinor)
            return makeError(Error::Invalid,
                             Text::tr("The sale would be over %1: check the amounts.").arg(limit.format()));
        q.lines.push_back(ql);
        in.lines.push_back(
            {line.description, line.productCode, line.category, line.unitPriceMinor, line.quantity});
    }
    if (member)
        in.member = static_cast<const PricingMember &>(*member);
    auto priced = Pricing::price(program, in);
    if (!priced)
        return priced.error();
    const Priced &p = priced.value();
    q.discountMinor = p.discountMinor;
    q.pointsRedeemed = p.pointsRedeemed;
    q.pointsPaidMinor = p.pointsValueMinor;
    q.totalMinor = p.totalMinor;
    q.adjustments = p.adjustments;
    if (member) {
        q.pointsEarned = p.pointsEarned;
        q.bonusPoints = p.bonusPoints;
        q.levelCode = p.levelCode;
        q.levelUpgraded = p.levelUpgraded;
        q.stampsAfter = p.stampsAfter;
        q.birthdayUsedFor = p.birthdayUsedFor;
        if (q.pointsEarned + q.bonusPoints > 0)
            q.pointsExpireOn = expiryDate(local.date(), base.expiryMonths);
    }
    return q;
}

Result<Quote> quote(const Cart &cart, const std::optional<MemberSnapshot> &member, const Program &program,
                    const QDate &businessDay)
{
    PricingProgram p;
    p.base = program;
    return quote(cart, member, p, QDateTime(businessDay, QTime(12, 0)));
}

} // namespace Rules
