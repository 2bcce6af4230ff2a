// Money: parsing what a cashier types in each of our shops' locales, formatting through QLocale,
// overflow-checked arithmetic. Every expected value is written out by hand; the formatted strings are
// what Qt 6.4.2 (Debian 12) writes, no-break spaces included.
#include "money.h"

#include <QLocale>
#include <QtTest>

#include <limits>

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

const QString kNbsp = QStringLiteral("\u00a0");
const QString kRuble = QStringLiteral("\u20bd");
const QString kEuro = QStringLiteral("\u20ac");
const QString kLev = QStringLiteral("\u043b\u0432.");
const QString kHryvnia = QStringLiteral("\u20b4");
const QString kYuan = QStringLiteral("\u00a5");
const QString kFullwidthYen = QStringLiteral("\uffe5");
const QString kDinar = QStringLiteral("\u062f.\u0643.\u200f"); // Kuwaiti dinar, with its RLM
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
    void toPlainString_data();
    void toPlainString();
    void arithmetic();
    void currencyMismatch();
    void overflow();
    void currencyDigits();
    void validCurrency_data();
    void validCurrency();
    void currencySymbol_data();
    void currencySymbol();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("error"); // a fragment of the message when refused

    const QString notAmount = QStringLiteral("is not an amount");
    const QString useComma = QStringLiteral("use , for decimals, as in 12,50");
    const QString usePoint = QStringLiteral("use . for decimals, as in 12.50");
    const QString enter = QStringLiteral("Enter an amount");
    const QString twoDecimals = QStringLiteral("at most 2 decimal");
    const QString tooLarge = QStringLiteral("The amount is too large");
    auto ok
        = [](const char *name, const char *locale, const char *currency, const QString &input, qint64 minor) {
              QTest::newRow(name) << QString::fromLatin1(locale) << QString::fromLatin1(currency) << input
                                  << true << minor << QString();
          };
    auto bad = [](const char *name, const char *locale, const char *currency, const QString &input,
                  const QString &error) {
        QTest::newRow(name) << QString::fromLatin1(locale) << QString::fromLatin1(currency) << input << false
                            << qint64(0) << error;
    };

    // English (United States): point for decimals, comma groups.
    ok("en 12.50", "en_US", "USD", QStringLiteral("12.50"), 1250);
    ok("en spaces around", "en_US", "USD", QStringLiteral("  12.50 "), 1250);
    ok("en 1.5", "en_US", "USD", QStringLiteral("1.5"), 150);
    ok("en 12.", "en_US", "USD", QStringLiteral("12."), 1200);
    ok("en .50", "en_US", "USD", QStringLiteral(".50"), 50);
    ok("en grouped", "en_US", "USD", QStringLiteral("1,234.50"), 123450);
    ok("en grouped twice", "en_US", "USD", QStringLiteral("1,234,567.89"), 123456789);
    ok("en 0", "en_US", "USD", QStringLiteral("0"), 0);
    ok("en 0.00", "en_US", "USD", QStringLiteral("0.00"), 0);
    ok("en negative", "en_US", "USD", QStringLiteral("-12.50"), -1250);
    ok("en dollar typed", "en_US", "USD", QStringLiteral("$12.50"), 1250);
    ok("en code typed", "en_US", "USD", QStringLiteral("12.50 USD"), 1250);
    ok("en code lower case", "en_US", "USD", QStringLiteral("12.50 usd"), 1250);
    ok("en int64 max", "en_US", "USD", QStringLiteral("92233720368547758.07"), kMax);
    ok("en int64 max grouped", "en_US", "USD", QStringLiteral("92,233,720,368,547,758.07"), kMax);
    ok("en minus int64 max", "en_US", "USD", QStringLiteral("-92233720368547758.07"), -kMax);
    bad("en 12,50", "en_US", "USD", QStringLiteral("12,50"), usePoint);
    bad("en 1,5 refused", "en_US", "USD", QStringLiteral("1,5"), usePoint);
    bad("en 1 234,50", "en_US", "USD", QStringLiteral("1 234,50"), notAmount);
    bad("en indian grouping", "en_US", "USD", QStringLiteral("1,23,456.00"), notAmount);
    bad("en 12.505", "en_US", "USD", QStringLiteral("12.505"), twoDecimals);
    bad("en empty", "en_US", "USD", QString(), enter);
    bad("en blank", "en_US", "USD", QStringLiteral("   "), enter);
    bad("en minus alone", "en_US", "USD", QStringLiteral("-"), enter);
    bad("en letters", "en_US", "USD", QStringLiteral("abc"), notAmount);
    bad("en digits and letter", "en_US", "USD", QStringLiteral("12a"), notAmount);
    bad("en exponent", "en_US", "USD", QStringLiteral("1e5"), notAmount);
    bad("en letter in fraction", "en_US", "USD", QStringLiteral("12.5a"), notAmount);
    bad("en two points", "en_US", "USD", QStringLiteral("1.2.3"), notAmount);
    bad("en euro sign for dollars", "en_US", "USD", QStringLiteral("\u20ac12.50"), notAmount);
    bad("en int64 max + 1", "en_US", "USD", QStringLiteral("92233720368547758.08"), tooLarge);
    bad("en absurd", "en_US", "USD", QStringLiteral("99999999999999999999999"), tooLarge);
    // Currencies without decimals and with three.
    ok("en JPY", "en_US", "JPY", QStringLiteral("1250"), 1250);
    ok("en JPY grouped", "en_US", "JPY", QStringLiteral("1,250"), 1250);
    ok("en JPY int64 max", "en_US", "JPY", QStringLiteral("9223372036854775807"), kMax);
    bad("en JPY decimals", "en_US", "JPY", QStringLiteral("12.50"),
        QStringLiteral("Amounts in JPY have no decimals"));
    bad("en JPY int64 max + 1", "en_US", "JPY", QStringLiteral("9223372036854775808"), tooLarge);
    ok("en KWD 3 decimals", "en_US", "KWD", QStringLiteral("1.234"), 1234);
    ok("en KWD 1 decimal", "en_US", "KWD", QStringLiteral("1.5"), 1500);
    ok("en KWD fils", "en_US", "KWD", QStringLiteral("0.001"), 1);
    bad("en KWD 4 decimals", "en_US", "KWD", QStringLiteral("1.2345"), QStringLiteral("at most 3 decimal"));

    // Russian: comma for decimals, no-break space groups; the keypad's point works too.
    ok("ru 12,50", "ru_RU", "RUB", QStringLiteral("12,50"), 1250);
    ok("ru 1,5 accepted", "ru_RU", "RUB", QStringLiteral("1,5"), 150);
    ok("ru numpad point", "ru_RU", "RUB", QStringLiteral("12.50"), 1250);
    ok("ru numpad 1.5", "ru_RU", "RUB", QStringLiteral("1.5"), 150);
    ok("ru plain space group", "ru_RU", "RUB", QStringLiteral("1 234,50"), 123450);
    ok("ru no-break space group", "ru_RU", "RUB", QStringLiteral("1\u00a0234,50"), 123450);
    ok("ru narrow no-break space group", "ru_RU", "RUB", QStringLiteral("1\u202f234,50"), 123450);
    ok("ru grouped with numpad point", "ru_RU", "RUB", QStringLiteral("1 234.50"), 123450);
    ok("ru minus sign U+2212", "ru_RU", "RUB", QStringLiteral("\u221212,50"), -1250);
    ok("ru ruble sign typed", "ru_RU", "RUB", QStringLiteral("12,50 \u20bd"), 1250);
    ok("ru code typed", "ru_RU", "RUB", QStringLiteral("12,50 RUB"), 1250);
    ok("ru 0", "ru_RU", "RUB", QStringLiteral("0"), 0);
    bad("ru english grouping", "ru_RU", "RUB", QStringLiteral("1,234.50"), notAmount);
    bad("ru german grouping", "ru_RU", "RUB", QStringLiteral("1.234,50"), useComma);
    bad("ru bad grouping", "ru_RU", "RUB", QStringLiteral("12 34,50"), notAmount);
    bad("ru 12,505", "ru_RU", "RUB", QStringLiteral("12,505"), twoDecimals);
    bad("ru numpad 12.505", "ru_RU", "RUB", QStringLiteral("12.505"), twoDecimals);
    bad("ru dollar sign for rubles", "ru_RU", "RUB", QStringLiteral("$12.50"), notAmount);
    bad("ru letters", "ru_RU", "RUB", QStringLiteral("\u0434\u0432\u0430"), notAmount);
    bad("ru empty", "ru_RU", "RUB", QString(), enter);

    // Bulgarian: as Russian; Qt 6.4 writes 1234567 as "1234 567" and that must read back.
    ok("bg 12,50", "bg_BG", "BGN", QStringLiteral("12,50"), 1250);
    ok("bg 1,5", "bg_BG", "BGN", QStringLiteral("1,5"), 150);
    ok("bg numpad point", "bg_BG", "BGN", QStringLiteral("12.50"), 1250);
    ok("bg grouped", "bg_BG", "BGN", QStringLiteral("1 234,50"), 123450);
    ok("bg ungrouped thousands", "bg_BG", "BGN", QStringLiteral("1234,50"), 123450);
    ok("bg as Qt writes millions", "bg_BG", "BGN", QStringLiteral("1234\u00a0567,89"), 123456789);
    ok("bg millions grouped by threes", "bg_BG", "BGN", QStringLiteral("1 234 567,89"), 123456789);
    ok("bg lev typed", "bg_BG", "BGN", QStringLiteral("12,50 \u043b\u0432."), 1250);
    bad("bg 12,505", "bg_BG", "BGN", QStringLiteral("12,505"), twoDecimals);
    bad("bg letters", "bg_BG", "BGN", QStringLiteral("12,5x"), notAmount);

    // Ukrainian.
    ok("uk 12,50", "uk_UA", "UAH", QStringLiteral("12,50"), 1250);
    ok("uk 1,5", "uk_UA", "UAH", QStringLiteral("1,5"), 150);
    ok("uk numpad point", "uk_UA", "UAH", QStringLiteral("12.50"), 1250);
    ok("uk grouped", "uk_UA", "UAH", QStringLiteral("1\u00a0234,50"), 123450);
    ok("uk hryvnia typed", "uk_UA", "UAH", QStringLiteral("12,50 \u20b4"), 1250);
    bad("uk english grouping", "uk_UA", "UAH", QStringLiteral("1,234.50"), notAmount);
    bad("uk 12,505", "uk_UA", "UAH", QStringLiteral("12,505"), twoDecimals);

    // Chinese (China): as English.
    ok("zh 12.50", "zh_CN", "CNY", QStringLiteral("12.50"), 1250);
    ok("zh grouped", "zh_CN", "CNY", QStringLiteral("1,234.50"), 123450);
    ok("zh yuan typed", "zh_CN", "CNY", QStringLiteral("\u00a512.50"), 1250);
    ok("zh code typed", "zh_CN", "CNY", QStringLiteral("CNY 12.50"), 1250);
    bad("zh 12,50", "zh_CN", "CNY", QStringLiteral("12,50"), usePoint);
    bad("zh 1,5 refused", "zh_CN", "CNY", QStringLiteral("1,5"), usePoint);
    bad("zh 12.505", "zh_CN", "CNY", QStringLiteral("12.505"), twoDecimals);

    // German: comma for decimals, point groups, so the point is never a decimal separator there.
    ok("de 12,50", "de_DE", "EUR", QStringLiteral("12,50"), 1250);
    ok("de 1,5", "de_DE", "EUR", QStringLiteral("1,5"), 150);
    ok("de grouped", "de_DE", "EUR", QStringLiteral("1.234,50"), 123450);
    ok("de euro after", "de_DE", "EUR", QStringLiteral("12,50 \u20ac"), 1250);
    ok("de euro before", "de_DE", "EUR", QStringLiteral("\u20ac12,50"), 1250);
    ok("de 12.505 is twelve thousand", "de_DE", "EUR", QStringLiteral("12.505"), 1250500);
    bad("de 12.50", "de_DE", "EUR", QStringLiteral("12.50"), useComma);
    bad("de 12,505", "de_DE", "EUR", QStringLiteral("12,505"), twoDecimals);
    bad("de space group", "de_DE", "EUR", QStringLiteral("1 234,50"), notAmount);
    bad("de empty", "de_DE", "EUR", QString(), enter);

    // The C locale, as the command line uses.
    ok("C 12.50", "C", "EUR", QStringLiteral("12.50"), 1250);
    ok("C grouped", "C", "EUR", QStringLiteral("1,234.50"), 123450);
    ok("C code typed", "C", "EUR", QStringLiteral("12.50 EUR"), 1250);
    ok("C euro typed", "C", "EUR", QStringLiteral("\u20ac12.50"), 1250);
    ok("C negative", "C", "EUR", QStringLiteral("-0.01"), -1);
    bad("C 12,50", "C", "EUR", QStringLiteral("12,50"), usePoint);
    bad("C 1,5", "C", "EUR", QStringLiteral("1,5"), usePoint);
    bad("C 12.505", "C", "EUR", QStringLiteral("12.505"), twoDecimals);
    bad("C letters", "C", "EUR", QStringLiteral("twelve"), notAmount);
    bad("C absurd", "C", "EUR", QStringLiteral("100000000000000000000.00"), tooLarge);
}

