#pragma once

#include "../core/clock.h"
#include "database.h"
#include "records.h"

// What every service needs: the database, the clock, and who this terminal is.
struct ServiceContext
{
    Database &db;
    Clock &clock;
    TerminalRecord terminal;
};
