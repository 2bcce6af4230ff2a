#include "importer.h"

#include "applier.h"
#include "batchformat.h"
#include "batchjournal.h"
#include "syncservice.h"
#include "syncstate.h"
#include "wireschema.h"

#include "sqlexec.h"
#include "sqlite/pragmaguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <sys/mman.h>

#include <memory>
#include <thread>

using namespace syncimpl;

namespace {

// What a batch's manifest says, checked.
struct Manifest
{
    QJsonObject json;
    QString batch;
    QString from; // the terminal that made it
    QJsonObject terminal;
    QString currency;
    QJsonObject files;
};

// One file of a batch, mapped (or read, where the file system maps nothing); rows are slices of it.
struct BatchFile
{
    QString name;
    std::unique_ptr<QFile> file;
    QByteArray data;
    QString expected;
    bool matches = false;
};

QByteArray mapWhole(QFile &in)
{
    const qint64 size = in.size();
    if (size <= 0)
        return {};
    uchar *map = in.map(0, size);
    if (!map)
        return in.readAll();
#ifdef MADV_POPULATE_READ
    // All of the file is read, by the rows and by the checksum: its pages mapped in one call rather
    // than at the first touch of each (a fault every few pages otherwise). Where the kernel cannot,
    // the pages come as they are touched.
    ::madvise(map, size_t(size), MADV_POPULATE_READ);
#endif
    return QByteArray::fromRawData(reinterpret_cast<const char *>(map), qsizetype(size));
}

Result<Manifest> readManifest(const QDir &dir, const QString &where, const TerminalRecord &here)
{
    QFile mf(dir.filePath(manifestFileName()));
    if (!mf.open(QIODevice::ReadOnly))
        return makeError(
            Error::NotFound,
            Importer::tr(
                "%1 holds no sync batch (manifest.json is missing): choose the folder the export wrote.")
                .arg(where));
    QJsonParseError err;
    Manifest m;
    m.json = QJsonDocument::fromJson(mf.readAll(), &err).object();
    if (err.error != QJsonParseError::NoError
        || m.json.value(QLatin1String("format")).toString() != formatName())
        return makeError(Error::Corrupt,
                         Importer::tr("The batch in %1 is damaged: its manifest cannot be read.").arg(where),
                         err.errorString());
    const int version = m.json.value(QLatin1String("format_version")).toInt();
    if (version > kFormatVersion)
        return makeError(
            Error::TooNew,
            Importer::tr("The batch was written by a newer version of the terminal (format %1; this "
                         "one reads up to %2). Update this terminal, then import it again.")
                .arg(version)
                .arg(kFormatVersion));
    if (version < 1)
        return makeError(
            Error::Corrupt,
            Importer::tr("The batch in %1 is damaged: its format version is missing.").arg(where));
    m.terminal = m.json.value(QLatin1String("terminal")).toObject();
    m.from = m.terminal.value(QLatin1String("uuid")).toString();
    if (m.from == here.uuid)
        return makeError(Error::Invalid,
                         Importer::tr("This batch was exported by this terminal: import it on the other "
                                      "terminals, or at the head office."));
    m.currency = m.json.value(QLatin1String("currency")).toString();
    if (m.currency != here.currency)
        return makeError(Error::Invalid,
                         Importer::tr("The batch is in %1 and this shop keeps its accounts in %2: batches "
                                      "travel only between terminals of one currency.")
                             .arg(m.currency, here.currency));
    m.batch = m.json.value(QLatin1String("batch")).toString();
    m.files = m.json.value(QLatin1String("tables")).toObject();
    for (auto it = m.files.constBegin(); it != m.files.constEnd(); ++it)
        if (!tableNames().contains(it.key()))
            return makeError(Error::Invalid,
                             Importer::tr("The batch holds rows of an unknown kind (%1).").arg(it.key()));
    return m;
}

// Every file the manifest names, read and counted, parents first whatever order the manifest lists
// them in; how many rows they hold.
Result<qint64> readFiles(const QDir &dir, const QString &where, const QJsonObject &files,
                         std::vector<BatchFile> &contents, std::vector<SyncTableLines> &runs)
{
    qint64 rowCount = 0;
    for (const QString &table : tableNames()) {
        if (!files.contains(table))
            continue;
        const QJsonObject f = files.value(table).toObject();
        const QString name = f.value(QLatin1String("file")).toString();
        if (!isPlainFileName(name))
            return makeError(
                Error::Corrupt,
                Importer::tr("The batch in %1 is damaged: a file name is not valid.").arg(where));
        auto in = std::make_unique<QFile>(dir.filePath(name));
        if (!in->open(QIODevice::ReadOnly))
            return makeError(Error::Corrupt,
                             Importer::tr("The batch in %1 is incomplete: %2 is missing.").arg(where, name));
        const QByteArray data = mapWhole(*in);
        contents.push_back(
            BatchFile {name, std::move(in), data, f.value(QLatin1String("sha256")).toString()});
        const qint64 n = countLines(data); // lines that are not empty, as applyLines() reads them
        runs.push_back(SyncTableLines {table, QByteArrayView(data), n});
        rowCount += n;
        if (n != f.value(QLatin1String("rows")).toInteger())
            return makeError(Error::Corrupt,
                             Importer::tr("The batch file %1 holds %2 rows where the manifest says %3.")
                                 .arg(name)
                                 .arg(n)
                                 .arg(f.value(QLatin1String("rows")).toInteger()));
    }
    return rowCount;
}

// The files' checksums, worked out on a second core while the rows apply.
class Checksums
{
public:
    explicit Checksums(std::vector<BatchFile> &files)
        : m_files(files)
        , m_thread([this] {
            for (BatchFile &f : m_files)
                f.matches = QString::fromLatin1(
                                QCryptographicHash::hash(f.data, QCryptographicHash::Sha256).toHex())
                    == f.expected;
        })
    {
    }
    ~Checksums()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    Checksums(const Checksums &) = delete;
    Checksums &operator=(const Checksums &) = delete;

