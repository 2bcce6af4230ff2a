// import members, export members: CSV files in and out.
#include "util.h"

#include "exportservice.h"
#include "importservice.h"

#include <QJsonArray>
#include <QLocale>

namespace Cli {

namespace {

QString importActionName(ImportRow::Action a)
{
    switch (a) {
    case ImportRow::Action::Create:
        return QStringLiteral("create");
    case ImportRow::Action::Update:
        return QStringLiteral("update");
    case ImportRow::Action::Skip:
        return QStringLiteral("skip");
    case ImportRow::Action::Invalid:
        return QStringLiteral("error");
    }
    return {};
}

QJsonObject importReportJson(const ImportReport &r)
{
    QJsonArray rows;
    for (const ImportRow &row : r.rows) {
        QJsonObject o {{QStringLiteral("line"), row.line},
                       {QStringLiteral("action"), importActionName(row.action)},
                       {QStringLiteral("message"), row.message}};
        if (!row.errors.isEmpty())
            o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(row.errors));
        if (row.memberId)
            o.insert(QStringLiteral("member_id"), row.memberId);
        rows.append(o);
    }
    QJsonObject mapping;
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        const int c = r.mapping.column(ImportMapping::Field(f));
        mapping.insert(ImportMapping::key(ImportMapping::Field(f)),
                       c >= 0 ? QJsonValue(r.header.value(c)) : QJsonValue());
    }
    return QJsonObject {{QStringLiteral("file"), r.fileName},
                        {QStringLiteral("encoding"), r.encoding},
                        {QStringLiteral("delimiter"), QString(r.delimiter)},
                        {QStringLiteral("mapping"), mapping},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("total"), r.total()},
                        {QStringLiteral("create"), r.created},
                        {QStringLiteral("update"), r.updated},
                        {QStringLiteral("skip"), r.skipped},
                        {QStringLiteral("invalid"), r.invalid},
                        {QStringLiteral("points"), r.points},
                        {QStringLiteral("written"), r.written}};
}

QString importReportText(const ImportReport &r)
{
    QStringList lines;
    QStringList mapped;
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        const int c = r.mapping.column(ImportMapping::Field(f));
        if (c >= 0)
            mapped << QStringLiteral("%1=\"%2\"")
                          .arg(ImportMapping::key(ImportMapping::Field(f)), r.header.value(c));
    }
    lines << Text::tr("%1: %2, columns: %3").arg(r.fileName, r.encoding, mapped.join(QLatin1Char(' ')));
    for (const ImportRow &row : r.rows)
        lines << Text::tr("  line %1: %2: %3").arg(row.line).arg(importActionName(row.action), row.message);
    lines << Text::tr("%1 rows: %2 new, %3 updated, %4 already present, %5 with errors; %6 opening points.")
                 .arg(r.total())
                 .arg(r.created)
                 .arg(r.updated)
                 .arg(r.skipped)
                 .arg(r.invalid)
                 .arg(QLocale().toString(r.points));
    return lines.join(QLatin1Char('\n'));
}

