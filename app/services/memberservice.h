#pragma once

#include "context.h"
#include "memberinsights.h"
#include "pointsledger.h"

#include "permissions.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

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
    QString referrer; // the card or phone of the member who brought them; empty: nobody
    bool consentSms = false;
    bool consentEmail = false;
    bool generateCard = false;
    // Family members may share a phone or an address: the cashier confirms, then enrolls anyway.
    bool allowSharedContact = false;
};

// What an edit changes; a field left empty (std::nullopt) keeps its value. The same rules as enrolment.
struct MemberChanges
{
    std::optional<QString> name;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QString> birthday; // as typed; "" clears it
    std::optional<QString> notes;
    std::optional<bool> consentSms; // true keeps the date consent was first given
    std::optional<bool> consentEmail;
    // A different number replaces the card `cardId` (0: the member's newest active card): the old card
    // is blocked, as for a lost card, and the new one carries on. A number of another member is refused.
    std::optional<QString> cardNumber;
    qint64 cardId = 0;
    // A phone or e-mail that another member has too: refused (Error::Conflict) until the cashier
    // confirms (a family). Only a phone or e-mail that changes is checked.
    bool allowSharedContact = false;
};

// What a merge did, for the screen and the audit trail.
struct MergeResult
{
    MemberView kept;
    qint64 mergedAwayId = 0;
    qint64 pointsMoved = 0;
    int cardsMoved = 0;
    int purchasesMoved = 0;
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
    // Every card the member has had, oldest first; blocked ones too.
    Result<QVector<CardRecord>> cards(qint64 memberId);
    // The member card: the view plus expiring points, favourites and the last purchases.
    Result<MemberProfile> profile(const MemberView &view);

    // Validates, checks for duplicates and enrolls in one transaction. A card already in use is
    // refused; a shared phone or e-mail is refused with Error::Conflict unless allowSharedContact.
    Result<MemberView> enroll(const NewMember &m);
    Result<QVector<ContactClash>> contactClashes(const QString &phone, const QString &email,
                                                 qint64 exceptMemberId = 0);
    // A new card number of our own: EAN-13, in-store prefix 2, random serial unused here.
    Result<QString> newCardNumber();

    // Each of these is one transaction with one audit entry.
    // Changes personal fields with the enrolment rules; search finds the member by the new name at once.
    Result<MemberView> edit(qint64 memberId, const MemberChanges &changes);
    // A lost card: blocks it (scanning it later says which card replaced it), attaches the new number
    // (empty: the app issues one), keeps the balance and history. oldCardId 0: the member's only
    // active card.
    Result<MemberView> replaceLostCard(qint64 memberId, qint64 oldCardId, const QString &newCardNumber);
    // Two records of one person: mergeAwayId's cards, purchases and points (with their expiry dates)
    // move to keepId; their visits and spend add up; gaps in keepId's contacts are filled from the
    // other; mergeAwayId leaves search and lookups (merged_into). A manager's decision: approvedBy is
    // the approving manager's staff id when the current actor needs one.
    Result<MergeResult> merge(qint64 keepId, qint64 mergeAwayId, qint64 approvedBy = 0);
    // On the member's request: name, phone, e-mail, birthday, notes and consents are removed (also
    // from members merged into this one), cards are blocked; sales and the points ledger stay for the
    // books. approvedBy as for merge.
    Result<void> erase(qint64 memberId, qint64 approvedBy = 0);
    // Points added (positive) or taken away (negative) by hand, with a reason: a manager's, or a
    // cashier's with a manager's approval. Added points expire like earned ones; taken points come
    // off the oldest lots. Returns the new balance.
    Result<qint64> adjustPoints(qint64 memberId, qint64 points, const QString &reason, qint64 approvedBy = 0);
    static constexpr qint64 kMaxAdjustment = 1000000;

    static constexpr int kMaxInputLength = 64;

private:
    struct Valid; // a member's fields after validation
    Result<Valid> validate(const NewMember &m);
    Result<MemberView> liveMember(qint64 memberId);
    Result<CardRecord> replaceCard(const MemberRecord &member, qint64 oldCardId, const QString &newNumber,
                                   bool generate, const QString &reasonForOld);
    Result<QString> checkedNewCard(const QString &number, bool generate);
    Result<CardRecord> cardOf(qint64 memberId, qint64 cardId);
    Result<CardRecord> attachCard(qint64 memberId, const QString &number, const QDateTime &now);
    // The current actor may do it, or approvedBy is a manager who may (Error::Forbidden otherwise).
    Result<void> authorize(Action action, qint64 approvedBy);
    qint64 actorStaffId() const;
    // One audit entry, inside the open transaction.
    Result<void> audit(const QString &action, qint64 memberId, const QJsonObject &before,
                       const QJsonObject &after, qint64 approvedBy);
    // What the audit trail keeps of an edit: which personal fields changed, never their values
    // (contacts masked as a cashier sees them). The trail is append-only, so whatever it held would
    // outlive an erasure on request.
    static void diffMembers(const MemberRecord &a, const MemberRecord &b, QJsonObject &before,
                            QJsonObject &after);

    ServiceContext m_ctx;
};
