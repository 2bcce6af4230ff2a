#include "batchjournal.h"

#include "syncservice.h"

#include "database.h"

namespace syncimpl {

JournalForBatch::JournalForBatch(Database &db, qint64 rows, qint64 batchBytes)
{
    if (SyncService::journal == SyncService::Journal::Log || db.inTransaction())
        return;
    auto number = [&db](const char *name) { return PragmaGuard::read(db, name).toLongLong(); };
    if (SyncService::journal == SyncService::Journal::BySize
        && !SyncService::rollbackJournalFor(qsizetype(rows), batchBytes,
                                            number("page_count") * number("page_size")))
        return;
    m_journal.emplace(db, "journal_mode", "DELETE");
    m_switched = m_journal->answer() == "delete";
    if (!m_switched) {
        m_journal->dismiss(); // the mode did not change: nothing to put back
        return;
    }
    // Only foreign keys that were on are left to the check before the commit.
    if (number("foreign_keys") == 1) {
        m_foreignKeys.emplace(db, "foreign_keys", "OFF");
        if (number("foreign_keys") != 0) {
            m_foreignKeys->dismiss();
            m_foreignKeys.reset();
        }
    }
}

JournalForBatch::~JournalForBatch()
{
    if (!m_switched)
        return;
    // After the commit or the rollback. Should another program have opened the file meanwhile and
    // hold it, the file stays on the rollback journal (as safe, only slower) until the next time it
    // is opened, which puts it back on the log (Database::applyPragmas).
    if (m_journal->restore() != m_journal->was())
        qWarning("The database stays on a rollback journal until it is opened again.");
    m_foreignKeys.reset(); // foreign keys back on
}

} // namespace syncimpl
