#pragma once

#include "context.h"

#include <QCoreApplication>

struct RefundResult
{
    PurchaseRecord refund;
    qint64 pointsReversed = 0;
    qint64 newBalance = 0; // may be below zero when the member already spent the points
};

// Giving a whole sale back (a void at the till, or a return): a refund record pointing at the sale,
// the points the sale earned taken back, the member's totals corrected, an audit line; one
// transaction. A cashier needs a manager's approval (Permissions: Refund). Partial returns and the
// points a sale consumed come with the loyalty program's redemption (issue 5).
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
    Result<RefundResult> refundWhole(qint64 purchaseId, const QString &reason, qint64 approvedBy = 0);

private:
    ServiceContext m_ctx;
};
