#pragma once

#include "context.h"

#include <QCoreApplication>

// Part of a sale's line given back: the sale's line number and how many units.
struct ReturnLine
{
    int lineNo = 0;
    qint64 quantity = 0;
};

struct RefundResult
{
    PurchaseRecord refund;
    qint64 pointsReversed = 0; // earned points taken back
    qint64 pointsReturned = 0; // points the sale was paid with, given back
    qint64 newBalance = 0; // may be below zero when the member already spent the points
    bool wholeSaleReturned = false; // nothing of the sale is left to give back
};

// What is left of a sale to give back, line by line.
struct ReturnableLine
{
    PurchaseLineRecord line;
    qint64 returned = 0; // units already given back
    qint64 left() const { return line.quantity - returned; }
};

// Giving a sale back, whole or in part (a void at the till, or a return): a refund receipt pointing
// at the sale and its lines, and everything the sale did to the member reversed in proportion to
// the goods returned (docs/pricing.md, "Refunds"): money, discounts, the points it earned, the points
// it was paid with, its stamps; one transaction with an audit line. Successive partial returns add
// up exactly to the whole. A cashier needs a manager's approval (Permissions: Refund).
class RefundService
{
    Q_DECLARE_TR_FUNCTIONS(RefundService)
public:
    explicit RefundService(const ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }

    // A sale of this terminal by its receipt number.
    Result<PurchaseRecord> saleByReceipt(qint64 receiptNo);
    // The sale's lines with what was already given back.
    Result<QVector<ReturnableLine>> returnable(qint64 purchaseId);
    // lines empty: everything not yet given back.
    Result<RefundResult> refund(qint64 purchaseId, const QVector<ReturnLine> &lines, const QString &reason,
                                qint64 approvedBy = 0);
    Result<RefundResult> refundWhole(qint64 purchaseId, const QString &reason, qint64 approvedBy = 0)
    {
        return refund(purchaseId, {}, reason, approvedBy);
    }

private:
    ServiceContext m_ctx;
};
