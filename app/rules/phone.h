#pragma once

#include <QString>

namespace Phone {
// The digits of a phone number as the member gave it: "+7 (912) 345-67-89" -> "79123456789".
QString digits(const QString &text);
// What lookups compare: the last nine digits, so that the same number written with or without the
// country code or the trunk prefix (+7 912..., 8 912..., +359 88..., 088...) meets itself.
// Empty when the text has fewer than five digits or anything but digits, spaces, + - ( ) . /
QString lookupKey(const QString &text);
bool looksLikePhone(const QString &text);
} // namespace Phone
