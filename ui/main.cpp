#include "apppaths.h"
#include "clock.h"
#include "firstrunwizard.h"
#include "i18n.h"
#include "look.h"
#include "mainwindow.h"
#include "startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QScreen>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

// LOYALTY_EXIT_WHEN_READY=1: the start-up benchmark. Milliseconds from the process's start (as the
// kernel counts it, so that loading libraries counts too) to the sale page on screen, and the RSS.
void reportReadyAndQuit()
{
    auto field = [](const QString &file, int index) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return QString();
        const QString text = QString::fromLatin1(f.readAll());
        const int close = text.lastIndexOf(QLatin1Char(')')); // the command name may hold spaces
        return text.mid(close + 2).split(QLatin1Char(' ')).value(index);
    };
    QFile uptimeFile(QStringLiteral("/proc/uptime"));
    double uptime = 0;
    if (uptimeFile.open(QIODevice::ReadOnly))
        uptime = QString::fromLatin1(uptimeFile.readAll()).split(QLatin1Char(' ')).value(0).toDouble();
    const double startTicks = field(QStringLiteral("/proc/self/stat"), 19).toDouble(); // field 22 of stat
    const long hz = 100;
    const qint64 readyMs = qint64((uptime - startTicks / hz) * 1000);
    qint64 rssKb = 0;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rssKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    std::printf("ready_ms=%lld rss_kb=%lld\n", static_cast<long long>(readyMs),
                static_cast<long long>(rssKb));
    std::fflush(stdout);
    QCoreApplication::quit();
}

// This machine's language and look, at start and when Settings reopens the window.
void applyPreferences()
{
    I18n::install(I18n::savedChoice());
    Look::apply(Look::savedTheme());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    applyPreferences();
    // The installed desktop entry (and with it the theme's icon) for the taskbar and Wayland.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.loyaltyterminal.LoyaltyTerminal"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("loyalty-terminal"), Look::windowIcon()));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Loyalty Terminal"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Point-of-sale loyalty terminal"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "The database file."),
                                QStringLiteral("FILE"));
    parser.addOption(dbOption);
    QCommandLineOption demoOption(QStringLiteral("demo"),
                                  QApplication::translate("main",
                                                          "Fill a new database with the demo shop, its "
                                                          "members and staff (docs/roles.md)."));
    parser.addOption(demoOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : AppPaths::defaultDatabasePath();
    // A new database gets the demo shop with --demo (the README's run command), and otherwise the
    // first-run wizard: a real shop's terminal starts empty.
    const bool benchmark = qEnvironmentVariableIsSet("LOYALTY_EXIT_WHEN_READY");
    QString restoreFrom; // set when an administrator chose "Restore a backup" in the running app
    Actor restoredBy;
    for (;;) {
        if (!restoreFrom.isEmpty()) {
            if (auto r = Startup::restore(restoreFrom, path, restoredBy); !r)
                QMessageBox::critical(nullptr, QApplication::translate("main", "Restore a backup"),
                                      r.error().message);
            restoreFrom.clear();
        }
        auto started = Startup::open(path, parser.isSet(demoOption));
        if (!started) {
            QTextStream(stderr) << started.error().message << '\n';
            if (!started.error().detail.isEmpty())
                QTextStream(stderr) << "  (" << started.error().detail << ")\n";
            if (benchmark)
                return 1;
            // A damaged file: offer the newest good backup, never overwrite without a yes.
            if (started.error().kind == Error::Corrupt && Startup::offerRestore(path, started.error()))
                continue;
            QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Loyalty Terminal"),
                            started.error().message, QMessageBox::Close);
            box.setDetailedText(started.error().detail);
            box.exec();
            return 1;
        }
        StartupResult s = std::move(started).value();
        if (s.needsSetup) {
            FirstRunWizard wizard(*s.db, Clock::system());
            if (wizard.exec() != QDialog::Accepted)
                return 0;
            s.terminal = wizard.terminal();
        }
        ServiceContext ctx {*s.db, Clock::system(), s.terminal};
        MainWindow window(ctx);
        // A till runs full screen; without a window manager (kiosk X sessions) maximising is up to us.
        window.setGeometry(window.screen()->availableGeometry());
        window.showMaximized();
        // Without a window manager nothing gives a window the keyboard, not even one opened again
        // in a new language: ask for it, so that the focus shows and the scanner types into it.
        QTimer::singleShot(0, &window, [&window] { window.activateWindow(); });
        if (benchmark)
            QTimer::singleShot(0, &app, &reportReadyAndQuit);
        const int code = app.exec();
        if (code == MainWindow::kRestartExitCode) {
            applyPreferences();
            continue;
        }
        if (code != MainWindow::kRestoreExitCode)
            return code;
        // The window and the database close here (end of scope) before the file is replaced.
        restoreFrom = window.restoreFile();
        restoredBy = window.actor();
    }
}
