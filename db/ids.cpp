#include "ids.h"

#include <QRandomGenerator>
#include <QUuid>

#include <mutex>

namespace Ids {

// Within one millisecond, ids made by this process keep their order: the 42 bits after the time
// (RFC 9562, method 1) are a counter that starts at random in its lower half and counts up. Rows
// stamped with the same moment (a fixed clock, a fast batch) then still sort in the order made.
namespace {
// The random part of each id: a generator of this thread, seeded once from the system. Asking the
// system for every id was a system call each, 4 % of settling a backlog that writes millions.
QRandomGenerator64 &randomBits()
{
    thread_local QRandomGenerator64 generator = [] {
        quint32 seed[8];
        QRandomGenerator::system()->fillRange(seed);
        return QRandomGenerator64(seed, seed + 8);
    }();
    return generator;
}
} // namespace

QString newUuid(const QDateTime &nowUtc)
{
    static std::mutex lock;
    static quint64 lastMs = 0;
    static quint64 counter = 0;
    constexpr quint64 kCounterBits = 42;
    const quint64 ms = quint64(nowUtc.toMSecsSinceEpoch()) & 0xFFFFFFFFFFFFull;
    quint8 b[16];
    randomBits().fillRange(reinterpret_cast<quint32 *>(b), 4);
    quint64 c;
    {
        std::lock_guard<std::mutex> guard(lock);
        if (ms == lastMs && counter + 1 < (quint64(1) << kCounterBits)) {
            c = ++counter;
        } else {
            c = randomBits().generate64() & ((quint64(1) << (kCounterBits - 1)) - 1);
            counter = c;
            lastMs = ms;
        }
    }
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(ms >> (40 - 8 * i));
    b[6] = quint8(0x70 | ((c >> 38) & 0x0F)); // version 7, then the counter's top 4 bits
    b[7] = quint8(c >> 30);
    b[8] = quint8(0x80 | ((c >> 24) & 0x3F)); // RFC 4122 variant, 6 more bits
    b[9] = quint8(c >> 16);
    b[10] = quint8(c >> 8);
    b[11] = quint8(c);
    const QUuid u = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(b), 16));
    return u.toString(QUuid::WithoutBraces);
}

QString newUuid()
{
    return newUuid(QDateTime::currentDateTimeUtc());
}

// The text QDateTime::toString(Qt::ISODateWithMs) gives in UTC, written by hand for the years 0001 to
// 9999: a sale writes four of them, and Qt's formatting cost more than the statement they go into.
QString utcText(const QDateTime &t)
{
    if (!t.isValid())
        return QString();
    constexpr qint64 kDayMs = 86400000;
    const qint64 ms = t.toMSecsSinceEpoch();
    const qint64 day = ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs);
    const qint64 inDay = ms - day * kDayMs;
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(day + 2440588).getDate(&y, &m, &d); // 2440588: 1970-01-01
    if (y < 1 || y > 9999)
        return t.toUTC().toString(Qt::ISODateWithMs);
    char text[24];
    auto put = [&text](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, y, 4);
    text[4] = '-';
    put(5, m, 2);
    text[7] = '-';
    put(8, d, 2);
    text[10] = 'T';
    put(11, inDay / 3600000, 2);
    text[13] = ':';
    put(14, inDay / 60000 % 60, 2);
    text[16] = ':';
    put(17, inDay / 1000 % 60, 2);
    text[19] = '.';
    put(20, inDay % 1000, 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

QDateTime fromUtcText(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QString dayText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate fromDayText(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace Ids
