// staff list/add/deactivate and the audit trail.
#include "util.h"

#include "auditservice.h"
#include "clock.h"
#include "ids.h"
#include "staffservice.h"

#include <QJsonArray>
#include <QLocale>

namespace Cli {

namespace {

const char *const kStaffUse = QT_TRANSLATE_NOOP(
    "Cli", "Use: loyalty-cli staff list | add --name N --role ROLE --pin P | deactivate --name N");

int list(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr(kStaffUse));
    if (!s.openTerminal())
        return s.exit();
    ServiceContext ctx = s.context();
    auto all = StaffService(ctx).list(false);
    if (!all)
        return s.fail(all.error());
    QJsonArray rows;
    QStringList lines;
    for (const StaffRecord &r : all.value()) {
        rows.append(QJsonObject {{QStringLiteral("id"), r.id},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("role"), r.role},
                                 {QStringLiteral("active"), r.active},
                                 {QStringLiteral("locked"), r.lockedUntil > Clock::system().nowUtc()}});
        lines << Text::tr("%1  %2%3").arg(r.name, r.role, r.active ? QString() : Text::tr(" (switched off)"));
    }
    s.print(QJsonObject {{QStringLiteral("staff"), rows}},
            lines.isEmpty() ? Text::tr("No staff accounts yet.") : lines.join(QLatin1Char('\n')));
    return Ok;
}

int add(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr(kStaffUse));
    if (!s.openTerminal())
        return s.exit();
    const QString name = a.value(QStringLiteral("name"));
    if (name.isEmpty())
        return s.usage(Text::tr("--name is needed."));
    const auto role = Permissions::roleFromCode(a.value(QStringLiteral("role")));
    if (!role)
        return s.usage(Text::tr("--role is cashier, manager or administrator."));
    ServiceContext ctx = s.context();
    auto created = StaffService(ctx).create(name, *role, a.value(QStringLiteral("pin")));
    if (!created)
        return s.fail(created.error());
    s.print(QJsonObject {{QStringLiteral("id"), created->id},
                         {QStringLiteral("name"), created->name},
                         {QStringLiteral("role"), created->role}},
            Text::tr("%1 can sign in as %2.").arg(created->name, Permissions::roleName(*role)));
    return Ok;
}

int deactivate(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr(kStaffUse));
    if (!s.openTerminal())
        return s.exit();
    const QString name = a.value(QStringLiteral("name"));
    if (name.isEmpty())
        return s.usage(Text::tr("--name is needed."));
    ServiceContext ctx = s.context();
    StaffService staff(ctx);
    auto who = staff.byName(name);
    if (!who)
        return s.fail(who.error());
    if (auto r = staff.setActive(who->id, false); !r)
        return s.fail(r.error());
    s.print(QJsonObject {{QStringLiteral("id"), who->id}, {QStringLiteral("active"), false}},
            Text::tr("%1 can no longer sign in.").arg(who->name));
    return Ok;
}

QJsonObject auditJson(const AuditRecord &r)
{
    return QJsonObject {{QStringLiteral("id"), r.id},
                        {QStringLiteral("at"), Ids::utcText(r.at)},
                        {QStringLiteral("staff"), r.staffName},
                        {QStringLiteral("approved_by"), r.approverName},
                        {QStringLiteral("action"), r.action},
                        {QStringLiteral("entity"), r.entity},
                        {QStringLiteral("entity_id"), r.entityId},
                        {QStringLiteral("before"), r.beforeJson},
                        {QStringLiteral("after"), r.afterJson}};
}

int audit(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr("Use: loyalty-cli audit [--from D] [--to D] [--action A] [--limit N]"));
    if (!s.openTerminal() || !s.allowed(Action::ViewAudit))
        return s.exit();
    AuditService::Filter f;
    QDate from, to;
    if (!isoDay(a, QStringLiteral("from"), &from) || !isoDay(a, QStringLiteral("to"), &to))
        return s.usage(Text::tr("Dates are written YYYY-MM-DD."));
    if (from.isValid() && to.isValid() && from > to)
        return s.fail(makeError(Error::Invalid, Text::tr("The period ends before it starts.")));
    if (from.isValid())
        f.fromUtc = from.startOfDay().toUTC();
    if (to.isValid())
        f.toUtc = to.addDays(1).startOfDay().toUTC();
    f.action = a.value(QStringLiteral("action"));
    ServiceContext ctx = s.context();
    if (a.has(QStringLiteral("staff"))) {
        auto who = StaffService(ctx).byName(a.value(QStringLiteral("staff")));
        if (!who)
            return s.fail(who.error());
        f.staffId = who->id;
    }
    bool ok = true;
    const int limit = a.value(QStringLiteral("limit"), QStringLiteral("100")).toInt(&ok);
    if (!ok || limit < 1)
        return s.usage(Text::tr("--limit is a whole number from 1."));
    auto rows = AuditService(ctx).list(f, 0, limit);
    if (!rows)
        return s.fail(rows.error());
    QJsonArray out;
    QStringList lines;
    for (const AuditRecord &r : rows.value()) {
        out.append(auditJson(r));
        lines << QStringLiteral("%1  %2  %3  %4 %5  %6")
                     .arg(QLocale().toString(r.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          r.staffName.isEmpty() ? QStringLiteral("-") : r.staffName, r.action, r.entity,
                          r.entityId, r.afterJson);
    }
    s.print(QJsonObject {{QStringLiteral("entries"), out}},
            lines.isEmpty() ? Text::tr("Nothing was recorded.") : lines.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace

void Commands::addStaff(Registry &r)
{
    r.addGroup({QStringLiteral("staff"), kStaffUse});
    r.add({QStringLiteral("staff list"), {}, QT_TRANSLATE_NOOP("Cli", "the staff accounts"), {}, list});
    r.add({QStringLiteral("staff add"),
           {},
           QT_TRANSLATE_NOOP("Cli",
                             "a new account (the first an administrator's; then an administrator's action)"),
           {{QStringLiteral("name"), QStringLiteral("N"),
             QT_TRANSLATE_NOOP("Cli", "the name to sign in with"), true},
            {QStringLiteral("role"), QStringLiteral("cashier|manager|administrator"),
             QT_TRANSLATE_NOOP("Cli", "what the account may do (docs/roles.md)"), true},
            {QStringLiteral("pin"), QStringLiteral("P"), QT_TRANSLATE_NOOP("Cli", "the PIN: 4 to 8 digits"),
             true}},
           add});
    r.add({QStringLiteral("staff deactivate"),
           {},
           QT_TRANSLATE_NOOP("Cli", "the account can no longer sign in"),
           {{QStringLiteral("name"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "the account's name"),
             true}},
           deactivate});
    r.add({QStringLiteral("audit"),
           {},
           QT_TRANSLATE_NOOP("Cli", "the audit trail, newest first (a manager's)"),
           {{QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), QT_TRANSLATE_NOOP("Cli", "the first day")},
            {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), QT_TRANSLATE_NOOP("Cli", "the last day")},
            {QStringLiteral("action"), QStringLiteral("A"),
             QT_TRANSLATE_NOOP("Cli", "only this action, e.g. staff.create")},
            {QStringLiteral("staff"), QStringLiteral("NAME"),
             QT_TRANSLATE_NOOP("Cli", "only what this person did")},
            {QStringLiteral("limit"), QStringLiteral("N"),
             QT_TRANSLATE_NOOP("Cli", "at most this many entries (default 100)")}},
           audit});
}

} // namespace Cli
