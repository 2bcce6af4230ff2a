#include "staffstore.h"

#include "ids.h"
#include "sqlexec.h"

#include <QCoreApplication>

namespace {
// This file's strings translate in the context "Database" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

const QString kStaffColumns = QStringLiteral("id, uuid, origin_terminal, name, role, pin_hash, pin_salt, "
                                             "pin_iterations, failed_attempts, locked_until, "
                                             "active, created_at, updated_at");

StaffRecord readStaff(const QSqlQuery &q)
{
    StaffRecord s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.originTerminal = q.value(2).toString();
    s.name = q.value(3).toString();
    s.role = q.value(4).toString();
    s.pinHash = q.value(5).toByteArray();
    s.pinSalt = q.value(6).toByteArray();
    s.pinIterations = q.value(7).toInt();
    s.failedAttempts = q.value(8).toInt();
    s.lockedUntil = q.value(9).isNull() ? QDateTime() : Ids::fromUtcText(q.value(9).toString());
    s.active = q.value(10).toInt() != 0;
    s.createdAt = Ids::fromUtcText(q.value(11).toString());
    s.updatedAt = Ids::fromUtcText(q.value(12).toString());
    return s;
}

const QString kAuditSelect
    = QStringLiteral("SELECT a.id, a.uuid, a.origin_terminal, a.at, a.staff_id, s.name, a.approved_by, "
                     "p.name, a.action, a.entity, "
                     "a.entity_id, a.before_json, a.after_json, a.prev_hash, a.hash FROM audit_log a "
                     "LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN staff p ON p.id = a.approved_by");

AuditRecord readAudit(const QSqlQuery &q)
{
    AuditRecord a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.originTerminal = q.value(2).toString();
    a.at = Ids::fromUtcText(q.value(3).toString());
    a.staffId = q.value(4).toLongLong();
    a.staffName = q.value(5).toString();
    a.approvedBy = q.value(6).toLongLong();
    a.approverName = q.value(7).toString();
    a.action = q.value(8).toString();
    a.entity = q.value(9).toString();
    a.entityId = q.value(10).toString();
    a.beforeJson = q.value(11).toString();
    a.afterJson = q.value(12).toString();
    a.prevHash = q.value(13).toString();
    a.hash = q.value(14).toString();
    return a;
}

Result<void> oneRow(const Result<QSqlQuery> &q)
{
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(Error::NotFound, Text::tr("This staff member no longer exists."));
    return {};
}

} // namespace

Result<void> StaffStore::insert(StaffRecord &s)
{
    auto q = Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO staff (uuid, origin_terminal, name, role, pin_hash, pin_salt, "
                       "pin_iterations, failed_attempts, active, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1, ?, ?)"),
        {s.uuid, s.originTerminal, s.name, s.role, s.pinHash, s.pinSalt, s.pinIterations,
         Ids::utcText(s.createdAt), Ids::utcText(s.updatedAt)},
        Text::tr("The staff member cannot be saved."));
    if (!q)
        return q.error();
    s.id = q->lastInsertId().toLongLong();
    return {};
}

Result<std::optional<StaffRecord>> StaffStore::findById(qint64 id)
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM staff WHERE id = ?").arg(kStaffColumns), {id},
                       Text::tr("Staff cannot be read."));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<StaffRecord>();
    return std::optional<StaffRecord>(readStaff(q.value()));
}

Result<QVector<StaffRecord>> StaffStore::list(bool activeOnly)
{
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM staff %2 ORDER BY name COLLATE NOCASE, id")
                           .arg(kStaffColumns, activeOnly ? QStringLiteral("WHERE active = 1") : QString()),
                       {}, Text::tr("Staff cannot be read."));
    if (!q)
        return q.error();
    QVector<StaffRecord> out;
    while (q.value().next())
        out << readStaff(q.value());
    return out;
}

Result<qint64> StaffStore::countActive(const QString &role)
{
    auto q = role.isEmpty()
        ? Sql::exec(m_db, QStringLiteral("SELECT count(*) FROM staff WHERE active = 1"), {},
                    Text::tr("Staff cannot be read."))
        : Sql::exec(m_db, QStringLiteral("SELECT count(*) FROM staff WHERE active = 1 AND role = ?"), {role},
                    Text::tr("Staff cannot be read."));
    if (!q)
        return q.error();
    return q.value().next() ? q->value(0).toLongLong() : 0;
}

Result<void> StaffStore::setAttempts(qint64 id, int failedAttempts, const QDateTime &lockedUntil,
                                     const QDateTime &at)
{
    return oneRow(
        Sql::exec(m_db,
                  QStringLiteral("UPDATE staff SET failed_attempts = ?, locked_until = ?, updated_at = ? "
                                 "WHERE id = ?"),
                  {failedAttempts, Sql::timeOrNull(lockedUntil), Ids::utcText(at), id},
                  Text::tr("The sign-in cannot be recorded.")));
}