void TestMoney::parse()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);
    QFETCH(QString, error);

    const auto r = Money::parse(input, currency, QLocale(locale));
    QVERIFY2(r.ok() == ok,
             qPrintable(r ? QStringLiteral("accepted as %1").arg(r->minor()) : r.error().message));
    if (ok) {
        QCOMPARE(r->minor(), minor);
        QCOMPARE(r->currency(), currency);
    } else {
        QCOMPARE(r.error().kind, Error::Invalid);
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
    }
}

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<QString>("number");

    auto row = [](const char *name, const char *locale, const char *currency, qint64 minor,
                  const QString &formatted, const QString &number) {
        QTest::newRow(name) << QString::fromLatin1(locale) << QString::fromLatin1(currency) << minor
                            << formatted << number;
    };
    const QString nb = kNbsp;

    // English: the symbol first; Qt 6.4 writes negatives in the accounting form, in parentheses.
    row("en USD", "en_US", "USD", 123456789, QStringLiteral("$1,234,567.89"), QStringLiteral("1,234,567.89"));
    row("en USD negative", "en_US", "USD", -123450, QStringLiteral("($1,234.50)"),
        QStringLiteral("-1,234.50"));
    row("en USD zero", "en_US", "USD", 0, QStringLiteral("$0.00"), QStringLiteral("0.00"));
    row("en USD cents", "en_US", "USD", 5, QStringLiteral("$0.05"), QStringLiteral("0.05"));
    row("en EUR", "en_US", "EUR", 1250, kEuro + QStringLiteral("12.50"), QStringLiteral("12.50"));
    row("en JPY", "en_US", "JPY", 123456789, kFullwidthYen + QStringLiteral("123,456,789"),
        QStringLiteral("123,456,789"));
    row("en KWD", "en_US", "KWD", 123456789, kDinar + QStringLiteral("123,456.789"),
        QStringLiteral("123,456.789"));
    row("en KWD fils", "en_US", "KWD", 5, kDinar + QStringLiteral("0.005"), QStringLiteral("0.005"));
    row("en int64 max", "en_US", "USD", kMax, QStringLiteral("$92,233,720,368,547,758.07"),
        QStringLiteral("92,233,720,368,547,758.07"));
    row("en int64 min", "en_US", "USD", kMin, QStringLiteral("($92,233,720,368,547,758.08)"),
        QStringLiteral("-92,233,720,368,547,758.08"));

    // Russian: no-break spaces group and separate the symbol.
    row("ru RUB", "ru_RU", "RUB", 123456789, QStringLiteral("1") + nb + "234" + nb + "567,89" + nb + kRuble,
        QStringLiteral("1") + nb + "234" + nb + "567,89");
    row("ru RUB negative", "ru_RU", "RUB", -123450, QStringLiteral("-1") + nb + "234,50" + nb + kRuble,
        QStringLiteral("-1") + nb + "234,50");
    row("ru RUB small", "ru_RU", "RUB", 1250, QStringLiteral("12,50") + nb + kRuble, QStringLiteral("12,50"));
    row("ru EUR", "ru_RU", "EUR", 1250, QStringLiteral("12,50") + nb + kEuro, QStringLiteral("12,50"));
    row("ru JPY", "ru_RU", "JPY", 1250, QStringLiteral("1") + nb + "250" + nb + kFullwidthYen,
        QStringLiteral("1") + nb + "250");

    // Bulgarian: Qt 6.4 leaves four-digit numbers ungrouped and writes millions as "1234 567".
    row("bg BGN", "bg_BG", "BGN", 123456789, QStringLiteral("1234") + nb + "567,89" + nb + kLev,
        QStringLiteral("1234") + nb + "567,89");
    row("bg BGN thousands", "bg_BG", "BGN", 123450, QStringLiteral("1234,50") + nb + kLev,
        QStringLiteral("1234,50"));
    row("bg BGN ten thousands", "bg_BG", "BGN", 1234567, QStringLiteral("12") + nb + "345,67" + nb + kLev,
        QStringLiteral("12") + nb + "345,67");
    row("bg BGN negative", "bg_BG", "BGN", -123450, QStringLiteral("(1234,50") + nb + kLev + ")",
        QStringLiteral("-1234,50"));

    // Ukrainian.
    row("uk UAH", "uk_UA", "UAH", 123456789, QStringLiteral("1") + nb + "234" + nb + "567,89" + nb + kHryvnia,
        QStringLiteral("1") + nb + "234" + nb + "567,89");
    row("uk UAH negative", "uk_UA", "UAH", -123450, QStringLiteral("-1") + nb + "234,50" + nb + kHryvnia,
        QStringLiteral("-1") + nb + "234,50");

    // Chinese (China).
    row("zh CNY", "zh_CN", "CNY", 123456789, kYuan + QStringLiteral("1,234,567.89"),
        QStringLiteral("1,234,567.89"));
    row("zh CNY negative", "zh_CN", "CNY", -123450, QStringLiteral("(") + kYuan + "1,234.50)",
        QStringLiteral("-1,234.50"));

    // German.
    row("de EUR", "de_DE", "EUR", 123456789, QStringLiteral("1.234.567,89") + nb + kEuro,
        QStringLiteral("1.234.567,89"));
    row("de EUR negative", "de_DE", "EUR", -123450, QStringLiteral("-1.234,50") + nb + kEuro,
        QStringLiteral("-1.234,50"));
    row("de JPY", "de_DE", "JPY", 123456789, QStringLiteral("123.456.789") + nb + kFullwidthYen,
        QStringLiteral("123.456.789"));
    row("de KWD", "de_DE", "KWD", 1234, QStringLiteral("1,234") + nb + kDinar, QStringLiteral("1,234"));

    // C: no grouping, the symbol glued after the number.
    row("C EUR", "C", "EUR", 123456789, QStringLiteral("1234567.89") + kEuro, QStringLiteral("1234567.89"));
    row("C EUR negative", "C", "EUR", -123450, QStringLiteral("-1234.50") + kEuro,
        QStringLiteral("-1234.50"));
    row("C JPY", "C", "JPY", 1250, QStringLiteral("1250") + kFullwidthYen, QStringLiteral("1250"));

    // A locale with its own digits: every digit of the amount is written in them.
    const QString arabic
        = QStringLiteral("\u0661\u0662\u0663\u066c\u0664\u0665\u0666\u066b\u0667\u0668\u0669");
    row("ar KWD", "ar_KW", "KWD", 123456789, arabic + nb + kDinar, arabic);
    const QString arabicNegative = QStringLiteral("\u061c-\u0661\u066b\u0665\u0660\u0660");
    row("ar KWD negative", "ar_KW", "KWD", -1500, arabicNegative + nb + kDinar, arabicNegative);
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, formatted);
    QFETCH(QString, number);

    const Money m(minor, currency);
    QCOMPARE(m.format(QLocale(locale)), formatted);
    QCOMPARE(m.formatNumber(QLocale(locale)), number);
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    const char *const pairs[][2]
        = {{"en_US", "USD"}, {"en_US", "JPY"}, {"en_US", "KWD"}, {"ru_RU", "RUB"}, {"bg_BG", "BGN"},
           {"uk_UA", "UAH"}, {"zh_CN", "CNY"}, {"de_DE", "EUR"}, {"de_DE", "KWD"}, {"C", "EUR"}};
    for (const auto &p : pairs)
        QTest::addRow("%s %s", p[0], p[1]) << QString::fromLatin1(p[0]) << QString::fromLatin1(p[1]);
}

