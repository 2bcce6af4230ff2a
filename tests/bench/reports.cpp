// loyalty-bench-reports: every dashboard report of the reports window, timed on a generated file.
//
//   loyalty-bench-reports --db FILE [--runs N]
//
// Runs each ReportService call N times (default 5) over the last 30 days and the last 365 days of the
// file's sales and prints the median and the slowest, and the process's peak resident memory so far
// (rss_kb_max, VmHWM). The target: every report under 200 ms at 1M members / 10M sales, the till's
// memory under 150 MB.

#include "benchcommon.h"

#include "clock.h"
#include "database.h"
#include "reportservice.h"
#include "terminalservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <string>

using namespace Bench;

namespace {
// The peak resident set of this process in kB (VmHWM in /proc/self/status), 0 where there is none.
long peakRssKb()
{
    std::ifstream f("/proc/self/status");
    std::string line;
    while (std::getline(f, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Args args(argc, argv);
    if (!args.has("db"))
        die("usage: loyalty-bench-reports --db FILE [--runs N]");
    const int runs = int(std::max<std::int64_t>(1, args.number("runs", 5)));
    QElapsedTimer migrate;
    migrate.start();
    auto opened = Database::open(QString::fromStdString(args.value("db")));
    if (!opened)
        die(opened.error().message.toStdString());
    std::printf("open (with any migration): %.1f s\n", double(migrate.elapsed()) / 1000.0);
    Database &db = *opened.value();
    auto terminal = TerminalService(db, Clock::system()).local();
    if (!terminal)
        die(terminal.error().message.toStdString());
    // The reports look back from the file's last sale, as a manager would on its day.
    QSqlQuery last(db.connection());
    if (!last.exec(QStringLiteral("SELECT MAX(business_day) FROM daily_sales")) || !last.next())
        die("no sales");
    const QDate end = QDate::fromString(last.value(0).toString(), Qt::ISODate);
    FixedClock clock(QDateTime(end, QTime(18, 0)));
    ServiceContext ctx {db, clock, terminal.value(), Actor::machineOwner()};
    ReportService reports(ctx);
    const ReportService::Period month {end.addDays(-29), end, {}};
    const ReportService::Period year {end.addDays(-364), end, {}};
    const std::pair<const char *, std::function<bool()>> cases[] = {
        {"sales_30d", [&] { return reports.sales(month).ok(); }},
        {"sales_365d_by_month", [&] { return reports.sales(year, ReportService::Grouping::Month).ok(); }},
        {"points_365d", [&] { return reports.points(year).ok(); }},
        {"members_30d", [&] { return reports.members(month).ok(); }},
        {"members_365d", [&] { return reports.members(year).ok(); }},
        {"feedback_365d", [&] { return reports.feedback(year).ok(); }},
        {"segments", [&] { return reports.segments().ok(); }},
        {"segment_drilldown", [&] { return reports.segmentMembers(ReportService::Segment::AtRisk).ok(); }},
        {"cohorts_12m", [&] { return reports.cohorts(12).ok(); }},
        {"birthdays_14d", [&] { return reports.birthdays(14).ok(); }},
        {"expiring_30d", [&] { return reports.expiringPoints(30).ok(); }},
        {"winback_60d", [&] { return reports.notSeenFor(60).ok(); }},
        {"top_50", [&] { return reports.topMembers(50).ok(); }},
    };
    for (const auto &[name, run] : cases) {
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            const auto t = SteadyClock::now();
            if (!run())
                die(std::string("report failed: ") + name);
            ms.push_back(microsSince(t) / 1000.0);
        }
        std::sort(ms.begin(), ms.end());
        std::printf("RESULT bench=reports report=%s runs=%d median_ms=%.1f max_ms=%.1f rss_kb_max=%ld\n",
                    name, runs, ms[ms.size() / 2], ms.back(), peakRssKb());
        std::fflush(stdout);
    }
    return 0;
}
