#pragma once

#include "clock.h"
#include "database.h"
#include "records.h"

// The terminal's identity: created once (first run, `loyalty-cli init`), read at every start.
class TerminalService
{
public:
    TerminalService(Database &db, Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // Registers this terminal and writes the default program settings, in one transaction.
    Result<TerminalRecord> initialize(const QString &storeName, const QString &terminalName,
                                      const QString &currency);
    // NotFound when the database has no terminal yet.
    Result<TerminalRecord> local();

private:
    Database &m_db;
    Clock &m_clock;
};