// What the terminal shows, a cashier can type back (a price copied from a receipt, for instance).
void TestMoney::roundTrip()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    const QLocale l(locale);
    const qint64 values[] = {0, 1, 5, 1250, 123450, 1234567, 123456789, 100000000000LL, kMax};
    for (const qint64 v : values) {
        for (const qint64 signedValue : {v, -v}) {
            const Money m(signedValue, currency);
            const QString number = m.formatNumber(l);
            const auto back = Money::parse(number, currency, l);
            QVERIFY2(back.ok(), qPrintable(number + QStringLiteral(": ") + back.error().message));
            QCOMPARE(back->minor(), signedValue);
        }
        // Negative formatted amounts may be in the accounting form "(…)", which is not for typing.
        const QString shown = Money(v, currency).format(l);
        const auto back = Money::parse(shown, currency, l);
        QVERIFY2(back.ok(), qPrintable(shown + QStringLiteral(": ") + back.error().message));
        QCOMPARE(back->minor(), v);
    }
}

void TestMoney::toPlainString_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("plain");
    QTest::newRow("EUR") << QStringLiteral("EUR") << qint64(1250) << QStringLiteral("12.50");
    QTest::newRow("EUR cents") << QStringLiteral("EUR") << qint64(7) << QStringLiteral("0.07");
    QTest::newRow("EUR zero") << QStringLiteral("EUR") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("EUR negative") << QStringLiteral("EUR") << qint64(-1250) << QStringLiteral("-12.50");
    QTest::newRow("EUR large, no grouping")
        << QStringLiteral("EUR") << qint64(123456789) << QStringLiteral("1234567.89");
    QTest::newRow("RUB") << QStringLiteral("RUB") << qint64(100000) << QStringLiteral("1000.00");
    QTest::newRow("JPY") << QStringLiteral("JPY") << qint64(1250) << QStringLiteral("1250");
    QTest::newRow("KWD") << QStringLiteral("KWD") << qint64(1234) << QStringLiteral("1.234");
    QTest::newRow("int64 min") << QStringLiteral("EUR") << kMin << QStringLiteral("-92233720368547758.08");
    QTest::newRow("int64 max") << QStringLiteral("EUR") << kMax << QStringLiteral("92233720368547758.07");
}