int importMembers(Session &s, const Args &a)
{
    if (a.words.size() != 1)
        return s.usage(Text::tr(
            "Use: loyalty-cli import members FILE [--dry-run] [--valid-only] [--map FIELD=COLUMN]..."));
    const QString path = a.words.first();
    const bool dryRun = a.flag(QStringLiteral("dry-run"));
    const bool validOnly = a.flag(QStringLiteral("valid-only"));
    if (!s.openTerminal())
        return s.exit();
    ImportService service(s.context());
    auto table = ImportService::read(path);
    if (!table)
        return s.fail(table.error());
    ImportMapping mapping = ImportMapping::detect(table->header);
    for (const QString &spec : a.values(QStringLiteral("map"))) {
        const int eq = spec.indexOf(QLatin1Char('='));
        const auto field = ImportMapping::fieldForKey(spec.left(eq));
        if (eq <= 0 || !field)
            return s.usage(
                Text::tr("--map takes FIELD=COLUMN, FIELD one of name, first_name, last_name, phone, "
                         "email, card, birthday, points, notes."));
        if (auto r = mapping.setFromText(*field, spec.mid(eq + 1), table->header); !r)
            return s.fail(r.error());
    }
    auto planned = service.plan(path, mapping);
    if (!planned)
        return s.fail(planned.error());
    if (dryRun || (planned->invalid > 0 && !validOnly)) {
        s.print(importReportJson(planned.value()), importReportText(planned.value()));
        if (dryRun)
            return Ok;
        return s.fail(makeError(Error::Invalid,
                                Text::tr("Nothing was imported: %n row(s) have errors. "
                                         "Correct them, or add --valid-only to import the "
                                         "other rows.",
                                         nullptr, planned->invalid)));
    }
    if (!s.allowed(Action::ImportMembers))
        return s.exit();
    ImportOptions options;
    options.validOnly = validOnly;
    options.staffId = s.actor().staffId;
    auto applied = service.apply(path, mapping, options);
    if (!applied)
        return s.fail(applied.error());
    s.print(importReportJson(applied.value()), importReportText(applied.value()));
    return Ok;
}

int exportMembers(Session &s, const Args &a)
{
    if (!a.words.isEmpty() || !a.has(QStringLiteral("out")))
        return s.usage(Text::tr("Use: loyalty-cli export members --out FILE [--delimiter ';'|','|tab]"));
    ExportOptions options;
    const QString d = a.value(QStringLiteral("delimiter"), QStringLiteral(";"));
    if (d == QLatin1String("tab") || d == QLatin1String("\t"))
        options.delimiter = QLatin1Char('\t');
    else if (d == QLatin1String(",") || d == QLatin1String(";"))
        options.delimiter = d.at(0);
    else
        return s.usage(Text::tr("--delimiter is ';', ',' or tab."));
    if (!s.openTerminal() || !s.allowed(Action::ExportPersonalData))
        return s.exit();
    auto r = ExportService(s.context()).exportMembers(a.value(QStringLiteral("out")), options);
    if (!r)
        return s.fail(r.error());
    s.print(QJsonObject {{QStringLiteral("file"), r->path}, {QStringLiteral("members"), r->members}},
            Text::tr("%1 members written to %2.").arg(r->members).arg(r->path));
    return Ok;
}

} // namespace

void Commands::addTransfer(Registry &r)
{
    r.addGroup(
        {QStringLiteral("import"),
         QT_TRANSLATE_NOOP(
             "Cli",
             "Use: loyalty-cli import members FILE [--dry-run] [--valid-only] [--map FIELD=COLUMN]...")});
    r.addGroup(
        {QStringLiteral("export"),
         QT_TRANSLATE_NOOP("Cli", "Use: loyalty-cli export members --out FILE [--delimiter ';'|','|tab]")});
    r.add(
        {QStringLiteral("import members"),
         QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("Cli", "bring members from a CSV file (docs/import.md)"),
         {{QStringLiteral("dry-run"), {}, QT_TRANSLATE_NOOP("Cli", "show what would be done, write nothing")},
          {QStringLiteral("valid-only"),
           {},
           QT_TRANSLATE_NOOP("Cli", "import the rows without errors, skip the others")},
          {QStringLiteral("map"), QStringLiteral("FIELD=COLUMN"),
           QT_TRANSLATE_NOOP("Cli", "which column holds a field, when the header does not say"), false,
           true}},
         importMembers});
    r.add({QStringLiteral("export members"),
           {},
           QT_TRANSLATE_NOOP("Cli", "write the members to a CSV file"),
           {{QStringLiteral("out"), QStringLiteral("FILE"), QT_TRANSLATE_NOOP("Cli", "the file to write"),
             true},
            {QStringLiteral("delimiter"), QStringLiteral("';'|','|tab"),
             QT_TRANSLATE_NOOP("Cli", "the column separator (default ';')")}},
           exportMembers});
}

} // namespace Cli
