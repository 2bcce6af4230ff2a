// The rules engine with no database at all: earn, expiry, quoting a cart, the program's own checks,
// phone lookup keys and the shop's card numbers. Expected values are worked out by hand in the rows.
#include "cardnumber.h"
#include "phone.h"
#include "program.h"
#include "quote.h"

#include <QtTest>

#include <limits>

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

Program euroProgram()
{
    Program p;
    p.currency = QStringLiteral("EUR");
    return p;
}

Cart cartOf(std::initializer_list<CartLine> lines, const QString &currency = QStringLiteral("EUR"))
{
    Cart c;
    c.currency = currency;
    for (const CartLine &l : lines)
        c.lines << l;
    return c;
}

CartLine line(const char *description, qint64 unitPriceMinor, qint64 quantity = 1)
{
    CartLine l;
    l.description = QString::fromUtf8(description);
    l.unitPriceMinor = unitPriceMinor;
    l.quantity = quantity;
    return l;
}

const QDate kSaleDay(2026, 3, 14);
const std::optional<MemberSnapshot> kMember = [] {
    MemberSnapshot m;
    m.id = 7;
    m.pointsBalance = 120;
    return m;
}();
const std::optional<MemberSnapshot> kWalkIn;
} // namespace

Q_DECLARE_METATYPE(Cart)
Q_DECLARE_METATYPE(Program)

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void earnedPoints_data();
    void earnedPoints();
    void expiryDate_data();
    void expiryDate();

    void quoteMemberSale();
    void quoteLines();
    void quoteWalkInEarnsNothing();
    void quoteNothingEarnedHasNoExpiry();
    void quoteNeverExpires();
    void quoteUsesProgramEarnRule();
    void quoteLimits();
    void quoteRefused_data();
    void quoteRefused();

    void programValidate_data();
    void programValidate();

    void phoneDigits();
    void phoneLookupKey_data();
    void phoneLookupKey();
    void looksLikePhone_data();
    void looksLikePhone();

    void ean13CheckDigit_data();
    void ean13CheckDigit();
    void isValidEan13_data();
    void isValidEan13();
    void makeEan13_data();
    void makeEan13();
};

void TestRules::earnedPoints_data()
{
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("perMinor");
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<qint64>("expected");

    // The default: 1 point per 1.00, rounded down.
    QTest::newRow("0.99 earns 0") << qint64(1) << qint64(100) << qint64(99) << qint64(0);
    QTest::newRow("1.00 earns 1") << qint64(1) << qint64(100) << qint64(100) << qint64(1);
    QTest::newRow("1.01 earns 1") << qint64(1) << qint64(100) << qint64(101) << qint64(1);
    QTest::newRow("1.99 earns 1") << qint64(1) << qint64(100) << qint64(199) << qint64(1);
    QTest::newRow("2.00 earns 2") << qint64(1) << qint64(100) << qint64(200) << qint64(2);
    QTest::newRow("9.99 earns 9") << qint64(1) << qint64(100) << qint64(999) << qint64(9);
    QTest::newRow("12.50 earns 12") << qint64(1) << qint64(100) << qint64(1250) << qint64(12);
    QTest::newRow("1,234,567.89 earns 1,234,567")
        << qint64(1) << qint64(100) << qint64(123456789) << qint64(1234567);
    QTest::newRow("zero") << qint64(1) << qint64(100) << qint64(0) << qint64(0);
    QTest::newRow("negative (a refund)") << qint64(1) << qint64(100) << qint64(-5000) << qint64(0);
    // Other rates.
    QTest::newRow("2 per 1.00, 12.50") << qint64(2) << qint64(100) << qint64(1250) << qint64(25);
    QTest::newRow("2 per 1.00, 0.99 floors 1.98") << qint64(2) << qint64(100) << qint64(99) << qint64(1);
    QTest::newRow("1 per 10.00, 9.99") << qint64(1) << qint64(1000) << qint64(999) << qint64(0);
    QTest::newRow("1 per 10.00, 10.00") << qint64(1) << qint64(1000) << qint64(1000) << qint64(1);
    QTest::newRow("1 per 10.00, 12.50") << qint64(1) << qint64(1000) << qint64(1250) << qint64(1);
    QTest::newRow("3 per 2.00, 5.00") << qint64(3) << qint64(200) << qint64(500) << qint64(7);
    QTest::newRow("5 per minor unit") << qint64(5) << qint64(1) << qint64(3) << qint64(15);
    QTest::newRow("JPY 1 per 100 yen, 99") << qint64(1) << qint64(100) << qint64(99) << qint64(0);
    QTest::newRow("no points in the rule") << qint64(0) << qint64(100) << qint64(1250) << qint64(0);
    QTest::newRow("negative points in the rule") << qint64(-1) << qint64(100) << qint64(1250) << qint64(0);
    QTest::newRow("per zero") << qint64(1) << qint64(0) << qint64(1250) << qint64(0);
    QTest::newRow("per negative") << qint64(1) << qint64(-100) << qint64(1250) << qint64(0);
    // No overflow however large: 128-bit intermediate, clamped to the largest balance.
    QTest::newRow("int64 max, 1 per 1.00") << qint64(1) << qint64(100) << kMax << qint64(92233720368547758LL);
    QTest::newRow("int64 max, 2 per 3") << qint64(2) << qint64(3) << kMax << qint64(6148914691236517204LL);
    QTest::newRow("int64 max, 3 per 2 clamps") << qint64(3) << qint64(2) << kMax << kMax;
    QTest::newRow("int64 max, 1000 per 1 clamps") << qint64(1000) << qint64(1) << kMax << kMax;
    QTest::newRow("product beyond 64 bits, result fits") << qint64(4) << kMax << kMax << qint64(4);
}

