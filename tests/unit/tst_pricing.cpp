// How the rules stack on one sale (docs/pricing.md), every expected figure worked out by hand.
#include "pricing.h"
#include "programcodec.h"

#include <QJsonDocument>

#include <QtTest>

namespace {

PricingProgram cafe()
{
    PricingProgram p;
    p.base.currency = QStringLiteral("EUR");
    p.base.earn = {1, 100}; // 1 point per 1.00
    p.levels.levels = {{QStringLiteral("bronze"), QStringLiteral("Bronze"), 0, 100, 0},
                       {QStringLiteral("silver"), QStringLiteral("Silver"), 500000, 125, 300},
                       {QStringLiteral("gold"), QStringLiteral("Gold"), 1500000, 150, 500}};
    StampCard coffee;
    coffee.code = QStringLiteral("coffee");
    coffee.name = QStringLiteral("Coffee card");
    coffee.category = QStringLiteral("coffee");
    coffee.buy = 5;
    p.stampCards = {coffee};
    Promotion big;
    big.code = QStringLiteral("big");
    big.name = QStringLiteral("5% over 5,000");
    big.thresholdMinor = 500000;
    big.discountBasisPoints = 500;
    Promotion happy;
    happy.code = QStringLiteral("happy");
    happy.name = QStringLiteral("Double points 15–17");
    happy.kind = Promotion::Kind::PointsMultiplier;
    happy.pointsMultiplierPercent = 200;
    happy.startTime = QTime(15, 0);
    happy.endTime = QTime(17, 0);
    p.promotions = {big, happy};
    p.birthday.enabled = true;
    p.birthday.kind = BirthdayOffer::Kind::PercentDiscount;
    p.birthday.discountBasisPoints = 1000;
    p.redemption.enabled = true;
    p.redemption.minorPerPoint = 1;
    p.redemption.maxShareBasisPoints = 5000;
    p.redemption.minBalance = 100;
    return p;
}

QVector<PricingLine> cart(const QString &name)
{
    const PricingLine latte {QStringLiteral("Latte"), QStringLiteral("latte"), QStringLiteral("coffee"), 320,
                             1};
    const PricingLine cappuccino {QStringLiteral("Cappuccino"), QStringLiteral("cappuccino"),
                                  QStringLiteral("coffee"), 290, 1};
    const PricingLine croissant {QStringLiteral("Croissant"), QStringLiteral("croissant"),
                                 QStringLiteral("bakery"), 210, 1};
    if (name == QLatin1String("breakfast")) { // 3.20 × 2 + 2.10 = 8.50
        PricingLine two = latte;
        two.quantity = 2;
        return {two, croissant};
    }
    if (name == QLatin1String("two coffees")) // 3.20 + 2.90 + 2.10 = 8.20
        return {latte, cappuccino, croissant};
    if (name == QLatin1String("catering")) // 6,000.00
        return {
            {QStringLiteral("Catering"), QStringLiteral("catering"), QStringLiteral("service"), 600000, 1}};
    return {};
}

} // namespace

class TestPricing : public QObject
{
    Q_OBJECT
private slots:
    void stacking_data();
    void stacking();
    void explainsEachStep();
    void refusals();
    void programContradictions();
    void earnExclusionsAndRounding_data();
    void earnExclusionsAndRounding();
    void heldLevelIsKept();
    void codecRoundTrip();
    void codecRefusesWrongTypes_data();
    void codecRefusesWrongTypes();
};

