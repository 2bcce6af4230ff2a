#include "memberservice.h"

#include "../rules/cardnumber.h"
#include "../rules/membervalidation.h"
#include "../rules/phone.h"
#include "ids.h"
#include "repositories.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("MemberService", text, nullptr, n);
}

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
        ? tr("Card %1 is blocked since %2. Ask for the member's phone number or another card.")
              .arg(card.number, when)
        : tr("Card %1 is blocked since %2 (%3). Ask for the member's phone number or another card.")
              .arg(card.number, when, card.blockedReason);
    return makeError(Error::Blocked, text);
}
} // namespace

MemberService::MemberService(const ServiceContext &ctx)
    : m_ctx(ctx)
{
}

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
                return makeError(Error::Blocked,
                                 tr("Card %1 belonged to a member whose data was erased.").arg(text));
            return MemberView {hit.member, hit.card};
        }
    }
    const QString key = Phone::lookupKey(text);
    if (!key.isEmpty()) {
        auto byPhone = members.findByPhone(key, 2);
        if (!byPhone)
            return byPhone.error();
        if (byPhone.value().size() == 1)
            return MemberView {byPhone.value().first(), CardRecord {}};
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
    return MemberView {*m.value(), CardRecord {}};
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

Result<QVector<ContactClash>> MemberService::contactClashes(const QString &phone, const QString &email,
                                                            qint64 exceptMemberId)
{
    QVector<ContactClash> out;
    MemberRepository members(m_ctx.db);
    const QString key = Phone::lookupKey(phone);
    if (!key.isEmpty()) {
        auto same = members.findByPhone(key, 5);
        if (!same)
            return same.error();
        for (const MemberRecord &m : same.value()) {
            if (m.id != exceptMemberId)
                out.push_back({m, true, false});
        }
    }
    if (!email.trimmed().isEmpty()) {
        auto same = members.findByEmail(email.trimmed(), 5);
        if (!same)
            return same.error();
        for (const MemberRecord &m : same.value()) {
            if (m.id == exceptMemberId)
                continue;
            auto it = std::find_if(out.begin(), out.end(),
                                   [&](const ContactClash &c) { return c.member.id == m.id; });
            if (it != out.end())
                it->sameEmail = true;
            else
                out.push_back({m, false, true});
        }
    }
    return out;
}

Result<QString> MemberService::newCardNumber()
{
    MemberRepository members(m_ctx.db);
    // Random, not sequential: two offline tills must not hand out the same number before they sync.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const qint64 serial
            = qint64(QRandomGenerator::system()->bounded(quint64(1), quint64(99999999999ULL)));
        const QString number = CardNumber::makeEan13(QStringLiteral("2"), serial);
        auto taken = members.findByCard(number);
        if (!taken)
            return taken.error();
        if (!taken.value())
            return number;
    }
    return makeError(Error::Conflict, tr("No free card number was found; try again."));
}

Result<MemberView> MemberService::enroll(const NewMember &input)
{
    auto name = MemberValidation::name(input.name);
    if (!name)
        return onField(name.error(), "name");
    auto phone = MemberValidation::phone(input.phone);
    if (!phone)
        return onField(phone.error(), "phone");
    auto email = MemberValidation::email(input.email);
    if (!email)
        return onField(email.error(), "email");
    auto birthday = MemberValidation::birthday(input.birthday, m_ctx.clock.today());
    if (!birthday)
        return onField(birthday.error(), "birthday");
    auto notes = MemberValidation::notes(input.notes);
    if (!notes)
        return onField(notes.error(), "notes");
    QString card;
    if (input.cardNumber.trimmed().isEmpty() && input.generateCard) {
        auto generated = newCardNumber();
        if (!generated)
            return generated.error();
        card = generated.value();
    } else {
        auto checked = MemberValidation::cardNumber(input.cardNumber);
        if (!checked)
            return onField(checked.error(), "card");
        card = checked.value();
    }

    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    MemberRepository members(m_ctx.db);
    auto existing = members.findByCard(card);
    if (!existing)
        return existing.error();
    if (existing.value())
        return onField(
            makeError(Error::Conflict,
                      tr("Card %1 already belongs to %2.").arg(card, existing.value()->member.name)),
            "card");
    if (!input.allowSharedContact) {
        auto clashes = contactClashes(phone.value(), email.value());
        if (!clashes)
            return clashes.error();
        if (!clashes->isEmpty()) {
            const ContactClash &c = clashes->first();
            return onField(makeError(Error::Conflict,
                                     c.samePhone
                                         ? tr("%1 already has this phone number.").arg(c.member.name)
                                         : tr("%1 already has this e-mail address.").arg(c.member.name)),
                           c.samePhone ? "phone" : "email");
        }
    }

    const QDateTime now = m_ctx.clock.nowUtc();
    MemberRecord m;
    m.uuid = Ids::newUuid(now);
    m.originTerminal = m_ctx.terminal.uuid;
    m.name = name.value();
    m.phone = phone.value();
    m.phoneNorm = Phone::lookupKey(m.phone);
    m.email = email.value();
    m.birthDay = birthday->day;
    m.birthMonth = birthday->month;
    m.birthYear = birthday->year;
    m.notes = notes.value();
    if (input.consentSms && !m.phone.isEmpty())
        m.consentSmsAt = now;
    if (input.consentEmail && !m.email.isEmpty())
        m.consentEmailAt = now;
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
    return MemberView {m, c};
}
