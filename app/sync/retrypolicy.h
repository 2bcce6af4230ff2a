#pragma once

#include "result.h"

#include <chrono>

// When a failed exchange with the head office is tried again, and after how long: one policy for the
// command line's `sync push|pull|now` and the app's scheduled sync. Pure: no clock, no sleeping.
//
// Offline is normal: a server out of reach or a busy file (Error::Storage) is tried again, each wait
// twice the one before, up to a cap. A refusal (a password, a currency, a newer schema) is not:
// trying again would not change it.
class RetryPolicy
{
public:
    using Delay = std::chrono::milliseconds;

    // first: the wait before the second attempt; doublings: how many times it may double; cap: the
    // longest wait; attempts: how many attempts after the first (retries).
    constexpr RetryPolicy(Delay first, int doublings, Delay cap, int attempts)
        : m_first(first)
        , m_doublings(doublings)
        , m_cap(cap)
        , m_attempts(attempts)
    {
    }

    // The command line: after 1, 2, 4 … 32 s, `retries` times.
    static RetryPolicy commandLine(int retries);
    // The app's scheduled sync, every intervalMinutes: the interval doubles with each failure in a
    // row, up to 64 times the interval and never more than an hour; it never gives up.
    static RetryPolicy scheduled(int intervalMinutes);

    // Whether an error of this kind may go away by itself.
    static bool isTransient(const Error &error);
    // Whether attempt number `attempt` (0: the first) that failed with `error` is tried again.
    bool retries(const Error &error, int attempt) const;
    // The wait after `failures` failed attempts in a row (0: none failed, the first wait).
    Delay delay(int failures) const;

private:
    Delay m_first;
    int m_doublings;
    Delay m_cap;
    int m_attempts; // -1: no end
};
