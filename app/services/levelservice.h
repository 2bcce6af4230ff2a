#pragma once

#include "context.h"
#include "offers.h"

#include <QCoreApplication>

#include <memory>

struct LevelReview
{
    qint64 members = 0; // members whose level went down
    QString period; // the month reviewed ("2026-11"); empty when it was already done
};

// Where a review stands: members are read in id order, the last one read is kept (setting
// levels.review_run) by every step, so a stopped review goes on from there.
struct LevelProgress
{
    QString month;
    qint64 after = 0; // the last member reviewed
    qint64 lastMember = 0; // the highest member id when the review began
    qint64 down = 0;
    bool done = false;
    bool reviewed = false; // members are read (not only the terminal's first month marked)
    qint64 steps = 0; // of this process
    int percent() const;
};

// Club levels go up during the sale that crosses a threshold (CheckoutService) and down only at the
// period's end: on the first run in a new month, every member holding a level their spend over the
// level period (counted to the start of this month) no longer reaches is moved to the level it does
// reach. Idempotent: the month done is kept in the setting levels.reviewed_through, set by the step
// that reviews the last member. Each step is one BEGIN IMMEDIATE transaction of about 50 ms.
class LevelRun
{
    Q_DECLARE_TR_FUNCTIONS(LevelService)
public:
    explicit LevelRun(const ServiceContext &ctx, int budgetMs = 50);
    ~LevelRun();
    LevelRun(const LevelRun &) = delete;
    LevelRun &operator=(const LevelRun &) = delete;

    Result<void> start(); // is a review due? (reads only)
    Result<bool> step(); // true once the month is reviewed
    const LevelProgress &progress() const { return m_progress; }
    static QString describe(const LevelProgress &p);

private:
    Result<bool> reviewSome(qint64 budgetMs);
    Result<void> saveState(bool finished);

    ServiceContext m_ctx;
    int m_budgetMs;
    LevelProgress m_progress;
    LevelRules m_rules;
    bool m_firstMonth = false; // nothing behind it yet: the month is only marked
    QDateTime m_now;
    struct Statements;
    std::unique_ptr<Statements> m_q;
};

class LevelService
{
    Q_DECLARE_TR_FUNCTIONS(LevelService)
public:
    explicit LevelService(const ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }
    // The whole review, step after step.
    Result<LevelReview> review();

private:
    ServiceContext m_ctx;
};
