#pragma once

#include "result.h"

#include <QLocale>
#include <QString>

// An amount of money: signed integer minor units (cents, kopecks, fen) and the ISO 4217 code.
// No floating point anywhere: parsing, arithmetic and formatting work on the integers.
class Money
{
public:
    Money() = default;
    Money(qint64 minor, QString currency)
        : m_minor(minor)
        , m_currency(std::move(currency))
    {
    }

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Digits after the decimal point for an ISO 4217 code (JPY 0, KWD 3, most 2).
    static int minorDigits(const QString &currency);
    static bool isValidCurrency(const QString &code);
    // 10^minorDigits: the minor units in one major unit.
    static qint64 unitMinor(const QString &currency);

    // Overflow-checked arithmetic; currencies must agree.
    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 factor) const;

    // What a cashier types: "12.50", "12,50" (where the locale uses a comma), "1 234,50", "1,234.50".
    // The locale's decimal separator always works; a point also works where the locale's is a comma
    // (the numeric keypad's key). Grouping must be well-formed, so "1,5" is refused in English rather
    // than read as 15. More decimals than the currency has, letters and overflow are refused.
    static Result<Money> parse(const QString &text, const QString &currency,
                               const QLocale &locale = QLocale());

    // "12,50 ₽", "$12.50", "¥12.50" with the locale's separators and grouping.
    QString format(const QLocale &locale = QLocale()) const;
    // The number alone, in the locale's form: "12,50".
    QString formatNumber(const QLocale &locale = QLocale()) const;
    // "12.50": C locale, no grouping, for CSV, JSON and the command line.
    QString toPlainString() const;

    static QString currencySymbol(const QString &code, const QLocale &locale = QLocale());

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }

private:
    qint64 m_minor = 0;
    QString m_currency;
};

Q_DECLARE_METATYPE(Money)
