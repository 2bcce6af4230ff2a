// loyalty-bench-generate --checksum: a SHA-256 over every table of a generated file, in id order.

#include "generate.h"

#include <QCryptographicHash>

#include <cstdio>

#include <vector>

namespace Bench {

int checksum(const std::string &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        die("cannot open " + path + ": " + sqlite3_errmsg(db));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::vector<std::string> tables;
    {
        Stmt s(
            db,
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        while (sqlite3_step(s.get()) == SQLITE_ROW)
            tables.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 0)));
    }
    {
        Stmt s(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name");
        while (sqlite3_step(s.get()) == SQLITE_ROW) {
            for (int c = 0; c < 4; ++c) {
                const auto *t = sqlite3_column_text(s.get(), c);
                hash.addData(QByteArrayView(
                    reinterpret_cast<const char *>(t ? t : reinterpret_cast<const unsigned char *>("")),
                    qsizetype(sqlite3_column_bytes(s.get(), c)) + 0));
                hash.addData(QByteArrayView("\x1f", 1));
            }
        }
    }
    long long rows = 0;
    for (const std::string &table : tables) {
        hash.addData(QByteArrayView(table.data(), qsizetype(table.size())));
        // The administrator's account has a random salt by design, and its audit line and the chain
        // head follow from it: those rows are counted, not hashed.
        const bool randomByDesign = table == "staff" || table == "audit_log";
        const std::string sql = randomByDesign ? "SELECT count(*) FROM \"" + table + "\""
            : table == "settings"              ? "SELECT * FROM settings WHERE key <> 'audit.head' ORDER BY 1"
            // The program's first version is written (append-only) before the terminal's UUID is
            // replaced: its own UUID and origin are the app's random ones.
            : table == "program_versions"
            ? "SELECT id, effective_from, settings_json, note, created_at FROM program_versions ORDER BY 1"
            : "SELECT * FROM \"" + table + "\" ORDER BY 1";
        Stmt s(db, sql.c_str());
        const int columns = sqlite3_column_count(s.get());
        int rc;
        while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
            ++rows;
            for (int c = 0; c < columns; ++c) {
                const char type = char('0' + sqlite3_column_type(s.get(), c));
                hash.addData(QByteArrayView(&type, 1));
                switch (sqlite3_column_type(s.get(), c)) {
                case SQLITE_INTEGER: {
                    const qint64 v = sqlite3_column_int64(s.get(), c);
                    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
                    break;
                }
                case SQLITE_NULL:
                    break;
                default: {
                    const auto *b = static_cast<const char *>(sqlite3_column_blob(s.get(), c));
                    const qint64 n = sqlite3_column_bytes(s.get(), c);
                    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&n), sizeof n));
                    if (n > 0)
                        hash.addData(QByteArrayView(b, qsizetype(n)));
                }
                }
            }
        }
        if (rc != SQLITE_DONE)
            die("reading " + table + " failed: " + sqlite3_errmsg(db));
    }
    sqlite3_close(db);
    std::printf("checksum=%s rows=%lld\n", hash.result().toHex().constData(), rows);
    return 0;
}
} // namespace Bench
