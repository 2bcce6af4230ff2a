// member edit, replace-card, merge, erase, adjust. Merge, erase and adjust are a manager's (the
// service checks the actor's role) and merge and erase cannot be undone: they need --yes.
#include "util.h"

#include <QLocale>

namespace Cli {

namespace {

// The member named by the command's first word, with the file open; false with the error printed.
bool open(Session &s, const Args &a, const QString &what, int words, std::optional<MemberView> *member)
{
    if (a.words.size() != words) {
        s.usage(what == QLatin1String("merge")
                    ? Text::tr("Use: loyalty-cli member merge KEEP OTHER --yes")
                    : Text::tr("Use: loyalty-cli member %1 MEMBER ... (see --help)").arg(what));
        return false;
    }
    if ((what == QLatin1String("merge") || what == QLatin1String("erase"))
        && !a.flag(QStringLiteral("yes"))) {
        s.usage(Text::tr("\"member %1\" cannot be undone: add --yes to go ahead.").arg(what));
        return false;
    }
    if (!s.openTerminal())
        return false;
    MemberService members(s.context());
    auto m = resolveMember(members, a.words.first());
    if (!m) {
        s.fail(m.error());
        return false;
    }
    *member = m.value();
    return true;
}

int edit(Session &s, const Args &a)
{
    std::optional<MemberView> member;
    if (!open(s, a, QStringLiteral("edit"), 1, &member))
        return s.exit();
    MemberChanges c;
    auto text = [&](const char *option, std::optional<QString> &field) {
        if (a.has(QLatin1String(option)))
            field = a.value(QLatin1String(option));
    };
    text("name", c.name);
    text("phone", c.phone);
    text("email", c.email);
    text("birthday", c.birthday);
    text("notes", c.notes);
    text("card", c.cardNumber);
    c.cardId = member->card.id;
    auto sms = yesNo(a, QStringLiteral("sms"));
    if (!sms)
        return s.fail(sms.error());
    c.consentSms = sms.value();
    auto mail = yesNo(a, QStringLiteral("email-offers"));
    if (!mail)
        return s.fail(mail.error());
    c.consentEmail = mail.value();
    c.allowSharedContact = a.flag(QStringLiteral("shared"));
    auto r = MemberService(s.context()).edit(member->member.id, c);
    if (!r)
        return s.fail(r.error());
    s.print(memberJson(r.value(), s.currency()), memberText(r.value(), s.currency()));
    return Ok;
}

int replaceCard(Session &s, const Args &a)
{
    std::optional<MemberView> member;
    if (!open(s, a, QStringLiteral("replace-card"), 1, &member))
        return s.exit();
    MemberService members(s.context());
    const qint64 id = member->member.id;
    qint64 oldCard = member->card.id;
    if (a.has(QStringLiteral("old"))) {
        auto old = members.lookup(a.value(QStringLiteral("old")));
        if (!old)
            return s.fail(old.error());
        if (old->member.id != id || old->card.id == 0)
            return s.fail(makeError(Error::Invalid,
                                    Text::tr("Card %1 is not %2's card.")
                                        .arg(a.value(QStringLiteral("old")), member->member.name)));
        oldCard = old->card.id;
    }
    auto r = members.replaceLostCard(id, oldCard, a.value(QStringLiteral("new")));
    if (!r)
        return s.fail(r.error());
    s.print(QJsonObject {{QStringLiteral("id"), id},
                         {QStringLiteral("name"), r->member.name},
                         {QStringLiteral("card"), r->card.number},
                         {QStringLiteral("points"), r->member.pointsBalance}},
            Text::tr("%1 has the new card %2; the lost one is blocked. Balance: %3 points.")
                .arg(r->member.name, r->card.number, QLocale().toString(r->member.pointsBalance)));
    return Ok;
}

int merge(Session &s, const Args &a)
{
    std::optional<MemberView> member;
    if (!open(s, a, QStringLiteral("merge"), 2, &member))
        return s.exit();
    MemberService members(s.context());
    const qint64 id = member->member.id;
    auto other = resolveMember(members, a.words.at(1));
    if (!other)
        return s.fail(other.error());
    auto r = members.merge(id, other->member.id);
    if (!r)
        return s.fail(r.error());
    s.print(
        QJsonObject {{QStringLiteral("kept"), id},
                     {QStringLiteral("merged"), r->mergedAwayId},
                     {QStringLiteral("points_moved"), r->pointsMoved},
                     {QStringLiteral("cards_moved"), r->cardsMoved},
                     {QStringLiteral("purchases_moved"), r->purchasesMoved},
                     {QStringLiteral("points"), r->kept.member.pointsBalance}},
        Text::tr("%1 (#%2) was merged into %3 (#%4): %5 cards, %6 purchases and %7 points moved; balance %8.")
            .arg(other->member.name)
            .arg(r->mergedAwayId)
            .arg(r->kept.member.name)
            .arg(id)
            .arg(r->cardsMoved)
            .arg(r->purchasesMoved)
            .arg(QLocale().toString(r->pointsMoved), QLocale().toString(r->kept.member.pointsBalance)));
    return Ok;
}

int erase(Session &s, const Args &a)
{
    std::optional<MemberView> member;
    if (!open(s, a, QStringLiteral("erase"), 1, &member))
        return s.exit();
    const qint64 id = member->member.id;
    if (auto r = MemberService(s.context()).erase(id); !r)
        return s.fail(r.error());
    s.print(QJsonObject {{QStringLiteral("erased"), id}},
            Text::tr("The personal data of member #%1 was erased; their sales and points stay in the books.")
                .arg(id));
    return Ok;
}

int adjust(Session &s, const Args &a)
{
    std::optional<MemberView> member;
    if (!open(s, a, QStringLiteral("adjust"), 1, &member))
        return s.exit();
    const qint64 id = member->member.id;
    bool ok = false;
    const qint64 points = a.value(QStringLiteral("points")).toLongLong(&ok);
    if (!ok)
        return s.usage(
            Text::tr("Use: loyalty-cli member adjust MEMBER --points N --reason TEXT (N may be negative)"));
    auto balance = MemberService(s.context()).adjustPoints(id, points, a.value(QStringLiteral("reason")));
    if (!balance)
        return s.fail(balance.error());
    s.print(QJsonObject {{QStringLiteral("member"), id},
                         {QStringLiteral("points"), points},
                         {QStringLiteral("balance"), balance.value()}},
            Text::tr("%1: %2 points; the balance is now %3.")
                .arg(member->member.name, QLocale().toString(points), QLocale().toString(balance.value())));
    return Ok;
}

const char *const kYes = QT_TRANSLATE_NOOP("Cli", "yes, go ahead: this cannot be undone");

} // namespace

void Commands::addMemberAdmin(Registry &r)
{
    r.add({QStringLiteral("member edit"),
           QStringLiteral("MEMBER"),
           QT_TRANSLATE_NOOP("Cli", "change a member: only the fields given, with the enrolment rules"),
           {{QStringLiteral("name"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "the member's name")},
            {QStringLiteral("phone"), QStringLiteral("P"), QT_TRANSLATE_NOOP("Cli", "the phone number")},
            {QStringLiteral("email"), QStringLiteral("E"), QT_TRANSLATE_NOOP("Cli", "the e-mail address")},
            {QStringLiteral("birthday"), QStringLiteral("D"),
             QT_TRANSLATE_NOOP("Cli", "the birthday: 31.12 or 31.12.1990")},
            {QStringLiteral("notes"), QStringLiteral("T"), QT_TRANSLATE_NOOP("Cli", "notes for the counter")},
            {QStringLiteral("card"), QStringLiteral("NEW"),
             QT_TRANSLATE_NOOP("Cli", "a new card number: the old card is blocked")},
            {QStringLiteral("sms"), QStringLiteral("yes|no"), QT_TRANSLATE_NOOP("Cli", "offers by SMS")},
            {QStringLiteral("email-offers"), QStringLiteral("yes|no"),
             QT_TRANSLATE_NOOP("Cli", "offers by e-mail")},
            {QStringLiteral("shared"),
             {},
             QT_TRANSLATE_NOOP("Cli", "a phone or e-mail another member has too is meant (a family)")}},
           edit});
    r.add({QStringLiteral("member replace-card"),
           QStringLiteral("MEMBER"),
           QT_TRANSLATE_NOOP("Cli", "block a lost card, issue a new one"),
           {{QStringLiteral("old"), QStringLiteral("CARD"),
             QT_TRANSLATE_NOOP("Cli", "the lost card, when the member has several")},
            {QStringLiteral("new"), QStringLiteral("NUMBER"),
             QT_TRANSLATE_NOOP("Cli", "the new card's number (default: the app issues one)")}},
           replaceCard});
    r.add({QStringLiteral("member merge"),
           QStringLiteral("KEEP OTHER"),
           QT_TRANSLATE_NOOP("Cli", "move OTHER's cards, sales and points to KEEP (manager)"),
           {{QStringLiteral("yes"), {}, kYes, true}},
           merge});
    r.add({QStringLiteral("member erase"),
           QStringLiteral("MEMBER"),
           QT_TRANSLATE_NOOP("Cli", "remove a member's personal data (manager)"),
           {{QStringLiteral("yes"), {}, kYes, true}},
           erase});
    r.add({QStringLiteral("member adjust"),
           QStringLiteral("MEMBER"),
           QT_TRANSLATE_NOOP("Cli", "add (or, negative, take away) points by hand (manager)"),
           {{QStringLiteral("points"), QStringLiteral("N"),
             QT_TRANSLATE_NOOP("Cli", "the points: negative takes away"), true},
            {QStringLiteral("reason"), QStringLiteral("TEXT"),
             QT_TRANSLATE_NOOP("Cli", "why, for the audit trail"), true}},
           adjust});
}

} // namespace Cli
