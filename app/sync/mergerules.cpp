#include "applier.h"
#include "auditservice.h"
#include "searchtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace syncimpl {

namespace {

QVariant jsonToVariant(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Double:
        return QVariant(v.toInteger());
    case QJsonValue::String:
        return v.toString();
    default:
        return QVariant(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
    }
}

// SQLite hands NULL back typed by the column and integers as either width: compare as text.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

// When and on which terminal a value was last set: the later one wins (ties: the greater terminal).
struct FieldClock
{
    QString at;
    QString terminal;
    bool edited = false; // false: the row's creation stands in for a clock
    bool operator<(const FieldClock &o) const { return at != o.at ? at < o.at : terminal < o.terminal; }
};

QString insertSql(const TableSpec &t, const QString &conflictTarget, const QString &extraCols = {},
                  const QString &extraValues = {})
{
    QStringList cols, marks;
    for (const Column &c : t.columns) {
        cols << QLatin1String(c.name);
        marks << QStringLiteral("?");
    }
    return QStringLiteral("INSERT INTO %1 (%2%3) VALUES (%4%5) ON CONFLICT (%6) DO NOTHING")
        .arg(QLatin1String(t.name), cols.join(QLatin1Char(',')), extraCols, marks.join(QLatin1Char(',')),
             extraValues, conflictTarget);
}

FieldClock clockOf(const QJsonObject &clocks, const QString &field, const QString &createdAt,
                   const QString &origin)
{
    const QJsonArray a = clocks.value(field).toArray();
    if (a.size() == 2)
        return {a.at(0).toString(), a.at(1).toString(), true};
    return {createdAt, origin, false};
}
} // namespace

QSqlQuery *Applier::run(const QString &sql, const QVariantList &values)
{
    auto &slot = m_prepared[sql];
    if (!slot) {
        slot = std::make_shared<QSqlQuery>(m_ctx.db.connection());
        if (!slot->prepare(sql)) {
            m_error = Database::storageError(slot->lastError(), tr("The sync batch cannot be applied."));
            m_prepared.remove(sql);
            return nullptr;
        }
    }
    QSqlQuery *q = slot.get();
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec()) {
        m_error = Database::storageError(q->lastError(), tr("The sync batch cannot be applied."));
        return nullptr;
    }
    return q;
}

Result<bool> Applier::values(const TableSpec &t, const QJsonObject &row, QVariantList &out)
{
    out.clear();
    out.reserve(int(t.columns.size()));
    for (const Column &c : t.columns) {
        const QJsonValue v = row.value(c.key());
        if (c.ref && v.isString()) {
            auto id = m_ids.idOf(c.ref, v.toString());
            if (!id)
                return id.error();
            if (id.value() == 0)
                return false;
            out << id.value();
        } else {
            out << jsonToVariant(v);
        }
    }
    return true;
}

Result<Outcome> Applier::insert(const TableSpec &t, const QVariantList &vals, const QString &conflictTarget)
{
    auto q = run(insertSql(t, conflictTarget), vals);
    if (!q)
        return m_error;
    return q->numRowsAffected() > 0 ? Outcome::Applied : Outcome::Unchanged;
}

Result<void> Applier::audit(const QString &action, const QString &entity, const QString &id,
                            const QJsonObject &before, const QJsonObject &after)
{
    return AuditService(m_ctx).record(action, entity, id, before, after);
}

// The member as this terminal holds them: the merged columns, the creation, the field clocks and the
// text the full-text index holds. False when there is no such member.
Result<bool> Applier::localMember(qint64 id, QHash<QString, QVariant> &local, QString &created,
                                  QString &origin, QJsonObject &clocks, QString &searchWas)
{
    QStringList cols;
    for (const FieldGroup &g : memberFields())
        for (const char *c : g.columns)
            cols << QLatin1String(c);
    auto q
        = run(QStringLiteral(
                  "SELECT %1, created_at, origin_terminal, "
                  "(SELECT json_group_object(c.field, json_array(c.at, c.terminal)) "
                  " FROM member_clock c WHERE c.member_id = m.id), search_text FROM members m WHERE id = ?")
                  .arg(cols.join(QLatin1Char(','))),
              {id});
    if (!q)
        return m_error;
    if (!q->next())
        return false;
    for (int i = 0; i < cols.size(); ++i)
        local.insert(cols.at(i), q->value(i));
    created = q->value(cols.size()).toString();
    origin = q->value(cols.size() + 1).toString();
    clocks = QJsonDocument::fromJson(q->value(cols.size() + 2).toString().toUtf8()).object();
    searchWas = q->value(cols.size() + 3).toString();
    q->finish();
    return true;
}