void TestRules::earnedPoints()
{
    QFETCH(qint64, points);
    QFETCH(qint64, perMinor);
    QFETCH(qint64, paid);
    QFETCH(qint64, expected);
    QCOMPARE(Rules::earnedPoints(EarnRule {points, perMinor}, paid), expected);
}

void TestRules::expiryDate_data()
{
    QTest::addColumn<QDate>("sale");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("12 months") << QDate(2026, 3, 14) << 12 << QDate(2027, 3, 14);
    QTest::newRow("1 month") << QDate(2026, 3, 14) << 1 << QDate(2026, 4, 14);
    QTest::newRow("0 = never") << QDate(2026, 3, 14) << 0 << QDate();
    QTest::newRow("negative = never") << QDate(2026, 3, 14) << -1 << QDate();
    QTest::newRow("31 Jan + 1 month") << QDate(2026, 1, 31) << 1 << QDate(2026, 2, 28);
    QTest::newRow("31 Jan + 1 month, leap year") << QDate(2028, 1, 31) << 1 << QDate(2028, 2, 29);
    QTest::newRow("29 Feb + 12 months") << QDate(2028, 2, 29) << 12 << QDate(2029, 2, 28);
    QTest::newRow("29 Feb + 48 months") << QDate(2028, 2, 29) << 48 << QDate(2032, 2, 29);
    QTest::newRow("31 Aug + 1 month") << QDate(2026, 8, 31) << 1 << QDate(2026, 9, 30);
    QTest::newRow("31 Mar + 11 months") << QDate(2026, 3, 31) << 11 << QDate(2027, 2, 28);
    QTest::newRow("over the year end") << QDate(2026, 12, 15) << 1 << QDate(2027, 1, 15);
    QTest::newRow("31 Dec + 12 months") << QDate(2026, 12, 31) << 12 << QDate(2027, 12, 31);
    QTest::newRow("1200 months") << QDate(2026, 3, 14) << 1200 << QDate(2126, 3, 14);
    QTest::newRow("invalid sale day") << QDate() << 12 << QDate();
}

void TestRules::expiryDate()
{
    QFETCH(QDate, sale);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(Rules::expiryDate(sale, months), expected);
}

void TestRules::quoteMemberSale()
{
    const auto q = Rules::quote(cartOf({line("Purchase", 1250)}), kMember, euroProgram(), kSaleDay);
    QVERIFY2(q.ok(), qPrintable(q.error().message));
    QCOMPARE(q->currency, QStringLiteral("EUR"));
    QCOMPARE(q->subtotalMinor, qint64(1250));
    QCOMPARE(q->discountMinor, qint64(0));
    QCOMPARE(q->totalMinor, qint64(1250));
    QCOMPARE(q->pointsEarned, qint64(12));
    QCOMPARE(q->pointsExpireOn, QDate(2027, 3, 14));
    QCOMPARE(q->lines.size(), 1);
    QCOMPARE(q->lines.at(0).totalMinor, qint64(1250));
}

