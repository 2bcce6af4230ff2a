#pragma once

#include "database.h"
#include "records.h"

#include <QSqlQuery>

#include <optional>

struct sqlite3_stmt;

// Repositories turn rows into the structs of records.h and back. They do not open transactions:
// the service that owns the user action does, so that one action is one transaction.
// Hot-path statements are prepared once and reused.

class TerminalRepository
{
public:
    explicit TerminalRepository(Database &db)
        : m_db(db)
    {
    }
    Result<std::optional<TerminalRecord>> local() const;
    Result<void> insert(TerminalRecord &t);

private:
    Database &m_db;
};

class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db)
        : m_db(db)
    {
    }
    Result<std::optional<QString>> value(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value, const QString &originTerminal,
                          const QDateTime &at);

private:
    Database &m_db;
};

class MemberRepository
{
public:
    explicit MemberRepository(Database &db);
    ~MemberRepository();
    MemberRepository(const MemberRepository &) = delete;
    MemberRepository &operator=(const MemberRepository &) = delete;

    // The counter's hottest query: a card number to its card and member, in one statement.
    Result<std::optional<CardLookup>> findByCard(const QString &number);
    Result<std::optional<MemberRecord>> findById(qint64 id);
    Result<QVector<MemberRecord>> findByPhone(const QString &phoneNorm, int limit);
    Result<QVector<MemberRecord>> findByEmail(const QString &email, int limit);
    Result<QVector<CardRecord>> cardsOf(qint64 memberId);

    // A new member, starting from the record's totals (zero from every service); every change of
    // them afterwards goes through MemberTotals.
    Result<void> insert(MemberRecord &m);
    Result<void> insertCard(CardRecord &c);
    // Adds a completed sale to the member's cached totals.

private:
    Result<QVector<MemberRecord>> findLive(const QString &condition, const QVariant &value,
                                           const QString &orderBy, int limit);

    Database &m_db;
    sqlite3_stmt *m_byCard = nullptr; // findByCard's statement, prepared on first use
};

class PurchaseRepository
{
public:
    explicit PurchaseRepository(Database &db);
    Result<qint64> nextReceiptNo(const QString &originTerminal);
    // Inserts the purchase and its lines; fills in ids.
    Result<void> insert(PurchaseRecord &p);
    Result<std::optional<PurchaseRecord>> findById(qint64 id);
    Result<QVector<PurchaseRecord>> recentForMember(qint64 memberId, int limit);
    Result<qint64> count();

private:
    Database &m_db;
};

class LedgerRepository
{
public:
    explicit LedgerRepository(Database &db);
    Result<void> insert(LedgerEntryRecord &e);
    Result<qint64> sumForMember(qint64 memberId);
    Result<QVector<LedgerEntryRecord>> entriesForPurchase(qint64 purchaseId);
    // Members whose cached balance differs from the sum of their ledger: (member id, cached, ledger sum).
    struct Mismatch
    {
        qint64 memberId;
        qint64 cached;
        qint64 ledger;
    };
    Result<QVector<Mismatch>> balanceMismatches();

private:
    Database &m_db;
};
