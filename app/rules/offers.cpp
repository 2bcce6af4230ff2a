#include "offers.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {
// This file's strings translate in the context "Offers" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Offers)
};
__extension__ typedef __int128 Int128; // GCC and Clang; -Wpedantic wants it marked

bool validBasisPoints(int bp)
{
    return bp >= 0 && bp <= kBasisPointsWhole;
}
} // namespace

qint64 percentOf(qint64 amountMinor, int basisPoints)
{
    const Int128 product = static_cast<Int128>(amountMinor) * basisPoints;
    const Int128 half = kBasisPointsWhole / 2;
    const Int128 q
        = product >= 0 ? (product + half) / kBasisPointsWhole : -((-product + half) / kBasisPointsWhole);
    return static_cast<qint64>(q);
}

// ---- Levels ---------------------------------------------------------------------------------

QStringList LevelRules::validate() const
{
    QStringList problems;
    if (periodMonths < 1 || periodMonths > 120)
        problems << Text::tr("The level period must be 1 to 120 months.");
    for (int i = 0; i < levels.size(); ++i) {
        const Level &l = levels.at(i);
        if (l.code.isEmpty() || l.name.isEmpty())
            problems << Text::tr("Level %1 needs a code and a name.").arg(i + 1);
        if (l.thresholdMinor < 0)
            problems << Text::tr("%1: the threshold cannot be negative.").arg(l.name);
        if (i > 0 && l.thresholdMinor <= levels.at(i - 1).thresholdMinor)
            problems << Text::tr("%1 must need more spend than %2.").arg(l.name, levels.at(i - 1).name);
        if (l.earnMultiplierPercent < 0 || l.earnMultiplierPercent > 1000)
            problems << Text::tr("%1: the points multiplier must be 0% to 1000%.").arg(l.name);
        if (!validBasisPoints(l.discountBasisPoints))
            problems << Text::tr("%1: the discount must be 0% to 100%.").arg(l.name);
    }
    return problems;
}

namespace Levels {

const Level *levelFor(const LevelRules &rules, qint64 spentMinor)
{
    const Level *found = nullptr;
    for (const Level &l : rules.levels) {
        if (spentMinor >= l.thresholdMinor)
            found = &l;
    }
    return found;
}

Progress progress(const LevelRules &rules, qint64 spentMinor)
{
    Progress p;
    p.current = levelFor(rules, spentMinor);
    for (const Level &l : rules.levels) {
        if (l.thresholdMinor > spentMinor) {
            p.next = &l;
            p.missingMinor = l.thresholdMinor - spentMinor;
            break;
        }
    }
    return p;
}

} // namespace Levels

// ---- Birthday -------------------------------------------------------------------------------

QStringList BirthdayOffer::validate() const
{
    QStringList problems;
    if (daysBefore < 0 || daysBefore > 60 || daysAfter < 0 || daysAfter > 60)
        problems << Text::tr("The birthday window is 0 to 60 days on each side.");
    if (kind == Kind::BonusPoints && bonusPoints <= 0)
        problems << Text::tr("The birthday bonus needs a number of points above zero.");
    if (kind == Kind::PercentDiscount
        && (discountBasisPoints <= 0 || discountBasisPoints > kBasisPointsWhole))
        problems << Text::tr("The birthday discount must be above 0% and at most 100%.");
    if (kind == Kind::FreeProduct && freeProductCode.isEmpty())
        problems << Text::tr("Choose the product given on birthdays.");
    return problems;
}

namespace Birthday {

QDate inYear(int year, int day, int month)
{
    if (month == 2 && day == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, month, day);
}

QDate celebratedBirthday(const BirthdayOffer &offer, int day, int month, const QDate &today)
{
    if (day < 1 || month < 1 || !today.isValid())
        return {};
    // The occurrence last year, this year or next year whose window holds today.
    for (int year = today.year() - 1; year <= today.year() + 1; ++year) {
        const QDate b = inYear(year, day, month);
        if (!b.isValid())
            continue;
        if (today >= b.addDays(-offer.daysBefore) && today <= b.addDays(offer.daysAfter))
            return b;
    }
    return {};
}

bool applies(const BirthdayOffer &offer, int day, int month, const QDate &today, const QDate &lastUsedFor)
{
    if (!offer.enabled)
        return false;
    const QDate b = celebratedBirthday(offer, day, month, today);
    return b.isValid() && b != lastUsedFor;
}

} // namespace Birthday

// ---- Stamps ---------------------------------------------------------------------------------

