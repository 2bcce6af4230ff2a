// loyalty-cli's reports: the same figures as ReportService gives the reports window for the same
// period, null (or "—") where there is nothing to divide by, and a reversed range a usage error.
#include "clitest.h"
#include "clock.h"
#include "database.h"
#include "money.h"
#include "reportservice.h"
#include "terminalservice.h"

#include <QDate>
#include <QJsonArray>
#include <QtTest>

using namespace CliTest;

class TestCliReports : public QObject, protected CliFixture
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(open()); }
    void cleanup() { close(); }
    void reportsMatchTheService();
    void reportListsSegmentsCohorts();
    void reportRangeReversed_data();
    void reportRangeReversed();
    void reportEmptyRange();
};

// --- report --------------------------------------------------------------------------------------

namespace {
QString money(qint64 minor)
{
    return Money(minor, QStringLiteral("EUR")).toPlainString();
}
QJsonValue opt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
} // namespace

// The CLI's figures are the reports window's: the same ReportService calls for the same period.
void TestCliReports::reportsMatchTheService()
{
    QVERIFY(demoShop());
    const QDate today = QDate::currentDate();
    const QString from = today.addDays(-400).toString(Qt::ISODate), to = today.toString(Qt::ISODate);
    Run r = asManager({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("summary"),
                       QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("from")).toString(), from);
    QVERIFY(o.value(QStringLiteral("till")).isNull());

    auto opened = Database::open(db(), Database::Mode::ExistingOnly);
    QVERIFY(opened.ok());
    Database &d = *opened.value();
    auto terminal = TerminalService(d, Clock::system()).local();
    QVERIFY(terminal.ok());
    ServiceContext ctx(d, Clock::system(), terminal.value(), Actor::machineOwner());
    ReportService reports(ctx);
    const ReportService::Period period {today.addDays(-400), today, QString()};
    auto sales = reports.sales(period);
    auto points = reports.points(period);
    auto members = reports.members(period);
    auto feedback = reports.feedback(period);
    QVERIFY(sales.ok() && points.ok() && members.ok() && feedback.ok());
    QVERIFY(sales->sales >= 16); // the demo's sales are in the period: the comparison is not of zeros

    const QJsonObject s = o.value(QStringLiteral("sales")).toObject();
    QCOMPARE(s.value(QStringLiteral("sales")).toInteger(), sales->sales);
    QCOMPARE(s.value(QStringLiteral("refunds")).toInteger(), sales->refunds);
    QCOMPARE(s.value(QStringLiteral("revenue")).toString(), money(sales->revenueMinor));
    QCOMPARE(s.value(QStringLiteral("member_revenue")).toString(), money(sales->memberRevenueMinor));
    QCOMPARE(s.value(QStringLiteral("discounts")).toString(), money(sales->discountMinor));
    QCOMPARE(s.value(QStringLiteral("average_check")).toString(), money(*sales->averageCheckMinor));
    QCOMPARE(s.value(QStringLiteral("member_share_bp")), opt(sales->memberShareBasisPoints));
    QCOMPARE(s.value(QStringLiteral("series")).toArray().size(), sales->series.size());
    qint64 seriesSales = 0;
    for (const QJsonValue &b : s.value(QStringLiteral("series")).toArray())
        seriesSales += b.toObject().value(QStringLiteral("sales")).toInteger();
    QCOMPARE(seriesSales, [&] {
        qint64 n = 0;
        for (const auto &b : sales->series)
            n += b.sales;
        return n;
    }());

    const QJsonObject p = o.value(QStringLiteral("points")).toObject();
    QCOMPARE(p.value(QStringLiteral("issued")).toInteger(), points->issued);
    QCOMPARE(p.value(QStringLiteral("redeemed")).toInteger(), points->redeemed);
    QCOMPARE(p.value(QStringLiteral("expired")).toInteger(), points->expired);
    QCOMPARE(p.value(QStringLiteral("adjusted")).toInteger(), points->adjusted);
    QCOMPARE(p.value(QStringLiteral("outstanding")).toInteger(), points->outstanding);
    QCOMPARE(p.value(QStringLiteral("liability")).toString(), money(points->liabilityMinor));

    const QJsonObject m = o.value(QStringLiteral("members")).toObject();
    QCOMPARE(m.value(QStringLiteral("new")).toInteger(), members->newMembers);
    QCOMPARE(m.value(QStringLiteral("active")).toInteger(), members->active);
    QCOMPARE(m.value(QStringLiteral("repeat")).toInteger(), members->repeat);
    QCOMPARE(m.value(QStringLiteral("member_sales")).toInteger(), members->memberSales);
    QCOMPARE(m.value(QStringLiteral("repeat_rate_bp")), opt(members->repeatRateBasisPoints));
    QCOMPARE(m.value(QStringLiteral("retention_bp")), opt(members->retentionBasisPoints));
    QCOMPARE(m.value(QStringLiteral("churn_bp")), opt(members->churnBasisPoints));
    QCOMPARE(m.value(QStringLiteral("lifetime_value")).toString(),
             members->lifetimeValueMinor ? money(*members->lifetimeValueMinor) : QString());

    const QJsonObject f = o.value(QStringLiteral("feedback")).toObject();
    QCOMPARE(f.value(QStringLiteral("nps_answers")).toInteger(), feedback->npsAnswers);
    QCOMPARE(f.value(QStringLiteral("nps")), opt(feedback->nps));
    QCOMPARE(f.value(QStringLiteral("csat_bp")), opt(feedback->csatBasisPoints));

    // One kind alone gives the same figures as its part of the summary.
    r = asManager({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("points"),
                   QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonObject alone = json(r.out);
    for (const char *key : {"report", "from", "to", "till", "currency"})
        alone.remove(QLatin1String(key));
    QCOMPARE(alone, p);
    // By week: fewer buckets, the same sales.
    r = asManager({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("sales"),
                   QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--group"),
                   QStringLiteral("week")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    auto weekly = reports.sales(period, ReportService::Grouping::Week);
    QVERIFY(weekly.ok());
    QCOMPARE(json(r.out).value(QStringLiteral("series")).toArray().size(), weekly->series.size());
    // This till by name: all the demo's sales are its own.
    r = asManager({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("sales"),
                   QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--till"),
                   terminal->name});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r.out).value(QStringLiteral("till")).toString(), terminal->uuid);
    QCOMPARE(json(r.out).value(QStringLiteral("sales")).toInteger(), sales->sales);
    r = asManager({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("sales"),
                   QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--till"),
                   QStringLiteral("Till 99")});
    QCOMPARE(r.code, 1);
    QCOMPARE(json(r.err).value(QStringLiteral("kind")).toString(), QStringLiteral("not_found"));
    // A cashier may not read the reports.
    r = onDb({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("summary"),
              QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    QCOMPARE(r.code, 1);
    QCOMPARE(json(r.err).value(QStringLiteral("kind")).toString(), QStringLiteral("forbidden"));
}

void TestCliReports::reportListsSegmentsCohorts()
{
    QVERIFY(demoShop());
    const QDate today = QDate::currentDate();
    const QStringList range {QStringLiteral("--from"), today.addDays(-30).toString(Qt::ISODate),
                             QStringLiteral("--to"), today.toString(Qt::ISODate)};
    auto opened = Database::open(db(), Database::Mode::ExistingOnly);
    QVERIFY(opened.ok());
    auto terminal = TerminalService(*opened.value(), Clock::system()).local();
    QVERIFY(terminal.ok());
    ServiceContext ctx(*opened.value(), Clock::system(), terminal.value(), Actor::machineOwner());
    ReportService reports(ctx);

    Run r = asManager(
        QStringList {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("segments")} + range);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    auto segments = reports.segments();
    QVERIFY(segments.ok());
    QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("total")).toInteger(), segments->total);
    const char *keys[] = {"new", "champions", "active", "at_risk", "lost"};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QLatin1String(keys[i])).toInteger(),
                 segments->counts[i]);

    r = asManager(QStringList {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("cohorts")}
                  + range);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    auto cohorts = reports.cohorts(12);
    QVERIFY(cohorts.ok());
    const QJsonArray rows = json(r.out).value(QStringLiteral("cohorts")).toArray();
    QCOMPARE(rows.size(), cohorts->size());
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).toObject().value(QStringLiteral("size")).toInteger(), cohorts->at(i).size);

    r = asManager(QStringList {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("actions")}
                  + range);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    o = json(r.out);
    auto birthdays = reports.birthdays(14);
    auto top = reports.topMembers(50);
    QVERIFY(birthdays.ok() && top.ok());
    QVERIFY(!birthdays->isEmpty()); // Anna's birthday is in two days
    QCOMPARE(o.value(QStringLiteral("birthdays")).toArray().size(), birthdays->size());
    QCOMPARE(o.value(QStringLiteral("top")).toArray().size(), top->size());
    QCOMPARE(o.value(QStringLiteral("birthdays"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             birthdays->first().name);
    for (const char *key : {"expiring", "win_back", "below_zero"})
        QVERIFY2(o.value(QLatin1String(key)).isArray(), key);
    // Text for people too.
    r = asManager(QStringList {QStringLiteral("report"), QStringLiteral("actions")} + range);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Anna Petrova")), qPrintable(r.out));
}

void TestCliReports::reportRangeReversed_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("reversed") << QStringList {QStringLiteral("--from"), QStringLiteral("2026-03-10"),
                                              QStringLiteral("--to"), QStringLiteral("2026-03-01")};
    QTest::newRow("not a date") << QStringList {QStringLiteral("--from"), QStringLiteral("10.03.2026"),
                                                QStringLiteral("--to"), QStringLiteral("2026-03-01")};
    QTest::newRow("no end") << QStringList {QStringLiteral("--from"), QStringLiteral("2026-03-01")};
    QTest::newRow("over ten years") << QStringList {QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                                                    QStringLiteral("--to"), QStringLiteral("2026-01-01")};
    QTest::newRow("bad grouping") << QStringList {QStringLiteral("--from"),  QStringLiteral("2026-03-01"),
                                                  QStringLiteral("--to"),    QStringLiteral("2026-03-10"),
                                                  QStringLiteral("--group"), QStringLiteral("hour")};
}

