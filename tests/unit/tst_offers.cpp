// The program's rules beyond the earn rate: hand-computed expectations, boundaries and leap years.
#include "offers.h"

#include <QtTest>

namespace {
LevelRules threeLevels()
{
    LevelRules r;
    r.levels = {{QStringLiteral("bronze"), QStringLiteral("Bronze"), 0, 100, 0},
                {QStringLiteral("silver"), QStringLiteral("Silver"), 500000, 125, 300},
                {QStringLiteral("gold"), QStringLiteral("Gold"), 1500000, 150, 500}};
    return r;
}
} // namespace

class TestOffers : public QObject
{
    Q_OBJECT
private slots:
    void percentOfRoundsHalfUp_data();
    void percentOfRoundsHalfUp();
    void levelFor_data();
    void levelFor();
    void levelRulesRefuseContradictions();
    void birthdayWindow_data();
    void birthdayWindow();
    void birthdayOncePerYear();
    void stamps_data();
    void stamps();
    void promotionActive_data();
    void promotionActive();
    void promotionPriorityAndValidation();
    void redemption_data();
    void redemption();
    void lotsFifo_data();
    void lotsFifo();
    void lotsExpireAfterTheirDay();
};

void TestOffers::percentOfRoundsHalfUp_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("bp");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("5% of 10.00") << qint64(1000) << 500 << qint64(50);
    QTest::newRow("5% of 8.50 = 0.425 -> 0.43") << qint64(850) << 500 << qint64(43);
    QTest::newRow("5% of 8.30 = 0.415 -> 0.42") << qint64(830) << 500 << qint64(42);
    QTest::newRow("5% of 8.29 = 0.4145 -> 0.41") << qint64(829) << 500 << qint64(41);
    QTest::newRow("2.5% of 1.00 = 0.025 -> 0.03") << qint64(100) << 250 << qint64(3);
    QTest::newRow("100% of 12.34") << qint64(1234) << 10000 << qint64(1234);
    QTest::newRow("0%") << qint64(1234) << 0 << qint64(0);
    QTest::newRow("huge amount, no overflow")
        << qint64(9000000000000000000LL) << 5000 << qint64(4500000000000000000LL);
    QTest::newRow("negative half away from zero") << qint64(-850) << 500 << qint64(-43);
}

void TestOffers::percentOfRoundsHalfUp()
{
    QFETCH(qint64, amount);
    QFETCH(int, bp);
    QFETCH(qint64, expected);
    QCOMPARE(percentOf(amount, bp), expected);
}

void TestOffers::levelFor_data()
{
    QTest::addColumn<qint64>("spent");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("next");
    QTest::addColumn<qint64>("missing");
    QTest::newRow("nothing yet") << qint64(0) << "bronze"
                                 << "silver" << qint64(500000);
    QTest::newRow("one minor unit short") << qint64(499999) << "bronze"
                                          << "silver" << qint64(1);
    QTest::newRow("exactly the threshold") << qint64(500000) << "silver"
                                           << "gold" << qint64(1000000);
    QTest::newRow("spend 1,250.00 more for Gold") << qint64(1375000) << "silver"
                                                  << "gold" << qint64(125000);
    QTest::newRow("at the top") << qint64(1500000) << "gold"
                                << "" << qint64(0);
    QTest::newRow("far above") << qint64(99999999) << "gold"
                               << "" << qint64(0);
}

void TestOffers::levelFor()
{
    QFETCH(qint64, spent);
    QFETCH(QString, level);
    QFETCH(QString, next);
    QFETCH(qint64, missing);
    const LevelRules r = threeLevels();
    QVERIFY(r.validate().isEmpty());
    const Level *l = Levels::levelFor(r, spent);
    QVERIFY(l);
    QCOMPARE(l->code, level);
    const auto p = Levels::progress(r, spent);
    QCOMPARE(p.current, l);
    QCOMPARE(p.next ? p.next->code : QString(), next);
    QCOMPARE(p.missingMinor, missing);
}

