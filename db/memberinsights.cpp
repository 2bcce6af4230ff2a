#include "memberinsights.h"

#include "ids.h"
#include "lotleft.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
// This file's strings translate in the context "MemberInsights" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MemberInsights)
};
} // namespace

Result<std::optional<MemberInsights::Expiry>> MemberInsights::nextExpiry(qint64 memberId, const QDate &today)
{
    // A lot's unspent points are its points less what redemptions and expiry took from it.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT expires_on, SUM(left) FROM (SELECT l.expires_on AS expires_on, %1 AS left "
                       "FROM points_ledger l WHERE l.member_id = ? AND l.points > 0 AND l.expires_on >= ?) "
                       "WHERE left > 0 GROUP BY expires_on ORDER BY expires_on LIMIT 1")
            .arg(QLatin1String(kLotLeft)));
    q.addBindValue(memberId);
    q.addBindValue(Ids::dayText(today));
    if (!q.exec())
        return Database::storageError(q.lastError(), Text::tr("The member's points cannot be read."));
    if (!q.next())
        return std::optional<Expiry>();
    return std::optional<Expiry>(Expiry {Ids::fromDayText(q.value(0).toString()), q.value(1).toLongLong()});
}

Result<QVector<MemberInsights::Favourite>> MemberInsights::favourites(qint64 memberId, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT pl.description, SUM(pl.quantity) AS n FROM purchases p "
                             "JOIN purchase_lines pl ON pl.purchase_id = p.id "
                             "WHERE p.member_id = ? AND p.kind = 'sale' GROUP BY pl.description "
                             "ORDER BY n DESC, pl.description LIMIT ?"));
    q.addBindValue(memberId);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::storageError(q.lastError(), Text::tr("The member's purchases cannot be read."));
    QVector<Favourite> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}
