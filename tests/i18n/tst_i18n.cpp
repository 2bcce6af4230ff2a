// Translations: every language loads from the program itself, speaks its own words (no English left
// on the screens checked), counts points with the right plural forms, and follows the system or the
// choice made in Settings; money and dates read as the language writes them.
#include "apppaths.h"
#include "i18n.h"
#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {
QString points(const char *context, int n)
{
    return QCoreApplication::translate(context, "%1: %Ln point(s)", nullptr, n).arg(QStringLiteral("Anna"));
}
} // namespace

class TestI18n : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        I18n::saveChoice(QString());
        I18n::installTranslations(QStringLiteral("en"));
    }

    void everyLanguageIsEmbedded_data();
    void everyLanguageIsEmbedded();
    void pluralForms_data();
    void pluralForms();
    void followsTheSystem_data();
    void followsTheSystem();
    void choiceIsKeptPerMachine();
    void choiceBringsItsFormats();
    void birthdayFormat_data();
    void birthdayFormat();
};

void TestI18n::everyLanguageIsEmbedded_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("completeSale"); // the sale page's main button
    QTest::newRow("en") << "en"
                        << "Complete sale (Enter / F12)";
    QTest::newRow("ru") << "ru"
                        << "Завершить продажу (Enter / F12)";
    QTest::newRow("bg") << "bg"
                        << "";
    QTest::newRow("uk") << "uk"
                        << "";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "";
}

void TestI18n::everyLanguageIsEmbedded()
{
    QFETCH(QString, code);
    QFETCH(QString, completeSale);
    QVERIFY2(QFile::exists(QStringLiteral(":/i18n/loyalty_%1.qm").arg(code)), qPrintable(code));
    I18n::installTranslations(code);
    const QString source = QStringLiteral("Complete sale (Enter / F12)");
    const QString shown = QCoreApplication::translate("SalePage", "Complete sale (Enter / F12)");
    if (!completeSale.isEmpty())
        QCOMPARE(shown, completeSale);
    if (code != QLatin1String("en")) {
        // Not English, and the keys the cashier presses stay as printed on the keyboard.
        QVERIFY2(shown != source, qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("F12")), qPrintable(shown));
        // A message from the service layer, one from the command line and a receipt's line are
        // translated too (each is a string of the sources: an unknown one would always read English).
        QVERIFY(QCoreApplication::translate("Money", "Enter an amount.")
                != QLatin1String("Enter an amount."));
        QVERIFY(QCoreApplication::translate("Cli", "No command given.")
                != QLatin1String("No command given."));
        QVERIFY(QCoreApplication::translate("ReceiptFormat", "TOTAL") != QLatin1String("TOTAL"));
    }
}

void TestI18n::pluralForms_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("text");
    QTest::newRow("en 1") << "en" << 1 << "Anna: 1 point";
    QTest::newRow("en 2") << "en" << 2 << "Anna: 2 points";
    QTest::newRow("en 0") << "en" << 0 << "Anna: 0 points";
    QTest::newRow("ru 1") << "ru" << 1 << "Anna: 1 балл";
    QTest::newRow("ru 2") << "ru" << 2 << "Anna: 2 балла";
    QTest::newRow("ru 5") << "ru" << 5 << "Anna: 5 баллов";
    QTest::newRow("ru 11") << "ru" << 11 << "Anna: 11 баллов";
    QTest::newRow("ru 21") << "ru" << 21 << "Anna: 21 балл";
    QTest::newRow("ru 24") << "ru" << 24 << "Anna: 24 балла";
    QTest::newRow("uk 1") << "uk" << 1 << "Anna: 1 бал";
    QTest::newRow("uk 3") << "uk" << 3 << "Anna: 3 бали";
    QTest::newRow("uk 7") << "uk" << 7 << "Anna: 7 балів";
    QTest::newRow("bg 1") << "bg" << 1 << "Anna: 1 точка";
    QTest::newRow("bg 2") << "bg" << 2 << "Anna: 2 точки";
    QTest::newRow("zh_CN 1") << "zh_CN" << 1 << "Anna：1 积分";
    QTest::newRow("zh_CN 5") << "zh_CN" << 5 << "Anna：5 积分";
}