void TestRules::quoteLines()
{
    const auto q = Rules::quote(cartOf({line("Latte", 320, 2), line("Croissant", 210), line("Cake", 450, 3)}),
                                kMember, euroProgram(), kSaleDay);
    QVERIFY2(q.ok(), qPrintable(q.error().message));
    QCOMPARE(q->lines.size(), 3);
    QCOMPARE(q->lines.at(0).description, QStringLiteral("Latte"));
    QCOMPARE(q->lines.at(0).unitPriceMinor, qint64(320));
    QCOMPARE(q->lines.at(0).quantity, qint64(2));
    QCOMPARE(q->lines.at(0).totalMinor, qint64(640));
    QCOMPARE(q->lines.at(1).description, QStringLiteral("Croissant"));
    QCOMPARE(q->lines.at(1).totalMinor, qint64(210));
    QCOMPARE(q->lines.at(2).totalMinor, qint64(1350));
    QCOMPARE(q->subtotalMinor, qint64(2200)); // 6.40 + 2.10 + 13.50
    QCOMPARE(q->totalMinor, qint64(2200));
    QCOMPARE(q->pointsEarned, qint64(22));
}

void TestRules::quoteWalkInEarnsNothing()
{
    const auto q = Rules::quote(cartOf({line("Purchase", 1250)}), kWalkIn, euroProgram(), kSaleDay);
    QVERIFY2(q.ok(), qPrintable(q.error().message));
    QCOMPARE(q->totalMinor, qint64(1250));
    QCOMPARE(q->pointsEarned, qint64(0));
    QVERIFY(q->pointsExpireOn.isNull());
}

void TestRules::quoteNothingEarnedHasNoExpiry()
{
    const auto q = Rules::quote(cartOf({line("Sugar", 99)}), kMember, euroProgram(), kSaleDay);
    QVERIFY2(q.ok(), qPrintable(q.error().message));
    QCOMPARE(q->pointsEarned, qint64(0));
    QVERIFY(q->pointsExpireOn.isNull());
}

void TestRules::quoteNeverExpires()
{
    Program p = euroProgram();
    p.expiryMonths = 0;
    const auto q = Rules::quote(cartOf({line("Purchase", 1250)}), kMember, p, kSaleDay);
    QVERIFY2(q.ok(), qPrintable(q.error().message));
    QCOMPARE(q->pointsEarned, qint64(12));
    QVERIFY(q->pointsExpireOn.isNull());
}

void TestRules::quoteUsesProgramEarnRule()
{
    Program p = euroProgram();
    p.earn = EarnRule {3, 200}; // 3 points per 2.00
    p.expiryMonths = 1;
    const auto q = Rules::quote(cartOf({line("Purchase", 1250)}), kMember, p, QDate(2026, 1, 31));
    QVERIFY2(q.ok(), qPrintable(q.error().message));
    QCOMPARE(q->pointsEarned, qint64(18)); // floor(1250 * 3 / 200) = floor(18.75)
    QCOMPARE(q->pointsExpireOn, QDate(2026, 2, 28));
}

void TestRules::quoteLimits()
{
    // Exactly at the limits is allowed.
    auto q = Rules::quote(cartOf({line("Big", 100000000)}), kMember, euroProgram(), kSaleDay);
    QVERIFY2(q.ok(), qPrintable(q.error().message));
    QCOMPARE(q->totalMinor, qint64(100000000));
    QCOMPARE(q->pointsEarned, qint64(1000000));
    q = Rules::quote(cartOf({line("Nails", 1, 9999)}), kMember, euroProgram(), kSaleDay);
    QVERIFY2(q.ok(), qPrintable(q.error().message));
    QCOMPARE(q->totalMinor, qint64(9999));
    QCOMPARE(q->pointsEarned, qint64(99));
    // A program whose limit is the largest amount still refuses what would overflow.
    Program p = euroProgram();
    p.maxSaleMinor = kMax;
    q = Rules::quote(cartOf({line("A", kMax)}), kWalkIn, p, kSaleDay);
    QVERIFY2(q.ok(), qPrintable(q.error().message));
    QCOMPARE(q->totalMinor, kMax);
    q = Rules::quote(cartOf({line("A", kMax), line("B", 1)}), kWalkIn, p, kSaleDay);
    QVERIFY(!q.ok());
    QVERIFY2(q.error().message.contains(QLatin1String("check the amounts")), qPrintable(q.error().message));
    q = Rules::quote(cartOf({line("A", kMax / 2 + 1, 2)}), kWalkIn, p, kSaleDay);
    QVERIFY(!q.ok());
}

