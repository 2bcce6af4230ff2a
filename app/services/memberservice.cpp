#include "memberservice.h"

#include "pointsledger.h"

#include "auditservice.h"
#include "cardnumber.h"
#include "ids.h"
#include "masking.h"
#include "memberstore.h"
#include "membertotals.h"
#include "membervalidation.h"
#include "phone.h"
#include "programservice.h"
#include "quote.h"
#include "repositories.h"
#include "staffservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace {
// This file's strings translate in the context "MemberService" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MemberService)
};
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
        ? Text::tr("Card %1 is blocked since %2. Ask for the member's phone number or another card.")
              .arg(card.number, when)
        : Text::tr("Card %1 is blocked since %2 (%3). Ask for the member's phone number or another card.")
              .arg(card.number, when, card.blockedReason);
    return makeError(Error::Blocked, text);
}

// Consent to a channel the member has (a phone for SMS), dated when it was first given.
QDateTime keptConsent(bool wanted, const QString &channel, const QDateTime &given, const QDateTime &now)
{
    if (!wanted || channel.isEmpty())
        return QDateTime();
    return given.isValid() ? given : now;
}

Error clashError(const ContactClash &c)
{
    return onField(makeError(Error::Conflict,
                             c.samePhone
                                 ? Text::tr("%1 already has this phone number.").arg(c.member.name)
                                 : Text::tr("%1 already has this e-mail address.").arg(c.member.name)),
                   c.samePhone ? "phone" : "email");
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
        return makeError(Error::Invalid, Text::tr("Scan a card or type a card or phone number."));
    if (text.size() > kMaxInputLength)
        return makeError(Error::Invalid, Text::tr("That is too long to be a card or phone number."));

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
                                 Text::tr("Card %1 belonged to a member whose data was erased.").arg(text));
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
                             Text::tr("Several members have phone %1: scan the card instead.").arg(text));
    }
    if (allDigits(text))
        return makeError(Error::NotFound, Text::tr("No member has card or phone number %1.").arg(text));
    if (!key.isEmpty())
        return makeError(Error::NotFound, Text::tr("No member has phone number %1.").arg(text));
    return makeError(Error::NotFound,
                     Text::tr("\"%1\" is not a card or phone number of any member.").arg(text));
}

Result<MemberView> MemberService::byId(qint64 memberId)
{
    auto m = MemberRepository(m_ctx.db).findById(memberId);
    if (!m)
        return m.error();
    if (!m.value())
        return makeError(Error::NotFound, Text::tr("The member no longer exists."));
    return MemberView {*m.value(), CardRecord {}};
}

Result<QVector<CardRecord>> MemberService::cards(qint64 memberId)
{
    return MemberRepository(m_ctx.db).cardsOf(memberId);
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
    return makeError(Error::Conflict, Text::tr("No free card number was found; try again."));
}

struct MemberService::Valid
{
    QString name;
    QString phone;
    QString email;
    MemberValidation::Birthday birthday;
    QString notes;

    void applyTo(MemberRecord &m) const
    {
        m.name = name;
        m.phone = phone;
        m.phoneNorm = Phone::lookupKey(phone);
        m.email = email;
        m.birthDay = birthday.day;
        m.birthMonth = birthday.month;
        m.birthYear = birthday.year;
        m.notes = notes;
    }
};

// The enrolment rules, field by field; the error names the field so that a form can put the cursor there.
Result<MemberService::Valid> MemberService::validate(const NewMember &input)
{
    Valid v;
    auto name = MemberValidation::name(input.name);
    if (!name)
        return onField(name.error(), "name");
    v.name = name.value();
    auto phone = MemberValidation::phone(input.phone);
    if (!phone)
        return onField(phone.error(), "phone");
    v.phone = phone.value();
    auto email = MemberValidation::email(input.email);
    if (!email)
        return onField(email.error(), "email");
    v.email = email.value();
    auto birthday = MemberValidation::birthday(input.birthday, m_ctx.clock.today());
    if (!birthday)
        return onField(birthday.error(), "birthday");
    v.birthday = birthday.value();
    auto notes = MemberValidation::notes(input.notes);
    if (!notes)
        return onField(notes.error(), "notes");
    v.notes = notes.value();
    return v;
}

