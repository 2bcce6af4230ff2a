#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

// The wire schema of a sync batch (docs/sync-format.md): which tables travel, in which order, with
// which columns under which JSON keys, and how each table's rows merge on arrival.
namespace syncimpl {

// How a table's rows merge on arrival.
enum class Merge
{
    Append, // insert what is missing, by uuid: ledgers, lines, program versions
    Staff, // insert what is missing, signed out: no PIN travels, the person signs in where they work
    Member, // field by field, the later edit wins
    Card, // the whole row, the later updated_at wins
    Purchase, // insert; a merge moves a sale to the record it was merged into
    Feedback, // insert; a comment typed later fills in
    Settings, // the later updated_at wins (ties: the greater terminal uuid)
    Adjustment, // insert what is missing, by (sale, position)
};

struct Column
{
    const char *name;
    const char *ref = nullptr; // the table an id column points to: it travels as that row's uuid
    // The JSON key: the column name, or for a reference the name without "_id".
    QString key() const
    {
        QString k = QLatin1String(name);
        if (ref && k.endsWith(QLatin1String("_id")))
            k.chop(3);
        return k;
    }
};

struct TableSpec
{
    const char *name;
    Merge merge;
    std::vector<Column> columns; // what travels, in file order (uuid first where there is one)
};

// Every table that travels, parents first (the order a batch is written and applied in).
const std::vector<TableSpec> &specs();
const TableSpec *specFor(const QString &table); // nullptr: not a table that travels
// The column's index in t.columns, or -1.
int columnIndex(const TableSpec &t, const char *name);

// The member profile in the groups that merge as one (a phone and its digits, the three parts of a
// birthday). Personal groups are blanked by an erasure, whatever their clocks say.
struct FieldGroup
{
    const char *field;
    std::vector<const char *> columns;
    bool personal;
};
const std::vector<FieldGroup> &memberFields();

// The table names of specs(), in order.
const QStringList &tableNames();
// The insert triggers of the append-only tables, which stand aside while a batch applies.
const QStringList &triggersSetAside();

// The key a row waits under in sync_pending: its uuid; a setting's key; an adjustment's sale and place.
QString rowKey(const QString &table, const QJsonObject &o);

} // namespace syncimpl
