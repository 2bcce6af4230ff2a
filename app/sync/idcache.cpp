#include "idcache.h"

#include "database.h"

namespace syncimpl {

Result<IdCache::Ids *> IdCache::idsFor(const char *table)
{
    auto it = m_ids.find(table);
    if (it != m_ids.end())
        return &it->second;
    Ids ids;
    ids.lookup = Statement(m_db, QByteArray("SELECT id FROM ") + table + " WHERE uuid = ?",
                           Statement::Kind::Persistent);
    if (!ids.lookup.ok())
        return ids.lookup.error(tr("The sync batch cannot be applied."));
    return &m_ids.emplace(table, std::move(ids)).first->second;
}

Result<qint64> IdCache::idOf(Ids &ids, QByteArrayView uuid)
{
    Uuid key;
    const bool keyed = Uuid::parse(uuid, key);
    if (keyed) {
        const auto hit = ids.known.constFind(key);
        if (hit != ids.known.constEnd())
            return hit.value();
    }
    ids.lookup.bindText(1, uuid);
    const Statement::Step step = ids.lookup.step();
    const qint64 id = step == Statement::Step::Row ? ids.lookup.int64(0) : 0;
    ids.lookup.reset();
    if (step == Statement::Step::Failed)
        return ids.lookup.error(tr("The sync batch cannot be applied."));
    if (id != 0 && keyed)
        ids.known.insert(key, id);
    return id;
}
Result<qint64> IdCache::idOf(const char *table, const QString &uuid)
{
    auto ids = idsFor(table);
    if (!ids)
        return ids.error();
    return idOf(*ids.value(), uuid.toUtf8());
}

void IdCache::remember(Ids &ids, QByteArrayView uuid, qint64 id)
{
    Uuid key;
    if (Uuid::parse(uuid, key))
        ids.known.insert(key, id);
}

} // namespace syncimpl