void TestMoney::toPlainString()
{
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, plain);
    QCOMPARE(Money(minor, currency).toPlainString(), plain);
    // Whatever the user's locale, the plain form reads back in the C locale.
    const auto back = Money::parse(plain, currency, QLocale::c());
    if (minor != kMin) { // its magnitude is one more than the largest positive amount
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->minor(), minor);
    }
}

void TestMoney::arithmetic()
{
    const Money a(1250, QStringLiteral("EUR"));
    const Money b(250, QStringLiteral("EUR"));
    auto sum = a.plus(b);
    QVERIFY(sum.ok());
    QCOMPARE(sum.value(), Money(1500, QStringLiteral("EUR")));
    auto diff = b.minus(a);
    QVERIFY(diff.ok());
    QCOMPARE(diff.value(), Money(-1000, QStringLiteral("EUR")));
    QVERIFY(diff->isNegative());
    auto thrice = a.times(3);
    QVERIFY(thrice.ok());
    QCOMPARE(thrice.value(), Money(3750, QStringLiteral("EUR")));
    QCOMPARE(a.times(0).value(), Money(0, QStringLiteral("EUR")));
    QVERIFY(a.times(0)->isZero());
    QCOMPARE(a.times(-1).value(), Money(-1250, QStringLiteral("EUR")));

    // A Money() without a currency is neutral: it takes the other's currency.
    auto fromEmpty = Money().plus(Money(500, QStringLiteral("RUB")));
    QVERIFY(fromEmpty.ok());
    QCOMPARE(fromEmpty.value(), Money(500, QStringLiteral("RUB")));
    auto toEmpty = Money(500, QStringLiteral("RUB")).minus(Money());
    QVERIFY(toEmpty.ok());
    QCOMPARE(toEmpty.value(), Money(500, QStringLiteral("RUB")));

    QVERIFY(Money(1, QStringLiteral("EUR")) != Money(1, QStringLiteral("USD")));
    QVERIFY(Money(1, QStringLiteral("EUR")) != Money(2, QStringLiteral("EUR")));
}

