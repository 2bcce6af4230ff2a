#include "util.h"

#include "money.h"

#include <QLocale>

namespace Cli {

QJsonObject memberJson(const MemberView &v, const QString &currency)
{
    const MemberRecord &m = v.member;
    QJsonObject o {
        {QStringLiteral("id"), m.id},
        {QStringLiteral("uuid"), m.uuid},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("phone"), m.phone},
        {QStringLiteral("email"), m.email},
        {QStringLiteral("points"), m.pointsBalance},
        {QStringLiteral("visits"), m.visits},
        {QStringLiteral("total_spent"), Money(m.totalSpentMinor, currency).toPlainString()},
        {QStringLiteral("member_since"), m.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("last_visit"),
         m.lastVisitAt.isValid() ? QJsonValue(m.lastVisitAt.toString(Qt::ISODateWithMs)) : QJsonValue()}};
    if (!v.card.number.isEmpty())
        o.insert(QStringLiteral("card"), v.card.number);
    return o;
}

QString memberText(const MemberView &v, const QString &currency)
{
    const MemberRecord &m = v.member;
    const QLocale l;
    QString s = m.name + QLatin1Char('\n');
    if (!v.card.number.isEmpty())
        s += Text::tr("  card:         %1").arg(v.card.number) + QLatin1Char('\n');
    if (!m.phone.isEmpty())
        s += Text::tr("  phone:        %1").arg(m.phone) + QLatin1Char('\n');
    s += Text::tr("  points:       %1").arg(l.toString(m.pointsBalance)) + QLatin1Char('\n');
    s += Text::tr("  member since: %1")
             .arg(l.toString(m.createdAt.toLocalTime().date(), QLocale::ShortFormat))
        + QLatin1Char('\n');
    s += Text::tr("  last visit:   %1")
             .arg(m.lastVisitAt.isValid() ? l.toString(m.lastVisitAt.toLocalTime(), QLocale::ShortFormat)
                                          : Text::tr("never"))
        + QLatin1Char('\n');
    s += Text::tr("  visits:       %1, spent %2")
             .arg(l.toString(m.visits), Money(m.totalSpentMinor, currency).format(l));
    return s;
}

Result<MemberView> resolveMember(MemberService &members, const QString &ref)
{
    if (ref.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const qint64 id = ref.mid(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return makeError(Error::Invalid,
                             Text::tr("\"%1\" is not a member number: write it as #42.").arg(ref));
        return members.byId(id);
    }
    return members.lookup(ref);
}

Result<std::optional<bool>> yesNo(const Args &a, const QString &option)
{
    if (!a.has(option))
        return std::optional<bool>();
    const QString v = a.value(option).toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("1") || v == QLatin1String("true"))
        return std::optional<bool>(true);
    if (v == QLatin1String("no") || v == QLatin1String("0") || v == QLatin1String("false"))
        return std::optional<bool>(false);
    return makeError(Error::Invalid, Text::tr("--%1 takes yes or no.").arg(option));
}

bool isoDay(const Args &a, const QString &option, QDate *out)
{
    const QString text = a.value(option);
    if (text.isEmpty())
        return true;
    *out = QDate::fromString(text, Qt::ISODate);
    return out->isValid();
}

} // namespace Cli
