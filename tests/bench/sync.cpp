// loyalty-bench-sync: a sync batch out of a generated file and into a new terminal, timed.
//
//   loyalty-bench-sync --db FILE [--work DIR] [--import-only] [--journal log]
//
// Copies FILE (the export acknowledges what it wrote, so the original stays as generated), exports
// everything waiting as a batch, then imports the batch into a freshly initialised terminal. Prints the
// rows per second of each step and of the points ledger alone, and the same ledger work done by raw
// SQLite (json_object out, json_extract in, the same uuid lookups) for the ratio. The targets:
// export >= 200k ledger rows/s, import >= 100k rows/s.

#include "benchcommon.h"

#include "clock.h"
#include "database.h"
#include "syncservice.h"
#include "terminalservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace Bench;

namespace {

double perSecond(qint64 rows, qint64 ns)
{
    return ns > 0 ? double(rows) * 1e9 / double(ns) : 0;
}

// Raw SQLite: the ledger rows as JSON lines, with the member's and the sale's uuids, to a file.
qint64 rawExportLedger(const QString &dbPath, const QString &out, qint64 *rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK)
        die("cannot open " + dbPath.toStdString());
    FILE *f = std::fopen(QFile::encodeName(out).constData(), "wb");
    if (!f)
        die("cannot write " + out.toStdString());
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *st = nullptr;
    const char *sql
        = "SELECT json_object('uuid', l.uuid, 'origin_terminal', l.origin_terminal, "
          "'member', (SELECT uuid FROM members m WHERE m.id = l.member_id), 'kind', l.kind, "
          "'points', l.points, 'purchase', (SELECT uuid FROM purchases p WHERE p.id = l.purchase_id), "
          "'expires_on', l.expires_on, 'reason', l.reason, "
          "'staff', (SELECT uuid FROM staff s WHERE s.id = l.staff_id), 'created_at', l.created_at) "
          "FROM points_ledger l ORDER BY l.id";
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
        die(sqlite3_errmsg(db));
    *rows = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        std::fwrite(sqlite3_column_text(st, 0), 1, size_t(sqlite3_column_bytes(st, 0)), f);
        std::fputc('\n', f);
        ++*rows;
    }
    sqlite3_finalize(st);
    std::fclose(f);
    const qint64 ns = t.nsecsElapsed();
    sqlite3_close(db);
    return ns;
}

// Raw SQLite: the same lines into a file that has the members and sales, one transaction, the uuids
// looked up in SQL. No merge rules: what the app's import costs on top is the ratio.
qint64 rawImportLedger(const QString &dbPath, const QString &lines, qint64 *rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(dbPath).constData(), &db) != SQLITE_OK)
        die("cannot open " + dbPath.toStdString());
    execOrDie(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
    QFile in(lines);
    if (!in.open(QIODevice::ReadOnly))
        die("cannot read " + lines.toStdString());
    const QByteArray data = in.readAll();
    QElapsedTimer t;
    t.start();
    execOrDie(db, "BEGIN IMMEDIATE");
    sqlite3_stmt *st = nullptr;
    const char *sql
        = "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, purchase_id, "
          "expires_on, reason, staff_id, created_at) SELECT j->>'uuid', j->>'origin_terminal', "
          "(SELECT id FROM members WHERE uuid = j->>'member'), j->>'kind', j->>'points', "
          "(SELECT id FROM purchases WHERE uuid = j->>'purchase'), j->>'expires_on', j->>'reason', "
          "(SELECT id FROM staff WHERE uuid = j->>'staff'), j->>'created_at' "
          "FROM (SELECT ?1 AS j) WHERE true ON CONFLICT (uuid) DO NOTHING";
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
        die(sqlite3_errmsg(db));
    *rows = 0;
    for (qsizetype start = 0; start < data.size();) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        if (end > start) {
            sqlite3_bind_text(st, 1, data.constData() + start, int(end - start), SQLITE_STATIC);
            if (sqlite3_step(st) != SQLITE_DONE)
                die(sqlite3_errmsg(db));
            sqlite3_reset(st);
            ++*rows;
        }
        start = end + 1;
    }
    sqlite3_finalize(st);
    execOrDie(db, "COMMIT");
    const qint64 ns = t.nsecsElapsed();
    sqlite3_close(db);
    return ns;
}

