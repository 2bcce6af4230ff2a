#include "membertotals.h"

#include "ids.h"
#include "sqlexec.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace {
// This file's strings translate in the context "Database" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// max() of two ISO texts in one format is the later moment; NULL when neither member came.
const char *const kLaterVisit = "last_visit_at = CASE WHEN last_visit_at IS NULL THEN ? "
                                "  WHEN ? IS NULL THEN last_visit_at ELSE max(last_visit_at, ?) END";
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
    const QString when = Ids::utcText(at);
    return update(
        QStringLiteral("UPDATE members SET points_balance = points_balance + ?, visits = visits + 1, "
                       "total_spent_minor = total_spent_minor + ?, last_visit_at = ?, updated_at = ? "
                       "WHERE id = ?"),
        {pointsDelta, spentMinor, when, when, memberId},
        QT_TRANSLATE_NOOP("Database", "The member of this sale no longer exists."));
}

Result<void> MemberTotals::countRefund(qint64 memberId, qint64 pointsDelta, qint64 refundedMinor,
                                       bool wholeSale, const QDateTime &at)
{
    return addMerged(memberId, pointsDelta, wholeSale ? -1 : 0, -refundedMinor, QDateTime(), at);
}

Result<void> MemberTotals::addPoints(qint64 memberId, qint64 points, const QDateTime &at)
{
    return addMerged(memberId, points, 0, 0, QDateTime(), at);
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
    sqlite3 *db = m_db.handle();
    auto fail = [&](int rc) {
        return Database::storageErrorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(db)), what);
    };
    auto script = [&](const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); };
    int rc = script(
        "DROP TABLE IF EXISTS temp.member_totals_delta; "
        "CREATE TEMP TABLE member_totals_delta (member_id INTEGER PRIMARY KEY, add_visits INTEGER "
        "NOT NULL, add_spent INTEGER NOT NULL, last_visit TEXT NOT NULL, add_points INTEGER NOT NULL)");
    if (rc != SQLITE_OK)
        return fail(rc);
    sqlite3_stmt *st = nullptr;
    rc = sqlite3_prepare_v2(db, "INSERT INTO temp.member_totals_delta VALUES (?, ?, ?, ?, ?)", -1, &st,
                            nullptr);
    for (auto it = deltas.cbegin(); rc == SQLITE_OK && it != deltas.cend(); ++it) {
        const Delta &d = it.value();
        const QByteArray last = d.lastVisit.toUtf8();
        sqlite3_bind_int64(st, 1, it.key());
        sqlite3_bind_int64(st, 2, d.visits);
        sqlite3_bind_int64(st, 3, d.spentMinor);
        sqlite3_bind_text(st, 4, last.constData(), int(last.size()), SQLITE_STATIC);
        sqlite3_bind_int64(st, 5, d.points);
        rc = sqlite3_step(st);
        sqlite3_reset(st);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_OK)
        rc = script(
            "UPDATE members SET visits = visits + t.add_visits, "
            "total_spent_minor = total_spent_minor + t.add_spent, "
            "last_visit_at = CASE WHEN t.last_visit <> '' AND (last_visit_at IS NULL OR last_visit_at < "
            "t.last_visit) THEN t.last_visit ELSE last_visit_at END, "
            "points_balance = points_balance + t.add_points "
            "FROM temp.member_totals_delta AS t WHERE members.id = t.member_id");
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(db,
                                "SELECT m.id, m.points_balance - t.add_points, m.points_balance "
                                "FROM temp.member_totals_delta AS t JOIN members AS m ON m.id = t.member_id "
                                "WHERE m.points_balance < 0 AND m.points_balance - t.add_points >= 0 "
                                "ORDER BY m.id",
                                -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            out.append(
                {sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2)});
        sqlite3_finalize(st);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    const int dropped = script("DROP TABLE IF EXISTS temp.member_totals_delta");
    if (rc != SQLITE_OK)
        return fail(rc);
    if (dropped != SQLITE_OK)
        return fail(dropped);
    return out;
}