// A card number for a new card: checked (or issued), and not anybody's card yet, blocked ones included.
Result<QString> MemberService::checkedNewCard(const QString &number, bool generate)
{
    QString card;
    if (number.trimmed().isEmpty() && generate) {
        auto generated = newCardNumber();
        if (!generated)
            return generated.error();
        card = generated.value();
    } else {
        auto checked = MemberValidation::cardNumber(number);
        if (!checked)
            return onField(checked.error(), "card");
        card = checked.value();
    }
    auto existing = MemberRepository(m_ctx.db).findByCard(card);
    if (!existing)
        return existing.error();
    if (existing.value())
        return onField(
            makeError(
                Error::Conflict,
                existing.value()->member.erasedAt.isValid()
                    ? Text::tr("Card %1 belonged to a member whose data was erased: use another card.")
                          .arg(card)
                    : Text::tr("Card %1 already belongs to %2.").arg(card, existing.value()->member.name)),
            "card");
    return card;
}

Result<MemberView> MemberService::enroll(const NewMember &input)
{
    if (auto r = authorize(Action::EnrollMember, 0); !r)
        return r.error();
    auto valid = validate(input);
    if (!valid)
        return valid.error();

    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    auto card = checkedNewCard(input.cardNumber, input.generateCard);
    if (!card)
        return card.error();
    if (!input.allowSharedContact) {
        auto clashes = contactClashes(valid->phone, valid->email);
        if (!clashes)
            return clashes.error();
        if (!clashes->isEmpty())
            return clashError(clashes->first());
    }
    qint64 referredBy = 0;
    if (!input.referrer.trimmed().isEmpty()) {
        auto referrer = lookup(input.referrer);
        if (!referrer)
            return onField(
                makeError(referrer.error().kind, Text::tr("Referred by: %1").arg(referrer.error().message)),
                "referrer");
        referredBy = referrer->member.id;
    }
    auto program = ProgramService(m_ctx.db).current(m_ctx.terminal, m_ctx.clock.nowUtc());
    if (!program)
        return program.error();

    const QDateTime now = m_ctx.clock.nowUtc();
    MemberRecord m;
    m.referredBy = referredBy;
    m.uuid = Ids::newUuid(now);
    m.originTerminal = m_ctx.terminal.uuid;
    valid->applyTo(m);
    m.consentSmsAt = keptConsent(input.consentSms, m.phone, QDateTime(), now);
    m.consentEmailAt = keptConsent(input.consentEmail, m.email, QDateTime(), now);
    m.createdAt = now;
    m.updatedAt = now;
    MemberRepository members(m_ctx.db);
    if (auto r = members.insert(m); !r)
        return r.error();
    auto c = attachCard(m.id, card.value(), now);
    if (!c)
        return c.error();
    if (program->welcomeBonus > 0) {
        const QDate expires = Rules::expiryDate(m_ctx.clock.today(), program->expiryMonths);
        if (auto r = PointsLedger(m_ctx).credit(m.id, QStringLiteral("bonus"), program->welcomeBonus, expires,
                                                0, Text::tr("Welcome bonus"));
            !r)
            return r.error();
        if (auto r = MemberTotals(m_ctx.db).addPoints(m.id, program->welcomeBonus, now); !r)
            return r.error();
        m.pointsBalance += program->welcomeBonus;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return MemberView {m, c.value()};
}

// --- Changing a member who exists --------------------------------------------------------------

namespace {

QJsonValue birthdayJson(const MemberRecord &m)
{
    return MemberValidation::formatBirthday({m.birthDay, m.birthMonth, m.birthYear});
}

} // namespace

void MemberService::diffMembers(const MemberRecord &a, const MemberRecord &b, QJsonObject &before,
                                QJsonObject &after)
{
    auto field = [&](const char *key, const QJsonValue &x, const QJsonValue &y) {
        if (x != y) {
            before.insert(QLatin1String(key), x);
            after.insert(QLatin1String(key), y);
        }
    };
    auto hidden = [&](const char *key, const QString &x, const QString &y) {
        if (x == y)
            return;
        before.insert(QLatin1String(key), x.isEmpty() ? QString() : QStringLiteral("(old value)"));
        after.insert(QLatin1String(key), y.isEmpty() ? QString() : QStringLiteral("(new value)"));
    };
    hidden("name", a.name, b.name);
    field("phone", Masking::phone(a.phone), Masking::phone(b.phone));
    field("email", Masking::email(a.email), Masking::email(b.email));
    hidden("birthday", birthdayJson(a).toString(), birthdayJson(b).toString());
    hidden("notes", a.notes, b.notes);
    field("consent_sms", a.consentSmsAt.isValid(), b.consentSmsAt.isValid());
    field("consent_email", a.consentEmailAt.isValid(), b.consentEmailAt.isValid());
}

// The member an administrative action is about: present, not erased, not merged into another.
Result<MemberView> MemberService::liveMember(qint64 memberId)
{
    auto m = MemberRepository(m_ctx.db).findById(memberId);
    if (!m)
        return m.error();
    if (!m.value())
        return makeError(Error::NotFound, Text::tr("There is no member #%1.").arg(memberId));
    if (m.value()->erasedAt.isValid())
        return makeError(Error::Blocked, Text::tr("The data of member #%1 was erased.").arg(memberId));
    auto into = MemberStore(m_ctx.db).mergedInto(memberId);
    if (!into)
        return into.error();
    if (into.value() != 0)
        return makeError(Error::Conflict,
                         Text::tr("%1 (#%2) was merged into member #%3: open that member instead.")
                             .arg(m.value()->name)
                             .arg(memberId)
                             .arg(into.value()));
    return MemberView {*m.value(), CardRecord {}};
}

// The card with this id, or (0) the member's newest active card; empty when there is none.
Result<CardRecord> MemberService::cardOf(qint64 memberId, qint64 cardId)
{
    auto cards = MemberRepository(m_ctx.db).cardsOf(memberId);
    if (!cards)
        return cards.error();
    CardRecord card;
    for (const CardRecord &c : cards.value()) {
        if (c.id == cardId || (cardId == 0 && !c.blocked))
            card = c; // cardsOf is in id order: the newest active card wins
    }
    return card;
}

Result<CardRecord> MemberService::replaceCard(const MemberRecord &member, qint64 oldCardId,
                                              const QString &newNumber, bool generate,
                                              const QString &reasonForOld)
{
    MemberRepository members(m_ctx.db);
    auto cards = members.cardsOf(member.id);
    if (!cards)
        return cards.error();
    CardRecord old;
    if (oldCardId != 0) {
        auto it = std::find_if(cards->begin(), cards->end(),
                               [&](const CardRecord &c) { return c.id == oldCardId; });
        if (it == cards->end())
            return onField(
                makeError(Error::NotFound, Text::tr("That card is not one of %1's cards.").arg(member.name)),
                "card");
        if (it->blocked)
            return onField(
                makeError(Error::Conflict, Text::tr("Card %1 is blocked already.").arg(it->number)), "card");
        old = *it;
    } else {
        QVector<CardRecord> active;
        std::copy_if(cards->begin(), cards->end(), std::back_inserter(active),
                     [](const CardRecord &c) { return !c.blocked; });
        if (active.size() > 1)
            return onField(makeError(Error::Invalid,
                                     Text::tr("%1 has %2 cards: say which one to replace.")
                                         .arg(member.name, QLocale().toString(active.size()))),
                           "card");
        if (active.size() == 1)
            old = active.first();
    }
    if (!old.number.isEmpty() && newNumber.trimmed() == old.number)
        return onField(
            makeError(Error::Invalid, Text::tr("The new card must have another number than the old one.")),
            "card");
    auto number = checkedNewCard(newNumber, generate);
    if (!number)
        return number.error();

    const QDateTime now = m_ctx.clock.nowUtc();
    if (old.id != 0) {
        if (auto r = MemberStore(m_ctx.db).blockCard(old.id, now, reasonForOld.arg(number.value())); !r)
            return r.error();
    }
    return attachCard(member.id, number.value(), now);
}

Result<CardRecord> MemberService::attachCard(qint64 memberId, const QString &number, const QDateTime &now)
{
    CardRecord c;
    c.uuid = Ids::newUuid(now);
    c.originTerminal = m_ctx.terminal.uuid;
    c.memberId = memberId;
    c.number = number;
    c.createdAt = now;
    if (auto r = MemberRepository(m_ctx.db).insertCard(c); !r)
        return r.error();
    return c;
}

Result<MemberView> MemberService::edit(qint64 memberId, const MemberChanges &changes)
{
    if (auto r = authorize(Action::EditMember, 0); !r)
        return r.error();
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    auto current = liveMember(memberId);
    if (!current)
        return current.error();
    const MemberRecord &was = current->member;

    NewMember input;
    input.name = changes.name.value_or(was.name);
    input.phone = changes.phone.value_or(was.phone);
    input.email = changes.email.value_or(was.email);
    input.birthday = changes.birthday.value_or(
        MemberValidation::formatBirthday({was.birthDay, was.birthMonth, was.birthYear}));
    input.notes = changes.notes.value_or(was.notes);
    auto valid = validate(input);
    if (!valid)
        return valid.error();

    // Only a phone or an e-mail that changes can make a new clash: a family that already shares one
    // is not asked again when somebody corrects a name.
    const bool phoneChanged = Phone::lookupKey(valid->phone) != was.phoneNorm;
    const bool emailChanged = valid->email.compare(was.email, Qt::CaseInsensitive) != 0;
    if (!changes.allowSharedContact && (phoneChanged || emailChanged)) {
        auto clashes = contactClashes(phoneChanged ? valid->phone : QString(),
                                      emailChanged ? valid->email : QString(), memberId);
        if (!clashes)
            return clashes.error();
        if (!clashes->isEmpty())
            return clashError(clashes->first());
    }

    const QDateTime now = m_ctx.clock.nowUtc();
    MemberRecord m = was;
    valid->applyTo(m);
    m.consentSmsAt = keptConsent(changes.consentSms.value_or(was.consentSmsAt.isValid()), m.phone,
                                 was.consentSmsAt, now);
    m.consentEmailAt = keptConsent(changes.consentEmail.value_or(was.consentEmailAt.isValid()), m.email,
                                   was.consentEmailAt, now);
    QJsonObject before, after;
    diffMembers(was, m, before, after);
    if (!before.isEmpty()) {
        m.updatedAt = now;
        if (auto r = MemberStore(m_ctx.db).updatePersonal(m); !r)
            return r.error();
    }

    // The card the form showed: a different number there replaces it.
    auto shown = cardOf(memberId, changes.cardId);
    if (!shown)
        return shown.error();
    CardRecord card = shown.value();
    const QString newNumber = changes.cardNumber.value_or(QString()).trimmed();
    if (!newNumber.isEmpty() && newNumber != card.number) {
        auto replaced = replaceCard(m, card.id, newNumber, false, Text::tr("replaced by card %1"));
        if (!replaced)
            return replaced.error();
        before.insert(QStringLiteral("card"), card.number);
        after.insert(QStringLiteral("card"), replaced->number);
        card = replaced.value();
    }
    if (before.isEmpty())
        return MemberView {m, card}; // nothing changed: nothing to write or to audit
    if (auto r = audit(QStringLiteral("member.edit"), memberId, before, after, 0); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return MemberView {m, card};
}

Result<MemberView> MemberService::replaceLostCard(qint64 memberId, qint64 oldCardId,
                                                  const QString &newCardNumber)
{
    if (auto r = authorize(Action::ReplaceLostCard, 0); !r)
        return r.error();
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    auto current = liveMember(memberId);
    if (!current)
        return current.error();
    auto old = cardOf(memberId, oldCardId);
    if (!old)
        return old.error();
    const QString oldNumber = old->number;
    auto card = replaceCard(current->member, oldCardId, newCardNumber, newCardNumber.trimmed().isEmpty(),
                            Text::tr("lost; replaced by card %1"));
    if (!card)
        return card.error();
    if (auto r
        = audit(QStringLiteral("member.replace_card"), memberId,
                QJsonObject {{QStringLiteral("card"), oldNumber}},
                QJsonObject {{QStringLiteral("card"), card->number}, {QStringLiteral("lost"), oldNumber}}, 0);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return MemberView {current->member, card.value()};
}

Result<void> MemberService::authorize(Action action, qint64 approvedBy)
{
    ServiceContext ctx = m_ctx;
    return StaffService(ctx).authorize(action, approvedBy);
}

qint64 MemberService::actorStaffId() const
{
    return m_ctx.actor.staffId;
}

Result<void> MemberService::audit(const QString &action, qint64 memberId, const QJsonObject &before,
                                  const QJsonObject &after, qint64 approvedBy)
{
    return AuditService(m_ctx).record(action, QStringLiteral("member"), QString::number(memberId), before,
                                      after, approvedBy);
}
