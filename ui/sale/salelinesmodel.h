#pragma once

#include "quote.h"

#include <QAbstractTableModel>

// The lines of the sale in progress, as the cart the rules price.
class SaleLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Item,
        Price,
        Quantity,
        Total,
        ColumnCount
    };
    explicit SaleLinesModel(const QString &currency, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Cart &cart() const { return m_cart; }
    void addLine(const CartLine &line);
    void removeLine(int row);
    void clear();

private:
    Cart m_cart;
};
