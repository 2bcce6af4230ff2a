// report summary|sales|points|members|segments|cohorts|feedback|actions: the reports window's
// figures, from the same ReportService calls. A figure with nothing to divide by is null in JSON and
// "—" in text, never NaN.
#include "util.h"

#include "ids.h"
#include "money.h"
#include "reportservice.h"
#include "sqlexec.h"

#include <QJsonArray>
#include <QLocale>

namespace Cli {

namespace {

const QString kNone = QStringLiteral("—");

// The figures of one report as JSON keys and "label: value" lines at once.
struct Figures
{
    QJsonObject json;
    QStringList lines;
    void add(const char *key, const QJsonValue &value, const QString &label, const QString &text)
    {
        json.insert(QLatin1String(key), value);
        lines << QStringLiteral("  %1: %2").arg(label, text);
    }
    void count(const char *key, qint64 n, const QString &label) { add(key, n, label, QLocale().toString(n)); }
};

QJsonValue moneyJson(const std::optional<qint64> &minor, const QString &currency)
{
    return minor ? QJsonValue(Money(*minor, currency).toPlainString()) : QJsonValue();
}
QString moneyText(const std::optional<qint64> &minor, const QString &currency)
{
    return minor ? Money(*minor, currency).format() : kNone;
}
QJsonValue optJson(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QString percentText(const std::optional<int> &bp)
{
    return bp ? QLocale().toString(*bp / 100.0, 'f', 1) + QStringLiteral(" %") : kNone;
}

struct Report
{
    ReportService::Period period;
    ReportService::Grouping grouping = ReportService::Grouping::Day;
    int months = 12;
};

Figures salesFigures(const ReportService::Sales &s, const QString &cur)
{
    Figures f;
    f.add("revenue", Money(s.revenueMinor, cur).toPlainString(), Text::tr("Revenue"),
          Money(s.revenueMinor, cur).format());
    f.count("sales", s.sales, Text::tr("Sales"));
    f.count("refunds", s.refunds, Text::tr("Refunds"));
    f.add("average_check", moneyJson(s.averageCheckMinor, cur), Text::tr("Average check"),
          moneyText(s.averageCheckMinor, cur));
    f.add("member_share_bp", optJson(s.memberShareBasisPoints), Text::tr("Members' share of revenue"),
          percentText(s.memberShareBasisPoints));
    f.add("member_revenue", Money(s.memberRevenueMinor, cur).toPlainString(), Text::tr("Members' revenue"),
          Money(s.memberRevenueMinor, cur).format());
    f.add("discounts", Money(s.discountMinor, cur).toPlainString(), Text::tr("Discounts given"),
          Money(s.discountMinor, cur).format());
    QJsonArray series;
    for (const ReportService::SalesBucket &b : s.series)
        series.append(QJsonObject {{QStringLiteral("start"), b.start.toString(Qt::ISODate)},
                                   {QStringLiteral("sales"), b.sales},
                                   {QStringLiteral("revenue"), Money(b.revenueMinor, cur).toPlainString()}});
    f.json.insert(QStringLiteral("series"), series);
    if (s.sales == 0 && s.refunds == 0)
        f.lines << QStringLiteral("  ") + Text::tr("No sales in this period.");
    return f;
}

Figures pointsFigures(const ReportService::Points &p, const QString &cur)
{
    Figures f;
    f.count("issued", p.issued, Text::tr("Issued"));
    f.count("redeemed", p.redeemed, Text::tr("Redeemed"));
    f.count("expired", p.expired, Text::tr("Expired"));
    f.count("adjusted", p.adjusted, Text::tr("Adjusted"));
    f.count("outstanding", p.outstanding, Text::tr("Outstanding now"));
    f.add("liability", p.valued ? QJsonValue(Money(p.liabilityMinor, cur).toPlainString()) : QJsonValue(),
          Text::tr("Liability"),
          p.valued ? Money(p.liabilityMinor, cur).format() : Text::tr("— (paying with points is off)"));
    f.count("overdrawn_refunds", p.overdrawnRefunds, Text::tr("Refunds that left a balance below zero"));
    f.count("overdrawn_points", p.overdrawnPoints, Text::tr("Points those balances went below zero by"));
    return f;
}

Figures memberFigures(const ReportService::Members &m, const QString &cur)
{
    Figures f;
    f.count("new", m.newMembers, Text::tr("New"));
    f.count("active", m.active, Text::tr("Active"));
    f.count("repeat", m.repeat, Text::tr("Bought twice or more"));
    f.count("member_sales", m.memberSales, Text::tr("Members' sales"));
    f.count("active_at_start", m.activeAtStart, Text::tr("Active in the 90 days before"));
    f.count("active_at_end", m.activeAtEnd, Text::tr("Active in the last 90 days"));
    f.count("new_active_at_end", m.newActiveAtEnd, Text::tr("Of those, new in the period"));
    f.add("repeat_rate_bp", optJson(m.repeatRateBasisPoints), Text::tr("Repeat purchase rate"),
          percentText(m.repeatRateBasisPoints));
    f.add("average_visits_hundredths",
          m.averageVisitsHundredths ? QJsonValue(*m.averageVisitsHundredths) : QJsonValue(),
          Text::tr("Average visits"),
          m.averageVisitsHundredths ? QLocale().toString(*m.averageVisitsHundredths / 100.0, 'f', 2) : kNone);
    f.add("retention_bp", optJson(m.retentionBasisPoints), Text::tr("Retention (CRR)"),
          percentText(m.retentionBasisPoints));
    f.add("churn_bp", optJson(m.churnBasisPoints), Text::tr("Churn"), percentText(m.churnBasisPoints));
    f.add("lifetime_value", moneyJson(m.lifetimeValueMinor, cur), Text::tr("Lifetime value (CLV)"),
          moneyText(m.lifetimeValueMinor, cur));
    return f;
}

Figures feedbackFigures(const ReportService::Feedback &b)
{
    Figures f;
    f.add("nps", optJson(b.nps), Text::tr("NPS"), b.nps ? QLocale().toString(*b.nps) : kNone);
    f.count("nps_answers", b.npsAnswers, Text::tr("NPS answers"));
    f.count("promoters", b.promoters, Text::tr("Promoters"));
    f.count("detractors", b.detractors, Text::tr("Detractors"));
    f.add("csat_bp", optJson(b.csatBasisPoints), Text::tr("CSAT"), percentText(b.csatBasisPoints));
    f.count("csat_answers", b.csatAnswers, Text::tr("CSAT answers"));
    f.count("satisfied", b.satisfied, Text::tr("Satisfied (4 and 5)"));
    QJsonArray trend;
    for (const ReportService::Feedback::Month &m : b.trend)
        trend.append(QJsonObject {{QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
                                  {QStringLiteral("nps"), optJson(m.nps)},
                                  {QStringLiteral("csat_bp"), optJson(m.csatBasisPoints)}});
    f.json.insert(QStringLiteral("trend"), trend);
    return f;
}

Figures segmentFigures(const ReportService::Segments &s)
{
    static const char *const keys[] = {"new", "champions", "active", "at_risk", "lost"};
    Figures f;
    QJsonObject counts;
    QJsonObject shares;
    for (int i = 0; i < 5; ++i) {
        const qint64 n = s.counts[i];
        // A share of nobody is no share: null, not 0/0.
        const std::optional<int> bp
            = s.total > 0 ? std::optional<int>(int(n * 10000 / s.total)) : std::optional<int>();
        counts.insert(QLatin1String(keys[i]), n);
        shares.insert(QLatin1String(keys[i]), optJson(bp));
        f.lines << QStringLiteral("  %1: %2 (%3)")
                       .arg(ReportService::segmentName(ReportService::Segment(i)), QLocale().toString(n),
                            percentText(bp));
    }
    f.json.insert(QStringLiteral("counts"), counts);
    f.json.insert(QStringLiteral("share_bp"), shares);
    f.count("total", s.total, Text::tr("Members"));
    return f;
}

Figures cohortFigures(const QVector<ReportService::Cohort> &cohorts)
{
    Figures f;
    QJsonArray rows;
    for (const ReportService::Cohort &c : cohorts) {
        QJsonArray active;
        QStringList cells;
        for (qint64 n : c.active) {
            active.append(n);
            cells << QLocale().toString(n);
        }
        rows.append(QJsonObject {{QStringLiteral("month"), c.month.toString(QStringLiteral("yyyy-MM"))},
                                 {QStringLiteral("size"), c.size},
                                 {QStringLiteral("active"), active}});
        f.lines << QStringLiteral("  %1 (%2): %3")
                       .arg(c.month.toString(QStringLiteral("yyyy-MM")), QLocale().toString(c.size),
                            cells.join(QLatin1Char(' ')));
    }
    f.json.insert(QStringLiteral("cohorts"), rows);
    if (cohorts.isEmpty())
        f.lines << QStringLiteral("  ") + Text::tr("Nobody joined in these months.");
    return f;
}

QJsonArray listJson(const QVector<ReportService::ListMember> &list, const QString &cur, QStringList *lines)
{
    QJsonArray out;
    for (const ReportService::ListMember &m : list) {
        out.append(
            QJsonObject {{QStringLiteral("id"), m.id},
                         {QStringLiteral("name"), m.name},
                         {QStringLiteral("phone"), m.phone},
                         {QStringLiteral("email"), m.email},
                         {QStringLiteral("sms_consent"), m.smsConsent},
                         {QStringLiteral("email_consent"), m.emailConsent},
                         {QStringLiteral("detail"), m.detail},
                         {QStringLiteral("points"), m.pointsBalance},
                         {QStringLiteral("spent"), Money(m.spentMinor, cur).toPlainString()},
                         {QStringLiteral("last_visit"),
                          m.lastVisit.isValid() ? QJsonValue(Ids::utcText(m.lastVisit)) : QJsonValue()}});
        *lines << QStringLiteral("    %1\t%2\t%3").arg(m.name, m.phone, m.detail);
    }
    return out;
}

// The action lists, with the reports window's lengths and horizons.
Result<Figures> actionFigures(ReportService &reports, const QString &cur)
{
    const std::pair<const char *, Result<QVector<ReportService::ListMember>>> lists[]
        = {{"birthdays", reports.birthdays(14)},
           {"expiring", reports.expiringPoints(30)},
           {"win_back", reports.notSeenFor(60)},
           {"top", reports.topMembers(50)},
           {"below_zero", reports.belowZero(500)}};
    const QString titles[]
        = {Text::tr("Birthdays in the next 14 days"), Text::tr("Points expiring in the next 30 days"),
           Text::tr("Not seen for 60 days (win-back)"), Text::tr("Top members"),
           Text::tr("Balances below zero")};
    Figures f;
    int i = 0;
    for (const auto &[key, list] : lists) {
        if (!list)
            return list.error();
        f.lines << QStringLiteral("  %1: %2").arg(titles[i++], QLocale().toString(list->size()));
        f.json.insert(QLatin1String(key), listJson(list.value(), cur, &f.lines));
    }
    return f;
}

// One kind of report; summary is the four period reports together, as the window's first tab.
Result<Figures> figures(ReportService &reports, const QString &kind, const Report &r, const QString &cur)
{
    if (kind == QLatin1String("sales")) {
        auto s = reports.sales(r.period, r.grouping);
        return s ? Result<Figures>(salesFigures(s.value(), cur)) : Result<Figures>(s.error());
    }
    if (kind == QLatin1String("points")) {
        auto p = reports.points(r.period);
        return p ? Result<Figures>(pointsFigures(p.value(), cur)) : Result<Figures>(p.error());
    }
    if (kind == QLatin1String("members")) {
        auto m = reports.members(r.period);
        return m ? Result<Figures>(memberFigures(m.value(), cur)) : Result<Figures>(m.error());
    }
    if (kind == QLatin1String("feedback")) {
        auto b = reports.feedback(r.period);
        return b ? Result<Figures>(feedbackFigures(b.value())) : Result<Figures>(b.error());
    }
    if (kind == QLatin1String("segments")) {
        auto s = reports.segments();
        return s ? Result<Figures>(segmentFigures(s.value())) : Result<Figures>(s.error());
    }
    if (kind == QLatin1String("cohorts")) {
        auto c = reports.cohorts(r.months);
        return c ? Result<Figures>(cohortFigures(c.value())) : Result<Figures>(c.error());
    }
    if (kind == QLatin1String("actions"))
        return actionFigures(reports, cur);
    Figures all;
    const std::pair<const char *, QString> parts[] = {{"sales", Text::tr("Sales")},
                                                      {"points", Text::tr("Points")},
                                                      {"members", Text::tr("Members")},
                                                      {"feedback", Text::tr("Feedback")}};
    for (const auto &[key, title] : parts) {
        auto part = figures(reports, QLatin1String(key), r, cur);
        if (!part)
            return part.error();
        all.json.insert(QLatin1String(key), part->json);
        all.lines << title + QLatin1Char(':') << part->lines;
    }
    return all;
}

// --till: a terminal's name or UUID, as the reports window lists them.
Result<QString> tillUuid(Database &db, const QString &till)
{
    auto q = Sql::exec(
        db, QStringLiteral("SELECT uuid FROM terminals WHERE uuid = ? OR name = ? ORDER BY is_local DESC"),
        {till, till}, Text::tr("The tills cannot be read."));
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(Error::NotFound, Text::tr("No till is called \"%1\".").arg(till));
    return q.value().value(0).toString();
}

Result<Report> reportOf(const Args &a)
{
    Report r;
    if (!isoDay(a, QStringLiteral("from"), &r.period.from) || !isoDay(a, QStringLiteral("to"), &r.period.to))
        return makeError(Error::Invalid, Text::tr("Dates are written YYYY-MM-DD."));
    if (auto c = ReportService::check(r.period); !c)
        return c.error();
    const QString group = a.value(QStringLiteral("group"), QStringLiteral("day"));
    if (group == QLatin1String("week"))
        r.grouping = ReportService::Grouping::Week;
    else if (group == QLatin1String("month"))
        r.grouping = ReportService::Grouping::Month;
    else if (group != QLatin1String("day"))
        return makeError(Error::Invalid, Text::tr("--group is day, week or month."));
    bool ok = true;
    if (a.has(QStringLiteral("months")))
        r.months = a.value(QStringLiteral("months")).toInt(&ok);
    if (!ok || r.months < 1 || r.months > 120)
        return makeError(Error::Invalid, Text::tr("--months is a whole number from 1 to 120."));
    return r;
}

int report(Session &s, const Args &a, const QString &kind)
{
    if (!a.words.isEmpty() || !a.has(QStringLiteral("from")) || !a.has(QStringLiteral("to")))
        return s.usage(
            Text::tr("Use: loyalty-cli report %1 --from YYYY-MM-DD --to YYYY-MM-DD [--till T]").arg(kind));
    // A range the window would refuse is a usage error here: the command line was written wrong.
    auto r = reportOf(a);
    if (!r)
        return s.usage(r.error().message);
    if (!s.openTerminal() || !s.allowed(Action::ViewReports))
        return s.exit();
    if (a.has(QStringLiteral("till"))) {
        auto uuid = tillUuid(s.db(), a.value(QStringLiteral("till")));
        if (!uuid)
            return s.fail(uuid.error());
        r->period.terminal = uuid.value();
    }
    ServiceContext ctx = s.context();
    ReportService reports(ctx);
    auto f = figures(reports, kind, r.value(), s.currency());
    if (!f)
        return s.fail(f.error());
    QJsonObject o = f->json;
    o.insert(QStringLiteral("report"), kind);
    o.insert(QStringLiteral("from"), r->period.from.toString(Qt::ISODate));
    o.insert(QStringLiteral("to"), r->period.to.toString(Qt::ISODate));
    o.insert(QStringLiteral("till"),
             r->period.terminal.isEmpty() ? QJsonValue() : QJsonValue(r->period.terminal));
    o.insert(QStringLiteral("currency"), s.currency());
    const QLocale l;
    s.print(o,
            Text::tr("%1 – %2").arg(l.toString(r->period.from, QLocale::ShortFormat),
                                    l.toString(r->period.to, QLocale::ShortFormat))
                + QLatin1Char('\n') + f->lines.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace

void Commands::addReport(Registry &r)
{
    r.addGroup({QStringLiteral("report"),
                QT_TRANSLATE_NOOP("Cli",
                                  "Use: loyalty-cli report summary|sales|points|members|segments|cohorts|"
                                  "feedback|actions --from YYYY-MM-DD --to YYYY-MM-DD [--till T]")});
    const std::pair<const char *, const char *> kinds[] = {
        {"summary",
         QT_TRANSLATE_NOOP("Cli", "sales, points, members and feedback of a period (the reports' summary)")},
        {"sales", QT_TRANSLATE_NOOP("Cli", "revenue, sales, refunds, average check, by day, week or month")},
        {"points",
         QT_TRANSLATE_NOOP("Cli", "points issued, redeemed, expired and outstanding, and their liability")},
        {"members",
         QT_TRANSLATE_NOOP("Cli", "new and active members, repeat rate, retention, churn, lifetime value")},
        {"segments", QT_TRANSLATE_NOOP("Cli", "members by RFM segment, as of today")},
        {"cohorts",
         QT_TRANSLATE_NOOP("Cli", "of each month's new members, how many bought in each month after")},
        {"feedback", QT_TRANSLATE_NOOP("Cli", "NPS and CSAT, and their trend by month")},
        {"actions", QT_TRANSLATE_NOOP("Cli", "members to call, write to or thank, as of today")},
    };
    for (const auto &[kind, summary] : kinds) {
        QVector<Option> options {
            {QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), QT_TRANSLATE_NOOP("Cli", "the first day"),
             true},
            {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), QT_TRANSLATE_NOOP("Cli", "the last day"),
             true},
            {QStringLiteral("till"), QStringLiteral("T"),
             QT_TRANSLATE_NOOP("Cli", "only this till (its name or UUID; default: every till)")}};
        const QString name = QLatin1String(kind);
        if (name == QLatin1String("sales"))
            options.push_back({QStringLiteral("group"), QStringLiteral("day|week|month"),
                               QT_TRANSLATE_NOOP("Cli", "the series by day (default), week or month")});
        if (name == QLatin1String("cohorts"))
            options.push_back({QStringLiteral("months"), QStringLiteral("N"),
                               QT_TRANSLATE_NOOP("Cli", "how many months of cohorts (default 12)")});
        r.add({QStringLiteral("report ") + name, {}, summary, options, [name](Session &s, const Args &a) {
                   return report(s, a, name);
               }});
    }
}

} // namespace Cli