void TestRules::quoteRefused_data()
{
    QTest::addColumn<Cart>("cart");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty cart") << cartOf({}) << QStringLiteral("The sale has no lines");
    QTest::newRow("zero price") << cartOf({line("Latte", 0)})
                                << QStringLiteral("The price of \"Latte\" must be more");
    QTest::newRow("negative price") << cartOf({line("Latte", -320)})
                                    << QStringLiteral("The price of \"Latte\" must be more");
    QTest::newRow("bad line after a good one")
        << cartOf({line("Latte", 320), line("Tea", 0)}) << QStringLiteral("The price of \"Tea\"");
    QTest::newRow("zero quantity") << cartOf({line("Latte", 320, 0)})
                                   << QStringLiteral("The quantity of \"Latte\" must be between 1 and 9999");
    QTest::newRow("negative quantity")
        << cartOf({line("Latte", 320, -2)})
        << QStringLiteral("The quantity of \"Latte\" must be between 1 and 9999");
    QTest::newRow("quantity over the limit")
        << cartOf({line("Latte", 320, 10000)}) << QStringLiteral("must be between 1 and 9999");
    QTest::newRow("one line over the max sale")
        << cartOf({line("Car", 100000001)}) << QStringLiteral("The sale would be over");
    QTest::newRow("lines together over the max sale")
        << cartOf({line("A", 60000000), line("B", 40000001)}) << QStringLiteral("The sale would be over");
    QTest::newRow("price times quantity over the max sale")
        << cartOf({line("A", 10000001, 10)}) << QStringLiteral("The sale would be over");
    QTest::newRow("line total overflows 64 bits")
        << cartOf({line("A", kMax, 2)}) << QStringLiteral("The sale would be over");
    QTest::newRow("currency mismatch") << cartOf({line("Latte", 320)}, QStringLiteral("RUB"))
                                       << QStringLiteral("The sale is in RUB but the shop counts in EUR");
}

void TestRules::quoteRefused()
{
    QFETCH(Cart, cart);
    QFETCH(QString, error);
    for (const auto &member : {kMember, kWalkIn}) {
        const auto q = Rules::quote(cart, member, euroProgram(), kSaleDay);
        QVERIFY2(!q.ok(), "the cart was accepted");
        QCOMPARE(q.error().kind, Error::Invalid);
        QVERIFY2(q.error().message.contains(error), qPrintable(q.error().message));
    }
}

void TestRules::programValidate_data()
{
    QTest::addColumn<Program>("program");
    QTest::addColumn<QStringList>("problems"); // fragments, one per expected problem, in order

    const Program ok = euroProgram();
    QTest::newRow("defaults") << ok << QStringList();
    Program p = ok;
    p.earn.points = 0;
    QTest::newRow("earning nothing is allowed") << p << QStringList();
    p = ok;
    p.expiryMonths = 1200;
    QTest::newRow("1200 months") << p << QStringList();
    p = ok;
    p.currency = QStringLiteral("eur");
    QTest::newRow("lower-case currency") << p << QStringList {QStringLiteral("three-letter ISO code")};
    p = ok;
    p.currency.clear();
    QTest::newRow("no currency") << p << QStringList {QStringLiteral("three-letter ISO code")};
    p = ok;
    p.earn.points = -1;
    QTest::newRow("negative points") << p << QStringList {QStringLiteral("cannot be negative")};
    p = ok;
    p.earn.perMinor = 0;
    QTest::newRow("per zero") << p << QStringList {QStringLiteral("earns points must be more than zero")};
    p = ok;
    p.expiryMonths = -1;
    QTest::newRow("negative expiry") << p << QStringList {QStringLiteral("0 (never) to 1200 months")};
    p = ok;
    p.expiryMonths = 1201;
    QTest::newRow("expiry too far") << p << QStringList {QStringLiteral("0 (never) to 1200 months")};
    p = ok;
    p.maxSaleMinor = 0;
    QTest::newRow("no max sale") << p << QStringList {QStringLiteral("largest sale")};
    p = ok;
    p.maxQuantity = 0;
    QTest::newRow("no max quantity") << p << QStringList {QStringLiteral("largest quantity")};
    p.currency = QStringLiteral("EURO");
    p.earn = EarnRule {-5, -1};
    p.expiryMonths = -3;
    p.maxSaleMinor = -1;
    QTest::newRow("everything wrong")
        << p << QStringList {QStringLiteral("ISO code"),       QStringLiteral("negative"),
                             QStringLiteral("more than zero"), QStringLiteral("months"),
                             QStringLiteral("largest sale"),   QStringLiteral("largest quantity")};
}

