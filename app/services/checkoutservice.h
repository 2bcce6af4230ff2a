#pragma once

#include "../rules/quote.h"
#include "context.h"

#include <functional>

struct SaleRequest
{
    Cart cart;
    qint64 memberId = 0; // 0 = walk-in
    qint64 cardId = 0;
    qint64 staffId = 0;
};

struct SaleResult
{
    PurchaseRecord purchase;
    Quote quote;
    qint64 newBalance = 0;
};

// Prices and records sales. complete() is one transaction: the purchase, its lines, the ledger entry
// and the member's cached totals are all written or none is.
class CheckoutService
{
public:
    explicit CheckoutService(const ServiceContext &ctx);

    Result<Quote> quote(const Cart &cart, const MemberRecord *member);
    Result<SaleResult> complete(const SaleRequest &request);

    // Tests make a step fail ("after-purchase", "after-ledger", "after-member") to prove atomicity.
    using FaultHook = std::function<bool(const QString &stage)>;
    void setFaultHook(FaultHook hook) { m_fault = std::move(hook); }

private:
    Result<void> checkpoint(const QString &stage);

    ServiceContext m_ctx;
    FaultHook m_fault;
};
