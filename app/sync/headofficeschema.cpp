#include "headoffice.h"

#include "sqlexec.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

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