void TestRules::programValidate()
{
    QFETCH(Program, program);
    QFETCH(QStringList, problems);
    const QStringList actual = program.validate();
    QCOMPARE(actual.size(), problems.size());
    for (int i = 0; i < problems.size(); ++i)
        QVERIFY2(actual.at(i).contains(problems.at(i)), qPrintable(actual.at(i)));
}

void TestRules::phoneDigits()
{
    QCOMPARE(Phone::digits(QStringLiteral("+7 (912) 345-67-89")), QStringLiteral("79123456789"));
    QCOMPARE(Phone::digits(QStringLiteral("+359 88 123 4567")), QStringLiteral("359881234567"));
    QCOMPARE(Phone::digits(QString()), QString());
    // Digits of other scripts become ASCII digits.
    QCOMPARE(Phone::digits(QStringLiteral("\u0668\u0669\u0661")), QStringLiteral("891"));
}

void TestRules::phoneLookupKey_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("key");

    // Russia: +7, the trunk 8 and no prefix all meet at the last nine digits.
    QTest::newRow("ru international") << QStringLiteral("+7 (912) 345-67-89") << QStringLiteral("123456789");
    QTest::newRow("ru trunk 8") << QStringLiteral("89123456789") << QStringLiteral("123456789");
    QTest::newRow("ru trunk 8 spaced") << QStringLiteral("8 (912) 345 67 89") << QStringLiteral("123456789");
    QTest::newRow("ru national") << QStringLiteral("912 345-67-89") << QStringLiteral("123456789");
    QTest::newRow("ru dotted") << QStringLiteral("912.345.67.89") << QStringLiteral("123456789");
    QTest::newRow("ru other number") << QStringLiteral("+7 912 345-67-80") << QStringLiteral("123456780");
    // Bulgaria: +359 and the trunk 0.
    QTest::newRow("bg international") << QStringLiteral("+359 88 123 4567") << QStringLiteral("881234567");
    QTest::newRow("bg international packed")
        << QStringLiteral("+359881234567") << QStringLiteral("881234567");
    QTest::newRow("bg trunk 0") << QStringLiteral("088 123 4567") << QStringLiteral("881234567");
    QTest::newRow("bg trunk 0 packed") << QStringLiteral("0881234567") << QStringLiteral("881234567");
    QTest::newRow("bg slash") << QStringLiteral("088/123 4567") << QStringLiteral("881234567");
    // Elsewhere.
    QTest::newRow("us") << QStringLiteral("+1 415 555 0123") << QStringLiteral("155550123");
    QTest::newRow("fullwidth digits")
        << QStringLiteral("\uff18\uff19\uff11\uff12\uff13\uff14\uff15\uff16\uff17"
                          "\uff18\uff19")
        << QStringLiteral("123456789");
    QTest::newRow("short number kept whole") << QStringLiteral("12-34-5") << QStringLiteral("12345");
    QTest::newRow("15 digits") << QStringLiteral("123456789012345") << QStringLiteral("789012345");
    // Not phones.
    QTest::newRow("four digits") << QStringLiteral("1234") << QString();
    QTest::newRow("16 digits") << QStringLiteral("1234567890123456") << QString();
    QTest::newRow("extension words") << QStringLiteral("+7 912 345-67-89 ext 5") << QString();
    QTest::newRow("name") << QStringLiteral("Anna") << QString();
    QTest::newRow("email") << QStringLiteral("anna@example.com") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestRules::phoneLookupKey()
{
    QFETCH(QString, input);
    QFETCH(QString, key);
    QCOMPARE(Phone::lookupKey(input), key);
}

void TestRules::looksLikePhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("phone");
    QTest::newRow("ru") << QStringLiteral("+7 (912) 345-67-89") << true;
    QTest::newRow("bg") << QStringLiteral("088 123 4567") << true;
    QTest::newRow("five digits") << QStringLiteral("12345") << true;
    QTest::newRow("a card number has digits only") << QStringLiteral("2000000000015") << true;
    QTest::newRow("four digits") << QStringLiteral("1234") << false;
    QTest::newRow("sixteen digits") << QStringLiteral("1234567890123456") << false;
    QTest::newRow("letters") << QStringLiteral("912abc4567") << false;
    QTest::newRow("hash") << QStringLiteral("#12345") << false;
    QTest::newRow("only punctuation") << QStringLiteral("+()-- ./") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRules::looksLikePhone()
{
    QFETCH(QString, input);
    QFETCH(bool, phone);
    QCOMPARE(Phone::looksLikePhone(input), phone);
}

