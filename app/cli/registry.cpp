#include "registry.h"

#include "apppaths.h"
#include "session.h"

namespace Cli {

QString Command::synopsis() const
{
    QStringList parts {name};
    if (!words.isEmpty())
        parts << words;
    for (const Option &o : options) {
        QString s = QStringLiteral("--") + o.name;
        if (!o.value.isEmpty())
            s += QLatin1Char(' ') + o.value;
        if (!o.required)
            s = QLatin1Char('[') + s + QLatin1Char(']');
        if (o.repeats)
            s += QStringLiteral("...");
        parts << s;
    }
    return parts.join(QLatin1Char(' '));
}

const Option *Command::option(const QString &optionName) const
{
    for (const Option &o : options)
        if (o.name == optionName)
            return &o;
    return nullptr;
}

const Command *Registry::find(const QString &name) const
{
    for (const Command &c : m_commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

const Group *Registry::group(const QString &name) const
{
    for (const Group &g : m_groups)
        if (g.name == name)
            return &g;
    return nullptr;
}

QVector<const Command *> Registry::under(const QString &prefix) const
{
    QVector<const Command *> out;
    const QString start = prefix + QLatin1Char(' ');
    for (const Command &c : m_commands)
        if (c.name.startsWith(start))
            out << &c;
    return out;
}

const Registry &Registry::all()
{
    static const Registry registry = [] {
        Registry r;
        Commands::addShop(r);
        Commands::addMembers(r);
        Commands::addSale(r);
        Commands::addProgram(r);
        Commands::addTransfer(r);
        Commands::addStaff(r);
        Commands::addProducts(r);
        Commands::addBackup(r);
        Commands::addSync(r);
        Commands::addReport(r);
        r.add({QStringLiteral("help"),
               QStringLiteral("[COMMAND]"),
               QT_TRANSLATE_NOOP("Cli", "the list of commands, or one command's options (as --help)"),
               {},
               nullptr});
        return r;
    }();
    return registry;
}

namespace {
// A synopsis and what it does, the text indented under it.
QString entry(const QString &synopsis, const QString &summary)
{
    return QStringLiteral("  ") + synopsis + QStringLiteral("\n      ") + summary + QLatin1Char('\n');
}
} // namespace

QString helpText(const Registry &registry)
{
    QString s = Text::tr("Usage: loyalty-cli [--db FILE] [--json] COMMAND [ARGS]") + QStringLiteral("\n\n")
        + Text::tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : registry.commands())
        s += entry(c.synopsis(), Text::tr(c.summary));
    s += Text::tr("  MEMBER is a card number, a phone number or #ID; dates are YYYY-MM-DD.")
        + QLatin1Char('\n');
    s += QLatin1Char('\n') + Text::tr("Options:") + QLatin1Char('\n');
    s += Text::tr(
             "  --db FILE   the database (default: %1)\n"
             "  --staff NAME --pin PIN   (before the command) who acts, when the database has staff\n"
             "              accounts, or the environment's LOYALTY_STAFF and LOYALTY_PIN; docs/roles.md\n"
             "  --json      machine-readable output\n"
             "  --version   the version\n")
             .arg(AppPaths::defaultDatabasePath());
    s += QLatin1Char('\n') + Text::tr("\"loyalty-cli COMMAND --help\" shows a command's options.")
        + QLatin1Char('\n');
    return s;
}

QString commandHelp(const Registry &registry, const Command &command)
{
    QString s = Text::tr("Usage: loyalty-cli %1").arg(command.synopsis()) + QLatin1Char('\n')
        + Text::tr(command.summary) + QLatin1Char('\n');
    if (!command.options.isEmpty()) {
        s += QLatin1Char('\n') + Text::tr("Options:") + QLatin1Char('\n');
        for (const Option &o : command.options) {
            const QString name = o.value.isEmpty() ? QStringLiteral("--") + o.name
                                                   : QStringLiteral("--%1 %2").arg(o.name, o.value);
            s += QStringLiteral("  %1  %2\n").arg(name.leftJustified(22), Text::tr(o.help));
        }
    }
    const auto more = registry.under(command.name);
    if (!more.isEmpty()) {
        s += QLatin1Char('\n') + Text::tr("Commands:") + QLatin1Char('\n');
        for (const Command *c : more)
            s += entry(c->synopsis(), Text::tr(c->summary));
    }
    return s;
}

QString groupHelp(const Registry &registry, const QString &group)
{
    QString s = Text::tr("Commands:") + QLatin1Char('\n');
    for (const Command *c : registry.under(group))
        s += entry(c->synopsis(), Text::tr(c->summary));
    return s;
}

} // namespace Cli
