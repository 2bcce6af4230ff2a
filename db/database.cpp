#include "database.h"

#include "searchtext.h"
#include "sqlite/busywait.h"
#include "sqlite/buyersets.h"
#include "sqlite/statementcache.h"
#include "sqlite/uuidfunction.h"
#include "sqlite/writerswaiting.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <map>

namespace {
// This file's strings translate in the context "Database" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QAtomicInteger<quint64> s_connectionCounter;

// The migrations embedded from db/migrations/NNNN_what.sql, by version number.
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QDirIterator it(QStringLiteral(":/loyalty/migrations"));
    while (it.hasNext()) {
        it.next();
        const auto m = name.match(it.fileName());
        if (m.hasMatch())
            files[m.captured(1).toInt()] = it.filePath();
    }
    return files;
}

int scalarInt(const QSqlDatabase &db, const QString &sql, bool *ok, QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        *ok = false;
        *error = q.lastError();
        return 0;
    }
    *ok = true;
    return q.value(0).toInt();
}

// Version 2 added members.search_text, which the app folds (SQL cannot remove diacritics): fill it in
// for the members written before, in batches by id so that no statement reads rows it is rewriting.
// The external-content FTS5 index starts without those rows; its update trigger deletes a row's old
// entry before adding the new one, which FTS5 reports as corruption for a row it never indexed, so the
// index is rebuilt over the existing rows first.
Result<void> fillSearchText(Database &db)
{
    if (auto r = db.execScript(QStringLiteral("INSERT INTO member_fts(member_fts) VALUES ('rebuild')")); !r)
        return r;
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    QSqlQuery write(db.connection());
    if (!read.prepare(
            QStringLiteral("SELECT id, name, email, phone FROM members WHERE id > ? ORDER BY id LIMIT 1000"))
        || !write.prepare(QStringLiteral("UPDATE members SET search_text = ? WHERE id = ?")))
        return Database::storageError(read.lastError(), Text::tr("The member search index cannot be built."));
    qint64 last = 0;
    for (;;) {
        read.bindValue(0, last);
        if (!read.exec())
            return Database::storageError(read.lastError(),
                                          Text::tr("The member search index cannot be built."));
        QVector<std::pair<qint64, QString>> batch;
        while (read.next()) {
            last = read.value(0).toLongLong();
            batch.push_back({last,
                             SearchText::forMember(read.value(1).toString(), read.value(2).toString(),
                                                   read.value(3).toString())});
        }
        read.finish();
        if (batch.isEmpty())
            return {};
        for (const auto &[id, text] : std::as_const(batch)) {
            write.bindValue(0, text);
            write.bindValue(1, id);
            if (!write.exec())
                return Database::storageError(write.lastError(),
                                              Text::tr("The member search index cannot be built."));
        }
    }
}

// Version 11 rewrote the text of a table (0011_ledger_kind_check.sql): refuse a file where the text was
// not what the migration expects, and make every other connection read the schema again.
Result<void> checkLedgerKindRewritten(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'points_ledger'"))
        || !q.next())
        return Database::storageError(q.lastError(), Text::tr("The schema version cannot be read."));
    const QString sql = q.value(0).toString();
    q.finish();
    if (sql.contains(QLatin1String("kind IN (")) || !sql.contains(QLatin1String("kind = 'import'")))
        return makeError(Error::Corrupt, Text::tr("The database file is damaged."), sql);
    bool ok = false;
    QSqlError error;
    const int cookie = scalarInt(db.connection(), QStringLiteral("PRAGMA schema_version"), &ok, &error);
    if (!ok)
        return Database::storageError(error, Text::tr("The schema version cannot be read."));
    // A PRAGMA takes no bound parameter; the number is SQLite's own.
    return db.execScript(QStringLiteral("PRAGMA schema_version = %1").arg(cookie + 1));
}

