// product list, product add: the catalogue.
#include "util.h"

#include "money.h"
#include "productservice.h"

#include <QJsonArray>

namespace Cli {

namespace {

const char *const kProductUse = QT_TRANSLATE_NOOP(
    "Cli", "Use: loyalty-cli product list | add --code C --name N --price P [--category C] [--key 1-9]");

int list(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr(kProductUse));
    if (!s.openTerminal())
        return s.exit();
    auto all = ProductService(s.context()).list();
    if (!all)
        return s.fail(all.error());
    QJsonArray rows;
    QStringList lines;
    for (const ProductRecord &p : all.value()) {
        const Money price(p.priceMinor, s.currency());
        rows.append(QJsonObject {{QStringLiteral("code"), p.code},
                                 {QStringLiteral("name"), p.name},
                                 {QStringLiteral("price"), price.formatNumber()},
                                 {QStringLiteral("category"), p.category},
                                 {QStringLiteral("key"), p.quickKey}});
        lines << Text::tr("%1  %2  %3%4")
                     .arg(p.code, p.name, price.format(),
                          p.quickKey ? Text::tr("  Alt+%1").arg(p.quickKey) : QString());
    }
    s.print(QJsonObject {{QStringLiteral("products"), rows}},
            lines.isEmpty() ? Text::tr("No products yet.") : lines.join(QLatin1Char('\n')));
    return Ok;
}

int add(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr(kProductUse));
    if (!s.openTerminal())
        return s.exit();
    NewProduct p;
    p.code = a.value(QStringLiteral("code"));
    p.name = a.value(QStringLiteral("name"));
    p.price = a.value(QStringLiteral("price"));
    p.category = a.value(QStringLiteral("category"));
    bool ok = true;
    if (a.has(QStringLiteral("key")))
        p.quickKey = a.value(QStringLiteral("key")).toInt(&ok);
    if (!ok)
        return s.usage(Text::tr("--key is a number from 1 to 9."));
    auto added = ProductService(s.context()).add(p);
    if (!added)
        return s.fail(added.error());
    s.print(QJsonObject {{QStringLiteral("code"), added->code}, {QStringLiteral("id"), added->id}},
            Text::tr("%1 added at %2.").arg(added->name, Money(added->priceMinor, s.currency()).format()));
    return Ok;
}

} // namespace

void Commands::addProducts(Registry &r)
{
    r.addGroup({QStringLiteral("product"), kProductUse});
    r.add({QStringLiteral("product list"), {}, QT_TRANSLATE_NOOP("Cli", "the catalogue"), {}, list});
    r.add(
        {QStringLiteral("product add"),
         {},
         QT_TRANSLATE_NOOP("Cli", "a new product in the catalogue (a manager's)"),
         {{QStringLiteral("code"), QStringLiteral("C"),
           QT_TRANSLATE_NOOP("Cli", "the product's code or barcode"), true},
          {QStringLiteral("name"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "the product's name"), true},
          {QStringLiteral("price"), QStringLiteral("P"), QT_TRANSLATE_NOOP("Cli", "the price, e.g. 3.20"),
           true},
          {QStringLiteral("category"), QStringLiteral("C"),
           QT_TRANSLATE_NOOP("Cli", "the category (stamps, earn rules)")},
          {QStringLiteral("key"), QStringLiteral("1-9"),
           QT_TRANSLATE_NOOP("Cli", "the product's key on the sale page: Alt+1..Alt+9")}},
         add});
}

} // namespace Cli
