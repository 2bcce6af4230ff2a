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

    // Both steps at once, on the calling thread (the CLI, tests).
    Result<QString> backupNow();
    // Step 1 (any thread): the copy. Step 2 (the database's thread): audit line and rotation.
    static Result<void> copy(const QString &databasePath, const QString &target);
    Result<void> recordBackup(const QString &target);
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
    // Returns the path the old database was kept under.
    static Result<QString> restore(const QString &backupFile, const QString &livePath,
                                   const QDateTime &nowUtc);

private:
    ServiceContext &m_ctx;
};
