#include "expiryservice.h"

#include "auditservice.h"
#include "ids.h"
#include "membertotals.h"
#include "repositories.h"
#include "sqlexec.h"
#include "sqlite/pragmaguard.h"
#include "sqlite/statement.h"
#include "sqlite/writerswaiting.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QThread>

namespace {
const QString kDoneThrough = QStringLiteral("expiry.done_through");
const QString kRun = QStringLiteral("expiry.run"); // the run under way, as JSON; {} when none
const QString kBeginning = QStringLiteral("0000-00-00");
constexpr qint64 kMaxWindow = 1 << 20;
// ExpiryService's steps and the pause after each: short enough that a sale of another process,
// whose busy handler retries 1, 3, 8, 18 ms after it began, waits a few milliseconds.
constexpr int kStepMs = 8;
constexpr int kPauseMs = 4;

// A lot is usable through its expiry day and gone the day after (docs/pricing.md). It expires at the
// terminal that made it, and only there: every terminal runs this, and two that expired the same lot
// would take its points twice once they synced (docs/sync-format.md).
QByteArray lotsQuery(const char *index)
{
    return QByteArray("SELECT l.id, l.member_id, l.points - coalesce((SELECT sum(a.points) FROM "
                      "points_allocations a WHERE a.lot_id = l.id), 0) FROM points_ledger l INDEXED BY ")
        + index
        + " WHERE l.member_id > ? AND l.member_id <= ? AND l.expires_on IS NOT NULL AND l.expires_on >= ? "
          "AND l.expires_on < ? AND l.points > 0 AND l.origin_terminal = ? ORDER BY l.member_id, l.id";
}

QString dayOrBeginning(const QDate &d)
{
    return d.isValid() ? Ids::dayText(d) : kBeginning;
}
bool readState(const QString &json, ExpiryProgress &p)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QDate target = Ids::fromDayText(o.value(QLatin1String("target")).toString());
    if (!target.isValid())
        return false;
    const QString from = o.value(QLatin1String("from")).toString();
    p.from = from == kBeginning ? QDate() : Ids::fromDayText(from);
    p.target = target;
    p.after = o.value(QLatin1String("after")).toInteger();
    p.lots = o.value(QLatin1String("lots")).toInteger();
    p.lotsTotal = o.value(QLatin1String("total")).toInteger();
    p.members = o.value(QLatin1String("members")).toInteger();
    p.points = o.value(QLatin1String("points")).toInteger();
    p.asOf = Ids::fromUtcText(o.value(QLatin1String("at")).toString());
    return true;
}
} // namespace

// Prepared once per run and reused by every step: SQLite's own statements, no QVariant per value.
struct ExpiryRun::Statements
{
    explicit Statements(Database &db)
        : byMember(db, lotsQuery("points_ledger_member"), Statement::Kind::Persistent)
        , byExpiry(db, lotsQuery("points_ledger_expiry"), Statement::Kind::Persistent)
        , allocation(db,
                     "INSERT INTO points_allocations (uuid, entry_id, lot_id, points) VALUES (?, ?, ?, ?)",
                     Statement::Kind::Persistent)
        , maxMember(db, "SELECT coalesce(max(member_id), 0) FROM points_ledger", Statement::Kind::Persistent)
        , ledger(db)
        , totals(db)
    {
    }
    bool ok() const { return byMember.ok() && byExpiry.ok() && allocation.ok() && maxMember.ok(); }
    const Statement &failed() const
    {
        return !byMember.ok()  ? byMember
            : !byExpiry.ok()   ? byExpiry
            : !allocation.ok() ? allocation
                               : maxMember;
    }
    Statement byMember;
    Statement byExpiry;
    Statement allocation;
    Statement maxMember;
    LedgerRepository ledger;
    MemberTotals totals;
};

int ExpiryProgress::percent() const
{
    if (done)
        return 100;
    return lotsTotal > 0 ? int(qBound<qint64>(qint64(0), lots * 100 / lotsTotal, qint64(99))) : 0;
}

