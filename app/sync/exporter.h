#pragma once

#include "synctypes.h"

#include "context.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

class QDir;

namespace syncimpl {
struct TableSpec;
}

// This terminal's changes out: into a batch folder (exportBatch), or as rows for the head office
// (scan, outboxRows).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    explicit Exporter(ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }

    // See SyncService::exportBatch.
    Result<SyncSummary> exportBatch(const QString &dir, bool everything);
    // Every row (everything) or the outbox rows in (afterSeq, throughSeq], table by table, parents first.
    Result<void> scan(bool everything, qint64 afterSeq, qint64 throughSeq,
                      const std::function<Result<void>(const SyncRow &)> &each);
    // Up to limit rows of the outbox after seq afterSeq, in seq order.
    Result<QVector<SyncRow>> outboxRows(qint64 afterSeq, int limit);

private:
    // Writes one table's rows into its file; its entry for the manifest.
    Result<QJsonObject> writeTable(const QDir &dir, const syncimpl::TableSpec &t, bool everything,
                                   SyncSummary &s);
    QJsonObject manifest(const SyncSummary &s, bool everything, const QJsonObject &files) const;
    Result<void> checkFolder(const QString &dirPath, qint64 after, bool everything);

    ServiceContext &m_ctx;
};
