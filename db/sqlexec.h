#pragma once

#include "database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariantList>

// One statement with its values, prepared and run; on failure the storage error in `what`'s words.
namespace Sql {
Result<QSqlQuery> exec(Database &db, const QString &sql, const QVariantList &values, const QString &what);
QVariant textOrNull(const QString &s);
QVariant idOrNull(qint64 id);
QVariant timeOrNull(const QDateTime &t); // UTC text, as Ids::utcText writes it
} // namespace Sql
