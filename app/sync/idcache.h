#pragma once

#include "result.h"
#include "sqlite/statement.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>

#include <map>
#include <string>

class Database;

namespace syncimpl {

// A uuid as 16 bytes, the key of the import's id lookups. Only the canonical lower-case form is
// keyed: any other spelling is a different text to SQLite, and is looked up there each time.
struct Uuid
{
    quint64 hi = 0, lo = 0;
    bool operator==(const Uuid &o) const { return hi == o.hi && lo == o.lo; }
    static bool parse(QByteArrayView text, Uuid &out)
    {
        if (text.size() != 36)
            return false;
        quint64 half[2] = {0, 0};
        int nibbles = 0;
        for (int i = 0; i < 36; ++i) {
            const char c = text[i];
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-')
                    return false;
                continue;
            }
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else
                return false;
            quint64 &h = half[nibbles / 16];
            h = (h << 4) | quint64(d);
            ++nibbles;
        }
        out = Uuid {half[0], half[1]};
        return true;
    }
};
inline size_t qHash(const Uuid &u, size_t seed = 0)
{
    return qHashMulti(seed, u.hi, u.lo);
}

// The ids of the rows a batch refers to, by uuid: looked up in the file once, then kept in memory
// (a sale's lines and points refer to it many times in one batch).
class IdCache
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    // One table's ids.
    struct Ids
    {
        Statement lookup; // SELECT id FROM <table> WHERE uuid = ?
        QHash<Uuid, qint64> known;
    };

    explicit IdCache(Database &db)
        : m_db(db)
    {
    }
    IdCache(const IdCache &) = delete;
    IdCache &operator=(const IdCache &) = delete;

    Result<Ids *> idsFor(const char *table);
    Result<qint64> idOf(Ids &ids, QByteArrayView uuid); // 0: not here (yet)
    Result<qint64> idOf(const char *table, const QString &uuid);
    // A row that just went in, under its uuid (kept only when the uuid is in canonical form).
    static void remember(Ids &ids, QByteArrayView uuid, qint64 id);

private:
    Database &m_db;
    std::map<std::string, Ids> m_ids;
};

} // namespace syncimpl
