#pragma once

#include "result.h"
#include "sqlite/statement.h"
#include "wireschema.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

class Database;

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
    TableReader(Database &db, const TableSpec &t, bool fromOutbox, qint64 after, qint64 through);
    TableReader(const TableReader &) = delete;
    TableReader &operator=(const TableReader &) = delete;

    // Appends the next row to out; false at the end or on an error (error() says which).
    bool next(QByteArray &out, qint64 *seq = nullptr, QString *key = nullptr);
    bool failed() const;
    Error error() const;

private:
    void appendValue(QByteArray &out, int col);

    const TableSpec &m_t;
    Statement m_st;
    bool m_failed = false;
    bool m_done = false;
    QVector<QByteArray> m_keys; // "\"key\":" per column
};

} // namespace syncimpl