// Raw SQLite, the whole import's ceiling: the same rows copied by SQLite itself from the source file
// into a new terminal's file, with the same schema and triggers, in one transaction: no JSON, no uuid
// to look up (the ids are the source's), no merge rules.
qint64 rawCopyAll(const QString &dbPath, const QString &source, qint64 *rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(dbPath).constData(), &db) != SQLITE_OK)
        die("cannot open " + dbPath.toStdString());
    execOrDie(db,
              "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
              "PRAGMA cache_size = -131072;");
    const QByteArray attach = "ATTACH '" + QFile::encodeName(source).replace('\'', "''") + "' AS src";
    execOrDie(db, attach.constData());
    QElapsedTimer t;
    t.start();
    execOrDie(db,
              "BEGIN IMMEDIATE; INSERT OR IGNORE INTO sync_applying VALUES (1); "
              "INSERT OR IGNORE INTO staff SELECT * FROM src.staff; "
              "INSERT OR IGNORE INTO program_versions SELECT * FROM src.program_versions; "
              "INSERT INTO members SELECT * FROM src.members; "
              "INSERT INTO cards SELECT * FROM src.cards; "
              "INSERT INTO purchases SELECT * FROM src.purchases; "
              "INSERT INTO purchase_lines SELECT * FROM src.purchase_lines; "
              "INSERT INTO points_ledger SELECT * FROM src.points_ledger; "
              "DELETE FROM sync_applying; COMMIT");
    const qint64 ns = t.nsecsElapsed();
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM cards) + "
                       "(SELECT count(*) FROM purchases) + (SELECT count(*) FROM purchase_lines) + "
                       "(SELECT count(*) FROM points_ledger)",
                       -1, &st, nullptr);
    *rows = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return ns;
}

// A terminal's file, opened (and migrated); a new one is set up with the given till name.
struct Terminal
{
    std::unique_ptr<Database> db;
    TerminalRecord record;
    ServiceContext context() { return ServiceContext(*db, Clock::system(), record, Actor::machineOwner()); }
};