Result<void> StaffStore::setPin(qint64 id, const QByteArray &hash, const QByteArray &salt, int iterations,
                                const QDateTime &at)
{
    return oneRow(
        Sql::exec(m_db,
                  QStringLiteral("UPDATE staff SET pin_hash = ?, pin_salt = ?, pin_iterations = ?, "
                                 "failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?"),
                  {hash, salt, iterations, Ids::utcText(at), id}, Text::tr("The PIN cannot be saved.")));
}

Result<void> StaffStore::setActive(qint64 id, bool active, const QDateTime &at)
{
    return oneRow(Sql::exec(m_db, QStringLiteral("UPDATE staff SET active = ?, updated_at = ? WHERE id = ?"),
                            {active ? 1 : 0, Ids::utcText(at), id},
                            Text::tr("The staff member cannot be saved.")));
}

Result<void> AuditStore::insert(AuditRecord &a)
{
    auto q = Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO audit_log (uuid, origin_terminal, at, staff_id, approved_by, "
                       "action, entity, entity_id, before_json, after_json, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.uuid, a.originTerminal, Ids::utcText(a.at), Sql::idOrNull(a.staffId), Sql::idOrNull(a.approvedBy),
         a.action, Sql::textOrNull(a.entity), Sql::textOrNull(a.entityId), Sql::textOrNull(a.beforeJson),
         Sql::textOrNull(a.afterJson), a.prevHash, a.hash},
        Text::tr("The audit trail cannot be written."));
    if (!q)
        return q.error();
    a.id = q->lastInsertId().toLongLong();
    return {};
}

Result<QString> AuditStore::lastHash(const QString &originTerminal)
{
    auto q = Sql::exec(
        m_db, QStringLiteral("SELECT hash FROM audit_log WHERE origin_terminal = ? ORDER BY id DESC LIMIT 1"),
        {originTerminal}, Text::tr("The audit trail cannot be read."));
    if (!q)
        return q.error();
    return q.value().next() ? q->value(0).toString() : QString();
}

namespace {
QString whereOf(const AuditStore::Filter &f, QVariantList &values)
{
    QStringList parts;
    if (f.fromUtc.isValid()) {
        parts << QStringLiteral("a.at >= ?");
        values << Ids::utcText(f.fromUtc);
    }
    if (f.toUtc.isValid()) {
        parts << QStringLiteral("a.at < ?");
        values << Ids::utcText(f.toUtc);
    }
    if (f.staffId) {
        parts << QStringLiteral("(a.staff_id = ? OR a.approved_by = ?)");
        values << f.staffId << f.staffId;
    }
    if (!f.action.isEmpty()) {
        parts << QStringLiteral("a.action = ?");
        values << f.action;
    }
    if (!f.text.isEmpty()) {
        parts << QStringLiteral(
            "(instr(lower(coalesce(a.entity, '') || ' ' || coalesce(a.entity_id, '') || ' ' || "
            "coalesce(a.before_json, '') || ' ' || coalesce(a.after_json, '')), lower(?)) > 0)");
        values << f.text;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}
} // namespace

Result<QVector<AuditRecord>> AuditStore::list(const Filter &f, int offset, int limit)
{
    QVariantList values;
    const QString where = whereOf(f, values);
    values << limit << offset;
    auto q = Sql::exec(m_db, kAuditSelect + where + QStringLiteral(" ORDER BY a.id DESC LIMIT ? OFFSET ?"),
                       values, Text::tr("The audit trail cannot be read."));
    if (!q)
        return q.error();
    QVector<AuditRecord> out;
    while (q.value().next())
        out << readAudit(q.value());
    return out;
}

Result<qint64> AuditStore::count(const Filter &f)
{
    QVariantList values;
    const QString where = whereOf(f, values);
    auto q = Sql::exec(m_db, QStringLiteral("SELECT count(*) FROM audit_log a") + where, values,
                       Text::tr("The audit trail cannot be read."));
    if (!q)
        return q.error();
    return q.value().next() ? q->value(0).toLongLong() : 0;
}

Result<QStringList> AuditStore::actions()
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"), {},
                       Text::tr("The audit trail cannot be read."));
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q->value(0).toString();
    return out;
}

Result<void> AuditStore::forEach(const std::function<bool(const AuditRecord &)> &visit)
{
    auto q = Sql::exec(m_db, kAuditSelect + QStringLiteral(" ORDER BY a.origin_terminal, a.id"), {},
                       Text::tr("The audit trail cannot be read."));
    if (!q)
        return q.error();
    while (q.value().next()) {
        if (!visit(readAudit(q.value())))
            break;
    }
    return {};
}
