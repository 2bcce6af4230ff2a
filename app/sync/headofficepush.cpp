#include "headoffice.h"

#include "ids.h"
#include "sqlexec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

Result<void> HeadOffice::send(const QVector<SyncService::Row> &rows, bool snapshot, const QString &batch)
{
    const QString what = tr("The changes cannot be sent to the head office.");
    QByteArray array = "[";
    qint64 from = 0, to = 0;
    for (const SyncService::Row &r : rows) {
        if (array.size() > 1)
            array += ',';
        array += "{\"s\":" + (snapshot ? QByteArray("null") : QByteArray::number(r.seq)) + ",\"t\":\""
            + r.table.toUtf8()
            + "\",\"k\":" + QJsonDocument(QJsonArray {r.key}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
            + ",\"d\":" + r.json + '}';
        from = from == 0 ? r.seq : qMin(from, r.seq);
        to = qMax(to, r.seq);
    }
    array += ']';
    // A chunk sent before whose acknowledgement was lost (the terminal stopped in between) is already
    // here: ON CONFLICT leaves it as it was. Snapshot rows carry no number and are simply added.
    if (auto q = exec(QStringLiteral("INSERT INTO changes (terminal, terminal_seq, tbl, row_key, row_data) "
                                     "SELECT ?, (e->>'s')::bigint, e->>'t', e->>'k', e->'d' "
                                     "FROM jsonb_array_elements(?::jsonb) e "
                                     "ON CONFLICT (terminal, terminal_seq) DO NOTHING"),
                      {m_ctx.terminal.uuid, QString::fromUtf8(array)}, what);
        !q)
        return q.error();
    if (auto q = exec(QStringLiteral("INSERT INTO batches (batch, terminal, seq_from, seq_to, rows) "
                                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (batch) DO UPDATE SET "
                                     "rows = batches.rows + excluded.rows"),
                      {batch, m_ctx.terminal.uuid, from, to, qint64(rows.size())}, what);
        !q)
        return q.error();
    return {};
}

Result<qint64> HeadOffice::push()
{
    if (auto r = SyncService::mayExchange(m_ctx.actor); !r)
        return r.error();
    if (auto r = connect(); !r)
        return r.error();
    SyncService sync(m_ctx);
    QSqlDatabase db = connection();
    const QString what = tr("The changes cannot be sent to the head office.");
    auto begin = [&]() -> Result<void> {
        if (!db.transaction())
            return connectionError(db.lastError().text(), m_where);
        if (auto q = exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kPushLock}, what); !q) {
            db.rollback();
            return q.error();
        }
        return {};
    };
    auto commit = [&]() -> Result<void> {
        if (auto q = exec(QStringLiteral("UPDATE terminals SET last_push_at = now() WHERE uuid = ?"),
                          {m_ctx.terminal.uuid}, what);
            !q) {
            db.rollback();
            return q.error();
        }
        if (!db.commit())
            return connectionError(db.lastError().text(), m_where);
        return {};
    };
    auto acknowledge = [&](qint64 to, const QString &batch, qint64 from, qint64 n) -> Result<void> {
        Transaction tx(m_ctx.db);
        if (!tx.begun())
            return tx.beginError();
        if (auto r = sync.acknowledge(to, batch, QStringLiteral("push"), from, n); !r)
            return r;
        return tx.commit();
    };
    qint64 pushed = 0;

    // First contact after file batches took rows out of the outbox: everything this file holds goes,
    // in one transaction there, so the head office lacks nothing.
    auto hadPush = sync.hasCursor(QStringLiteral("push"));
    auto exported = sync.hasCursor(QStringLiteral("export"));
    if (!hadPush || !exported)
        return (!hadPush ? hadPush.error() : exported.error());
    if (!hadPush.value() && exported.value()) {
        auto top
            = Sql::exec(m_ctx.db, QStringLiteral("SELECT COALESCE(max(seq), 0) FROM sync_outbox"), {}, what);
        if (!top)
            return top.error();
        const qint64 through = top->next() ? top->value(0).toLongLong() : 0;
        top->finish();
        const QString batch = Ids::newUuid(m_ctx.clock.nowUtc());
        if (auto r = begin(); !r)
            return r.error();
        QVector<SyncService::Row> chunk;
        qint64 n = 0;
        auto flush = [&]() -> Result<void> {
            if (chunk.isEmpty())
                return {};
            auto r = send(chunk, true, batch);
            n += chunk.size();
            chunk.clear();
            return r;
        };
        auto read = sync.scan(true, 0, 0, [&](const SyncService::Row &r) -> Result<void> {
            chunk << r;
            return chunk.size() >= m_chunk ? flush() : Result<void>();
        });
        if (read)
            read = flush();
        if (!read) {
            db.rollback();
            return read.error();
        }
        if (auto r = commit(); !r)
            return r.error();
        if (auto r = acknowledge(through, batch, 0, n); !r)
            return r.error();
        pushed += n;
    }

    for (;;) {
        auto after = sync.cursor(QStringLiteral("push"));
        if (!after)
            return after.error();
        auto rows = sync.outboxRows(after.value(), m_chunk);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            break;
        const QString batch = Ids::newUuid(m_ctx.clock.nowUtc());
        if (auto r = begin(); !r)
            return r.error();
        if (auto r = send(rows.value(), false, batch); !r) {
            db.rollback();
            return r.error();
        }
        if (auto r = commit(); !r)
            return r.error();
        if (auto r = acknowledge(rows->last().seq, batch, rows->first().seq, rows->size()); !r)
            return r.error();
        pushed += rows->size();
    }
    return pushed;
}
