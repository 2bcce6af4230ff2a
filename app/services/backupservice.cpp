#include "backupservice.h"

#include "auditservice.h"
#include "repositories.h"
#include "staffservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <fcntl.h>
#include <unistd.h>

namespace {
const QString kFolderKey = QStringLiteral("backup.folder");
const QString kKeepKey = QStringLiteral("backup.keep");
const QRegularExpression kName(QStringLiteral("^loyalty-(\\d{8})-(\\d{6})\\.sqlite$"));
} // namespace

QString BackupService::folder() const
{
    auto v = SettingsRepository(m_ctx.db).value(kFolderKey);
    if (v && v->has_value() && !v->value().trimmed().isEmpty())
        return v->value();
    return QFileInfo(m_ctx.db.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

int BackupService::keep() const
{
    auto v = SettingsRepository(m_ctx.db).value(kKeepKey);
    bool ok = false;
    const int n = v && v->has_value() ? v->value().toInt(&ok) : 0;
    return ok && n >= 1 ? qMin(n, 3650) : 14;
}

QString BackupService::fileNameFor(const QDateTime &nowUtc)
{
    return QStringLiteral("loyalty-%1.sqlite")
        .arg(nowUtc.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

bool BackupService::isOurName(const QString &fileName)
{
    return kName.match(fileName).hasMatch();
}

Result<void> BackupService::copy(const QString &databasePath, const QString &target,
                                 const std::atomic_bool *cancel)
{
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dir))
        return makeError(Error::Storage, tr("The backup folder %1 cannot be created.").arg(dir));
    return Backup::copy(databasePath, target, cancel);
}

Result<void> BackupService::authorize(Trigger trigger, const QString &target) const
{
    // The daily one, once today has a backup, is one more asked for.
    if (trigger == Trigger::Daily && noBackupToday(target))
        return {};
    return StaffService(m_ctx).authorize(Action::BackupNow, 0);
}

Result<void> BackupService::recordBackup(const QString &target, Trigger trigger)
{
    if (auto allowed = authorize(trigger, target); !allowed)
        return allowed;
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    const QFileInfo fi(target);
    if (auto a = AuditService(m_ctx).record(QStringLiteral("backup.create"), QStringLiteral("file"),
                                            fi.fileName(), {}, {{QStringLiteral("bytes"), fi.size()}});
        !a)
        return a;
    if (auto c = tx.commit(); !c)
        return c;
    // Rotation after the line: a failed rotation leaves one backup too many, never one too few.
    if (auto r = rotate(fi.absolutePath(), keep()); !r)
        return r.error();
    return {};
}

Result<QString> BackupService::backupNow()
{
    if (auto allowed = authorize(Trigger::Asked); !allowed)
        return allowed.error();
    const QString target = QDir(folder()).filePath(fileNameFor(m_ctx.clock.nowUtc()));
    if (auto c = copy(m_ctx.db.path(), target); !c)
        return c.error();
    if (auto r = recordBackup(target); !r)
        return r.error();
    return target;
}

bool BackupService::dailyDue() const
{
    return noBackupToday({});
}

bool BackupService::noBackupToday(const QString &except) const
{
    const QString today = m_ctx.clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd"));
    const QString exceptName = except.isEmpty() ? QString() : QFileInfo(except).fileName();
    for (const Entry &e : list(folder(), false)) {
        const QString name = QFileInfo(e.path).fileName();
        if (name != exceptName && kName.match(name).captured(1) == today)
            return false;
    }
    return true;
}

QVector<BackupService::Entry> BackupService::list(const QString &folder, bool check)
{
    QVector<Entry> out;
    const QDir dir(folder);
    const QStringList names
        = dir.entryList({QStringLiteral("loyalty-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        const auto m = kName.match(name);
        if (!m.hasMatch())
            continue;
        Entry e;
        e.path = dir.filePath(name);
        e.madeUtc
            = QDateTime::fromString(m.captured(1) + m.captured(2), QStringLiteral("yyyyMMddHHmmss")).toUTC();
        e.bytes = QFileInfo(e.path).size();
        if (check) {
            if (auto v = Backup::verify(e.path, true); !v)
                e.problem = v.error().message;
        }
        out << e;
    }
    return out;
}

Result<int> BackupService::rotate(const QString &folder, int keep)
{
    int removed = 0;
    const QVector<Entry> all = list(folder, false);
    for (int i = keep; i < all.size(); ++i) {
        // Only what really is one of ours goes.
        if (!Backup::verify(all.at(i).path, true))
            continue;
        if (!QFile::remove(all.at(i).path))
            return makeError(Error::Storage, tr("The old backup %1 cannot be removed.").arg(all.at(i).path));
        ++removed;
    }
    return removed;
}

Result<QString> BackupService::restore(const Actor &by, const QString &backupFile, const QString &livePath,
                                       const QDateTime &nowUtc)
{
    if (auto allowed = StaffService::checkRole(by, Action::RestoreBackup); !allowed)
        return allowed.error();
    if (auto v = Backup::verify(backupFile, false); !v)
        return v.error();
    const QFileInfo live(livePath);
    const QString aside = livePath + QStringLiteral(".before-restore-")
        + nowUtc.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString incoming = livePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    // The copy comes first: if it fails (a full disk), the current database has not moved.
    {
        QFile in(backupFile);
        const int fd = ::open(QFile::encodeName(incoming).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (fd < 0 || !in.open(QIODevice::ReadOnly)) {
            if (fd >= 0)
                ::close(fd);
            QFile::remove(incoming);
            return makeError(Error::Storage, tr("The backup cannot be copied next to the database."),
                             QString::fromLocal8Bit(strerror(errno)));
        }
        bool ok = true;
        while (ok && !in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            ok = ::write(fd, chunk.constData(), size_t(chunk.size())) == chunk.size();
        }
        ok = ok && ::fsync(fd) == 0;
        ::close(fd);
        if (!ok) {
            QFile::remove(incoming);
            return makeError(Error::Storage,
                             tr("The backup cannot be copied next to the database: the disk may be full."));
        }
    }
    if (live.exists()) {
        if (!QFile::rename(livePath, aside)) {
            QFile::remove(incoming);
            return makeError(Error::Storage, tr("The current database cannot be moved aside."));
        }
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString companion = livePath + QLatin1String(suffix);
            if (QFile::exists(companion))
                QFile::rename(companion, aside + QLatin1String(suffix));
        }
    }
    if (::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(livePath).constData()) != 0) {
        // Put the old one back rather than leave no database at all.
        QFile::rename(aside, livePath);
        return makeError(Error::Storage, tr("The backup cannot be put in place."),
                         QString::fromLocal8Bit(strerror(errno)));
    }
    return live.exists() || QFile::exists(aside) ? aside : QString();
}
