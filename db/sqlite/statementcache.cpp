#include "sqlite/statementcache.h"

#include "database.h"

Statement &StatementCache::get(std::string_view sql)
{
    if (const auto it = m_statements.find(sql); it != m_statements.end()) {
        it->second.rearm();
        return it->second;
    }
    Statement st(m_db, QByteArrayView(sql.data(), qsizetype(sql.size())), Statement::Kind::Persistent);
    if (!st.ok()) {
        m_failed = std::move(st);
        return m_failed;
    }
    return m_statements.emplace(std::string(sql), std::move(st)).first->second;
}
