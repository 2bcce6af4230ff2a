#include "money.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <limits>

namespace {
// This file's strings translate in the context "Money" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};

Error currencyMismatch(const Money &a, const Money &b)
{
    return makeError(Error::Invalid,
                     Text::tr("Amounts in %1 and %2 cannot be added.").arg(a.currency(), b.currency()));
}

// A Money() without a currency adds to any; a zero in another currency does not (0 EUR + 5 RUB is an error,
// not 5 EUR).
bool sameCurrency(const Money &a, const Money &b)
{
    return a.currency() == b.currency() || a.currency().isEmpty() || b.currency().isEmpty();
}

Error tooLarge()
{
    return makeError(Error::Invalid, Text::tr("The amount is too large."));
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Checks that grouped digits such as "1 234 567" are grouped by threes; returns the digits.
bool ungroup(const QString &integerPart, const QList<QChar> &groupChars, QString *digits)
{
    digits->clear();
    int sinceGroup = 0;
    bool sawGroup = false;
    for (int i = 0; i < integerPart.size(); ++i) {
        const QChar c = integerPart.at(i);
        if (isDigit(c)) {
            digits->append(c);
            ++sinceGroup;
        } else if (groupChars.contains(c)) {
            if (digits->isEmpty() || (sawGroup && sinceGroup != 3) || (!sawGroup && sinceGroup > 3))
                return false;
            sawGroup = true;
            sinceGroup = 0;
        } else {
            return false;
        }
    }
    return !digits->isEmpty() && (!sawGroup || sinceGroup == 3);
}

// What the locale itself writes is always accepted back: Qt 6.4 applies Bulgarian's "minimum grouping
// digits" to the top group and writes 1234567 as "1234 567", which ungroup() alone would refuse.
bool writtenByLocale(const QString &integerPart, const QList<QChar> &groupChars, const QLocale &locale,
                     QString *digits)
{
    QString plain;
    for (const QChar c : integerPart) {
        if (isDigit(c))
            plain.append(c);
        else if (!groupChars.contains(c))
            return false;
    }
    bool ok = false;
    const qulonglong n = plain.toULongLong(&ok);
    if (!ok)
        return false;
    const auto normalized = [&groupChars](QString s) {
        for (QChar &c : s) {
            if (groupChars.contains(c))
                c = QLatin1Char(' ');
        }
        return s;
    };
    if (normalized(locale.toString(n)) != normalized(integerPart))
        return false;
    *digits = plain;
    return true;
}

// The locale's own digits for the ASCII digits of text (Arabic-Indic in ar_KW, for instance).
QString localeDigits(const QString &text, const QLocale &locale)
{
    if (locale.zeroDigit() == QLatin1String("0"))
        return text;
    QString out;
    for (const QChar c : text)
        out += isDigit(c) ? locale.toString(c.unicode() - '0') : QString(c);
    return out;
}

} // namespace

int Money::minorDigits(const QString &currency)
{
    static const QStringList zero
        = {QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
           QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
           QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("UYI"),
           QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"),
           QStringLiteral("XPF")};
    static const QStringList three
        = {QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"), QStringLiteral("KWD"),
           QStringLiteral("LYD"), QStringLiteral("OMR"), QStringLiteral("TND")};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

qint64 Money::unitMinor(const QString &currency)
{
    qint64 u = 1;
    for (int i = 0; i < minorDigits(currency); ++i)
        u *= 10;
    return u;
}

bool Money::isValidCurrency(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

Result<Money> Money::plus(const Money &other) const
{
    if (!sameCurrency(*this, other))
        return currencyMismatch(*this, other);
    qint64 r = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &r))
        return tooLarge();
    return Money(r, m_currency.isEmpty() ? other.m_currency : m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (!sameCurrency(*this, other))
        return currencyMismatch(*this, other);
    qint64 r = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &r))
        return tooLarge();
    return Money(r, m_currency.isEmpty() ? other.m_currency : m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 r = 0;
    if (__builtin_mul_overflow(m_minor, factor, &r))
        return tooLarge();
    return Money(r, m_currency);
}

Result<Money> Money::parse(const QString &input, const QString &currency, const QLocale &locale)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return makeError(Error::Invalid, Text::tr("Enter an amount."));

