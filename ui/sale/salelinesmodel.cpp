#include "salelinesmodel.h"

#include "money.h"

SaleLinesModel::SaleLinesModel(const QString &currency, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_cart.currency = currency;
}

int SaleLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cart.lines.size());
}

int SaleLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SaleLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CartLine &l = m_cart.lines.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Item:
            return l.description;
        case Price:
            return Money(l.unitPriceMinor, m_cart.currency).formatNumber();
        case Quantity:
            return QStringLiteral("× %1").arg(QLocale().toString(l.quantity));
        case Total: {
            auto total = Money(l.unitPriceMinor, m_cart.currency).times(l.quantity);
            return total ? total->formatNumber() : QString();
        }
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Item)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SaleLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Item:
        return tr("Item");
    case Price:
        return tr("Price");
    case Quantity:
        return tr("Qty");
    case Total:
        return tr("Total");
    }
    return {};
}

void SaleLinesModel::addLine(const CartLine &line)
{
    const int row = int(m_cart.lines.size());
    beginInsertRows({}, row, row);
    m_cart.lines.push_back(line);
    endInsertRows();
}

void SaleLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_cart.lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_cart.lines.removeAt(row);
    endRemoveRows();
}

void SaleLinesModel::clear()
{
    if (m_cart.lines.isEmpty())
        return;
    beginResetModel();
    m_cart.lines.clear();
    endResetModel();
}