Result<Outcome> Applier::member(const TableSpec &t, const QJsonObject &row, QVariantList vals)
{
    const QString uuid = row.value(QLatin1String("uuid")).toString();
    const QJsonObject remoteClocks = row.value(QLatin1String("clock")).toObject();
    auto existing = m_ids.idOf("members", uuid);
    if (!existing)
        return existing.error();

    QHash<QString, QVariant> remote;
    for (size_t i = 0; i < t.columns.size(); ++i)
        remote.insert(QLatin1String(t.columns[i].name), vals.at(int(i)));
    const QString remoteCreated = remote.value(QStringLiteral("created_at")).toString();
    const QString remoteOrigin = remote.value(QStringLiteral("origin_terminal")).toString();

    if (existing.value() == 0) // a new member goes in through applyJson
        return Outcome::Waiting;

    const qint64 id = existing.value();
    QHash<QString, QVariant> local;
    QString localCreated, localOrigin, searchWas;
    QJsonObject localClocks;
    auto found = localMember(id, local, localCreated, localOrigin, localClocks, searchWas);
    if (!found)
        return found.error();
    if (!found.value())
        return Outcome::Unchanged;

    const bool remoteErased = !remote.value(QStringLiteral("erased_at")).isNull();
    const bool localErased = !local.value(QStringLiteral("erased_at")).isNull();
    QStringList sets;
    QVariantList setValues;
    QJsonObject lostBefore, lostAfter;
    bool searchChanged = false;
    for (const FieldGroup &g : memberFields()) {
        const QString field = QLatin1String(g.field);
        bool same = true;
        for (const char *c : g.columns)
            if (!sameValue(local.value(QLatin1String(c)), remote.value(QLatin1String(c))))
                same = false;
        const FieldClock lc = clockOf(localClocks, field, localCreated, localOrigin);
        const FieldClock rc = clockOf(remoteClocks, field, remoteCreated, remoteOrigin);
        bool takeRemote = lc < rc;
        // An erasure blanks the personal data wherever it arrives, and no older edit brings it back.
        if (g.personal && remoteErased && !localErased)
            takeRemote = true;
        else if (g.personal && localErased)
            takeRemote = false;
        if (same) {
            if (takeRemote && rc.edited) {
                if (auto r = run(QStringLiteral("INSERT OR REPLACE INTO member_clock VALUES (?,?,?,?)"),
                                 {id, field, rc.at, rc.terminal});
                    !r)
                    return m_error;
            }
            continue;
        }
        // The value that loses is kept in the audit, with where and when it was set.
        QJsonObject loser, winner;
        const FieldClock &lostClock = takeRemote ? lc : rc;
        for (const char *c : g.columns) {
            const QString col = QLatin1String(c);
            loser.insert(col, QJsonValue::fromVariant(takeRemote ? local.value(col) : remote.value(col)));
            winner.insert(col, QJsonValue::fromVariant(takeRemote ? remote.value(col) : local.value(col)));
        }
        loser.insert(QStringLiteral("set_at"), lostClock.at);
        loser.insert(QStringLiteral("set_on"), lostClock.terminal);
        lostBefore.insert(field, loser);
        lostAfter.insert(field, winner);
        if (lc.edited && rc.edited)
            ++m_summary.conflicts;
        if (!takeRemote)
            continue;
        for (const char *c : g.columns) {
            sets << QStringLiteral("%1 = ?").arg(QLatin1String(c));
            setValues << remote.value(QLatin1String(c));
        }
        if (field == QLatin1String("name") || field == QLatin1String("phone")
            || field == QLatin1String("email"))
            searchChanged = true;
        if (auto r = run(QStringLiteral("INSERT OR REPLACE INTO member_clock VALUES (?,?,?,?)"),
                         {id, field, rc.at, rc.terminal});
            !r)
            return m_error;
    }
    if (!lostBefore.isEmpty()) {
        if (auto r = audit(QStringLiteral("sync.member_merge"), QStringLiteral("member"), QString::number(id),
                           lostBefore, lostAfter);
            !r)
            return r.error();
    }
    if (sets.isEmpty())
        return Outcome::Unchanged;
    auto pick = [&](const char *c) {
        for (int i = 0; i < sets.size(); ++i)
            if (sets.at(i).startsWith(QLatin1String(c) + QLatin1String(" =")))
                return setValues.at(i).toString();
        return local.value(QLatin1String(c)).toString();
    };
    if (searchChanged || (remoteErased && !localErased)) {
        // An erased member is found by card only, as MemberStore::anonymize leaves them.
        if (id <= m_marks.members && !m_searchWas.contains(id))
            m_searchWas.insert(id, searchWas);
        sets << QStringLiteral("search_text = ?");
        setValues << (remoteErased || localErased
                          ? QStringLiteral("")
                          : SearchText::forMember(pick("name"), pick("email"), pick("phone")));
    }
    sets << QStringLiteral("updated_at = max(updated_at, ?)");
    setValues << remote.value(QStringLiteral("updated_at"));
    setValues << id;
    if (auto r = run(QStringLiteral("UPDATE members SET %1 WHERE id = ?").arg(sets.join(QLatin1String(", "))),
                     setValues);
        !r)
        return m_error;
    return Outcome::Applied;
}

