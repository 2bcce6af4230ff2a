#include "expiryservice.h"

#include "auditservice.h"
#include "ids.h"
#include "lotleft.h"
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
#include <QScopeGuard>
#include <QSqlError>

namespace {
const QString kDoneThrough = QStringLiteral("expiry.done_through");
const QString kRun = QStringLiteral("expiry.run"); // the run under way, as JSON; {} when none
const QString kBeginning = QStringLiteral("0000-00-00");
constexpr qint64 kMaxWindow = 1 << 20;
// ExpiryService's steps and the pause after each: the command line may run beside a till whose
// first sale would otherwise meet a full step (its busy handler tries again every millisecond).
constexpr int kStepMs = 8;
constexpr int kPauseMs = 4;

// A lot is usable through its expiry day and gone the day after (docs/pricing.md). It expires at the
// terminal that made it, and only there: every terminal runs this, and two that expired the same lot
// would take its points twice once they synced (docs/sync-format.md).
// The lots of a window (members after ?1 up to ?2) that still hold points, in member order, at most ?6
// of them, into the step's table. `checkTerminal` compares each lot's terminal with ?5, which reads the lot's
// row from the ledger: at a million members that was half the time spent reading. A file that never took rows
// from another terminal holds only this one's lots, and the index alone answers.
QByteArray fillQuery(const char *index, bool checkTerminal)
{
    return QByteArray(
               "INSERT INTO temp.expiry_lots (member_id, lot_id, left) SELECT member_id, id, left FROM ("
               "SELECT l.id AS id, l.member_id AS member_id, ")
        + kLotLeft + " AS left FROM points_ledger l INDEXED BY " + index
        + " WHERE l.member_id > ?1 AND l.member_id <= ?2 AND l.expires_on IS NOT NULL AND l.expires_on >= ?3 "
          "AND l.expires_on < ?4 AND l.points > 0 AND "
        + (checkTerminal ? "l.origin_terminal = ?5" : "?5 IS NOT NULL")
        + ") WHERE left > 0 ORDER BY member_id, id LIMIT ?6";
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

// Steps a statement of one row (an aggregate); on a failure the error, the statement rearmed. The
// caller reads the row, then resets it.
Result<void> oneRow(Statement &st, const QString &what)
{
    if (st.step() == Statement::Step::Row)
        return {};
    const Error e = st.error(what);
    st.rearm();
    return e;
}
} // namespace

// Prepared once per run and reused by every step: SQLite's own statements, no QVariant per value.
// A step settles set-wise: the lots of a window of members go into a table of this connection, then
// one statement writes the members' 'expire' entries, one their allocations, one their balances.
struct ExpiryRun::Statements
{
    explicit Statements(Database &db)
        : table(db,
                "CREATE TEMP TABLE IF NOT EXISTS expiry_lots (member_id INTEGER NOT NULL, lot_id INTEGER NOT "
                "NULL, left INTEGER NOT NULL)")
        , created(table.ok() && table.run())
        , clear(db, "DELETE FROM temp.expiry_lots", Statement::Kind::Persistent)
        , byMember(db, fillQuery("points_ledger_member", true), Statement::Kind::Persistent)
        , byExpiry(db, fillQuery("points_ledger_expiry", true), Statement::Kind::Persistent)
        , byMemberAllHere(db, fillQuery("points_ledger_member", false), Statement::Kind::Persistent)
        , byExpiryAllHere(db, fillQuery("points_ledger_expiry", false), Statement::Kind::Persistent)
        // Rows of another terminal come only by sync, which remembers that terminal and the batch.
        , othersRows(db,
                     "SELECT EXISTS (SELECT 1 FROM terminals WHERE is_local = 0) OR EXISTS (SELECT 1 FROM "
                     "sync_batches WHERE direction IN ('import', 'pull'))",
                     Statement::Kind::Persistent)
        , span(db, "SELECT min(member_id), max(member_id) FROM temp.expiry_lots", Statement::Kind::Persistent)
        , dropLast(db, "DELETE FROM temp.expiry_lots WHERE member_id = ?", Statement::Kind::Persistent)
        , sums(db, "SELECT count(*), count(DISTINCT member_id), coalesce(sum(left), 0) FROM temp.expiry_lots",
               Statement::Kind::Persistent)
        , lastEntry(db, "SELECT coalesce(max(id), 0) FROM points_ledger", Statement::Kind::Persistent)
        // Ids given here, in member order, so that the allocations find their entry by member.
        , entries(
              db,
              "INSERT INTO points_ledger (id, uuid, origin_terminal, member_id, kind, points, reason, "
              "staff_id, "
              "created_at) SELECT ?1 + row_number() OVER (ORDER BY member_id), uuid_v7(?2), ?3, member_id, "
              "'expire', -sum(left), ?4, ?5, ?6 FROM temp.expiry_lots GROUP BY member_id ORDER BY member_id",
              Statement::Kind::Persistent)
        , allocations(
              db,
              "INSERT INTO points_allocations (uuid, entry_id, lot_id, points) SELECT uuid_v7(?2), e.id, "
              "l.lot_id, l.left FROM temp.expiry_lots l JOIN points_ledger e INDEXED BY points_ledger_member "
              "ON e.member_id = l.member_id AND e.id > ?1 ORDER BY l.rowid",
              Statement::Kind::Persistent)
        // The step writes what its lots gave into points_lot_spent itself, in member order: the
        // allocation trigger, which would look each lot's member up in the ledger, stands aside
        // while the step's transaction holds this row.
        , directOn(db, "INSERT OR IGNORE INTO points_lot_spent_direct VALUES (1)",
                   Statement::Kind::Persistent)
        , directOff(db, "DELETE FROM points_lot_spent_direct", Statement::Kind::Persistent)
        , lotSpent(
              db,
              "INSERT INTO points_lot_spent (member_id, lot_id, points) SELECT member_id, lot_id, left "
              "FROM temp.expiry_lots WHERE true ORDER BY member_id, lot_id ON CONFLICT (member_id, lot_id) "
              "DO UPDATE SET points = points + excluded.points",
              Statement::Kind::Persistent)
        , maxMember(db, "SELECT coalesce(max(member_id), 0) FROM points_ledger", Statement::Kind::Persistent)
        , dataVersion(db, "PRAGMA data_version", Statement::Kind::Persistent)
        , totals(db)
    {
    }
    bool ok() const { return created && !failed(); }
    const Statement *failed() const
    {
        for (const Statement *s : {&table, &clear, &byMember, &byExpiry, &byMemberAllHere, &byExpiryAllHere,
                                   &othersRows, &span, &dropLast, &sums, &lastEntry, &entries, &allocations,
                                   &directOn, &directOff, &lotSpent, &maxMember, &dataVersion})
            if (!s->ok())
                return s;
        return nullptr;
    }
    Statement table;
    bool created;
    Statement clear;
    Statement byMember;
    Statement byExpiry;
    Statement byMemberAllHere;
    Statement byExpiryAllHere;
    Statement othersRows;
    Statement span;
    Statement dropLast;
    Statement sums;
    Statement lastEntry;
    Statement entries;
    Statement allocations;
    Statement directOn;
    Statement directOff;
    Statement lotSpent;
    Statement maxMember;
    Statement dataVersion;
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
    // A commit that reaches the WAL's limit copies it into the file first (hundreds of milliseconds
    // at full size): the run checkpoints after each step instead, with the write lock free.
    , m_autoCheckpoint(std::make_unique<PragmaGuard>(ctx.db, "wal_autocheckpoint", QByteArray("0")))
    // Each allocation's lot would be looked up again for its foreign key, a random page of the ledger
    // per lot: the step read every lot from the ledger under the same write lock, and checks that each
    // found its member's new entry (settleWindow).
    , m_foreignKeys(std::make_unique<PragmaGuard>(ctx.db, "foreign_keys", QByteArray("OFF")))
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
    // Before the transaction: the step's table made inside one would go with its rollback.
    if (auto p = prepare(); !p)
        return p.error();
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    // A step that fails rolls back: the run's progress goes back with it, or a step tried again would
    // take the abandoned one's members (or its end) as settled.
    const ExpiryProgress before = m_progress;
    auto putBack = qScopeGuard([this, &before] { m_progress = before; });
    // From here the step holds the write lock: that is what the budget bounds (waiting for it is not).
    QElapsedTimer timer;
    timer.start();
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
        putBack.dismiss();
        m_progress.done = true; // the run this one resumed was finished elsewhere
        return true;
    }
    // While sales commit on other connections, short steps: a sale of another program meets the
    // lock held for a few milliseconds (this process's own sales also end a step early, below).
    const bool busy = othersWriting();
    const qint64 budget = busy ? qMin(m_budgetMs, kBusyBudgetMs) : m_budgetMs;
    const qint64 commitReserve = qMin<qint64>(m_lastCommitMs, budget / 2);
    bool finished = true;
    if (!m_progress.from.isValid() || m_progress.from < m_progress.target) {
        if (auto d = m_q->directOn.runChanges(tr("The points cannot be recorded.")); !d)
            return d.error();
        auto settled = settleInTransaction(budget - commitReserve, busy);
        if (!settled)
            return settled.error();
        finished = settled.value();
        if (auto d = m_q->directOff.runChanges(tr("The points cannot be recorded.")); !d)
            return d.error();
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
    putBack.dismiss();
    m_lastCommitMs = timer.elapsed() - beforeCommit;
    ++m_progress.steps;
    m_progress.shortSteps += busy ? 1 : 0;
    m_progress.stepMsMax = qMax(m_progress.stepMsMax, timer.elapsed());
    // A step far over its budget is a sale waiting that long: worth a line in the log, with where the
    // time went.
    if (timer.elapsed() > qMax<qint64>(200, 4 * m_budgetMs))
        qWarning("expiry: a step held the write lock %lld ms (settling %lld ms, commit %lld ms, %lld lots so "
                 "far, window %lld members, %lld lots at most)",
                 static_cast<long long>(timer.elapsed()), static_cast<long long>(beforeCommit),
                 static_cast<long long>(m_lastCommitMs), static_cast<long long>(m_progress.lots),
                 static_cast<long long>(m_window), static_cast<long long>(m_lotLimit[busy]));
    // Copies this step's pages into the file while a sale may write (PASSIVE takes no write lock);
    // a failure here loses nothing: the pages stay in the log for the next checkpoint.
    if (finished || m_progress.steps % m_stepsPerCheckpoint == 0) {
        auto c = m_ctx.db.checkpoint();
        if (!c)
            qWarning("expiry: %s", qPrintable(c.error().detail));
        // The log starts again from its beginning only at a write that meets no reader of it. Sales
        // back to back on other connections always have one, and the log then grew by every step to
        // gigabytes, which every read and the page cache paid for. Past m_restartLogPages the run waits
        // for the readers of the moment, new writers held back meanwhile: 10 ms at most, then it is
        // asked again at the next checkpoint (a report or `check` may read for much longer).
        else if (c.value() > m_restartLogPages) {
            bool readersStayed = false;
            if (auto r = m_ctx.db.checkpoint(Database::Checkpoint::Restart, &readersStayed); !r)
                qWarning("expiry: %s", qPrintable(r.error().detail));
            else if (!readersStayed)
                ++m_progress.restarts;
        }
    }
    m_progress.done = finished;
    return finished;
}

Result<void> ExpiryRun::prepare()
{
    if (m_q)
        return {};
    m_q = std::make_unique<Statements>(m_ctx.db);
    if (m_q->ok())
        return {};
    const Statement *bad = m_q->failed();
    const Error e = bad ? bad->error(tr("The expiring points cannot be read."))
                        : makeError(Error::Storage, tr("The expiring points cannot be read."));
    m_q.reset();
    return e;
}

// Under the write lock: did another connection commit since this run's last step, or does a sale
// of this process wait for the lock now? Either counts for a couple of seconds.
bool ExpiryRun::othersWriting()
{
    constexpr qint64 kBusyForMs = 2000;
    Statement &dv = m_q->dataVersion;
    const qint64 version = dv.step() == Statement::Step::Row ? dv.int64(0) : m_dataVersion;
    dv.reset();
    if ((m_dataVersion >= 0 && version != m_dataVersion) || WritersWaiting::count() > 0)
        m_othersWrote.start();
    m_dataVersion = version;
    return m_othersWrote.isValid() && m_othersWrote.elapsed() < kBusyForMs;
}

Result<bool> ExpiryRun::settleInTransaction(qint64 budgetMs, bool busy)
{
    QElapsedTimer timer;
    timer.start();
    Statement &mm = m_q->maxMember;
    if (auto r = oneRow(mm, tr("The expiring points cannot be read.")); !r)
        return r.error();
    const qint64 maxMember = mm.int64(0);
    mm.reset();
    // Asked under the write lock at every step: a sync may have brought another terminal's rows.
    Statement &others = m_q->othersRows;
    if (auto r = oneRow(others, tr("The expiring points cannot be read.")); !r)
        return r.error();
    m_allHere = others.int64(0) == 0;
    others.reset();
    const bool small = m_progress.lotsTotal <= m_smallRun;
    qint64 &lotLimit = m_lotLimit[busy];
    // Windows are planned within nine tenths of the budget: one that meets pages not in memory
    // overruns its estimate, and the step should still end near its budget.
    const qint64 planUs = qMax<qint64>(1, budgetMs * 900);
    while (m_progress.after < maxMember) {
        const qint64 upto = small ? maxMember : qMin(maxMember, m_progress.after + m_window);
        // In microseconds: a test's step of 1 ms holds a few windows. A window aims at an eighth of
        // the budget (about 6 ms of 50): a sale of this process waits for the window under way and
        // the commit, not for the rest of the step. The last window of a step gets what is left.
        const qint64 targetUs = qMax<qint64>(1, planUs / 8);
        const qint64 windowStart = timer.nsecsElapsed() / 1000;
        const qint64 left = qMax<qint64>(1, planUs - windowStart);
        const qint64 limit = qBound(kMinLots, lotLimit * qMin(left, targetUs) / targetUs, lotLimit);
        bool cut = false;
        if (auto w = settleWindow(upto, limit, &cut); !w)
            return w.error();
        const qint64 took = timer.nsecsElapsed() / 1000 - windowStart;
        // Windows with few lots in them (members of other terminals, lots spent long ago): wider. A
        // full window that went quickly: more lots at a time; a slow one: fewer.
        if (!cut && took < targetUs)
            m_window = qMin(kMaxWindow, m_window * 2);
        if (cut && limit == lotLimit && took * 2 < targetUs)
            lotLimit = qMin(kMaxLots, lotLimit * 2);
        else if (took * 2 > targetUs * 3)
            lotLimit = qMax(kMinLots, lotLimit / 2);
        if ((timer.nsecsElapsed() / 1000 >= planUs || WritersWaiting::count() > 0)
            && m_progress.after < maxMember)
            return false;
    }
    return true;
}

Result<void> ExpiryRun::fill(qint64 after, qint64 upto, qint64 limit, qint64 *count)
{
    const bool small = m_progress.lotsTotal <= m_smallRun;
    Statement &q = small ? (m_allHere ? m_q->byExpiryAllHere : m_q->byExpiry)
                         : (m_allHere ? m_q->byMemberAllHere : m_q->byMember);
    q.bind(1, after);
    q.bind(2, upto);
    q.bindTextCopy(3, dayOrBeginning(m_progress.from).toUtf8());
    q.bindTextCopy(4, Ids::dayText(m_progress.target).toUtf8());
    q.bindTextCopy(5, m_ctx.terminal.uuid.toUtf8());
    q.bind(6, limit);
    auto filled = q.runChanges(tr("The expiring points cannot be read."));
    if (!filled)
        return filled.error();
    *count = filled.value();
    return {};
}

Result<void> ExpiryRun::settleWindow(qint64 upto, qint64 limit, bool *cut)
{
    const QString cannotRead = tr("The expiring points cannot be read.");
    const QString cannotWrite = tr("The points cannot be recorded.");
    if (auto c = m_q->clear.runChanges(cannotRead); !c)
        return c.error();
    qint64 lots = 0;
    if (auto f = fill(m_progress.after, upto, limit, &lots); !f)
        return f;
    qint64 settledThrough = upto;
    *cut = lots >= limit;
    if (*cut) {
        // The limit may have cut the last member's lots: that member waits for the next window, or
        // is settled alone, all its lots, when it is the only one.
        Statement &sp = m_q->span;
        if (auto r = oneRow(sp, cannotRead); !r)
            return r;
        const qint64 first = sp.int64(0), last = sp.int64(1);
        sp.reset();
        if (first == last) {
            if (auto c = m_q->clear.runChanges(cannotRead); !c)
                return c.error();
            if (auto f = fill(last - 1, last, -1, &lots); !f)
                return f;
            settledThrough = last;
        } else {
            m_q->dropLast.bind(1, last);
            if (auto d = m_q->dropLast.runChanges(cannotRead); !d)
                return d.error();
            settledThrough = last - 1;
        }
    }
    Statement &sums = m_q->sums;
    if (auto r = oneRow(sums, cannotRead); !r)
        return r;
    lots = sums.int64(0);
    const qint64 members = sums.int64(1);
    const qint64 points = sums.int64(2);
    sums.reset();
    if (lots > 0) {
        Statement &le = m_q->lastEntry;
        if (auto r = oneRow(le, cannotRead); !r)
            return r;
        const qint64 lastEntry = le.int64(0);
        le.reset();
        const QByteArray when = Ids::utcText(m_now).toUtf8();
        Statement &en = m_q->entries;
        en.bind(1, lastEntry);
        en.bind(2, m_now.toMSecsSinceEpoch());
        en.bindTextCopy(3, m_ctx.terminal.uuid.toUtf8());
        en.bindString(4, m_reason);
        en.bindIdOrNull(5, m_ctx.actor.staffId);
        en.bindText(6, when);
        if (auto w = en.runChanges(cannotWrite); !w)
            return w.error();
        Statement &al = m_q->allocations;
        al.bind(1, lastEntry);
        al.bind(2, m_now.toMSecsSinceEpoch());
        auto allocated = al.runChanges(cannotWrite);
        if (!allocated)
            return allocated.error();
        auto spent = m_q->lotSpent.runChanges(cannotWrite);
        if (!spent)
            return spent.error();
        auto changed = m_q->totals.addPointsOfEntriesAfter(lastEntry, m_now);
        if (!changed)
            return changed.error();
        // Every lot found its member's new entry and every entry its member: anything else is a file
        // that changed under the write lock, and the step is not committed.
        if (allocated.value() != lots || spent.value() != lots || changed.value() != members)
            return makeError(
                Error::Storage, cannotWrite,
                QStringLiteral("expiry step: %1 lots, %2 allocations, %3 spent, %4 members, %5 updated")
                    .arg(lots)
                    .arg(allocated.value())
                    .arg(spent.value())
                    .arg(members)
                    .arg(changed.value()));
        m_progress.lots += lots;
        m_progress.members += members;
        m_progress.points += points;
    }
    m_progress.after = settledThrough;
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
    for (;;) {
        ExpiryRun run(m_ctx, full, kStepMs);
        if (auto s = run.start(); !s)
            return s.error();
        for (bool first = true;; first = false) {
            // Between two steps the lock is free for a while, as after the till's background steps:
            // a sale of this process that waits gets it first, one of another process (the till
            // beside the command line) at its busy handler's next try.
            if (!first)
                WritersWaiting::yieldTo(kPauseMs);
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
