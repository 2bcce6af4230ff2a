#pragma once

// Small helpers shared by the benchmark executables: a seeded random generator whose sequence is the
// same on every platform (the standard distributions are not), UTC text and UUIDv7 formatting without
// Qt (the generator writes tens of millions of them), latency statistics and the RESULT line format
// that run.sh turns into a table. No Qt here, so that the raw start-up probe links SQLite only.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

struct sqlite3;

namespace Bench {

// xoshiro256** seeded through splitmix64: fast, and the same numbers everywhere for a seed.
class Rng
{
public:
    explicit Rng(std::uint64_t seed, std::uint64_t stream = 0);
    std::uint64_t next();
    // Uniform in [0, n); n > 0. Lemire's multiply-shift (the tiny bias is irrelevant here).
    std::uint64_t below(std::uint64_t n);
    // Uniform in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return lo + std::int64_t(below(std::uint64_t(hi - lo + 1)));
    }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

private:
    std::uint64_t m_s[4];
};

// A stateless 64-bit mix of a seed and a number: deterministic per-row values without a stream.
std::uint64_t mix(std::uint64_t seed, std::uint64_t n);

// Civil calendar (UTC), for timestamps and business days.
struct Ymd
{
    int year;
    int month; // 1..12
    int day; // 1..31
};
Ymd dayToYmd(std::int64_t daysSinceEpoch);
std::int64_t ymdToDay(const Ymd &d);
// The same day `months` later, clamped to the month's last day (as QDate::addMonths does).
Ymd addMonths(Ymd d, int months);

// "2026-11-23T12:41:05.123Z", exactly what Ids::utcText writes; out must hold 25 bytes (NUL included).
void formatUtc(char *out, std::int64_t msSinceEpoch);
// "2026-11-23"; out must hold 11 bytes.
void formatDay(char *out, const Ymd &d);
// A UUIDv7 in canonical lower-case text (36 chars + NUL): 48 bits of milliseconds, then random bits
// from rng, with the version and variant set as db/ids.cpp does.
void formatUuidV7(char *out, std::int64_t msSinceEpoch, Rng &rng);

std::int64_t parseUtcMs(const char *text); // "YYYY-MM-DDTHH:MM:SS[.mmm]Z" -> ms; -1 if malformed

// The shop's card number of a serial: "2", 11 digits, the EAN-13 check digit. The same text as
// CardNumber::makeEan13("2", serial) (the generator checks that it is), here so that the lookup benchmark
// needs only the database layer.
std::string shopCardNumber(std::int64_t serial);

// Latency samples in microseconds.
struct Stats
{
    std::size_t n = 0;
    double p50 = 0, p90 = 0, p99 = 0, max = 0, mean = 0;
};
Stats summarize(std::vector<double> samples);

using SteadyClock = std::chrono::steady_clock;
inline double microsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double, std::micro>(SteadyClock::now() - start).count();
}

// One machine-readable line per measurement, e.g.
//   RESULT bench=lookup path=app n=100000 p50_us=8.1 p99_us=20.3 mean_us=8.9 max_us=310.0
void printResult(const std::string &bench, const std::string &path, const Stats &s,
                 const std::string &extra = {});
void printRatio(const std::string &bench, const Stats &app, const Stats &raw);

// The resident set of this process in kB (VmRSS), 0 if unknown.
long rssKb();

// sqlite3_exec that aborts with the message: the benchmarks have no business continuing after one.
void execOrDie(sqlite3 *db, const char *sql);
[[noreturn]] void die(const std::string &message);

// Command-line helpers: --name VALUE or --name=VALUE.
struct Args
{
    Args(int argc, char **argv);
    bool has(const std::string &name) const;
    std::string value(const std::string &name, const std::string &fallback = {}) const;
    std::int64_t number(const std::string &name, std::int64_t fallback) const;
    std::vector<std::string> rest; // after "--"
    std::vector<std::string> unknown(const std::vector<std::string> &known) const;

private:
    std::vector<std::pair<std::string, std::string>> m_options;
};

} // namespace Bench