void TestOffers::levelRulesRefuseContradictions()
{
    LevelRules r = threeLevels();
    r.levels[2].thresholdMinor = 400000; // Gold below Silver
    r.levels[1].discountBasisPoints = 15000; // 150%
    r.periodMonths = 0;
    const QStringList problems = r.validate();
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.join(QLatin1Char(' ')).contains(QLatin1String("Gold must need more spend than Silver")));
    QVERIFY(Levels::levelFor(LevelRules(), 1000) == nullptr);
}

void TestOffers::birthdayWindow_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("celebrated");
    QTest::newRow("on the day") << 15 << 6 << QDate(2026, 6, 15) << QDate(2026, 6, 15);
    QTest::newRow("7 days before") << 15 << 6 << QDate(2026, 6, 8) << QDate(2026, 6, 15);
    QTest::newRow("8 days before: not yet") << 15 << 6 << QDate(2026, 6, 7) << QDate();
    QTest::newRow("7 days after") << 15 << 6 << QDate(2026, 6, 22) << QDate(2026, 6, 15);
    QTest::newRow("8 days after: over") << 15 << 6 << QDate(2026, 6, 23) << QDate();
    QTest::newRow("29 Feb in a common year is 28 Feb") << 29 << 2 << QDate(2027, 2, 28) << QDate(2027, 2, 28);
    QTest::newRow("29 Feb, window end in a common year")
        << 29 << 2 << QDate(2027, 3, 7) << QDate(2027, 2, 28);
    QTest::newRow("29 Feb, past the window in a common year") << 29 << 2 << QDate(2027, 3, 8) << QDate();
    QTest::newRow("29 Feb in a leap year") << 29 << 2 << QDate(2028, 3, 7) << QDate(2028, 2, 29);
    QTest::newRow("2 Jan, celebrated from 26 Dec") << 2 << 1 << QDate(2026, 12, 26) << QDate(2027, 1, 2);
    QTest::newRow("30 Dec, still on 6 Jan") << 30 << 12 << QDate(2027, 1, 6) << QDate(2026, 12, 30);
    QTest::newRow("no birthday") << 0 << 0 << QDate(2026, 6, 15) << QDate();
}

void TestOffers::birthdayWindow()
{
    QFETCH(int, day);
    QFETCH(int, month);
    QFETCH(QDate, today);
    QFETCH(QDate, celebrated);
    BirthdayOffer offer;
    offer.enabled = true;
    offer.bonusPoints = 100;
    QVERIFY(offer.validate().isEmpty());
    QCOMPARE(Birthday::celebratedBirthday(offer, day, month, today), celebrated);
    QCOMPARE(Birthday::applies(offer, day, month, today, QDate()), celebrated.isValid());
}

void TestOffers::birthdayOncePerYear()
{
    BirthdayOffer offer;
    offer.enabled = true;
    offer.bonusPoints = 100;
    QVERIFY(Birthday::applies(offer, 15, 6, QDate(2026, 6, 10), QDate(2025, 6, 15)));
    QVERIFY(!Birthday::applies(offer, 15, 6, QDate(2026, 6, 12), QDate(2026, 6, 15))); // used this year
    QVERIFY(Birthday::applies(offer, 15, 6, QDate(2027, 6, 12), QDate(2026, 6, 15)));
    offer.enabled = false;
    QVERIFY(!Birthday::applies(offer, 15, 6, QDate(2026, 6, 15), QDate()));
    BirthdayOffer bad;
    bad.kind = BirthdayOffer::Kind::PercentDiscount;
    bad.discountBasisPoints = 15000;
    QVERIFY(!bad.validate().isEmpty());
}

void TestOffers::stamps_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<QVector<qint64>>("units");
    QTest::addColumn<int>("free");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<int>("after");
    const QVector<qint64> one = {290};
    QTest::newRow("first coffee") << 0 << one << 0 << qint64(0) << 1;
    QTest::newRow("fifth coffee fills the card") << 4 << one << 0 << qint64(0) << 5;
    QTest::newRow("sixth coffee is free") << 5 << one << 1 << qint64(290) << 0;
    QTest::newRow("two at 4: fifth paid, none free")
        << 4 << QVector<qint64> {290, 290} << 1 << qint64(290) << 0;
    QTest::newRow("six at once from empty: none free")
        << 0 << QVector<qint64>(6, 290) << 1 << qint64(290) << 0;
    QTest::newRow("twelve from empty: two free") << 0 << QVector<qint64>(12, 290) << 2 << qint64(580) << 0;
    QTest::newRow("mixed prices: the cheapest is free")
        << 5 << QVector<qint64> {450, 290, 320} << 1 << qint64(290) << 2;
    QTest::newRow("nothing qualifying") << 3 << QVector<qint64>() << 0 << qint64(0) << 3;
}

