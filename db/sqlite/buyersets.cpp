#include "buyersets.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace BuyerSets {

namespace {

void put(QByteArray &out, std::uint16_t low, std::uint32_t sales)
{
    const std::uint16_t s = std::uint16_t(std::min<std::uint32_t>(sales, 0xFFFF));
    const char bytes[4] = {char(low & 0xFF), char(low >> 8), char(s & 0xFF), char(s >> 8)};
    out.append(bytes, 4);
}

QByteArrayView blobArg(sqlite3_value *v)
{
    if (sqlite3_value_type(v) != SQLITE_BLOB)
        return {};
    const void *p = sqlite3_value_blob(v);
    return QByteArrayView(static_cast<const char *>(p), sqlite3_value_bytes(v));
}

void resultSet(sqlite3_context *ctx, const QByteArray &set)
{
    // An empty set is a zero-length blob, never NULL: the column is NOT NULL.
    sqlite3_result_blob(ctx, set.isEmpty() ? "" : set.constData(), int(set.size()), SQLITE_TRANSIENT);
}

void addFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const sqlite3_int64 low = sqlite3_value_int64(argv[1]);
    if (low < 0 || low > kChunkMask) {
        sqlite3_result_error(ctx, "buyers_add: member id out of the chunk", -1);
        return;
    }
    resultSet(ctx, add(blobArg(argv[0]), std::uint16_t(low), sqlite3_value_int(argv[2])));
}

void unionFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    resultSet(ctx, unite(blobArg(argv[0]), blobArg(argv[1])));
}

// The aggregate's state: sales per id, sorted by the map.
using Counts = std::map<std::uint16_t, std::uint32_t>;

void aggStep(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto **state = static_cast<Counts **>(sqlite3_aggregate_context(ctx, sizeof(Counts *)));
    if (!state) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (!*state)
        *state = new Counts;
    const sqlite3_int64 low = sqlite3_value_int64(argv[0]);
    if (low >= 0 && low <= kChunkMask)
        ++(**state)[std::uint16_t(low)];
}

void aggFinal(sqlite3_context *ctx)
{
    auto **state = static_cast<Counts **>(sqlite3_aggregate_context(ctx, 0));
    QByteArray out;
    if (state && *state) {
        out.reserve(qsizetype((*state)->size() * 4));
        for (const auto &[low, sales] : **state)
            put(out, low, sales);
        delete *state;
        *state = nullptr;
    }
    resultSet(ctx, out);
}

} // namespace

QByteArray add(QByteArrayView set, std::uint16_t low, int delta)
{
    QByteArray out;
    out.reserve(set.size() + 4);
    bool done = false;
    forEach(set, [&](Entry e) {
        if (!done && e.low >= low) {
            done = true;
            if (e.low == low) {
                const int sales = int(e.sales) + delta;
                if (sales > 0)
                    put(out, low, std::uint32_t(sales));
                return;
            }
            if (delta > 0)
                put(out, low, std::uint32_t(delta));
        }
        put(out, e.low, e.sales);
    });
    if (!done && delta > 0)
        put(out, low, std::uint32_t(delta));
    return out;
}

QByteArray unite(QByteArrayView a, QByteArrayView b)
{
    QByteArray out;
    out.reserve(a.size() + b.size());
    const auto *pa = reinterpret_cast<const unsigned char *>(a.data());
    const auto *pb = reinterpret_cast<const unsigned char *>(b.data());
    const qsizetype na = a.size() / 4, nb = b.size() / 4;
    auto low = [](const unsigned char *p) { return std::uint16_t(p[0] | (p[1] << 8)); };
    auto sales = [](const unsigned char *p) { return std::uint32_t(p[2] | (p[3] << 8)); };
    qsizetype i = 0, j = 0;
    while (i < na || j < nb) {
        const unsigned char *x = i < na ? pa + 4 * i : nullptr;
        const unsigned char *y = j < nb ? pb + 4 * j : nullptr;
        if (x && (!y || low(x) < low(y))) {
            put(out, low(x), sales(x));
            ++i;
        } else if (y && (!x || low(y) < low(x))) {
            put(out, low(y), sales(y));
            ++j;
        } else {
            put(out, low(x), sales(x) + sales(y));
            ++i;
            ++j;
        }
    }
    return out;
}

bool registerFunctions(sqlite3 *db)
{
    // Innocuous: the schema's triggers call them, and a file opened with trusted_schema off must still
    // take a sale. Deterministic: the same arguments give the same set.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(db, "buyers_add", 3, flags, nullptr, addFunction, nullptr, nullptr,
                                      nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "buyers_union", 2, flags, nullptr, unionFunction, nullptr, nullptr,
                                      nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "buyers_agg", 1, flags, nullptr, nullptr, aggStep, aggFinal,
                                      nullptr)
        == SQLITE_OK;
}

} // namespace BuyerSets
