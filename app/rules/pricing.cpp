#include "pricing.h"

#include "program.h"

#include <QCoreApplication>
#include <QSet>

namespace {
// This file's strings translate in the context "Pricing" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Pricing)
};
__extension__ typedef __int128 Int128; // GCC and Clang; -Wpedantic wants it marked

QString percentText(int bp)
{
    return bp % 100 == 0 ? QString::number(bp / 100) : QString::number(bp / 100.0, 'f', 2);
}
} // namespace

QStringList PricingProgram::validate() const
{
    QStringList problems
        = base.validate() + levels.validate() + Promotions::validate(promotions) + redemption.validate();
    if (birthday.enabled)
        problems += birthday.validate();
    for (const StampCard &c : stampCards)
        problems += c.validate();
    // Stamps are counted per card code and levels held by code: two of one code would mix them up.
    auto duplicates = [&](const QStringList &codes, const QString &what) {
        QSet<QString> seen;
        for (const QString &c : codes) {
            if (!c.isEmpty() && seen.contains(c))
                problems << Text::tr("Two %1 share the code \"%2\".").arg(what, c);
            seen.insert(c);
        }
    };
    QStringList levelCodes, cardCodes, promotionCodes;
    for (const Level &l : levels.levels)
        levelCodes << l.code;
    for (const StampCard &c : stampCards) {
        cardCodes << c.code;
        if (c.code.isEmpty())
            problems << Text::tr("%1: a stamp card needs a code.").arg(c.name);
    }
    for (const Promotion &p : promotions)
        promotionCodes << p.code;
    duplicates(levelCodes, Text::tr("club levels"));
    duplicates(cardCodes, Text::tr("stamp cards"));
    duplicates(promotionCodes, Text::tr("promotions"));
    return problems;
}

namespace {
// One pricing run: what is due so far and the adjustments taken, step by step in the documented
// order (docs/pricing.md). Each step is a function so the order reads at a glance in price().
struct Run
{
    Run(const PricingProgram &prog, const PricingInput &in)
        : program(prog)
        , input(in)
    {
    }

    const PricingProgram &program;
    const PricingInput &input;
    const PricingMember *m = input.member ? &*input.member : nullptr;
    const QDate today = input.local.date();
    Priced p;
    qint64 due = 0;
    bool birthday = false;
    const Level *level = nullptr;

    void take(Adjustment::Kind kind, const QString &label, qint64 amount)
    {
        amount = qMin(amount, due);
        if (amount <= 0)
            return;
        due -= amount;
        p.discountMinor += amount;
        p.adjustments.push_back({kind, label, amount, 0});
    }
    void celebrate()
    {
        p.birthdayUsedFor = Birthday::celebratedBirthday(program.birthday, m->birthDay, m->birthMonth, today);
    }

