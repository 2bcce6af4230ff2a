#pragma once

#include <QString>

namespace CardNumber {
// EAN-13 check digit of the first twelve digits (weights 1,3,1,3... from the left); -1 if not 12 digits.
int ean13CheckDigit(const QString &twelveDigits);
bool isValidEan13(const QString &number);
// The shop's own cards: in-store prefix "2", a 11-digit serial, the check digit.
QString makeEan13(const QString &prefix, qint64 serial);
} // namespace CardNumber
