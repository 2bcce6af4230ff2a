#pragma once

// How the program's rules stack on one sale (docs/pricing.md): stamps, club level, promotion,
// birthday, paying with points, then points earned. One pure function, so that the sale page,
// CheckoutService and the receipt show the same lines.

#include "offers.h"
#include "program.h"

#include <QHash>

struct PricingProgram
{
    Program base; // currency, earn rate, expiry, limits
    LevelRules levels;
    BirthdayOffer birthday;
    QVector<StampCard> stampCards;
    QVector<Promotion> promotions;
    RedemptionRules redemption;
    QStringList validate() const;
};

struct PricingLine
{
    QString description;
    QString productCode;
    QString category;
    qint64 unitPriceMinor = 0;
    qint64 quantity = 1;
};

struct PricingMember
{
    qint64 pointsBalance = 0;
    qint64 spentInPeriodMinor = 0; // over the level period, before this sale
    QString levelCode; // the level held now: kept until the review at period end, even if spend fell
    int birthDay = 0;
    int birthMonth = 0;
    QDate birthdayLastUsedFor;
    QHash<QString, int> stamps; // per stamp card code
};

struct PricingInput
{
    QVector<PricingLine> lines;
    std::optional<PricingMember> member; // none: a walk-in, who gets promotions but no points
    QDateTime local; // the moment of the sale, local time
    qint64 pointsToRedeem = 0; // kRedeemMax: as many as allowed
    static constexpr qint64 kRedeemMax = -1;
};

// One line of the receipt's explanation: what changed the price or the points, and by how much.
struct Adjustment
{
    enum class Kind
    {
        StampFree,
        BirthdayFree,
        LevelDiscount,
        Promotion,
        BirthdayDiscount,
        PointsPaid,
        BirthdayBonus,
    };
    Kind kind;
    QString label; // "Coffee card: 1 free", "Silver −3%"
    qint64 amountMinor = 0; // taken off the price (positive)
    qint64 points = 0; // points paid or given
};

struct Priced
{
    qint64 subtotalMinor = 0;
    QVector<Adjustment> adjustments;
    qint64 discountMinor = 0; // every discount, points not included
    qint64 pointsRedeemed = 0;
    qint64 pointsValueMinor = 0;
    qint64 totalMinor = 0; // paid with money
    qint64 pointsEarned = 0; // from the earn rule with multipliers
    qint64 earnBaseMinor = 0; // the money the points were counted on (after exclusions)
    qint64 bonusPoints = 0; // birthday bonus
    QString levelCode; // the level this sale is priced at (after an upgrade it crosses)
    bool levelUpgraded = false;
    QHash<QString, int> stampsAfter;
    QDate birthdayUsedFor; // set when a birthday offer was given on this sale
};

namespace Pricing {
Result<Priced> price(const PricingProgram &program, const PricingInput &input);
} // namespace Pricing
