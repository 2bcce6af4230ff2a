#pragma once

#include "syncservice.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The head office: a PostgreSQL database (through Qt's QPSQL driver) that every terminal of the shop
// pushes its changes to and pulls the others' changes from (docs/sync-format.md, "Head office").
//
// It keeps the rows as they travel, in one journal numbered in commit order (pushes take a lock), with
// views for people who query it. A push sends the outbox in chunks, each committed there before it is
// acknowledged here; a pull applies chunks here, each in one transaction with how far it read. A sync
// cut off at any point resumes where it stopped, and a chunk sent twice changes nothing.
class HeadOffice
{
    Q_DECLARE_TR_FUNCTIONS(HeadOffice)
public:
    static constexpr int kSchemaVersion = 1;

    // conninfo: libpq's "host=… port=… dbname=… user=… password=…" (other keys pass through).
    HeadOffice(ServiceContext &ctx, QString conninfo);
    ~HeadOffice();
    HeadOffice(const HeadOffice &) = delete;
    HeadOffice &operator=(const HeadOffice &) = delete;

    // Rows per chunk (tests make it small to cut a sync in the middle).
    void setChunkRows(int rows) { m_chunk = rows; }

    struct Exchange
    {
        qint64 pushed = 0;
        SyncSummary pulled;
    };
    // What an exchange did, for the person who asked (the CLI and the app say the same).
    static QString describePush(qint64 pushed);
    static QString describe(const Exchange &r);

    Result<qint64> push(); // rows sent
    Result<SyncSummary> pull();
    // Push then pull: what the scheduled sync and `loyalty-cli sync` do. A failure is noted for the status.
    Result<Exchange> sync();

    // Connects (creating or migrating the head office schema) without exchanging anything.
    Result<void> connect();
    QSqlDatabase connection() const;

    // libpq's key=value form, read and written (values with spaces are quoted).
    static QList<QPair<QString, QString>> parseConninfo(const QString &text);
    static QString makeConninfo(const QList<QPair<QString, QString>> &pairs);
    // Where this terminal's head office is (a setting of this terminal; empty: none), and how often the
    // app syncs with it by itself (minutes; 0 = only when asked).
    static constexpr const char *kConninfoKey = "sync.head_office";
    static constexpr const char *kIntervalKey = "sync.interval_minutes";
    // A sync on a connection of its own, by actor: the app runs it in a worker thread so the till keeps
    // selling.
    static Result<Exchange> syncFile(const QString &dbPath, const QString &conninfo, const Actor &actor);

    // The message a person reads for a connection that failed; the technical text goes in detail.
    static Error connectionError(const QString &driverText, const QString &where);

private:
    // A push holds this lock until it commits, so the journal's numbers are handed out in commit order
    // and a pull that read up to number N never finds a smaller one committed later.
    static constexpr qint64 kPushLock = 0x4C4F5954; // 'LOYT'

    Result<void> migrate();
    Result<void> registerTerminal();
    // Adds rows to the journal inside the open transaction (snapshot: rows without outbox numbers).
    Result<void> send(const QVector<SyncService::Row> &rows, bool snapshot, const QString &batch);
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values, const QString &what);

    ServiceContext &m_ctx;
    QString m_conninfo;
    QString m_connectionName;
    QString m_where; // host:port/dbname, for messages
    int m_chunk = 5000;
    bool m_open = false;
};