void TestOffers::stamps()
{
    QFETCH(int, before);
    QFETCH(QVector<qint64>, units);
    QFETCH(int, free);
    QFETCH(qint64, discount);
    QFETCH(int, after);
    StampCard card;
    card.name = QStringLiteral("Coffee card");
    card.category = QStringLiteral("coffee");
    card.buy = 5;
    QVERIFY(card.validate().isEmpty());
    const auto o = Stamps::apply(card, before, units);
    QCOMPARE(o.freeUnits, free);
    QCOMPARE(o.discountMinor, discount);
    QCOMPARE(o.stampsAfter, after);
}

void TestOffers::promotionActive_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("active");
    // Happy hours 15:00–17:00 on weekdays in December 2026.
    QTest::newRow("Tuesday 15:00") << QDateTime(QDate(2026, 12, 1), QTime(15, 0)) << true;
    QTest::newRow("Tuesday 16:59:59") << QDateTime(QDate(2026, 12, 1), QTime(16, 59, 59)) << true;
    QTest::newRow("Tuesday 17:00 (end excluded)") << QDateTime(QDate(2026, 12, 1), QTime(17, 0)) << false;
    QTest::newRow("Tuesday 14:59") << QDateTime(QDate(2026, 12, 1), QTime(14, 59)) << false;
    QTest::newRow("Saturday") << QDateTime(QDate(2026, 12, 5), QTime(15, 30)) << false;
    QTest::newRow("last day") << QDateTime(QDate(2026, 12, 31), QTime(15, 30)) << true;
    QTest::newRow("after the campaign") << QDateTime(QDate(2027, 1, 1), QTime(15, 30)) << false;
    QTest::newRow("before the campaign") << QDateTime(QDate(2026, 11, 30), QTime(15, 30)) << false;
}

void TestOffers::promotionActive()
{
    QFETCH(QDateTime, at);
    QFETCH(bool, active);
    Promotion p;
    p.code = QStringLiteral("happy");
    p.kind = Promotion::Kind::PointsMultiplier;
    p.pointsMultiplierPercent = 200;
    p.from = QDate(2026, 12, 1);
    p.to = QDate(2026, 12, 31);
    p.startTime = QTime(15, 0);
    p.endTime = QTime(17, 0);
    p.weekdays = {1, 2, 3, 4, 5};
    QVERIFY(Promotions::validate({p}).isEmpty());
    QCOMPARE(Promotions::activeAt(p, at), active);
}

void TestOffers::promotionPriorityAndValidation()
{
    Promotion five;
    five.code = QStringLiteral("5over5000");
    five.name = QStringLiteral("5% over 5,000");
    five.thresholdMinor = 500000;
    five.discountBasisPoints = 500;
    Promotion ten = five;
    ten.code = QStringLiteral("10over10000");
    ten.name = QStringLiteral("10% over 10,000");
    ten.thresholdMinor = 1000000;
    ten.discountBasisPoints = 1000;
    // Same kind, same priority, can overlap: refused until one has a higher priority.
    QCOMPARE(Promotions::validate({five, ten}).size(), 1);
    ten.priority = 1;
    QVERIFY(Promotions::validate({five, ten}).isEmpty());
    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0));
    QCOMPARE(Promotions::discountFor({five, ten}, now, 499999), nullptr);
    QCOMPARE(Promotions::discountFor({five, ten}, now, 500000)->code, five.code);
    QCOMPARE(Promotions::discountFor({five, ten}, now, 1000000)->code, ten.code);
    Promotion bad = five;
    bad.from = QDate(2026, 12, 31);
    bad.to = QDate(2026, 12, 1);
    bad.discountBasisPoints = 15000;
    bad.priority = 7;
    QCOMPARE(Promotions::validate({bad}).size(), 2);
}

