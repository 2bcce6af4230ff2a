#include "settlerunner.h"

#include "backup.h"
#include "expiryservice.h"
#include "levelservice.h"
#include "membersearch.h"
#include "sqlite/pragmaguard.h"
#include "sqlite/writerswaiting.h"
#include "terminalservice.h"

#include <QElapsedTimer>
#include <QMetaObject>

SettleRunner::SettleRunner(const QString &dbPath, QObject *parent)
    : QObject(parent)
    , m_path(dbPath)
{
}

SettleRunner::~SettleRunner()
{
    stop();
}

void SettleRunner::stop()
{
    if (!m_thread)
        return;
    m_stop->store(true);
    m_thread->wait();
    delete m_thread.data(); // its finished() handler goes with this runner
}

bool SettleRunner::start(const Actor &actor, bool withQuickCheck)
{
    if (m_thread)
        return false;
    m_stop->store(false);
    auto summary = std::make_shared<Summary>();
    m_thread
        = QThread::create([this, actor, withQuickCheck, summary] { work(actor, withQuickCheck, *summary); });
    QThread *thread = m_thread;
    connect(m_thread, &QThread::finished, this, [this, thread, summary] {
        if (m_thread != thread)
            return; // stopped and deleted: nobody waits for its end
        m_thread->deleteLater();
        m_thread = nullptr;
        emit progress(QString());
        emit finished(*summary);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

// On the worker: the text goes to the window's thread, and is dropped if the runner is gone.
void SettleRunner::say(const QString &text)
{
    QMetaObject::invokeMethod(
        this, [this, text] { emit progress(text); }, Qt::QueuedConnection);
}

void SettleRunner::pause() const
{
    // A sale of this process that waits for the lock ended the step early (ExpiryRun asks
    // WritersWaiting between windows): the next step waits until the sale has the lock.
    WritersWaiting::yieldTo(m_pauseMs, m_stop.get());
}

Result<bool> SettleRunner::stepWithRetries(const std::function<Result<bool>()> &step) const
{
    // Another program may hold the write lock longer than the busy timeout (a backup being
    // restored, the command line's own run): a step is all or nothing, so it is simply tried again.
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        auto r = step();
        if (r || r.error().kind != Error::Storage || attempt == kAttempts || m_stop->load())
            return r;
        for (int i = 0; i < 10 && !m_stop->load(); ++i)
            QThread::msleep(100);
    }
}

void SettleRunner::work(const Actor &actor, bool withQuickCheck, Summary &summary)
{
    auto db = Database::open(m_path, Database::Mode::ExistingOnly);
    if (!db) {
        summary.error = db.error().message;
        return;
    }
    auto terminal = TerminalService(*db.value(), Clock::system()).local();
    if (!terminal) {
        summary.error = terminal.error().message;
        return;
    }
    // The worker's own connection: a step lost to a power cut is settled again by the next round
    // (each step's rows and state commit together; WAL at NORMAL never corrupts), so no fsync per
    // step; the sales on the window's connection keep FULL.
    PragmaGuard::set(*db.value(), "synchronous", "NORMAL");
    ServiceContext ctx(*db.value(), Clock::system(), terminal.value(), actor);
    QElapsedTimer expiry;
    expiry.start();
    if (!settleExpiry(ctx, summary))
        return;
    summary.expiryMs = expiry.elapsed();
    if (!reviewLevels(ctx, summary))
        return;
    // Once a day, which search trigrams are common: read here, written in a short transaction.
    if (auto r = MemberSearch(ctx.db).refreshIfStale(ctx.terminal.uuid, ctx.clock.nowUtc(), 86400); !r)
        qWarning("search statistics: %s %s", qPrintable(r.error().message), qPrintable(r.error().detail));
    db.value().reset();
    if (withQuickCheck && !m_stop->load()) {
        say(tr("Checking the database…"));
        // PRAGMA quick_check reads the whole file (about 3 s at a million members).
        if (auto r = Backup::quickCheck(m_path, m_stop.get()); !r && !m_stop->load())
            summary.damage = r.error().message;
    }
}

bool SettleRunner::settleExpiry(ServiceContext &ctx, Summary &summary)
{
    // A run left from an earlier day (a till switched off) is finished first, then the days since.
    for (;;) {
        ExpiryRun run(ctx, false, m_budgetMs);
        if (auto s = run.start(); !s) {
            summary.error = tr("Expired points could not be settled: %1").arg(s.error().message);
            return false;
        }
        const qint64 lotsBefore = run.progress().lots;
        const qint64 membersBefore = run.progress().members;
        QElapsedTimer said;
        for (;;) {
            if (m_stop->load())
                return false;
            if (!said.isValid() || said.elapsed() >= 250) {
                if (run.progress().lotsTotal > 0)
                    say(ExpiryRun::describe(run.progress()));
                said.start();
            }
            auto step = stepWithRetries([&] { return run.step(); });
            if (!step) {
                summary.error = tr("Expired points could not be settled: %1").arg(step.error().message);
                return false;
            }
            if (step.value())
                break;
            pause();
        }
        summary.lots += run.progress().lots - lotsBefore;
        summary.members += run.progress().members - membersBefore;
        summary.steps += run.progress().steps;
        summary.stepMsMax = qMax(summary.stepMsMax, run.progress().stepMsMax);
        if (run.progress().target >= ctx.clock.today())
            return true;
    }
}

bool SettleRunner::reviewLevels(ServiceContext &ctx, Summary &summary)
{
    // Club levels go down at the end of the period: on the first round of each month.
    LevelRun run(ctx);
    if (auto s = run.start(); !s) {
        summary.error = tr("Club levels could not be reviewed: %1").arg(s.error().message);
        return false;
    }
    QElapsedTimer said;
    while (!run.progress().done) {
        if (m_stop->load())
            return false;
        if (!said.isValid() || said.elapsed() >= 250) {
            say(LevelRun::describe(run.progress()));
            said.start();
        }
        auto step = stepWithRetries([&] { return run.step(); });
        if (!step) {
            summary.error = tr("Club levels could not be reviewed: %1").arg(step.error().message);
            return false;
        }
        if (!step.value())
            pause();
    }
    summary.steps += run.progress().steps;
    return true;
}
