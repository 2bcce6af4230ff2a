// sale, receipt, refund: the counter's money.
#include "util.h"

#include "checkoutservice.h"
#include "money.h"
#include "programservice.h"
#include "receiptservice.h"
#include "refundservice.h"

#include <QJsonArray>
#include <QLocale>

namespace Cli {

namespace {

// "Latte:3.20x2" -> a line; the quantity is optional ("Latte:3.20").
Result<CartLine> parseLine(const QString &spec, const QString &currency)
{
    const int colon = spec.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return makeError(Error::Invalid,
                         Text::tr("\"%1\" is not a line: write it as \"Latte:3.20x2\".").arg(spec));
    CartLine line;
    line.description = spec.left(colon).simplified();
    QString rest = spec.mid(colon + 1).trimmed();
    const int x = rest.lastIndexOf(QLatin1Char('x'), -1, Qt::CaseInsensitive);
    if (x >= 0) {
        bool ok = false;
        line.quantity = rest.mid(x + 1).trimmed().toLongLong(&ok);
        if (!ok)
            return makeError(Error::Invalid, Text::tr("\"%1\" is not a quantity.").arg(rest.mid(x + 1)));
        rest = rest.left(x);
    }
    auto price = Money::parse(rest, currency, QLocale::c());
    if (!price)
        return price.error();
    line.unitPriceMinor = price->minor();
    return line;
}

// --pay-points max: the F6 rules say why a member cannot pay with points at all; a number is
// checked by the pricing rules themselves when the sale is priced.
Result<qint64> pointsToRedeem(Session &s, const SaleRequest &sale, const MemberView &member)
{
    ServiceContext ctx = s.context();
    auto max = CheckoutService(ctx).maxRedeemable(sale.cart, member.member);
    if (!max)
        return max.error();
    if (max.value() > 0)
        return PricingInput::kRedeemMax;
    auto version = ProgramService(s.db()).inForce(s.terminal(), ctx.clock.nowUtc());
    if (!version)
        return version.error();
    const RedemptionRules &rules = version->program.redemption;
    if (!rules.enabled)
        return makeError(Error::Invalid, Text::tr("Paying with points is switched off in this shop."));
    if (member.member.pointsBalance < rules.minBalance)
        return makeError(
            Error::Invalid,
            Text::tr("%1 needs at least %Ln point(s) to pay with them.", nullptr, int(rules.minBalance))
                .arg(member.member.name));
    return makeError(Error::Invalid, Text::tr("%1 has no points to pay with.").arg(member.member.name));
}

// The cart from --line and --amount, in the order given: the --lines, then the --amount.
Result<Cart> cartOf(const Args &a, const QString &currency)
{
    Cart cart;
    cart.currency = currency;
    for (const QString &spec : a.values(QStringLiteral("line"))) {
        auto line = parseLine(spec, currency);
        if (!line)
            return line.error();
        cart.lines << line.value();
    }
    if (a.has(QStringLiteral("amount"))) {
        auto amount = Money::parse(a.value(QStringLiteral("amount")), currency, QLocale::c());
        if (!amount)
            return amount.error();
        cart.lines << CartLine {Text::tr("Purchase"), amount->minor(), 1, {}};
    }
    return cart;
}

int sale(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr("Unexpected \"%1\".").arg(a.words.first()));
    if (!a.has(QStringLiteral("amount")) && !a.has(QStringLiteral("line")))
        return s.usage(
            Text::tr("Use: loyalty-cli sale [--card N] --amount 12.50 | --line \"Latte:3.20x2\"..."));
    const QString pay = a.value(QStringLiteral("pay-points")).trimmed();
    bool payMax = false;
    qint64 payPoints = 0;
    if (a.has(QStringLiteral("pay-points"))) {
        bool ok = false;
        payMax = pay.compare(QLatin1String("max"), Qt::CaseInsensitive) == 0;
        payPoints = payMax ? 0 : pay.toLongLong(&ok);
        if (!payMax && (!ok || payPoints <= 0))
            return s.usage(Text::tr("--pay-points takes a whole number of points above zero, or max."));
    }
    if (!s.openTerminal())
        return s.exit();
    SaleRequest sale;
    auto cart = cartOf(a, s.currency());
    if (!cart)
        return s.fail(cart.error());
    sale.cart = cart.value();
    ServiceContext ctx = s.context();
    QString memberName;
    if (a.has(QStringLiteral("card"))) {
        auto v = MemberService(ctx).lookup(a.value(QStringLiteral("card")));
        if (!v)
            return s.fail(v.error());
        sale.memberId = v->member.id;
        sale.cardId = v->card.id;
        memberName = v->member.name;
        if (payMax) {
            auto points = pointsToRedeem(s, sale, v.value());
            if (!points)
                return s.fail(points.error());
            payPoints = points.value();
        }
    } else if (payMax) {
        payPoints = PricingInput::kRedeemMax; // the service says only a member can
    }
    sale.pointsToRedeem = payPoints;
    auto r = CheckoutService(ctx).complete(sale);
    if (!r)
        return s.fail(r.error());
    const PurchaseRecord &p = r->purchase;
    const Money total(p.totalMinor, p.currency);
    QJsonObject o {{QStringLiteral("receipt"), p.receiptNo},
                   {QStringLiteral("uuid"), p.uuid},
                   {QStringLiteral("total"), total.toPlainString()},
                   {QStringLiteral("currency"), p.currency},
                   {QStringLiteral("points_earned"), p.pointsEarned}};
    QString text = Text::tr("Sale %1 recorded: %2").arg(p.receiptNo).arg(total.format());
    if (p.pointsRedeemed > 0) {
        const Money paid(p.pointsPaidMinor, p.currency);
        o.insert(QStringLiteral("points_redeemed"), p.pointsRedeemed);
        o.insert(QStringLiteral("points_paid"), paid.toPlainString());
        text += QLatin1Char('\n')
            + Text::tr("%Ln point(s) paid %1.", nullptr, int(p.pointsRedeemed)).arg(paid.format());
    }
    if (p.memberId) {
        o.insert(QStringLiteral("member"), memberName);
        o.insert(QStringLiteral("balance"), r->newBalance);
        if (r->referralBonus > 0)
            o.insert(QStringLiteral("referral_bonus"), r->referralBonus);
        text += QLatin1Char('\n')
            + Text::tr("%1 earned %Ln point(s); balance %2.", nullptr, int(p.pointsEarned))
                  .arg(memberName, QLocale().toString(r->newBalance));
    }
    s.print(o, text);
    return Ok;
}

int receipt(Session &s, const Args &a)
{
    bool ok = false;
    const qint64 receiptNo = a.value(QStringLiteral("receipt")).toLongLong(&ok);
    if (!a.words.isEmpty() || !ok)
        return s.usage(Text::tr("Use: loyalty-cli receipt --receipt N"));
    if (!s.openTerminal())
        return s.exit();
    auto r = ReceiptService(s.context()).byNumber(receiptNo);
    if (!r)
        return s.fail(r.error());
    QJsonArray lines;
    for (const Receipt::Line &l : r->lines)
        lines.append(
            QJsonObject {{QStringLiteral("description"), l.description},
                         {QStringLiteral("quantity"), l.quantity},
                         {QStringLiteral("total"), Money(l.totalMinor, r->currency).formatNumber()}});
    QJsonArray adjustments;
    for (const PurchaseAdjustmentRecord &x : r->adjustments)
        adjustments.append(
            QJsonObject {{QStringLiteral("kind"), x.kind},
                         {QStringLiteral("label"), x.label},
                         {QStringLiteral("amount"), Money(x.amountMinor, r->currency).formatNumber()},
                         {QStringLiteral("points"), x.points}});
    s.print(QJsonObject {{QStringLiteral("receipt"), r->receiptNo},
                         {QStringLiteral("refund"), r->refund},
                         {QStringLiteral("lines"), lines},
                         {QStringLiteral("adjustments"), adjustments},
                         {QStringLiteral("subtotal"), Money(r->subtotalMinor, r->currency).formatNumber()},
                         {QStringLiteral("total"), Money(r->totalMinor, r->currency).formatNumber()},
                         {QStringLiteral("points_earned"), r->pointsEarned},
                         {QStringLiteral("points_redeemed"), r->pointsRedeemed},
                         {QStringLiteral("balance"), r->balanceAfter}},
            ReceiptFormat::text(r.value()).chopped(1));
    return Ok;
}

int refund(Session &s, const Args &a)
{
    bool ok = false;
    const qint64 receiptNo = a.value(QStringLiteral("receipt")).toLongLong(&ok);
    if (!a.words.isEmpty() || !ok)
        return s.usage(Text::tr("Use: loyalty-cli refund --receipt N --reason TEXT [--lines LINE:QTY,...]"));
    // "--lines 2:1,3:2": line 2 once, line 3 twice; without it, everything not yet given back.
    QVector<ReturnLine> lines;
    const QString spec = a.value(QStringLiteral("lines"));
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList lq = part.trimmed().split(QLatin1Char(':'));
        bool okLine = false, okQty = false;
        ReturnLine l;
        l.lineNo = lq.value(0).toInt(&okLine);
        l.quantity = lq.size() == 2 ? lq.value(1).toLongLong(&okQty) : 0;
        if (!okLine || !okQty || l.quantity <= 0)
            return s.usage(Text::tr("\"%1\" is not LINE:QUANTITY, e.g. 2:1.").arg(part.trimmed()));
        lines << l;
    }
    if (!s.openTerminal())
        return s.exit();
    RefundService refunds(s.context());
    auto sold = refunds.saleByReceipt(receiptNo);
    if (!sold)
        return s.fail(sold.error());
    auto r = refunds.refund(sold->id, lines, a.value(QStringLiteral("reason")));
    if (!r)
        return s.fail(r.error());
    const Money total(r->refund.totalMinor, r->refund.currency);
    s.print(QJsonObject {{QStringLiteral("refund_receipt"), r->refund.receiptNo},
                         {QStringLiteral("total"), total.formatNumber()},
                         {QStringLiteral("points_reversed"), r->pointsReversed},
                         {QStringLiteral("points_returned"), r->pointsReturned},
                         {QStringLiteral("whole"), r->wholeSaleReturned},
                         {QStringLiteral("balance"), r->newBalance}},
            Text::tr("Receipt %1 given back as refund %2: %3; %4 points taken back, %5 points given back.")
                .arg(receiptNo)
                .arg(r->refund.receiptNo)
                .arg(total.format())
                .arg(r->pointsReversed)
                .arg(r->pointsReturned));
    return Ok;
}

} // namespace

