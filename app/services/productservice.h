#pragma once

#include "context.h"

#include <QCoreApplication>

struct NewProduct
{
    QString code;
    QString name;
    QString price; // as typed, in the shop's currency
    QString category;
    int quickKey = 0; // 1..9 puts it on Alt+1..Alt+9 of the sale page; 0 = none
};

// The catalogue: products with a price and a category, the first nine on quick keys.
class ProductService
{
    Q_DECLARE_TR_FUNCTIONS(ProductService)
public:
    explicit ProductService(const ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }

    Result<QVector<ProductRecord>> list(bool activeOnly = true);
    // The products on quick keys, by key.
    Result<QVector<ProductRecord>> quickItems();
    // A manager's (the catalogue is part of the program); audited.
    Result<ProductRecord> add(const NewProduct &p, qint64 approvedBy = 0);

private:
    Result<QVector<ProductRecord>> select(const QString &whereAndOrder);

    ServiceContext m_ctx;
};
