#include "cli.h"

#include "apppaths.h"
#include "args.h"
#include "registry.h"
#include "session.h"

namespace Cli {

namespace {
// The command named by the first one or two words, and the arguments after its name.
const Command *resolve(const Registry &registry, QStringList *rest)
{
    if (rest->size() >= 2) {
        if (const Command *c = registry.find(rest->at(0) + QLatin1Char(' ') + rest->at(1))) {
            rest->remove(0, 2);
            return c;
        }
    }
    if (const Command *c = registry.find(rest->first())) {
        rest->removeFirst();
        return c;
    }
    return nullptr;
}

int help(Session &s, const Registry &registry, const QStringList &words)
{
    if (words.isEmpty()) {
        s.out() << helpText(registry);
        return Ok;
    }
    if (words == QStringList {QStringLiteral("--help")}) {
        s.out() << commandHelp(registry, *registry.find(QStringLiteral("help")));
        return Ok;
    }
    QStringList rest = words;
    if (const Command *c = resolve(registry, &rest); c && rest.isEmpty()) {
        s.out() << commandHelp(registry, *c);
        return Ok;
    }
    if (words.size() == 1 && registry.group(words.first())) {
        s.out() << groupHelp(registry, words.first());
        return Ok;
    }
    return s.usage(Text::tr("Unknown command \"%1\".").arg(words.join(QLatin1Char(' '))));
}

// Global options come before the command; --db and --json may also come among its arguments.
int globalOptions(Session &s, QStringList &rest, bool *done)
{
    *done = false;
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString opt = rest.takeFirst();
        if (opt == QLatin1String("--json")) {
            s.json = true;
        } else if (opt == QLatin1String("--db")) {
            if (rest.isEmpty())
                return s.usage(Text::tr("--db needs a file name."));
            s.dbPath = rest.takeFirst();
        } else if (opt.startsWith(QLatin1String("--db="))) {
            s.dbPath = opt.mid(5);
        } else if (opt == QLatin1String("--staff") || opt == QLatin1String("--pin")) {
            if (rest.isEmpty())
                return s.usage(Text::tr("%1 needs a value.").arg(opt));
            (opt == QLatin1String("--staff") ? s.staffName : s.pin) = rest.takeFirst();
        } else if (opt == QLatin1String("--version")) {
            s.out() << "loyalty-cli " << QStringLiteral(LOYALTY_VERSION) << '\n';
            *done = true;
            return Ok;
        } else if (opt == QLatin1String("--help")) {
            s.out() << helpText(Registry::all());
            *done = true;
            return Ok;
        } else {
            return s.usage(Text::tr("Unknown option %1.").arg(opt));
        }
    }
    if (rest.isEmpty())
        return s.usage(Text::tr("No command given."));
    for (int i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == QLatin1String("--json")) {
            s.json = true;
            rest.removeAt(i--);
        } else if (rest.at(i) == QLatin1String("--db") && i + 1 < rest.size()) {
            s.dbPath = rest.at(i + 1);
            rest.remove(i, 2);
            --i;
        }
    }
    if (s.dbPath.isEmpty())
        s.dbPath = AppPaths::defaultDatabasePath();
    return Ok;
}
} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Session s(out, err);
    QStringList rest = arguments.mid(1);
    bool done = false;
    if (const int rc = globalOptions(s, rest, &done); rc != Ok || done)
        return rc;
    const Registry &registry = Registry::all();
    const QString first = rest.first();
    if (first == QLatin1String("help"))
        return help(s, registry, rest.mid(1));
    const Command *command = resolve(registry, &rest);
    if (!command) {
        if (const Group *g = registry.group(first)) {
            if (rest.size() >= 2 && rest.at(1) == QLatin1String("--help"))
                return help(s, registry, {first});
            return s.usage(Text::tr(g->usage));
        }
        return s.usage(Text::tr("Unknown command \"%1\".").arg(first));
    }
    const Args args = Args::parse(*command, rest);
    if (args.help) {
        s.out() << commandHelp(registry, *command);
        return Ok;
    }
    if (!args.error.isEmpty())
        return s.usage(args.error);
    return command->run(s, args);
}

} // namespace Cli
