#include "expiryservice.h"

#include "auditservice.h"
#include "ids.h"
#include "memberstore.h"
#include "membertotals.h"
#include "repositories.h"
#include "sqlexec.h"

#include <QJsonObject>
#include <QMap>

namespace {
const QString kDoneThrough = QStringLiteral("expiry.done_through");
}

Result<ExpiryReport> ExpiryService::run(bool full)
{
    ExpiryReport report;
    const QDate today = m_ctx.clock.today();
    report.doneThrough = today;
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    SettingsRepository settings(m_ctx.db);
    auto since = settings.value(kDoneThrough);
    if (!since)
        return since.error();
    const QString from = full || !since->has_value() ? QStringLiteral("0000-00-00") : since->value();
    // A lot is usable through its expiry day and gone the day after (docs/pricing.md). It expires at
    // the terminal that made it, and only there: every terminal runs this, and two that expired the
    // same lot would take its points twice once they synced (docs/sync-format.md).
    auto lots = Sql::exec(
        m_ctx.db,
        QStringLiteral("SELECT l.id, l.member_id, l.points - coalesce((SELECT sum(a.points) FROM "
                       "points_allocations a WHERE a.lot_id = l.id), 0) AS left "
                       "FROM points_ledger l WHERE l.expires_on IS NOT NULL AND l.expires_on >= ? "
                       "AND l.expires_on < ? AND l.points > 0 AND l.origin_terminal = ? "
                       "ORDER BY l.member_id, l.id"),
        {from, Ids::dayText(today), m_ctx.terminal.uuid}, tr("The expiring points cannot be read."));
    if (!lots)
        return lots.error();
    QMap<qint64, QVector<QPair<qint64, qint64>>> byMember; // member -> (lot, left)
    while (lots.value().next()) {
        const qint64 left = lots->value(2).toLongLong();
        if (left > 0)
            byMember[lots->value(1).toLongLong()].append({lots->value(0).toLongLong(), left});
    }
    const QDateTime now = m_ctx.clock.nowUtc();
    LedgerRepository ledger(m_ctx.db);
    MemberStore store(m_ctx.db);
    for (auto it = byMember.cbegin(); it != byMember.cend(); ++it) {
        qint64 points = 0;
        for (const auto &lot : it.value())
            points += lot.second;
        LedgerEntryRecord e;
        e.uuid = Ids::newUuid(now);
        e.originTerminal = m_ctx.terminal.uuid;
        e.memberId = it.key();
        e.kind = QStringLiteral("expire");
        e.points = -points;
        e.reason = tr("Points expired");
        e.staffId = m_ctx.actor.staffId;
        e.createdAt = now;
        if (auto w = ledger.insert(e); !w)
            return w.error();
        for (const auto &lot : it.value()) {
            if (auto w = store.insertAllocation(Ids::newUuid(now), e.id, lot.first, lot.second); !w)
                return w.error();
        }
        if (auto w = MemberTotals(m_ctx.db).addPoints(it.key(), -points, now); !w)
            return w.error();
        ++report.members;
        report.points += points;
    }
    if (auto w = settings.setValue(kDoneThrough, Ids::dayText(today), m_ctx.terminal.uuid, now); !w)
        return w.error();
    if (report.points > 0) {
        ServiceContext ctx = m_ctx;
        if (auto a
            = AuditService(ctx).record(QStringLiteral("points.expire"), QStringLiteral("ledger"), {}, {},
                                       {{QStringLiteral("members"), report.members},
                                        {QStringLiteral("points"), report.points},
                                        {QStringLiteral("before"), Ids::dayText(today)}});
            !a)
            return a.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return report;
}
