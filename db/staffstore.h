#pragma once

#include "database.h"
#include "records.h"

#include <QVector>

#include <functional>

#include <optional>

// Rows of the staff table.
class StaffStore
{
public:
    explicit StaffStore(Database &db)
        : m_db(db)
    {
    }

    Result<void> insert(StaffRecord &s);
    Result<std::optional<StaffRecord>> findById(qint64 id);
    Result<QVector<StaffRecord>> list(bool activeOnly);
    Result<qint64> countActive(const QString &role = {});
    // Failed tries and the lock after them; a success sets both back.
    Result<void> setAttempts(qint64 id, int failedAttempts, const QDateTime &lockedUntil,
                             const QDateTime &at);
    Result<void> setPin(qint64 id, const QByteArray &hash, const QByteArray &salt, int iterations,
                        const QDateTime &at);
    Result<void> setActive(qint64 id, bool active, const QDateTime &at);

private:
    Database &m_db;
};

// Rows of the audit trail. Appends only: the table's triggers refuse updates and deletes.
class AuditStore
{
public:
    explicit AuditStore(Database &db)
        : m_db(db)
    {
    }

    Result<void> insert(AuditRecord &a);
    // The hash of the terminal's newest line, or empty for its first.
    Result<QString> lastHash(const QString &originTerminal);

    struct Filter
    {
        QDateTime fromUtc, toUtc; // invalid = open
        qint64 staffId = 0;
        QString action;
        QString text; // in entity, entity id, before or after
    };
    Result<QVector<AuditRecord>> list(const Filter &f, int offset, int limit); // newest first
    Result<qint64> count(const Filter &f);
    Result<QStringList> actions();
    // Every line of every terminal in chain order (terminal, then id), for the chain check.
    Result<void> forEach(const std::function<bool(const AuditRecord &)> &visit);

private:
    Database &m_db;
};
