#pragma once

#include "context.h"

#include <QCoreApplication>

// Everything a receipt says, read back from the database, so that any past sale can be reprinted
// exactly as it was made (its lines, its discounts by source, its points), with the member's place
// in the program as it is now (points expiring next, progress to the next level).
struct Receipt
{
    QString shopName;
    QString tillName;
    qint64 receiptNo = 0;
    bool refund = false;
    qint64 refundOfReceipt = 0;
    QDateTime at;
    QString cashier;
    QString currency;
    struct Line
    {
        QString description;
        qint64 quantity = 0;
        qint64 unitMinor = 0;
        qint64 totalMinor = 0;
    };
    QVector<Line> lines;
    qint64 subtotalMinor = 0;
    QVector<PurchaseAdjustmentRecord> adjustments;
    qint64 pointsPaidMinor = 0;
    qint64 totalMinor = 0; // paid (or given back) with money
    // The member's part; memberName empty for a walk-in.
    QString memberName;
    QString card;
    qint64 pointsEarned = 0; // negative on a refund: taken back
    qint64 pointsRedeemed = 0; // negative on a refund: given back
    qint64 balanceAfter = 0;
    qint64 pointsNotReturned = 0;
    QString levelName;
    QString nextLevelName;
    qint64 missingMinor = 0;
    qint64 expiringPoints = 0;
    QDate expiringOn;
};

class ReceiptService
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptService)
public:
    explicit ReceiptService(const ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }
    Result<Receipt> forPurchase(qint64 purchaseId);
    Result<Receipt> byNumber(qint64 receiptNo); // of this terminal

private:
    ServiceContext m_ctx;
};

// How a receipt reads: HTML for the screen, the printer and PDF (80 mm till roll), plain text for
// the command line. Pure functions of the Receipt.
namespace ReceiptFormat {
QString html(const Receipt &r);
QString text(const Receipt &r);
} // namespace ReceiptFormat
