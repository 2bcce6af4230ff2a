// loyalty-bench-search-page: the page of search results on screen, in the sale page's own MemberFinder.
//
//   loyalty-bench-search-page --db FILE [--iterations N] [--seed S] [--width W] [--height H]
//
// The real MemberFinder (scan field, results table, count line) on a page of W x H, offscreen
// (QT_QPA_PLATFORM=offscreen unless set). For every kind of searchqueries.h and each query: the field
// is emptied, the text is typed into it as key presses with their text (as a keyboard or a scanner
// sends them), and the clock runs until the results model is filled and the event loop has painted the
// page once with them (the count line and, when something was found, the table), as on the till. The
// finder waits for a pause in typing before it searches (its debounce timer); that wait is not work and
// is set to 0 here, its real length printed as debounce_ms. Per kind:
//   RESULT bench=search_page kind=<kind> n=<n> p50_us=.. p90_us=.. p99_us=.. mean_us=.. max_us=..
//          keys_p50_us=.. search_p50_us=.. paint_p50_us=.. rows=<rows shown, mean> debounce_ms=<ms>
// keys_* is the key presses reaching the field; search_* the part until the model holds the rows
// (search, the first page of rows, the count line); paint_* the layout and paint after it. After each
// RESULT line a "# cpu" line gives the same query's CPU time on this thread (the work without the waits
// for a core on a loaded machine).

#include "benchcommon.h"
#include "searchqueries.h"

#include "clock.h"
#include "database.h"
#include "memberfinder.h"
#include "membersearch.h"
#include "memberservice.h"
#include "messagebanner.h"
#include "terminalservice.h"

#include <QApplication>
#include <QDateTime>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>
#include <ctime>

using namespace Bench;

namespace {

struct Timing
{
    std::vector<double> total, keys, search, paint, cpu;
    std::int64_t rows = 0;
};

// Key presses with their text, as a keyboard or a scanner sends them (QTest::keyClicks knows ASCII only).
void type(QWidget *into, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(into, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(into, &release);
    }
}

// The offscreen platform says so each time a window's size hints change; nothing to learn here.
void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    std::fprintf(stderr, "%s%s\n", type == QtWarningMsg ? "warning: " : "", qPrintable(message));
}

// Counts the paint events a widget has had (after they were handled: the filter sees them first, so
// it notes them, and the event loop returns only once the whole window was painted and flushed).
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// This thread's CPU time: on a loaded machine it shows the work itself, without the waits for a core.
double threadCpuMicros()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e6 + double(t.tv_nsec) / 1e3;
}

void drain()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietHandler);
    QApplication app(argc, argv);
    const Args args(argc, argv);
    if (!args.has("db"))
        die("usage: loyalty-bench-search-page --db FILE [--iterations N] [--seed S] [--width W] [--height "
            "H]");
    if (const auto bad = args.unknown({"db", "iterations", "seed", "width", "height"}); !bad.empty())
        die("unknown argument " + bad.front());
    const std::int64_t iterations = std::max<std::int64_t>(1, args.number("iterations", 200));
    const std::uint64_t seed = std::uint64_t(args.number("seed", 1));

    auto opened = Database::open(QString::fromStdString(args.value("db")), Database::Mode::ExistingOnly);
    if (!opened)
        die(opened.error().message.toStdString() + " " + opened.error().detail.toStdString());
    Database &db = *opened.value();
    const auto drawn = drawSearchQueries(db.handle(), iterations, seed);
    {
        // As the idle till has them (loyalty-bench-search does the same).
        MemberSearch stats(db);
        if (auto r = stats.refreshStatistics(QStringLiteral("bench"), QDateTime::currentDateTimeUtc()); !r)
            die("refreshStatistics failed: " + r.error().message.toStdString());
    }
    Clock &clock = Clock::system();
    auto terminal = TerminalService(db, clock).local();
    if (!terminal)
        die(terminal.error().message.toStdString());
    const ServiceContext ctx(db, clock, terminal.value(), Actor::machineOwner());
    MemberService members(ctx);

    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *banner = new MessageBanner(&page);
    auto *finder = new MemberFinder(ctx, members, banner, false, &page);
    finder->addScanRow(layout);
    layout->addWidget(banner);
    finder->addResults(layout);
    layout->addStretch(1);
    page.resize(int(args.number("width", 1280)), int(args.number("height", 800)));
    page.show();
    drain();
    auto *debounce = finder->findChild<QTimer *>();
    auto *view = page.findChild<QTableView *>(QStringLiteral("searchResults"));
    if (!debounce || !view)
        die("the finder has no debounce timer or results table");
    const int debounceMs = debounce->interval();
    debounce->setInterval(0);
    auto *info = page.findChild<QWidget *>(QStringLiteral("searchInfo"));
    if (!info)
        die("the finder has no count line");
    // Connected after the finder's own slot: runs once the search and the first page are done.
    bool filled = false;
    SteadyClock::time_point searchedAt;
    QObject::connect(debounce, &QTimer::timeout, [&] {
        filled = true;
        searchedAt = SteadyClock::now();
    });
    PaintCounter infoPaints, viewPaints;
    info->installEventFilter(&infoPaints);
    view->viewport()->installEventFilter(&viewPaints);
    auto painted
        = [&] { return infoPaints.paints > 0 && (view->model()->rowCount() == 0 || viewPaints.paints > 0); };

    auto once = [&](const QString &q, Timing *t) {
        finder->reset();
        drain();
        filled = false;
        infoPaints.paints = viewPaints.paints = 0;
        const double cpuStart = threadCpuMicros();
        const auto start = SteadyClock::now();
        type(finder->field(), q);
        const double typed = microsSince(start);
        for (int spins = 0; !filled || !painted(); ++spins) {
            if (filled && spins > 100)
                page.repaint(); // never left unpainted: a safety net, not the measured path
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        }
        const double total = microsSince(start);
        const double cpu = threadCpuMicros() - cpuStart;
        const double searched = std::chrono::duration<double, std::micro>(searchedAt - start).count();
        if (t) {
            t->total.push_back(total);
            t->keys.push_back(typed);
            t->search.push_back(searched - typed);
            t->paint.push_back(total - searched);
            t->cpu.push_back(cpu);
            t->rows += view->model()->rowCount();
        }
    };

    std::printf("# the finder searches %d ms after the last key (not counted below)\n", debounceMs);
    for (const auto &[kind, queries] : drawn) {
        if (queries.empty())
            continue;
        for (const QString &q : queries)
            once(q, nullptr); // warm-up: pages into the caches
        Timing t;
        for (const QString &q : queries)
            once(q, &t);
        const Stats s = summarize(t.total);
        std::printf(
            "RESULT bench=search_page kind=%s n=%zu p50_us=%.1f p90_us=%.1f p99_us=%.1f mean_us=%.1f "
            "max_us=%.1f keys_p50_us=%.1f search_p50_us=%.1f paint_p50_us=%.1f rows=%lld debounce_ms=%d\n",
            kind.c_str(), s.n, s.p50, s.p90, s.p99, s.mean, s.max, summarize(t.keys).p50,
            summarize(t.search).p50, summarize(t.paint).p50,
            static_cast<long long>(t.rows / std::int64_t(s.n)), debounceMs);
        const Stats c = summarize(t.cpu);
        std::printf("# cpu kind=%s p50_us=%.1f p90_us=%.1f p99_us=%.1f mean_us=%.1f\n", kind.c_str(), c.p50,
                    c.p90, c.p99, c.mean);
        std::fflush(stdout);
    }
    return 0;
}
