#pragma once

#include "backup.h"
#include "context.h"

#include <QCoreApplication>
#include <QVector>

// Backups of the terminal's database: now, daily (kept for `backup.keep` days, default 14) and
// restore. Making the copy (BackupService::copy) touches no Qt SQL connection, so the GUI runs it on
// a worker thread; recording it (audit, rotation) is done on the GUI thread after.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    explicit BackupService(ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }

    // setting backup.folder, or "backups" beside the database file.
    QString folder() const;
    int keep() const;
    // The name of a new backup made at `nowUtc`: loyalty-YYYYMMDD-HHMMSS.sqlite, local time.
    static QString fileNameFor(const QDateTime &nowUtc);
    static bool isOurName(const QString &fileName);

    // What starts a backup: a person asking for one (Action::BackupNow), or the terminal's own daily
    // backup, which runs for whoever is signed in while today has no backup yet (besides `target`,
    // the one being recorded); after that it needs the right of one asked for.
    enum class Trigger
    {
        Asked,
        Daily,
    };
    // Error::Forbidden when the actor may not start a backup so; ask before the copy.
    Result<void> authorize(Trigger trigger, const QString &target = {}) const;

    // Both steps at once, on the calling thread (the CLI, tests); asked for. Refused: no copy made.
    Result<QString> backupNow();
    // Step 1 (any thread): the copy. Step 2 (the database's thread): audit line and rotation, refused
    // like authorize() (then nothing is written, and nothing rotated away).
    static Result<void> copy(const QString &databasePath, const QString &target,
                             const std::atomic_bool *cancel = nullptr);
    Result<void> recordBackup(const QString &target, Trigger trigger = Trigger::Asked);
    // True when today (local) has no backup yet.
    bool dailyDue() const;

    // Our backups in `folder`, newest first, each checked (a damaged one is listed with its error).
    struct Entry
    {
        QString path;
        QDateTime madeUtc;
        qint64 bytes = 0;
        QString problem; // empty: a usable backup
    };
    static QVector<Entry> list(const QString &folder, bool check = true);
    // Removes our own, checked backups beyond the newest `keep`; never a file of another name.
    static Result<int> rotate(const QString &folder, int keep);

    // Replaces the database at `livePath` with `backupFile`: checks the backup first, keeps the
    // current file aside as <name>.before-restore-<time> (with its -wal/-shm), copies the backup in
    // under a temporary name and renames it into place. Nothing may hold the database open.
    // Returns the path the old database was kept under. `by` must be allowed Action::RestoreBackup
    // by role (Error::Forbidden otherwise, and no file touched).
    static Result<QString> restore(const Actor &by, const QString &backupFile, const QString &livePath,
                                   const QDateTime &nowUtc);

private:
    bool noBackupToday(const QString &except) const;

    ServiceContext &m_ctx;
};