// What a version needs beyond its SQL script, run in the same transaction.
Result<void> completeMigration(Database &db, int version)
{
    if (version == 2)
        return fillSearchText(db);
    if (version == 11)
        return checkLedgerKindRewritten(db);
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_interruptible.store(nullptr);
    m_kept.clear(); // its statements are finalized before the connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

int Database::storedVersion(const QString &path)
{
    if (!QFileInfo::exists(path))
        return -1;
    sqlite3 *h = nullptr;
    int version = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            version = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(h);
    return version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    return openImpl(path, mode, latestVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int targetVersion)
{
    return openImpl(path, Mode::CreateOrUpgrade, targetVersion);
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString &path, Mode mode, int targetVersion)
{
    // Before SQLite's first connection in this process: no global memory statistics, which nothing here
    // reads and which cost a mutex on each of SQLite's allocations (this build of SQLite has no
    // lookaside, so each cursor of each statement is one). Once SQLite has started, the call is refused
    // and changes nothing.
    static const int memstatus = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(memstatus);
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (path.isEmpty())
        return makeError(Error::Invalid, Text::tr("No database file was given."));

    if (info.exists()) {
        if (info.isDir())
            return makeError(Error::Invalid, Text::tr("%1 is a folder, not a database file.").arg(shown));
        if (!info.isReadable())
            return makeError(
                Error::Storage,
                Text::tr("The database file %1 cannot be read: this user has no permission to open it.")
                    .arg(shown));
    } else {
        if (mode != Mode::CreateOrUpgrade)
            return makeError(
                Error::NotFound,
                Text::tr("There is no database at %1. Create one with \"loyalty-cli init\".").arg(shown));
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(Error::Storage,
                             Text::tr("The folder %1 cannot be created.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())));
        // Create the file ourselves so that it is private (0600) from its first byte: it holds
        // members' personal data. SQLite gives its -wal and -shm files the same permissions.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return makeError(
                Error::Storage,
                Text::tr("The database file %1 cannot be created: %2").arg(shown, f.errorString()));
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    const QString name = QStringLiteral("loyalty-%1").arg(++s_connectionCounter);
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), name));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!c.isValid())
            return makeError(
                Error::Storage,
                Text::tr("The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite)."));
        c.setDatabaseName(info.absoluteFilePath());
        // No busy timeout here: installOnConnection() puts BusyWait in place of Qt's.
        if (mode == Mode::ReadOnly)
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!c.open())
            return storageError(c.lastError(), Text::tr("The database file %1 cannot be opened.").arg(shown));
    }
    db->m_interruptible.store(db->handle());
    if (const char *failed = db->installOnConnection())
        return makeError(Error::Storage, Text::tr("The database file %1 cannot be opened.").arg(shown),
                         QLatin1String(failed));

    // Read before writing anything: a file that is not ours, or is newer than us, is left untouched.
    bool ok = false;
    QSqlError sqlError;
    const int version = scalarInt(db->connection(), QStringLiteral("PRAGMA user_version"), &ok, &sqlError);
    if (!ok)
        return storageError(sqlError, Text::tr("The database file %1 cannot be read.").arg(shown));
    const int appId = scalarInt(db->connection(), QStringLiteral("PRAGMA application_id"), &ok, &sqlError);
    if (!ok)
        return storageError(sqlError, Text::tr("The database file %1 cannot be read.").arg(shown));
    const int tables
        = scalarInt(db->connection(), QStringLiteral("SELECT count(*) FROM sqlite_schema"), &ok, &sqlError);
    if (!ok)
        return storageError(sqlError, Text::tr("The database file %1 cannot be read.").arg(shown));

    // Ours, or a file with nothing in it yet. Another program's id is refused even on an empty file.
    if (appId != applicationId && (appId != 0 || version != 0 || tables != 0))
        return makeError(
            Error::Corrupt,
            Text::tr("%1 is an SQLite database, but not a loyalty terminal's. It was left untouched.")
                .arg(shown));
    if (version > latestVersion())
        return makeError(
            Error::TooNew,
            Text::tr("The database %1 was written by a newer version of the loyalty terminal (schema %2; "
                     "this version knows up to %3). Install the newer version; the file was left "
                     "untouched.")
                .arg(shown)
                .arg(version)
                .arg(latestVersion()));
    if (mode == Mode::ReadOnly) {
        if (version < latestVersion())
            return makeError(
                Error::Invalid,
                Text::tr("The database %1 needs an upgrade: open it in the terminal first.").arg(shown));
    } else {
        // SQLite would open a read-only file and fail only at the first write, in the middle of a sale.
        if (!QFileInfo(info.absoluteFilePath()).isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            return makeError(
                Error::Storage,
                Text::tr("The database file %1 is read-only. Sales cannot be recorded until this user may "
                         "write to the file and its folder.")
                    .arg(shown));
    }

    if (auto r = db->applyPragmas(mode); !r)
        return r.error();
    if (mode != Mode::ReadOnly && version < targetVersion) {
        if (auto r = db->migrateTo(targetVersion); !r)
            return r.error();
    }
    return Result<std::unique_ptr<Database>>(std::move(db));
}

