#include "syncservice.h"

#include "batchformat.h"
#include "exporter.h"
#include "importer.h"
#include "summaries.h"
#include "syncstate.h"
#include "terminalservice.h"
#include "wireschema.h"

static_assert(SyncService::kFormatVersion == syncimpl::kFormatVersion, "one format version");

const QStringList &SyncService::tables()
{
    return syncimpl::tableNames();
}

const QStringList &SyncService::triggersSetAside()
{
    return syncimpl::triggersSetAside();
}

Result<void> SyncService::mayExchange(const Actor &actor)
{
    if (Permissions::need(actor.role, Action::SyncExchange) != Need::Allowed)
        return makeError(
            Error::Forbidden,
            tr("%1: a %2 may not do this.")
                .arg(Permissions::actionName(Action::SyncExchange), Permissions::roleName(actor.role)));
    return {};
}

Result<SyncSummary> SyncService::exportBatch(const QString &dir, bool everything)
{
    if (auto r = mayExchange(m_ctx.actor); !r)
        return r.error();
    return Exporter(m_ctx).exportBatch(dir, everything);
}

Result<SyncSummary> SyncService::importBatch(const QString &dir, const SyncProgress &progress)
{
    if (auto r = mayExchange(m_ctx.actor); !r)
        return r.error();
    Importer importer(m_ctx);
    importer.setProgress(progress);
    return importer.importBatch(dir);
}

Result<SyncSummary> SyncService::importBatchFile(const QString &dbPath, const QString &dir,
                                                 const Actor &actor, const SyncProgress &progress)
{
    if (auto r = mayExchange(actor); !r)
        return r.error();
    return onOwnConnection(dbPath, actor,
                           [&](ServiceContext &ctx) { return SyncService(ctx).importBatch(dir, progress); });
}

Result<SyncStatus> SyncService::status(qint64 countUpTo)
{
    return SyncState(m_ctx).status(countUpTo);
}

Result<QVector<SyncService::Row>> SyncService::outboxRows(qint64 afterSeq, int limit)
{
    if (auto r = mayExchange(m_ctx.actor); !r)
        return r.error();
    return Exporter(m_ctx).outboxRows(afterSeq, limit);
}

Result<void> SyncService::scan(bool everything, qint64 afterSeq, qint64 throughSeq,
                               const std::function<Result<void>(const Row &)> &each)
{
    if (auto r = mayExchange(m_ctx.actor); !r)
        return r;
    return Exporter(m_ctx).scan(everything, afterSeq, throughSeq, each);
}

Result<qint64> SyncService::cursor(const QString &direction)
{
    return SyncState(m_ctx).cursor(direction);
}

Result<bool> SyncService::hasCursor(const QString &direction)
{
    return SyncState(m_ctx).hasCursor(direction);
}

Result<void> SyncService::acknowledge(qint64 throughSeq, const QString &batchUuid, const QString &direction,
                                      qint64 seqFrom, qint64 rows)
{
    return SyncState(m_ctx).acknowledge(throughSeq, batchUuid, direction, seqFrom, rows);
}

Result<SyncSummary> SyncService::applyRows(const QVector<Row> &rows, const QString &from,
                                           const std::function<Result<void>()> &alsoInTransaction)
{
    if (auto r = mayExchange(m_ctx.actor); !r)
        return r.error();
    return Importer(m_ctx).applyRows(rows, from, alsoInTransaction);
}

Result<SyncSummary> SyncService::applyLines(const std::vector<TableLines> &runs, const QString &from,
                                            const std::function<Result<void>()> &alsoInTransaction)
{
    if (auto r = mayExchange(m_ctx.actor); !r)
        return r.error();
    return Importer(m_ctx).applyLines(runs, from, alsoInTransaction);
}

Result<void> SyncService::referencesHold()
{
    return Importer(m_ctx).referencesHold();
}

Result<QString> SyncService::state(const QString &key)
{
    return SyncState(m_ctx).state(key);
}

Result<void> SyncService::setState(const QString &key, const QString &value)
{
    return SyncState(m_ctx).setState(key, value);
}

Result<void> SyncService::recordBatch(const QString &batchUuid, const QString &direction,
                                      const QString &terminal, qint64 seqFrom, qint64 seqTo, qint64 rows)
{
    return SyncState(m_ctx).recordBatch(batchUuid, direction, terminal, seqFrom, seqTo, rows);
}

Result<void> SyncService::rememberTerminal(const QString &uuid, const QString &name, const QString &store,
                                           const QString &currency)
{
    return SyncState(m_ctx).rememberTerminal(uuid, name, store, currency);
}

Result<void> SyncService::noteSuccess()
{
    return SyncState(m_ctx).noteSuccess();
}

void SyncService::noteFailure(const QString &message)
{
    SyncState(m_ctx).noteFailure(message);
}

QString SyncService::describeExport(const SyncSummary &s, const QString &dir)
{
    return SyncSummaries::describeExport(s, dir);
}

QString SyncService::describeImport(const SyncSummary &s)
{
    return SyncSummaries::describeImport(s);
}

QString SyncService::describeStatus(const SyncStatus &s)
{
    return SyncSummaries::describeStatus(s);
}

QJsonObject SyncService::toJson(const SyncSummary &s)
{
    return SyncSummaries::toJson(s);
}