    // The first file whose checksum does not match, once they are all worked out.
    Result<void> check()
    {
        if (m_thread.joinable())
            m_thread.join();
        for (const BatchFile &f : m_files)
            if (!f.matches)
                return makeError(
                    Error::Corrupt,
                    Importer::tr("The batch file %1 was changed or cut short after the export (its "
                                 "checksum does not match). Nothing was imported: export the "
                                 "batch again.")
                        .arg(f.name));
        return {};
    }

private:
    std::vector<BatchFile> &m_files;
    std::thread m_thread;
};

} // namespace

Result<void> Importer::referencesHold()
{
    auto q = Sql::exec(m_ctx.db,
                       QStringLiteral("SELECT \"table\", parent, count(*) FROM pragma_foreign_key_check "
                                      "GROUP BY 1, 2"),
                       {}, tr("The sync batch cannot be applied."));
    if (!q)
        return q.error();
    QStringList broken;
    while (q->next())
        broken << QStringLiteral("%1 → %2: %3")
                      .arg(q->value(0).toString(), q->value(1).toString())
                      .arg(q->value(2).toLongLong());
    q->finish();
    if (!broken.isEmpty())
        return makeError(Error::Corrupt,
                         tr("The sync batch cannot be applied: some of its rows refer to rows this terminal "
                            "does not have. Nothing was imported."),
                         broken.join(QLatin1String("; ")));
    return {};
}

Result<SyncSummary> Importer::applyRows(const QVector<SyncRow> &rows, const QString &from,
                                        const std::function<Result<void>()> &alsoInTransaction)
{
    // Runs of one table's rows, their JSON joined by newlines (a row's JSON has none of its own).
    std::vector<QByteArray> joined;
    std::vector<SyncTableLines> runs;
    for (int i = 0; i < rows.size();) {
        int j = i;
        QByteArray lines;
        for (; j < rows.size() && rows.at(j).table == rows.at(i).table; ++j)
            lines.append(rows.at(j).json).append('\n');
        joined.push_back(std::move(lines));
        runs.push_back(SyncTableLines {rows.at(i).table, joined.back(), j - i});
        i = j;
    }
    return applyLines(runs, from, alsoInTransaction);
}

