#include "integritycheck.h"

#include "auditservice.h"
#include "ids.h"
#include "membertotals.h"
#include "repositories.h"
#include "terminalservice.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
// This file's strings translate in the context "IntegrityCheck" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
};
} // namespace

// The running totals the points and members reports read, against the members they add up.
Result<void> IntegrityCheck::checkAggregates(IntegrityReport &report)
{
    MemberTotals totals(m_db);
    auto kept = totals.keptAggregates();
    if (!kept)
        return kept.error();
    auto summed = totals.summedAggregates();
    if (!summed)
        return summed.error();
    const MemberTotals::Aggregates &k = kept.value(), &s = summed.value();
    if (k.points != s.points)
        report.problems << Text::tr("The points outstanding are kept as %1 but the members' balances add up "
                                    "to %2; the points report would be wrong.")
                               .arg(k.points)
                               .arg(s.points);
    if (k.spentMinor != s.spentMinor || k.buyers != s.buyers)
        report.problems << Text::tr("The members' spending is kept as %1 by %2 buyers but the members add "
                                    "up to %3 by %4; the lifetime value would be wrong.")
                               .arg(k.spentMinor)
                               .arg(k.buyers)
                               .arg(s.spentMinor)
                               .arg(s.buyers);
    if (k.live != s.live)
        report.problems << Text::tr("%1 members are counted as current but there are %2; the segments "
                                    "would be wrong.")
                               .arg(k.live)
                               .arg(s.live);
    auto recency = totals.recencyDifferences();
    if (!recency)
        return recency.error();
    for (auto it = recency->cbegin(); it != recency->cend(); ++it)
        report.problems << Text::tr("%1 members are counted as last seen on %2 but there are %3; the "
                                    "segments would be wrong.")
                               .arg(
                                   QLocale().toString(it.value().first),
                                   QLocale().toString(Ids::fromDayText(it.key().first), QLocale::ShortFormat),
                                   QLocale().toString(it.value().second));
    return {};
}

Result<IntegrityReport> IntegrityCheck::run()
{
    IntegrityReport report;
    if (auto r = m_db.integrityCheck(false); !r) {
        if (r.error().kind != Error::Corrupt)
            return r.error();
        report.problems << r.error().message + QLatin1Char(' ') + r.error().detail;
    }
    QSqlQuery fk(m_db.connection());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        int n = 0;
        while (fk.next())
            ++n;
        if (n > 0)
            report.problems << Text::tr("%1 rows point at rows that do not exist.").arg(n);
    }
    auto mismatches = LedgerRepository(m_db).balanceMismatches();
    if (!mismatches)
        return mismatches.error();
    for (const auto &m : mismatches.value())
        report.problems << Text::tr("Member %1 shows a balance of %2 points but the ledger adds up to %3.")
                               .arg(m.memberId)
                               .arg(m.cached)
                               .arg(m.ledger);
    if (auto r = checkAggregates(report); !r)
        return r.error();
    // A figure that should be zero: what the file says it is (a query that fails finds nothing).
    auto countOf = [this](const char *sql) -> qint64 {
        QSqlQuery q(m_db.connection());
        return q.exec(QString::fromUtf8(sql)) && q.next() ? q.value(0).toLongLong() : 0;
    };
    // The reports' rollups against the rows they count (kept by triggers; a hand edit of the file, or
    // a dropped trigger, would make the reports lie quietly).
    if (const qint64 days
        = countOf("SELECT count(*) FROM (SELECT business_day, origin_terminal, SUM(kind = 'sale') AS s, "
                  "SUM(CASE kind WHEN 'sale' THEN total_minor ELSE -total_minor END) AS r FROM purchases "
                  "GROUP BY 1, 2) p LEFT JOIN daily_sales d USING (business_day, origin_terminal) "
                  "WHERE d.sales IS NOT p.s OR d.revenue_minor IS NOT p.r");
        days > 0)
        report.problems << Text::tr("The daily sales figures disagree with the sales on %1 days; the reports "
                                    "would be wrong there.")
                               .arg(days);
    // The buyers' sets (schema v14) against the sales: the same sets made again, day by day.
    if (const qint64 days = countOf(
            "SELECT count(DISTINCT COALESCE(p.business_day, b.business_day)) FROM (SELECT business_day, "
            "origin_terminal, member_id >> 13 AS chunk, buyers_agg(member_id & 8191) AS members FROM "
            "purchases WHERE kind = 'sale' AND member_id IS NOT NULL GROUP BY 1, 2, 3) p FULL JOIN (SELECT * "
            "FROM buyer_days WHERE members != x'') b USING (business_day, origin_terminal, chunk) WHERE "
            "p.members IS NOT b.members");
        days > 0)
        report.problems << Text::tr("The record of who bought on which day disagrees with the sales (days "
                                    "affected: %1); the members report would be wrong for them.")
                               .arg(QLocale().toString(days));
    if (const qint64 off = countOf("SELECT (SELECT COALESCE(SUM(points), 0) FROM points_ledger) - "
                                   "(SELECT COALESCE(SUM(points), 0) FROM daily_points)");
        off != 0)
        report.problems
            << Text::tr("The daily points figures disagree with the points ledger by %1 points.").arg(off);
    // What each lot gave (schema v16) against its allocations, lot by lot: a lot whose sum is off
    // would be spent twice, or never, and expire wrong. The allocations go by lot id, and so their
    // lots' rows in the ledger; then by member (LIMIT -1 keeps the ORDER BY), the order of the sums.
    if (const qint64 lots = countOf(
            "SELECT count(*) FROM (SELECT l.member_id, a.lot_id, a.points FROM (SELECT lot_id, SUM(points) "
            "AS points FROM points_allocations GROUP BY lot_id) a JOIN points_ledger l ON l.id = a.lot_id "
            "ORDER BY l.member_id, a.lot_id LIMIT -1) x FULL JOIN points_lot_spent s ON s.member_id = "
            "x.member_id AND s.lot_id = x.lot_id WHERE x.points IS NOT s.points");
        lots > 0)
        report.problems << Text::tr("%1 lots of points do not match their allocations; members' points and "
                                    "their expiry would be wrong.")
                               .arg(QLocale().toString(lots));
    // The audit trail: every terminal's chain, and this terminal's newest line against its head.
    // The file's own check, as its owner: it says only whether the chain holds, never a line of it.
    if (auto terminal = TerminalService(m_db, Clock::system()).local()) {
        ServiceContext ctx(m_db, Clock::system(), terminal.value(), Actor::machineOwner());
        auto chain = AuditService(ctx).verifyChain();
        if (!chain)
            return chain.error();
        if (!chain->ok)
            report.problems << chain->message;
    }
    return report;
}
