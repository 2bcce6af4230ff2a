#pragma once

#include "program.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

struct CartLine
{
    QString description;
    qint64 unitPriceMinor = 0;
    qint64 quantity = 1;
    QString category;
};

struct Cart
{
    QString currency;
    QVector<CartLine> lines;
    bool isEmpty() const { return lines.isEmpty(); }
};

// What the rules need to know of the member at the counter; nothing else.
struct MemberSnapshot
{
    qint64 id = 0;
    qint64 pointsBalance = 0;
    QString levelCode;
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
    qint64 totalMinor = 0; // paid with money
    qint64 pointsEarned = 0; // 0 for a walk-in
    QDate pointsExpireOn; // null: never, or nothing earned
};

namespace Rules {
// Points earned on an amount paid with money: floor(amount * points / perMinor). Negative or zero
// amounts earn nothing. Computed in 128 bits so that no amount overflows.
qint64 earnedPoints(const EarnRule &rule, qint64 paidMinor);

// The date a lot earned on `saleDay` expires: expiryMonths later (the same day of month, or the
// month's last day when it has no such day); null when points never expire.
QDate expiryDate(const QDate &saleDay, int expiryMonths);

// Prices the cart. Refuses an empty cart, a line with a zero or negative price or quantity, and
// totals above the program's limit or beyond 64 bits, with a message for the cashier.
Result<Quote> quote(const Cart &cart, const std::optional<MemberSnapshot> &member, const Program &program,
                    const QDate &businessDay);
} // namespace Rules
