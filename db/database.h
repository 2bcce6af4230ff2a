#pragma once

#include "result.h"
#include "sqlite/busywait.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>
#include <typeindex>
#include <unordered_map>

struct sqlite3;
class QSqlError;

// One SQLite connection to the terminal's database file, opened the way the house plan asks:
// WAL, synchronous=FULL (a completed sale survives a power cut), foreign keys on, a busy timeout,
// migrations applied at open. Not copyable; one Database per thread (Qt SQL connections are per-thread).
class Database
{
public:
    enum class Mode
    {
        CreateOrUpgrade, // the app and `loyalty-cli init`: create the file if missing, migrate forward
        ExistingOnly, // every other CLI command: the file must exist
        ReadOnly, // a second connection for reports; never migrates or writes
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::CreateOrUpgrade);
    // Opens without migrating up to the latest version: tests walk the schema one version at a time.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int targetVersion);

    static int latestVersion();
    // The schema version a file holds (PRAGMA user_version), read without Qt and without writing;
    // -1 when there is no such file or it cannot be read. The window says an upgrade is coming.
    static int storedVersion(const QString &path);
    static constexpr qint32 applicationId = 0x4C4F5954; // 'LOYT' in PRAGMA application_id

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    sqlite3 *handle() const;
    // Stops the statement running on this connection (it fails with Error::Cancelled). Thread-safe:
    // the GUI thread calls it on a connection a worker uses, while the worker has it open.
    void interrupt() const;
    // Whether a transaction is open on this connection.
    bool inTransaction() const;

    // Applies the migrations after the current version up to target, all in one transaction.
    Result<void> migrateTo(int targetVersion);

    // PRAGMA integrity_check (or quick_check); the first problems SQLite names, if any.
    Result<void> integrityCheck(bool quick = false) const;

    // Copies the write-ahead log into the database file without waiting for readers (PASSIVE).
    // The till calls it when idle so that no sale pays for a checkpoint; see kAutoCheckpointPages.
    // Restart also waits (through the busy handler) until no reader needs the log, holding new
    // writers back meanwhile, so that the next write starts the log from its beginning again.
    enum class Checkpoint
    {
        Passive,
        Restart
    };
    // The frames the log holds afterwards (all of them copied when nothing stood in the way);
    // *busy, when given, says whether a reader or writer stood in the way. A restart waits for
    // readers kRestartWaitMs at most: a long reader (a report, `check`) would otherwise hold the
    // sales back as long as the busy timeout.
    Result<int> checkpoint(Checkpoint mode = Checkpoint::Passive, bool *busy = nullptr);
    static constexpr int kRestartWaitMs = 10;
    // The WAL size (pages) at which a commit checkpoints by itself: a safety net, set well above
    // what a busy hour of sales writes between two idle moments.
    static constexpr int kAutoCheckpointPages = 10000;
    // How long a statement waits for a lock another connection holds before it says the file is busy.
    static constexpr int kBusyTimeoutMs = 5000;

    // Executes SQL (possibly several statements) with the SQLite C API; used for migrations and tests.
    Result<void> execScript(const QString &sql);

    // What this connection keeps while it is open: one T per connection (T(Database &)), made on first
    // use, destroyed before the connection closes (prepared statements must go first). For what every
    // sale would otherwise prepare or read again: StatementCache, the program in force.
    template <typename T> T &cache()
    {
        std::unique_ptr<Kept> &slot = m_kept[std::type_index(typeid(T))];
        if (!slot)
            slot = std::make_unique<KeptAs<T>>(*this);
        return static_cast<KeptAs<T> &>(*slot).value;
    }

    // A user-facing error for a failed statement: disk full, read-only, corrupt, busy...
    static Error storageError(const QSqlError &error, const QString &what);
    static Error storageErrorFromCode(int sqliteCode, const QString &detail, const QString &what);

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openImpl(const QString &path, Mode mode, int targetVersion);
    Result<void> applyPragmas(Mode mode);
    // The busy handler and the application's SQL functions; the name of what failed, or null.
    const char *installOnConnection();

    struct Kept
    {
        virtual ~Kept() = default;
    };
    template <typename T> struct KeptAs final : Kept
    {
        explicit KeptAs(Database &db)
            : value(db)
        {
        }
        T value;
    };

    QString m_path;
    QString m_connectionName;
    std::atomic<sqlite3 *> m_interruptible {nullptr};
    BusyWait m_busy;
    std::unordered_map<std::type_index, std::unique_ptr<Kept>> m_kept;
};

// BEGIN IMMEDIATE on construction, ROLLBACK in the destructor unless commit() succeeded.
// IMMEDIATE takes the write lock at once, so a writer never fails half-way with SQLITE_BUSY on upgrade.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begun() const { return m_state == State::Open; }
    const Error &beginError() const { return m_beginError; }
    Result<void> commit();
    void rollback();

private:
    enum class State
    {
        Failed,
        Open,
        Done
    };
    Database &m_db;
    State m_state = State::Failed;
    Error m_beginError;
};