ExpiryRun::ExpiryRun(const ServiceContext &ctx, bool full, int budgetMs)
    : m_ctx(ctx)
    , m_full(full)
    , m_budgetMs(qMax(1, budgetMs))
    // A step lost to a power cut is settled again by the next run (its rows and the run's state
    // commit together, and WAL at NORMAL never corrupts): no fsync per step. Put back when the run
    // goes, for the connection may be shared (the command line's session).
    , m_sync(std::make_unique<PragmaGuard>(ctx.db, "synchronous", QByteArray("NORMAL")))
    , m_reason(tr("Points expired"))
{
}

ExpiryRun::~ExpiryRun() = default;

Result<void> ExpiryRun::start()
{
    SettingsRepository settings(m_ctx.db);
    auto stored = settings.value(kRun);
    if (!stored)
        return stored.error();
    const bool resumed = stored->has_value() && readState(stored->value(), m_progress);
    if (resumed && (!m_full || !m_progress.from.isValid()))
        return {};
    if (resumed) {
        // A full sweep asked while a run is under way: the same run, from the first member and the
        // first day; what it settled stays settled (a settled lot has nothing left).
        m_progress.from = QDate();
        m_progress.after = 0;
    } else {
        auto since = settings.value(kDoneThrough);
        if (!since)
            return since.error();
        m_progress.from = m_full || !since->has_value() ? QDate() : Ids::fromDayText(since->value());
        m_progress.target = m_ctx.clock.today();
    }
    // The lots to look at, for the progress and to choose how to read them: the expiry index
    // alone, no write lock (about a second for 10 million lots, on the worker's connection).
    auto count = Sql::exec(m_ctx.db,
                           QStringLiteral("SELECT count(*) FROM points_ledger WHERE expires_on IS NOT NULL "
                                          "AND expires_on >= ? AND expires_on < ?"),
                           {dayOrBeginning(m_progress.from), Ids::dayText(m_progress.target)},
                           tr("The expiring points cannot be read."));
    if (!count)
        return count.error();
    m_progress.lotsTotal = count->next() ? count->value(0).toLongLong() : 0;
    return {};
}

Result<bool> ExpiryRun::step()
{
    if (m_progress.done)
        return true;
    if (!m_progress.target.isValid()) {
        if (auto s = start(); !s)
            return s.error();
    }
    QElapsedTimer timer;
    timer.start();
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    m_now = m_ctx.clock.nowUtc();
    // Another runner on the same file (the command line beside the till) may have moved the run on:
    // the stored state, read under the write lock, is the truth.
    auto stored = SettingsRepository(m_ctx.db).value(kRun);
    if (!stored)
        return stored.error();
    ExpiryProgress storedRun;
    if (stored->has_value() && readState(stored->value(), storedRun)) {
        const qint64 total = m_progress.lotsTotal;
        const QDate from = m_progress.from;
        const qint64 after = m_progress.after;
        readState(stored->value(), m_progress);
        if (m_full && !from.isValid() && m_progress.from.isValid()) {
            m_progress.from = from; // the full sweep start() began
            m_progress.after = after;
        }
        m_progress.lotsTotal = qMax(total, m_progress.lotsTotal);
    } else if (m_progress.asOf.isValid()) {
        m_progress.done = true; // the run this one resumed was finished elsewhere
        return true;
    }
    const qint64 commitReserve = qMin<qint64>(m_lastCommitMs, m_budgetMs / 2);
    bool finished = true;
    if (!m_progress.from.isValid() || m_progress.from < m_progress.target) {
        auto settled = settleInTransaction(m_budgetMs - commitReserve);
        if (!settled)
            return settled.error();
        finished = settled.value();
    }
    m_progress.asOf = m_now;
    if (auto w = finished ? finish() : saveState(false); !w)
        return w.error();
    if (m_beforeCommit) {
        if (auto h = m_beforeCommit(); !h)
            return h.error();
    }
    const qint64 beforeCommit = timer.elapsed();
    if (auto c = tx.commit(); !c)
        return c.error();
    m_lastCommitMs = timer.elapsed() - beforeCommit;
    ++m_progress.steps;
    m_progress.stepMsMax = qMax(m_progress.stepMsMax, timer.elapsed());
    m_progress.done = finished;
    return finished;
}

