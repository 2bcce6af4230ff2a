#include "phone.h"

namespace Phone {

QString digits(const QString &text)
{
    QString d;
    for (const QChar c : text) {
        if (c.isDigit())
            d.append(QChar(QLatin1Char('0').unicode() + c.digitValue()));
    }
    return d;
}

bool looksLikePhone(const QString &text)
{
    int count = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++count;
        else if (!QStringLiteral(" +-()./").contains(c))
            return false;
    }
    return count >= 5 && count <= 15;
}

QString lookupKey(const QString &text)
{
    if (!looksLikePhone(text))
        return {};
    const QString d = digits(text);
    return d.size() > 9 ? d.right(9) : d;
}

} // namespace Phone
