// program, program earn, program export, program import: the loyalty program's versions.
#include "util.h"

#include "clock.h"
#include "money.h"
#include "programcodec.h"
#include "programservice.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace Cli {

namespace {

int show(Session &s, const ProgramVersion &version)
{
    const Program *p = &version.program.base;
    const Money per(p->earn.perMinor, p->currency);
    const QString rounding = p->rounding == PointsRounding::Up ? Text::tr("rounded up")
        : p->rounding == PointsRounding::Nearest               ? Text::tr("rounded to the nearest")
                                                               : Text::tr("rounded down");
    QStringList levels;
    for (const Level &l : version.program.levels.levels)
        levels << Text::tr("%1 from %2").arg(l.name, Money(l.thresholdMinor, p->currency).format());
    s.print(
        QJsonObject {{QStringLiteral("currency"), p->currency},
                     {QStringLiteral("earn_points"), p->earn.points},
                     {QStringLiteral("earn_per"), per.toPlainString()},
                     {QStringLiteral("expiry_months"), p->expiryMonths},
                     {QStringLiteral("max_sale"), Money(p->maxSaleMinor, p->currency).toPlainString()},
                     {QStringLiteral("version"), version.uuid},
                     {QStringLiteral("settings"), ProgramCodec::toJson(version.program)}},
        Text::tr("Earn: %1 points per %2 paid (%5)\nPoints expire after: %3\nLargest sale: %4\nLevels: %6\n"
                 "In force since: %7")
            .arg(QLocale().toString(p->earn.points), per.format(),
                 p->expiryMonths == 0 ? Text::tr("never") : Text::tr("%1 months").arg(p->expiryMonths),
                 Money(p->maxSaleMinor, p->currency).format(), rounding,
                 levels.isEmpty() ? Text::tr("none") : levels.join(QStringLiteral(", ")),
                 QLocale().toString(version.effectiveFrom.toLocalTime(), QLocale::ShortFormat)));
    return Ok;
}

int showInForce(Session &s)
{
    auto version = ProgramService(s.db()).inForce(s.terminal(), Clock::system().nowUtc());
    if (!version)
        return s.fail(version.error());
    return show(s, version.value());
}

int program(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(
            Text::tr("Use: loyalty-cli program [earn --points N --per AMOUNT | export --out FILE | "
                     "import FILE]"));
    if (!s.openTerminal())
        return s.exit();
    return showInForce(s);
}

int earn(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr("Use: loyalty-cli program [earn --points N --per AMOUNT]"));
    if (!s.openTerminal() || !s.allowed(Action::ChangeProgram))
        return s.exit();
    if (!a.has(QStringLiteral("points")) || !a.has(QStringLiteral("per")))
        return s.usage(
            Text::tr("Use: loyalty-cli program earn --points N --per AMOUNT, e.g. --points 1 --per 1.00"));
    bool ok = false;
    EarnRule rule;
    rule.points = a.value(QStringLiteral("points")).toLongLong(&ok);
    if (!ok)
        return s.fail(makeError(
            Error::Invalid,
            Text::tr("\"%1\" is not a whole number of points.").arg(a.value(QStringLiteral("points")))));
    auto per = Money::parse(a.value(QStringLiteral("per")), s.currency(), QLocale::c());
    if (!per)
        return s.fail(per.error());
    rule.perMinor = per->minor();
    if (auto r = ProgramService(s.db()).setEarnRule(s.terminal(), rule, Clock::system().nowUtc(), s.actor());
        !r)
        return s.fail(r.error());
    return showInForce(s);
}

// The program in force as the JSON document a version stores: what import reads back.
int exportProgram(Session &s, const Args &a)
{
    if (!a.words.isEmpty() || !a.has(QStringLiteral("out")))
        return s.usage(Text::tr("Use: loyalty-cli program export --out FILE.json"));
    if (!s.openTerminal())
        return s.exit();
    auto version = ProgramService(s.db()).inForce(s.terminal(), Clock::system().nowUtc());
    if (!version)
        return s.fail(version.error());
    const QString path = a.value(QStringLiteral("out"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)
        || f.write(QJsonDocument(ProgramCodec::toJson(version->program)).toJson(QJsonDocument::Indented)) < 0
        || !f.commit())
        return s.fail(
            makeError(Error::Storage, Text::tr("%1 cannot be written: %2").arg(path, f.errorString())));
    s.print(QJsonObject {{QStringLiteral("file"), path}, {QStringLiteral("version"), version->uuid}},
            Text::tr("The program in force is written to %1.").arg(path));
    return Ok;
}

Result<PricingProgram> readProgram(const QString &path, const QString &currency)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::NotFound, Text::tr("%1 cannot be read: %2").arg(path, f.errorString()));
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(Error::Invalid, Text::tr("%1 is not a program: it holds no JSON object.").arg(path),
                         e.errorString());
    return ProgramCodec::fromJson(doc.object(), currency);
}

// The program dialog's save: every contradiction listed, nothing written; else a new version in force
// from now, with its audit line (the service writes both in one transaction).
int importProgram(Session &s, const Args &a)
{
    if (a.words.size() != 1)
        return s.usage(Text::tr("Use: loyalty-cli program import FILE.json [--note TEXT]"));
    if (!s.openTerminal() || !s.allowed(Action::ChangeProgram))
        return s.exit();
    auto p = readProgram(a.words.first(), s.currency());
    if (!p)
        return s.fail(p.error());
    PricingProgram program = p.value();
    program.base.currency = s.currency();
    if (const QStringList problems = program.validate(); !problems.isEmpty())
        return s.problems(problems, {}, {{QStringLiteral("file"), a.words.first()}});
    const QDateTime now = Clock::system().nowUtc();
    auto saved = ProgramService(s.db()).publish(s.terminal(), program, now, now, s.actor(), 0,
                                                a.value(QStringLiteral("note")));
    if (!saved)
        return s.fail(saved.error());
    return show(s, saved.value());
}

} // namespace

void Commands::addProgram(Registry &r)
{
    r.add({QStringLiteral("program"),
           {},
           QT_TRANSLATE_NOOP("Cli", "show the loyalty program in force"),
           {},
           program});
    r.add({QStringLiteral("program earn"),
           {},
           QT_TRANSLATE_NOOP("Cli", "set the earn rate: N points per AMOUNT paid, from now (a manager's)"),
           {{QStringLiteral("points"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "the points earned"),
             true},
            {QStringLiteral("per"), QStringLiteral("AMOUNT"),
             QT_TRANSLATE_NOOP("Cli", "for this much paid, e.g. 1.00"), true}},
           earn});
    r.add({QStringLiteral("program export"),
           {},
           QT_TRANSLATE_NOOP("Cli", "write the program in force to a JSON file"),
           {{QStringLiteral("out"), QStringLiteral("FILE.json"),
             QT_TRANSLATE_NOOP("Cli", "the file to write"), true}},
           exportProgram});
    r.add({QStringLiteral("program import"),
           QStringLiteral("FILE.json"),
           QT_TRANSLATE_NOOP("Cli",
                             "a new program version from a JSON file, in force from now, checked as the "
                             "program dialog checks it (a manager's)"),
           {{QStringLiteral("note"), QStringLiteral("TEXT"),
             QT_TRANSLATE_NOOP("Cli", "a note for the version's history")}},
           importProgram});
}

} // namespace Cli
