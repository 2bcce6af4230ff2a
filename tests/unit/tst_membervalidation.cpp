// MemberValidation: what enrollment, editing and the CSV import accept for each member field.
#include "membervalidation.h"

#include <QtTest>

using MemberValidation::Birthday;

class TestMemberValidation : public QObject
{
    Q_OBJECT

private slots:
    void name_data();
    void name();
    void phone_data();
    void phone();
    void email_data();
    void email();
    void birthday_data();
    void birthday();
    void cardNumber_data();
    void cardNumber();
    void notes_data();
    void notes();
    void points_data();
    void points();
    void formatBirthday();
};

// Fixed "today" so that the future-date rule does not depend on when the tests run.
static const QDate kToday(2026, 3, 14);

void TestMemberValidation::name_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Anna Petrova") << true << QStringLiteral("Anna Petrova");
    QTest::newRow("spaces collapsed")
        << QStringLiteral("  Anna \t  Petrova \n") << true << QStringLiteral("Anna Petrova");
    QTest::newRow("cyrillic") << QStringLiteral("Мария Ёлкина") << true << QStringLiteral("Мария Ёлкина");
    QTest::newRow("chinese") << QStringLiteral("王芳") << true << QStringLiteral("王芳");
    QTest::newRow("emoji (surrogate pair)") << QStringLiteral("Anna 😀") << true << QStringLiteral("Anna 😀");
    QTest::newRow("sql metacharacters are just text")
        << QStringLiteral("Robert'); DROP TABLE members;--") << true
        << QStringLiteral("Robert'); DROP TABLE members;--");
    QTest::newRow("exactly 200") << QString(200, QLatin1Char('a')) << true << QString(200, QLatin1Char('a'));
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << false << QString();
    QTest::newRow("201") << QString(201, QLatin1Char('a')) << false << QString();
    QTest::newRow("10000") << QString(10000, QLatin1Char('a')) << false << QString();
    QTest::newRow("bell") << QStringLiteral("Bell\aChar") << false << QString();
    QTest::newRow("nul") << QString(QStringLiteral("Nul") + QChar(0) + QStringLiteral("Char")) << false
                         << QString();
    QTest::newRow("escape") << QStringLiteral("Esc\x1b[31mRed") << false << QString();
    QTest::newRow("C1 control") << QString(QStringLiteral("C1") + QChar(0x85)) << false << QString();
    QTest::newRow("lone high surrogate")
        << QString(QStringLiteral("Anna") + QChar(0xD83D)) << false << QString();
    QTest::newRow("lone low surrogate")
        << QString(QChar(0xDE00) + QStringLiteral("Anna")) << false << QString();
    QTest::newRow("replacement character")
        << QString(QStringLiteral("B") + QChar(0xFFFD) + QStringLiteral("d")) << false << QString();
}

void TestMemberValidation::name()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    const auto r = MemberValidation::name(input);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r.value(), expected);
    else
        QVERIFY(!r.error().message.isEmpty());
}

void TestMemberValidation::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty is allowed") << QString() << true << QString();
    QTest::newRow("blank is allowed") << QStringLiteral("  ") << true << QString();
    QTest::newRow("russian mobile") << QStringLiteral(" +7 (912) 345-67-89 ") << true
                                    << QStringLiteral("+7 (912) 345-67-89");
    QTest::newRow("trunk prefix") << QStringLiteral("89123456789") << true << QStringLiteral("89123456789");
    QTest::newRow("bulgarian") << QStringLiteral("+359 88 123 4567") << true
                               << QStringLiteral("+359 88 123 4567");
    QTest::newRow("seven digits") << QStringLiteral("123-4567") << true << QStringLiteral("123-4567");
    QTest::newRow("fifteen digits") << QStringLiteral("+123456789012345") << true
                                    << QStringLiteral("+123456789012345");
    QTest::newRow("six digits") << QStringLiteral("123456") << false << QString();
    QTest::newRow("sixteen digits") << QStringLiteral("1234567890123456") << false << QString();
    QTest::newRow("letters") << QStringLiteral("call me maybe") << false << QString();
    QTest::newRow("extension letters") << QStringLiteral("+7 912 345 67 89 ext 5") << false << QString();
    QTest::newRow("sql") << QStringLiteral("1'); DROP TABLE members;--") << false << QString();
}

void TestMemberValidation::phone()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    const auto r = MemberValidation::phone(input);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r.value(), expected);
}