void TestMoney::currencyMismatch()
{
    const Money eur(1250, QStringLiteral("EUR"));
    const Money rub(100, QStringLiteral("RUB"));
    for (const auto &r : {eur.plus(rub), eur.minus(rub), rub.plus(eur)}) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Invalid);
        QVERIFY2(r.error().message.contains(QLatin1String("EUR"))
                     && r.error().message.contains(QLatin1String("RUB")),
                 qPrintable(r.error().message));
    }
    // A zero is still an amount in its currency: 0 EUR + 5 RUB must not become 5 EUR.
    const auto zeroPlus = Money(0, QStringLiteral("EUR")).plus(Money(500, QStringLiteral("RUB")));
    QVERIFY2(!zeroPlus.ok(),
             qPrintable(zeroPlus ? zeroPlus->toPlainString() + zeroPlus->currency() : QString()));
    const auto plusZero = Money(500, QStringLiteral("RUB")).minus(Money(0, QStringLiteral("EUR")));
    QVERIFY(!plusZero.ok());
}

void TestMoney::overflow()
{
    const QString eur = QStringLiteral("EUR");
    const QString tooLarge = QStringLiteral("The amount is too large.");
    QCOMPARE(Money(kMax, eur).plus(Money(1, eur)).error().message, tooLarge);
    QVERIFY(!Money(kMin, eur).minus(Money(1, eur)).ok());
    QVERIFY(!Money(kMin, eur).plus(Money(-1, eur)).ok());
    QVERIFY(!Money(0, eur).minus(Money(kMin, eur)).ok());
    QVERIFY(!Money(kMax, eur).times(2).ok());
    QVERIFY(!Money(kMin, eur).times(-1).ok());
    QVERIFY(!Money(qint64(1) << 62, eur).times(2).ok()); // exactly 2^63
    QVERIFY(!Money(3074457345618258603LL, eur).times(3).ok()); // just above max / 3
    // The largest results that fit are still given.
    QCOMPARE(Money(kMax - 1, eur).plus(Money(1, eur)).value().minor(), kMax);
    QCOMPARE(Money(kMin + 1, eur).minus(Money(1, eur)).value().minor(), kMin);
    QCOMPARE(Money(qint64(1) << 62, eur).times(-2).value().minor(), kMin);
    QCOMPARE(Money(3074457345618258602LL, eur).times(3).value().minor(), 9223372036854775806LL);
}

