#pragma once

#include "clock.h"
#include "database.h"
#include "permissions.h"
#include "records.h"

// Who acts. Nobody named (staffId 0) has a cashier's rights, no more: every service checks the role
// itself. machineOwner() is the one exception, for the command line run on the machine's own account
// of a file without staff accounts (whoever can run it can read the file anyway) and the app before
// anyone has an account.
struct Actor
{
    qint64 staffId = 0;
    QString name;
    Role role = Role::Cashier;

    // clang-format off
    static Actor machineOwner() { Actor a; a.role = Role::Administrator; return a; }
    // clang-format on
};

// What every service needs: the database, the clock, who this terminal is, and who acts.
struct ServiceContext
{
    ServiceContext(Database &database, Clock &clk, TerminalRecord term, Actor who = {})
        : db(database)
        , clock(clk)
        , terminal(std::move(term))
        , actor(std::move(who))
    {
    }

    Database &db;
    Clock &clock;
    TerminalRecord terminal;
    Actor actor;
};
