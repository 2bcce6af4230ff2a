#pragma once

#include "result.h"
#include "wireschema.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

struct sqlite3;
struct sqlite3_stmt;

namespace syncimpl {

// The SELECT that reads a table's rows as they travel: references as uuids, and for members the
// field clocks. fromOutbox: the rows the outbox names between two numbers, else the whole table.
QString selectFor(const TableSpec &t, bool fromOutbox);
// n bytes of UTF-8 as a JSON string, quoted and escaped.
void appendJsonBytes(QByteArray &out, const char *p, int n);

// A table's rows as they travel, read with SQLite's own API (the export's hot path): each row becomes
// one JSON object without a detour through QVariant.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    TableReader(sqlite3 *db, const TableSpec &t, bool fromOutbox, qint64 after, qint64 through);
    ~TableReader();
    TableReader(const TableReader &) = delete;
    TableReader &operator=(const TableReader &) = delete;

    // Appends the next row to out; false at the end or on an error (error() says which).
    bool next(QByteArray &out, qint64 *seq = nullptr, QString *key = nullptr);
    bool failed() const;
    Error error() const;

private:
    void appendValue(QByteArray &out, int col);

    sqlite3 *m_db;
    const TableSpec &m_t;
    sqlite3_stmt *m_st = nullptr;
    int m_rc = 0;
    QVector<QByteArray> m_keys; // "\"key\":" per column
};

} // namespace syncimpl
