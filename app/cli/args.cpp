#include "args.h"

#include "registry.h"
#include "session.h"

namespace Cli {

namespace {
QString optionList(const Command &c)
{
    if (c.options.isEmpty())
        return Text::tr("\"%1\" takes no options.").arg(c.name);
    QStringList names;
    for (const Option &o : c.options)
        names << QStringLiteral("--") + o.name;
    return Text::tr("\"%1\" takes %2.").arg(c.name, names.join(QStringLiteral(", ")));
}
} // namespace

Args Args::parse(const Command &command, const QStringList &arguments)
{
    Args a;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &s = arguments.at(i);
        if (!s.startsWith(QLatin1String("--"))) {
            a.words << s;
            continue;
        }
        QString name = s.mid(2);
        QString value;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (name == QLatin1String("help") && eq < 0) {
            a.help = true;
            continue;
        }
        const Option *o = command.option(name);
        if (!o) {
            a.error = Text::tr("Unknown option --%1.").arg(name) + QLatin1Char(' ') + optionList(command);
            return a;
        }
        if (o->value.isEmpty()) {
            if (eq >= 0) {
                a.error = Text::tr("--%1 takes no value.").arg(name);
                return a;
            }
            a.m_flags << name;
            continue;
        }
        if (eq < 0) {
            if (i + 1 >= arguments.size()) {
                a.error = Text::tr("--%1 needs a value.").arg(name);
                return a;
            }
            value = arguments.at(++i);
        }
        a.m_values.append({name, value});
    }
    return a;
}

bool Args::has(const QString &name) const
{
    for (const auto &v : m_values)
        if (v.first == name)
            return true;
    return false;
}

QString Args::value(const QString &name, const QString &fallback) const
{
    for (int i = m_values.size() - 1; i >= 0; --i)
        if (m_values.at(i).first == name)
            return m_values.at(i).second;
    return fallback;
}

QStringList Args::values(const QString &name) const
{
    QStringList out;
    for (const auto &v : m_values)
        if (v.first == name)
            out << v.second;
    return out;
}

} // namespace Cli
