#pragma once

#include "fastinsert.h"
#include "idcache.h"
#include "synctypes.h"
#include "wireschema.h"

#include "context.h"
#include "membertotals.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantList>

#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace syncimpl {

// Times the steps of an import around its tables, for the benchmark (SyncSummary::nsByStep).
class StepClock
{
public:
    explicit StepClock(SyncSummary &s)
        : m_summary(s)
    {
        m_took.start();
    }
    // The time since the last step (or the start) goes to this one.
    void done(const char *step)
    {
        m_summary.nsByStep[QLatin1String(step)] += m_took.nsecsElapsed();
        m_took.start();
    }

private:
    SyncSummary &m_summary;
    QElapsedTimer m_took;
};

enum class Outcome
{
    Applied,
    Unchanged,
    Waiting, // refers to a row that has not arrived
    Refused,
};

// Applies the rows of one batch inside the caller's transaction: each row by the merge rules of its
// table (mergerules.cpp), the common ones through the fast insert path (fastinsert.cpp), and at the
// end what the rows add to the rollups and the members' totals (rollups.cpp).
class Applier
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    Applier(ServiceContext &ctx, SyncSummary &summary)
        : m_ctx(ctx)
        , m_summary(summary)
        , m_ids(ctx.db)
    {
    }
    Applier(const Applier &) = delete;
    Applier &operator=(const Applier &) = delete;

    // One row as it travels. The append-only tables, staff and new sales are read by JsonRow and go in
    // through one prepared statement a table, their references looked up in memory (the import's hot
    // path); the rest is parsed into a QJsonObject and merged by the rules below.
    Result<Outcome> applyJson(const TableSpec &t, QByteArrayView json);
    static bool isFast(const TableSpec &t)
    {
        return t.merge == Merge::Append || t.merge == Merge::Staff || t.merge == Merge::Adjustment
            || t.merge == Merge::Purchase;
    }
    Result<void> start(); // before the first row
    Result<Outcome> apply(const TableSpec &t, const QJsonObject &row);
    // Rollups; totals and balances of the members touched; overdrafts.
    Result<void> finish(StepClock &steps);

private:
    // The fast path (fastinsert.cpp).
    Result<FastInsert *> fastFor(const TableSpec &t);
    Result<void> prepareFast(const TableSpec &t, FastInsert &f, const QStringList &cols,
                             const QStringList &marks);
    // Whether a member or card row must go through the merge rules instead (it is here, or its number is).
    Result<bool> needsMerge(const TableSpec &t, FastInsert &f);
    // Binds the row's values; false when a reference has not arrived.
    Result<bool> bindFast(const TableSpec &t, FastInsert &f, qint64 *ids);
    Result<void> afterFastInsert(const TableSpec &t, FastInsert &f, const qint64 *ids, qint64 rowid);

    // The merge rules (mergerules.cpp).
    QSqlQuery *run(const QString &sql, const QVariantList &values); // nullptr: m_error says why
    // Reads the row's values for the columns, references resolved; false when one has not arrived.
    Result<bool> values(const TableSpec &t, const QJsonObject &row, QVariantList &out);
    Result<Outcome> insert(const TableSpec &t, const QVariantList &vals, const QString &conflictTarget);
    Result<Outcome> member(const TableSpec &t, const QJsonObject &row, QVariantList vals);
    Result<bool> localMember(qint64 id, QHash<QString, QVariant> &local, QString &created, QString &origin,
                             QJsonObject &clocks, QString &searchWas);
    Result<Outcome> card(const TableSpec &t, const QJsonObject &row, QVariantList vals);
    Result<Outcome> purchase(const TableSpec &t, const QVariantList &vals);
    Result<Outcome> feedback(const TableSpec &t, const QJsonObject &row, QVariantList vals);
    Result<Outcome> setting(const QJsonObject &row);
    Result<void> audit(const QString &action, const QString &entity, const QString &id,
                       const QJsonObject &before, const QJsonObject &after);

    // The rollups and totals (rollups.cpp).
    Result<void> addSale(qint64 member, bool sale, qint64 total, const QString &at, qint64 refundOf,
                         int sign);
    Result<void> moveBuyer(qint64 purchaseId, int sign);
    Result<void> saleTotals(qint64 purchaseId, int sign);
    Result<void> rollups();
    Result<void> refundedWhole();
    Result<void> memberTotals();
    Result<void> setTriggersAside();
    Result<void> restoreTriggers();

    ServiceContext &m_ctx;
    SyncSummary &m_summary;
    Error m_error;
    IdCache m_ids;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    // The last ids before the batch: the rows after them are the batch's (one write transaction).
    struct Marks
    {
        qint64 ledger = 0, purchases = 0, lines = 0, members = 0, allocations = 0;
    } m_marks;
    // Members who were here before the batch and whose search text it changes: what the full-text
    // index holds for them (its insert and update triggers stand aside while a batch applies).
    QHash<qint64, QString> m_searchWas;
    std::vector<std::pair<QByteArray, QByteArray>> m_setAside; // triggers (name, SQL) while applying
    using Totals = MemberTotals::Delta; // points: what the batch's ledger entries add to the balance
    QHash<qint64, Totals> m_totals; // what the sales and points of this batch add, per member
    QHash<qint64, qint64> m_refunded; // sales that refunds of this batch give back: their member
    std::map<const TableSpec *, std::unique_ptr<FastInsert>> m_fast;
};

} // namespace syncimpl
