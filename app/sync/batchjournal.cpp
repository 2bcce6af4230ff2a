#include "batchjournal.h"

#include "syncservice.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace syncimpl {

namespace {

// What a PRAGMA gives back, as text in lower case (empty when it gives nothing or fails).
QByteArray pragma(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    QByteArray value;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))).toLower();
    sqlite3_finalize(st);
    return value;
}

qint64 number(sqlite3 *db, const char *sql)
{
    return pragma(db, sql).toLongLong();
}

} // namespace

CacheForBatch::CacheForBatch(sqlite3 *db)
    : m_db(db)
{
    if (const QByteArray size = pragma(db, "PRAGMA cache_size"); !size.isEmpty())
        m_was = size.toInt();
    sqlite3_exec(db, "PRAGMA cache_size = -131072", nullptr, nullptr, nullptr);
}

CacheForBatch::~CacheForBatch()
{
    sqlite3_exec(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_was).toUtf8().constData(), nullptr,
                 nullptr, nullptr);
}

JournalForBatch::JournalForBatch(sqlite3 *db, qint64 rows, qint64 batchBytes)
    : m_db(db)
{
    if (SyncService::journal == SyncService::Journal::Log || !sqlite3_get_autocommit(db))
        return;
    if (SyncService::journal == SyncService::Journal::BySize
        && !SyncService::rollbackJournalFor(qsizetype(rows), batchBytes,
                                            number(db, "PRAGMA page_count") * number(db, "PRAGMA page_size")))
        return;
    m_switched = pragma(db, "PRAGMA journal_mode = DELETE") == "delete";
    // Only foreign keys that were on are left to the check before the commit.
    if (m_switched && number(db, "PRAGMA foreign_keys") == 1) {
        pragma(db, "PRAGMA foreign_keys = OFF");
        m_foreignKeys = number(db, "PRAGMA foreign_keys") == 0;
    }
}

JournalForBatch::~JournalForBatch()
{
    if (!m_switched)
        return;
    // After the commit or the rollback. Should another program have opened the file meanwhile and
    // hold it, the file stays on the rollback journal (as safe, only slower) until the next time it
    // is opened, which puts it back on the log (Database::applyPragmas).
    if (pragma(m_db, "PRAGMA journal_mode = WAL") != "wal")
        qWarning("The database stays on a rollback journal until it is opened again.");
    if (m_foreignKeys)
        pragma(m_db, "PRAGMA foreign_keys = ON");
}

} // namespace syncimpl
