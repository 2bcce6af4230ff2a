#pragma once

#include "synctypes.h"

#include "context.h"

#include <QCoreApplication>

// This terminal's own sync bookkeeping: how far each way of sending has taken the outbox (cursors),
// the batches made or applied here, the terminals met through them, and the status people see.
class SyncState
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    explicit SyncState(ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }

    // sync_state, by key.
    Result<QString> state(const QString &key);
    Result<void> setState(const QString &key, const QString &value);
    // How far a way of sending ("export", "push") has taken the outbox; whether it ever did.
    Result<qint64> cursor(const QString &direction);
    Result<bool> hasCursor(const QString &direction);
    // The rows up to throughSeq went that way; the outbox keeps each row until every way in use has
    // taken it.
    Result<void> acknowledge(qint64 throughSeq, const QString &batchUuid, const QString &direction,
                             qint64 seqFrom, qint64 rows);
    // A batch made or applied here, and a terminal met through it. Inside the caller's transaction.
    Result<void> recordBatch(const QString &batchUuid, const QString &direction, const QString &terminal,
                             qint64 seqFrom, qint64 seqTo, qint64 rows);
    Result<void> rememberTerminal(const QString &uuid, const QString &name, const QString &store,
                                  const QString &currency);
    // Whether this terminal applied the batch before.
    Result<bool> seenBatch(const QString &batchUuid);
    // A sync that went through (inside its transaction); a failed attempt (outside any).
    Result<void> noteSuccess();
    void noteFailure(const QString &message);
    Result<SyncStatus> status(qint64 countUpTo = 0);

private:
    ServiceContext &m_ctx;
};
