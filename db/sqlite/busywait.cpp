#include "busywait.h"

#include <sqlite3.h>

namespace {
int onBusy(void *arg, int tries)
{
    auto *w = static_cast<BusyWait *>(arg);
    const auto now = std::chrono::steady_clock::now();
    if (tries == 0)
        w->since = now; // a new wait begins
    if (now - w->since >= std::chrono::milliseconds(w->timeoutMs))
        return 0; // SQLITE_BUSY to the caller
    sqlite3_sleep(1);
    return 1;
}
} // namespace

bool BusyWait::install(sqlite3 *db, BusyWait *wait, int timeoutMs)
{
    wait->timeoutMs = timeoutMs;
    return sqlite3_busy_handler(db, onBusy, wait) == SQLITE_OK;
}
