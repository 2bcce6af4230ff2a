#pragma once

#include "sqlite/statement.h"

#include <map>
#include <string>
#include <string_view>

class Database;

// The statements a connection runs again and again (a sale's, a transaction's BEGIN and COMMIT),
// prepared once per connection and reused: through Qt SQL each was prepared again per sale, most of
// what the app spent beyond SQLite's own work. Kept by the connection (Database::cache), so that they
// are finalized before it closes. One thread, as the connection.
class StatementCache
{
public:
    explicit StatementCache(Database &db)
        : m_db(db)
    {
    }

    // The statement for `sql`, reset and without bindings; prepared on first use. Check ok(): one that
    // cannot be prepared is not kept (the next call tries again). Reset it after its last row is read,
    // or it holds its read open.
    Statement &get(std::string_view sql);

private:
    Database &m_db;
    std::map<std::string, Statement, std::less<>> m_statements;
    Statement m_failed;
};
