#include "membertotals.h"

#include "ids.h"
#include "sqlexec.h"
#include "sqlite/statement.h"
#include "sqlite/statementcache.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace {
// This file's strings translate in the context "Database" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// max() of two ISO texts in one format is the later moment; NULL when neither member came.
const char *const kLaterVisit = "last_visit_at = CASE WHEN last_visit_at IS NULL THEN ? "
                                "  WHEN ? IS NULL THEN last_visit_at ELSE max(last_visit_at, ?) END";

// Runs a bound cached statement that must change exactly one member, and resets it for the next use.
Result<void> updateOneMember(Statement &st, const QString &gone)
{
    const bool ran = st.ok() && st.run();
    const qint64 changed = st.changes();
    const Error failure = ran ? Error() : st.error(Text::tr("The member's balance cannot be updated."));
    st.reset();
    if (!ran)
        return failure;
    if (changed != 1)
        return makeError(Error::NotFound, gone);
    return {};
}
} // namespace

Result<void> MemberTotals::update(const QString &sql, const QVariantList &values, const char *missing)
{
    const auto q = Sql::exec(m_db, sql, values, Text::tr("The member's balance cannot be updated."));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(Error::NotFound, Text::tr(missing));
    return {};
}

Result<void> MemberTotals::countSale(qint64 memberId, qint64 pointsDelta, qint64 spentMinor,
                                     const QDateTime &at)
{
    // Every sale runs it: prepared once per connection.
    Statement &st = m_db.cache<StatementCache>().get(
        "UPDATE members SET points_balance = points_balance + ?, visits = visits + 1, "
        "total_spent_minor = total_spent_minor + ?, last_visit_at = ?, updated_at = ? WHERE id = ?");
    const QByteArray when = Ids::utcText(at).toUtf8();
    st.bind(1, pointsDelta);
    st.bind(2, spentMinor);
    st.bindText(3, when);
    st.bindText(4, when);
    st.bind(5, memberId);
    return updateOneMember(st, Text::tr("The member of this sale no longer exists."));
}

Result<void> MemberTotals::countRefund(qint64 memberId, qint64 pointsDelta, qint64 refundedMinor,
                                       bool wholeSale, const QDateTime &at)
{
    return addMerged(memberId, pointsDelta, wholeSale ? -1 : 0, -refundedMinor, QDateTime(), at);
}

Result<void> MemberTotals::addPoints(qint64 memberId, qint64 points, const QDateTime &at)
{
    // addMerged with no visit and nothing spent, as one cached statement: expiry runs it per member.
    Statement &st = m_db.cache<StatementCache>().get(
        "UPDATE members SET points_balance = points_balance + ?, updated_at = ? WHERE id = ?");
    const QByteArray when = Ids::utcText(at).toUtf8();
    st.bind(1, points);
    st.bindText(2, when);
    st.bind(3, memberId);
    return updateOneMember(st, Text::tr("The member no longer exists."));
}

Result<qint64> MemberTotals::addPointsOfEntriesAfter(qint64 afterEntry, const QDateTime &at)
{
    // The new entries by row id (NOT INDEXED: they are the table's last rows), each member's once.
    Statement &st = m_db.cache<StatementCache>().get(
        "UPDATE members SET points_balance = points_balance + e.points, updated_at = ? "
        "FROM (SELECT member_id, points FROM points_ledger NOT INDEXED WHERE id > ?) e WHERE members.id = "
        "e.member_id");
    const QByteArray when = Ids::utcText(at).toUtf8();
    st.bindText(1, when);
    st.bind(2, afterEntry);
    return st.runChanges(Text::tr("The member's balance cannot be updated."));
}

Result<void> MemberTotals::addMerged(qint64 memberId, qint64 points, qint64 visits, qint64 spentMinor,
                                     const QDateTime &lastVisit, const QDateTime &at)
{
    const QVariant last = Sql::timeOrNull(lastVisit);
    return update(
        QStringLiteral("UPDATE members SET points_balance = points_balance + ?, visits = visits + ?, "
                       "total_spent_minor = total_spent_minor + ?, %1, updated_at = ? WHERE id = ?")
            .arg(QLatin1String(kLaterVisit)),
        {points, visits, spentMinor, last, last, last, Ids::utcText(at), memberId},
        QT_TRANSLATE_NOOP("Database", "The member no longer exists."));
}

