#include "reportservice.h"

#include "buyerdays.h"
#include "exportservice.h"
#include "i18n.h"
#include "ids.h"
#include "lotleft.h"
#include "money.h"
#include "offers.h"
#include "programservice.h"
#include "sqlexec.h"
#include "staffservice.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <functional>

namespace {
// num / den as basis points (1/100 of a percent), rounded half up; none when den is 0.
std::optional<int> basisPoints(qint64 num, qint64 den)
{
    if (den <= 0)
        return std::nullopt;
    const qint64 twice = 2 * num * 10000;
    const qint64 q = twice >= 0 ? (twice + den) / (2 * den) : -((-twice + den) / (2 * den));
    return int(q);
}

// The UTC moments a range of local business days covers: [from 00:00, the day after `to` 00:00).
QString utcStartOf(const QDate &day)
{
    return Ids::utcText(QDateTime(day, QTime(0, 0)).toUTC());
}

QDate bucketStart(const QDate &d, ReportService::Grouping g)
{
    switch (g) {
    case ReportService::Grouping::Week:
        return d.addDays(1 - d.dayOfWeek());
    case ReportService::Grouping::Month:
        return QDate(d.year(), d.month(), 1);
    case ReportService::Grouping::Day:
        break;
    }
    return d;
}

QString terminalClause(const ReportService::Period &p, QVariantList &values,
                       const char *column = "origin_terminal")
{
    if (p.terminal.isEmpty())
        return {};
    values << p.terminal;
    return QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
}
} // namespace

Result<void> ReportService::mayRead()
{
    return StaffService(m_ctx).authorize(Action::ViewReports, 0);
}

Result<void> ReportService::check(const Period &p)
{
    if (!p.from.isValid() || !p.to.isValid())
        return makeError(Error::Invalid, tr("Choose the first and the last day of the report."));
    if (p.to < p.from)
        return makeError(Error::Invalid,
                         tr("The range ends before it starts: %1 is before %2.")
                             .arg(QLocale().toString(p.to, QLocale::ShortFormat),
                                  QLocale().toString(p.from, QLocale::ShortFormat)));
    if (p.from.addYears(10) < p.to)
        return makeError(Error::Invalid, tr("A report covers at most ten years."));
    return {};
}

Result<ReportService::Sales> ReportService::sales(const Period &p, Grouping g)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    if (auto c = check(p); !c)
        return c.error();
    QVariantList values {Ids::dayText(p.from), Ids::dayText(p.to)};
    const QString terminal = terminalClause(p, values);
    auto q = Sql::exec(m_ctx.db,
                       QStringLiteral("SELECT business_day, SUM(sales), SUM(refunds), SUM(revenue_minor), "
                                      "SUM(member_revenue_minor), SUM(discount_minor), SUM(member_sales) "
                                      "FROM daily_sales WHERE business_day BETWEEN ? AND ?%1 "
                                      "GROUP BY business_day ORDER BY business_day")
                           .arg(terminal),
                       values, tr("The sales cannot be read."));
    if (!q)
        return q.error();
    Sales s;
    while (q.value().next()) {
        const QDate day = Ids::fromDayText(q->value(0).toString());
        const qint64 n = q->value(1).toLongLong();
        const qint64 revenue = q->value(3).toLongLong();
        s.sales += n;
        s.refunds += q->value(2).toLongLong();
        s.revenueMinor += revenue;
        s.memberRevenueMinor += q->value(4).toLongLong();
        s.discountMinor += q->value(5).toLongLong();
        const QDate start = bucketStart(day, g);
        if (s.series.isEmpty() || s.series.last().start != start)
            s.series.push_back({start, 0, 0});
        s.series.last().sales += n;
        s.series.last().revenueMinor += revenue;
    }
    if (s.sales > 0) {
        // Half up, in minor units: an average check is money and never a double.
        s.averageCheckMinor = (2 * s.revenueMinor + s.sales) / (2 * s.sales);
    }
    if (s.revenueMinor > 0)
        s.memberShareBasisPoints = basisPoints(s.memberRevenueMinor, s.revenueMinor);
    return s;
}

