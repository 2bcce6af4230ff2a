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

// The start-up benchmark's figures, as the kernel counts them (loading libraries counts too).
qint64 msSinceStart()
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
    return qint64((uptime - startTicks / hz) * 1000);
}

qint64 statusKb(const char *key) // VmRSS:, VmHWM:
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(key))
                return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

// LOYALTY_EXIT_WHEN_READY=1: milliseconds from the process's start to the sale page on screen, and
// the RSS; LOYALTY_EXIT_WHEN_SETTLED=1 prints the same, then waits for the background round.
void reportReady(bool quit)
{
    std::printf("ready_ms=%lld rss_kb=%lld\n", static_cast<long long>(msSinceStart()),
                static_cast<long long>(statusKb("VmRSS:")));
    std::fflush(stdout);
    if (quit)
        QCoreApplication::quit();
}

void reportSettled(const SettleRunner::Summary &s)
{
    if (!s.error.isEmpty()) {
        std::printf("settle_failed=%s\n", qPrintable(s.error));
        std::fflush(stdout);
        QCoreApplication::exit(1);
        return;
    }
    std::printf("settled_ms=%lld expiry_ms=%lld lots=%lld members=%lld steps=%lld step_ms_max=%lld "
                "rss_kb_max=%lld\n",
                static_cast<long long>(msSinceStart()), static_cast<long long>(s.expiryMs),
                static_cast<long long>(s.lots), static_cast<long long>(s.members),
                static_cast<long long>(s.steps), static_cast<long long>(s.stepMsMax),
                static_cast<long long>(statusKb("VmHWM:")));
    std::fflush(stdout);
    QCoreApplication::exit(0);
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
    const bool exitWhenReady = qEnvironmentVariableIsSet("LOYALTY_EXIT_WHEN_READY");
    const bool exitWhenSettled = !exitWhenReady && qEnvironmentVariableIsSet("LOYALTY_EXIT_WHEN_SETTLED");
    const bool benchmark = exitWhenReady || exitWhenSettled;
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
            QTimer::singleShot(0, &app, [exitWhenReady] { reportReady(exitWhenReady); });
        if (exitWhenSettled)
            QObject::connect(window.settleRunner(), &SettleRunner::finished, &app, &reportSettled);
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