void TestI18n::pluralForms()
{
    QFETCH(QString, code);
    QFETCH(int, n);
    QFETCH(QString, text);
    I18n::installTranslations(code);
    QCOMPARE(points("Cli", n), text);
}

void TestI18n::followsTheSystem_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("language");
    QTest::newRow("ru_RU") << "ru_RU"
                           << "ru";
    QTest::newRow("ru_KZ") << "ru_KZ"
                           << "ru";
    QTest::newRow("bg_BG") << "bg_BG"
                           << "bg";
    QTest::newRow("uk_UA") << "uk_UA"
                           << "uk";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "zh_CN";
    QTest::newRow("zh_SG") << "zh_SG"
                           << "zh_CN";
    QTest::newRow("en_GB") << "en_GB"
                           << "en";
    QTest::newRow("de_DE, not spoken") << "de_DE"
                                       << "en";
    QTest::newRow("C") << "C"
                       << "en";
}

void TestI18n::followsTheSystem()
{
    QFETCH(QString, system);
    QFETCH(QString, language);
    QCOMPARE(I18n::resolve(QString(), QLocale(system)), language);
    // A choice made in Settings wins over the system.
    QCOMPARE(I18n::resolve(QStringLiteral("bg"), QLocale(system)), QStringLiteral("bg"));
}

void TestI18n::choiceIsKeptPerMachine()
{
    QCOMPARE(I18n::savedChoice(), QString());
    I18n::saveChoice(QStringLiteral("uk"));
    QCOMPARE(I18n::savedChoice(), QStringLiteral("uk"));
    QSettings(AppPaths::preferencesPath(), QSettings::IniFormat)
        .setValue(QStringLiteral("language"), QStringLiteral("xx")); // edited by hand
    QCOMPARE(I18n::savedChoice(), QString());
    I18n::saveChoice(QString());
    QVERIFY(
        !QSettings(AppPaths::preferencesPath(), QSettings::IniFormat).contains(QStringLiteral("language")));
}

void TestI18n::choiceBringsItsFormats()
{
    // The tests run in the C locale: choosing Russian brings Russian money and dates.
    QCOMPARE(I18n::install(QStringLiteral("ru")), QStringLiteral("ru"));
    QCOMPARE(QLocale().language(), QLocale::Russian);
    QCOMPARE(Money(123450, QStringLiteral("RUB")).format(), QStringLiteral("1\u00A0234,50\u00A0₽"));
    QCOMPARE(QCoreApplication::translate("Money", "Enter an amount."), QStringLiteral("Введите сумму."));
    I18n::install(QStringLiteral("zh_CN"));
    QCOMPARE(Money(123450, QStringLiteral("CNY")).format(), QStringLiteral("¥1,234.50"));
    // Back to the system's.
    I18n::install(QString());
    QCOMPARE(QLocale(), QLocale::system());
}

void TestI18n::birthdayFormat_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("withYear");
    QTest::addColumn<QString>("text");
    QTest::newRow("en") << "en_US" << false << "December 2";
    QTest::newRow("en year") << "en_US" << true << "December 2, 1980";
    QTest::newRow("en_GB") << "en_GB" << false << "2 December";
    QTest::newRow("ru") << "ru_RU" << false << "2 декабря";
    QTest::newRow("ru year") << "ru_RU" << true << "2 декабря 1980 г.";
    QTest::newRow("uk") << "uk_UA" << false << "2 грудня";
    QTest::newRow("bg") << "bg_BG" << false << "2 декември";
    QTest::newRow("zh") << "zh_CN" << false << "12月2日";
    QTest::newRow("zh year") << "zh_CN" << true << "1980年12月2日";
    QTest::newRow("de") << "de_DE" << false << "2. Dezember";
}

void TestI18n::birthdayFormat()
{
    QFETCH(QString, locale);
    QFETCH(bool, withYear);
    QFETCH(QString, text);
    const QLocale l(locale);
    QCOMPARE(l.toString(QDate(1980, 12, 2), I18n::longDateFormat(l, withYear)), text);
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
