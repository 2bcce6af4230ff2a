#pragma once

#include "synctypes.h"

#include "context.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace syncimpl {
class Applier;
}

// Other terminals' changes in: a batch folder (importBatch), rows from the head office (applyRows),
// each applied in one transaction, whole or not at all.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    explicit Importer(ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }

    // See SyncService: importBatch, applyRows, applyLines, referencesHold.
    Result<SyncSummary> importBatch(const QString &dir);
    Result<SyncSummary> applyRows(const QVector<SyncRow> &rows, const QString &from,
                                  const std::function<Result<void>()> &alsoInTransaction);
    Result<SyncSummary> applyLines(const std::vector<SyncTableLines> &runs, const QString &from,
                                   const std::function<Result<void>()> &alsoInTransaction);
    Result<void> referencesHold();
    // Told how far the rows are while they apply (importBatch, applyLines); may cancel.
    void setProgress(SyncProgress progress) { m_progress = std::move(progress); }

private:
    // The runs' rows, table by table; a row whose parents have not arrived waits in sync_pending.
    Result<void> applyRuns(syncimpl::Applier &applier, const std::vector<SyncTableLines> &runs,
                           SyncSummary &s);
    // Rows that waited for a parent: tried again, parents first, until a round applies nothing.
    Result<void> retryWaiting(syncimpl::Applier &applier, SyncSummary &s);
    Result<void> park(const QString &table, const QByteArray &json);
    // After the rows: what is still waiting, the caller's part, the bookkeeping, the check, the commit.
    Result<void> conclude(SyncSummary &s, const std::function<Result<void>()> &alsoInTransaction,
                          bool checkReferences);

    // Whether the import goes on (the progress callback said so); done: rows applied so far.
    bool goOn(qint64 done, qint64 total) const { return !m_progress || m_progress(done, total); }
    Error cancelled() const;

    ServiceContext &m_ctx;
    SyncProgress m_progress;
};
