#include "backup.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <chrono>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace {
// This file's strings translate in the context "Backup" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};
} // namespace

namespace Backup {

namespace {

// One SQLite connection, closed on every path out.
struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
    QString message() const { return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"); }
};

Error fileError(int code, const QString &detail, const QString &what)
{
    switch (code) {
    case SQLITE_FULL:
        return makeError(Error::Storage, Text::tr("%1: the disk is full.").arg(what), detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return makeError(Error::Storage, Text::tr("%1: the folder cannot be written to.").arg(what), detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return makeError(Error::Corrupt, Text::tr("%1: the file is damaged.").arg(what), detail);
    default:
        return Database::storageErrorFromCode(code, detail, what);
    }
}

int pragmaInt(sqlite3 *db, const char *sql, bool *ok)
{
    sqlite3_stmt *st = nullptr;
    *ok = sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW;
    const int v = *ok ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return v;
}

bool fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

Result<void> copy(const QString &sourcePath, const QString &targetPath, const std::atomic_bool *cancel)
{
    const QString what = Text::tr("The backup was not made");
    const QFileInfo target(targetPath);
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return makeError(Error::Storage,
                         Text::tr("%1: the folder %2 does not exist.").arg(what, folder.path()));
    if (target.exists())
        return makeError(Error::Conflict, Text::tr("%1: %2 exists already.").arg(what, targetPath));
    const QString temp = targetPath + QStringLiteral(".part");
    QFile::remove(temp);

    {
        Connection src, dst;
        if (const int rc = sqlite3_open_v2(QFile::encodeName(sourcePath).constData(), &src.db,
                                           SQLITE_OPEN_READONLY, nullptr);
            rc != SQLITE_OK)
            return fileError(rc, src.message(), Text::tr("The database cannot be read"));
        sqlite3_busy_timeout(src.db, 5000);
        // Created private before SQLite writes a byte of member data into it.
        const int fd = ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (fd < 0)
            return makeError(Error::Storage,
                             Text::tr("%1: %2 cannot be written to.").arg(what, folder.path()),
                             QString::fromLocal8Bit(strerror(errno)));
        ::close(fd);
        if (const int rc
            = sqlite3_open_v2(QFile::encodeName(temp).constData(), &dst.db, SQLITE_OPEN_READWRITE, nullptr);
            rc != SQLITE_OK) {
            QFile::remove(temp);
            return fileError(rc, dst.message(), what);
        }
        sqlite3_backup *b = sqlite3_backup_init(dst.db, "main", src.db, "main");
        if (!b) {
            const QString detail = dst.message();
            QFile::remove(temp);
            return fileError(sqlite3_errcode(dst.db), detail, what);
        }
        // A writer on the source between chunks would make the backup start over from the first
        // page (a settling round writes every few milliseconds: at full size it would never end).
        // One read transaction held across the chunks keeps a single snapshot, and in WAL mode a
        // reader never holds a writer up.
        sqlite3_exec(src.db, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr);
        int rc = SQLITE_OK;
        do {
            if (cancel && cancel->load()) {
                rc = SQLITE_INTERRUPT;
                break;
            }
            rc = sqlite3_backup_step(b, 4096);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(b);
        sqlite3_exec(src.db, "COMMIT", nullptr, nullptr, nullptr);
        if (rc == SQLITE_INTERRUPT) {
            QFile::remove(temp);
            return makeError(Error::Cancelled, Text::tr("%1: it was stopped before the end.").arg(what));
        }
        if (rc != SQLITE_DONE) {
            const QString detail = QString::fromUtf8(sqlite3_errstr(rc));
            QFile::remove(temp);
            return fileError(rc, detail, what);
        }
        // The pages came with the source's WAL flag: a backup is one self-contained file.
        sqlite3_exec(dst.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    if (!fsyncPath(temp, false)) {
        QFile::remove(temp);
        return makeError(Error::Storage,
                         Text::tr("%1: the copy could not be written to the disk.").arg(what));
    }
    // Check the copy before it gets the name that says "backup".
    if (auto v = verify(temp, true, cancel); !v) {
        QFile::remove(temp);
        return v.error();
    }
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(targetPath).constData()) != 0) {
        QFile::remove(temp);
        return makeError(Error::Storage, Text::tr("%1: %2 cannot be written to.").arg(what, folder.path()),
                         QString::fromLocal8Bit(strerror(errno)));
    }
    fsyncPath(folder.path(), true);
    return {};
}

Result<Info> verify(const QString &path, bool quick, const std::atomic_bool *cancel)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return makeError(Error::NotFound, Text::tr("%1 does not exist.").arg(path));
    Connection c;
    if (const int rc
        = sqlite3_open_v2(QFile::encodeName(path).constData(), &c.db, SQLITE_OPEN_READONLY, nullptr);
        rc != SQLITE_OK)
        return fileError(rc, c.message(), Text::tr("%1 cannot be read").arg(fi.fileName()));
    bool ok = false;
    const int appId = pragmaInt(c.db, "PRAGMA application_id", &ok);
    if (!ok)
        return makeError(Error::Corrupt,
                         Text::tr("%1 is not a backup of this app's database.").arg(fi.fileName()),
                         c.message());
    if (appId != Database::applicationId)
        return makeError(Error::Corrupt,
                         Text::tr("%1 is not a backup of this app's database.").arg(fi.fileName()));
    const int version = pragmaInt(c.db, "PRAGMA user_version", &ok);
    if (!ok || version < 1)
        return makeError(Error::Corrupt,
                         Text::tr("%1 is not a backup of this app's database.").arg(fi.fileName()));
    if (version > Database::latestVersion())
        return makeError(
            Error::TooNew,
            Text::tr("%1 was written by a newer version of the app (schema %2; this one knows %3).")
                .arg(fi.fileName())
                .arg(version)
                .arg(Database::latestVersion()));
    // The check walks each B-tree inside one virtual machine step (minutes at a million members), so
    // a progress handler is never called: a watcher interrupts the connection when told to stop.
    if (cancel && cancel->load())
        return makeError(Error::Cancelled, Text::tr("%1 cannot be checked").arg(fi.fileName()));
    std::atomic_bool checked {false};
    std::thread watcher;
    if (cancel) {
        watcher = std::thread([&c, cancel, &checked] {
            while (!checked.load()) {
                if (cancel->load()) {
                    sqlite3_interrupt(c.db);
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
    }
    const auto stopWatching = [&] {
        checked = true;
        if (watcher.joinable())
            watcher.join();
    };
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(c.db, quick ? "PRAGMA quick_check(5)" : "PRAGMA integrity_check(5)", -1, &st,
                           nullptr)
        != SQLITE_OK) {
        stopWatching();
        return fileError(sqlite3_errcode(c.db), c.message(),
                         Text::tr("%1 cannot be checked").arg(fi.fileName()));
    }
    QStringList problems;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        if (line != QLatin1String("ok"))
            problems << line;
    }
    sqlite3_finalize(st);
    stopWatching();
    if (rc == SQLITE_INTERRUPT && cancel && cancel->load())
        return makeError(Error::Cancelled, Text::tr("%1 cannot be checked").arg(fi.fileName()));
    if (rc != SQLITE_DONE)
        return fileError(rc, c.message(), Text::tr("%1 cannot be checked").arg(fi.fileName()));
    if (!problems.isEmpty())
        return makeError(Error::Corrupt, Text::tr("%1 is damaged.").arg(fi.fileName()),
                         problems.join(QLatin1String("; ")));
    Info info;
    info.path = fi.absoluteFilePath();
    info.modifiedUtc = fi.lastModified().toUTC();
    info.bytes = fi.size();
    info.schemaVersion = version;
    return info;
}

Result<void> quickCheck(const QString &path, const std::atomic_bool *cancel)
{
    auto v = verify(path, true, cancel);
    if (!v)
        return v.error();
    return {};
}

} // namespace Backup