Result<ReportService::Points> ReportService::points(const Period &p)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    if (auto c = check(p); !c)
        return c.error();
    auto q = Sql::exec(
        m_ctx.db,
        QStringLiteral("SELECT kind, SUM(points) FROM daily_points WHERE business_day BETWEEN ? AND ? "
                       "GROUP BY kind"),
        {Ids::dayText(p.from), Ids::dayText(p.to)}, tr("The points cannot be read."));
    if (!q)
        return q.error();
    Points out;
    while (q.value().next()) {
        const QString kind = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        if (kind == QLatin1String("earn") || kind == QLatin1String("bonus")
            || kind == QLatin1String("import"))
            out.issued += n;
        else if (kind == QLatin1String("redeem"))
            out.redeemed -= n;
        else if (kind == QLatin1String("expire"))
            out.expired -= n;
        else
            out.adjusted += n; // adjust and reverse, both ways
    }
    // The running total kept with every balance (schema v12), not a sum over the members.
    auto b = Sql::exec(m_ctx.db, QStringLiteral("SELECT points FROM member_aggregates WHERE id = 1"), {},
                       tr("The points cannot be read."));
    if (!b)
        return b.error();
    out.outstanding = b.value().next() ? b->value(0).toLongLong() : 0;
    auto flagged
        = Sql::exec(m_ctx.db,
                    QStringLiteral("SELECT count(*), COALESCE(SUM(points_not_returned), 0) FROM purchases "
                                   "WHERE business_day BETWEEN ? AND ? AND kind = 'refund' AND "
                                   "points_not_returned > 0"),
                    {Ids::dayText(p.from), Ids::dayText(p.to)}, tr("The refunds cannot be read."));
    if (!flagged)
        return flagged.error();
    if (flagged.value().next()) {
        out.overdrawnRefunds = flagged->value(0).toLongLong();
        out.overdrawnPoints = flagged->value(1).toLongLong();
    }
    auto version = ProgramService(m_ctx.db).inForce(m_ctx.terminal, m_ctx.clock.nowUtc());
    if (!version)
        return version.error();
    const RedemptionRules &r = version->program.redemption;
    out.valued = r.enabled;
    if (r.enabled)
        out.liabilityMinor = qMax<qint64>(0, out.outstanding) * r.minorPerPoint;
    return out;
}

Result<ReportService::Members> ReportService::members(const Period &p)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    if (auto c = check(p); !c)
        return c.error();
    Members m;
    const QString from = utcStartOf(p.from), until = utcStartOf(p.to.addDays(1));
    // Who bought in the period, in the 90 days before it and in its last 90 days: the buyers' sets
    // of schema v14, a row per day, terminal and chunk of members, never the sales.
    BuyerDays::Ask ask;
    ask.from = p.from;
    ask.to = p.to;
    ask.startFrom = p.from.addDays(-kActiveDays);
    ask.startTo = p.from.addDays(-1);
    // A period of 90 days or less is its own last 90 days.
    ask.endFrom = qMax(p.from, p.to.addDays(1 - kActiveDays));
    ask.terminal = p.terminal;
    ask.enrolledFrom = from;
    ask.enrolledUntil = until;
    auto counted = BuyerDays::count(m_ctx.db, ask, tr("The members cannot be read."));
    if (!counted)
        return counted.error();
    // New members: those enrolled less the few merged away since (their own index, then the row).
    auto merged
        = Sql::exec(m_ctx.db,
                    QStringLiteral("SELECT count(*) FROM members INDEXED BY members_merged_into WHERE "
                                   "merged_into IS NOT NULL AND created_at >= ? AND created_at < ?"),
                    {from, until}, tr("The members cannot be read."));
    if (!merged)
        return merged.error();
    m.newMembers = counted->enrolled - (merged.value().next() ? merged->value(0).toLongLong() : 0);
    m.active = counted->active;
    m.repeat = counted->repeat;
    m.memberSales = counted->sales;
    m.activeAtStart = counted->atStart;
    m.activeAtEnd = counted->atEnd;
    m.newActiveAtEnd = counted->newAtEnd;
    m.retentionBasisPoints = basisPoints(m.activeAtEnd - m.newActiveAtEnd, m.activeAtStart);
    if (m.retentionBasisPoints)
        m.churnBasisPoints = 10000 - *m.retentionBasisPoints;
    m.repeatRateBasisPoints = basisPoints(m.repeat, m.active);
    if (m.active > 0)
        m.averageVisitsHundredths = (200 * m.memberSales + m.active) / (2 * m.active);
    auto clv = Sql::exec(m_ctx.db,
                         QStringLiteral("SELECT spent_minor, buyers FROM member_aggregates WHERE id = 1"), {},
                         tr("The members cannot be read."));
    if (!clv)
        return clv.error();
    if (clv.value().next() && clv->value(1).toLongLong() > 0) {
        const qint64 spent = clv->value(0).toLongLong(), buyers = clv->value(1).toLongLong();
        m.lifetimeValueMinor = (2 * spent + buyers) / (2 * buyers);
    }
    return m;
}