QStringList StampCard::validate() const
{
    QStringList problems;
    if (name.isEmpty())
        problems << Text::tr("A stamp card needs a name.");
    if (productCode.isEmpty() == category.isEmpty())
        problems << Text::tr("%1: choose either one product or one category.").arg(name);
    if (buy < 1 || buy > 100)
        problems << Text::tr("%1: the number to buy must be 1 to 100.").arg(name);
    return problems;
}

namespace Stamps {

Outcome apply(const StampCard &card, int stampsBefore, QVector<qint64> unitPricesMinor)
{
    Outcome o;
    int stamps = qBound(0, stampsBefore, card.buy);
    for (int i = 0; i < unitPricesMinor.size(); ++i) {
        if (stamps >= card.buy) {
            ++o.freeUnits;
            stamps = 0;
        } else {
            ++stamps;
        }
    }
    o.stampsAfter = stamps;
    // The free ones are the cheapest, as a shop would give them.
    std::sort(unitPricesMinor.begin(), unitPricesMinor.end());
    for (int i = 0; i < o.freeUnits; ++i)
        o.discountMinor += unitPricesMinor.at(i);
    return o;
}

} // namespace Stamps

// ---- Promotions -----------------------------------------------------------------------------

namespace Promotions {

bool activeAt(const Promotion &p, const QDateTime &local)
{
    const QDate d = local.date();
    if (p.from.isValid() && d < p.from)
        return false;
    if (p.to.isValid() && d > p.to)
        return false;
    if (!p.weekdays.isEmpty() && !p.weekdays.contains(d.dayOfWeek()))
        return false;
    if (p.startTime.isValid() && p.endTime.isValid()) {
        const QTime t = local.time();
        if (t < p.startTime || t >= p.endTime)
            return false;
    }
    return true;
}

namespace {
const Promotion *best(const QVector<Promotion> &all, Promotion::Kind kind, const QDateTime &local,
                      qint64 subtotalMinor)
{
    const Promotion *found = nullptr;
    for (const Promotion &p : all) {
        if (p.kind != kind || !activeAt(p, local))
            continue;
        if (kind == Promotion::Kind::ThresholdDiscount && subtotalMinor < p.thresholdMinor)
            continue;
        if (!found || p.priority > found->priority)
            found = &p;
    }
    return found;
}

bool canOverlap(const Promotion &a, const Promotion &b)
{
    if (a.to.isValid() && b.from.isValid() && a.to < b.from)
        return false;
    if (b.to.isValid() && a.from.isValid() && b.to < a.from)
        return false;
    if (!a.weekdays.isEmpty() && !b.weekdays.isEmpty()) {
        bool shared = false;
        for (int d : a.weekdays)
            shared = shared || b.weekdays.contains(d);
        if (!shared)
            return false;
    }
    if (a.startTime.isValid() && b.startTime.isValid())
        return a.startTime < b.endTime && b.startTime < a.endTime;
    return true;
}
} // namespace

const Promotion *discountFor(const QVector<Promotion> &all, const QDateTime &local, qint64 subtotalMinor)
{
    return best(all, Promotion::Kind::ThresholdDiscount, local, subtotalMinor);
}

const Promotion *multiplierFor(const QVector<Promotion> &all, const QDateTime &local)
{
    return best(all, Promotion::Kind::PointsMultiplier, local, 0);
}

QStringList validate(const QVector<Promotion> &all)
{
    QStringList problems;
    for (int i = 0; i < all.size(); ++i) {
        const Promotion &p = all.at(i);
        const QString name = p.name.isEmpty() ? p.code : p.name;
        if (p.from.isValid() && p.to.isValid() && p.from > p.to)
            problems << Text::tr("%1 ends before it starts.").arg(name);
        if (p.startTime.isValid() != p.endTime.isValid()
            || (p.startTime.isValid() && p.startTime >= p.endTime))
            problems << Text::tr("%1: the hours must have a start before their end.").arg(name);
        if (p.kind == Promotion::Kind::ThresholdDiscount
            && (p.discountBasisPoints <= 0 || p.discountBasisPoints > kBasisPointsWhole
                || p.thresholdMinor < 0))
            problems << Text::tr(
                            "%1: the discount must be above 0% and at most 100%, the threshold not negative.")
                            .arg(name);
        if (p.kind == Promotion::Kind::PointsMultiplier
            && (p.pointsMultiplierPercent <= 100 || p.pointsMultiplierPercent > 1000))
            problems << Text::tr("%1: the points multiplier must be above 100% and at most 1000%.").arg(name);
        for (int j = 0; j < i; ++j) {
            const Promotion &q = all.at(j);
            if (q.kind == p.kind && q.priority == p.priority && canOverlap(p, q))
                problems << Text::tr("%1 and %2 can apply at the same time: give one a higher priority.")
                                .arg(q.name.isEmpty() ? q.code : q.name, name);
        }
    }
    return problems;
}

} // namespace Promotions

