#include "productservice.h"

#include "auditservice.h"
#include "ids.h"
#include "money.h"
#include "sqlexec.h"
#include "staffservice.h"

#include <QJsonObject>

namespace {
const QString kColumns = QStringLiteral("id, uuid, origin_terminal, code, name, price_minor, category, "
                                        "quick_key, active, created_at, updated_at");

ProductRecord readProduct(const QSqlQuery &q)
{
    ProductRecord p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.originTerminal = q.value(2).toString();
    p.code = q.value(3).toString();
    p.name = q.value(4).toString();
    p.priceMinor = q.value(5).toLongLong();
    p.category = q.value(6).toString();
    p.quickKey = q.value(7).toInt();
    p.active = q.value(8).toInt() != 0;
    p.createdAt = Ids::fromUtcText(q.value(9).toString());
    p.updatedAt = Ids::fromUtcText(q.value(10).toString());
    return p;
}
} // namespace

Result<QVector<ProductRecord>> ProductService::select(const QString &whereAndOrder)
{
    auto q = Sql::exec(m_ctx.db, QStringLiteral("SELECT %1 FROM products %2").arg(kColumns, whereAndOrder),
                       {}, tr("The products cannot be read."));
    if (!q)
        return q.error();
    QVector<ProductRecord> out;
    while (q.value().next())
        out << readProduct(q.value());
    return out;
}

Result<QVector<ProductRecord>> ProductService::list(bool activeOnly)
{
    return select(activeOnly ? QStringLiteral("WHERE active = 1 ORDER BY name COLLATE NOCASE")
                             : QStringLiteral("ORDER BY name COLLATE NOCASE"));
}

Result<QVector<ProductRecord>> ProductService::quickItems()
{
    return select(QStringLiteral("WHERE active = 1 AND quick_key IS NOT NULL ORDER BY quick_key"));
}

Result<ProductRecord> ProductService::add(const NewProduct &in, qint64 approvedBy)
{
    ProductRecord p;
    p.code = in.code.trimmed();
    p.name = in.name.simplified();
    p.category = in.category.simplified();
    p.quickKey = in.quickKey;
    if (p.code.isEmpty() || p.code.size() > 32)
        return onField(makeError(Error::Invalid, tr("A product needs a code of 1 to 32 characters.")),
                       "code");
    if (p.name.isEmpty() || p.name.size() > 80)
        return onField(makeError(Error::Invalid, tr("A product needs a name of 1 to 80 characters.")),
                       "name");
    auto price = Money::parse(in.price, m_ctx.terminal.currency);
    if (!price)
        return onField(price.error(), "price");
    if (price->minor() <= 0)
        return onField(makeError(Error::Invalid, tr("The price must be more than zero.")), "price");
    p.priceMinor = price->minor();
    if (p.quickKey < 0 || p.quickKey > 9)
        return onField(makeError(Error::Invalid, tr("Quick keys are 1 to 9.")), "quickKey");
    ServiceContext ctx = m_ctx;
    if (auto r = StaffService(ctx).authorize(Action::ChangeProgram, approvedBy); !r)
        return r.error();
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    auto clash = Sql::exec(m_ctx.db,
                           QStringLiteral("SELECT code, name, quick_key FROM products WHERE code = ? OR "
                                          "(active = 1 AND quick_key = ?)"),
                           {p.code, p.quickKey ? QVariant(p.quickKey) : QVariant()},
                           tr("The products cannot be read."));
    if (!clash)
        return clash.error();
    if (clash.value().next()) {
        if (clash->value(0).toString() == p.code)
            return onField(
                makeError(Error::Conflict,
                          tr("The code %1 is taken by %2.").arg(p.code, clash->value(1).toString())),
                "code");
        return onField(
            makeError(Error::Conflict,
                      tr("Alt+%1 is %2's quick key.").arg(p.quickKey).arg(clash->value(1).toString())),
            "quickKey");
    }
    p.createdAt = p.updatedAt = m_ctx.clock.nowUtc();
    p.uuid = Ids::newUuid(p.createdAt);
    p.originTerminal = m_ctx.terminal.uuid;
    auto w = Sql::exec(
        m_ctx.db,
        QStringLiteral("INSERT INTO products (uuid, origin_terminal, code, name, price_minor, category, "
                       "quick_key, active, created_at, updated_at) VALUES (?,?,?,?,?,?,?,1,?,?)"),
        {p.uuid, p.originTerminal, p.code, p.name, p.priceMinor, Sql::textOrNull(p.category),
         p.quickKey ? QVariant(p.quickKey) : QVariant(), Ids::utcText(p.createdAt),
         Ids::utcText(p.updatedAt)},
        tr("The product cannot be saved."));
    if (!w)
        return w.error();
    p.id = w->lastInsertId().toLongLong();
    if (auto a
        = AuditService(ctx).record(QStringLiteral("product.add"), QStringLiteral("product"), p.code, {},
                                   {{QStringLiteral("name"), p.name},
                                    {QStringLiteral("price_minor"), p.priceMinor},
                                    {QStringLiteral("quick_key"), p.quickKey}},
                                   approvedBy);
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return p;
}