Result<ReportService::Feedback> ReportService::feedback(const Period &p)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    if (auto c = check(p); !c)
        return c.error();
    QVariantList values {Ids::dayText(p.from), Ids::dayText(p.to)};
    const QString terminal = terminalClause(p, values);
    auto q = Sql::exec(
        m_ctx.db,
        QStringLiteral("SELECT substr(business_day, 1, 7), scale, count(*), SUM(score >= 9), "
                       "SUM(score <= 6), SUM(score >= 4) FROM feedback WHERE business_day BETWEEN ? AND ?%1 "
                       "GROUP BY 1, 2 ORDER BY 1")
            .arg(terminal),
        values, tr("The feedback cannot be read."));
    if (!q)
        return q.error();
    Feedback f;
    // NPS = % promoters (9-10) - % detractors (0-6), rounded half up to a whole number.
    auto nps = [](qint64 promoters, qint64 detractors, qint64 n) -> std::optional<int> {
        if (n <= 0)
            return std::nullopt;
        const qint64 twice = 200 * (promoters - detractors);
        return int(twice >= 0 ? (twice + n) / (2 * n) : -((-twice + n) / (2 * n)));
    };
    while (q.value().next()) {
        const QDate month = QDate::fromString(q->value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        if (f.trend.isEmpty() || f.trend.last().month != month)
            f.trend.push_back({month, std::nullopt, std::nullopt});
        const qint64 n = q->value(2).toLongLong();
        if (q->value(1).toString() == QLatin1String("nps")) {
            const qint64 pro = q->value(3).toLongLong(), det = q->value(4).toLongLong();
            f.npsAnswers += n;
            f.promoters += pro;
            f.detractors += det;
            f.trend.last().nps = nps(pro, det, n);
        } else {
            const qint64 sat = q->value(5).toLongLong();
            f.csatAnswers += n;
            f.satisfied += sat;
            f.trend.last().csatBasisPoints = basisPoints(sat, n);
        }
    }
    f.nps = nps(f.promoters, f.detractors, f.npsAnswers);
    f.csatBasisPoints = basisPoints(f.satisfied, f.csatAnswers);
    return f;
}

