#include "uuidfunction.h"

#include "ids.h"

#include <QDateTime>

#include <sqlite3.h>

namespace {
void uuidV7(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) != SQLITE_INTEGER) {
        sqlite3_result_error(ctx, "uuid_v7 takes the time in milliseconds", -1);
        return;
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(sqlite3_value_int64(argv[0]), Qt::UTC);
    const QByteArray text = Ids::newUuid(at).toLatin1();
    sqlite3_result_text(ctx, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}
} // namespace

bool UuidFunction::registerOn(sqlite3 *db)
{
    // SQLITE_INNOCUOUS is not given: a trigger or view in a file from elsewhere has no use for it.
    return sqlite3_create_function_v2(db, "uuid_v7", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, uuidV7,
                                      nullptr, nullptr, nullptr)
        == SQLITE_OK;
}
