#pragma once

// The loyalty program's rules beyond the earn rate, as pure functions: club levels,
// birthday offers, stamp cards, promotions, paying with points and point lots. No SQL, no clock:
// every function is given the day or moment it is asked about. docs/pricing.md tells how they stack.

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// Percentages are basis points (1/100 of a percent: 500 = 5%), so that 2.5% is exact.
constexpr int kBasisPointsWhole = 10000;

// Rounds amount * basisPoints / 10000 half up (0.5 of a minor unit goes to the customer's
// favour for discounts: it is added to the discount). Exact in 128 bits.
qint64 percentOf(qint64 amountMinor, int basisPoints);

// ---- Club levels ----------------------------------------------------------------------------
struct Level
{
    QString code; // "silver"
    QString name; // "Silver"
    qint64 thresholdMinor = 0; // spend over the period to reach it
    int earnMultiplierPercent = 100; // 150 = ×1.5 points
    int discountBasisPoints = 0; // on every sale at this level
};

struct LevelRules
{
    QVector<Level> levels; // ascending thresholds; the first is usually 0 ("Bronze")
    int periodMonths = 12; // rolling spend window
    QStringList validate() const;
};

namespace Levels {
// The highest level whose threshold the spend reaches; nullptr when none (or no levels).
const Level *levelFor(const LevelRules &rules, qint64 spentMinor);
struct Progress
{
    const Level *current = nullptr;
    const Level *next = nullptr;
    qint64 missingMinor = 0; // to reach `next`; 0 at the top
};
Progress progress(const LevelRules &rules, qint64 spentMinor);
} // namespace Levels

// ---- Birthday offer -------------------------------------------------------------------------
struct BirthdayOffer
{
    enum class Kind
    {
        BonusPoints,
        PercentDiscount,
        FreeProduct,
    };
    bool enabled = false;
    int daysBefore = 7;
    int daysAfter = 7;
    Kind kind = Kind::BonusPoints;
    qint64 bonusPoints = 0;
    int discountBasisPoints = 0;
    QString freeProductCode;
    QStringList validate() const;
};

namespace Birthday {
// The birthday in `year`: 29 February is kept on 28 February in years without it.
QDate inYear(int year, int day, int month);
// The birthday whose window (daysBefore..daysAfter around it) holds `today`, if any. A window may
// cross New Year (a 2 January birthday is celebrated from 26 December). Null without a birthday.
QDate celebratedBirthday(const BirthdayOffer &offer, int day, int month, const QDate &today);
// The offer applies today: enabled, a window holds today, and it was not used for that birthday
// (lastUsedFor = the birthday date it was last given for; once per member per year).
bool applies(const BirthdayOffer &offer, int day, int month, const QDate &today, const QDate &lastUsedFor);
} // namespace Birthday

// ---- Stamp cards ----------------------------------------------------------------------------
struct StampCard
{
    QString code;
    QString name; // "Coffee card"
    QString productCode; // one product, or
    QString category; // every product of a category
    int buy = 5; // buy 5, the 6th is free
    QStringList validate() const;
};

namespace Stamps {
struct Outcome
{
    int freeUnits = 0;
    qint64 discountMinor = 0; // the price of the free units: the cheapest qualifying ones
    int stampsAfter = 0;
};
// Each unit sold earns a stamp; a unit bought while the card is full (`buy` stamps) is free and
// empties the card. unitPricesMinor: one entry per qualifying unit in the cart.
Outcome apply(const StampCard &card, int stampsBefore, QVector<qint64> unitPricesMinor);
} // namespace Stamps

// ---- Promotions -----------------------------------------------------------------------------
struct Promotion
{
    enum class Kind
    {
        ThresholdDiscount, // basis points off a sale at or above thresholdMinor
        PointsMultiplier, // double points days or hours
    };
    QString code;
    QString name;
    Kind kind = Kind::ThresholdDiscount;
    QDate from, to; // inclusive; null = open-ended
    QTime startTime, endTime; // local; both null = all day; end exclusive
    QList<int> weekdays; // 1 = Monday .. 7; empty = every day
    qint64 thresholdMinor = 0;
    int discountBasisPoints = 0;
    int pointsMultiplierPercent = 100;
    int priority = 0; // when two of a kind apply, the higher priority wins
};

namespace Promotions {
bool activeAt(const Promotion &p, const QDateTime &local);
// The best applicable discount and the points multiplier in force (the highest priority of each kind).
const Promotion *discountFor(const QVector<Promotion> &all, const QDateTime &local, qint64 subtotalMinor);
const Promotion *multiplierFor(const QVector<Promotion> &all, const QDateTime &local);
// Contradictions: negative or >100% values, from after to, a window that ends before it starts,
// two promotions of a kind that can apply at once with the same priority.
QStringList validate(const QVector<Promotion> &all);
} // namespace Promotions

// ---- Paying with points ---------------------------------------------------------------------
struct RedemptionRules
{
    bool enabled = false;
    qint64 minorPerPoint = 1; // 1 point pays 0.01
    int maxShareBasisPoints = 5000; // at most half the check
    qint64 minBalance = 0; // a member needs at least this many points to pay with them
    bool earnOnPointsPart = false; // points are earned on the part paid with points too
    QStringList validate() const;
};

namespace Redemption {
// The most points the member may use on a check of `payableMinor`.
qint64 maxPoints(const RedemptionRules &r, qint64 balance, qint64 payableMinor);
// How much `points` pay, or why they cannot be used (more than the balance, over the cap...).
Result<qint64> valueOf(const RedemptionRules &r, qint64 points, qint64 balance, qint64 payableMinor);
} // namespace Redemption

// ---- Point lots (expiry and first-in-first-out) ---------------------------------------------
struct PointLot
{
    qint64 id = 0;
    qint64 remaining = 0;
    QDate earnedOn;
    QDate expiresOn; // null = never; the lot is usable through this day and gone the day after
};

struct LotTake
{
    qint64 lotId = 0;
    qint64 points = 0;
};

namespace Lots {
bool expired(const PointLot &lot, const QDate &today);
// Takes `points` from the usable lots, oldest expiry first (never-expiring last, then the oldest
// earned); refuses more than they hold.
Result<QVector<LotTake>> consume(QVector<PointLot> lots, qint64 points, const QDate &today);
// What expires as of `today`: every expired lot's remaining points.
QVector<LotTake> expiring(const QVector<PointLot> &lots, const QDate &today);
} // namespace Lots