void TestPricing::stacking_data()
{
    QTest::addColumn<QString>("cartName");
    QTest::addColumn<bool>("member");
    QTest::addColumn<qint64>("spent");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<int>("stamps");
    QTest::addColumn<bool>("birthday");
    QTest::addColumn<qint64>("redeem");
    QTest::addColumn<QTime>("time");
    // expected
    QTest::addColumn<qint64>("subtotal");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<qint64>("pointsValue");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("earned");
    QTest::addColumn<QString>("level");
    QTest::addColumn<bool>("upgraded");
    QTest::addColumn<int>("stampsAfter");

    const QTime noon(12, 0);
    // Walk-in: prices only, no stamps, no points.
    QTest::newRow("walk-in") << "breakfast" << false << qint64(0) << qint64(0) << 0 << false << qint64(0)
                             << noon << qint64(850) << qint64(0) << qint64(0) << qint64(850) << qint64(0)
                             << "" << false << 0;
    // Bronze: 8.50 earns floor(8.50) = 8; two lattes stamp the coffee card twice.
    QTest::newRow("bronze") << "breakfast" << true << qint64(0) << qint64(0) << 0 << false << qint64(0)
                            << noon << qint64(850) << qint64(0) << qint64(0) << qint64(850) << qint64(8)
                            << "bronze" << false << 2;
    // Silver: 3% of 8.50 = 0.255 -> 0.26 (half up); 8.24 × 1.25 = 10.3 -> 10 points.
    QTest::newRow("silver") << "breakfast" << true << qint64(600000) << qint64(0) << 0 << false << qint64(0)
                            << noon << qint64(850) << qint64(26) << qint64(0) << qint64(824) << qint64(10)
                            << "silver" << false << 2;
    // 4,995.00 before + 8.50 crosses 5,000.00: this sale is already Silver.
    QTest::newRow("crosses into silver")
        << "breakfast" << true << qint64(499500) << qint64(0) << 0 << false << qint64(0) << noon
        << qint64(850) << qint64(26) << qint64(0) << qint64(824) << qint64(10) << "silver" << true << 2;
    // A full card: the first coffee is free (the cheaper, 2.90), the second stamps: 8.20 − 2.90 = 5.30.
    QTest::newRow("stamp card full") << "two coffees" << true << qint64(0) << qint64(0) << 5 << false
                                     << qint64(0) << noon << qint64(820) << qint64(290) << qint64(0)
                                     << qint64(530) << qint64(5) << "bronze" << false << 1;
    // Birthday 10% after Silver 3%: 8.24 − 0.82 (0.824 -> 0.82) = 7.42; 7.42 × 1.25 = 9.275 -> 9.
    QTest::newRow("silver birthday") << "breakfast" << true << qint64(600000) << qint64(0) << 0 << true
                                     << qint64(0) << noon << qint64(850) << qint64(108) << qint64(0)
                                     << qint64(742) << qint64(9) << "silver" << false << 2;
    // Gold 5% then the 5%-over-5,000 promotion on what is left: 6,000 − 300 = 5,700; −285 = 5,415.00;
    // × 1.5 = 8,122.5 -> 8,122 points.
    QTest::newRow("gold and promotion") << "catering" << true << qint64(2000000) << qint64(0) << 0 << false
                                        << qint64(0) << noon << qint64(600000) << qint64(58500) << qint64(0)
                                        << qint64(541500) << qint64(8122) << "gold" << false << 0;
    // Max points: half of 8.50 = 4.25 -> 425 points pay 4.25; 4.25 paid with money earns 4.
    QTest::newRow("pay max with points")
        << "breakfast" << true << qint64(0) << qint64(1000) << 0 << false << PricingInput::kRedeemMax << noon
        << qint64(850) << qint64(0) << qint64(425) << qint64(425) << qint64(4) << "bronze" << false << 2;
    QTest::newRow("pay some with points")
        << "breakfast" << true << qint64(0) << qint64(1000) << 0 << false << qint64(150) << noon
        << qint64(850) << qint64(0) << qint64(150) << qint64(700) << qint64(7) << "bronze" << false << 2;
    // Double points hours with Silver: 8.24 × 1.25 × 2 = 20.6 -> 20.
    QTest::newRow("double points hour")
        << "breakfast" << true << qint64(600000) << qint64(0) << 0 << false << qint64(0) << QTime(15, 30)
        << qint64(850) << qint64(26) << qint64(0) << qint64(824) << qint64(20) << "silver" << false << 2;
    // A walk-in in the double-points hour and over the threshold: the promotion discount, no points.
    QTest::newRow("walk-in over the threshold")
        << "catering" << false << qint64(0) << qint64(0) << 0 << false << qint64(0) << QTime(15, 30)
        << qint64(600000) << qint64(30000) << qint64(0) << qint64(570000) << qint64(0) << "" << false << 0;
}

