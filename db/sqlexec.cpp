#include "sqlexec.h"

#include "ids.h"

#include <QSqlError>

namespace Sql {

Result<QSqlQuery> exec(Database &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Database::storageError(q.lastError(), what);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Database::storageError(q.lastError(), what);
    return q;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(Ids::utcText(t)) : QVariant();
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

} // namespace Sql
