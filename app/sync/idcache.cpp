#include "idcache.h"

#include "database.h"

#include <sqlite3.h>

namespace syncimpl {

IdCache::~IdCache()
{
    for (const auto &ids : m_ids)
        sqlite3_finalize(ids.second.lookup);
}

Error IdCache::storageError(int rc) const
{
    return Database::storageErrorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                          tr("The sync batch cannot be applied."));
}

Result<IdCache::Ids *> IdCache::idsFor(const char *table)
{
    auto it = m_ids.find(table);
    if (it != m_ids.end())
        return &it->second;
    Ids ids;
    const QByteArray sql = QByteArray("SELECT id FROM ") + table + " WHERE uuid = ?";
    if (const int rc = sqlite3_prepare_v3(m_db.handle(), sql.constData(), -1, SQLITE_PREPARE_PERSISTENT,
                                          &ids.lookup, nullptr);
        rc != SQLITE_OK)
        return storageError(rc);
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
    sqlite3_bind_text(ids.lookup, 1, uuid.data(), int(uuid.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(ids.lookup);
    const qint64 id = rc == SQLITE_ROW ? sqlite3_column_int64(ids.lookup, 0) : 0;
    sqlite3_reset(ids.lookup);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return storageError(rc);
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
