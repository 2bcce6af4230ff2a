#include "levelservice.h"

#include "auditservice.h"
#include "ids.h"
#include "programservice.h"
#include "repositories.h"
#include "sqlexec.h"

namespace {
const QString kReviewed = QStringLiteral("levels.reviewed_through");
}

Result<LevelReview> LevelService::review()
{
    LevelReview report;
    const QDate today = m_ctx.clock.today();
    const QString month = today.toString(QStringLiteral("yyyy-MM"));
    SettingsRepository settings(m_ctx.db);
    auto done = settings.value(kReviewed);
    if (!done)
        return done.error();
    if (done.value() && *done.value() >= month)
        return report;
    // The terminal's first month has no period end behind it yet: mark it and wait for the next.
    const QDateTime now = m_ctx.clock.nowUtc();
    auto version = ProgramService(m_ctx.db).inForce(m_ctx.terminal, now);
    if (!version)
        return version.error();
    const LevelRules &rules = version->program.levels;

    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    if (done.value() && !rules.levels.isEmpty()) {
        // Spend over the period that ended when this month began, as the sale page counts it.
        const QDateTime end = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0));
        const QDateTime from = end.addMonths(-rules.periodMonths);
        auto q
            = Sql::exec(m_ctx.db,
                        QStringLiteral("SELECT m.id, m.level_code, COALESCE((SELECT SUM(CASE p.kind WHEN "
                                       "'refund' THEN -1 ELSE 1 END * (p.subtotal_minor - p.discount_minor)) "
                                       "FROM purchases p WHERE p.member_id = m.id AND p.created_at >= ? AND "
                                       "p.created_at < ?), 0) FROM members m WHERE m.level_code IS NOT NULL"),
                        {Ids::utcText(from.toUTC()), Ids::utcText(end.toUTC())},
                        tr("The members' levels cannot be read."));
        if (!q)
            return q.error();
        QVector<QPair<qint64, QString>> down;
        while (q.value().next()) {
            const QString held = q->value(1).toString();
            const Level *earned = Levels::levelFor(rules, q->value(2).toLongLong());
            const Level *heldLevel = nullptr;
            for (const Level &l : rules.levels)
                heldLevel = l.code == held ? &l : heldLevel;
            // A level the program no longer has, or one the spend no longer reaches.
            if (!heldLevel || !earned || earned->thresholdMinor < heldLevel->thresholdMinor)
                down.push_back({q->value(0).toLongLong(), earned ? earned->code : QString()});
        }
        for (const auto &[member, code] : down) {
            if (auto w
                = Sql::exec(m_ctx.db,
                            QStringLiteral("UPDATE members SET level_code = ?, updated_at = ? WHERE id = ?"),
                            {Sql::textOrNull(code), Ids::utcText(now), member},
                            tr("The members' levels cannot be saved."));
                !w)
                return w.error();
        }
        report.members = down.size();
        report.period = month;
    }
    if (auto w = settings.setValue(kReviewed, month, m_ctx.terminal.uuid, now); !w)
        return w.error();
    if (report.members > 0) {
        ServiceContext ctx = m_ctx;
        if (auto a = AuditService(ctx).record(
                QStringLiteral("levels.review"), QStringLiteral("members"), {}, {},
                {{QStringLiteral("month"), month}, {QStringLiteral("members_down"), report.members}});
            !a)
            return a.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return report;
}
