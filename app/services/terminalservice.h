#pragma once

#include "clock.h"
#include "context.h"
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

// Work on a connection of its own (a worker thread's, or a file just restored): the file at dbPath
// opened in `mode`, this terminal, and who acts. Returns what work returns, or why the file or its
// terminal could not be read.
template <typename Work>
auto onOwnConnection(const QString &dbPath, const Actor &actor, Work work,
                     Database::Mode mode = Database::Mode::ExistingOnly)
    -> decltype(work(std::declval<ServiceContext &>()))
{
    auto db = Database::open(dbPath, mode);
    if (!db)
        return db.error();
    auto terminal = TerminalService(*db.value(), Clock::system()).local();
    if (!terminal)
        return terminal.error();
    ServiceContext ctx(*db.value(), Clock::system(), terminal.value(), actor);
    return work(ctx);
}