namespace {
const char kListColumns[]
    = "m.id, m.name, m.phone, m.email, m.consent_sms_at IS NOT NULL, m.consent_email_at IS NOT "
      "NULL, m.points_balance, m.total_spent_minor, m.last_visit_at";
const char kLive[] = "m.erased_at IS NULL AND m.merged_into IS NULL";

ReportService::ListMember readListMember(const QSqlQuery &q)
{
    ReportService::ListMember m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.phone = q.value(2).toString();
    m.email = q.value(3).toString();
    m.smsConsent = q.value(4).toBool();
    m.emailConsent = q.value(5).toBool();
    m.pointsBalance = q.value(6).toLongLong();
    m.spentMinor = q.value(7).toLongLong();
    m.lastVisit = Ids::fromUtcText(q.value(8).toString());
    return m;
}

// Members picked by `condition` (after the live-member condition), the biggest spenders first, each
// with what put them on the list. The walk goes down members_live_spent and stops at the limit.
Result<QVector<ReportService::ListMember>>
membersWhere(Database &db, const QString &condition, const QVariantList &values,
             const std::function<QString(const ReportService::ListMember &)> &detail)
{
    auto q = Sql::exec(
        db,
        QStringLiteral("SELECT %1 FROM members m WHERE %2 AND %3 ORDER BY m.total_spent_minor DESC, m.id "
                       "LIMIT ?")
            .arg(QLatin1String(kListColumns), QLatin1String(kLive), condition),
        values, ReportService::tr("The members cannot be read."));
    if (!q)
        return q.error();
    QVector<ReportService::ListMember> out;
    while (q.value().next()) {
        ReportService::ListMember m = readListMember(q.value());
        m.detail = detail(m);
        out << m;
    }
    return out;
}
} // namespace

Result<QVector<ReportService::ListMember>> ReportService::birthdays(int days)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    const QDate today = m_ctx.clock.today();
    // The (month, day) pairs of the window; 29 February is celebrated on the 28th in other years.
    QHash<int, QDate> when;
    for (int i = 0; i <= days; ++i) {
        const QDate d = today.addDays(i);
        when.insert(d.month() * 100 + d.day(), d);
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            when.insert(229, d);
    }
    QStringList keys;
    for (auto it = when.cbegin(); it != when.cend(); ++it)
        keys << QString::number(it.key());
    auto q
        = Sql::exec(m_ctx.db,
                    QStringLiteral("SELECT %1, m.birth_month * 100 + m.birth_day FROM members m WHERE %2 AND "
                                   "m.birth_month * 100 + m.birth_day IN (%3) ORDER BY m.id")
                        .arg(QLatin1String(kListColumns), QLatin1String(kLive), keys.join(QLatin1Char(','))),
                    {}, tr("The members cannot be read."));
    if (!q)
        return q.error();
    QVector<QPair<QDate, ListMember>> found;
    QHash<QDate, QString> details; // a few days and many members: each day's words made once
    const QLocale locale;
    const QString format = I18n::longDateFormat(locale, false);
    while (q.value().next()) {
        ListMember m = readListMember(q.value());
        const QDate d = when.value(q->value(9).toInt());
        auto detail = details.find(d);
        if (detail == details.end())
            detail = details.insert(d, tr("birthday %1").arg(locale.toString(d, format)));
        m.detail = *detail;
        found.push_back({d, m});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QVector<ListMember> out;
    for (const auto &f : found)
        out << f.second;
    return out;
}

namespace {
constexpr int kExpiringLimit = 1000;
} // namespace

