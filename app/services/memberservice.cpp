#include "memberservice.h"

#include "../rules/phone.h"
#include "ids.h"
#include "repositories.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString tr(const char *text, int n = -1) { return QCoreApplication::translate("MemberService", text, nullptr, n); }

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

Error blockedCard(const CardRecord &card)
{
    const QString when = QLocale().toString(card.blockedAt.toLocalTime().date(), QLocale::ShortFormat);
    QString text = card.blockedReason.isEmpty()
        ? tr("Card %1 is blocked since %2. Ask for the member's phone number or another card.").arg(card.number, when)
        : tr("Card %1 is blocked since %2 (%3). Ask for the member's phone number or another card.")
              .arg(card.number, when, card.blockedReason);
    return makeError(Error::Blocked, text);
}
} // namespace

MemberService::MemberService(const ServiceContext &ctx) : m_ctx(ctx) {}

Result<MemberView> MemberService::lookup(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return makeError(Error::Invalid, tr("Scan a card or type a card or phone number."));
    if (text.size() > kMaxInputLength)
        return makeError(Error::Invalid, tr("That is too long to be a card or phone number."));

    MemberRepository members(m_ctx.db);
    if (allDigits(text)) {
        auto found = members.findByCard(text);
        if (!found)
            return found.error();
        if (found.value()) {
            const CardLookup &hit = *found.value();
            if (hit.card.blocked)
                return blockedCard(hit.card);
            if (hit.member.erasedAt.isValid())
                return makeError(Error::Blocked, tr("Card %1 belonged to a member whose data was erased.")
                                                     .arg(text));
            return MemberView{hit.member, hit.card};
        }
    }
    const QString key = Phone::lookupKey(text);
    if (!key.isEmpty()) {
        auto byPhone = members.findByPhone(key, 2);
        if (!byPhone)
            return byPhone.error();
        if (byPhone.value().size() == 1)
            return MemberView{byPhone.value().first(), CardRecord{}};
        if (byPhone.value().size() > 1)
            return makeError(Error::Conflict,
                             tr("Several members have phone %1: scan the card instead.").arg(text));
    }
    if (allDigits(text))
        return makeError(Error::NotFound, tr("No member has card or phone number %1.").arg(text));
    if (!key.isEmpty())
        return makeError(Error::NotFound, tr("No member has phone number %1.").arg(text));
    return makeError(Error::NotFound, tr("\"%1\" is not a card or phone number of any member.").arg(text));
}

Result<MemberView> MemberService::byId(qint64 memberId)
{
    auto m = MemberRepository(m_ctx.db).findById(memberId);
    if (!m)
        return m.error();
    if (!m.value())
        return makeError(Error::NotFound, tr("The member no longer exists."));
    return MemberView{*m.value(), CardRecord{}};
}

Result<MemberProfile> MemberService::profile(const MemberView &view)
{
    MemberProfile p;
    p.view = view;
    MemberInsights insights(m_ctx.db);
    auto expiry = insights.nextExpiry(view.member.id, m_ctx.clock.today());
    if (!expiry)
        return expiry.error();
    p.nextExpiry = expiry.value();
    auto favourites = insights.favourites(view.member.id, 3);
    if (!favourites)
        return favourites.error();
    p.favourites = favourites.value();
    auto recent = PurchaseRepository(m_ctx.db).recentForMember(view.member.id, 3);
    if (!recent)
        return recent.error();
    p.recent = recent.value();
    return p;
}

Result<MemberView> MemberService::enroll(const NewMember &input)
{
    const QString name = input.name.simplified();
    if (name.isEmpty())
        return makeError(Error::Invalid, tr("Enter the member's name."));
    if (name.size() > 200)
        return makeError(Error::Invalid, tr("A name has at most 200 characters."));
    const QString card = input.cardNumber.trimmed();
    if (!allDigits(card) || card.size() < 6 || card.size() > 32)
        return makeError(Error::Invalid, tr("A card number has 6 to 32 digits."));
    QString phoneKey;
    if (!input.phone.trimmed().isEmpty()) {
        phoneKey = Phone::lookupKey(input.phone);
        if (phoneKey.isEmpty())
            return makeError(Error::Invalid, tr("\"%1\" is not a phone number.").arg(input.phone.trimmed()));
    }

    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    MemberRepository members(m_ctx.db);
    auto existing = members.findByCard(card);
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(Error::Conflict, tr("Card %1 already belongs to %2.").arg(card, existing.value()->member.name));

    const QDateTime now = m_ctx.clock.nowUtc();
    MemberRecord m;
    m.uuid = Ids::newUuid(now);
    m.originTerminal = m_ctx.terminal.uuid;
    m.name = name;
    m.phone = input.phone.trimmed();
    m.phoneNorm = phoneKey;
    m.email = input.email.trimmed();
    m.notes = input.notes.trimmed();
    m.createdAt = now;
    m.updatedAt = now;
    if (auto r = members.insert(m); !r)
        return r.error();
    CardRecord c;
    c.uuid = Ids::newUuid(now);
    c.originTerminal = m_ctx.terminal.uuid;
    c.memberId = m.id;
    c.number = card;
    c.createdAt = now;
    if (auto r = members.insertCard(c); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return MemberView{m, c};
}
