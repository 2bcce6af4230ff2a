// loyalty-bench-startup: start-up to ready-to-scan, measured from outside the process.
//
//   loyalty-bench-startup launch [--runs N] [--timeout-s S] [--label L] -- COMMAND [ARGS...]
//       Starts COMMAND N times with LOYALTY_EXIT_WHEN_READY=1 and its stdout on a pipe, and measures the
//       wall time from fork() to the line "ready_ms=... rss_kb=..." the program prints when it is ready
//       (then waits for it to exit). Prints the median and the worst of the external time, the program's
//       own ready_ms and rss_kb. A program that is missing, fails or prints no such line within the
//       timeout is reported as such (exit code 3), never waited for forever.
//
//   loyalty-bench-startup probe --db FILE --card NUMBER
//       The raw baseline: sqlite3_open_v2 of the file + one card lookup with the app's SQL, then prints
//       the same ready line. Links SQLite only, no Qt.
//
// The GUI (build/bin/loyalty-terminal) and loyalty-bench-startup-app (the app's own open + terminal +
// program + findByCard, without widgets) are launched the same way, so the three figures compare.

#include "appsql.h"
#include "benchcommon.h"

#include <sqlite3.h>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace Bench;

namespace {

const auto kMainEntered = SteadyClock::now();

int probe(const Args &args)
{
    const std::string path = args.value("db");
    const std::string card = args.value("card");
    if (path.empty() || card.empty())
        die("usage: loyalty-bench-startup probe --db FILE --card NUMBER");
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        die("cannot open " + path + ": " + sqlite3_errmsg(db));
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, AppSql::kFindByCard, -1, &st, nullptr) != SQLITE_OK)
        die(std::string("prepare failed: ") + sqlite3_errmsg(db));
    sqlite3_bind_text(st, 1, card.c_str(), -1, SQLITE_STATIC);
    if (sqlite3_step(st) != SQLITE_ROW)
        die("card " + card + " was not found");
    std::uint64_t sink = 0;
    for (int c = 0; c < sqlite3_column_count(st); ++c)
        sink += std::uint64_t(sqlite3_column_bytes(st, c));
    sqlite3_finalize(st);
    std::printf("ready_ms=%.2f rss_kb=%ld\n", microsSince(kMainEntered) / 1000.0, rssKb());
    std::fflush(stdout);
    sqlite3_close(db);
    return sink > 0 ? 0 : 1;
}

struct Run
{
    bool ok = false;
    std::string failure;
    double readyMs = 0; // external: fork() to the ready line
    double exitMs = 0; // external: fork() to exit
    double selfReadyMs = 0;
    double rssKb = 0;
};

double field(const std::string &line, const char *key)
{
    const auto at = line.find(key);
    return at == std::string::npos ? -1 : std::atof(line.c_str() + at + std::strlen(key));
}

Run launchOnce(const std::vector<std::string> &command, double timeoutS)
{
    Run run;
    int out[2];
    if (::pipe(out) != 0)
        die("pipe failed");
    const auto t0 = SteadyClock::now();
    const pid_t pid = ::fork();
    if (pid < 0)
        die("fork failed");
    if (pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::close(out[0]);
        ::close(out[1]);
        ::setenv("LOYALTY_EXIT_WHEN_READY", "1", 1);
        std::vector<char *> argv;
        for (const std::string &a : command)
            argv.push_back(const_cast<char *>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(argv[0], argv.data());
        std::fprintf(stderr, "cannot start %s: %s\n", argv[0], std::strerror(errno));
        ::_exit(127);
    }
    ::close(out[1]);
    std::string buffer;
    bool ready = false;
    bool killed = false;
    for (;;) {
        const double left = timeoutS * 1000.0 - microsSince(t0) / 1000.0;
        if (left <= 0) {
            ::kill(pid, SIGKILL); // the child we started, by its pid
            killed = true;
            break;
        }
        pollfd p {out[0], POLLIN, 0};
        const int n = ::poll(&p, 1, int(left) + 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            continue;
        char chunk[4096];
        const ssize_t got = ::read(out[0], chunk, sizeof chunk);
        if (got <= 0)
            break; // EOF: the program closed its stdout (exited)
        buffer.append(chunk, std::size_t(got));
        std::size_t nl;
        while (!ready && (nl = buffer.find('\n')) != std::string::npos) {
            const std::string line = buffer.substr(0, nl);
            buffer.erase(0, nl + 1);
            if (line.find("ready_ms=") != std::string::npos) {
                run.readyMs = microsSince(t0) / 1000.0;
                run.selfReadyMs = field(line, "ready_ms=");
                run.rssKb = field(line, "rss_kb=");
                ready = true;
            }
        }
    }
    ::close(out[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    run.exitMs = microsSince(t0) / 1000.0;
    if (killed) {
        run.failure = ready ? "did not exit after the ready line" : "no ready line within the time limit";
    } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        run.failure = WIFEXITED(status) ? "exit code " + std::to_string(WEXITSTATUS(status))
                                        : "killed by signal " + std::to_string(WTERMSIG(status));
    } else if (!ready) {
        run.failure = "exited without printing ready_ms=";
    }
    run.ok = ready && run.failure.empty();
    return run;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

int launch(const Args &args)
{
    if (args.rest.empty())
        die("usage: loyalty-bench-startup launch [--runs N] [--timeout-s S] [--label L] -- COMMAND "
            "[ARGS...]");
    const int runs = int(std::max<std::int64_t>(1, args.number("runs", 5)));
    const double timeoutS = double(std::max<std::int64_t>(1, args.number("timeout-s", 30)));
    const std::string label = args.value("label", "program");
    if (::access(args.rest.front().c_str(), X_OK) != 0) {
        std::printf("RESULT bench=startup path=%s status=missing program=%s\n", label.c_str(),
                    args.rest.front().c_str());
        return 3;
    }
    std::vector<double> ready, exit, self, rss;
    for (int i = 0; i < runs; ++i) {
        const Run r = launchOnce(args.rest, timeoutS);
        if (!r.ok) {
            std::fprintf(stderr, "%s: run %d failed: %s\n", label.c_str(), i + 1, r.failure.c_str());
            std::printf("RESULT bench=startup path=%s status=failed reason=\"%s\"\n", label.c_str(),
                        r.failure.c_str());
            return 3;
        }
        ready.push_back(r.readyMs);
        exit.push_back(r.exitMs);
        self.push_back(r.selfReadyMs);
        rss.push_back(r.rssKb);
    }
    std::printf("RESULT bench=startup path=%s status=ok n=%d ready_ms_p50=%.1f ready_ms_max=%.1f "
                "self_ready_ms_p50=%.1f "
                "exit_ms_p50=%.1f rss_kb_p50=%.0f rss_kb_max=%.0f\n",
                label.c_str(), runs, median(ready), *std::max_element(ready.begin(), ready.end()),
                median(self), median(exit), median(rss), *std::max_element(rss.begin(), rss.end()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    const Args args(argc - 1, argv + 1);
    if (mode == "probe")
        return probe(args);
    if (mode == "launch")
        return launch(args);
    die("usage: loyalty-bench-startup launch|probe ... (see the comment at the top of "
        "tests/bench/startup.cpp)");
}