void TestCliReports::reportRangeReversed()
{
    QFETCH(QStringList, args);
    QVERIFY(demoShop());
    const QString kind = QTest::currentDataTag() == QLatin1String("bad grouping") ? QStringLiteral("sales")
                                                                                  : QStringLiteral("summary");
    const Run r = asManager(QStringList {QStringLiteral("--json"), QStringLiteral("report"), kind} + args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QLatin1String("loyalty-cli --help")), qPrintable(r.err));
}

// Nothing sold in the period: the figures that divide by nothing are null, and "—" in text.
void TestCliReports::reportEmptyRange()
{
    QVERIFY(demoShop());
    const QStringList range {QStringLiteral("--from"), QStringLiteral("2001-01-01"), QStringLiteral("--to"),
                             QStringLiteral("2001-01-31")};
    Run r = asManager(
        QStringList {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("summary")} + range);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(!r.out.contains(QLatin1String("nan"), Qt::CaseInsensitive)
                 && !r.out.contains(QLatin1String("inf")),
             qPrintable(r.out));
    const QJsonObject o = json(r.out);
    const QJsonObject s = o.value(QStringLiteral("sales")).toObject();
    QCOMPARE(s.value(QStringLiteral("sales")).toInt(-1), 0);
    QVERIFY(s.value(QStringLiteral("average_check")).isNull());
    QVERIFY(s.value(QStringLiteral("member_share_bp")).isNull());
    const QJsonObject m = o.value(QStringLiteral("members")).toObject();
    for (const char *key : {"repeat_rate_bp", "average_visits_hundredths"})
        QVERIFY2(m.value(QLatin1String(key)).isNull(), key);
    QVERIFY(o.value(QStringLiteral("feedback")).toObject().value(QStringLiteral("nps")).isNull());
    r = asManager(QStringList {QStringLiteral("report"), QStringLiteral("summary")} + range);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Average check: —")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QLatin1String("nan"), Qt::CaseInsensitive), qPrintable(r.out));
    // Segments of an empty shop: shares are null, not 0/0.
    QVERIFY(cli({QStringLiteral("--db"), file("empty.sqlite"), QStringLiteral("init"),
                 QStringLiteral("--currency"), QStringLiteral("EUR")})
                .code
            == 0);
    r = cli(QStringList {QStringLiteral("--db"), file("empty.sqlite"), QStringLiteral("--json"),
                         QStringLiteral("report"), QStringLiteral("segments")}
            + range);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r.out).value(QStringLiteral("total")).toInt(-1), 0);
    QVERIFY(json(r.out).value(QStringLiteral("share_bp")).toObject().value(QStringLiteral("new")).isNull());
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_clireports.moc"