// The list goes by each member's first expiry day. Walking the lots day by day, the members met up
// to the day on which the thousandth turns up are the only ones that can be on it; only their lots
// are then added up, from points_ledger_member alone. The walk reads about a day of lots.
Result<QVector<ReportService::ListMember>> ReportService::expiringPoints(int days)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    const QDate today = m_ctx.clock.today();
    const QVariantList window {Ids::dayText(today), Ids::dayText(today.addDays(days))};
    // The walk, a day at a time: that day's lots sorted by member (LIMIT -1 keeps SQLite from
    // dropping the ORDER BY of a subquery), so that what each lot gave is read in its key's order.
    QSqlQuery walk(m_ctx.db.connection());
    walk.setForwardOnly(true);
    if (!walk.prepare(
            QStringLiteral("WITH d AS MATERIALIZED (SELECT id, member_id, points FROM points_ledger "
                           "WHERE expires_on = ? AND points > 0 ORDER BY member_id, id LIMIT -1) "
                           "SELECT DISTINCT l.member_id FROM d AS l JOIN members m ON m.id = "
                           "l.member_id WHERE %1 > 0 AND %2")
                .arg(QLatin1String(kLotLeft), QLatin1String(kLive))))
        return Database::storageError(walk.lastError(), tr("The points cannot be read."));
    QSet<qint64> seen;
    for (QDate day = today; day <= today.addDays(days) && seen.size() < kExpiringLimit;
         day = day.addDays(1)) {
        walk.addBindValue(Ids::dayText(day));
        if (!walk.exec())
            return Database::storageError(walk.lastError(), tr("The points cannot be read."));
        while (walk.next())
            seen.insert(walk.value(0).toLongLong());
        walk.finish();
    }
    // In id order: the members' ledgers and what their lots gave are then read front to back.
    QList<qint64> members(seen.cbegin(), seen.cend());
    std::sort(members.begin(), members.end());
    QStringList ids;
    for (const qint64 id : std::as_const(members))
        ids << QString::number(id);
    auto q = Sql::exec(
        m_ctx.db,
        // Ranked and cut before the members' rows are read: only the thousand listed are.
        QStringLiteral("SELECT %1, x.left, x.first FROM (SELECT l.member_id, SUM(%2) AS left, "
                       "MIN(l.expires_on) AS first FROM json_each(?) j JOIN points_ledger l INDEXED BY "
                       "points_ledger_member ON l.member_id = j.value WHERE l.expires_on BETWEEN ? AND ? "
                       "AND l.points > 0 AND %2 > 0 GROUP BY l.member_id ORDER BY first, left DESC, "
                       "l.member_id LIMIT %3) x JOIN members m ON m.id = x.member_id ORDER BY x.first, "
                       "x.left DESC, m.id")
            .arg(QLatin1String(kListColumns), QLatin1String(kLotLeft))
            .arg(kExpiringLimit),
        QVariantList {QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']')} + window,
        tr("The points cannot be read."));
    if (!q)
        return q.error();
    QVector<ListMember> out;
    while (q.value().next()) {
        ListMember m = readListMember(q.value());
        m.detail
            = tr("%1 pts expire on %2")
                  .arg(QLocale().toString(q->value(9).toLongLong()),
                       QLocale().toString(Ids::fromDayText(q->value(10).toString()), QLocale::ShortFormat));
        out << m;
    }
    return out;
}

Result<QVector<ReportService::ListMember>> ReportService::notSeenFor(int days, int limit)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    return membersWhere(
        m_ctx.db, QStringLiteral("+m.last_visit_at < ?"),
        {Ids::utcText(m_ctx.clock.nowUtc().addDays(-days)), limit}, [](const ListMember &m) {
            return tr("last seen %1")
                .arg(QLocale().toString(m.lastVisit.toLocalTime().date(), QLocale::ShortFormat));
        });
}

Result<QVector<ReportService::ListMember>> ReportService::belowZero(int limit)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    return membersWhere(m_ctx.db, QStringLiteral("m.points_balance < 0"), {limit}, [](const ListMember &m) {
        return tr("balance %1 pts").arg(QLocale().toString(m.pointsBalance));
    });
}

Result<QVector<ReportService::ListMember>> ReportService::topMembers(int limit)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    const QString currency = m_ctx.terminal.currency;
    return membersWhere(m_ctx.db, QStringLiteral("m.total_spent_minor > 0"), {limit},
                        [currency](const ListMember &m) {
                            return tr("spent %1").arg(Money(m.spentMinor, currency).format());
                        });
}

QString ReportService::segmentName(Segment s)
{
    switch (s) {
    case Segment::New:
        return tr("New");
    case Segment::Champions:
        return tr("Champions");
    case Segment::Active:
        return tr("Active");
    case Segment::AtRisk:
        return tr("At risk");
    case Segment::Lost:
        break;
    }
    return tr("Lost");
}

