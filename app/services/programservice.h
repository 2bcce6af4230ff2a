#pragma once

#include "context.h"

#include "../rules/program.h"
#include "database.h"
#include "records.h"

// The loyalty program as stored in the settings table.
class ProgramService
{
public:
    explicit ProgramService(Database &db)
        : m_db(db)
    {
    }

    Result<Program> current(const TerminalRecord &terminal);
    // Default settings for a new terminal; call inside the caller's transaction.
    Result<void> writeDefaults(const TerminalRecord &terminal, const QDateTime &at);
    // Changes the earn rate (points per amount) after validating it; one transaction.
    Result<void> setEarnRule(const TerminalRecord &terminal, const EarnRule &rule, const QDateTime &at,
                             const Actor &by = {}, qint64 approvedBy = 0);

    static const char *const kEarnPoints;
    static const char *const kEarnPerMinor;
    static const char *const kExpiryMonths;
    static const char *const kMaxSaleMinor;

private:
    Database &m_db;
};
