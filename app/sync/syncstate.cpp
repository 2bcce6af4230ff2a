#include "syncstate.h"

#include "ids.h"
#include "sqlexec.h"

Result<QString> SyncState::state(const QString &key)
{
    auto q = Sql::exec(m_ctx.db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key},
                       tr("The sync state cannot be read."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<void> SyncState::setState(const QString &key, const QString &value)
{
    auto q = Sql::exec(m_ctx.db,
                       QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {key, value}, tr("The sync state cannot be saved."));
    if (!q)
        return q.error();
    return {};
}

Result<void> SyncState::recordBatch(const QString &batchUuid, const QString &direction,
                                    const QString &terminal, qint64 seqFrom, qint64 seqTo, qint64 rows)
{
    auto q = Sql::exec(
        m_ctx.db, QStringLiteral("INSERT OR IGNORE INTO sync_batches VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {batchUuid, direction, terminal, seqFrom, seqTo, rows, Ids::utcText(m_ctx.clock.nowUtc())},
        tr("The sync batch cannot be recorded."));
    if (!q)
        return q.error();
    return {};
}

Result<void> SyncState::rememberTerminal(const QString &uuid, const QString &name, const QString &store,
                                         const QString &currency)
{
    auto q = Sql::exec(
        m_ctx.db,
        QStringLiteral("INSERT INTO terminals (uuid, name, store_name, currency, is_local, created_at) "
                       "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (uuid) DO UPDATE SET "
                       "name = excluded.name, store_name = excluded.store_name"),
        {uuid, name.isEmpty() ? uuid : name, store, currency, Ids::utcText(m_ctx.clock.nowUtc())},
        tr("The other terminal cannot be recorded."));
    if (!q)
        return q.error();
    return {};
}

Result<void> SyncState::noteSuccess()
{
    if (auto r = setState(QStringLiteral("last_sync_at"), Ids::utcText(m_ctx.clock.nowUtc())); !r)
        return r;
    return setState(QStringLiteral("last_error"), QStringLiteral(""));
}

void SyncState::noteFailure(const QString &message)
{
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return;
    if (setState(QStringLiteral("last_error"), message)
        && setState(QStringLiteral("last_error_at"), Ids::utcText(m_ctx.clock.nowUtc())))
        (void)tx.commit();
}

Result<SyncStatus> SyncState::status(qint64 countUpTo)
{
    SyncStatus s;
    // Counting stops at the cap: a chain's till may hold tens of millions of rows not yet sent.
    const QString limit = countUpTo > 0 ? QStringLiteral(" LIMIT %1").arg(countUpTo + 1) : QString();
    auto q = Sql::exec(
        m_ctx.db,
        // Waiting: not yet at the head office when there is one, else not yet in a file batch.
        QStringLiteral(
            "SELECT (SELECT count(*) FROM (SELECT 1 FROM sync_outbox WHERE seq > COALESCE((SELECT "
            "CAST(value AS INTEGER) FROM sync_state WHERE key = 'push_seq'), (SELECT CAST(value AS "
            "INTEGER) FROM sync_state WHERE key = 'export_seq'), 0)%1)), (SELECT count(*) FROM "
            "sync_pending), "
            "(SELECT value FROM sync_state WHERE key = 'last_sync_at'), "
            "(SELECT value FROM sync_state WHERE key = 'last_error'), "
            "(SELECT value FROM sync_state WHERE key = 'last_error_at')")
            .arg(limit),
        {}, tr("The sync status cannot be read."));
    if (!q)
        return q.error();
    if (q->next()) {
        s.waiting = q->value(0).toLongLong();
        if (countUpTo > 0 && s.waiting > countUpTo) {
            s.waiting = countUpTo;
            s.waitingCapped = true;
        }
        s.pendingIn = q->value(1).toLongLong();
        s.lastSyncAt = Ids::fromUtcText(q->value(2).toString());
        s.lastError = q->value(3).toString();
        s.lastErrorAt = Ids::fromUtcText(q->value(4).toString());
    }
    return s;
}

Result<qint64> SyncState::cursor(const QString &direction)
{
    auto v = state(direction + QStringLiteral("_seq"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<bool> SyncState::hasCursor(const QString &direction)
{
    auto v = state(direction + QStringLiteral("_seq"));
    if (!v)
        return v.error();
    return !v->isEmpty();
}

Result<void> SyncState::acknowledge(qint64 throughSeq, const QString &batchUuid, const QString &direction,
                                    qint64 seqFrom, qint64 rows)
{
    const QString now = Ids::utcText(m_ctx.clock.nowUtc());
    if (auto r = setState(direction + QStringLiteral("_seq"), QString::number(throughSeq)); !r)
        return r;
    // A row leaves the outbox once every way this terminal sends (file batches, the head office) has
    // taken it: a terminal that exports files and later meets a head office still sends it everything.
    if (auto q
        = Sql::exec(m_ctx.db,
                    QStringLiteral("DELETE FROM sync_outbox WHERE seq <= (SELECT min(CAST(value AS INTEGER)) "
                                   "FROM sync_state WHERE key IN ('export_seq', 'push_seq'))"),
                    {}, tr("The changes sent cannot be marked as sent."));
        !q)
        return q.error();
    if (auto r = recordBatch(batchUuid, direction, m_ctx.terminal.uuid, seqFrom, throughSeq, rows); !r)
        return r;
    return noteSuccess();
}

Result<bool> SyncState::seenBatch(const QString &batchUuid)
{
    auto seen = Sql::exec(m_ctx.db, QStringLiteral("SELECT at FROM sync_batches WHERE batch_uuid = ?"),
                          {batchUuid}, tr("The sync batch cannot be applied."));
    if (!seen)
        return seen.error();
    const bool found = seen->next();
    seen->finish();
    return found;
}
