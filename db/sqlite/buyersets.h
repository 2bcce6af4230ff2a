#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

struct sqlite3;

// The members who bought on a day, as the reports' rollup buyer_days keeps them (schema v14): one
// blob per business day, terminal and chunk of member ids, a sorted array of (id within the chunk,
// sales that day) pairs, two little-endian 16-bit numbers each. Unlike a count, a set can be added up
// over any range of days without counting a member twice, and it does not care in which order the
// sales arrive (sync brings them late, merges move them between members).
namespace BuyerSets {

// Member ids per chunk: 8,192, so that a chunk's blob stays within one B-tree cell on a busy day.
constexpr int kChunkBits = 13;
constexpr std::int64_t kChunkMask = (std::int64_t(1) << kChunkBits) - 1;

struct Entry
{
    std::uint16_t low; // member id & kChunkMask
    std::uint16_t sales; // sales of that member on that day and terminal
};

// The set with `delta` sales added for `low` (an entry that reaches zero is removed; the count stays
// within 0..65535). The bytes are the canonical form: sorted, no zero counts.
QByteArray add(QByteArrayView set, std::uint16_t low, int delta);
// Two sets as one, counts added.
QByteArray unite(QByteArrayView a, QByteArrayView b);
// Calls f(Entry) for each entry of a set in id order.
template <typename F> void forEach(QByteArrayView set, F &&f)
{
    const auto *p = reinterpret_cast<const unsigned char *>(set.data());
    const qsizetype n = set.size() / 4;
    for (qsizetype i = 0; i < n; ++i, p += 4)
        f(Entry {std::uint16_t(p[0] | (p[1] << 8)), std::uint16_t(p[2] | (p[3] << 8))});
}

// buyers_add(set, low, delta), buyers_union(a, b) and the aggregate buyers_agg(low), which the
// triggers and the migration of schema v14 call: every connection registers them before it migrates
// or writes a sale. False when SQLite refused.
bool registerFunctions(sqlite3 *db);

} // namespace BuyerSets
