#pragma once

#include "database.h"
#include "records.h"

#include <QString>

#include <memory>

// Opens the terminal's database for the GUI: the default file gets the demo shop on first run.
struct StartupResult
{
    std::unique_ptr<Database> db;
    TerminalRecord terminal;
    bool createdDemo = false;
};

namespace Startup {
Result<StartupResult> open(const QString &path, bool demoIfEmpty);
}