void TestOffers::redemption_data()
{
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("payable");
    QTest::addColumn<qint64>("asked");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("value"); // -1: refused
    // 1 point = 0.01, at most 50% of the check, from a balance of 100.
    QTest::newRow("within the cap") << qint64(1000) << qint64(2000) << qint64(500) << qint64(1000)
                                    << qint64(500);
    QTest::newRow("exactly half") << qint64(5000) << qint64(2000) << qint64(1000) << qint64(1000)
                                  << qint64(1000);
    QTest::newRow("over the cap") << qint64(5000) << qint64(2000) << qint64(1001) << qint64(1000)
                                  << qint64(-1);
    QTest::newRow("more than the balance")
        << qint64(300) << qint64(2000) << qint64(301) << qint64(300) << qint64(-1);
    QTest::newRow("balance under the minimum")
        << qint64(99) << qint64(2000) << qint64(50) << qint64(0) << qint64(-1);
    QTest::newRow("odd check: cap rounds down")
        << qint64(5000) << qint64(1999) << qint64(999) << qint64(999) << qint64(999);
    QTest::newRow("zero points") << qint64(5000) << qint64(2000) << qint64(0) << qint64(1000) << qint64(-1);
}

void TestOffers::redemption()
{
    QFETCH(qint64, balance);
    QFETCH(qint64, payable);
    QFETCH(qint64, asked);
    QFETCH(qint64, max);
    QFETCH(qint64, value);
    RedemptionRules r;
    r.enabled = true;
    r.minorPerPoint = 1;
    r.maxShareBasisPoints = 5000;
    r.minBalance = 100;
    QVERIFY(r.validate().isEmpty());
    QCOMPARE(Redemption::maxPoints(r, balance, payable), max);
    const auto v = Redemption::valueOf(r, asked, balance, payable);
    QCOMPARE(v.ok() ? v.value() : qint64(-1), value);
    if (!v.ok())
        QVERIFY(!v.error().message.isEmpty());
}

void TestOffers::lotsFifo_data()
{
    QTest::addColumn<qint64>("points");
    QTest::addColumn<QString>("takes"); // "lot:points,..." or "refused"
    QTest::newRow("from the lot expiring first") << qint64(30) << "2:30";
    QTest::newRow("across two lots") << qint64(70) << "2:50,1:20";
    QTest::newRow("never-expiring last") << qint64(160) << "2:50,1:100,4:10";
    QTest::newRow("everything usable") << qint64(190) << "2:50,1:100,4:40";
    QTest::newRow("more than usable (the expired lot does not count)") << qint64(191) << "refused";
}

void TestOffers::lotsFifo()
{
    QFETCH(qint64, points);
    QFETCH(QString, takes);
    const QDate today(2026, 12, 1);
    const QVector<PointLot> lots = {
        {1, 100, QDate(2026, 1, 10), QDate(2027, 1, 10)},
        {2, 50, QDate(2026, 2, 1), QDate(2026, 12, 1)}, // expires today: still usable today
        {3, 70, QDate(2025, 11, 1), QDate(2026, 11, 30)}, // expired yesterday
        {4, 40, QDate(2025, 1, 1), QDate()}, // never expires
    };
    const auto r = Lots::consume(lots, points, today);
    if (takes == QLatin1String("refused")) {
        QVERIFY(!r.ok());
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QStringList got;
    for (const LotTake &t : r.value())
        got << QStringLiteral("%1:%2").arg(t.lotId).arg(t.points);
    QCOMPARE(got.join(QLatin1Char(',')), takes);
}

void TestOffers::lotsExpireAfterTheirDay()
{
    const QVector<PointLot> lots = {{1, 120, QDate(2025, 12, 31), QDate(2026, 12, 31)},
                                    {2, 0, QDate(2025, 1, 1), QDate(2026, 1, 1)},
                                    {3, 10, QDate(2025, 1, 1), QDate()}};
    QVERIFY(Lots::expiring(lots, QDate(2026, 12, 31)).isEmpty());
    const auto gone = Lots::expiring(lots, QDate(2027, 1, 1));
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone.first().lotId, qint64(1));
    QCOMPARE(gone.first().points, qint64(120));
}

QTEST_GUILESS_MAIN(TestOffers)
#include "tst_offers.moc"
