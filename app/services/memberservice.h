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
    QString cardNumber; // empty with generateCard: the app issues a number
    QString notes;
    QString birthday; // as typed: "31.12", "31.12.1990", "1990-12-31"
    bool consentSms = false;
    bool consentEmail = false;
    bool generateCard = false;
    // Family members may share a phone or an address: the cashier confirms, then enrolls anyway.
    bool allowSharedContact = false;
};

// Another member with the same phone or e-mail, found before enrolling.
struct ContactClash
{
    MemberRecord member;
    bool samePhone = false;
    bool sameEmail = false;
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

    // Validates, checks for duplicates and enrolls in one transaction. A card already in use is
    // refused; a shared phone or e-mail is refused with Error::Conflict unless allowSharedContact.
    Result<MemberView> enroll(const NewMember &m);
    Result<QVector<ContactClash>> contactClashes(const QString &phone, const QString &email,
                                                 qint64 exceptMemberId = 0);
    // A new card number of our own: EAN-13, in-store prefix 2, random serial unused here.
    Result<QString> newCardNumber();

    static constexpr int kMaxInputLength = 64;

private:
    ServiceContext m_ctx;
};