Result<SyncSummary> Importer::applyLines(const std::vector<SyncTableLines> &runs, const QString &from,
                                         const std::function<Result<void>()> &alsoInTransaction)
{
    qint64 rowCount = 0, batchBytes = 0;
    for (const SyncTableLines &run : runs) {
        rowCount += run.count;
        batchBytes += run.lines.size();
    }
    SyncSummary s;
    s.terminal = from;
    // A batch looks up uuids all over the file: a larger page cache while it applies, the usual one after.
    const PragmaGuard cache(m_ctx.db, "cache_size", "-131072");
    const JournalForBatch journal(m_ctx.db, rowCount, batchBytes);
    s.rollbackJournal = journal.switched();
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    if (auto q = Sql::exec(m_ctx.db, QStringLiteral("INSERT OR IGNORE INTO sync_applying VALUES (1)"), {},
                           tr("The sync batch cannot be applied."));
        !q)
        return q.error();
    Applier applier(m_ctx, s);
    if (auto r = applier.start(); !r)
        return r.error();
    if (auto r = applyRuns(applier, runs, s); !r)
        return r.error();
    StepClock steps(s);
    if (auto r = retryWaiting(applier, s); !r)
        return r.error();
    steps.done("waiting rows");
    if (auto r = applier.finish(steps); !r)
        return r.error();
    if (auto r = conclude(s, alsoInTransaction, journal.checkReferences()); !r)
        return r.error();
    StepClock commit(s);
    if (auto r = tx.commit(); !r)
        return r.error();
    commit.done("commit");
    return s;
}

Result<void> Importer::park(const QString &table, const QByteArray &json)
{
    const QString key = rowKey(table, QJsonDocument::fromJson(json).object());
    auto q = Sql::exec(m_ctx.db, QStringLiteral("INSERT OR REPLACE INTO sync_pending VALUES (?, ?, ?)"),
                       {table, key, QString::fromUtf8(json)}, tr("The sync batch cannot be applied."));
    if (!q)
        return q.error();
    return {};
}

Error Importer::cancelled() const
{
    return makeError(Error::Cancelled, tr("The import was cancelled: nothing was imported."));
}

Result<void> Importer::applyRuns(Applier &applier, const std::vector<SyncTableLines> &runs, SyncSummary &s)
{
    // How often the progress hears of the rows: often enough for a bar, rarely enough to cost nothing.
    constexpr qint64 kEvery = 1000;
    qint64 total = 0;
    for (const SyncTableLines &run : runs)
        total += run.count;
    if (!goOn(0, total))
        return cancelled();
    QElapsedTimer took;
    took.start();
    for (const SyncTableLines &run : runs) {
        // The rows of one table that follow each other, timed together.
        const QString &table = run.table;
        const TableSpec *t = specFor(table);
        if (!t)
            return makeError(Error::Invalid, tr("The batch holds rows of an unknown kind (%1).").arg(table));
        const qint64 t0 = took.nsecsElapsed();
        qint64 n = 0;
        for (qsizetype at = 0; at < run.lines.size();) {
            const QByteArrayView json = nextLine(run.lines, at);
            if (json.isEmpty())
                continue;
            ++n;
            if ((s.rows + n) % kEvery == 0 && !goOn(s.rows + n, total))
                return cancelled();
            auto o = applier.applyJson(*t, json);
            if (!o)
                return o.error();
            if (o.value() == Outcome::Applied)
                ++s.applied;
            else if (o.value() == Outcome::Waiting) {
                if (auto p = park(table, json.toByteArray()); !p)
                    return p;
            }
        }
        s.rowsByTable[table] += n;
        s.rows += n;
        s.nsByTable[table] += took.nsecsElapsed() - t0;
    }
    if (!goOn(s.rows, total))
        return cancelled();
    return {};
}

