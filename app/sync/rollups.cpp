#include "applier.h"
#include "auditservice.h"

#include <array>
#include <limits>

namespace syncimpl {

namespace {

// Counting only the refund lines up to a line id: what was given back before this batch, or by now.
const char *const kUnitsLeft
    = "SELECT COALESCE(SUM(l.quantity), 0) - COALESCE((SELECT SUM(r.quantity) FROM purchase_lines r "
      "JOIN purchase_lines o ON o.id = r.refund_of_line WHERE o.purchase_id = ? AND r.id <= ?), 0) "
      "FROM purchase_lines l WHERE l.purchase_id = ?";

} // namespace

// A sale counts for its member's visits and spending as the till counted it (CheckoutService,
// RefundService): sign +1 when the purchase arrives, -1 when a merge moves it away. The sums go to
// the members once, in finish().
Result<void> Applier::addSale(qint64 member, bool sale, qint64 total, const QString &at, qint64 refundOf,
                              int sign)
{
    if (member == 0)
        return {};
    Totals &t = m_totals[member];
    t.spentMinor += (sale ? total : -total) * sign;
    if (sale) {
        t.visits += sign;
        if (sign > 0 && at > t.lastVisit)
            t.lastVisit = at;
    } else if (refundOf != 0 && sign > 0 && !m_refunded.contains(refundOf)) {
        // Whether the sale was given back whole by this batch: finish() looks, once the lines are in.
        m_refunded.insert(refundOf, member);
    }
    return {};
}

// A sale that was here before the batch is in the buyers' sets (buyer_days, schema v14) under its
// member: out of them before a merge moves it (sign -1), back in under the new member after (+1).
// Those of this batch go in with rollups(), under the member they have by then; the triggers that
// would move them stand aside while a batch applies.
Result<void> Applier::moveBuyer(qint64 purchaseId, int sign)
{
    if (purchaseId <= m_marks.purchases) {
        const char *const sql = sign < 0
            ? "UPDATE buyer_days SET members = buyers_add(members, p.member_id & 8191, -1) FROM purchases p "
              "WHERE p.id = ? AND p.kind = 'sale' AND p.member_id IS NOT NULL AND buyer_days.business_day "
              "= p.business_day AND buyer_days.origin_terminal = p.origin_terminal AND buyer_days.chunk = "
              "p.member_id >> 13"
            : "INSERT INTO buyer_days (business_day, origin_terminal, chunk, members) SELECT business_day, "
              "origin_terminal, member_id >> 13, buyers_add(NULL, member_id & 8191, 1) FROM purchases WHERE "
              "id = ? AND kind = 'sale' AND member_id IS NOT NULL ON CONFLICT (business_day, "
              "origin_terminal, chunk) DO UPDATE SET members = buyers_union(members, excluded.members)";
        auto q = run(QLatin1String(sql), {purchaseId});
        if (!q)
            return m_error;
    }
    return {};
}

Result<void> Applier::saleTotals(qint64 purchaseId, int sign)
{
    auto q = run(QStringLiteral("SELECT member_id, kind, total_minor, created_at, refund_of FROM purchases "
                                "WHERE id = ?"),
                 {purchaseId});
    if (!q)
        return m_error;
    if (!q->next())
        return {};
    const qint64 member = q->value(0).toLongLong();
    const bool sale = q->value(1).toString() == QLatin1String("sale");
    const qint64 total = q->value(2).toLongLong();
    const QString at = q->value(3).toString();
    const qint64 refundOf = q->value(4).toLongLong();
    q->finish();
    return addSale(member, sale, total, at, refundOf, sign);
}

// A statement whose trigger writes elsewhere is several writes: SQLite keeps a statement journal
// for it, page copies for each row, and that cost the import more than the rows themselves. The
// insert triggers of the tables a batch brings rows for only note rows for the outbox (which an
// import must not), keep the rollups and the members' full-text index (which finish() brings up to
// date set-wise), so they stand aside while a batch applies and are put back, as they were, in the
// same transaction (triggersSetAside()).
Result<void> Applier::setTriggersAside()
{
    const QString what = tr("The sync batch cannot be applied.");
    Statement st(m_ctx.db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
    if (!st.ok())
        return st.error(what);
    for (const QString &name : triggersSetAside()) {
        const QByteArray n = name.toUtf8();
        st.bindText(1, n);
        const Statement::Step step = st.step();
        if (step == Statement::Step::Row)
            m_setAside.emplace_back(n, st.text(1).toByteArray());
        st.reset();
        if (step == Statement::Step::Failed)
            return st.error(what);
    }
    for (const auto &[name, sql] : m_setAside)
        if (auto r = Statement::execute(m_ctx.db, "DROP TRIGGER \"" + name + '"', what); !r)
            return r;
    return {};
}

Result<void> Applier::restoreTriggers()
{
    for (const auto &trigger : m_setAside)
        if (auto r = Statement::execute(m_ctx.db, trigger.second, tr("The sync batch cannot be applied."));
            !r)
            return r;
    m_setAside.clear();
    return {};
}

// What the triggers set aside would have added to the rollups of schema v7 (0007_feedback_rollups.sql)
// for the rows of this batch: the same expressions, set-wise, in the same transaction.
Result<void> Applier::rollups()
{
    // The batch's sales are read from the sales table once, into a narrow table in memory that the
    // daily sales and the member months below read (dropped in finish()).
    const std::pair<const char *, QVariantList> steps[] = {
        {"DROP TABLE IF EXISTS temp.sync_batch_sales", {}},
        {"CREATE TEMP TABLE sync_batch_sales (id INTEGER PRIMARY KEY, member_id INTEGER, kind TEXT, "
         "business_day TEXT, origin_terminal TEXT, total_minor INTEGER, discount_minor INTEGER, "
         "points_paid_minor INTEGER)",
         {}},
        {"INSERT INTO temp.sync_batch_sales SELECT id, member_id, kind, business_day, origin_terminal, "
         "total_minor, discount_minor, points_paid_minor FROM purchases NOT INDEXED WHERE id > ?",
         {m_marks.purchases}},
        {"INSERT INTO daily_sales (business_day, origin_terminal, sales, refunds, revenue_minor, "
         "member_sales, member_revenue_minor, discount_minor, points_paid_minor) "
         "SELECT business_day, origin_terminal, SUM(kind = 'sale'), SUM(kind = 'refund'), "
         "SUM(CASE kind WHEN 'sale' THEN total_minor ELSE -total_minor END), "
         "SUM(kind = 'sale' AND member_id IS NOT NULL), "
         "SUM(CASE WHEN member_id IS NULL THEN 0 WHEN kind = 'sale' THEN total_minor ELSE -total_minor END), "
         "SUM(CASE kind WHEN 'sale' THEN discount_minor ELSE -discount_minor END), "
         "SUM(CASE kind WHEN 'sale' THEN points_paid_minor ELSE -points_paid_minor END) "
         "FROM temp.sync_batch_sales WHERE true GROUP BY business_day, origin_terminal "
         "ON CONFLICT (business_day, origin_terminal) DO UPDATE SET "
         "sales = sales + excluded.sales, refunds = refunds + excluded.refunds, "
         "revenue_minor = revenue_minor + excluded.revenue_minor, "
         "member_sales = member_sales + excluded.member_sales, "
         "member_revenue_minor = member_revenue_minor + excluded.member_revenue_minor, "
         "discount_minor = discount_minor + excluded.discount_minor, "
         "points_paid_minor = points_paid_minor + excluded.points_paid_minor",
         {}},
        // Who bought on which day (schema v14): the batch's sets, added to those already here.
        {"INSERT INTO buyer_days (business_day, origin_terminal, chunk, members) "
         "SELECT business_day, origin_terminal, member_id >> 13, buyers_agg(member_id & 8191) "
         "FROM temp.sync_batch_sales WHERE kind = 'sale' AND member_id IS NOT NULL GROUP BY 1, 2, 3 "
         "ON CONFLICT (business_day, origin_terminal, chunk) DO UPDATE SET "
         "members = buyers_union(members, excluded.members)",
         {}},
        {"INSERT INTO daily_points (business_day, kind, points) "
         "SELECT date(created_at, 'localtime'), kind, SUM(points) FROM points_ledger NOT INDEXED "
         "WHERE id > ? GROUP BY 1, 2 "
         "ON CONFLICT (business_day, kind) DO UPDATE SET points = points + excluded.points",
         {m_marks.ledger}},
        // What the batch's allocations took from each lot (schema v16), by the lot's member.
        {"INSERT INTO points_lot_spent (member_id, lot_id, points) "
         "SELECT l.member_id, a.lot_id, SUM(a.points) FROM points_allocations a JOIN points_ledger l "
         "ON l.id = a.lot_id WHERE a.id > ? GROUP BY a.lot_id "
         "ON CONFLICT (member_id, lot_id) DO UPDATE SET points = points + excluded.points",
         {m_marks.allocations}},
        {"INSERT INTO cohort_sizes (cohort, members) "
         "SELECT substr(date(created_at, 'localtime'), 1, 7), count(*) FROM members NOT INDEXED WHERE id > ? "
         "GROUP BY 1 ON CONFLICT (cohort) DO UPDATE SET members = members + excluded.members",
         {m_marks.members}},
        {"INSERT INTO member_fts (rowid, search_text) SELECT id, search_text FROM members NOT INDEXED "
         "WHERE id > ?",
         {m_marks.members}},
        // The months in which a member bought for the first time with this batch: each counts once
        // in its cohort's activity.
        {"DROP TABLE IF EXISTS temp.sync_new_months", {}},
        {"CREATE TEMP TABLE sync_new_months (member_id INTEGER, month TEXT, PRIMARY KEY (member_id, month)) "
         "WITHOUT ROWID",
         {}},
        {"INSERT OR IGNORE INTO temp.sync_new_months SELECT member_id, substr(business_day, 1, 7) "
         "FROM temp.sync_batch_sales WHERE kind = 'sale' AND member_id IS NOT NULL",
         {}},
        {"DELETE FROM temp.sync_new_months AS n WHERE EXISTS "
         "(SELECT 1 FROM member_months m WHERE m.member_id = n.member_id AND m.month = n.month)",
         {}},
        {"INSERT INTO member_months (member_id, month) SELECT member_id, month FROM temp.sync_new_months",
         {}},
        {"INSERT INTO cohort_activity (cohort, month, members) "
         "SELECT substr(date(m.created_at, 'localtime'), 1, 7), n.month, count(*) FROM temp.sync_new_months "
         "n "
         "JOIN members m ON m.id = n.member_id GROUP BY 1, 2 "
         "ON CONFLICT (cohort, month) DO UPDATE SET members = members + excluded.members",
         {}},
        {"DROP TABLE temp.sync_new_months", {}},
    };
    // Members who were here before: out of the index as it held them, back in as they are now.
    for (auto it = m_searchWas.cbegin(); it != m_searchWas.cend(); ++it) {
        if (!run(QStringLiteral(
                     "INSERT INTO member_fts (member_fts, rowid, search_text) VALUES ('delete', ?, ?)"),
                 {it.key(), it.value()})
            || !run(QStringLiteral("INSERT INTO member_fts (rowid, search_text) "
                                   "SELECT id, search_text FROM members WHERE id = ?"),
                    {it.key()}))
            return m_error;
    }
    for (const auto &[sql, values] : steps) {
        auto q = run(QLatin1String(sql), values);
        if (!q)
            return m_error;
        q->finish();
    }
    // The members' running totals: the batch's new members, as they are before finish() adds to them.
    return MemberTotals(m_ctx.db).countNewMembers();
}

// The refund that returned the last unit of its sale takes the visit back, as RefundService does:
// the units left counting the refund lines that were here before the batch, and counting all.
Result<void> Applier::refundedWhole()
{
    for (auto it = m_refunded.cbegin(); it != m_refunded.cend(); ++it) {
        bool whole[2] = {false, false};
        const qint64 through[2] = {m_marks.lines, std::numeric_limits<qint64>::max()};
        for (int i = 0; i < 2; ++i) {
            auto q = run(QLatin1String(kUnitsLeft), {it.key(), through[i], it.key()});
            if (!q)
                return m_error;
            whole[i] = q->next() && q->value(0).toLongLong() <= 0;
            q->finish();
        }
        if (whole[1] && !whole[0])
            m_totals[it.value()].visits -= 1;
    }
    return {};
}

// Visits, spending, last visit and balance for all the members the batch touched, through the one
// writer of members' totals. Two terminals that spent the same points while apart leave a balance
// below zero, as the ledger says, and a manager finds the member in the "Balances below zero" list.
Result<void> Applier::memberTotals()
{
    auto overdrawn = MemberTotals(m_ctx.db).addAll(m_totals);
    if (!overdrawn)
        return overdrawn.error();
    for (const MemberTotals::Overdrawn &o : std::as_const(overdrawn.value())) {
        m_summary.overdrawn << o.memberId;
        if (auto r
            = audit(QStringLiteral("sync.overdraft"), QStringLiteral("member"), QString::number(o.memberId),
                    QJsonObject {{QStringLiteral("points_balance"), o.before}},
                    QJsonObject {{QStringLiteral("points_balance"), o.after}});
            !r)
            return r;
    }
    return {};
}

Result<void> Applier::finish(StepClock &steps)
{
    if (auto r = rollups(); !r)
        return r;
    if (auto r = restoreTriggers(); !r)
        return r;
    steps.done("rollups and search index");
    if (auto r = refundedWhole(); !r)
        return r;
    if (auto r = memberTotals(); !r)
        return r;
    if (!run(QStringLiteral("DROP TABLE temp.sync_batch_sales"), {}))
        return m_error;
    steps.done("members' totals and balances");
    return {};
}

} // namespace syncimpl
