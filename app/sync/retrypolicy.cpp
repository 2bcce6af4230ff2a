#include "retrypolicy.h"

#include <algorithm>

using namespace std::chrono_literals;

RetryPolicy RetryPolicy::commandLine(int retries)
{
    return RetryPolicy(1s, 5, 32s, retries);
}

RetryPolicy RetryPolicy::scheduled(int intervalMinutes)
{
    return RetryPolicy(std::chrono::minutes(intervalMinutes), 6, 60min, -1);
}

bool RetryPolicy::isTransient(const Error &error)
{
    return error.kind == Error::Storage;
}

bool RetryPolicy::retries(const Error &error, int attempt) const
{
    return isTransient(error) && (m_attempts < 0 || attempt < m_attempts);
}

RetryPolicy::Delay RetryPolicy::delay(int failures) const
{
    const int doublings = std::clamp(failures, 0, m_doublings);
    return std::min(Delay(m_first.count() << doublings), m_cap);
}
