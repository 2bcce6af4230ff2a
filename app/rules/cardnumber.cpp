#include "cardnumber.h"

namespace CardNumber {

int ean13CheckDigit(const QString &d)
{
    if (d.size() != 12)
        return -1;
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const QChar c = d.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        sum += (c.unicode() - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return (10 - sum % 10) % 10;
}

bool isValidEan13(const QString &number)
{
    if (number.size() != 13)
        return false;
    const int check = ean13CheckDigit(number.left(12));
    return check >= 0 && number.at(12) == QLatin1Char(char('0' + check));
}

QString makeEan13(const QString &prefix, qint64 serial)
{
    const QString twelve
        = prefix + QStringLiteral("%1").arg(serial, 12 - int(prefix.size()), 10, QLatin1Char('0'));
    const int check = ean13CheckDigit(twelve);
    return check < 0 ? QString() : twelve + QChar(QLatin1Char(char('0' + check)));
}

} // namespace CardNumber