void TestPricing::stacking()
{
    QFETCH(QString, cartName);
    QFETCH(bool, member);
    QFETCH(qint64, spent);
    QFETCH(qint64, balance);
    QFETCH(int, stamps);
    QFETCH(bool, birthday);
    QFETCH(qint64, redeem);
    QFETCH(QTime, time);
    QFETCH(qint64, subtotal);
    QFETCH(qint64, discount);
    QFETCH(qint64, pointsValue);
    QFETCH(qint64, total);
    QFETCH(qint64, earned);
    QFETCH(QString, level);
    QFETCH(bool, upgraded);
    QFETCH(int, stampsAfter);

    const PricingProgram program = cafe();
    QVERIFY2(program.validate().isEmpty(), qPrintable(program.validate().join(QLatin1Char('\n'))));
    PricingInput in;
    in.lines = cart(cartName);
    in.local = QDateTime(QDate(2026, 12, 1), time);
    in.pointsToRedeem = redeem;
    if (member) {
        PricingMember m;
        m.spentInPeriodMinor = spent;
        m.pointsBalance = balance;
        m.stamps.insert(QStringLiteral("coffee"), stamps);
        if (birthday) {
            m.birthDay = 3;
            m.birthMonth = 12;
        }
        in.member = m;
    }
    const auto r = Pricing::price(program, in);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->subtotalMinor, subtotal);
    QCOMPARE(r->discountMinor, discount);
    QCOMPARE(r->pointsValueMinor, pointsValue);
    QCOMPARE(r->totalMinor, total);
    QCOMPARE(r->subtotalMinor - r->discountMinor - r->pointsValueMinor, r->totalMinor);
    QCOMPARE(r->pointsEarned, earned);
    QCOMPARE(r->levelCode, level);
    QCOMPARE(r->levelUpgraded, upgraded);
    QCOMPARE(r->stampsAfter.value(QStringLiteral("coffee")), stampsAfter);
    QCOMPARE(r->birthdayUsedFor.isValid(), birthday);
}

void TestPricing::explainsEachStep()
{
    PricingInput in;
    in.lines = cart(QStringLiteral("two coffees"));
    in.local = QDateTime(QDate(2026, 12, 1), QTime(12, 0));
    PricingMember m;
    m.spentInPeriodMinor = 600000;
    m.pointsBalance = 500;
    m.stamps.insert(QStringLiteral("coffee"), 5);
    m.birthDay = 1;
    m.birthMonth = 12;
    in.member = m;
    in.pointsToRedeem = 100;
    const auto r = Pricing::price(cafe(), in);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QStringList steps;
    for (const Adjustment &a : r->adjustments)
        steps << QStringLiteral("%1 %2 %3").arg(a.label).arg(a.amountMinor).arg(a.points);
    // 8.20 − 2.90 = 5.30; Silver 3% = 0.159 -> 0.16: 5.14; birthday 10% = 0.514 -> 0.51: 4.63; 100
    // points: 3.63.
    QCOMPARE(steps,
             QStringList({QStringLiteral("Coffee card: 1 free 290 0"), QStringLiteral("Silver −3% 16 0"),
                          QStringLiteral("Birthday −10% 51 0"),
                          QStringLiteral("Paid with 100 point(s) 100 100")}));
    QCOMPARE(r->totalMinor, qint64(363));
}