    // A symbol or the code typed or pasted along with the number is fine.
    const QString symbol = currencySymbol(currency, locale);
    if (!symbol.isEmpty())
        text.remove(symbol);
    text.remove(currency, Qt::CaseInsensitive);
    text = text.trimmed();

    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty())
        return makeError(Error::Invalid, Text::tr("Enter an amount."));

    const QChar decimal = locale.decimalPoint().isEmpty() ? QLatin1Char('.') : locale.decimalPoint().at(0);
    const QChar group = locale.groupSeparator().isEmpty() ? QChar() : locale.groupSeparator().at(0);
    QList<QChar> groupChars;
    if (!group.isNull() && group != decimal)
        groupChars << group;
    // Locales that group with a (narrow) no-break space accept a plain space too.
    if (group == QChar(0x00A0) || group == QChar(0x202F) || group == QLatin1Char(' '))
        groupChars << QLatin1Char(' ') << QChar(0x00A0) << QChar(0x202F);

    // Where the decimal separator is; the numeric keypad's '.' counts where the locale's is ','.
    int sep = text.lastIndexOf(decimal);
    if (sep < 0 && decimal != QLatin1Char('.') && !groupChars.contains(QLatin1Char('.')))
        sep = text.lastIndexOf(QLatin1Char('.'));

    QString integerPart = sep < 0 ? text : text.left(sep);
    QString fraction = sep < 0 ? QString() : text.mid(sep + 1);
    for (const QChar c : std::as_const(fraction)) {
        if (!isDigit(c))
            return makeError(Error::Invalid, Text::tr("\"%1\" is not an amount.").arg(input.trimmed()));
    }
    if (integerPart.isEmpty())
        integerPart = QStringLiteral("0");

    QString digits;
    if (!ungroup(integerPart, groupChars, &digits)
        && !writtenByLocale(integerPart, groupChars, locale, &digits)) {
        // A lone comma or point in the wrong place is the classic mix-up: say which separator to use.
        bool onlyDigitsAndMarks = true;
        for (const QChar c : std::as_const(integerPart))
            onlyDigitsAndMarks
                = onlyDigitsAndMarks && (isDigit(c) || c == QLatin1Char(',') || c == QLatin1Char('.'));
        if (onlyDigitsAndMarks)
            return makeError(
                Error::Invalid,
                Text::tr("\"%1\" is not an amount: use %2 for decimals, as in %3.")
                    .arg(input.trimmed(), QString(decimal), Money(1250, currency).formatNumber(locale)));
        return makeError(Error::Invalid, Text::tr("\"%1\" is not an amount.").arg(input.trimmed()));
    }

    const int maxDecimals = minorDigits(currency);
    if (fraction.size() > maxDecimals) {
        if (maxDecimals == 0)
            return makeError(Error::Invalid, Text::tr("Amounts in %1 have no decimals.").arg(currency));
        return makeError(Error::Invalid,
                         Text::tr("An amount has at most %n decimal(s).", nullptr, maxDecimals));
    }
    while (fraction.size() < maxDecimals)
        fraction.append(QLatin1Char('0'));

    qint64 value = 0;
    const QString all = digits + fraction;
    for (const QChar c : all) {
        if (__builtin_mul_overflow(value, qint64(10), &value)
            || __builtin_add_overflow(value, qint64(c.unicode() - '0'), &value))
            return tooLarge();
    }
    return Money(negative ? -value : value, currency);
}

QString Money::formatNumber(const QLocale &locale) const
{
    const int digits = minorDigits(m_currency);
    const qint64 unit = unitMinor(m_currency);
    // Work on the magnitude as unsigned so that INT64_MIN formats too.
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 major = magnitude / quint64(unit);
    const quint64 minor = magnitude % quint64(unit);
    QString s = locale.toString(qulonglong(major));
    if (digits > 0)
        s += locale.decimalPoint()
            + localeDigits(QStringLiteral("%1").arg(minor, digits, 10, QLatin1Char('0')), locale);
    if (m_minor < 0)
        s.prepend(locale.negativeSign());
    return s;
}

QString Money::format(const QLocale &locale) const
{
    // Let the locale say where the symbol goes and how a negative looks, by formatting a marker
    // integer with a marker symbol and replacing both: no double is ever formatted.
    static const QString marker = QStringLiteral("\x01");
    // The marker is the locale's own 7 (Arabic-Indic in ar_KW). The magnitude comes from formatNumber without
    // its sign rather than from -m_minor, which would overflow for the most negative amount.
    const QString pattern = locale.toCurrencyString(qlonglong(m_minor < 0 ? -7 : 7), marker);
    QString number = formatNumber(locale);
    if (m_minor < 0)
        number.remove(0, locale.negativeSign().size());
    QString s = pattern;
    s.replace(locale.toString(7), number);
    s.replace(marker, currencySymbol(m_currency, locale));
    return s;
}

QString Money::toPlainString() const
{
    return formatNumber(QLocale::c()).remove(QLatin1Char(','));
}

QString Money::currencySymbol(const QString &code, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    // The symbol a locale of that currency's own country uses; the code when none is known.
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(code);
    if (it != cache.constEnd())
        return *it;
    QString symbol = code;
    // An ISO 4217 code starts with its country's code: CNY is zh_CN's "¥", UAH uk_UA's "₴".
    const QLocale::Territory territory = QLocale::codeToTerritory(code.left(2));
    if (territory != QLocale::AnyTerritory) {
        const QLocale home(QLocale::AnyLanguage, territory);
        if (home.currencySymbol(QLocale::CurrencyIsoCode) == code) {
            symbol = home.currencySymbol(QLocale::CurrencySymbol);
            cache.insert(code, symbol);
            return symbol;
        }
    }
    const auto all
        = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &l : all) {
        if (l.currencySymbol(QLocale::CurrencyIsoCode) == code) {
            symbol = l.currencySymbol(QLocale::CurrencySymbol);
            // Prefer the locale of the country whose language matches the code's first letters
            // (RUB in ru_RU, not "RUB" in an English locale of a neighbour).
            if (l.name().startsWith(code.left(2).toLower()))
                break;
        }
    }
    cache.insert(code, symbol);
    return symbol;
}
