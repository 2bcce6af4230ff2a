#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

#include <atomic>

// Copies of the database file, made and checked with SQLite's own API on connections of their own,
// so that they can run on a worker thread while the till keeps selling (WAL: a reader never blocks
// the writer). No Qt SQL here: safe off the GUI thread.
namespace Backup {

// A consistent copy of the database at `sourcePath` (online backup API), written under a temporary
// name in the target's folder, synced, then renamed: a half-written copy never has the final name.
// The copy is private to the user (0600) and is checked before this returns.
// The copy reads one snapshot of the source (a read transaction held from the first page to the
// last), so writers on the source never make it start over; `cancel` stops it between chunks.
Result<void> copy(const QString &sourcePath, const QString &targetPath,
                  const std::atomic_bool *cancel = nullptr);

struct Info
{
    QString path;
    QDateTime modifiedUtc;
    qint64 bytes = 0;
    int schemaVersion = 0;
};
// Opens `path` read-only and checks that it is ours (application id), not newer than this app, and
// whole (PRAGMA integrity_check, or quick_check when `quick`).
Result<Info> verify(const QString &path, bool quick = false, const std::atomic_bool *cancel = nullptr);

// PRAGMA quick_check on a read-only connection of its own: the start-up check, on a worker thread.
// Setting *cancel stops it within a moment (the app is closing), with Error::Storage.
Result<void> quickCheck(const QString &path, const std::atomic_bool *cancel = nullptr);

} // namespace Backup