Terminal openTerminal(const QString &path, const QString &newTill = {})
{
    auto db = Database::open(path);
    if (!db)
        die(db.error().message.toStdString());
    TerminalService terminals(*db.value(), Clock::system());
    auto record = newTill.isEmpty()
        ? terminals.local()
        : terminals.initialize(QStringLiteral("Bench shop"), newTill, QStringLiteral("EUR"));
    if (!record)
        die(record.error().message.toStdString());
    return Terminal {std::move(db).value(), record.value()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Args args(argc, argv);
    if (!args.has("db"))
        die("usage: loyalty-bench-sync --db FILE [--work DIR] [--import-only] [--journal log]");
    QTemporaryDir tmp;
    const QString work = args.has("work") ? QString::fromStdString(args.value("work")) : tmp.path();
    QDir().mkpath(work);
    const QString source = QDir(work).filePath(QStringLiteral("source.sqlite"));
    const QString target = QDir(work).filePath(QStringLiteral("target.sqlite"));
    const QString batch = QDir(work).filePath(QStringLiteral("batch"));
    // --import-only: the batch of an earlier run into a new terminal, nothing else (to measure the
    // import alone while working on it).
    const bool importOnly = args.has("import-only");
    // --journal log: the import through the write-ahead log even where a store's first sync would take
    // a rollback journal (SyncService::Journal), to compare the two.
    if (args.has("journal") && args.value("journal") == "log")
        SyncService::journal = SyncService::Journal::Log;
    for (const QString &f : {target, target + QStringLiteral("-wal")})
        QFile::remove(f);
    if (!importOnly) {
        QFile::remove(source);
        QFile::remove(source + QStringLiteral("-wal"));
        QDir(batch).removeRecursively();
    }
    if (!importOnly) {
        // A checkpointed copy: the generator's WAL goes into the file first.
        auto db = Database::open(QString::fromStdString(args.value("db")));
        if (!db)
            die(db.error().message.toStdString());
        (void)db.value()->checkpoint();
        if (!QFile::copy(QString::fromStdString(args.value("db")), source))
            die("cannot copy the database");
    }

    // Export.
    SyncSummary out;
    qint64 exportNs = 0;
    if (!importOnly) {
        Terminal a = openTerminal(source);
        ServiceContext ctx = a.context();
        QElapsedTimer t;
        t.start();
        auto r = SyncService(ctx).exportBatch(batch);
        exportNs = t.nsecsElapsed();
        if (!r)
            die(r.error().message.toStdString());
        out = r.value();
    }
    const qint64 ledger = out.rowsByTable.value(QStringLiteral("points_ledger"));
    if (!importOnly) {
        std::printf("export: %lld rows in %.2f s = %.0f rows/s; points ledger %lld rows = %.0f rows/s\n",
                    static_cast<long long>(out.rows), double(exportNs) / 1e9, perSecond(out.rows, exportNs),
                    static_cast<long long>(ledger),
                    perSecond(ledger, out.nsByTable.value(QStringLiteral("points_ledger"))));
        qint64 rawRows = 0;
        const qint64 rawOutNs
            = rawExportLedger(source, QDir(work).filePath(QStringLiteral("raw-ledger.jsonl")), &rawRows);
        std::printf("raw sqlite3 ledger export: %lld rows = %.0f rows/s (app/raw time ratio %.2f)\n",
                    static_cast<long long>(rawRows), perSecond(rawRows, rawOutNs),
                    double(out.nsByTable.value(QStringLiteral("points_ledger"))) / double(rawOutNs));
        std::printf(
            "RESULT bench=sync path=export rows=%lld seconds=%.2f rows_per_s=%.0f ledger_rows_per_s=%.0f "
            "raw_ledger_rows_per_s=%.0f\n",
            static_cast<long long>(out.rows), double(exportNs) / 1e9, perSecond(out.rows, exportNs),
            perSecond(ledger, out.nsByTable.value(QStringLiteral("points_ledger"))),
            perSecond(rawRows, rawOutNs));
    }

    // Import into a new terminal.
    SyncSummary in;
    qint64 importNs = 0;
    {
        Terminal b = openTerminal(target, QStringLiteral("Till 2"));
        ServiceContext ctx = b.context();
        QElapsedTimer t;
        t.start();
        auto r = SyncService(ctx).importBatch(batch);
        importNs = t.nsecsElapsed();
        if (!r)
            die((r.error().message + QLatin1Char(' ') + r.error().detail).toStdString());
        in = r.value();
        (void)b.db->checkpoint();
    }
    const qint64 ledgerIn = in.rowsByTable.value(QStringLiteral("points_ledger"));
    std::printf(
        "import: %lld rows in %.2f s = %.0f rows/s (applied %lld, waiting %lld); points ledger %.0f rows/s\n",
        static_cast<long long>(in.rows), double(importNs) / 1e9, perSecond(in.rows, importNs),
        static_cast<long long>(in.applied), static_cast<long long>(in.waiting),
        perSecond(ledgerIn, in.nsByTable.value(QStringLiteral("points_ledger"))));
    std::printf("  written through the %s\n", in.rollbackJournal ? "rollback journal" : "write-ahead log");
    for (auto it = in.nsByTable.cbegin(); it != in.nsByTable.cend(); ++it)
        std::printf("  %-22s %9lld rows %8.0f rows/s\n", qPrintable(it.key()),
                    static_cast<long long>(in.rowsByTable.value(it.key())),
                    perSecond(in.rowsByTable.value(it.key()), it.value()));
    for (auto it = in.nsByStep.cbegin(); it != in.nsByStep.cend(); ++it)
        std::printf("  %-32s %6.2f s\n", qPrintable(it.key()), double(it.value()) / 1e9);

    if (importOnly)
        return 0;
    // Raw: a second new terminal gets everything but the ledger through the app (the ledger refers to
    // its members and sales), then the ledger lines by raw SQLite.
    const QString raw = QDir(work).filePath(QStringLiteral("raw.sqlite"));
    QFile::remove(raw);
    qint64 rawInRows = 0;
    // The ledger needs its members and sales: import the batch without the ledger files by the app...
    {
        Terminal c = openTerminal(raw, QStringLiteral("Till 3"));
        ServiceContext ctx = c.context();
        QVector<SyncService::Row> rows;
        for (const QString &t : SyncService::tables()) {
            if (t == QLatin1String("points_ledger") || t == QLatin1String("points_allocations"))
                continue;
            QFile f(QDir(batch).filePath(t + QStringLiteral(".jsonl")));
            f.open(QIODevice::ReadOnly);
            while (!f.atEnd()) {
                QByteArray line = f.readLine();
                line.chop(line.endsWith('\n') ? 1 : 0);
                if (!line.isEmpty())
                    rows << SyncService::Row {0, t, QString(), line};
            }
        }
        auto r = SyncService(ctx).applyRows(rows, QStringLiteral("bench"));
        if (!r)
            die(r.error().message.toStdString());
    }
    // ... then the ledger lines by raw SQLite.
    const qint64 rawInNs
        = rawImportLedger(raw, QDir(batch).filePath(QStringLiteral("points_ledger.jsonl")), &rawInRows);
    const qint64 appLedgerNs = in.nsByTable.value(QStringLiteral("points_ledger"));
    std::printf("raw sqlite3 ledger import: %lld rows = %.0f rows/s (app/raw time ratio %.2f)\n",
                static_cast<long long>(rawInRows), perSecond(rawInRows, rawInNs),
                double(appLedgerNs) / double(rawInNs));
    // And the whole import's ceiling: SQLite copying the same rows between two files.
    const QString copy = QDir(work).filePath(QStringLiteral("copy.sqlite"));
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    {
        Terminal d = openTerminal(copy, QStringLiteral("Till 4"));
    }
    qint64 copiedRows = 0;
    const qint64 copyNs = rawCopyAll(copy, source, &copiedRows);
    std::printf(
        "raw sqlite3 copy of the same tables (INSERT ... SELECT from the source file): %lld rows in %.2f s = "
        "%.0f rows/s (app/raw time ratio %.2f)\n",
        static_cast<long long>(copiedRows), double(copyNs) / 1e9, perSecond(copiedRows, copyNs),
        (double(importNs) / double(in.rows)) / (double(copyNs) / double(copiedRows)));
    std::printf("RESULT bench=sync path=import rows=%lld seconds=%.2f rows_per_s=%.0f ledger_rows_per_s=%.0f "
                "raw_ledger_rows_per_s=%.0f raw_copy_rows_per_s=%.0f\n",
                static_cast<long long>(in.rows), double(importNs) / 1e9, perSecond(in.rows, importNs),
                perSecond(ledgerIn, appLedgerNs), perSecond(rawInRows, rawInNs),
                perSecond(copiedRows, copyNs));
    return 0;
}
