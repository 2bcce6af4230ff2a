#include "reportservice.h"

#include "exportservice.h"
#include "i18n.h"
#include "ids.h"
#include "money.h"
#include "offers.h"
#include "programservice.h"
#include "sqlexec.h"
#include "staffservice.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>
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
    auto b = Sql::exec(
        m_ctx.db,
        QStringLiteral("SELECT COALESCE(SUM(points_balance), 0) FROM members WHERE merged_into IS NULL"), {},
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
    auto count = [&](const QString &sql, const QVariantList &values) -> Result<qint64> {
        auto q = Sql::exec(m_ctx.db, sql, values, tr("The members cannot be read."));
        if (!q)
            return q.error();
        return q.value().next() ? q->value(0).toLongLong() : 0;
    };
    auto n
        = count(QStringLiteral("SELECT count(*) FROM members WHERE merged_into IS NULL AND created_at >= ? "
                               "AND created_at < ?"),
                {from, until});
    if (!n)
        return n.error();
    m.newMembers = n.value();

    QVariantList values {Ids::dayText(p.from), Ids::dayText(p.to)};
    const QString terminal = terminalClause(p, values);
    auto q = Sql::exec(
        m_ctx.db,
        QStringLiteral("SELECT count(*), SUM(n >= 2), SUM(n) FROM (SELECT member_id, count(*) AS n "
                       "FROM purchases WHERE business_day BETWEEN ? AND ? AND member_id IS NOT NULL "
                       "AND kind = 'sale'%1 GROUP BY member_id)")
            .arg(terminal),
        values, tr("The members cannot be read."));
    if (!q)
        return q.error();
    if (q.value().next()) {
        m.active = q->value(0).toLongLong();
        m.repeat = q->value(1).toLongLong();
        m.memberSales = q->value(2).toLongLong();
    }
    // Members who bought between two days; onlyNew: of those, the ones enrolled in the period.
    auto activeIn = [&](const QDate &a, const QDate &b, bool onlyNew) -> Result<qint64> {
        QVariantList v {Ids::dayText(a), Ids::dayText(b)};
        QString sql
            = QStringLiteral("SELECT count(DISTINCT p.member_id) FROM purchases p %1WHERE p.business_day "
                             "BETWEEN ? AND ? AND p.member_id IS NOT NULL AND p.kind = 'sale'")
                  .arg(onlyNew ? QStringLiteral("JOIN members m ON m.id = p.member_id ") : QString());
        sql += terminalClause(p, v, "p.origin_terminal");
        if (onlyNew) {
            sql += QStringLiteral(" AND m.created_at >= ? AND m.created_at < ?");
            v << from << until;
        }
        return count(sql, v);
    };
    const QDate endWindow = qMax(p.from, p.to.addDays(1 - kActiveDays));
    auto s = activeIn(p.from.addDays(-kActiveDays), p.from.addDays(-1), false);
    auto e = activeIn(endWindow, p.to, false);
    auto nn = activeIn(endWindow, p.to, true);
    for (const auto *r : {&s, &e, &nn})
        if (!*r)
            return r->error();
    m.activeAtStart = s.value();
    m.activeAtEnd = e.value();
    m.newActiveAtEnd = nn.value();
    m.retentionBasisPoints = basisPoints(m.activeAtEnd - m.newActiveAtEnd, m.activeAtStart);
    if (m.retentionBasisPoints)
        m.churnBasisPoints = 10000 - *m.retentionBasisPoints;
    m.repeatRateBasisPoints = basisPoints(m.repeat, m.active);
    if (m.active > 0)
        m.averageVisitsHundredths = (200 * m.memberSales + m.active) / (2 * m.active);
    auto clv
        = Sql::exec(m_ctx.db,
                    QStringLiteral("SELECT COALESCE(SUM(total_spent_minor), 0), COALESCE(SUM(visits > 0), 0) "
                                   "FROM members WHERE merged_into IS NULL"),
                    {}, tr("The members cannot be read."));
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
// with what put them on the list.
Result<QVector<ReportService::ListMember>>
membersWhere(Database &db, const QString &condition, const QVariantList &values,
             const std::function<QString(const ReportService::ListMember &)> &detail)
{
    auto q = Sql::exec(
        db,
        QStringLiteral("SELECT %1 FROM members m WHERE %2 AND %3 ORDER BY m.total_spent_minor DESC "
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
                                   "m.birth_month * 100 + m.birth_day IN (%3)")
                        .arg(QLatin1String(kListColumns), QLatin1String(kLive), keys.join(QLatin1Char(','))),
                    {}, tr("The members cannot be read."));
    if (!q)
        return q.error();
    QVector<QPair<QDate, ListMember>> found;
    while (q.value().next()) {
        ListMember m = readListMember(q.value());
        const QDate d = when.value(q->value(9).toInt());
        m.detail = tr("birthday %1").arg(QLocale().toString(d, I18n::longDateFormat(QLocale(), false)));
        found.push_back({d, m});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QVector<ListMember> out;
    for (const auto &f : found)
        out << f.second;
    return out;
}

Result<QVector<ReportService::ListMember>> ReportService::expiringPoints(int days)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    const QDate today = m_ctx.clock.today();
    auto q = Sql::exec(
        m_ctx.db,
        QStringLiteral("SELECT %1, SUM(x.left), MIN(x.expires_on) FROM (SELECT l.member_id, l.expires_on, "
                       "l.points - COALESCE((SELECT SUM(a.points) FROM points_allocations a WHERE "
                       "a.lot_id = l.id), 0) AS left FROM points_ledger l WHERE l.expires_on BETWEEN ? "
                       "AND ? AND l.points > 0) x JOIN members m ON m.id = x.member_id WHERE x.left > 0 "
                       "AND %2 GROUP BY m.id ORDER BY MIN(x.expires_on), SUM(x.left) DESC LIMIT 1000")
            .arg(QLatin1String(kListColumns), QLatin1String(kLive)),
        {Ids::dayText(today), Ids::dayText(today.addDays(days))}, tr("The points cannot be read."));
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
        m_ctx.db, QStringLiteral("m.last_visit_at < ?"),
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
QString segmentCase()
{
    return QStringLiteral("CASE WHEN m.created_at >= :new THEN 0 "
                          "WHEN m.last_visit_at IS NULL OR m.last_visit_at < :r180 THEN 4 "
                          "WHEN m.last_visit_at < :r90 THEN 3 "
                          "WHEN m.last_visit_at >= :r60 AND m.visits >= 10 THEN 1 ELSE 2 END");
}

QString bindSegmentTimes(QString sql, const QDateTime &now)
{
    const QPair<const char *, int> marks[] = {{":new", 30}, {":r180", 180}, {":r90", 90}, {":r60", 60}};
    for (const auto &[mark, days] : marks)
        sql.replace(QLatin1String(mark),
                    QLatin1Char('\'') + Ids::utcText(now.addDays(-days)) + QLatin1Char('\''));
    return sql;
}
} // namespace

Result<ReportService::Segments> ReportService::segments()
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    auto q
        = Sql::exec(m_ctx.db,
                    bindSegmentTimes(QStringLiteral("SELECT %1, count(*) FROM members m WHERE %2 GROUP BY 1")
                                         .arg(segmentCase(), QLatin1String(kLive)),
                                     m_ctx.clock.nowUtc()),
                    {}, tr("The members cannot be read."));
    if (!q)
        return q.error();
    Segments out;
    while (q.value().next()) {
        const int s = qBound(0, q->value(0).toInt(), 4);
        out.counts[s] = q->value(1).toLongLong();
        out.total += out.counts[s];
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