void Commands::addSale(Registry &r)
{
    r.add(
        {QStringLiteral("sale"),
         {},
         QT_TRANSLATE_NOOP("Cli", "record a sale: lines and/or an amount; without --card, a walk-in"),
         {{QStringLiteral("card"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "the card or phone number")},
          {QStringLiteral("amount"), QStringLiteral("12.50"),
           QT_TRANSLATE_NOOP("Cli", "one line called \"Purchase\"")},
          {QStringLiteral("line"), QStringLiteral("\"Latte:3.20x2\""),
           QT_TRANSLATE_NOOP("Cli", "a line: DESCRIPTION:PRICE[xQUANTITY]"), false, true},
          {QStringLiteral("pay-points"), QStringLiteral("N|max"),
           QT_TRANSLATE_NOOP("Cli", "the member pays part of the check with points (F6)")}},
         sale});
    r.add({QStringLiteral("receipt"),
           {},
           QT_TRANSLATE_NOOP("Cli", "print a past receipt of this till"),
           {{QStringLiteral("receipt"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "the receipt's number"),
             true}},
           receipt});
    r.add({QStringLiteral("refund"),
           {},
           QT_TRANSLATE_NOOP("Cli", "give a sale back, whole or in part (a manager's)"),
           {{QStringLiteral("receipt"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "the receipt's number"),
             true},
            {QStringLiteral("reason"), QStringLiteral("TEXT"),
             QT_TRANSLATE_NOOP("Cli", "why, for the audit trail"), true},
            {QStringLiteral("lines"), QStringLiteral("LINE:QTY,..."),
             QT_TRANSLATE_NOOP("Cli", "the lines given back (default: everything not yet given back)")}},
           refund});
}

} // namespace Cli
