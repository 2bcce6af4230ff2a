// The generator's expiry: what a till that ran every day would have settled by the generator's today.
//
// ExpiryService::run, run once a day, writes for each member with lots whose expiry day is over one
// 'expire' entry taking what is left of them, one allocation per lot naming it, the member's balance
// less those points, an audit line 'points.expire' for the run and the setting expiry.done_through =
// that day. A till open every day therefore leaves one entry per member and expiry day, made on the
// day after (at midnight UTC here): that is what is written, set-wise, from the lots already in the
// file, so that the ledger's history (and daily_points, which the liability report reads) looks as
// it would at a real till. The generator writes no redemptions, so every lot is whole when it expires.

#include "generate.h"

#include "auditservice.h"
#include "clock.h"
#include "database.h"
#include "ids.h"
#include "records.h"
#include "repositories.h"

#include <QJsonObject>

namespace Bench {

namespace {

// bench_uuid(at, stream, n): a UUIDv7 for the moment `at` (UTC text) whose random bits are a function
// of the seed, the stream and n alone, so that the rows do not depend on the order SQLite makes them in.
void benchUuid(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto seed = *static_cast<const std::uint64_t *>(sqlite3_user_data(ctx));
    const std::int64_t ms = parseUtcMs(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])));
    Rng rng(mix(seed, std::uint64_t(sqlite3_value_int64(argv[2]))),
            std::uint64_t(sqlite3_value_int64(argv[1])));
    char uuid[37];
    formatUuidV7(uuid, ms, rng);
    sqlite3_result_text(ctx, uuid, 36, SQLITE_TRANSIENT);
}

// The moment the app settled a lot: midnight UTC after its expiry day.
constexpr const char *kSettledAt = "strftime('%Y-%m-%dT%H:%M:%fZ', e.expires_on, '+1 day')";

std::int64_t changes(sqlite3 *db)
{
    return std::int64_t(sqlite3_changes64(db));
}

// One audit line per day on which the app settled something, through the app's own AuditService so
// that the chain and its head are the app's.
std::int64_t auditTheRuns(Database &database, const TerminalRecord &terminal, sqlite3 *db)
{
    FixedClock clock(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    ServiceContext ctx(database, clock, terminal);
    Stmt days(db, "SELECT expires_on, count(*), sum(points) FROM temp.bench_expiry GROUP BY 1 ORDER BY 1");
    std::int64_t n = 0;
    while (sqlite3_step(days.get()) == SQLITE_ROW) {
        const QDate expired = QDate::fromString(
            QString::fromLatin1(reinterpret_cast<const char *>(sqlite3_column_text(days.get(), 0))),
            Qt::ISODate);
        const QDate ran = expired.addDays(1);
        clock.set(QDateTime(ran, QTime(0, 0), Qt::UTC));
        const QJsonObject after {{QStringLiteral("members"), sqlite3_column_int64(days.get(), 1)},
                                 {QStringLiteral("points"), sqlite3_column_int64(days.get(), 2)},
                                 {QStringLiteral("before"), Ids::dayText(ran)}};
        if (auto a = AuditService(ctx).record(QStringLiteral("points.expire"), QStringLiteral("ledger"), {},
                                              {}, after);
            !a)
            die(a.error().message.toStdString());
        ++n;
    }
    return n;
}

} // namespace

ExpirySettled settleExpiry(Database &database, const TerminalRecord &terminal, std::uint64_t seed,
                           std::int64_t today, std::int64_t firstEntryId)
{
    sqlite3 *db = database.handle();
    std::uint64_t uuidSeed = seed; // unregistered below, before it goes out of scope
    if (sqlite3_create_function_v2(db, "bench_uuid", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, &uuidSeed,
                                   benchUuid, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        die(std::string("cannot register bench_uuid: ") + sqlite3_errmsg(db));
    char todayText[11];
    formatDay(todayText, dayToYmd(today));
    const std::string origin = terminal.uuid.toStdString();
    ExpirySettled out;

    // One group per member and expiry day, numbered as the app would have numbered its entries: by day,
    // then by member (ExpiryService walks the members in order).
    execOrDie(db,
              "CREATE TEMP TABLE bench_expiry (expires_on TEXT NOT NULL, member_id INTEGER NOT NULL, "
              "entry_id INTEGER NOT NULL, points INTEGER NOT NULL, PRIMARY KEY (expires_on, member_id)) "
              "WITHOUT ROWID");
    Stmt(db,
         "INSERT INTO temp.bench_expiry SELECT expires_on, member_id, "
         "?1 - 1 + row_number() OVER (ORDER BY expires_on, member_id), sum(points) FROM points_ledger "
         "WHERE kind = 'earn' AND expires_on IS NOT NULL AND expires_on < ?2 GROUP BY expires_on, member_id")
        .integer(1, firstEntryId)
        .text(2, todayText)
        .run();
    out.entries = changes(db);

    Stmt(db,
         (std::string("INSERT INTO points_ledger (id, uuid, origin_terminal, member_id, kind, points, "
                      "reason, created_at) SELECT e.entry_id, bench_uuid(")
          + kSettledAt + ", 6, e.entry_id), ?1, e.member_id, 'expire', -e.points, 'Points expired', "
          + kSettledAt + " FROM temp.bench_expiry e ORDER BY e.entry_id")
             .c_str())
        .text(1, origin)
        .run();
    if (changes(db) != out.entries)
        die("the expire entries were not all written");

    // Each lot whole, in the order of its entry and then of the lot (the app's loop); what each lot
    // gave is written set-wise, as the expiry step does (schema v16), not by the allocation trigger.
    execOrDie(db, "INSERT OR IGNORE INTO points_lot_spent_direct VALUES (1)");
    Stmt(db,
         (std::string("INSERT INTO points_allocations (id, uuid, entry_id, lot_id, points) "
                      "SELECT row_number() OVER (ORDER BY e.entry_id, l.id), bench_uuid(")
          + kSettledAt
          + ", 7, l.id), e.entry_id, l.id, l.points FROM points_ledger l JOIN temp.bench_expiry e "
            "ON e.expires_on = l.expires_on AND e.member_id = l.member_id "
            "WHERE l.kind = 'earn' AND l.expires_on IS NOT NULL AND l.expires_on < ?1 "
            "ORDER BY e.entry_id, l.id")
             .c_str())
        .text(1, todayText)
        .run();
    out.lots = changes(db);
    Stmt(db,
         "INSERT INTO points_lot_spent (member_id, lot_id, points) SELECT member_id, id, points FROM "
         "points_ledger WHERE kind = 'earn' AND expires_on IS NOT NULL AND expires_on < ?1 ORDER BY "
         "member_id, id")
        .text(1, todayText)
        .run();
    if (changes(db) != out.lots)
        die("what the lots gave was not all written");
    execOrDie(db, "DELETE FROM points_lot_spent_direct");

    out.days = auditTheRuns(database, terminal, db);
    const QDateTime lastRun = QDateTime::fromMSecsSinceEpoch(today * 86400000, Qt::UTC);
    if (auto w = SettingsRepository(database).setValue(QStringLiteral("expiry.done_through"),
                                                       Ids::dayText(lastRun.date()), terminal.uuid, lastRun);
        !w)
        die(w.error().message.toStdString());
    execOrDie(db, "DROP TABLE temp.bench_expiry");
    sqlite3_create_function_v2(db, "bench_uuid", 3, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
    return out;
}

} // namespace Bench
