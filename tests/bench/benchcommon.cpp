#include "benchcommon.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <numeric>

namespace Bench {

namespace {
std::uint64_t splitmix(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

__extension__ typedef unsigned __int128 U128;

const char kHex[] = "0123456789abcdef";

void two(char *p, int v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}
} // namespace

Rng::Rng(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t x = seed ^ (stream * 0xD1B54A32D192ED03ull);
    for (auto &s : m_s)
        s = splitmix(x);
}

std::uint64_t Rng::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

std::uint64_t Rng::below(std::uint64_t n)
{
    return std::uint64_t((U128(next()) * n) >> 64);
}

std::uint64_t mix(std::uint64_t seed, std::uint64_t n)
{
    std::uint64_t x = seed * 0x9E3779B97F4A7C15ull + n;
    splitmix(x);
    return splitmix(x);
}

// Howard Hinnant's days_from_civil / civil_from_days.
Ymd dayToYmd(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = yoe + era * 400;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    return Ymd {int(m <= 2 ? y + 1 : y), int(m), int(d)};
}

std::int64_t ymdToDay(const Ymd &date)
{
    const std::int64_t y = date.month <= 2 ? date.year - 1 : date.year;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = date.month > 2 ? date.month - 3 : date.month + 9;
    const std::int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Ymd addMonths(Ymd d, int months)
{
    int m0 = d.year * 12 + (d.month - 1) + months;
    Ymd r {m0 / 12, m0 % 12 + 1, d.day};
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int last = kDays[r.month - 1];
    if (r.month == 2 && ((r.year % 4 == 0 && r.year % 100 != 0) || r.year % 400 == 0))
        last = 29;
    r.day = std::min(r.day, last);
    return r;
}

void formatDay(char *out, const Ymd &d)
{
    two(out, d.year / 100);
    two(out + 2, d.year % 100);
    out[4] = '-';
    two(out + 5, d.month);
    out[7] = '-';
    two(out + 8, d.day);
    out[10] = 0;
}

void formatUtc(char *out, std::int64_t ms)
{
    const std::int64_t msPerDay = 86400000;
    std::int64_t day = ms / msPerDay;
    std::int64_t rem = ms % msPerDay;
    if (rem < 0) {
        rem += msPerDay;
        --day;
    }
    formatDay(out, dayToYmd(day));
    const int secs = int(rem / 1000);
    const int millis = int(rem % 1000);
    out[10] = 'T';
    two(out + 11, secs / 3600);
    out[13] = ':';
    two(out + 14, secs / 60 % 60);
    out[16] = ':';
    two(out + 17, secs % 60);
    out[19] = '.';
    out[20] = char('0' + millis / 100);
    two(out + 21, millis % 100);
    out[23] = 'Z';
    out[24] = 0;
}

std::int64_t parseUtcMs(const char *t)
{
    if (!t || std::strlen(t) < 20)
        return -1;
    auto num = [&](int at, int len) {
        int v = 0;
        for (int i = 0; i < len; ++i)
            v = v * 10 + (t[at + i] - '0');
        return v;
    };
    const Ymd d {num(0, 4), num(5, 2), num(8, 2)};
    std::int64_t ms = ymdToDay(d) * 86400000 + (num(11, 2) * 3600 + num(14, 2) * 60 + num(17, 2)) * 1000ll;
    if (t[19] == '.')
        ms += num(20, 3);
    return ms;
}

void formatUuidV7(char *out, std::int64_t ms, Rng &rng)
{
    unsigned char b[16];
    const std::uint64_t r1 = rng.next();
    const std::uint64_t r2 = rng.next();
    const std::uint64_t t = std::uint64_t(ms) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(t >> (40 - 8 * i));
    for (int i = 0; i < 2; ++i)
        b[6 + i] = static_cast<unsigned char>(r1 >> (8 * i));
    for (int i = 0; i < 8; ++i)
        b[8 + i] = static_cast<unsigned char>(r2 >> (8 * i));
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F));
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F));
    char *p = out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = '-';
        *p++ = kHex[b[i] >> 4];
        *p++ = kHex[b[i] & 0x0F];
    }
    *p = 0;
}

