#pragma once

#include "database.h"
#include "records.h"

#include <QString>

#include <memory>

// Opens the terminal's database for the GUI; with demoIfEmpty a new file gets the demo shop (the
// README's run command), otherwise the caller runs the first-run wizard (needsSetup).
struct StartupResult
{
    std::unique_ptr<Database> db;
    TerminalRecord terminal;
    bool createdDemo = false;
    // A new shop's database (no terminal identity) or one without any staff account: the first-run
    // wizard comes before anything else.
    bool needsSetup = false;
};

namespace Startup {
Result<StartupResult> open(const QString &path, bool demoIfEmpty);
}
