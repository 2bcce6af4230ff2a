#include "membersearchmodel.h"

#include "masking.h"

#include <QLocale>

MemberSearchModel::MemberSearchModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(db)
{
}

QString MemberSearchModel::search(const QString &text)
{
    auto found = m_search.search(text);
    // The first page is read inside the reset: the view lays the results out once, not twice.
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    m_truncated = false;
    QString error;
    if (found) {
        m_ids = found->ids;
        m_truncated = found->truncated;
        m_rows = readPage(0);
    } else {
        error = found.error().message;
    }
    endResetModel();
    return error;
}

void MemberSearchModel::clear()
{
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    m_truncated = false;
    endResetModel();
}

int MemberSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MemberSearchRow &r = m_rows.at(index.row());
    if (role == MemberIdRole)
        return r.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Phone:
            return m_showContacts ? r.phone : Masking::phone(r.phone);
        case Card:
            return r.card;
        case Points:
            return tr("%1 pts").arg(QLocale().toString(r.pointsBalance));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Points)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MemberSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Card:
        return tr("Card");
    case Points:
        return tr("Points");
    }
    return {};
}

bool MemberSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_ids.size();
}

QVector<MemberSearchRow> MemberSearchModel::readPage(int from)
{
    const int count = std::min<int>(kPageSize, int(m_ids.size()) - from);
    auto page = m_search.rows(m_ids.mid(from, count));
    // Members erased or merged since the search come back missing: keep the queue in step with
    // what was read, so the rows never disagree with the ids behind them.
    m_ids.remove(from, count);
    if (!page)
        return {};
    for (int i = 0; i < page->size(); ++i)
        m_ids.insert(from + i, page->at(i).id);
    return page.value();
}

void MemberSearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int from = int(m_rows.size());
    const QVector<MemberSearchRow> page = readPage(from);
    if (page.isEmpty())
        return;
    beginInsertRows({}, from, from + int(page.size()) - 1);
    m_rows += page;
    endInsertRows();
}
