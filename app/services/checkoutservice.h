#pragma once

#include "context.h"
#include "programservice.h"
#include "quote.h"

#include <functional>

struct SaleRequest
{
    Cart cart;
    qint64 memberId = 0; // 0 = walk-in
    qint64 cardId = 0;
    qint64 staffId = 0;
    qint64 pointsToRedeem = 0; // PricingInput::kRedeemMax: as many as allowed
};

struct SaleResult
{
    PurchaseRecord purchase;
    Quote quote;
    qint64 newBalance = 0;
    qint64 referralBonus = 0; // given to the member and to whoever referred them
};

// What the counter shows of a member's place in the program: level and progress, stamps, the
// birthday offer, points about to expire.
struct MemberLoyalty
{
    QString levelName; // empty: no levels, or none reached
    QString nextLevelName;
    qint64 missingMinor = 0; // spend still needed for the next level
    qint64 spentInPeriodMinor = 0;
    QHash<QString, QString> levelNames; // code -> name, for messages about a sale's level
    struct Card
    {
        QString code;
        QString name;
        int stamps = 0;
        int buy = 0; // a full card: the next unit is free
    };
    QVector<Card> stampCards;
    bool birthdayOffer = false; // the offer applies on a sale now
    QString birthdayText; // what it is: "100 bonus points", "10% off", "a free Latte"
    qint64 expiringPoints = 0; // the next lot(s) to expire, and when
    QDate expiringOn;
};

// Prices and records sales. complete() is one transaction: the purchase, its lines and discounts,
// the points and stamp ledgers and the member's cached totals are all written or none is.
class CheckoutService
{
public:
    explicit CheckoutService(const ServiceContext &ctx);

    Result<Quote> quote(const Cart &cart, const MemberRecord *member, qint64 pointsToRedeem = 0);
    Result<SaleResult> complete(const SaleRequest &request);
    Result<MemberLoyalty> loyalty(const MemberRecord &member);
    // The most points the member may pay with on this cart (0: none, or paying with points is off).
    Result<qint64> maxRedeemable(const Cart &cart, const MemberRecord &member);

    // What the rules need to know of a member at a moment, read from the ledgers.
    static Result<MemberSnapshot> snapshot(const ServiceContext &ctx, const MemberRecord &member,
                                           const PricingProgram &program);

    // Tests make a step fail ("after-purchase", "after-ledger", "after-member") to prove atomicity.
    using FaultHook = std::function<bool(const QString &stage)>;
    void setFaultHook(FaultHook hook) { m_fault = std::move(hook); }

private:
    Result<void> checkpoint(const QString &stage);

    ServiceContext m_ctx;
    FaultHook m_fault;
};
