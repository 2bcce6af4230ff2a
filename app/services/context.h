#pragma once

#include "../core/clock.h"
#include "../rules/permissions.h"
#include "database.h"
#include "records.h"

// Who acts. staffId 0 is nobody logged in: the command line run on the machine's own account
// (whoever can run it can read the file anyway) or the app before anyone has an account.
struct Actor
{
    qint64 staffId = 0;
    QString name;
    Role role = Role::Administrator;

    static Actor machineOwner() { Actor a; a.role = Role::Administrator; return a; }
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
