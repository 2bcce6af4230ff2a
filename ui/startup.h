#pragma once

#include "context.h"
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
// Replaces the (closed) database at `path` with `backupFile` and records who did it in the restored
// file's audit trail.
Result<void> restore(const QString &backupFile, const QString &path, const Actor &by);
// The database at `path` cannot be used: offers the newest good backup beside it. True when the
// person chose it and it was restored.
bool offerRestore(const QString &path, const Error &why);
} // namespace Startup
