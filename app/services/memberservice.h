#pragma once

#include "context.h"
#include "memberinsights.h"

#include <QDate>

// A member as the counter sees them after a scan: the record, and the card that was used (empty when
// found by phone).
struct MemberView
{
    MemberRecord member;
    CardRecord card;
};

// Everything the member card at the till shows.
struct MemberProfile
{
    MemberView view;
    std::optional<MemberInsights::Expiry> nextExpiry;
    QVector<MemberInsights::Favourite> favourites;
    QVector<PurchaseRecord> recent;
    qint64 averageCheckMinor() const
    {
        return view.member.visits > 0 ? view.member.totalSpentMinor / view.member.visits : 0;
    }
};

struct NewMember
{
    QString name;
    QString phone;
    QString email;
    QString cardNumber;
    QString notes;
};

class MemberService
{
public:
    explicit MemberService(const ServiceContext &ctx);

    // What the scan field does with Enter: a card number, or a phone number. Unknown and blocked
    // cards come back as errors whose message is meant for the sale page.
    Result<MemberView> lookup(const QString &input);
    Result<MemberView> byId(qint64 memberId);
    // The member card: the view plus expiring points, favourites and the last purchases.
    Result<MemberProfile> profile(const MemberView &view);

    // The minimal enrollment the demo data and `loyalty-cli` need; one transaction.
    Result<MemberView> enroll(const NewMember &m);

    static constexpr int kMaxInputLength = 64;

private:
    ServiceContext m_ctx;
};
