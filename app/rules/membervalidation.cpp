#include "membervalidation.h"

#include "cardnumber.h"
#include "phone.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
// This file's strings translate in the context "MemberValidation" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MemberValidation)
};
} // namespace

namespace MemberValidation {

namespace {

Error invalid(const QString &message)
{
    return makeError(Error::Invalid, message);
}

// A high surrogate not followed by a low one, or a low one on its own: text that was cut in the
// middle of a character. Such a string cannot be stored as valid UTF-8.
bool hasBrokenSurrogates(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= s.size() || !s.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

// Control characters other than the whitespace that simplified() turns into spaces (or that notes keep).
bool hasControl(const QString &s, bool allowLineBreaks)
{
    for (const QChar c : s) {
        if (c.category() != QChar::Other_Control)
            continue;
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            continue;
        if (!allowLineBreaks && (c == QChar(0x0B) || c == QChar(0x0C)))
            continue; // vertical tab and form feed: whitespace that simplified() removes
        return true;
    }
    return false;
}

// U+FFFD is what a decoder leaves where a byte made no sense: the file's encoding is not what it seemed.
bool hasReplacementChar(const QString &s)
{
    return s.contains(QChar(QChar::ReplacementCharacter));
}

Result<void> checkText(const QString &s, bool allowLineBreaks)
{
    if (hasBrokenSurrogates(s))
        return invalid(Text::tr("It contains a broken character (half of a character pair)."));
    if (hasReplacementChar(s))
        return invalid(
            Text::tr("It contains characters that could not be read (�): is the file in another encoding?"));
    if (hasControl(s, allowLineBreaks))
        return invalid(Text::tr("It contains control characters, which cannot be typed or printed."));
    return {};
}

bool isAsciiDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

} // namespace

Result<QString> name(const QString &text)
{
    if (auto r = checkText(text, false); !r)
        return invalid(Text::tr("The name is not valid: %1").arg(r.error().message));
    const QString s = text.simplified();
    if (s.isEmpty())
        return invalid(Text::tr("Enter the member's name."));
    if (s.size() > kMaxNameLength)
        return invalid(
            Text::tr("A name has at most %1 characters; this one has %2.").arg(kMaxNameLength).arg(s.size()));
    return s;
}

Result<QString> phone(const QString &text)
{
    const QString s = text.simplified();
    if (s.isEmpty())
        return QString();
    if (s.size() > 40 || !Phone::looksLikePhone(s)) {
        return invalid(
            Text::tr("\"%1\" is not a phone number: use digits, spaces and + - ( ) only.").arg(s.left(40)));
    }
    const int digits = int(Phone::digits(s).size());
    if (digits < kMinPhoneDigits || digits > kMaxPhoneDigits)
        return invalid(Text::tr("\"%1\" is not a phone number: a phone number has %2 to %3 digits.")
                           .arg(s)
                           .arg(kMinPhoneDigits)
                           .arg(kMaxPhoneDigits));
    return s;
}

Result<QString> email(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return QString();
    if (auto r = checkText(s, false); !r)
        return invalid(Text::tr("The e-mail address is not valid: %1").arg(r.error().message));
    if (s.size() > kMaxEmailLength)
        return invalid(Text::tr("An e-mail address has at most %1 characters.").arg(kMaxEmailLength));
    const QString shown = s.left(60);
    for (const QChar c : s) {
        if (c.isSpace())
            return invalid(Text::tr("\"%1\" is not an e-mail address: it contains a space.").arg(shown));
        if (QStringLiteral("<>()[],;:\\\"").contains(c))
            return invalid(
                Text::tr("\"%1\" is not an e-mail address: it contains \"%2\".").arg(shown, QString(c)));
    }
    if (s.count(QLatin1Char('@')) != 1)
        return invalid(Text::tr("\"%1\" is not an e-mail address: it needs exactly one @.").arg(shown));
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    const QString local = s.left(at);
    const QString domain = s.mid(at + 1);
    if (local.isEmpty() || local.size() > 64 || local.startsWith(QLatin1Char('.'))
        || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String(".."))) {
        return invalid(Text::tr("\"%1\" is not an e-mail address: check the part before the @.").arg(shown));
    }
    if (!domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.'))
        || domain.endsWith(QLatin1Char('.')) || domain.contains(QLatin1String(".."))
        || domain.startsWith(QLatin1Char('-'))) {
        return invalid(
            Text::tr("\"%1\" is not an e-mail address: check the part after the @ (like shop.com).")
                .arg(shown));
    }
    for (const QChar c : domain) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return invalid(
                Text::tr("\"%1\" is not an e-mail address: check the part after the @ (like shop.com).")
                    .arg(shown));
    }
    return s;
}