Result<void> Importer::retryWaiting(Applier &applier, SyncSummary &s)
{
    for (bool progress = true; progress;) {
        progress = false;
        auto q = Sql::exec(m_ctx.db, QStringLiteral("SELECT tbl, uuid, row_json FROM sync_pending"), {},
                           tr("The sync batch cannot be applied."));
        if (!q)
            return q.error();
        QVector<SyncRow> waiting;
        while (q->next())
            waiting << SyncRow {0, q->value(0).toString(), q->value(1).toString(),
                                q->value(2).toString().toUtf8()};
        q->finish();
        std::stable_sort(waiting.begin(), waiting.end(), [](const SyncRow &a, const SyncRow &b) {
            return tableNames().indexOf(a.table) < tableNames().indexOf(b.table);
        });
        for (const SyncRow &r : waiting) {
            const TableSpec *t = specFor(r.table);
            if (!t)
                return makeError(Error::Invalid,
                                 tr("The batch holds rows of an unknown kind (%1).").arg(r.table));
            auto o = applier.applyJson(*t, r.json);
            if (!o)
                return o.error();
            if (o.value() == Outcome::Waiting)
                continue;
            if (o.value() == Outcome::Applied)
                ++s.applied;
            progress = true;
            if (auto d
                = Sql::exec(m_ctx.db, QStringLiteral("DELETE FROM sync_pending WHERE tbl = ? AND uuid = ?"),
                            {r.table, r.key}, tr("The sync batch cannot be applied."));
                !d)
                return d.error();
        }
    }
    return {};
}

Result<void> Importer::conclude(SyncSummary &s, const std::function<Result<void>()> &alsoInTransaction,
                                bool checkReferences)
{
    StepClock steps(s);
    auto left = Sql::exec(m_ctx.db, QStringLiteral("SELECT count(*) FROM sync_pending"), {},
                          tr("The sync batch cannot be applied."));
    if (!left)
        return left.error();
    s.waiting = left->next() ? left->value(0).toLongLong() : 0;
    left->finish();
    if (alsoInTransaction) {
        if (auto r = alsoInTransaction(); !r)
            return r;
    }
    if (auto q = Sql::exec(m_ctx.db, QStringLiteral("DELETE FROM sync_applying"), {},
                           tr("The sync batch cannot be applied."));
        !q)
        return q.error();
    if (auto r = SyncState(m_ctx).noteSuccess(); !r)
        return r;
    steps.done("bookkeeping");
    if (checkReferences) { // last, so that it sees every row the transaction wrote
        if (auto r = referencesHold(); !r)
            return r;
        steps.done("references checked");
    }
    return {};
}

Result<SyncSummary> Importer::importBatch(const QString &dirPath)
{
    const QDir dir(dirPath);
    const QString where = QDir::toNativeSeparators(dirPath);
    auto manifest = readManifest(dir, where, m_ctx.terminal);
    if (!manifest)
        return manifest.error();
    const Manifest &m = manifest.value();

    // A batch is whole or not at all: every file is read and counted first, and their checksums are
    // worked out on a second core while the rows apply; the transaction commits only when all match.
    QElapsedTimer checking;
    checking.start();
    std::vector<BatchFile> contents;
    std::vector<SyncTableLines> runs;
    auto rowCount = readFiles(dir, where, m.files, contents, runs);
    if (!rowCount)
        return rowCount.error();
    Checksums checksums(contents);
    const qint64 checkNs = checking.nsecsElapsed();
    SyncState state(m_ctx);
    auto seenBefore = state.seenBatch(m.batch);
    if (!seenBefore)
        return seenBefore.error();

    const qint64 seqFrom = m.json.value(QLatin1String("seq_from")).toInteger();
    const qint64 seqTo = m.json.value(QLatin1String("seq_to")).toInteger();
    auto result = applyLines(runs, m.from, [&]() -> Result<void> {
        if (auto r = checksums.check(); !r)
            return r;
        if (auto r = state.rememberTerminal(m.from, m.terminal.value(QLatin1String("name")).toString(),
                                            m.terminal.value(QLatin1String("store")).toString(), m.currency);
            !r)
            return r;
        return state.recordBatch(m.batch, QStringLiteral("import"), m.from, seqFrom, seqTo, rowCount.value());
    });
    if (!result) {
        // A damaged file explains a refused row better than the row does.
        if (auto r = checksums.check(); !r)
            return r.error();
        return result;
    }
    SyncSummary s = result.value();
    s.nsByStep.insert(QStringLiteral("reading and counting files"), checkNs);
    s.batchUuid = m.batch;
    s.seqFrom = seqFrom;
    s.seqTo = seqTo;
    s.seenBefore = seenBefore.value();
    return s;
}
