#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

// Plain rows, as the repositories read and write them. Money is minor units beside a currency code;
// the domain layer wraps it in Money.

struct TerminalRecord
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString storeName;
    QString currency;
    bool isLocal = false;
    QDateTime createdAt;
};

struct MemberRecord
{
    qint64 id = 0;
    QString uuid;
    QString originTerminal;
    QString name;
    QString phone;
    QString phoneNorm;
    QString email;
    int birthDay = 0; // 0 = unknown
    int birthMonth = 0;
    int birthYear = 0;
    QString notes;
    QDateTime consentSmsAt; // when the member agreed to SMS; invalid = no consent
    QDateTime consentEmailAt;
    QString levelCode;
    qint64 referredBy = 0; // the member who brought them (referral bonus on their first sale)
    QDate birthdayUsedFor; // the birthday the offer was last given for
    qint64 pointsBalance = 0;
    qint64 visits = 0;
    qint64 totalSpentMinor = 0;
    QDateTime lastVisitAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime erasedAt;
};

struct CardRecord
{
    qint64 id = 0;
    QString uuid;
    QString originTerminal;
    qint64 memberId = 0;
    QString number;
    bool blocked = false;
    QDateTime blockedAt;
    QString blockedReason;
    QDateTime createdAt;
};

struct CardLookup
{
    CardRecord card;
    MemberRecord member;
};

struct PurchaseLineRecord
{
    qint64 id = 0;
    QString uuid;
    int lineNo = 0;
    QString description;
    QString category;
    qint64 unitPriceMinor = 0;
    qint64 quantity = 1;
    qint64 discountMinor = 0;
    qint64 totalMinor = 0;
    qint64 productId = 0; // 0: a free-amount line
    QString productCode;
    qint64 refundOfLine = 0; // a refund's line: the sale's line it gives back
};

// What changed a sale's price or points (a discount by source, points paid, a bonus), in order.
struct PurchaseAdjustmentRecord
{
    QString kind; // "stamp", "level", "promotion", "birthday", "points", "bonus"
    QString label;
    qint64 amountMinor = 0;
    qint64 points = 0;
};

struct PurchaseRecord
{
    qint64 id = 0;
    QString uuid;
    QString originTerminal;
    qint64 receiptNo = 0;
    QString kind = QStringLiteral("sale");
    qint64 refundOf = 0; // a refund: the sale it gives back
    qint64 memberId = 0; // 0 = walk-in
    qint64 cardId = 0;
    qint64 staffId = 0;
    QString currency;
    qint64 subtotalMinor = 0;
    qint64 discountMinor = 0;
    qint64 pointsPaidMinor = 0;
    qint64 totalMinor = 0;
    qint64 pointsEarned = 0;
    qint64 pointsRedeemed = 0;
    QDate businessDay;
    QDateTime createdAt;
    qint64 programVersion = 0; // the program version it was priced with
    QString levelCode;
    qint64 pointsNotReturned = 0; // a refund: points the member had already spent (balance below zero)
    QVector<PurchaseLineRecord> lines;
    QVector<PurchaseAdjustmentRecord> adjustments;
};

struct LedgerEntryRecord
{
    qint64 id = 0;
    QString uuid;
    QString originTerminal;
    qint64 memberId = 0;
    QString kind;
    qint64 points = 0;
    qint64 purchaseId = 0;
    QDate expiresOn; // null = never
    QString reason;
    qint64 staffId = 0;
    QDateTime createdAt;
};

struct StaffRecord
{
    qint64 id = 0;
    QString uuid;
    QString originTerminal;
    QString name;
    QString role; // "cashier", "manager", "administrator" (Permissions::roleFromCode)
    QByteArray pinHash;
    QByteArray pinSalt;
    int pinIterations = 0;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid = not locked
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One line of the audit trail. before/after are JSON texts; hash chains the terminal's lines.
struct AuditRecord
{
    qint64 id = 0;
    QString uuid;
    QString originTerminal;
    QDateTime at;
    qint64 staffId = 0; // 0 = nobody signed in (the command line)
    QString staffName; // read with the row, not stored
    qint64 approvedBy = 0;
    QString approverName;
    QString action;
    QString entity;
    QString entityId;
    QString beforeJson;
    QString afterJson;
    QString prevHash;
    QString hash;
};

struct ProductRecord
{
    qint64 id = 0;
    QString uuid;
    QString originTerminal;
    QString code;
    QString name;
    qint64 priceMinor = 0;
    QString category;
    int quickKey = 0; // 1..9, 0 = none
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;
};
