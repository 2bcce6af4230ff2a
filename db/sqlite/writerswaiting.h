#pragma once

// How many threads of this process are waiting in BEGIN IMMEDIATE (Transaction) for the write lock.
// A background step that holds the lock reads it between members and ends early when a sale waits,
// so the sale waits for one member's work and a commit, not for the rest of the step.
namespace WritersWaiting {
int count();
// Transaction's own bookkeeping around BEGIN IMMEDIATE.
void enter();
void leave();
} // namespace WritersWaiting
