#include "clock.h"

namespace {
class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}