Result<bool> ExpiryRun::settleInTransaction(qint64 budgetMs)
{
    if (!m_q) {
        m_q = std::make_unique<Statements>(m_ctx.db);
        if (!m_q->ok()) {
            const Error e = m_q->failed().error(tr("The expiring points cannot be read."));
            m_q.reset();
            return e;
        }
    }
    QElapsedTimer timer;
    timer.start();
    Statement &mm = m_q->maxMember;
    if (mm.step() != Statement::Step::Row) {
        const Error e = mm.error(tr("The expiring points cannot be read."));
        mm.rearm();
        return e;
    }
    const qint64 maxMember = mm.int64(0);
    mm.reset();
    const bool small = m_progress.lotsTotal <= m_smallRun;
    while (m_progress.after < maxMember) {
        const qint64 upto = small ? maxMember : qMin(maxMember, m_progress.after + m_window);
        const qint64 windowStart = timer.elapsed();
        bool stopped = false;
        if (auto w = settleWindow(upto, maxMember, budgetMs - timer.elapsed(), &stopped); !w)
            return w.error();
        if (stopped)
            return false;
        // Windows with few lots in them (members of other terminals, lots spent long ago): wider.
        if (timer.elapsed() - windowStart < budgetMs / 8)
            m_window = qMin(kMaxWindow, m_window * 2);
        if ((timer.elapsed() >= budgetMs || WritersWaiting::count() > 0) && m_progress.after < maxMember)
            return false;
    }
    return true;
}

Result<bool> ExpiryRun::settleWindow(qint64 upto, qint64 maxMember, qint64 budgetMs, bool *stopped)
{
    Q_UNUSED(maxMember);
    QElapsedTimer timer;
    timer.start();
    const bool small = m_progress.lotsTotal <= m_smallRun;
    Statement &q = small ? m_q->byExpiry : m_q->byMember;
    q.rearm();
    q.bind(1, m_progress.after);
    q.bind(2, upto);
    q.bindTextCopy(3, dayOrBeginning(m_progress.from).toUtf8());
    q.bindTextCopy(4, Ids::dayText(m_progress.target).toUtf8());
    q.bindTextCopy(5, m_ctx.terminal.uuid.toUtf8());
    qint64 member = 0;
    QVector<Lot> lots;
    Statement::Step row;
    while ((row = q.step()) == Statement::Step::Row) {
        const qint64 m = q.int64(1);
        if (m != member && member != 0) {
            // Whole members only: the writes of one go in with its lots, then the budget is asked,
            // and whether a sale of this process waits for the lock (it goes first).
            if (auto w = settleMember(member, lots); !w) {
                q.reset();
                return w.error();
            }
            lots.clear();
            m_progress.after = member;
            if (timer.elapsed() >= budgetMs || WritersWaiting::count() > 0) {
                q.reset();
                *stopped = true;
                return true;
            }
        }
        member = m;
        const qint64 left = q.int64(2);
        if (left > 0)
            lots.push_back({q.int64(0), left});
    }
    if (row == Statement::Step::Failed) {
        const Error e = q.error(tr("The expiring points cannot be read."));
        q.rearm();
        return e;
    }
    q.reset();
    if (member != 0) {
        if (auto w = settleMember(member, lots); !w)
            return w.error();
    }
    m_progress.after = upto;
    return true;
}

Result<void> ExpiryRun::settleMember(qint64 member, const QVector<Lot> &lots)
{
    if (lots.isEmpty())
        return {};
    qint64 points = 0;
    for (const Lot &lot : lots)
        points += lot.left;
    LedgerEntryRecord e;
    e.uuid = Ids::newUuid(m_now);
    e.originTerminal = m_ctx.terminal.uuid;
    e.memberId = member;
    e.kind = QStringLiteral("expire");
    e.points = -points;
    e.reason = m_reason;
    e.staffId = m_ctx.actor.staffId;
    e.createdAt = m_now;
    if (auto w = m_q->ledger.insert(e); !w)
        return w.error();
    Statement &a = m_q->allocation;
    for (const Lot &lot : lots) {
        const QByteArray uuid = Ids::newUuid(m_now).toLatin1();
        a.bindText(1, uuid);
        a.bind(2, e.id);
        a.bind(3, lot.id);
        a.bind(4, lot.left);
        const bool ran = a.run();
        const Error failure = ran ? Error() : a.error(tr("The points cannot be recorded."));
        a.rearm();
        if (!ran)
            return failure;
    }
    if (auto w = m_q->totals.addPoints(member, -points, m_now); !w)
        return w.error();
    m_progress.lots += lots.size();
    ++m_progress.members;
    m_progress.points += points;
    return {};
}