const char *Database::installOnConnection()
{
    if (!BusyWait::install(handle(), &m_busy, kBusyTimeoutMs))
        return "busy handler";
    // The rollup of who bought on which day (schema v14) is kept by triggers that call these.
    if (!BuyerSets::registerFunctions(handle()))
        return "buyers_* functions";
    // Expiry writes its entries and allocations set-wise, their ids made by this.
    if (!UuidFunction::registerOn(handle()))
        return "uuid_v7 function";
    return nullptr;
}

Result<void> Database::applyPragmas(Mode mode)
{
    QSqlQuery q(connection());
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -16000"),
        QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kAutoCheckpointPages),
    };
    if (mode != Mode::ReadOnly) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
            return storageError(q.lastError(),
                                Text::tr("The database cannot be switched to write-ahead logging."));
        if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return makeError(Error::Storage,
                             Text::tr("The database cannot be switched to write-ahead logging."),
                             q.value(0).toString());
    }
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return storageError(q.lastError(), Text::tr("The database settings cannot be applied."));
    }
    return {};
}

Result<int> Database::checkpoint(Checkpoint mode, bool *busy)
{
    int logPages = 0, copied = 0;
    const int timeoutMs = m_busy.timeoutMs;
    if (mode == Checkpoint::Restart)
        m_busy.timeoutMs = kRestartWaitMs;
    const int rc = sqlite3_wal_checkpoint_v2(handle(), nullptr,
                                             mode == Checkpoint::Restart ? SQLITE_CHECKPOINT_RESTART
                                                                         : SQLITE_CHECKPOINT_PASSIVE,
                                             &logPages, &copied);
    m_busy.timeoutMs = timeoutMs;
    if (busy)
        *busy = rc == SQLITE_BUSY;
    // BUSY only means another connection held the lock: the next idle moment will finish the job.
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        return storageErrorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(handle())),
                                    Text::tr("The write-ahead log cannot be copied into the database."));
    return std::max(logPages, 0);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

void Database::interrupt() const
{
    // The one SQLite call allowed from another thread while the connection works; the handle was
    // kept at open because Qt hands a connection out only to the thread that owns it.
    if (sqlite3 *h = m_interruptible.load())
        sqlite3_interrupt(h);
}

bool Database::inTransaction() const
{
    sqlite3 *h = handle();
    return h && !sqlite3_get_autocommit(h);
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

Result<void> Database::execScript(const QString &sql)
{
    sqlite3 *h = handle();
    if (!h)
        return makeError(Error::Storage, Text::tr("The database is not open."));
    char *message = nullptr;
    const int rc = sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return storageErrorFromCode(rc, detail, Text::tr("The database could not be changed."));
    }
    return {};
}

Result<void> Database::migrateTo(int targetVersion)
{
    const int current = schemaVersion();
    if (current < 0)
        return makeError(Error::Storage, Text::tr("The schema version cannot be read."));
    const auto files = migrationFiles();
    Transaction tx(*this);
    if (!tx.begun())
        return tx.beginError();
    for (const auto &[version, file] : files) {
        if (version <= current || version > targetVersion)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(Error::Storage,
                             Text::tr("Migration %1 is missing from this build.").arg(version));
        if (auto r = execScript(QString::fromUtf8(f.readAll())); !r)
            return makeError(r.error().kind,
                             Text::tr("The database could not be upgraded to version %1.").arg(version),
                             r.error().detail);
        if (auto r = completeMigration(*this, version); !r)
            return makeError(r.error().kind,
                             Text::tr("The database could not be upgraded to version %1.").arg(version),
                             r.error().detail);
        // PRAGMAs take no bound parameters; both numbers are ours.
        if (auto r = execScript(QStringLiteral("PRAGMA user_version = %1; PRAGMA application_id = %2;")
                                    .arg(version)
                                    .arg(applicationId));
            !r)
            return r.error();
    }
    return tx.commit();
}

