#pragma once

// The generator's pieces shared between its files: a prepared statement that dies on any error, the
// checksum of a generated file and the settling of the expired lots (generate_expiry.cpp).

#include "benchcommon.h"

#include <sqlite3.h>

#include <cstdint>
#include <string>

class Database;
struct TerminalRecord;

namespace Bench {

// A prepared statement with positional binds that dies on any error.
class Stmt
{
public:
    Stmt(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            die(std::string("prepare failed: ") + sqlite3_errmsg(db) + "\n  " + sql);
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    Stmt &text(int i, const char *s, int n = -1)
    {
        sqlite3_bind_text(m_stmt, i, s, n, SQLITE_STATIC);
        return *this;
    }
    Stmt &text(int i, const std::string &s) { return text(i, s.c_str(), int(s.size())); }
    Stmt &textOrNull(int i, const std::string &s) { return s.empty() ? null(i) : text(i, s); }
    Stmt &integer(int i, std::int64_t v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Stmt &null(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    void run()
    {
        if (sqlite3_step(m_stmt) != SQLITE_DONE)
            die(std::string("insert failed: ") + sqlite3_errmsg(m_db) + "\n  " + sqlite3_sql(m_stmt));
        sqlite3_reset(m_stmt);
    }
    sqlite3_stmt *get() { return m_stmt; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};
// "checksum=<sha256> rows=<n>" over every table in id order (the random-by-design rows counted only).
int checksum(const std::string &path);

struct ExpirySettled
{
    std::int64_t lots = 0; // earn lots settled
    std::int64_t entries = 0; // 'expire' ledger entries written, one per member and expiry day
    std::int64_t days = 0; // the days on which the app would have settled something
};

// What the app's day-by-day expiry would have written by `today` (days since the epoch, UTC) for the
// earn lots already in the file: call inside the generator's transaction, after the sales are in.
// The members' cached balances are the caller's (the generator writes them already reduced).
ExpirySettled settleExpiry(Database &database, const TerminalRecord &terminal, std::uint64_t seed,
                           std::int64_t today, std::int64_t firstEntryId);

} // namespace Bench