Result<Outcome> Applier::card(const TableSpec &t, const QJsonObject &row, QVariantList vals)
{
    auto col = [&](const char *name) { return vals.at(columnIndex(t, name)); };
    const QString uuid = col("uuid").toString();
    const QString number = col("number").toString();
    auto q
        = run(QStringLiteral("SELECT c.uuid, c.updated_at, c.status || (SELECT m.uuid FROM members m WHERE "
                             "m.id = c.member_id) FROM cards c WHERE c.uuid = ? OR c.number = ?"),
              {uuid, number});
    if (!q)
        return m_error;
    const bool found = q->next();
    const QString localUuid = found ? q->value(0).toString() : QString();
    const QString localUpdated = found ? q->value(1).toString() : QString();
    const QString localState = found ? q->value(2).toString() : QString();
    q->finish();
    if (!found) {
        auto ins = run(insertSql(t, QStringLiteral("uuid")), vals);
        if (!ins)
            return m_error;
        return Outcome::Applied;
    }
    if (localUuid != uuid) {
        // The same number given to two members on two terminals: the card stays with the first
        // holder here, and the case is in the audit for a manager to settle.
        ++m_summary.conflicts;
        if (auto r = audit(QStringLiteral("sync.card_conflict"), QStringLiteral("card"), number,
                           QJsonObject {{QStringLiteral("kept"), localUuid}},
                           QJsonObject {{QStringLiteral("refused"), uuid}});
            !r)
            return r.error();
        return Outcome::Refused;
    }
    // The later change wins; changes stamped with the same moment order by status and holder, so that
    // every terminal picks the same one.
    const QString remoteUpdated = col("updated_at").toString();
    const QString remoteState = col("status").toString() + row.value(QLatin1String("member")).toString();
    if (remoteUpdated < localUpdated || (remoteUpdated == localUpdated && !(localState < remoteState)))
        return Outcome::Unchanged;
    auto up = run(
        QStringLiteral("UPDATE cards SET member_id = ?, status = ?, blocked_at = ?, blocked_reason = ?, "
                       "updated_at = ? WHERE uuid = ?"),
        {col("member_id"), col("status"), col("blocked_at"), col("blocked_reason"), col("updated_at"), uuid});
    if (!up)
        return m_error;
    return Outcome::Applied;
}