namespace {
// The segment of a member, in SQL so that a million members are counted inside SQLite (docs/metrics.md):
// new (joined in the last 30 days), lost (nothing in 180 days), at risk (nothing in 90), champions
// (bought in the last 60 days and 10 times or more), active (the rest).
QString segmentCase(bool withNew = true)
{
    return QStringLiteral("CASE %1WHEN m.last_visit_at IS NULL OR m.last_visit_at < :r180 THEN 4 "
                          "WHEN m.last_visit_at < :r90 THEN 3 "
                          "WHEN m.last_visit_at >= :r60 AND m.visits >= 10 THEN 1 ELSE 2 END")
        .arg(withNew ? QStringLiteral("WHEN m.created_at >= :new THEN 0 ") : QString());
}

QString bindSegmentTimes(QString sql, const QDateTime &now)
{
    const QPair<const char *, int> marks[] = {{":new", 30}, {":r180", 180}, {":r90", 90}, {":r60", 60}};
    for (const auto &[mark, days] : marks)
        sql.replace(QLatin1String(mark),
                    QLatin1Char('\'') + Ids::utcText(now.addDays(-days)) + QLatin1Char('\''));
    // The UTC day of each cut-off, and the day after it, for member_recency's rows.
    struct DayMarks
    {
        const char *day, *next;
        int days;
    };
    const DayMarks dayMarks[] = {{":d180", ":n180", 180}, {":d90", ":n90", 90}, {":d60", ":n60", 60}};
    for (const DayMarks &m : dayMarks) {
        const QDate day = now.addDays(-m.days).toUTC().date();
        sql.replace(QLatin1String(m.day), QLatin1Char('\'') + Ids::dayText(day) + QLatin1Char('\''));
        sql.replace(QLatin1String(m.next),
                    QLatin1Char('\'') + Ids::dayText(day.addDays(1)) + QLatin1Char('\''));
    }
    return sql;
}

// Members seen since a cut-off: the whole days after it from member_recency (a row a day), the
// cut-off's own day from members_live_recency (a few thousand entries at a million members).
QString seenSince(const char *days, bool regularsOnly)
{
    return QStringLiteral("((SELECT coalesce(sum(members), 0) FROM member_recency WHERE day > :d%1%2) + "
                          "(SELECT count(*) FROM members m WHERE %3 AND m.last_visit_at >= :r%1 AND "
                          "m.last_visit_at < :n%1%4))")
        .arg(QLatin1String(days), regularsOnly ? QStringLiteral(" AND regular") : QString(),
             QLatin1String(kLive), regularsOnly ? QStringLiteral(" AND m.visits >= 10") : QString());
}
} // namespace

// Counted without reading every member: the live members from the running totals, those seen in
// each period from member_recency (schema v15) and the edge of the period from the index, and the few
// new members one by one, each moved from the segment it would have without the new rule.
Result<ReportService::Segments> ReportService::segments()
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    const QDateTime now = m_ctx.clock.nowUtc();
    auto seen = Sql::exec(
        m_ctx.db,
        bindSegmentTimes(QStringLiteral("SELECT (SELECT live FROM member_aggregates WHERE id = "
                                        "1), %1, %2, %3")
                             .arg(seenSince("180", false), seenSince("90", false), seenSince("60", true)),
                         now),
        {}, tr("The members cannot be read."));
    if (!seen)
        return seen.error();
    Segments out;
    if (!seen.value().next())
        return out;
    const qint64 live = seen->value(0).toLongLong(), in180 = seen->value(1).toLongLong();
    const qint64 in90 = seen->value(2).toLongLong(), champions = seen->value(3).toLongLong();
    out.counts[int(Segment::Lost)] = live - in180;
    out.counts[int(Segment::AtRisk)] = in180 - in90;
    out.counts[int(Segment::Champions)] = champions;
    out.counts[int(Segment::Active)] = in90 - champions;
    out.total = live;
    auto fresh
        = Sql::exec(m_ctx.db,
                    bindSegmentTimes(
                        QStringLiteral("SELECT %1, count(*) FROM members m WHERE %2 AND m.created_at >= :new "
                                       "GROUP BY 1")
                            .arg(segmentCase(false), QLatin1String(kLive)),
                        now),
                    {}, tr("The members cannot be read."));
    if (!fresh)
        return fresh.error();
    while (fresh.value().next()) {
        const qint64 n = fresh->value(1).toLongLong();
        out.counts[qBound(0, fresh->value(0).toInt(), 4)] -= n;
        out.counts[int(Segment::New)] += n;
    }
    return out;
}