    std::optional<Error> subtotal();
    void stampCards();
    void birthdayFreeProduct();
    void clubLevel(qint64 goods);
    void promotion(qint64 goods);
    void birthdayPercent();
    std::optional<Error> payWithPoints();
    void earn();
};

std::optional<Error> Run::subtotal()
{
    if (input.lines.isEmpty())
        return makeError(Error::Invalid, Text::tr("The sale has no lines yet."));
    Int128 sum = 0;
    for (const PricingLine &l : input.lines) {
        if (l.unitPriceMinor <= 0 || l.quantity <= 0 || l.quantity > program.base.maxQuantity)
            return makeError(Error::Invalid,
                             Text::tr("\"%1\": price and quantity must be above zero.").arg(l.description));
        sum += Int128(l.unitPriceMinor) * l.quantity;
        if (sum > program.base.maxSaleMinor)
            return makeError(Error::Invalid, Text::tr("The total is above this shop's limit for one sale."));
    }
    p.subtotalMinor = qint64(sum);
    due = p.subtotalMinor;
    return std::nullopt;
}

// 1. Stamp cards: members only; each qualifying unit stamps, a full card gives one free.
void Run::stampCards()
{
    for (const StampCard &card : program.stampCards) {
        QVector<qint64> units;
        for (const PricingLine &l : input.lines) {
            const bool match = card.productCode.isEmpty() ? l.category == card.category
                                                          : l.productCode == card.productCode;
            for (qint64 i = 0; match && i < l.quantity; ++i)
                units << l.unitPriceMinor;
        }
        const Stamps::Outcome o = Stamps::apply(card, m->stamps.value(card.code), units);
        p.stampsAfter.insert(card.code, o.stampsAfter);
        if (o.freeUnits > 0)
            take(Adjustment::Kind::StampFree, Text::tr("%1: %n free", nullptr, o.freeUnits).arg(card.name),
                 o.discountMinor);
    }
}

// 2. Birthday: decided once; a free product comes off before any percentage.
void Run::birthdayFreeProduct()
{
    if (!birthday || program.birthday.kind != BirthdayOffer::Kind::FreeProduct)
        return;
    for (const PricingLine &l : input.lines) {
        if (l.productCode == program.birthday.freeProductCode) {
            take(Adjustment::Kind::BirthdayFree, Text::tr("Birthday: %1 free").arg(l.description),
                 l.unitPriceMinor);
            celebrate();
            return;
        }
    }
}

// 3. Club level, counting this sale's goods: the sale that crosses a threshold is priced at the new
// level. A level already held stays until the review at the period's end.
void Run::clubLevel(qint64 goods)
{
    const Level *held = nullptr;
    for (const Level &l : program.levels.levels)
        held = l.code == m->levelCode ? &l : held;
    const Level *before = Levels::levelFor(program.levels, m->spentInPeriodMinor);
    level = Levels::levelFor(program.levels, m->spentInPeriodMinor + goods);
    if (held && (!level || held->thresholdMinor > level->thresholdMinor))
        level = held;
    if (held && (!before || held->thresholdMinor > before->thresholdMinor))
        before = held;
    p.levelUpgraded = level && level != before;
    if (level) {
        p.levelCode = level->code;
        if (level->discountBasisPoints > 0)
            take(Adjustment::Kind::LevelDiscount,
                 Text::tr("%1 −%2%").arg(level->name, percentText(level->discountBasisPoints)),
                 percentOf(due, level->discountBasisPoints));
    }
}

// 4. Promotion: the threshold is on the goods (after free items), the percentage on what is due.
void Run::promotion(qint64 goods)
{
    if (const Promotion *promo = Promotions::discountFor(program.promotions, input.local, goods)) {
        take(Adjustment::Kind::Promotion,
             Text::tr("%1 −%2%").arg(promo->name.isEmpty() ? promo->code : promo->name,
                                     percentText(promo->discountBasisPoints)),
             percentOf(due, promo->discountBasisPoints));
    }
}

// 5. Birthday percentage, on what is left.
void Run::birthdayPercent()
{
    if (!birthday || program.birthday.kind != BirthdayOffer::Kind::PercentDiscount)
        return;
    take(Adjustment::Kind::BirthdayDiscount,
         Text::tr("Birthday −%1%").arg(percentText(program.birthday.discountBasisPoints)),
         percentOf(due, program.birthday.discountBasisPoints));
    celebrate();
}

// 6. Paying with points, capped on what is due after every discount.
std::optional<Error> Run::payWithPoints()
{
    if (input.pointsToRedeem < 0 && input.pointsToRedeem != PricingInput::kRedeemMax)
        return makeError(Error::Invalid, Text::tr("Type a number of points above zero."));
    if (!m || input.pointsToRedeem == 0)
        return std::nullopt;
    const qint64 want = input.pointsToRedeem == PricingInput::kRedeemMax
        ? Redemption::maxPoints(program.redemption, m->pointsBalance, due)
        : input.pointsToRedeem;
    if (want <= 0)
        return std::nullopt;
    auto value = Redemption::valueOf(program.redemption, want, m->pointsBalance, due);
    if (!value)
        return value.error();
    p.pointsRedeemed = want;
    p.pointsValueMinor = value.value();
    due -= value.value();
    p.adjustments.push_back({Adjustment::Kind::PointsPaid,
                             Text::tr("Paid with %n point(s)", nullptr, int(want)), value.value(), want});
    return std::nullopt;
}

// 7. Points earned on the money part (and the points part when the shop says so), times the level's
// and the promotion's multipliers, rounded down once at the end.
void Run::earn()
{
    // Lines that earn nothing (a category or product the shop excludes) take their share of the
    // money out of the base, in proportion to their price.
    Int128 eligible = 0;
    for (const PricingLine &l : input.lines) {
        if (!program.base.noEarnCategories.contains(l.category)
            && !program.base.noEarnProducts.contains(l.productCode))
            eligible += Int128(l.unitPriceMinor) * l.quantity;
    }
    const qint64 paid = due + (program.redemption.earnOnPointsPart ? p.pointsValueMinor : 0);
    const qint64 base = qint64(Int128(paid) * eligible / p.subtotalMinor);
    p.earnBaseMinor = base;
    const int levelPct = level ? level->earnMultiplierPercent : 100;
    const Promotion *multi = Promotions::multiplierFor(program.promotions, input.local);
    const int promoPct = multi ? multi->pointsMultiplierPercent : 100;
    if (base > 0 && program.base.earn.perMinor > 0 && program.base.earn.points > 0) {
        const Int128 num = Int128(base) * program.base.earn.points * levelPct * promoPct;
        const Int128 den = Int128(program.base.earn.perMinor) * 100 * 100;
        Int128 points = num / den;
        const Int128 rest = num % den;
        if (program.base.rounding == PointsRounding::Up && rest > 0)
            ++points;
        else if (program.base.rounding == PointsRounding::Nearest && rest * 2 >= den)
            ++points;
        p.pointsEarned = qint64(points);
    }
    if (birthday && program.birthday.kind == BirthdayOffer::Kind::BonusPoints) {
        p.bonusPoints = program.birthday.bonusPoints;
        p.adjustments.push_back(
            {Adjustment::Kind::BirthdayBonus, Text::tr("Birthday bonus"), 0, program.birthday.bonusPoints});
        celebrate();
    }
}
} // namespace

namespace Pricing {

Result<Priced> price(const PricingProgram &program, const PricingInput &input)
{
    Run run(program, input);
    if (auto e = run.subtotal())
        return *e;
    const PricingMember *m = run.m;
    if (m)
        run.stampCards();
    run.birthday = m
        && Birthday::applies(program.birthday, m->birthDay, m->birthMonth, run.today, m->birthdayLastUsedFor);
    run.birthdayFreeProduct();
    const qint64 goods = run.due; // what the customer takes home and pays for, before percentages
    if (m)
        run.clubLevel(goods);
    run.promotion(goods);
    run.birthdayPercent();
    if (auto e = run.payWithPoints())
        return *e;
    run.p.totalMinor = run.due;
    if (m)
        run.earn();
    return run.p;
}

} // namespace Pricing
