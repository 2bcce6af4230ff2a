#include "startup.h"

#include "auditservice.h"
#include "backupservice.h"
#include "clock.h"
#include "demodata.h"
#include "staffservice.h"
#include "terminalservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>

namespace Startup {

Result<StartupResult> open(const QString &path, bool demoIfEmpty)
{
    // A file of an older version is upgraded as it opens, once: seconds to minutes at a large shop,
    // before the window can appear. A note says so instead of nothing on the screen.
    std::unique_ptr<QLabel> notice;
    const int stored = Database::storedVersion(path);
    if (stored > 0 && stored < Database::latestVersion()) {
        notice = std::make_unique<QLabel>(QCoreApplication::translate(
            "Startup",
            "Updating the database for this version of the terminal…\n\nThis happens once. "
            "At a large shop it can take a few minutes: please leave the till on."));
        notice->setWindowTitle(QCoreApplication::translate("Startup", "Loyalty Terminal"));
        notice->setObjectName(QStringLiteral("upgradeNotice"));
        notice->setMargin(32);
        notice->setAlignment(Qt::AlignCenter);
        notice->adjustSize();
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            notice->move(screen->availableGeometry().center() - notice->rect().center());
        notice->show();
        for (int i = 0; i < 3; ++i) // shown and painted before the upgrade holds the thread
            QCoreApplication::processEvents();
    }
    auto db = Database::open(path, Database::Mode::CreateOrUpgrade);
    if (!db)
        return db.error();
    StartupResult r;
    r.db = std::move(db).value();
    auto terminal = TerminalService(*r.db, Clock::system()).local();
    if (!terminal && terminal.error().kind == Error::NotFound && demoIfEmpty) {
        auto demo = DemoData::create(*r.db, Clock::system(), DemoData::defaultCurrency());
        if (!demo)
            return demo.error();
        r.createdDemo = true;
        terminal = demo->terminal;
    }
    if (!terminal && terminal.error().kind == Error::NotFound) {
        r.needsSetup = true;
        return r;
    }
    if (!terminal)
        return terminal.error();
    r.terminal = terminal.value();
    ServiceContext ctx(*r.db, Clock::system(), r.terminal);
    r.needsSetup = !StaffService(ctx).hasStaff();
    return r;
}

Result<void> restore(const QString &backupFile, const QString &path, const Actor &by)
{
    auto kept = BackupService::restore(by, backupFile, path, Clock::system().nowUtc());
    if (!kept)
        return kept.error();
    auto db = Database::open(path, Database::Mode::CreateOrUpgrade);
    if (!db)
        return db.error();
    auto terminal = TerminalService(*db.value(), Clock::system()).local();
    if (!terminal)
        return terminal.error();
    ServiceContext ctx(*db.value(), Clock::system(), terminal.value(), by);
    Transaction tx(*db.value());
    if (!tx.begun())
        return tx.beginError();
    if (auto r = AuditService(ctx).record(
            QStringLiteral("backup.restore"), QStringLiteral("file"), QFileInfo(backupFile).fileName(), {},
            {{QStringLiteral("kept_aside"), QFileInfo(kept.value()).fileName()}});
        !r)
        return r;
    return tx.commit();
}

bool offerRestore(const QString &path, const Error &why)
{
    const QString folder = QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups"));
    for (const BackupService::Entry &e : BackupService::list(folder)) {
        if (!e.problem.isEmpty())
            continue;
        QMessageBox box(
            QMessageBox::Critical, QCoreApplication::translate("Startup", "Loyalty Terminal"),
            QCoreApplication::translate("Startup",
                                        "%1\n\nThe newest good backup is from %2. Restore it? The "
                                        "damaged file is kept aside, and sales after the backup "
                                        "are not in it.")
                .arg(why.message, QLocale().toString(e.madeUtc.toLocalTime(), QLocale::LongFormat)),
            QMessageBox::NoButton);
        box.setDetailedText(why.detail);
        QPushButton *yes = box.addButton(QCoreApplication::translate("Startup", "Restore the backup"),
                                         QMessageBox::AcceptRole);
        box.addButton(QCoreApplication::translate("Startup", "Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
        if (auto r = restore(e.path, path, Actor::machineOwner()); !r) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("Startup", "Loyalty Terminal"),
                                  r.error().message);
            return false;
        }
        return true;
    }
    return false;
}

} // namespace Startup