Result<Birthday> birthday(const QString &text, const QDate &today)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return Birthday {};
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[./-](\\d{1,2})(?:[./-](\\d{2,4}))?$"));
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
    Birthday b;
    if (const auto m = yearFirst.match(s); m.hasMatch()) {
        b.year = m.captured(1).toInt();
        b.month = m.captured(2).toInt();
        b.day = m.captured(3).toInt();
    } else if (const auto m2 = dayFirst.match(s); m2.hasMatch()) {
        b.day = m2.captured(1).toInt();
        b.month = m2.captured(2).toInt();
        if (m2.capturedLength(3) > 0) {
            if (m2.capturedLength(3) != 4)
                return invalid(
                    Text::tr("In \"%1\", write the year with four digits (1990), or leave it out.").arg(s));
            b.year = m2.captured(3).toInt();
        }
    } else {
        return invalid(
            Text::tr("\"%1\" is not a birthday: write it as 31.12 or 31.12.1990.").arg(s.left(40)));
    }
    if (b.month < 1 || b.month > 12)
        return invalid(Text::tr("\"%1\" is not a birthday: there is no month %2.").arg(s).arg(b.month));
    if (b.year != 0 && b.year < 1900)
        return invalid(Text::tr("\"%1\" is not a birthday: the year is before 1900.").arg(s));
    // Without a year, 29 February is a real birthday: check against a leap year.
    const int daysInMonth = QDate(b.year != 0 ? b.year : 2000, b.month, 1).daysInMonth();
    if (b.day < 1 || b.day > daysInMonth) {
        if (b.month == 2 && b.day == 29)
            return invalid(Text::tr("\"%1\" is not a birthday: %2 is not a leap year.").arg(s).arg(b.year));
        return invalid(Text::tr("\"%1\" is not a birthday: that month has no day %2.").arg(s).arg(b.day));
    }
    if (b.year != 0 && today.isValid() && QDate(b.year, b.month, b.day) > today)
        return invalid(Text::tr("\"%1\" is not a birthday: the date is in the future.").arg(s));
    return b;
}

Result<QString> cardNumber(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return invalid(Text::tr("Enter the card number."));
    // A spreadsheet that took the card number for a number shows it as 2.00000E+12: the digits are lost.
    static const QRegularExpression scientific(QStringLiteral("^\\d+([.,]\\d+)?[eE]\\+?\\d+$"));
    if (scientific.match(s).hasMatch())
        return invalid(Text::tr("\"%1\" is a card number a spreadsheet turned into a rounded number; "
                                "format the column as text and export again.")
                           .arg(s));
    if (!isAsciiDigits(s))
        return invalid(
            Text::tr("\"%1\" is not a card number: a card number has digits only.").arg(s.left(40)));
    if (s.size() < kMinCardLength || s.size() > kMaxCardLength)
        return invalid(Text::tr("\"%1\" is not a card number: a card number has %2 to %3 digits.")
                           .arg(s.left(40))
                           .arg(kMinCardLength)
                           .arg(kMaxCardLength));
    if (s.size() == 13 && !CardNumber::isValidEan13(s))
        return invalid(
            Text::tr("Card number %1 has a wrong check digit (the last one): it was probably misread "
                     "or mistyped.")
                .arg(s));
    return s;
}

Result<QString> notes(const QString &text)
{
    const QString s = text.trimmed();
    if (auto r = checkText(s, true); !r)
        return invalid(Text::tr("The notes are not valid: %1").arg(r.error().message));
    if (s.size() > kMaxNotesLength)
        return invalid(
            Text::tr("Notes have at most %1 characters; these have %2.").arg(kMaxNotesLength).arg(s.size()));
    return s;
}

Result<qint64> points(const QString &text)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return qint64(0);
    const QString shown = s.left(40);
    // Thousands separators that are spaces: ordinary, no-break, narrow no-break.
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x00A0));
    s.remove(QChar(0x202F));
    static const QRegularExpression zeroFraction(QStringLiteral("[.,]0{1,2}$"));
    s.remove(zeroFraction);
    if (s.startsWith(QLatin1Char('-')))
        return invalid(Text::tr("\"%1\" points: an opening balance cannot be negative.").arg(shown));
    if (s.startsWith(QLatin1Char('+')))
        s.remove(0, 1);
    if (!isAsciiDigits(s) || s.size() > 12)
        return invalid(
            Text::tr("\"%1\" is not a number of points: write a whole number, like 1240.").arg(shown));
    const qint64 value = s.toLongLong();
    if (value > kMaxPoints)
        return invalid(Text::tr("%1 points is more than a member can hold.").arg(shown));
    return value;
}

QString formatBirthday(const Birthday &b)
{
    if (b.isEmpty())
        return {};
    QString s
        = QStringLiteral("%1.%2").arg(b.day, 2, 10, QLatin1Char('0')).arg(b.month, 2, 10, QLatin1Char('0'));
    if (b.year != 0)
        s += QStringLiteral(".%1").arg(b.year, 4, 10, QLatin1Char('0'));
    return s;
}

} // namespace MemberValidation