Result<void> MemberTotals::clear(qint64 memberId, const QDateTime &at)
{
    // The balance went to the other member through the ledger, and the visits and spend with it.
    return update(QStringLiteral("UPDATE members SET points_balance = 0, visits = 0, total_spent_minor = 0, "
                                 "updated_at = ? WHERE id = ?"),
                  {Ids::utcText(at), memberId},
                  QT_TRANSLATE_NOOP("Database", "The member no longer exists."));
}

Result<QList<MemberTotals::Overdrawn>> MemberTotals::addAll(const QHash<qint64, Delta> &deltas)
{
    const QString what = Text::tr("The member's balance cannot be updated.");
    QList<Overdrawn> out;
    if (deltas.isEmpty())
        return out;
    for (const char *sql :
         {"DROP TABLE IF EXISTS temp.member_totals_delta",
          "CREATE TEMP TABLE member_totals_delta (member_id INTEGER PRIMARY KEY, add_visits INTEGER NOT "
          "NULL, "
          "add_spent INTEGER NOT NULL, last_visit TEXT NOT NULL, add_points INTEGER NOT NULL)"}) {
        if (auto r = Statement::execute(m_db, sql, what); !r)
            return r.error();
    }
    // Dropped whichever way this ends: the temp table belongs to this call alone.
    const auto drop = qScopeGuard([this, &what] {
        (void)Statement::execute(m_db, "DROP TABLE IF EXISTS temp.member_totals_delta", what);
    });
    Statement insert(m_db, "INSERT INTO temp.member_totals_delta VALUES (?, ?, ?, ?, ?)");
    for (auto it = deltas.cbegin(); insert.ok() && it != deltas.cend(); ++it) {
        const Delta &d = it.value();
        const QByteArray last = d.lastVisit.toUtf8();
        insert.bind(1, it.key());
        insert.bind(2, d.visits);
        insert.bind(3, d.spentMinor);
        insert.bindText(4, last);
        insert.bind(5, d.points);
        if (insert.run())
            insert.reset();
    }
    if (!insert.ok())
        return insert.error(what);
    if (auto r = Statement::execute(
            m_db,
            "UPDATE members SET visits = visits + t.add_visits, "
            "total_spent_minor = total_spent_minor + t.add_spent, "
            "last_visit_at = CASE WHEN t.last_visit <> '' AND (last_visit_at IS NULL OR last_visit_at < "
            "t.last_visit) THEN t.last_visit ELSE last_visit_at END, "
            "points_balance = points_balance + t.add_points "
            "FROM temp.member_totals_delta AS t WHERE members.id = t.member_id",
            what);
        !r)
        return r.error();
    Statement below(m_db,
                    "SELECT m.id, m.points_balance - t.add_points, m.points_balance "
                    "FROM temp.member_totals_delta AS t JOIN members AS m ON m.id = t.member_id "
                    "WHERE m.points_balance < 0 AND m.points_balance - t.add_points >= 0 "
                    "ORDER BY m.id");
    while (below.ok() && below.step() == Statement::Step::Row)
        out.append({below.int64(0), below.int64(1), below.int64(2)});
    if (!below.ok())
        return below.error(what);
    return out;
}

namespace {
// The contribution of a set of members to the running totals, the triggers' expressions summed.
const char *const kAggregateSums
    = "COALESCE(SUM(CASE WHEN merged_into IS NULL THEN points_balance ELSE 0 END), 0) AS p, "
      "COALESCE(SUM(CASE WHEN merged_into IS NULL THEN total_spent_minor ELSE 0 END), 0) AS s, "
      "COALESCE(SUM(merged_into IS NULL AND visits > 0), 0) AS b, "
      "COALESCE(SUM(merged_into IS NULL AND erased_at IS NULL), 0) AS l";

Result<MemberTotals::Aggregates> readAggregates(Database &db, const QString &sql)
{
    auto q = Sql::exec(db, sql, {}, Text::tr("The members' running totals cannot be read."));
    if (!q)
        return q.error();
    MemberTotals::Aggregates a;
    if (q->next())
        a = {q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
             q->value(3).toLongLong()};
    return a;
}
} // namespace