void TestMemberValidation::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("plain") << QStringLiteral("anna@example.com") << true;
    QTest::newRow("plus and dots") << QStringLiteral("anna.p+loyalty@mail.example.co.uk") << true;
    QTest::newRow("cyrillic domain") << QStringLiteral("anna@пример.рф") << true;
    QTest::newRow("no at") << QStringLiteral("anna.example.com") << false;
    QTest::newRow("two ats") << QStringLiteral("anna@x@example.com") << false;
    QTest::newRow("no dot in domain") << QStringLiteral("anna@localhost") << false;
    QTest::newRow("space") << QStringLiteral("anna petrova@example.com") << false;
    QTest::newRow("nothing before at") << QStringLiteral("@example.com") << false;
    QTest::newRow("double dot") << QStringLiteral("anna@example..com") << false;
    QTest::newRow("trailing dot") << QStringLiteral("anna@example.com.") << false;
    QTest::newRow("angle brackets") << QStringLiteral("<anna@example.com>") << false;
    QTest::newRow("too long") << QString(QString(250, QLatin1Char('a')) + QStringLiteral("@example.com"))
                              << false;
    QTest::newRow("control") << QStringLiteral("an\x01na@example.com") << false;
}

void TestMemberValidation::email()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    const auto r = MemberValidation::email(input);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r.value(), input.trimmed());
}

void TestMemberValidation::birthday_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    QTest::newRow("empty") << QString() << true << 0 << 0 << 0;
    QTest::newRow("day and month") << QStringLiteral("31.12") << true << 31 << 12 << 0;
    QTest::newRow("short day and month") << QStringLiteral("1.5") << true << 1 << 5 << 0;
    QTest::newRow("dotted with year") << QStringLiteral("31.12.1990") << true << 31 << 12 << 1990;
    QTest::newRow("iso") << QStringLiteral("1990-12-31") << true << 31 << 12 << 1990;
    QTest::newRow("iso with time") << QStringLiteral("1990-12-31 00:00:00") << true << 31 << 12 << 1990;
    QTest::newRow("slashes") << QStringLiteral("31/12/1990") << true << 31 << 12 << 1990;
    QTest::newRow("29 Feb without year") << QStringLiteral("29.02") << true << 29 << 2 << 0;
    QTest::newRow("29 Feb leap year") << QStringLiteral("29.02.2000") << true << 29 << 2 << 2000;
    QTest::newRow("today") << QStringLiteral("14.03.2026") << true << 14 << 3 << 2026;
    QTest::newRow("1900") << QStringLiteral("01.01.1900") << true << 1 << 1 << 1900;
    QTest::newRow("30 Feb") << QStringLiteral("30.02") << false << 0 << 0 << 0;
    QTest::newRow("31 Feb") << QStringLiteral("31.02.1990") << false << 0 << 0 << 0;
    QTest::newRow("29 Feb 1900 (not leap)") << QStringLiteral("29.02.1900") << false << 0 << 0 << 0;
    QTest::newRow("29 Feb 2023") << QStringLiteral("29.02.2023") << false << 0 << 0 << 0;
    QTest::newRow("31 April") << QStringLiteral("31.04") << false << 0 << 0 << 0;
    QTest::newRow("month 13") << QStringLiteral("12.13.1990") << false << 0 << 0 << 0;
    QTest::newRow("US order") << QStringLiteral("12/31/1990") << false << 0 << 0 << 0;
    QTest::newRow("day 0") << QStringLiteral("0.5") << false << 0 << 0 << 0;
    QTest::newRow("tomorrow") << QStringLiteral("15.03.2026") << false << 0 << 0 << 0;
    QTest::newRow("future year") << QStringLiteral("01.01.2099") << false << 0 << 0 << 0;
    QTest::newRow("before 1900") << QStringLiteral("31.12.1899") << false << 0 << 0 << 0;
    QTest::newRow("two-digit year") << QStringLiteral("31.12.90") << false << 0 << 0 << 0;
    QTest::newRow("words") << QStringLiteral("next tuesday") << false << 0 << 0 << 0;
}

void TestMemberValidation::birthday()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(int, day);
    QFETCH(int, month);
    QFETCH(int, year);
    const auto r = MemberValidation::birthday(input, kToday);
    QVERIFY2(r.ok() == ok, qPrintable(r.ok() ? QStringLiteral("accepted") : r.error().message));
    if (!ok) {
        QVERIFY(!r.error().message.isEmpty());
        return;
    }
    QCOMPARE(r->day, day);
    QCOMPARE(r->month, month);
    QCOMPARE(r->year, year);
    QCOMPARE(r->isEmpty(), day == 0);
}

