// member find, member search, member add, balance: finding and enrolling members.
#include "util.h"

#include "membersearch.h"

#include <QJsonArray>
#include <QLocale>

namespace Cli {

namespace {

const char *const kMemberUse
    = QT_TRANSLATE_NOOP("Cli",
                        "Use: loyalty-cli member find CARD|PHONE, member search TEXT, or member edit, "
                        "replace-card, merge, erase (see --help)");

int find(Session &s, const Args &a)
{
    if (a.words.size() != 1)
        return s.usage(Text::tr(kMemberUse));
    if (!s.openTerminal())
        return s.exit();
    auto v = MemberService(s.context()).lookup(a.words.first());
    if (!v)
        return s.fail(v.error());
    s.print(memberJson(v.value(), s.currency()), memberText(v.value(), s.currency()));
    return Ok;
}

int search(Session &s, const Args &a)
{
    if (a.words.size() != 1)
        return s.usage(Text::tr(kMemberUse));
    const QString text = a.words.first();
    if (!s.openTerminal())
        return s.exit();
    MemberSearch search(s.db());
    auto found = search.search(text, 50);
    if (!found)
        return s.fail(found.error());
    auto rows = search.rows(found->ids);
    if (!rows)
        return s.fail(rows.error());
    QJsonArray list;
    QStringList lines;
    for (const MemberSearchRow &r : rows.value()) {
        list.append(QJsonObject {{QStringLiteral("id"), r.id},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("phone"), r.phone},
                                 {QStringLiteral("card"), r.card},
                                 {QStringLiteral("points"), r.pointsBalance}});
        lines << QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(r.card, r.name, r.phone, QLocale().toString(r.pointsBalance));
    }
    if (found->truncated)
        lines << Text::tr("More members match: type more to narrow the search.");
    if (rows->isEmpty())
        lines << Text::tr("No member matches \"%1\".").arg(text);
    s.print(QJsonObject {{QStringLiteral("members"), list}, {QStringLiteral("truncated"), found->truncated}},
            lines.join(QLatin1Char('\n')));
    return Ok;
}

// The F2 dialog's enrolment: the same service call, so the same rules, duplicate checks and
// welcome bonus; without --card the app issues a number, as F4 in the dialog does.
int add(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr("Unexpected \"%1\".").arg(a.words.first()));
    if (!a.has(QStringLiteral("name")))
        return s.usage(Text::tr("Use: loyalty-cli member add --name N [--card C] [--phone P] [--email E] "
                                "[--birthday D] [--referred-by CARD]"));
    NewMember m;
    m.name = a.value(QStringLiteral("name"));
    m.cardNumber = a.value(QStringLiteral("card"));
    m.generateCard = m.cardNumber.trimmed().isEmpty();
    m.phone = a.value(QStringLiteral("phone"));
    m.email = a.value(QStringLiteral("email"));
    m.birthday = a.value(QStringLiteral("birthday"));
    m.notes = a.value(QStringLiteral("notes"));
    m.referrer = a.value(QStringLiteral("referred-by"));
    m.allowSharedContact = a.flag(QStringLiteral("shared"));
    auto sms = yesNo(a, QStringLiteral("sms"));
    if (!sms)
        return s.fail(sms.error());
    m.consentSms = sms->value_or(false);
    auto mail = yesNo(a, QStringLiteral("email-offers"));
    if (!mail)
        return s.fail(mail.error());
    m.consentEmail = mail->value_or(false);
    if (!s.openTerminal())
        return s.exit();
    if (!s.allowed(Action::EnrollMember))
        return s.exit();
    auto v = MemberService(s.context()).enroll(m);
    if (!v)
        return s.fail(v.error());
    QJsonObject o = memberJson(v.value(), s.currency());
    o.insert(QStringLiteral("referred_by"),
             v->member.referredBy ? QJsonValue(v->member.referredBy) : QJsonValue());
    s.print(o,
            Text::tr("%1 is enrolled with card %2; balance %3 points.")
                .arg(v->member.name, v->card.number, QLocale().toString(v->member.pointsBalance)));
    return Ok;
}

int balance(Session &s, const Args &a)
{
    if (!a.words.isEmpty() || !a.has(QStringLiteral("card")))
        return s.usage(Text::tr("Use: loyalty-cli balance --card N"));
    if (!s.openTerminal())
        return s.exit();
    const QString card = a.value(QStringLiteral("card"));
    auto v = MemberService(s.context()).lookup(card);
    if (!v)
        return s.fail(v.error());
    s.print(QJsonObject {{QStringLiteral("card"), card},
                         {QStringLiteral("name"), v->member.name},
                         {QStringLiteral("points"), v->member.pointsBalance}},
            Text::tr("%1: %Ln point(s)", nullptr, int(v->member.pointsBalance)).arg(v->member.name));
    return Ok;
}

} // namespace

void Commands::addMembers(Registry &r)
{
    r.addGroup({QStringLiteral("member"), kMemberUse});
    r.add({QStringLiteral("member find"),
           QStringLiteral("CARD|PHONE"),
           QT_TRANSLATE_NOOP("Cli", "show a member"),
           {},
           find});
    r.add({QStringLiteral("member search"),
           QStringLiteral("TEXT"),
           QT_TRANSLATE_NOOP("Cli", "members whose name, e-mail, phone or card match"),
           {},
           search});
    r.add(
        {QStringLiteral("member add"),
         {},
         QT_TRANSLATE_NOOP("Cli",
                           "enroll a member, with the enrolment rules and welcome bonus of the F2 dialog"),
         {{QStringLiteral("name"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "the member's name"), true},
          {QStringLiteral("card"), QStringLiteral("C"),
           QT_TRANSLATE_NOOP("Cli", "the card's number (default: the app issues one)")},
          {QStringLiteral("phone"), QStringLiteral("P"), QT_TRANSLATE_NOOP("Cli", "the phone number")},
          {QStringLiteral("email"), QStringLiteral("E"), QT_TRANSLATE_NOOP("Cli", "the e-mail address")},
          {QStringLiteral("birthday"), QStringLiteral("D"),
           QT_TRANSLATE_NOOP("Cli", "the birthday: 31.12 or 31.12.1990")},
          {QStringLiteral("referred-by"), QStringLiteral("CARD"),
           QT_TRANSLATE_NOOP("Cli", "the card or phone of the member who brought them")},
          {QStringLiteral("notes"), QStringLiteral("T"), QT_TRANSLATE_NOOP("Cli", "notes for the counter")},
          {QStringLiteral("sms"), QStringLiteral("yes|no"), QT_TRANSLATE_NOOP("Cli", "offers by SMS")},
          {QStringLiteral("email-offers"), QStringLiteral("yes|no"),
           QT_TRANSLATE_NOOP("Cli", "offers by e-mail")},
          {QStringLiteral("shared"),
           {},
           QT_TRANSLATE_NOOP("Cli", "a phone or e-mail another member has too is meant (a family)")}},
         add});
    addMemberAdmin(r);
    r.add({QStringLiteral("balance"),
           {},
           QT_TRANSLATE_NOOP("Cli", "a member's points balance"),
           {{QStringLiteral("card"), QStringLiteral("N"),
             QT_TRANSLATE_NOOP("Cli", "the card or phone number"), true}},
           balance});
}

} // namespace Cli