Result<void> Database::integrityCheck(bool quick) const
{
    QSqlQuery q(connection());
    if (!q.exec(quick ? QStringLiteral("PRAGMA quick_check(20)")
                      : QStringLiteral("PRAGMA integrity_check(20)")))
        return storageError(q.lastError(), Text::tr("The integrity check could not run."));
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList {QStringLiteral("ok")})
        return {};
    return makeError(Error::Corrupt, Text::tr("The database file is damaged."),
                     problems.join(QLatin1Char('\n')));
}

Error Database::storageErrorFromCode(int code, const QString &detail, const QString &what)
{
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return makeError(Error::Storage, what + QLatin1Char(' ') + Text::tr("The disk is full."), detail);
    case SQLITE_READONLY:
        return makeError(Error::Storage,
                         what + QLatin1Char(' ') + Text::tr("The database file is read-only."), detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return makeError(Error::Corrupt,
                         what + QLatin1Char(' ') + Text::tr("The file is damaged or is not a database."),
                         detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(Error::Storage,
                         what + QLatin1Char(' ')
                             + Text::tr("The database is busy in another program; try again."),
                         detail);
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return makeError(Error::Storage, what + QLatin1Char(' ') + Text::tr("The file cannot be opened."),
                         detail);
    case SQLITE_IOERR:
        return makeError(Error::Storage, what + QLatin1Char(' ') + Text::tr("The disk reported an error."),
                         detail);
    case SQLITE_CONSTRAINT:
        return makeError(Error::Conflict, what, detail);
    case SQLITE_INTERRUPT:
        return makeError(Error::Cancelled, what, detail);
    default:
        return makeError(Error::Storage, what, detail);
    }
}

Error Database::storageError(const QSqlError &error, const QString &what)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString detail = error.text();
    if (!ok) {
        // Qt reports "file is not a database" at open without a native code on some paths.
        if (detail.contains(QLatin1String("not a database")))
            return storageErrorFromCode(SQLITE_NOTADB, detail, what);
        return makeError(Error::Storage, what, detail);
    }
    return storageErrorFromCode(code, detail, what);
}

// --- Transaction ---------------------------------------------------------------------------

namespace {
std::atomic<int> g_writersWaiting {0};
} // namespace

int WritersWaiting::count()
{
    return g_writersWaiting.load(std::memory_order_relaxed);
}

void WritersWaiting::enter()
{
    g_writersWaiting.fetch_add(1, std::memory_order_relaxed);
}

void WritersWaiting::leave()
{
    g_writersWaiting.fetch_sub(1, std::memory_order_relaxed);
}

void WritersWaiting::yieldTo(int pauseMs, const std::atomic_bool *stop)
{
    const auto stopped = [stop] { return stop && stop->load(); };
    QElapsedTimer waited;
    waited.start();
    while (count() > 0 && waited.elapsed() < 250 && !stopped())
        QThread::msleep(1);
    if (pauseMs > 0 && !stopped())
        QThread::msleep(static_cast<unsigned long>(pauseMs));
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    // BEGIN and COMMIT of every sale: prepared once per connection.
    Statement &begin = m_db.cache<StatementCache>().get("BEGIN IMMEDIATE");
    WritersWaiting::enter(); // a background step holding the lock ends early (ExpiryRun)
    const bool begun = begin.ok() && begin.run();
    WritersWaiting::leave();
    if (begun)
        m_state = State::Open;
    else
        m_beginError = begin.error(Text::tr("The database cannot start a change."));
    begin.reset();
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (m_state != State::Open)
        return makeError(Error::Storage, Text::tr("No change is in progress."));
    Statement &commit = m_db.cache<StatementCache>().get("COMMIT");
    if (!commit.ok() || !commit.run()) {
        const Error e = commit.error(Text::tr("The change could not be saved."));
        commit.reset();
        rollback();
        return e;
    }
    commit.reset();
    m_state = State::Done;
    return {};
}

void Transaction::rollback()
{
    if (m_state != State::Open)
        return;
    Statement &rollback = m_db.cache<StatementCache>().get("ROLLBACK");
    if (rollback.ok())
        rollback.run();
    rollback.reset();
    m_state = State::Done;
}