void TestRules::ean13CheckDigit_data()
{
    QTest::addColumn<QString>("twelve");
    QTest::addColumn<int>("check");
    // Weights 1,3,1,3... from the left; check = (10 - sum % 10) % 10.
    QTest::newRow("shop card 1") << QStringLiteral("200000000001") << 5; // 2 + 1*3 = 5
    QTest::newRow("shop card 6") << QStringLiteral("200000000006") << 0; // 2 + 6*3 = 20
    QTest::newRow("blocked demo card") << QStringLiteral("200000000099") << 2; // 2 + 9 + 27 = 38
    QTest::newRow("retail 4006381333931") << QStringLiteral("400638133393") << 1; // sum 89
    QTest::newRow("retail 5901234123457") << QStringLiteral("590123412345") << 7; // sum 83
    QTest::newRow("all zero") << QStringLiteral("000000000000") << 0;
    QTest::newRow("eleven digits") << QStringLiteral("20000000000") << -1;
    QTest::newRow("thirteen digits") << QStringLiteral("2000000000015") << -1;
    QTest::newRow("a letter") << QStringLiteral("20000000000A") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestRules::ean13CheckDigit()
{
    QFETCH(QString, twelve);
    QFETCH(int, check);
    QCOMPARE(CardNumber::ean13CheckDigit(twelve), check);
}

void TestRules::isValidEan13_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("2000000000015") << QStringLiteral("2000000000015") << true;
    QTest::newRow("2000000000060") << QStringLiteral("2000000000060") << true;
    QTest::newRow("2000000000992") << QStringLiteral("2000000000992") << true;
    QTest::newRow("4006381333931") << QStringLiteral("4006381333931") << true;
    QTest::newRow("5901234123457") << QStringLiteral("5901234123457") << true;
    QTest::newRow("wrong check digit") << QStringLiteral("2000000000016") << false;
    QTest::newRow("wrong body digit") << QStringLiteral("2000000000025") << false;
    QTest::newRow("swapped digits") << QStringLiteral("4006381339331") << false;
    QTest::newRow("twelve digits") << QStringLiteral("200000000001") << false;
    QTest::newRow("fourteen digits") << QStringLiteral("20000000000155") << false;
    QTest::newRow("letter as check digit") << QStringLiteral("200000000001X") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRules::isValidEan13()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(CardNumber::isValidEan13(number), valid);
}

void TestRules::makeEan13_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<qint64>("serial");
    QTest::addColumn<QString>("number");
    QTest::newRow("1") << QStringLiteral("2") << qint64(1) << QStringLiteral("2000000000015");
    QTest::newRow("2") << QStringLiteral("2") << qint64(2) << QStringLiteral("2000000000022");
    QTest::newRow("3") << QStringLiteral("2") << qint64(3) << QStringLiteral("2000000000039");
    QTest::newRow("6") << QStringLiteral("2") << qint64(6) << QStringLiteral("2000000000060");
    QTest::newRow("99") << QStringLiteral("2") << qint64(99) << QStringLiteral("2000000000992");
    QTest::newRow("largest serial") << QStringLiteral("2") << qint64(99999999999)
                                    << QStringLiteral("2999999999991");
    QTest::newRow("two-digit prefix") << QStringLiteral("29") << qint64(5) << QStringLiteral("2900000000056");
    QTest::newRow("serial too long") << QStringLiteral("2") << qint64(100000000000) << QString();
    QTest::newRow("negative serial") << QStringLiteral("2") << qint64(-1) << QString();
    QTest::newRow("prefix not digits") << QStringLiteral("A") << qint64(1) << QString();
}

void TestRules::makeEan13()
{
    QFETCH(QString, prefix);
    QFETCH(qint64, serial);
    QFETCH(QString, number);
    const QString made = CardNumber::makeEan13(prefix, serial);
    QCOMPARE(made, number);
    if (!made.isEmpty())
        QVERIFY(CardNumber::isValidEan13(made));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
