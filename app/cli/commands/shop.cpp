// init, demo, check, expire: the file itself.
#include "util.h"

#include "clock.h"
#include "demodata.h"
#include "expiryservice.h"
#include "integritycheck.h"
#include "terminalservice.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace Cli {

namespace {

int init(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr("Unexpected \"%1\".").arg(a.words.first()));
    if (!s.openDatabase(Database::Mode::CreateOrUpgrade))
        return s.exit();
    auto t = TerminalService(s.db(), Clock::system())
                 .initialize(a.value(QStringLiteral("store"), Text::tr("My shop")),
                             a.value(QStringLiteral("terminal"), Text::tr("Till 1")),
                             a.value(QStringLiteral("currency"), DemoData::defaultCurrency()).toUpper());
    if (!t)
        return s.fail(t.error());
    s.print(QJsonObject {{QStringLiteral("database"), s.db().path()},
                         {QStringLiteral("terminal"), t->uuid},
                         {QStringLiteral("store"), t->storeName},
                         {QStringLiteral("currency"), t->currency}},
            Text::tr("Created %1 for terminal \"%2\" of %3 (%4).")
                .arg(s.db().path(), t->name, t->storeName, t->currency));
    return Ok;
}

int demo(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr("Unexpected \"%1\".").arg(a.words.first()));
    if (!s.openDatabase(Database::Mode::CreateOrUpgrade))
        return s.exit();
    auto d = DemoData::create(s.db(), Clock::system(),
                              a.value(QStringLiteral("currency"), DemoData::defaultCurrency()).toUpper());
    if (!d)
        return s.fail(d.error());
    s.print(QJsonObject {{QStringLiteral("database"), s.db().path()},
                         {QStringLiteral("members"), d->members},
                         {QStringLiteral("sales"), d->sales},
                         {QStringLiteral("cards"), QJsonArray::fromStringList(d->cards)},
                         {QStringLiteral("blocked_card"), d->blockedCard}},
            Text::tr("Demo shop created in %1: %2 members, %3 sales.\nCards to scan: %4\nA blocked card: %5")
                .arg(s.db().path())
                .arg(d->members)
                .arg(d->sales)
                .arg(d->cards.join(QStringLiteral(", ")), d->blockedCard));
    return Ok;
}

int check(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr("\"check\" takes no arguments."));
    if (!s.openDatabase(Database::Mode::ExistingOnly))
        return s.exit();
    auto r = IntegrityCheck(s.db()).run();
    if (!r)
        return s.fail(r.error());
    return s.problems(r->problems, Text::tr("The database is sound: every balance equals its ledger."));
}

int expire(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr("Use: loyalty-cli expire [--full]"));
    if (!s.openTerminal())
        return s.exit();
    // Bounded steps (the till keeps selling meanwhile); progress at most once a second on stderr,
    // the first line after the first step, so a run killed there has settled something.
    QElapsedTimer since;
    bool first = true;
    auto r = ExpiryService(s.context()).run(a.flag(QStringLiteral("full")), [&](const ExpiryProgress &p) {
        if (!p.done && (first || since.elapsed() >= 1000)) {
            s.note(ExpiryRun::describe(p));
            first = false;
            since.start();
        }
        return true;
    });
    if (!r)
        return s.fail(r.error());
    s.print(QJsonObject {{QStringLiteral("members"), r->members}, {QStringLiteral("points"), r->points}},
            r->points ? Text::tr("%1 points of %2 members expired.").arg(r->points).arg(r->members)
                      : Text::tr("No points had expired."));
    return Ok;
}

} // namespace

void Commands::addShop(Registry &r)
{
    r.add(
        {QStringLiteral("init"),
         {},
         QT_TRANSLATE_NOOP("Cli", "create the database and this terminal"),
         {{QStringLiteral("store"), QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the shop's name")},
          {QStringLiteral("terminal"), QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "this till's name")},
          {QStringLiteral("currency"), QStringLiteral("CODE"),
           QT_TRANSLATE_NOOP("Cli", "the ISO currency code (default: the locale's, else EUR)")}},
         init});
    r.add({QStringLiteral("demo"),
           {},
           QT_TRANSLATE_NOOP("Cli", "create the demo shop (members, cards, sales)"),
           {{QStringLiteral("currency"), QStringLiteral("CODE"),
             QT_TRANSLATE_NOOP("Cli", "the ISO currency code (default: the locale's, else EUR)")}},
           demo});
    r.add({QStringLiteral("check"),
           {},
           QT_TRANSLATE_NOOP("Cli", "integrity check and ledger balances"),
           {},
           check});
    r.add({QStringLiteral("expire"),
           {},
           QT_TRANSLATE_NOOP("Cli",
                             "settle points whose expiry day is over (the app does it at start and "
                             "daily; running it twice is harmless)"),
           {{QStringLiteral("full"),
             {},
             QT_TRANSLATE_NOOP("Cli", "read every lot, not only those since the last run")}},
           expire});
}

} // namespace Cli
