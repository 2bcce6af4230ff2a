#pragma once

#include "context.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>
#include <memory>
#include <optional>

class PragmaGuard;

struct ExpiryReport
{
    qint64 members = 0;
    qint64 points = 0;
    QDate doneThrough; // lots that expired before this day are settled
};

// Where a run of expiry stands. A run settles the lots that expired in [from, target), member by
// member in id order; its state is kept in the setting expiry.run by every step, so a run stopped or
// killed goes on where its last committed step ended.
struct ExpiryProgress
{
    qint64 lots = 0; // lots settled by the run so far
    qint64 lotsTotal = 0; // lots whose expiry day is in the run's range, counted when it began
    qint64 members = 0; // 'expire' entries written by the run
    qint64 points = 0;
    qint64 after = 0; // the last member settled
    QDate from; // invalid: from the beginning
    QDate target; // lots expired before this day
    QDateTime asOf; // when the last step committed
    bool done = false;
    // Of this process only: the steps it ran and its longest write transaction.
    qint64 steps = 0;
    qint64 stepMsMax = 0;
    qint64 restarts = 0; // checkpoints that waited for the log to start again (sales back to back)
    qint64 shortSteps = 0; // steps kept short because other connections were writing (sales)
    int percent() const;
};

// Points expire: every lot whose expiry day is over loses what is left of it, as one 'expire'
// ledger entry per member with allocations naming the lots. Running it again changes nothing: a
// settled lot has nothing left. The day up to which lots were settled is kept (setting
// expiry.done_through), so a daily run reads only the lots that expired since.
//
// ExpiryRun does it in steps: each step is one BEGIN IMMEDIATE transaction that settles whole members
// until its time budget is spent (about 50 ms), so a sale on another connection commits between two
// steps. Within a step, members go a window at a time and set-wise: the window's lots into a table
// of the connection, then one statement each for the entries, the allocations and the balances.
// The run's state goes in the same transaction, and the 'points.expire' audit record and
// expiry.done_through with the step that finishes the run.
class ExpiryRun
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryService)
public:
    // full: every expired lot, not only those since the last run (after a sync brought old lots).
    // budgetMs bounds a step while nobody else writes; while others do (sales on the till's
    // connection or another program's), steps hold the lock at most kBusyBudgetMs.
    explicit ExpiryRun(const ServiceContext &ctx, bool full = false, int budgetMs = 50);
    static constexpr int kBusyBudgetMs = 3;
    ~ExpiryRun();
    ExpiryRun(const ExpiryRun &) = delete;
    ExpiryRun &operator=(const ExpiryRun &) = delete;

    // Reads the run left unfinished, or counts the lots of a new one (a read: no write lock).
    Result<void> start();
    // One step; true once the run is finished (then every later step is a no-op returning true).
    Result<bool> step();
    const ExpiryProgress &progress() const { return m_progress; }

    // Runs of more lots than this walk the ledger in member order, a window of members at a time;
    // smaller ones read the lots by their expiry day (a daily run). Tests lower it.
    void setSmallRun(qint64 lots) { m_smallRun = lots; }
    // The log's size in pages past which a checkpoint waits for it to start again (tests lower it).
    void setRestartLogPages(int pages) { m_restartLogPages = pages; }
    // Steps between two checkpoints (tests lower it).
    void setStepsPerCheckpoint(int steps) { m_stepsPerCheckpoint = qMax(1, steps); }
    // Tests: called before a step commits; an error abandons the step as a kill would.
    void setBeforeCommit(std::function<Result<void>()> hook) { m_beforeCommit = std::move(hook); }

    // The run this file holds unfinished, if any (the reports say their figures are partial).
    static Result<std::optional<ExpiryProgress>> pending(Database &db);
    // "Settling expired points: 1,234,000 of 8,500,000 lots", in the locale's numbers.
    static QString describe(const ExpiryProgress &p);

private:
    Result<void> prepare();
    bool othersWriting();
    Result<bool> settleInTransaction(qint64 budgetMs, bool busy);
    Result<void> settleWindow(qint64 upto, qint64 limit, bool *cut);
    Result<void> fill(qint64 after, qint64 upto, qint64 limit, qint64 *count);
    Result<void> saveState(bool finished);
    Result<void> finish();

    ServiceContext m_ctx;
    bool m_full;
    int m_budgetMs;
    qint64 m_window = 2000; // members per window of the member-order scan; grows while steps are short
    static constexpr qint64 kMinLots = 8, kMaxLots = 1 << 16;
    // Lots a window settles at most, for full steps and for short ones; follows the time it took.
    qint64 m_lotLimit[2] = {kMinLots, kMinLots};
    qint64 m_dataVersion = -1; // PRAGMA data_version at the last step: moves with others' commits
    QElapsedTimer m_othersWrote; // since another connection's commit was last seen
    qint64 m_lastCommitMs = 0;
    qint64 m_smallRun = 20000;
    int m_restartLogPages = 16384; // 64 MB of 4 KiB pages
    // The pages every step rewrites (the tails of the ledger, the allocations, the outbox, the
    // members' balances) are copied once for all the steps between two checkpoints: at a million
    // members, 32 instead of 8 took a third off the checkpoints' time.
    int m_stepsPerCheckpoint = 32;
    bool m_allHere = false; // every ledger row is this terminal's (asked at each step)
    ExpiryProgress m_progress;
    QDateTime m_now;
    std::unique_ptr<PragmaGuard> m_sync;
    std::unique_ptr<PragmaGuard> m_autoCheckpoint;
    std::unique_ptr<PragmaGuard> m_foreignKeys;
    QString m_reason;
    struct Statements;
    std::unique_ptr<Statements> m_q;
    std::function<Result<void>()> m_beforeCommit;
};

class ExpiryService
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryService)
public:
    explicit ExpiryService(const ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }
    // The whole run, step after step; onStep (optional) sees the progress after each and stops the
    // run by returning false (what was settled stays, the next run goes on from there).
    Result<ExpiryReport> run(bool full = false,
                             const std::function<bool(const ExpiryProgress &)> &onStep = {});

private:
    ServiceContext m_ctx;
};
