#include "headoffice.h"

#include "ids.h"
#include "sqlexec.h"
#include "terminalservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// A push holds this lock until it commits, so the journal's numbers are handed out in commit order
// and a pull that read up to number N never finds a smaller one committed later.
constexpr qint64 kPushLock = 0x4C4F5954; // 'LOYT'

// Schema of the head office, version by version. Every statement runs in one transaction.
const QStringList &migrations()
{
    static const QStringList v1 {
        QStringLiteral("CREATE TABLE head_office (key text PRIMARY KEY, value text NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE terminals (uuid text PRIMARY KEY, name text NOT NULL, store_name text NOT NULL, "
            "currency text NOT NULL, first_seen timestamptz NOT NULL DEFAULT now(), "
            "last_push_at timestamptz, last_pull_at timestamptz)"),
        // The journal: every row as a terminal sent it, numbered in commit order.
        QStringLiteral("CREATE TABLE changes (seq bigserial PRIMARY KEY, "
                       "terminal text NOT NULL REFERENCES terminals(uuid), terminal_seq bigint, "
                       "tbl text NOT NULL, row_key text NOT NULL, row_data jsonb NOT NULL, "
                       "received_at timestamptz NOT NULL DEFAULT now(), UNIQUE (terminal, terminal_seq))"),
        QStringLiteral("CREATE INDEX changes_row ON changes (tbl, row_key)"),
        QStringLiteral("CREATE TABLE batches (batch text PRIMARY KEY, terminal text NOT NULL REFERENCES "
                       "terminals(uuid), "
                       "seq_from bigint NOT NULL, seq_to bigint NOT NULL, rows integer NOT NULL, "
                       "pushed_at timestamptz NOT NULL DEFAULT now())"),
        // For people who query the head office: the latest state of each row, members' balances.
        QStringLiteral(
            "CREATE VIEW latest AS SELECT DISTINCT ON (tbl, row_key) tbl, row_key, row_data, terminal, seq "
            "FROM changes ORDER BY tbl, row_key, seq DESC"),
        QStringLiteral("CREATE VIEW points_balances AS SELECT row_data->>'member' AS member_uuid, "
                       "sum((row_data->>'points')::bigint) AS points FROM latest WHERE tbl = 'points_ledger' "
                       "GROUP BY 1"),
        QStringLiteral("CREATE VIEW members AS SELECT l.row_key AS uuid, l.row_data->>'name' AS name, "
                       "l.row_data->>'phone' AS phone, l.row_data->>'email' AS email, "
                       "COALESCE(b.points, 0) AS points_balance, l.row_data->>'merged_into' AS merged_into, "
                       "l.row_data->>'erased_at' AS erased_at FROM latest l "
                       "LEFT JOIN points_balances b ON b.member_uuid = l.row_key WHERE l.tbl = 'members'"),
    };
    static const QStringList all = v1; // one list a version when there are more
    return all;
}

} // namespace

// "host=a port=5432 dbname='my db' user=x password=y" → key/value pairs.
QList<QPair<QString, QString>> HeadOffice::parseConninfo(const QString &text)
{
    QList<QPair<QString, QString>> out;
    int i = 0;
    const int n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        const int eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            break;
        const QString key = text.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            for (++i; i < n && text.at(i) != QLatin1Char('\''); ++i) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text.at(i);
            }
            ++i;
        } else {
            while (i < n && !text.at(i).isSpace())
                value += text.at(i++);
        }
        out << qMakePair(key, value);
    }
    return out;
}

QString HeadOffice::makeConninfo(const QList<QPair<QString, QString>> &pairs)
{
    QStringList out;
    for (const auto &kv : pairs) {
        if (kv.second.isEmpty())
            continue;
        QString v = kv.second;
        if (v.contains(QLatin1Char(' ')) || v.contains(QLatin1Char('\'')) || v.contains(QLatin1Char('\\'))) {
            v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            v.replace(QLatin1Char('\''), QLatin1String("\\'"));
            v = QLatin1Char('\'') + v + QLatin1Char('\'');
        }
        out << kv.first + QLatin1Char('=') + v;
    }
    return out.join(QLatin1Char(' '));
}