// A sale that is here already (new ones go in through applyJson): only a merge changes a sale
// afterwards, moving it to the record it was merged into.
Result<Outcome> Applier::purchase(const TableSpec &t, const QVariantList &vals)
{
    auto col = [&](const char *name) { return vals.at(columnIndex(t, name)); };
    auto id = m_ids.idOf("purchases", col("uuid").toString());
    if (!id)
        return id.error();
    if (id.value() == 0)
        return Outcome::Waiting;
    const qint64 remoteMember = col("member_id").toLongLong();
    auto q = run(QStringLiteral("SELECT member_id, (SELECT merged_into FROM members WHERE id = p.member_id) "
                                "FROM purchases p WHERE id = ?"),
                 {id.value()});
    if (!q)
        return m_error;
    if (!q->next())
        return Outcome::Unchanged;
    const qint64 localMember = q->value(0).toLongLong();
    const qint64 mergedInto = q->value(1).toLongLong();
    q->finish();
    if (remoteMember == localMember || remoteMember == 0 || mergedInto != remoteMember)
        return Outcome::Unchanged;
    if (auto r = saleTotals(id.value(), -1); !r)
        return r.error();
    if (auto r = moveBuyer(id.value(), -1); !r)
        return r.error();
    auto up = run(QStringLiteral("UPDATE purchases SET member_id = ?, card_id = ? WHERE id = ?"),
                  {remoteMember, col("card_id"), id.value()});
    if (!up)
        return m_error;
    if (auto r = saleTotals(id.value(), +1); !r)
        return r.error();
    if (auto r = moveBuyer(id.value(), +1); !r)
        return r.error();
    return Outcome::Applied;
}

Result<Outcome> Applier::feedback(const TableSpec &t, const QJsonObject &row, QVariantList vals)
{
    auto added = insert(t, vals, QStringLiteral("uuid"));
    if (!added || added.value() != Outcome::Unchanged)
        return added;
    const QJsonValue comment = row.value(QLatin1String("comment"));
    if (!comment.isString())
        return Outcome::Unchanged;
    auto q = run(QStringLiteral("UPDATE feedback SET comment = ? WHERE uuid = ? AND comment IS NULL"),
                 {comment.toString(), row.value(QLatin1String("uuid")).toString()});
    if (!q)
        return m_error;
    return q->numRowsAffected() > 0 ? Outcome::Applied : Outcome::Unchanged;
}

Result<Outcome> Applier::setting(const QJsonObject &row)
{
    const QString key = row.value(QLatin1String("key")).toString();
    if (!key.startsWith(QLatin1String("shop.")))
        return Outcome::Refused; // a terminal's own marks never travel; an edited file might try
    const FieldClock rc {row.value(QLatin1String("updated_at")).toString(),
                         row.value(QLatin1String("origin_terminal")).toString(), true};
    auto q = run(QStringLiteral("SELECT updated_at, origin_terminal FROM settings WHERE key = ?"), {key});
    if (!q)
        return m_error;
    if (q->next()) {
        const FieldClock lc {q->value(0).toString(), q->value(1).toString(), true};
        q->finish();
        if (!(lc < rc))
            return Outcome::Unchanged;
    }
    q->finish();
    auto up = run(
        QStringLiteral("INSERT INTO settings (key, value, updated_at, origin_terminal) VALUES (?,?,?,?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                       "updated_at = excluded.updated_at, origin_terminal = excluded.origin_terminal"),
        {key, row.value(QLatin1String("value")).toString(), rc.at, rc.terminal});
    if (!up)
        return m_error;
    return Outcome::Applied;
}

Result<Outcome> Applier::apply(const TableSpec &t, const QJsonObject &row)
{
    if (t.merge == Merge::Settings)
        return setting(row);
    QVariantList vals;
    auto resolved = values(t, row, vals);
    if (!resolved)
        return resolved.error();
    if (!resolved.value())
        return Outcome::Waiting;
    switch (t.merge) {
    case Merge::Member:
        return member(t, row, std::move(vals));
    case Merge::Card:
        return card(t, row, std::move(vals));
    case Merge::Purchase:
        return purchase(t, vals);
    case Merge::Feedback:
        return feedback(t, row, std::move(vals));
    case Merge::Append: // these go in through applyJson
    case Merge::Staff:
    case Merge::Adjustment:
    case Merge::Settings:
        break;
    }
    return Outcome::Refused;
}

} // namespace syncimpl