void TestMemberValidation::cardNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::newRow("ean-13") << QStringLiteral("2000000000015") << true;
    QTest::newRow("ean-13 trimmed") << QStringLiteral(" 4006381333931 ") << true;
    QTest::newRow("six digits") << QStringLiteral("123456") << true;
    QTest::newRow("twelve digits (no check)") << QStringLiteral("123456789012") << true;
    QTest::newRow("thirty-two digits") << QString(32, QLatin1Char('7')) << true;
    QTest::newRow("ean-13 wrong check digit") << QStringLiteral("2000000000016") << false;
    QTest::newRow("ean-13 transposed") << QStringLiteral("4006381333913") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("five digits") << QStringLiteral("12345") << false;
    QTest::newRow("thirty-three digits") << QString(33, QLatin1Char('7')) << false;
    QTest::newRow("letters") << QStringLiteral("SQ000123") << false;
    QTest::newRow("inner space") << QStringLiteral("2000 0000 0001 5") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤٥٦٧") << false;
    QTest::newRow("spreadsheet scientific") << QStringLiteral("2.00000E+12") << false;
}

void TestMemberValidation::cardNumber()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    const auto r = MemberValidation::cardNumber(input);
    QVERIFY2(r.ok() == ok, qPrintable(r.ok() ? QStringLiteral("accepted") : r.error().message));
    if (ok)
        QCOMPARE(r.value(), input.trimmed());
}

void TestMemberValidation::notes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("line breaks kept") << QStringLiteral("oat milk\nno sugar") << true;
    QTest::newRow("2000") << QString(2000, QLatin1Char('n')) << true;
    QTest::newRow("2001") << QString(2001, QLatin1Char('n')) << false;
    QTest::newRow("control") << QStringLiteral("oat\x07milk") << false;
}

void TestMemberValidation::notes()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QCOMPARE(MemberValidation::notes(input).ok(), ok);
}

void TestMemberValidation::points_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("empty") << QString() << true << qint64(0);
    QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("plain") << QStringLiteral("1240") << true << qint64(1240);
    QTest::newRow("space grouping") << QStringLiteral("1 240") << true << qint64(1240);
    QTest::newRow("no-break space grouping")
        << QString(QStringLiteral("1") + QChar(0xA0) + QStringLiteral("240")) << true << qint64(1240);
    QTest::newRow("zero fraction dot") << QStringLiteral("15.00") << true << qint64(15);
    QTest::newRow("zero fraction comma") << QStringLiteral("15,0") << true << qint64(15);
    QTest::newRow("limit") << QStringLiteral("1000000000") << true << qint64(1000000000);
    QTest::newRow("negative") << QStringLiteral("-5") << false << qint64(0);
    QTest::newRow("fraction") << QStringLiteral("15.5") << false << qint64(0);
    QTest::newRow("comma grouping is ambiguous") << QStringLiteral("1,240") << false << qint64(0);
    QTest::newRow("words") << QStringLiteral("many") << false << qint64(0);
    QTest::newRow("over the limit") << QStringLiteral("1000000001") << false << qint64(0);
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999999") << false << qint64(0);
}

void TestMemberValidation::points()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const auto r = MemberValidation::points(input);
    QVERIFY2(r.ok() == ok, qPrintable(r.ok() ? QString::number(r.value()) : r.error().message));
    if (ok)
        QCOMPARE(r.value(), expected);
}

void TestMemberValidation::formatBirthday()
{
    QCOMPARE(MemberValidation::formatBirthday(Birthday {}), QString());
    QCOMPARE(MemberValidation::formatBirthday(Birthday {1, 5, 0}), QStringLiteral("01.05"));
    QCOMPARE(MemberValidation::formatBirthday(Birthday {31, 12, 1990}), QStringLiteral("31.12.1990"));
    // What formatBirthday writes, birthday() reads back.
    const auto back
        = MemberValidation::birthday(MemberValidation::formatBirthday(Birthday {29, 2, 2000}), kToday);
    QVERIFY(back.ok());
    QCOMPARE(back->day, 29);
    QCOMPARE(back->year, 2000);
}

QTEST_APPLESS_MAIN(TestMemberValidation)
#include "tst_membervalidation.moc"