void TestPricing::refusals()
{
    PricingInput in;
    in.local = QDateTime(QDate(2026, 12, 1), QTime(12, 0));
    QVERIFY(!Pricing::price(cafe(), in).ok()); // empty
    in.lines = {{QStringLiteral("Free?"), {}, {}, 0, 1}};
    QVERIFY(!Pricing::price(cafe(), in).ok());
    in.lines = cart(QStringLiteral("breakfast"));
    PricingMember m;
    m.pointsBalance = 1000;
    in.member = m;
    in.pointsToRedeem = 426; // the cap is 425
    const auto r = Pricing::price(cafe(), in);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("425")), qPrintable(r.error().message));
}

void TestPricing::programContradictions()
{
    PricingProgram p = cafe();
    p.levels.levels[1].thresholdMinor = 2000000; // Silver above Gold
    p.redemption.maxShareBasisPoints = 15000;
    p.stampCards[0].buy = 0;
    QCOMPARE(p.validate().size(), 3);
    // Codes are what stamps and held levels are counted by: a repeated one is refused, and so is none.
    PricingProgram twice = cafe();
    twice.levels.levels[2].code = QStringLiteral("silver");
    twice.stampCards << twice.stampCards.first();
    const QStringList problems = twice.validate();
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.join(QLatin1Char(' ')).contains(QLatin1String("\"silver\"")),
             qPrintable(problems.join(QLatin1Char(' '))));
    PricingProgram noCode = cafe();
    noCode.stampCards[0].code.clear();
    QCOMPARE(noCode.validate().size(), 1);
}

void TestPricing::earnExclusionsAndRounding_data()
{
    QTest::addColumn<QString>("rounding");
    QTest::addColumn<QStringList>("noEarnCategories");
    QTest::addColumn<qint64>("cigarettesMinor");
    QTest::addColumn<qint64>("points");
    // Bread 9.99 (+ cigarettes): 1 point per 1.00, no levels or offers.
    QTest::newRow("down 9.99") << "down" << QStringList() << qint64(0) << qint64(9);
    QTest::newRow("nearest 9.99") << "nearest" << QStringList() << qint64(0) << qint64(10);
    QTest::newRow("up 9.99") << "up" << QStringList() << qint64(0) << qint64(10);
    // 9.49 and 9.50 on the nearest: the half goes up. Cigarettes (0.51 / 0.50 more, excluded)
    // only count for their price share: base = paid x eligible / subtotal.
    QTest::newRow("nearest half, excluded part") << "nearest" << QStringList {QStringLiteral("tobacco")}
                                                 << qint64(1) << qint64(10); // 10.00 x 999/1000 = 9.99 -> 10
    QTest::newRow("down, excluded half") << "down" << QStringList {QStringLiteral("tobacco")} << qint64(999)
                                         << qint64(9); // 19.98 x 999/1998 = 9.99 -> 9
    QTest::newRow("up, excluded everything but bread")
        << "up" << QStringList {QStringLiteral("tobacco")} << qint64(1000) << qint64(10); // 9.99 -> 10
    QTest::newRow("not excluded") << "down" << QStringList() << qint64(1000) << qint64(19); // 19.99
}

void TestPricing::earnExclusionsAndRounding()
{
    QFETCH(QString, rounding);
    QFETCH(QStringList, noEarnCategories);
    QFETCH(qint64, cigarettesMinor);
    QFETCH(qint64, points);
    PricingProgram p;
    p.base.currency = QStringLiteral("EUR");
    p.base.rounding = rounding == QLatin1String("up") ? PointsRounding::Up
        : rounding == QLatin1String("nearest")        ? PointsRounding::Nearest
                                                      : PointsRounding::Down;
    p.base.noEarnCategories = noEarnCategories;
    PricingInput in;
    in.local = QDateTime(QDate(2026, 6, 1), QTime(10, 0));
    in.member = PricingMember();
    in.lines << PricingLine {QStringLiteral("Bread"), QStringLiteral("bread"), QStringLiteral("bakery"), 999,
                             1};
    if (cigarettesMinor > 0)
        in.lines << PricingLine {QStringLiteral("Cigarettes"), QStringLiteral("cig"),
                                 QStringLiteral("tobacco"), cigarettesMinor, 1};
    auto r = Pricing::price(p, in);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->pointsEarned, points);
}

