#pragma once

#include "synctypes.h"

#include "context.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QVector>

#include <functional>

// Sync batches: this terminal's changes out, other terminals' changes in (docs/sync-format.md).
//
// Out: the triggers of schema v8 note every changed row in sync_outbox; a batch carries those rows
// in their current state, references written as uuids. In: each row is merged by its uuid, in one
// transaction: the append-only tables (ledgers, sales, lines) insert what is missing, so a batch
// applied twice or batches in any order end the same; member profiles merge field by field, the
// later edit winning (ties: the greater terminal uuid) and the other value kept in the audit.
//
// A façade: the parts live in app/sync (wire schema, batch format, exporter, importer, applier, sync
// state, summaries); callers see this one class.
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    static constexpr int kFormatVersion = 1;
    // How a batch is written (applyLines): from kRollbackJournalRows rows and more than twice the file's
    // bytes, with a rollback journal instead of the write-ahead log. Tests take each way on purpose.
    enum class Journal
    {
        BySize,
        Log,
        Rollback,
    };
    static inline Journal journal = Journal::BySize;
    static constexpr qsizetype kRollbackJournalRows = 20000;
    // Journal::BySize's rule: a batch this large into a file this small takes a rollback journal.
    // Rows take about two thirds of their JSON's bytes in the file: a batch more than twice the file's
    // size brings well over its rows' worth again, so most pages it writes are new.
    static bool rollbackJournalFor(qsizetype rows, qint64 batchBytes, qint64 fileBytes)
    {
        return rows >= kRollbackJournalRows && batchBytes > 2 * fileBytes;
    }

    explicit SyncService(ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }

    // Whether the actor may exchange data with other terminals or the head office (Action::SyncExchange:
    // a manager or an administrator); Error::Forbidden for a cashier. Every export, import and exchange
    // below checks it before it reads or writes anything; so does the head office.
    static Result<void> mayExchange(const Actor &actor);

    // The tables in the order a batch is applied (parents first).
    static const QStringList &tables();
    // The insert triggers of the append-only tables, which stand aside while a batch applies: the
    // import adds its rows to the rollups they keep set-wise, and an import notes nothing for the outbox.
    static const QStringList &triggersSetAside();

    // Writes this terminal's changes since the last acknowledged batch into dir (created; must be
    // empty) as one JSON Lines file per table plus manifest.json, and acknowledges them once every file
    // is on disk. everything: every row this file holds, from any terminal (to seed a new terminal);
    // it acknowledges nothing.
    Result<SyncSummary> exportBatch(const QString &dir, bool everything = false);

    // Verifies dir's manifest and checksums, then applies the batch in one transaction.
    // progress: told how far the rows are, and may cancel (the batch then rolls back whole).
    Result<SyncSummary> importBatch(const QString &dir, const SyncProgress &progress = {});
    // The same on a connection of its own, by actor: the app runs it in a worker thread so the till
    // keeps selling while a large batch applies.
    static Result<SyncSummary> importBatchFile(const QString &dbPath, const QString &dir, const Actor &actor,
                                               const SyncProgress &progress = {});

    // countUpTo > 0 stops counting the waiting rows there (the status bar's line, at any size).
    Result<SyncStatus> status(qint64 countUpTo = 0);

    // For the head office exchange: one changed row as it travels.
    using Row = SyncRow;
    // Up to limit rows of the outbox after seq afterSeq, in seq order.
    Result<QVector<Row>> outboxRows(qint64 afterSeq, int limit);
    // Every row (everything) or the outbox rows in (afterSeq, throughSeq], table by table, parents first.
    Result<void> scan(bool everything, qint64 afterSeq, qint64 throughSeq,
                      const std::function<Result<void>(const Row &)> &each);
    // How far a way of sending ("export", "push") has taken the outbox; whether it ever did.
    Result<qint64> cursor(const QString &direction);
    Result<bool> hasCursor(const QString &direction);
    // The rows up to throughSeq went that way ("export", "push"); the outbox keeps each row until every
    // way in use has taken it.
    Result<void> acknowledge(qint64 throughSeq, const QString &batchUuid, const QString &direction,
                             qint64 seqFrom, qint64 rows);
    // Applies rows made by terminal `from` in one transaction; `alsoInTransaction` runs inside it
    // before the commit (the head office pull records how far it read, in the same commit).
    Result<SyncSummary> applyRows(const QVector<Row> &rows, const QString &from,
                                  const std::function<Result<void>()> &alsoInTransaction = {});
    // The same for rows as a batch file holds them: runs of one table's rows, one JSON object a line.
    using TableLines = SyncTableLines;
    Result<SyncSummary> applyLines(const std::vector<TableLines> &runs, const QString &from,
                                   const std::function<Result<void>()> &alsoInTransaction = {});
    // Every reference in the file points at a row that is there (SQLite's foreign key check of the
    // whole file); a batch written through a rollback journal is checked so before its commit.
    Result<void> referencesHold();

    // This terminal's own sync bookkeeping (sync_state).
    Result<QString> state(const QString &key);
    Result<void> setState(const QString &key, const QString &value);
    // A batch made or applied here (sync_batches: the same batch again is recognised), and a terminal
    // met through it (reports name the store a sale was made in). Inside the caller's transaction.
    Result<void> recordBatch(const QString &batchUuid, const QString &direction, const QString &terminal,
                             qint64 seqFrom, qint64 seqTo, qint64 rows);
    Result<void> rememberTerminal(const QString &uuid, const QString &name, const QString &store,
                                  const QString &currency);
    // A sync, export or import that went through: when, and no failure to show any more. Every way
    // of syncing ends with it, inside its transaction.
    Result<void> noteSuccess();
    // Notes a failed attempt (kept for the status) outside any transaction.
    void noteFailure(const QString &message);

    // What a sync did, in a sentence or two for the person who ran it (the CLI and the app say the same).
    static QString describeExport(const SyncSummary &s, const QString &dir);
    static QString describeImport(const SyncSummary &s);
    static QString describeStatus(const SyncStatus &s);
    // The same as JSON, for --json.
    static QJsonObject toJson(const SyncSummary &s);

private:
    ServiceContext &m_ctx;
};
