#include "headoffice.h"

#include "ids.h"

#include <QSqlQuery>

Result<SyncSummary> HeadOffice::pull()
{
    if (auto r = SyncService::mayExchange(m_ctx.actor); !r)
        return r.error();
    if (auto r = connect(); !r)
        return r.error();
    SyncService sync(m_ctx);
    const QString what = tr("The changes of the other terminals cannot be read from the head office.");
    SyncSummary total;
    total.terminal = QStringLiteral("head office");
    // The other terminals, for the names reports show.
    struct Term
    {
        QString uuid, name, store, currency;
    };
    QVector<Term> terms;
    auto t = exec(QStringLiteral("SELECT uuid, name, store_name, currency FROM terminals WHERE uuid <> ?"),
                  {m_ctx.terminal.uuid}, what);
    if (!t)
        return t.error();
    while (t->next())
        terms << Term {t->value(0).toString(), t->value(1).toString(), t->value(2).toString(),
                       t->value(3).toString()};
    bool termsSaved = false;
    for (;;) {
        auto last = sync.state(QStringLiteral("pull_seq"));
        if (!last)
            return last.error();
        const qint64 after = last->toLongLong();
        auto q = exec(QStringLiteral("SELECT seq, tbl, row_key, row_data::text FROM changes "
                                     "WHERE seq > ? AND terminal <> ? ORDER BY seq LIMIT ?"),
                      {after, m_ctx.terminal.uuid, m_chunk}, what);
        if (!q)
            return q.error();
        QVector<SyncService::Row> rows;
        qint64 to = after;
        while (q->next()) {
            SyncService::Row r;
            r.seq = q->value(0).toLongLong();
            r.table = q->value(1).toString();
            r.key = q->value(2).toString();
            r.json = q->value(3).toString().toUtf8();
            to = r.seq;
            rows << r;
        }
        q->finish();
        if (rows.isEmpty() && termsSaved)
            break;
        const QString batch = Ids::newUuid(m_ctx.clock.nowUtc());
        auto applied = sync.applyRows(rows, total.terminal, [&]() -> Result<void> {
            for (const Term &term : terms)
                if (auto r = sync.rememberTerminal(term.uuid, term.name, term.store, term.currency); !r)
                    return r;
            if (!rows.isEmpty()) {
                if (auto r = sync.recordBatch(batch, QStringLiteral("pull"), total.terminal, rows.first().seq,
                                              to, rows.size());
                    !r)
                    return r;
            }
            return sync.setState(QStringLiteral("pull_seq"), QString::number(to));
        });
        if (!applied)
            return applied.error();
        termsSaved = true;
        total.rows += applied->rows;
        total.applied += applied->applied;
        total.conflicts += applied->conflicts;
        total.waiting = applied->waiting;
        total.overdrawn += applied->overdrawn;
        for (auto it = applied->rowsByTable.cbegin(); it != applied->rowsByTable.cend(); ++it)
            total.rowsByTable[it.key()] += it.value();
        if (rows.size() < m_chunk)
            break;
    }
    if (auto q = exec(QStringLiteral("UPDATE terminals SET last_pull_at = now() WHERE uuid = ?"),
                      {m_ctx.terminal.uuid}, what);
        !q)
        return q.error();
    return total;
}