void TestPricing::heldLevelIsKept()
{
    // Gold held (reached earlier in the year), spend since fell under Silver's threshold: the sale is
    // still priced at Gold until the review at the period's end.
    PricingProgram p = cafe();
    PricingInput in;
    in.local = QDateTime(QDate(2026, 6, 1), QTime(10, 0));
    PricingMember m;
    m.levelCode = QStringLiteral("gold");
    m.spentInPeriodMinor = 1000;
    in.member = m;
    in.lines = cart(QStringLiteral("breakfast"));
    auto r = Pricing::price(p, in);
    QVERIFY(r.ok());
    QCOMPARE(r->levelCode, QStringLiteral("gold"));
    QVERIFY(!r->levelUpgraded);
    // Gold -5% of 8.50 (2 lattes earn stamps, the card is not full) = 0.425 -> 0.43.
    QCOMPARE(r->discountMinor, qint64(43));
}

void TestPricing::codecRoundTrip()
{
    PricingProgram p = cafe();
    p.base.rounding = PointsRounding::Nearest;
    p.base.noEarnCategories = {QStringLiteral("tobacco")};
    p.base.noEarnProducts = {QStringLiteral("GIFT")};
    p.base.welcomeBonus = 50;
    p.base.referralBonus = 100;
    p.promotions[0].from = QDate(2026, 12, 1);
    p.promotions[0].to = QDate(2026, 12, 24);
    p.promotions[1].weekdays = {6, 7};
    p.birthday.kind = BirthdayOffer::Kind::FreeProduct;
    p.birthday.freeProductCode = QStringLiteral("cake");
    const QJsonObject json = ProgramCodec::toJson(p);
    // Through text, as the database keeps it.
    const QJsonObject back = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    auto r = ProgramCodec::fromJson(back, QStringLiteral("EUR"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(ProgramCodec::toJson(r.value()), json);
    QCOMPARE(r->base.rounding, PointsRounding::Nearest);
    QCOMPARE(r->promotions.at(1).startTime, QTime(15, 0));
    QCOMPARE(r->promotions.at(1).weekdays, (QList<int> {6, 7}));
    QCOMPARE(r->levels.levels.at(2).thresholdMinor, qint64(1500000));
    QVERIFY(r->validate().isEmpty());
    // A version written before a setting existed keeps the default for it.
    auto old = ProgramCodec::fromJson(QJsonObject(), QStringLiteral("EUR"));
    QVERIFY(old.ok());
    QCOMPARE(old->base.earn.perMinor, qint64(100));
    QCOMPARE(old->base.expiryMonths, 12);
}

void TestPricing::codecRefusesWrongTypes_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("text for a number") << R"({"earn":{"points":"lots"}})"
                                       << "earn.points";
    QTest::newRow("a fraction of a point") << R"({"earn":{"points":1.5}})"
                                           << "earn.points";
    QTest::newRow("unknown rounding") << R"({"earn":{"rounding":"sideways"}})"
                                      << "earn.rounding";
    QTest::newRow("object expected") << R"({"levels":[1,2]})"
                                     << "levels";
    QTest::newRow("bad date") << R"({"promotions":[{"from":"31.12.2026"}]})"
                              << "promotions.from";
    QTest::newRow("bad time") << R"({"promotions":[{"start_time":"25:00"}]})"
                              << "promotions.start_time";
    QTest::newRow("bool expected") << R"({"birthday":{"enabled":"yes"}})"
                                   << "birthday.enabled";
}

void TestPricing::codecRefusesWrongTypes()
{
    QFETCH(QString, json);
    QFETCH(QString, key);
    auto r = ProgramCodec::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), QStringLiteral("EUR"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Corrupt);
    QVERIFY2(r.error().message.contains(key), qPrintable(r.error().message));
}

QTEST_APPLESS_MAIN(TestPricing)
#include "tst_pricing.moc"
