#pragma once

// How many threads of this process are waiting in BEGIN IMMEDIATE (Transaction) for the write lock.
// A background step that holds the lock reads it between members and ends early when a sale waits,
// so the sale waits for one member's work and a commit, not for the rest of the step.
#include <atomic>

namespace WritersWaiting {
int count();
// After a background step: waits (at most 250 ms) until the writers of this process that wait for
// the lock have it, then pauseMs more, so that another program's writer, which only its busy handler
// retries, gets in now and then. Returns early once *stop is set.
void yieldTo(int pauseMs, const std::atomic_bool *stop = nullptr);
// The pause of the till's background work: the other program's busy handler tries every millisecond.
inline constexpr int kPauseMs = 2;
// Transaction's own bookkeeping around BEGIN IMMEDIATE.
void enter();
void leave();
} // namespace WritersWaiting
