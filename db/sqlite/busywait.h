#pragma once

#include <chrono>

struct sqlite3;

// How a connection waits for a lock another connection holds. SQLite's own busy timeout sleeps 1, 2,
// 5, 10, 15, 20, 25 … 100 ms between tries: a sale that meets an 8 ms settling step of another
// process sleeps past its end, 30 ms or more. This tries again every millisecond, up to the timeout.
struct BusyWait
{
    // Replaces the connection's busy handler; `wait` must outlive the connection (Database keeps it).
    // False when SQLite refuses.
    static bool install(sqlite3 *db, BusyWait *wait, int timeoutMs);

    int timeoutMs = 0;
    std::chrono::steady_clock::time_point since; // when the wait under way began
};