std::string shopCardNumber(std::int64_t serial)
{
    char d[14];
    std::snprintf(d, sizeof d, "2%011lld", static_cast<long long>(serial));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (d[i] - '0') * (i % 2 == 0 ? 1 : 3);
    d[12] = char('0' + (10 - sum % 10) % 10);
    d[13] = 0;
    return d;
}

Stats summarize(std::vector<double> v)
{
    Stats s;
    s.n = v.size();
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    auto rank = [&](double q) {
        // nearest-rank percentile
        std::size_t i = std::size_t(std::ceil(q * double(v.size())));
        return v[std::min(v.size() - 1, i == 0 ? 0 : i - 1)];
    };
    s.p50 = rank(0.50);
    s.p90 = rank(0.90);
    s.p99 = rank(0.99);
    s.max = v.back();
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    return s;
}

void printResult(const std::string &bench, const std::string &path, const Stats &s, const std::string &extra)
{
    std::printf(
        "RESULT bench=%s path=%s n=%zu p50_us=%.1f p90_us=%.1f p99_us=%.1f mean_us=%.1f max_us=%.1f%s%s\n",
        bench.c_str(), path.c_str(), s.n, s.p50, s.p90, s.p99, s.mean, s.max, extra.empty() ? "" : " ",
        extra.c_str());
    std::fflush(stdout);
}

void printRatio(const std::string &bench, const Stats &app, const Stats &raw)
{
    auto r = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    std::printf("RESULT bench=%s path=ratio ratio_p50=%.2f ratio_p99=%.2f ratio_mean=%.2f\n", bench.c_str(),
                r(app.p50, raw.p50), r(app.p99, raw.p99), r(app.mean, raw.mean));
    std::fflush(stdout);
}

long rssKb()
{
    std::ifstream f("/proc/self/status");
    std::string line;
    while (std::getline(f, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    }
    return 0;
}

void die(const std::string &message)
{
    std::fprintf(stderr, "%s\n", message.c_str());
    std::exit(1);
}

void execOrDie(sqlite3 *db, const char *sql)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        std::string text = std::string(sql) + ": " + (msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        die(text);
    }
}

Args::Args(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--") {
            for (int j = i + 1; j < argc; ++j)
                rest.emplace_back(argv[j]);
            break;
        }
        if (a.rfind("--", 0) != 0) {
            m_options.emplace_back(std::string(), a);
            continue;
        }
        const auto eq = a.find('=');
        if (eq != std::string::npos) {
            m_options.emplace_back(a.substr(2, eq - 2), a.substr(eq + 1));
        } else if (i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0) {
            m_options.emplace_back(a.substr(2), argv[++i]);
        } else {
            m_options.emplace_back(a.substr(2), std::string());
        }
    }
}

bool Args::has(const std::string &name) const
{
    return std::any_of(m_options.begin(), m_options.end(), [&](const auto &o) { return o.first == name; });
}

std::string Args::value(const std::string &name, const std::string &fallback) const
{
    for (const auto &o : m_options) {
        if (o.first == name)
            return o.second;
    }
    return fallback;
}

std::int64_t Args::number(const std::string &name, std::int64_t fallback) const
{
    const std::string v = value(name);
    if (v.empty())
        return fallback;
    char *end = nullptr;
    const long long n = std::strtoll(v.c_str(), &end, 10);
    if (!end || *end != 0)
        die("--" + name + " needs a whole number, not \"" + v + "\"");
    return n;
}

std::vector<std::string> Args::unknown(const std::vector<std::string> &known) const
{
    std::vector<std::string> out;
    for (const auto &o : m_options) {
        if (o.first.empty())
            out.push_back(o.second);
        else if (std::find(known.begin(), known.end(), o.first) == known.end())
            out.push_back("--" + o.first);
    }
    return out;
}

} // namespace Bench