Result<MemberTotals::Aggregates> MemberTotals::keptAggregates()
{
    return readAggregates(
        m_db, QStringLiteral("SELECT points, spent_minor, buyers, live FROM member_aggregates WHERE id = 1"));
}

Result<MemberTotals::Aggregates> MemberTotals::summedAggregates()
{
    return readAggregates(m_db, QStringLiteral("SELECT %1 FROM members").arg(QLatin1String(kAggregateSums)));
}

namespace {
// The current members with a visit, counted per day of their last visit and regular mark
// (member_recency, schema v15); `where` narrows the members further.
QString recencyCounts(const char *where)
{
    return QStringLiteral(
               "SELECT substr(last_visit_at, 1, 10) AS day, visits >= 10 AS regular, count(*) AS n "
               "FROM members WHERE erased_at IS NULL AND merged_into IS NULL AND last_visit_at IS "
               "NOT NULL%1 GROUP BY 1, 2")
        .arg(QLatin1String(where));
}

// Adds the members `where` picks to the running totals and to the last visits' counts, and counts
// through the highest of them. The counts first: the totals' update moves counted_through.
Result<void> addAggregates(Database &db, const char *where)
{
    const QString cannot = Text::tr("The members' running totals cannot be updated.");
    const QString recency = QStringLiteral("INSERT INTO member_recency (day, regular, members) SELECT day, "
                                           "regular, n FROM (%1) WHERE true ON CONFLICT (day, regular) DO "
                                           "UPDATE SET members = members + excluded.members")
                                .arg(recencyCounts(where));
    if (const auto q = Sql::exec(db, recency, {}, cannot); !q)
        return q.error();
    const QString sql
        = QStringLiteral(
              "UPDATE member_aggregates AS a SET points = a.points + n.p, spent_minor = "
              "a.spent_minor + n.s, buyers = a.buyers + n.b, live = a.live + n.l, counted_through "
              "= n.top_id FROM (SELECT %1, MAX(id) AS top_id FROM members WHERE true%2) AS n WHERE a.id = 1 "
              "AND n.top_id IS NOT NULL")
              .arg(QLatin1String(kAggregateSums), QLatin1String(where));
    if (const auto q = Sql::exec(db, sql, {}, cannot); !q)
        return q.error();
    return {};
}
} // namespace

Result<QMap<MemberTotals::RecencyKey, QPair<qint64, qint64>>> MemberTotals::recencyDifferences()
{
    // Rows kept and rows counted, side by side: the days where they differ.
    auto q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT day, regular, sum(k), sum(c) FROM (SELECT day, regular, members AS k, 0 AS c FROM "
            "member_recency UNION ALL SELECT day, regular, 0, n FROM (%1)) GROUP BY 1, 2 HAVING "
            "sum(k) <> sum(c)")
            .arg(recencyCounts(" AND id <= (SELECT counted_through FROM member_aggregates WHERE id = 1)")),
        {}, Text::tr("The members' running totals cannot be read."));
    if (!q)
        return q.error();
    QMap<RecencyKey, QPair<qint64, qint64>> out;
    while (q->next())
        out.insert({q->value(0).toString(), q->value(1).toBool()},
                   {q->value(2).toLongLong(), q->value(3).toLongLong()});
    return out;
}

Result<void> MemberTotals::countNewMembers()
{
    return addAggregates(m_db, " AND id > (SELECT counted_through FROM member_aggregates WHERE id = 1)");
}

Result<void> MemberTotals::recountAggregates()
{
    // From nothing, then every member.
    if (auto r = Statement::execute(m_db,
                                    "UPDATE member_aggregates SET points = 0, spent_minor = 0, buyers = 0, "
                                    "live = 0, counted_through = 0",
                                    Text::tr("The members' running totals cannot be updated."));
        !r)
        return r;
    if (auto r = Statement::execute(m_db, "DELETE FROM member_recency",
                                    Text::tr("The members' running totals cannot be updated."));
        !r)
        return r;
    return addAggregates(m_db, "");
}