QString HeadOffice::describePush(qint64 pushed)
{
    return tr("%1 rows sent to the head office.").arg(QLocale().toString(pushed));
}

QString HeadOffice::describe(const Result2 &r)
{
    return describePush(r.pushed) + QLatin1Char(' ') + SyncService::describeImport(r.pulled);
}

Result<HeadOffice::Result2> HeadOffice::syncFile(const QString &dbPath, const QString &conninfo)
{
    auto db = Database::open(dbPath, Database::Mode::ExistingOnly);
    if (!db)
        return db.error();
    auto terminal = TerminalService(*db.value(), Clock::system()).local();
    if (!terminal)
        return terminal.error();
    ServiceContext ctx(*db.value(), Clock::system(), terminal.value());
    HeadOffice office(ctx, conninfo);
    return office.sync();
}

HeadOffice::HeadOffice(ServiceContext &ctx, QString conninfo)
    : m_ctx(ctx)
    , m_conninfo(std::move(conninfo))
    , m_connectionName(QStringLiteral("headoffice-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HeadOffice::~HeadOffice()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase HeadOffice::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error HeadOffice::connectionError(const QString &driverText, const QString &where)
{
    const QString t = driverText.toLower();
    if (t.contains(QLatin1String("password")) || t.contains(QLatin1String("authentication"))
        || t.contains(QLatin1String("role \"")))
        return makeError(
            Error::Forbidden,
            tr("The head office (%1) refused the user name or password. Check the sync settings; the "
               "changes wait on this terminal.")
                .arg(where),
            driverText);
    if (t.contains(QLatin1String("database")) && t.contains(QLatin1String("does not exist")))
        return makeError(
            Error::NotFound,
            tr("The head office server has no database by that name (%1). Check the sync settings.")
                .arg(where),
            driverText);
    return makeError(
        Error::Storage,
        tr("The head office (%1) cannot be reached. The changes wait on this terminal and go with the "
           "next sync.")
            .arg(where),
        driverText);
}

Result<QSqlQuery> HeadOffice::exec(const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    bool ran;
    if (values.isEmpty()) {
        ran = q.exec(sql); // PostgreSQL prepares no DDL
    } else {
        if (!q.prepare(sql))
            return makeError(Error::Storage, what, q.lastError().text());
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        ran = q.exec();
    }
    if (!ran) {
        const QString text = q.lastError().text();
        // A server that went away in the middle reads as "cannot be reached", like one never there.
        if (!connection().isOpen() || text.contains(QLatin1String("server closed"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("connection"), Qt::CaseInsensitive))
            return connectionError(text, m_where);
        return makeError(Error::Storage, what, text);
    }
    return q;
}

Result<void> HeadOffice::connect()
{
    if (m_open)
        return {};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(Error::Storage,
                         tr("This terminal cannot talk to a PostgreSQL head office: Qt's PostgreSQL "
                            "driver is not installed (Debian package libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    QStringList options;
    QString host = QStringLiteral("localhost"), name;
    int port = 5432;
    bool timeout = false;
    for (const auto &kv : parseConninfo(m_conninfo)) {
        if (kv.first == QLatin1String("host"))
            host = kv.second;
        else if (kv.first == QLatin1String("port"))
            port = kv.second.toInt();
        else if (kv.first == QLatin1String("dbname"))
            name = kv.second;
        else if (kv.first == QLatin1String("user"))
            db.setUserName(kv.second);
        else if (kv.first == QLatin1String("password"))
            db.setPassword(kv.second);
        else {
            timeout = timeout || kv.first == QLatin1String("connect_timeout");
            options << kv.first + QLatin1Char('=') + kv.second;
        }
    }
    if (!timeout)
        options << QStringLiteral("connect_timeout=5"); // a till does not wait a minute for a dead line
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(name);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    m_where = QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(name);
    if (name.isEmpty())
        return makeError(Error::Invalid,
                         tr("The head office connection names no database: add dbname=… to it."));
    if (!db.open())
        return connectionError(db.lastError().text(), m_where);
    m_open = true;
    if (auto r = migrate(); !r) {
        db.close();
        m_open = false;
        return r;
    }
    return registerTerminal();
}

Result<void> HeadOffice::migrate()
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return connectionError(db.lastError().text(), m_where);
    const QString what = tr("The head office database cannot be set up.");
    auto rollback = [&](Error e) {
        db.rollback();
        return e;
    };
    // Two terminals meeting an empty server at once: one sets it up, the other waits and finds it done.
    if (auto q = exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kPushLock}, what); !q)
        return rollback(q.error());
    auto exists = exec(QStringLiteral("SELECT to_regclass('loyalty_schema') IS NOT NULL"), {}, what);
    if (!exists)
        return rollback(exists.error());
    const bool known = exists->next() && exists->value(0).toBool();
    exists->finish();
    if (!known) {
        if (auto q = exec(QStringLiteral("CREATE TABLE loyalty_schema (version integer NOT NULL)"), {}, what);
            !q)
            return rollback(q.error());
    }
    auto v = exec(QStringLiteral("SELECT COALESCE(max(version), 0) FROM loyalty_schema"), {}, what);
    if (!v)
        return rollback(v.error());
    const int version = v->next() ? v->value(0).toInt() : 0;
    v->finish();
    if (version > kSchemaVersion)
        return rollback(makeError(Error::TooNew,
                                  tr("The head office was set up by a newer version of the terminal "
                                     "(schema %1; this one knows %2). Update this terminal.")
                                      .arg(version)
                                      .arg(kSchemaVersion)));
    if (version < kSchemaVersion) {
        for (const QString &sql : migrations())
            if (auto q = exec(sql, {}, what); !q)
                return rollback(q.error());
        if (auto q = exec(QStringLiteral("DELETE FROM loyalty_schema"), {}, what); !q)
            return rollback(q.error());
        if (auto q = exec(QStringLiteral("INSERT INTO loyalty_schema VALUES (?)"), {kSchemaVersion}, what);
            !q)
            return rollback(q.error());
    }
    if (!db.commit())
        return connectionError(db.lastError().text(), m_where);
    return {};
}

Result<void> HeadOffice::registerTerminal()
{
    const QString what = tr("The head office cannot register this terminal.");
    const TerminalRecord &t = m_ctx.terminal;
    // The first terminal sets the head office's currency; the others must keep the same.
    if (auto q = exec(QStringLiteral("INSERT INTO head_office VALUES ('currency', ?) ON CONFLICT DO NOTHING"),
                      {t.currency}, what);
        !q)
        return q.error();
    auto cur = exec(QStringLiteral("SELECT value FROM head_office WHERE key = 'currency'"), {}, what);
    if (!cur)
        return cur.error();
    const QString currency = cur->next() ? cur->value(0).toString() : t.currency;
    if (currency != t.currency)
        return makeError(Error::Invalid,
                         tr("The head office keeps its accounts in %1 and this terminal in %2: a "
                            "terminal syncs only with a head office of its own currency.")
                             .arg(currency, t.currency));
    if (auto q
        = exec(QStringLiteral("INSERT INTO terminals (uuid, name, store_name, currency) VALUES (?, ?, ?, ?) "
                              "ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, "
                              "store_name = excluded.store_name"),
               {t.uuid, t.name, t.storeName, t.currency}, what);
        !q)
        return q.error();
    return {};
}

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

Result<SyncSummary> HeadOffice::pull()
{
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

Result<HeadOffice::Result2> HeadOffice::sync()
{
    Result2 out;
    auto pushed = push();
    if (!pushed) {
        SyncService(m_ctx).noteFailure(pushed.error().message);
        return pushed.error();
    }
    out.pushed = pushed.value();
    auto pulled = pull();
    if (!pulled) {
        SyncService(m_ctx).noteFailure(pulled.error().message);
        return pulled.error();
    }
    out.pulled = pulled.value();
    return out;
}
