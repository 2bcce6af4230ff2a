#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Ids {
// A UUIDv7 in canonical text: 48 bits of Unix milliseconds first, so rows made later sort later and
// the UNIQUE index on uuid grows at its right edge instead of splitting pages at random.
QString newUuid(const QDateTime &nowUtc);
QString newUuid();

// UTC with milliseconds, the one timestamp format of the database.
QString utcText(const QDateTime &t);
QDateTime fromUtcText(const QString &text);
QString dayText(const QDate &d);
QDate fromDayText(const QString &text);
} // namespace Ids
