// backup, backups, restore.
#include "util.h"

#include "auditservice.h"
#include "backupservice.h"
#include "clock.h"
#include "ids.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace Cli {

namespace {

int backup(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr("Use: loyalty-cli backup [--to DIR]"));
    if (!s.openTerminal() || !s.allowed(Action::BackupNow))
        return s.exit();
    ServiceContext ctx = s.context();
    BackupService backups(ctx);
    const QString dir = a.value(QStringLiteral("to"), backups.folder());
    const QString target = QDir(dir).filePath(BackupService::fileNameFor(Clock::system().nowUtc()));
    if (auto c = BackupService::copy(s.db().path(), target); !c)
        return s.fail(c.error());
    if (auto r = backups.recordBackup(target); !r)
        return s.fail(r.error());
    s.print(
        QJsonObject {{QStringLiteral("file"), target}, {QStringLiteral("bytes"), QFileInfo(target).size()}},
        Text::tr("Backed up to %1.").arg(target));
    return Ok;
}

int backups(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr("Use: loyalty-cli backups [--in DIR]"));
    QString dir = a.value(QStringLiteral("in"));
    if (dir.isEmpty()) {
        if (!s.openTerminal())
            return s.exit();
        ServiceContext ctx = s.context();
        dir = BackupService(ctx).folder();
    }
    QJsonArray rows;
    QStringList lines;
    for (const BackupService::Entry &e : BackupService::list(dir)) {
        rows.append(QJsonObject {{QStringLiteral("file"), e.path},
                                 {QStringLiteral("made"), Ids::utcText(e.madeUtc)},
                                 {QStringLiteral("bytes"), e.bytes},
                                 {QStringLiteral("ok"), e.problem.isEmpty()},
                                 {QStringLiteral("problem"), e.problem}});
        lines << Text::tr("%1  %2  %3%4")
                     .arg(QLocale().toString(e.madeUtc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                          QLocale().formattedDataSize(e.bytes), e.path,
                          e.problem.isEmpty() ? QString() : Text::tr("  DAMAGED: %1").arg(e.problem));
    }
    s.print(QJsonObject {{QStringLiteral("folder"), dir}, {QStringLiteral("backups"), rows}},
            lines.isEmpty() ? Text::tr("No backups in %1.").arg(dir) : lines.join(QLatin1Char('\n')));
    return Ok;
}

int restore(Session &s, const Args &a)
{
    if (a.words.size() != 1)
        return s.usage(Text::tr("Use: loyalty-cli restore FILE"));
    const QString file = a.words.first();
    // An administrator's, when the current database can say who is one; a damaged database cannot,
    // and then whoever runs this on the machine owns the file anyway.
    Actor by = Actor::machineOwner();
    {
        auto db = Database::open(s.dbPath, Database::Mode::ExistingOnly);
        if (db) {
            s.adopt(std::move(db).value());
            if (!s.loadTerminal() || !s.allowed(Action::RestoreBackup))
                return s.exit();
            by = s.actor();
            s.closeDatabase();
        } else if (db.error().kind != Error::Corrupt) {
            return s.fail(db.error());
        }
    }
    auto kept = BackupService::restore(by, file, s.dbPath, Clock::system().nowUtc());
    if (!kept)
        return s.fail(kept.error());
    if (!s.openDatabase(Database::Mode::CreateOrUpgrade) || !s.loadTerminal())
        return s.exit();
    ServiceContext ctx = s.context();
    Transaction tx(s.db());
    if (!tx.begun())
        return s.fail(tx.beginError());
    if (auto r = AuditService(ctx).record(
            QStringLiteral("backup.restore"), QStringLiteral("file"), QFileInfo(file).fileName(), {},
            {{QStringLiteral("kept_aside"), QFileInfo(kept.value()).fileName()}});
        !r)
        return s.fail(r.error());
    if (auto c = tx.commit(); !c)
        return s.fail(c.error());
    s.print(QJsonObject {{QStringLiteral("restored"), file}, {QStringLiteral("kept_aside"), kept.value()}},
            Text::tr("Restored from %1. The database before it is kept as %2.").arg(file, kept.value()));
    return Ok;
}

} // namespace

void Commands::addBackup(Registry &r)
{
    r.add({QStringLiteral("backup"),
           {},
           QT_TRANSLATE_NOOP("Cli", "a checked copy of the database (docs/backup.md; a manager's)"),
           {{QStringLiteral("to"), QStringLiteral("DIR"),
             QT_TRANSLATE_NOOP("Cli", "the folder (default: the backup folder)")}},
           backup});
    r.add({QStringLiteral("backups"),
           {},
           QT_TRANSLATE_NOOP("Cli", "the backups, newest first, each checked"),
           {{QStringLiteral("in"), QStringLiteral("DIR"),
             QT_TRANSLATE_NOOP("Cli", "the folder (default: the backup folder)")}},
           backups});
    r.add({QStringLiteral("restore"),
           QStringLiteral("FILE"),
           QT_TRANSLATE_NOOP("Cli",
                             "replace the database with a backup (the current file is kept aside; an "
                             "administrator's)"),
           {},
           restore});
}

} // namespace Cli
