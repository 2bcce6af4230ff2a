#include "exporter.h"

#include "batchformat.h"
#include "hashingwriter.h"
#include "rowencoder.h"
#include "syncstate.h"
#include "wireschema.h"

#include "ids.h"
#include "sqlexec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

using namespace syncimpl;

Result<void> Exporter::scan(bool everything, qint64 afterSeq, qint64 throughSeq,
                            const std::function<Result<void>(const SyncRow &)> &each)
{
    for (const TableSpec &t : specs()) {
        TableReader reader(m_ctx.db, t, !everything, afterSeq, throughSeq);
        SyncRow r;
        r.table = QLatin1String(t.name);
        while (reader.next(r.json, &r.seq, &r.key)) {
            if (auto done = each(r); !done)
                return done;
            r.json.clear();
        }
        if (reader.failed())
            return reader.error();
    }
    return {};
}

Result<QVector<SyncRow>> Exporter::outboxRows(qint64 afterSeq, int limit)
{
    // The seq that bounds this many lines of the outbox, then every table's lines up to it.
    auto bound = Sql::exec(m_ctx.db,
                           QStringLiteral("SELECT max(seq) FROM (SELECT seq FROM sync_outbox WHERE seq > ? "
                                          "ORDER BY seq LIMIT ?)"),
                           {afterSeq, limit}, tr("The changes to send cannot be read."));
    if (!bound)
        return bound.error();
    const qint64 to = bound->next() ? bound->value(0).toLongLong() : 0;
    QVector<SyncRow> out;
    if (to <= afterSeq)
        return out;
    auto read = scan(false, afterSeq, to, [&](const SyncRow &r) -> Result<void> {
        out << r;
        return {};
    });
    if (!read)
        return read.error();
    std::sort(out.begin(), out.end(), [](const SyncRow &a, const SyncRow &b) { return a.seq < b.seq; });
    return out;
}

Result<void> Exporter::checkFolder(const QString &dirPath, qint64 after, bool everything)
{
    if (!everything) {
        auto waiting = Sql::exec(m_ctx.db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE seq > ?"),
                                 {after}, tr("The changes to send cannot be read."));
        if (!waiting)
            return waiting.error();
        if (waiting->next() && waiting->value(0).toLongLong() == 0)
            return makeError(Error::NotFound,
                             tr("Nothing has changed on this terminal since the last batch: "
                                "there is nothing to export."));
    }
    QDir dir(dirPath);
    if (dir.exists() && !dir.entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty())
        return makeError(Error::Invalid,
                         tr("The folder %1 is not empty: choose an empty or a new folder for the batch.")
                             .arg(QDir::toNativeSeparators(dirPath)));
    if (!QDir().mkpath(dirPath))
        return makeError(Error::Storage,
                         tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dirPath)));
    return {};
}

Result<QJsonObject> Exporter::writeTable(const QDir &dir, const TableSpec &t, bool everything, SyncSummary &s)
{
    const QString table = QLatin1String(t.name);
    QSaveFile out(dir.filePath(tableFileName(table)));
    const auto cannotWrite = [&out] {
        return makeError(Error::Storage,
                         tr("The batch file %1 cannot be written: %2")
                             .arg(QDir::toNativeSeparators(out.fileName()), out.errorString()));
    };
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite();
    TableReader reader(m_ctx.db, t, !everything, s.seqFrom - 1, s.seqTo);
    QElapsedTimer took;
    took.start();
    qint64 n = 0;
    QByteArray hash;
    bool written = false;
    {
        HashingWriter writer(out);
        QByteArray buffer;
        buffer.reserve(HashingWriter::kBuffer + (HashingWriter::kBuffer >> 2));
        while (reader.next(buffer)) {
            buffer += '\n';
            ++n;
            if (buffer.size() > HashingWriter::kBuffer)
                writer.push(buffer);
        }
        writer.push(buffer);
        written = writer.finish();
        hash = writer.sha256();
    }
    if (reader.failed())
        return reader.error();
    if (!written || !out.commit())
        return cannotWrite();
    s.rowsByTable.insert(table, n);
    s.nsByTable.insert(table, took.nsecsElapsed());
    s.rows += n;
    return QJsonObject {{QStringLiteral("file"), tableFileName(table)},
                        {QStringLiteral("rows"), n},
                        {QStringLiteral("sha256"), QString::fromLatin1(hash.toHex())}};
}

QJsonObject Exporter::manifest(const SyncSummary &s, bool everything, const QJsonObject &files) const
{
    return QJsonObject {
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("batch"), s.batchUuid},
        {QStringLiteral("terminal"),
         QJsonObject {{QStringLiteral("uuid"), m_ctx.terminal.uuid},
                      {QStringLiteral("name"), m_ctx.terminal.name},
                      {QStringLiteral("store"), m_ctx.terminal.storeName}}},
        {QStringLiteral("currency"), m_ctx.terminal.currency},
        {QStringLiteral("kind"), everything ? QStringLiteral("everything") : QStringLiteral("changes")},
        {QStringLiteral("seq_from"), everything ? 0 : s.seqFrom},
        {QStringLiteral("seq_to"), everything ? 0 : s.seqTo},
        {QStringLiteral("created_at"), Ids::utcText(m_ctx.clock.nowUtc())},
        {QStringLiteral("tables"), files},
    };
}

Result<SyncSummary> Exporter::exportBatch(const QString &dirPath, bool everything)
{
    SyncState state(m_ctx);
    auto after = state.cursor(QStringLiteral("export"));
    if (!after)
        return after.error();
    if (auto r = checkFolder(dirPath, after.value(), everything); !r)
        return r.error();
    const QDir dir(dirPath);

    // One read transaction: every file shows the same moment, and no sale slips in between the files.
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    SyncSummary s;
    s.terminal = m_ctx.terminal.uuid;
    s.batchUuid = Ids::newUuid(m_ctx.clock.nowUtc());
    auto range = Sql::exec(
        m_ctx.db,
        QStringLiteral("SELECT COALESCE(min(seq), 0), COALESCE(max(seq), 0) FROM sync_outbox WHERE seq > ?"),
        {after.value()}, tr("The changes to send cannot be read."));
    if (!range)
        return range.error();
    range->next();
    s.seqFrom = range->value(0).toLongLong();
    s.seqTo = range->value(1).toLongLong();
    range->finish();

    QJsonObject files;
    for (const TableSpec &t : specs()) {
        auto entry = writeTable(dir, t, everything, s);
        if (!entry)
            return entry.error();
        files.insert(QLatin1String(t.name), entry.value());
    }
    // The manifest last: a folder without one is a batch that was not finished.
    QSaveFile mf(dir.filePath(manifestFileName()));
    if (!mf.open(QIODevice::WriteOnly) || mf.write(QJsonDocument(manifest(s, everything, files)).toJson()) < 0
        || !mf.commit())
        return makeError(Error::Storage,
                         tr("The batch manifest cannot be written: %1").arg(mf.errorString()));
    if (!everything && s.seqTo > 0) {
        if (auto r = state.acknowledge(s.seqTo, s.batchUuid, QStringLiteral("export"), s.seqFrom, s.rows); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return s;
}