void TestMoney::currencyDigits()
{
    QCOMPARE(Money::minorDigits(QStringLiteral("EUR")), 2);
    QCOMPARE(Money::minorDigits(QStringLiteral("RUB")), 2);
    QCOMPARE(Money::minorDigits(QStringLiteral("CNY")), 2);
    QCOMPARE(Money::minorDigits(QStringLiteral("JPY")), 0);
    QCOMPARE(Money::minorDigits(QStringLiteral("KRW")), 0);
    QCOMPARE(Money::minorDigits(QStringLiteral("KWD")), 3);
    QCOMPARE(Money::minorDigits(QStringLiteral("BHD")), 3);
    QCOMPARE(Money::unitMinor(QStringLiteral("EUR")), qint64(100));
    QCOMPARE(Money::unitMinor(QStringLiteral("JPY")), qint64(1));
    QCOMPARE(Money::unitMinor(QStringLiteral("KWD")), qint64(1000));
}

void TestMoney::validCurrency_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("EUR") << QStringLiteral("EUR") << true;
    QTest::newRow("RUB") << QStringLiteral("RUB") << true;
    QTest::newRow("lower case") << QStringLiteral("eur") << false;
    QTest::newRow("two letters") << QStringLiteral("EU") << false;
    QTest::newRow("four letters") << QStringLiteral("EURO") << false;
    QTest::newRow("digit") << QStringLiteral("E1R") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("cyrillic") << QStringLiteral("\u0420\u0423\u0411") << false;
}