// ---- Redemption -----------------------------------------------------------------------------

QStringList RedemptionRules::validate() const
{
    QStringList problems;
    if (minorPerPoint < 1)
        problems << Text::tr("A point must be worth at least one minor unit (0.01).");
    if (maxShareBasisPoints <= 0 || maxShareBasisPoints > kBasisPointsWhole)
        problems << Text::tr("The share of a check payable with points must be above 0% and at most 100%.");
    if (minBalance < 0)
        problems << Text::tr("The minimum balance cannot be negative.");
    return problems;
}

namespace Redemption {

qint64 maxPoints(const RedemptionRules &r, qint64 balance, qint64 payableMinor)
{
    if (!r.enabled || balance <= 0 || balance < r.minBalance || payableMinor <= 0 || r.minorPerPoint < 1)
        return 0;
    // The cap is on money: points worth at most maxShare of the check, rounded down to whole points.
    const qint64 capMinor
        = static_cast<qint64>(static_cast<Int128>(payableMinor) * r.maxShareBasisPoints / kBasisPointsWhole);
    return qMin(balance, capMinor / r.minorPerPoint);
}

Result<qint64> valueOf(const RedemptionRules &r, qint64 points, qint64 balance, qint64 payableMinor)
{
    if (!r.enabled)
        return makeError(Error::Invalid, Text::tr("Paying with points is switched off in this shop."));
    if (points <= 0)
        return makeError(Error::Invalid, Text::tr("Type a number of points above zero."));
    if (points > balance)
        return makeError(Error::Invalid,
                         Text::tr("The member has %Ln point(s), fewer than %1.", nullptr, int(balance))
                             .arg(QLocale().toString(points)));
    if (balance < r.minBalance)
        return makeError(Error::Invalid,
                         Text::tr("Points can be used from a balance of %1; the member has %2.")
                             .arg(r.minBalance)
                             .arg(balance));
    const qint64 most = maxPoints(r, balance, payableMinor);
    if (points > most)
        return makeError(Error::Invalid,
                         Text::tr("At most %Ln point(s) can pay for this check.", nullptr, int(most)));
    return points * r.minorPerPoint;
}

} // namespace Redemption

// ---- Lots -----------------------------------------------------------------------------------

namespace Lots {

bool expired(const PointLot &lot, const QDate &today)
{
    return lot.expiresOn.isValid() && lot.expiresOn < today;
}

Result<QVector<LotTake>> consume(QVector<PointLot> lots, qint64 points, const QDate &today)
{
    if (points <= 0)
        return QVector<LotTake>();
    lots.erase(std::remove_if(lots.begin(), lots.end(),
                              [&](const PointLot &l) { return l.remaining <= 0 || expired(l, today); }),
               lots.end());
    // Soonest expiry first; lots that never expire last; ties by the day earned, then id.
    std::sort(lots.begin(), lots.end(), [](const PointLot &a, const PointLot &b) {
        if (a.expiresOn.isValid() != b.expiresOn.isValid())
            return a.expiresOn.isValid();
        if (a.expiresOn != b.expiresOn)
            return a.expiresOn < b.expiresOn;
        if (a.earnedOn != b.earnedOn)
            return a.earnedOn < b.earnedOn;
        return a.id < b.id;
    });
    QVector<LotTake> takes;
    qint64 left = points;
    for (const PointLot &l : lots) {
        if (left == 0)
            break;
        const qint64 take = qMin(left, l.remaining);
        takes.push_back({l.id, take});
        left -= take;
    }
    if (left > 0)
        return makeError(Error::Invalid,
                         Text::tr("Only %Ln point(s) are usable, fewer than %1.", nullptr, int(points - left))
                             .arg(QLocale().toString(points)));
    return takes;
}

QVector<LotTake> expiring(const QVector<PointLot> &lots, const QDate &today)
{
    QVector<LotTake> out;
    for (const PointLot &l : lots) {
        if (l.remaining > 0 && expired(l, today))
            out.push_back({l.id, l.remaining});
    }
    return out;
}

} // namespace Lots
