#include "masking.h"

namespace Masking {

QString phone(const QString &phone)
{
    int digits = 0;
    for (const QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    // The country code after a leading '+' stays: it says nothing about the person.
    int keepLeading = 0;
    if (phone.startsWith(QLatin1Char('+'))) {
        for (int i = 1; i < phone.size() && phone.at(i).isDigit(); ++i)
            ++keepLeading;
    }
    QString out = phone;
    int seen = 0;
    for (int i = 0; i < out.size(); ++i) {
        if (!out.at(i).isDigit())
            continue;
        ++seen;
        if (seen > keepLeading && seen <= digits - 2)
            out[i] = QChar(0x2022);
    }
    return out;
}

QString email(const QString &email)
{
    const int at = email.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return email.isEmpty() ? email : QString(QChar(0x2022)).repeated(3);
    return email.left(1) + QString(QChar(0x2022)).repeated(3) + email.mid(at);
}

} // namespace Masking