Result<void> ExpiryRun::saveState(bool finished)
{
    QString json = QStringLiteral("{}"); // no run under way
    if (!finished) {
        const QJsonObject o {{QStringLiteral("from"), dayOrBeginning(m_progress.from)},
                             {QStringLiteral("target"), Ids::dayText(m_progress.target)},
                             {QStringLiteral("after"), m_progress.after},
                             {QStringLiteral("lots"), m_progress.lots},
                             {QStringLiteral("total"), m_progress.lotsTotal},
                             {QStringLiteral("members"), m_progress.members},
                             {QStringLiteral("points"), m_progress.points},
                             {QStringLiteral("at"), Ids::utcText(m_now)}};
        json = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return SettingsRepository(m_ctx.db).setValue(kRun, json, m_ctx.terminal.uuid, m_now);
}

Result<void> ExpiryRun::finish()
{
    SettingsRepository settings(m_ctx.db);
    if (auto w = settings.setValue(kDoneThrough, Ids::dayText(m_progress.target), m_ctx.terminal.uuid, m_now);
        !w)
        return w;
    if (auto w = saveState(true); !w)
        return w;
    if (m_progress.points <= 0)
        return {};
    // One record for the run, in the step that ends it: a stopped run has none until it is finished.
    ServiceContext ctx = m_ctx;
    auto a = AuditService(ctx).record(QStringLiteral("points.expire"), QStringLiteral("ledger"), {}, {},
                                      {{QStringLiteral("members"), m_progress.members},
                                       {QStringLiteral("points"), m_progress.points},
                                       {QStringLiteral("lots"), m_progress.lots},
                                       {QStringLiteral("before"), Ids::dayText(m_progress.target)}});
    if (!a)
        return a.error();
    return {};
}

Result<std::optional<ExpiryProgress>> ExpiryRun::pending(Database &db)
{
    auto stored = SettingsRepository(db).value(kRun);
    if (!stored)
        return stored.error();
    if (!stored->has_value() || stored->value().isEmpty())
        return std::optional<ExpiryProgress>();
    ExpiryProgress p;
    if (!readState(stored->value(), p))
        return std::optional<ExpiryProgress>();
    return std::optional<ExpiryProgress>(p);
}

QString ExpiryRun::describe(const ExpiryProgress &p)
{
    const QLocale locale;
    return tr("Settling expired points: %1 of %2 lots")
        .arg(locale.toString(p.lots), locale.toString(qMax(p.lots, p.lotsTotal)));
}

Result<ExpiryReport> ExpiryService::run(bool full, const std::function<bool(const ExpiryProgress &)> &onStep)
{
    ExpiryReport report;
    // A run left from an earlier day is finished first, then the days since are settled.
    const int stepMs = kStepMs;
    const int pauseMs = kPauseMs;
    for (;;) {
        ExpiryRun run(m_ctx, full, stepMs);
        if (auto s = run.start(); !s)
            return s.error();
        for (bool first = true;; first = false) {
            // Between two steps the lock is free for a while: a sale of another process (the till
            // beside the command line) gets in at its busy handler's next retry.
            if (!first && pauseMs > 0)
                QThread::msleep(static_cast<unsigned long>(pauseMs));
            auto step = run.step();
            if (!step)
                return step.error();
            if (onStep && !onStep(run.progress()) && !step.value()) {
                report.members += run.progress().members;
                report.points += run.progress().points;
                return report;
            }
            if (step.value())
                break;
        }
        report.members += run.progress().members;
        report.points += run.progress().points;
        report.doneThrough = run.progress().target;
        if (report.doneThrough >= m_ctx.clock.today())
            return report;
        full = false;
    }
}
