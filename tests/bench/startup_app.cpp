// loyalty-bench-startup-app: the app's own start-up path without widgets, for loyalty-bench-startup launch.
//
//   loyalty-bench-startup-app --db FILE --card NUMBER
//
// Database::open (pragmas, schema version check; no migration on a current file), the local terminal,
// the loyalty program from the settings, one MemberRepository::findByCard, then the ready line
// "ready_ms=<ms since main> rss_kb=<kB>" on stdout. What the GUI adds on top of this is widgets.

#include "benchcommon.h"

#include "clock.h"
#include "database.h"
#include "programservice.h"
#include "repositories.h"
#include "terminalservice.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Bench;

namespace {
const auto kMainEntered = SteadyClock::now();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Args args(argc, argv);
    if (!args.has("db") || !args.has("card"))
        die("usage: loyalty-bench-startup-app --db FILE --card NUMBER");
    auto opened = Database::open(QString::fromStdString(args.value("db")), Database::Mode::CreateOrUpgrade);
    if (!opened)
        die(opened.error().message.toStdString() + " " + opened.error().detail.toStdString());
    Database &db = *opened.value();
    auto terminal = TerminalService(db, Clock::system()).local();
    if (!terminal)
        die(terminal.error().message.toStdString());
    auto program = ProgramService(db).current(terminal.value());
    if (!program)
        die(program.error().message.toStdString());
    MemberRepository members(db);
    auto found = members.findByCard(QString::fromStdString(args.value("card")));
    if (!found || !found.value())
        die("card " + args.value("card") + " was not found");
    std::printf("ready_ms=%.2f rss_kb=%ld\n", microsSince(kMainEntered) / 1000.0, rssKb());
    std::fflush(stdout);
    return 0;
}
