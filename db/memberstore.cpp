#include "memberstore.h"

#include "ids.h"
#include "lotleft.h"
#include "searchtext.h"
#include "sqlexec.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
// This file's strings translate in the context "Database" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

using Sql::exec;
using Sql::textOrNull;
using Sql::timeOrNull;

} // namespace

Result<void> MemberStore::updatePersonal(const MemberRecord &m)
{
    const auto q = exec(
        m_db,
        QStringLiteral("UPDATE members SET name = ?, phone = ?, phone_norm = ?, email = ?, birth_day = ?, "
                       "birth_month = ?, birth_year = ?, notes = ?, consent_sms_at = ?, "
                       "consent_email_at = ?, search_text = ?, updated_at = ? WHERE id = ?"),
        {m.name, textOrNull(m.phone), textOrNull(m.phoneNorm), textOrNull(m.email),
         m.birthDay ? QVariant(m.birthDay) : QVariant(), m.birthMonth ? QVariant(m.birthMonth) : QVariant(),
         m.birthYear ? QVariant(m.birthYear) : QVariant(), textOrNull(m.notes), timeOrNull(m.consentSmsAt),
         timeOrNull(m.consentEmailAt), SearchText::forMember(m.name, m.email, m.phone),
         Ids::utcText(m.updatedAt), m.id},
        Text::tr("The member cannot be saved."));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(Error::NotFound, Text::tr("The member no longer exists."));
    return {};
}

Result<qint64> MemberStore::mergedInto(qint64 memberId)
{
    auto q = exec(m_db, QStringLiteral("SELECT merged_into FROM members WHERE id = ?"), {memberId},
                  Text::tr("The member cannot be read."));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

Result<void> MemberStore::blockCard(qint64 cardId, const QDateTime &at, const QString &reason)
{
    const auto q
        = exec(m_db,
               QStringLiteral("UPDATE cards SET status = 'blocked', blocked_at = ?, blocked_reason = ?, "
                              "updated_at = ? WHERE id = ? AND status = 'active'"),
               {Ids::utcText(at), textOrNull(reason), Ids::utcText(at), cardId},
               Text::tr("The card cannot be blocked."));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(Error::Conflict, Text::tr("The card is already blocked."));
    return {};
}

Result<int> MemberStore::blockActiveCards(qint64 memberId, const QDateTime &at, const QString &reason)
{
    const auto q
        = exec(m_db,
               QStringLiteral("UPDATE cards SET status = 'blocked', blocked_at = ?, blocked_reason = ?, "
                              "updated_at = ? WHERE member_id = ? AND status = 'active'"),
               {Ids::utcText(at), textOrNull(reason), Ids::utcText(at), memberId},
               Text::tr("The member's cards cannot be blocked."));
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<QVector<MemberStore::OpenLot>> MemberStore::openLots(qint64 memberId)
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT id, expires_on, left FROM (SELECT l.id, l.expires_on, %1 AS left "
                                 "FROM points_ledger l WHERE l.member_id = ? AND l.points > 0) "
                                 "WHERE left > 0 ORDER BY expires_on IS NULL, expires_on, id")
                      .arg(QLatin1String(kLotLeft)),
                  {memberId}, Text::tr("The member's points cannot be read."));
    if (!q)
        return q.error();
    QVector<OpenLot> out;
    while (q.value().next()) {
        OpenLot lot;
        lot.id = q.value().value(0).toLongLong();
        lot.expiresOn = Ids::fromDayText(q.value().value(1).toString());
        lot.left = q.value().value(2).toLongLong();
        out.push_back(lot);
    }
    return out;
}

Result<void> MemberStore::insertAllocation(const QString &uuid, qint64 entryId, qint64 lotId, qint64 points)
{
    const auto q = exec(m_db,
                        QStringLiteral("INSERT INTO points_allocations (uuid, entry_id, lot_id, points) "
                                       "VALUES (?, ?, ?, ?)"),
                        {uuid, entryId, lotId, points}, Text::tr("The points cannot be recorded."));
    if (!q)
        return q.error();
    return {};
}

Result<int> MemberStore::moveCards(qint64 fromMember, qint64 toMember, const QDateTime &at)
{
    const auto q
        = exec(m_db, QStringLiteral("UPDATE cards SET member_id = ?, updated_at = ? WHERE member_id = ?"),
               {toMember, Ids::utcText(at), fromMember}, Text::tr("The member's cards cannot be moved."));
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<int> MemberStore::movePurchases(qint64 fromMember, qint64 toMember)
{
    const auto q = exec(m_db, QStringLiteral("UPDATE purchases SET member_id = ? WHERE member_id = ?"),
                        {toMember, fromMember}, Text::tr("The member's purchases cannot be moved."));
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<void> MemberStore::markMerged(qint64 memberId, qint64 intoMember, const QDateTime &at)
{
    // Its totals go with MemberTotals::clear().
    const auto q
        = exec(m_db, QStringLiteral("UPDATE members SET merged_into = ?, updated_at = ? WHERE id = ?"),
               {intoMember, Ids::utcText(at), memberId}, Text::tr("The member cannot be saved."));
    if (!q)
        return q.error();
    return {};
}

Result<QVector<qint64>> MemberStore::mergedFrom(qint64 memberId)
{
    auto q = exec(m_db,
                  QStringLiteral("WITH RECURSIVE chain(id) AS (SELECT id FROM members WHERE merged_into = ? "
                                 " UNION SELECT m.id FROM members m JOIN chain c ON m.merged_into = c.id) "
                                 "SELECT id FROM chain ORDER BY id"),
                  {memberId}, Text::tr("The member cannot be read."));
    if (!q)
        return q.error();
    QVector<qint64> out;
    while (q.value().next())
        out.push_back(q.value().value(0).toLongLong());
    return out;
}

Result<void> MemberStore::anonymize(qint64 memberId, const QString &name, const QDateTime &at)
{
    const auto q = exec(
        m_db,
        QStringLiteral("UPDATE members SET name = ?, phone = NULL, phone_norm = NULL, email = NULL, "
                       "birth_day = NULL, birth_month = NULL, birth_year = NULL, notes = NULL, "
                       "consent_sms_at = NULL, consent_email_at = NULL, referred_by = NULL, "
                       "search_text = '', erased_at = ?, updated_at = ? WHERE id = ?"),
        {name, Ids::utcText(at), Ids::utcText(at), memberId}, Text::tr("The member cannot be erased."));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(Error::NotFound, Text::tr("The member no longer exists."));
    return {};
}

Result<void> MemberStore::setLoyalty(qint64 memberId, const QString &levelCode, const QDate &birthdayUsedFor,
                                     const QDateTime &at)
{
    const auto q
        = exec(m_db,
               QStringLiteral("UPDATE members SET level_code = ?, birthday_used_for = ?, updated_at = ? "
                              "WHERE id = ?"),
               {textOrNull(levelCode),
                birthdayUsedFor.isValid() ? QVariant(Ids::dayText(birthdayUsedFor)) : QVariant(),
                Ids::utcText(at), memberId},
               Text::tr("The member's level cannot be saved."));
    if (!q)
        return q.error();
    return {};
}
