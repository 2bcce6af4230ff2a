#pragma once

#include "context.h"
#include "sqlite/writerswaiting.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

// The till's background rounds, one after the other on a worker thread with a connection of its
// own, after the window is up: points expiry and the club level review in bounded steps (ExpiryRun,
// LevelRun: each a write transaction of about 50 ms, with a pause after it so that a sale on the
// till's connection takes the lock between two steps), the search statistics, then (at start) the
// quick check of the file. Never two rounds at once; stop() ends the round after the step under way.
class SettleRunner : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        qint64 lots = 0; // expired lots settled by this round
        qint64 members = 0; // members whose points expired
        qint64 steps = 0; // write transactions of expiry and the review
        qint64 stepMsMax = 0; // the longest of them
        qint64 expiryMs = 0; // the wall time expiry took, steps and the pauses between them
        QString error; // the first failure, in the user's words; empty when all went well
        QString damage; // what the quick check found; empty when the file is sound
    };

    explicit SettleRunner(const QString &dbPath, QObject *parent = nullptr);
    ~SettleRunner() override; // stops and waits: at most one step

    // A round as `actor`; false (and nothing done) when one is still running.
    bool start(const Actor &actor, bool withQuickCheck);
    bool running() const { return !m_thread.isNull(); }
    void stop();

    // The pause after each step, for the tests (0: none).
    void setPauseMs(int ms) { m_pauseMs = ms; }
    // The time budget of each expiry step, for the tests (ExpiryRun's default otherwise).
    void setStepBudgetMs(int ms) { m_budgetMs = ms; }

signals:
    // What the round does, in words ("Settling expired points: 1,234,000 of 8,500,000 lots"); empty
    // when it is done.
    void progress(const QString &text);
    void finished(const SettleRunner::Summary &summary);

private:
    void work(const Actor &actor, bool withQuickCheck, Summary &summary);
    bool settleExpiry(ServiceContext &ctx, Summary &summary);
    bool reviewLevels(ServiceContext &ctx, Summary &summary);
    void say(const QString &text);
    Result<bool> stepWithRetries(const std::function<Result<bool>()> &step) const;
    void pause() const;

    QString m_path;
    QPointer<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    int m_pauseMs = WritersWaiting::kPauseMs;
    int m_budgetMs = 50;
};
