#include "levelservice.h"

#include "auditservice.h"
#include "ids.h"
#include "programservice.h"
#include "repositories.h"
#include "sqlexec.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kReviewed = QStringLiteral("levels.reviewed_through");
const QString kRun = QStringLiteral("levels.review_run"); // the review under way, as JSON; {} when none
} // namespace

// Prepared once per review and reused by every step.
struct LevelRun::Statements
{
    explicit Statements(Database &db)
        : members(db.connection())
        , update(db.connection())
    {
    }
    QSqlQuery members;
    QSqlQuery update;
};

int LevelProgress::percent() const
{
    if (done)
        return 100;
    return lastMember > 0 ? int(qBound<qint64>(qint64(0), after * 100 / lastMember, qint64(99))) : 0;
}

LevelRun::LevelRun(const ServiceContext &ctx, int budgetMs)
    : m_ctx(ctx)
    , m_budgetMs(qMax(5, budgetMs))
{
}

LevelRun::~LevelRun() = default;

Result<void> LevelRun::start()
{
    const QDate today = m_ctx.clock.today();
    m_progress.month = today.toString(QStringLiteral("yyyy-MM"));
    SettingsRepository settings(m_ctx.db);
    auto done = settings.value(kReviewed);
    if (!done)
        return done.error();
    if (done.value() && *done.value() >= m_progress.month) {
        m_progress.done = true;
        return {};
    }
    const QDateTime now = m_ctx.clock.nowUtc();
    auto version = ProgramService(m_ctx.db).inForce(m_ctx.terminal, now);
    if (!version)
        return version.error();
    m_rules = version->program.levels;
    // The terminal's first month has no period end behind it yet: mark it and wait for the next.
    m_firstMonth = !done.value() || m_rules.levels.isEmpty();
    m_progress.reviewed = !m_firstMonth;
    auto last = Sql::exec(m_ctx.db, QStringLiteral("SELECT coalesce(max(id), 0) FROM members"), {},
                          tr("The members' levels cannot be read."));
    if (!last)
        return last.error();
    m_progress.lastMember = last->next() ? last->value(0).toLongLong() : 0;
    return {};
}

Result<bool> LevelRun::step()
{
    if (m_progress.done)
        return true;
    if (m_progress.month.isEmpty()) {
        if (auto s = start(); !s)
            return s.error();
        if (m_progress.done)
            return true;
    }
    QElapsedTimer timer;
    timer.start();
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    m_now = m_ctx.clock.nowUtc();
    SettingsRepository settings(m_ctx.db);
    auto done = settings.value(kReviewed);
    if (!done)
        return done.error();
    if (done.value() && *done.value() >= m_progress.month) {
        m_progress.done = true; // reviewed elsewhere meanwhile
        return true;
    }
    auto stored = settings.value(kRun);
    if (!stored)
        return stored.error();
    const QJsonObject state = QJsonDocument::fromJson(stored->value_or(QString()).toUtf8()).object();
    if (state.value(QLatin1String("month")).toString() == m_progress.month) {
        m_progress.after = state.value(QLatin1String("after")).toInteger();
        m_progress.down = state.value(QLatin1String("down")).toInteger();
    }
    bool finished = true;
    if (!m_firstMonth) {
        auto some = reviewSome(m_budgetMs);
        if (!some)
            return some.error();
        finished = some.value();
    }
    if (auto w = saveState(finished); !w)
        return w.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    ++m_progress.steps;
    m_progress.done = finished;
    return finished;
}

