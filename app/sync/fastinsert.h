#pragma once

#include "idcache.h"
#include "jsonrow.h"
#include "sqlite/statement.h"

#include <vector>

namespace syncimpl {

// The import's hot path for one table: the append-only tables, staff, new sales, new members and
// new cards go in through one prepared statement, read by JsonRow, their references looked up in
// the IdCache (Applier::applyJson).
struct FastInsert
{
    explicit FastInsert(std::vector<QByteArray> keys)
        : row(std::move(keys))
    {
    }
    FastInsert(const FastInsert &) = delete;
    FastInsert &operator=(const FastInsert &) = delete;

    Statement insert; // the row unless it is here already
    JsonRow row;
    std::vector<IdCache::Ids *> refs; // per column: the table its uuid refers to (nullptr: not a reference)
    IdCache::Ids *own = nullptr; // this table's ids, when other rows refer to its rows in numbers
    // Where the members' totals are read from (sales; the ledger's points): column indexes, or -1.
    int memberColumn = -1, kind = -1, total = -1, createdAt = -1, refundOf = -1, points = -1;
    int number = -1; // cards: the number, which must be free for a new card to go straight in
    // members: what the search text is made of
    int name = -1, email = -1, phone = -1;
    Statement numberTaken;
};

} // namespace syncimpl
