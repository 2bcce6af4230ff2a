#include "ids.h"

#include <QRandomGenerator>
#include <QUuid>

namespace Ids {

QString newUuid(const QDateTime &nowUtc)
{
    const quint64 ms = quint64(nowUtc.toMSecsSinceEpoch()) & 0xFFFFFFFFFFFFull;
    quint8 b[16];
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(b), 4);
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(ms >> (40 - 8 * i));
    b[6] = quint8(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = quint8(0x80 | (b[8] & 0x3F)); // RFC 4122 variant
    const QUuid u = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(b), 16));
    return u.toString(QUuid::WithoutBraces);
}

QString newUuid()
{
    return newUuid(QDateTime::currentDateTimeUtc());
}

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
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