Result<bool> LevelRun::reviewSome(qint64 budgetMs)
{
    QElapsedTimer timer;
    timer.start();
    if (!m_q) {
        m_q = std::make_unique<Statements>(m_ctx.db);
        const bool prepared
            = m_q->members.prepare(QStringLiteral(
                  "SELECT m.id, m.level_code, COALESCE((SELECT SUM(CASE p.kind WHEN 'refund' THEN -1 ELSE 1 "
                  "END * (p.subtotal_minor - p.discount_minor)) FROM purchases p WHERE p.member_id = m.id "
                  "AND p.created_at >= ? AND p.created_at < ?), 0) FROM members m WHERE m.id > ? AND "
                  "m.level_code IS NOT NULL ORDER BY m.id"))
            && m_q->update.prepare(
                QStringLiteral("UPDATE members SET level_code = ?, updated_at = ? WHERE id = ?"));
        if (!prepared) {
            const QSqlError e = m_q->members.lastError();
            m_q.reset();
            return Database::storageError(e, tr("The members' levels cannot be read."));
        }
        m_q->members.setForwardOnly(true);
    }
    // Spend over the period that ended when this month began, as the sale page counts it.
    const QDate today = m_ctx.clock.today();
    const QDateTime end = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0));
    const QDateTime from = end.addMonths(-m_rules.periodMonths);
    QSqlQuery &q = m_q->members;
    q.bindValue(0, Ids::utcText(from.toUTC()));
    q.bindValue(1, Ids::utcText(end.toUTC()));
    q.bindValue(2, m_progress.after);
    if (!q.exec())
        return Database::storageError(q.lastError(), tr("The members' levels cannot be read."));
    QVector<QPair<qint64, QString>> down;
    bool finished = true;
    while (q.next()) {
        const QString held = q.value(1).toString();
        const Level *earned = Levels::levelFor(m_rules, q.value(2).toLongLong());
        const Level *heldLevel = nullptr;
        for (const Level &l : m_rules.levels)
            heldLevel = l.code == held ? &l : heldLevel;
        // A level the program no longer has, or one the spend no longer reaches.
        if (!heldLevel || !earned || earned->thresholdMinor < heldLevel->thresholdMinor)
            down.push_back({q.value(0).toLongLong(), earned ? earned->code : QString()});
        m_progress.after = q.value(0).toLongLong();
        // Half the budget reads, the rest is for the updates and the commit.
        if (timer.elapsed() >= budgetMs / 2) {
            finished = false;
            break;
        }
    }
    if (finished && q.lastError().isValid())
        return Database::storageError(q.lastError(), tr("The members' levels cannot be read."));
    q.finish();
    for (const auto &[member, code] : down) {
        QSqlQuery &u = m_q->update;
        u.bindValue(0, Sql::textOrNull(code));
        u.bindValue(1, Ids::utcText(m_now));
        u.bindValue(2, member);
        if (!u.exec())
            return Database::storageError(u.lastError(), tr("The members' levels cannot be saved."));
    }
    m_progress.down += down.size();
    return finished;
}

Result<void> LevelRun::saveState(bool finished)
{
    SettingsRepository settings(m_ctx.db);
    QString json = QStringLiteral("{}"); // no review under way
    if (!finished) {
        const QJsonObject o {{QStringLiteral("month"), m_progress.month},
                             {QStringLiteral("after"), m_progress.after},
                             {QStringLiteral("down"), m_progress.down}};
        json = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (auto w = settings.setValue(kRun, json, m_ctx.terminal.uuid, m_now); !w)
        return w;
    if (!finished)
        return {};
    if (auto w = settings.setValue(kReviewed, m_progress.month, m_ctx.terminal.uuid, m_now); !w)
        return w;
    if (m_progress.down <= 0)
        return {};
    ServiceContext ctx = m_ctx;
    auto a = AuditService(ctx).record(
        QStringLiteral("levels.review"), QStringLiteral("members"), {}, {},
        {{QStringLiteral("month"), m_progress.month}, {QStringLiteral("members_down"), m_progress.down}});
    if (!a)
        return a.error();
    return {};
}

QString LevelRun::describe(const LevelProgress &p)
{
    return tr("Reviewing club levels: %1 %").arg(QLocale().toString(p.percent()));
}

Result<LevelReview> LevelService::review()
{
    LevelReview report;
    LevelRun run(m_ctx);
    if (auto s = run.start(); !s)
        return s.error();
    if (run.progress().done)
        return report;
    for (;;) {
        auto step = run.step();
        if (!step)
            return step.error();
        if (step.value())
            break;
    }
    report.members = run.progress().down;
    if (run.progress().reviewed)
        report.period = run.progress().month;
    return report;
}