void TestMoney::validCurrency()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(Money::isValidCurrency(code), valid);
}

void TestMoney::currencySymbol_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("RUB in ru") << QStringLiteral("RUB") << QStringLiteral("ru_RU") << kRuble;
    QTest::newRow("RUB in en") << QStringLiteral("RUB") << QStringLiteral("en_US") << kRuble;
    QTest::newRow("USD in ru") << QStringLiteral("USD") << QStringLiteral("ru_RU") << QStringLiteral("$");
    QTest::newRow("EUR in de") << QStringLiteral("EUR") << QStringLiteral("de_DE") << kEuro;
    QTest::newRow("EUR in C") << QStringLiteral("EUR") << QStringLiteral("C") << kEuro;
    QTest::newRow("CNY in en: China's sign") << QStringLiteral("CNY") << QStringLiteral("en_US") << kYuan;
    QTest::newRow("UAH in C") << QStringLiteral("UAH") << QStringLiteral("C") << kHryvnia;
    QTest::newRow("BGN in en") << QStringLiteral("BGN") << QStringLiteral("en_US") << kLev;
    QTest::newRow("unknown code") << QStringLiteral("XYZ") << QStringLiteral("en_US")
                                  << QStringLiteral("XYZ");
}

void TestMoney::currencySymbol()
{
    QFETCH(QString, code);
    QFETCH(QString, locale);
    QFETCH(QString, symbol);
    QCOMPARE(Money::currencySymbol(code, QLocale(locale)), symbol);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
