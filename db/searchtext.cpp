#include "searchtext.h"

namespace SearchText {

QString fold(const QString &text)
{
    // NFKD splits a letter from its accents; dropping the combining marks leaves the base letter.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
            || cat == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace() || cat == QChar::Other_Control) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out.append(QLatin1Char(' '));
            space = false;
        }
        out.append(c);
    }
    return out;
}

QString forMember(const QString &name, const QString &email, const QString &phone)
{
    QString s = fold(name);
    if (!email.isEmpty())
        s += QLatin1Char(' ') + fold(email);
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(QChar(QLatin1Char('0').unicode() + c.digitValue()));
    }
    if (!digits.isEmpty())
        s += QLatin1Char(' ') + digits;
    return s;
}

} // namespace SearchText
