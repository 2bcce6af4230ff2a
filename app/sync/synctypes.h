#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QVector>

#include <functional>

// What a sync did, for the message the manager reads and for the tests.
struct SyncSummary
{
    QString batchUuid;
    QString terminal; // the terminal that made the batch
    qint64 seqFrom = 0;
    qint64 seqTo = 0;
    QMap<QString, qint64> rowsByTable; // as carried
    qint64 rows = 0; // carried
    qint64 applied = 0; // rows that changed something here (new rows, newer values)
    qint64 waiting = 0; // rows still waiting for the rows they refer to (an earlier batch)
    qint64 conflicts = 0; // member fields edited on two terminals: the earlier edit kept in the audit
    QVector<qint64> overdrawn; // members whose balance went below zero with this batch
    bool seenBefore = false; // the same batch was applied here before (nothing changed again)
    bool rollbackJournal = false; // applied with a rollback journal, not the write-ahead log (applyLines)
    QMap<QString, qint64> nsByTable; // time spent per table (the benchmark reports rows per second)
    QMap<QString, qint64> nsByStep; // time spent on the steps around the tables (checking, totals, commit)
};

// Where this terminal stands: the status bar and `loyalty-cli sync status` show it.
struct SyncStatus
{
    qint64 waiting = 0; // rows changed here that have not left yet
    QDateTime lastSyncAt; // the last export, import, push or pull that succeeded
    QString lastError; // of the last attempt with the head office, empty when it succeeded
    QDateTime lastErrorAt;
    qint64 pendingIn = 0; // rows that arrived before what they refer to
    bool waitingCapped = false; // more than `waiting` rows wait: the count stopped there
};

// One changed row as it travels (the head office exchange, the import's waiting rows).
struct SyncRow
{
    qint64 seq = 0; // in this terminal's outbox (0 when not from the outbox)
    QString table;
    QString key; // uuid; for settings the key, for adjustments purchase uuid + '#' + position
    QByteArray json; // one JSON object, UTF-8, no newline
};

// Rows as a batch file holds them: a run of one table's rows, one JSON object a line (the import
// reads each file's lines where they lie, with no list of them).
struct SyncTableLines
{
    QString table;
    QByteArrayView lines; // newline-separated; empty lines are skipped
    qint64 count = 0; // how many rows the lines hold
};

// How far an import is: rows applied so far of the batch's rows. Returning false cancels it: the
// import rolls back whole and fails with Error::Cancelled. Called on the importing thread.
using SyncProgress = std::function<bool(qint64 done, qint64 total)>;
