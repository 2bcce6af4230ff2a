#pragma once

#include "context.h"

#include <QCoreApplication>
#include <QDate>

// What the manager's reports say (docs/metrics.md has every formula). Each function is a read on the
// connection it is given: the reports window runs them on a worker thread with its own connection.
// Sales and points read the daily rollups kept by triggers (schema v7), members and feedback read
// indexes made for them; none reads the whole of purchases.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)
public:
    struct Period
    {
        QDate from, to; // business days, both included
        QString terminal; // empty: every terminal
        int days() const { return int(from.daysTo(to)) + 1; }
    };
    // A range that ends before it starts, or of more than ten years, is refused in words.
    static Result<void> check(const Period &p);

    enum class Grouping
    {
        Day,
        Week, // ISO weeks, starting on Monday
        Month,
    };
    struct SalesBucket
    {
        QDate start;
        qint64 sales = 0;
        qint64 revenueMinor = 0;
    };
    struct Sales
    {
        qint64 sales = 0, refunds = 0;
        qint64 revenueMinor = 0; // money taken less money given back
        qint64 memberRevenueMinor = 0;
        qint64 discountMinor = 0;
        std::optional<qint64> averageCheckMinor; // none without sales
        std::optional<int> memberShareBasisPoints; // none without revenue
        QVector<SalesBucket> series;
    };
    Result<Sales> sales(const Period &p, Grouping g = Grouping::Day);

    struct Points
    {
        qint64 issued = 0, redeemed = 0, expired = 0, adjusted = 0;
        qint64 outstanding = 0; // every member's balance now
        qint64 liabilityMinor = 0; // what the outstanding points would pay; 0 when paying with points is off
        bool valued = false;
        // Refunds in the period that took back points the member had already spent (docs/pricing.md):
        // how many, and the points the balances went below zero by.
        qint64 overdrawnRefunds = 0, overdrawnPoints = 0;
    };
    Result<Points> points(const Period &p);

    struct Members
    {
        qint64 newMembers = 0; // enrolled in the period
        qint64 active = 0; // bought in the period
        qint64 repeat = 0; // bought twice or more in the period
        qint64 memberSales = 0;
        qint64 activeAtStart = 0; // S: bought in the 90 days before the period
        qint64 activeAtEnd = 0; // E: bought in the last 90 days of the period
        qint64 newActiveAtEnd = 0; // N: of E, enrolled in the period
        std::optional<int> retentionBasisPoints; // CRR = (E - N) / S; none when S = 0
        std::optional<int> churnBasisPoints; // 100% - CRR
        std::optional<int> repeatRateBasisPoints; // repeat / active
        std::optional<qint64> averageVisitsHundredths; // memberSales / active, x100
        std::optional<qint64> lifetimeValueMinor; // historic CLV
    };
    static constexpr int kActiveDays = 90;
    Result<Members> members(const Period &p);

    struct Feedback
    {
        qint64 npsAnswers = 0, promoters = 0, detractors = 0;
        std::optional<int> nps; // -100..100
        qint64 csatAnswers = 0, satisfied = 0;
        std::optional<int> csatBasisPoints; // share of 4 and 5
        struct Month
        {
            QDate month;
            std::optional<int> nps;
            std::optional<int> csatBasisPoints;
        };
        QVector<Month> trend;
    };
    Result<Feedback> feedback(const Period &p);

    // Action lists: members to call, write to, or thank.
    struct ListMember
    {
        qint64 id = 0;
        QString name, phone, email;
        bool smsConsent = false, emailConsent = false;
        QString detail; // what put them on the list: "birthday 26.11", "120 pts on 31.12.2026"
        qint64 pointsBalance = 0;
        qint64 spentMinor = 0;
        QDateTime lastVisit;
    };
    Result<QVector<ListMember>> birthdays(int days = 14);
    Result<QVector<ListMember>> expiringPoints(int days = 30);
    Result<QVector<ListMember>> notSeenFor(int days = 60, int limit = 500);
    Result<QVector<ListMember>> topMembers(int limit = 50);
    // Members whose balance is below zero (a refund of spent points, or later an offline overdraft).
    Result<QVector<ListMember>> belowZero(int limit = 500);

    // RFM: each member scored 1-5 on recency, frequency and money (fixed thresholds, docs/metrics.md),
    // and named by the first segment rule they meet.
    enum class Segment
    {
        New,
        Champions,
        Active,
        AtRisk,
        Lost,
    };
    static QString segmentName(Segment s);
    struct Segments
    {
        qint64 counts[5] = {0, 0, 0, 0, 0}; // by Segment
        qint64 total = 0;
    };
    Result<Segments> segments();
    Result<QVector<ListMember>> segmentMembers(Segment s, int limit = 500);

    // Cohorts by enrolment month: of the members who joined in a month, the share who bought in each
    // month after (0 = the month they joined).
    struct Cohort
    {
        QDate month;
        qint64 size = 0;
        QVector<qint64> active; // by months since joining
    };
    Result<QVector<Cohort>> cohorts(int months = 12);

    enum class Channel
    {
        Sms,
        Email,
    };
    // The list as CSV for a mailing: only members whose consent allows that channel and who have its
    // address; how many rows were written.
    static Result<qint64> exportCsv(const QVector<ListMember> &list, Channel channel, const QString &path);

    explicit ReportService(const ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }

private:
    // Every report needs Action::ViewReports (Error::Forbidden otherwise, and nothing read).
    Result<void> mayRead();

    ServiceContext m_ctx;
};
