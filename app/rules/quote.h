#pragma once

#include "pricing.h"
#include "program.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

struct CartLine
{
    CartLine() = default;
    CartLine(QString desc, qint64 price, qint64 qty = 1, QString cat = {}, QString code = {},
             qint64 product = 0)
        : description(std::move(desc))
        , unitPriceMinor(price)
        , quantity(qty)
        , category(std::move(cat))
        , productCode(std::move(code))
        , productId(product)
    {
    }
    QString description;
    qint64 unitPriceMinor = 0;
    qint64 quantity = 1;
    QString category;
    QString productCode; // empty for a free-amount line
    qint64 productId = 0;
};

struct Cart
{
    QString currency;
    QVector<CartLine> lines;
    bool isEmpty() const { return lines.isEmpty(); }
};

// What the rules need to know of the member at the counter; nothing else.
struct MemberSnapshot : PricingMember
{
    qint64 id = 0;
};

struct QuoteLine
{
    QString description;
    qint64 unitPriceMinor = 0;
    qint64 quantity = 1;
    qint64 totalMinor = 0;
};

// The price of a cart for a member at a moment, before it is recorded: what the sale page shows,
// what CheckoutService records, what the receipt explains.
struct Quote
{
    QString currency;
    QVector<QuoteLine> lines;
    qint64 subtotalMinor = 0;
    qint64 discountMinor = 0;
    qint64 pointsRedeemed = 0; // points paying part of the check
    qint64 pointsPaidMinor = 0; // what they pay
    qint64 totalMinor = 0; // paid with money
    qint64 pointsEarned = 0; // 0 for a walk-in
    qint64 bonusPoints = 0; // the birthday bonus
    QDate pointsExpireOn; // null: never, or nothing earned
    QVector<Adjustment> adjustments; // line by line, in the stacking order (docs/pricing.md)
    QString levelCode; // the level the sale is priced at
    bool levelUpgraded = false;
    QHash<QString, int> stampsAfter; // per stamp card
    QDate birthdayUsedFor; // set when the birthday offer is given on this sale
};

namespace Rules {
// Points earned on an amount paid with money: floor(amount * points / perMinor). Negative or zero
// amounts earn nothing. Computed in 128 bits so that no amount overflows.
qint64 earnedPoints(const EarnRule &rule, qint64 paidMinor);

// The date a lot earned on `saleDay` expires: expiryMonths later (the same day of month, or the
// month's last day when it has no such day); null when points never expire.
QDate expiryDate(const QDate &saleDay, int expiryMonths);

// Prices the cart with every rule of the program (Pricing::price) at the local moment `local`.
// Refuses an empty cart, a line with a zero or negative price or quantity, totals above the
// program's limit or beyond 64 bits, and points the member cannot pay with, with a message for
// the cashier. pointsToRedeem: PricingInput::kRedeemMax for "as many as allowed".
Result<Quote> quote(const Cart &cart, const std::optional<MemberSnapshot> &member,
                    const PricingProgram &program, const QDateTime &local, qint64 pointsToRedeem = 0);
// The earn rule alone (no levels or offers), on a business day.
Result<Quote> quote(const Cart &cart, const std::optional<MemberSnapshot> &member, const Program &program,
                    const QDate &businessDay);
} // namespace Rules