Result<QVector<ReportService::ListMember>> ReportService::segmentMembers(Segment s, int limit)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    return membersWhere(
        m_ctx.db,
        bindSegmentTimes(QStringLiteral("%1 = %2").arg(segmentCase()).arg(int(s)), m_ctx.clock.nowUtc()),
        {limit}, [s](const ListMember &) { return segmentName(s); });
}

Result<QVector<ReportService::Cohort>> ReportService::cohorts(int months)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    const QDate today = m_ctx.clock.today();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(1 - months);
    const QString from = first.toString(QStringLiteral("yyyy-MM"));
    auto sizes = Sql::exec(
        m_ctx.db,
        QStringLiteral("SELECT cohort, members FROM cohort_sizes WHERE cohort >= ? ORDER BY cohort"), {from},
        tr("The cohorts cannot be read."));
    if (!sizes)
        return sizes.error();
    QVector<Cohort> out;
    QHash<QString, int> index;
    while (sizes.value().next()) {
        Cohort c;
        c.month = QDate::fromString(sizes->value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        c.size = sizes->value(1).toLongLong();
        const int span = int((today.year() - c.month.year()) * 12 + today.month() - c.month.month()) + 1;
        c.active.fill(0, qMax(1, span));
        index.insert(sizes->value(0).toString(), int(out.size()));
        out << c;
    }
    auto active = Sql::exec(
        m_ctx.db, QStringLiteral("SELECT cohort, month, members FROM cohort_activity WHERE cohort >= ?"),
        {from}, tr("The cohorts cannot be read."));
    if (!active)
        return active.error();
    while (active.value().next()) {
        const auto it = index.constFind(active->value(0).toString());
        if (it == index.cend())
            continue;
        Cohort &c = out[*it];
        const QDate m = QDate::fromString(active->value(1).toString() + QStringLiteral("-01"), Qt::ISODate);
        const int k = int((m.year() - c.month.year()) * 12 + m.month() - c.month.month());
        if (k >= 0 && k < c.active.size())
            c.active[k] = active->value(2).toLongLong();
    }
    return out;
}

Result<qint64> ReportService::exportCsv(const QVector<ListMember> &list, Channel channel, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Storage, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    const QChar d = QLatin1Char(',');
    auto line = [&](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << ExportService::cell(c, d);
        file.write((quoted.join(d) + QStringLiteral("\r\n")).toUtf8());
    };
    file.write("\xEF\xBB\xBF");
    line({QStringLiteral("Name"),
          channel == Channel::Sms ? QStringLiteral("Phone") : QStringLiteral("E-mail"), QStringLiteral("Why"),
          QStringLiteral("Points")});
    qint64 rows = 0;
    for (const ListMember &m : list) {
        // Consent is per channel: a member who agreed to e-mail only is never in an SMS list.
        const bool allowed = channel == Channel::Sms ? m.smsConsent && !m.phone.isEmpty()
                                                     : m.emailConsent && !m.email.isEmpty();
        if (!allowed)
            continue;
        line({m.name, channel == Channel::Sms ? m.phone : m.email, m.detail,
              QString::number(m.pointsBalance)});
        ++rows;
    }
    if (!file.commit())
        return makeError(Error::Storage, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return rows;
}
