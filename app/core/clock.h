#pragma once

#include <QDateTime>

// Every rule and service reads the time through a Clock, so that tests can move it: expiry,
// birthdays, levels and business days depend on it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The business day is the shop's local date.
    QDate today() const { return nowUtc().toLocalTime().date(); }

    static Clock &system();
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc)
        : m_now(nowUtc.toUTC())
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};
