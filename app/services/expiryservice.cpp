#include "expiryservice.h"

#include "auditservice.h"
#include "ids.h"
#include "membertotals.h"
#include "repositories.h"
#include "sqlexec.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>

namespace {
const QString kDoneThrough = QStringLiteral("expiry.done_through");
const QString kRun = QStringLiteral("expiry.run"); // the run under way, as JSON; {} when none
const QString kBeginning = QStringLiteral("0000-00-00");
constexpr qint64 kMaxWindow = 1 << 20;

// A lot is usable through its expiry day and gone the day after (docs/pricing.md). It expires at the
// terminal that made it, and only there: every terminal runs this, and two that expired the same lot
// would take its points twice once they synced (docs/sync-format.md).
QString lotsQuery(const char *index)
{
    return QStringLiteral("SELECT l.id, l.member_id, l.points - coalesce((SELECT sum(a.points) FROM "
                          "points_allocations a WHERE a.lot_id = l.id), 0) FROM points_ledger l "
                          "INDEXED BY %1 WHERE l.member_id > ? AND l.member_id <= ? AND l.expires_on IS NOT "
                          "NULL AND l.expires_on >= ? AND l.expires_on < ? AND l.points > 0 AND "
                          "l.origin_terminal = ? ORDER BY l.member_id, l.id")
        .arg(QLatin1String(index));
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

// Prepared once per run and reused by every step.
struct ExpiryRun::Statements
{
    explicit Statements(Database &db)
        : byMember(db.connection())
        , byExpiry(db.connection())
        , allocation(db.connection())
        , maxMember(db.connection())
        , ledger(db)
    {
    }
    QSqlQuery byMember;
    QSqlQuery byExpiry;
    QSqlQuery allocation;
    QSqlQuery maxMember;
    LedgerRepository ledger;
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
        const bool prepared = m_q->byMember.prepare(lotsQuery("points_ledger_member"))
            && m_q->byExpiry.prepare(lotsQuery("points_ledger_expiry"))
            && m_q->allocation.prepare(
                QStringLiteral("INSERT INTO points_allocations (uuid, entry_id, lot_id, "
                               "points) VALUES (?, ?, ?, ?)"))
            && m_q->maxMember.prepare(
                QStringLiteral("SELECT coalesce(max(member_id), 0) FROM points_ledger"));
        if (!prepared) {
            const QSqlError e
                = m_q->byMember.lastError().isValid() ? m_q->byMember.lastError() : m_q->byExpiry.lastError();
            m_q.reset();
            return Database::storageError(e, tr("The expiring points cannot be read."));
        }
        m_q->byMember.setForwardOnly(true);
        m_q->byExpiry.setForwardOnly(true);
        m_q->maxMember.setForwardOnly(true);
    }
    QElapsedTimer timer;
    timer.start();
    if (!m_q->maxMember.exec() || !m_q->maxMember.next())
        return Database::storageError(m_q->maxMember.lastError(), tr("The expiring points cannot be read."));
    const qint64 maxMember = m_q->maxMember.value(0).toLongLong();
    m_q->maxMember.finish();
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
        if (timer.elapsed() >= budgetMs && m_progress.after < maxMember)
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
    QSqlQuery &q = small ? m_q->byExpiry : m_q->byMember;
    q.bindValue(0, m_progress.after);
    q.bindValue(1, upto);
    q.bindValue(2, dayOrBeginning(m_progress.from));
    q.bindValue(3, Ids::dayText(m_progress.target));
    q.bindValue(4, m_ctx.terminal.uuid);
    if (!q.exec())
        return Database::storageError(q.lastError(), tr("The expiring points cannot be read."));
    qint64 member = 0;
    QVector<Lot> lots;
    while (q.next()) {
        const qint64 m = q.value(1).toLongLong();
        if (m != member && member != 0) {
            // Whole members only: the writes of one go in with its lots, then the budget is asked.
            if (auto w = settleMember(member, lots); !w)
                return w.error();
            lots.clear();
            m_progress.after = member;
            if (timer.elapsed() >= budgetMs) {
                q.finish();
                *stopped = true;
                return true;
            }
        }
        member = m;
        const qint64 left = q.value(2).toLongLong();
        if (left > 0)
            lots.push_back({q.value(0).toLongLong(), left});
    }
    if (q.lastError().isValid())
        return Database::storageError(q.lastError(), tr("The expiring points cannot be read."));
    q.finish();
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
    e.reason = tr("Points expired");
    e.staffId = m_ctx.actor.staffId;
    e.createdAt = m_now;
    if (auto w = m_q->ledger.insert(e); !w)
        return w.error();
    QSqlQuery &a = m_q->allocation;
    for (const Lot &lot : lots) {
        a.bindValue(0, Ids::newUuid(m_now));
        a.bindValue(1, e.id);
        a.bindValue(2, lot.id);
        a.bindValue(3, lot.left);
        if (!a.exec())
            return Database::storageError(a.lastError(), tr("The points cannot be recorded."));
    }
    if (auto w = MemberTotals(m_ctx.db).addPoints(member, -points, m_now); !w)
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
    for (;;) {
        ExpiryRun run(m_ctx, full);
        if (auto s = run.start(); !s)
            return s.error();
        for (;;) {
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
