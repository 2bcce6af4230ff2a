#pragma once

#include "sqlite/pragmaguard.h"

#include <QtGlobal>

#include <optional>

class Database;

namespace syncimpl {

// A large batch into a small file (a store's first sync: SyncService::rollbackJournalFor()) writes
// most of its pages for the first time. Through the write-ahead log each of them is written twice, to
// the log and then into the file by the checkpoint; with a rollback journal once, as a page past the
// old end of the file needs no journal copy. So while such a batch applies, the file keeps a rollback
// journal (as safe: the batch commits whole or rolls back, after a crash too), and goes back to the
// log after. A batch into a larger file changes pages that are there, which a rollback journal copies
// and syncs before each is written, so it goes through the log; so does any batch while another
// connection has the file open, as only one may change the mode. Such a batch also leaves the
// references to SQLite's own check of the whole file before the commit (referencesHold()) instead of
// one check a row: the file is at most half the batch's size, and every row is checked the same, in
// less time (docs/benchmarks.md, "Sync").
class JournalForBatch
{
public:
    JournalForBatch(Database &db, qint64 rows, qint64 batchBytes);
    ~JournalForBatch();
    JournalForBatch(const JournalForBatch &) = delete;
    JournalForBatch &operator=(const JournalForBatch &) = delete;

    bool switched() const { return m_switched; }
    // Foreign keys were on before the batch and are off while it applies: check them before the commit.
    bool checkReferences() const { return m_foreignKeys.has_value(); }

private:
    std::optional<PragmaGuard> m_journal;
    std::optional<PragmaGuard> m_foreignKeys; // on before the batch: back on after it
    bool m_switched = false;
};

} // namespace syncimpl
