#pragma once

#include "membersearch.h"

#include <QAbstractTableModel>

// Search results as the cashier types: the ranked ids are known at once, the rows are read a page
// at a time as the view scrolls (fetchMore), so no model ever holds more than a few screens.
class MemberSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Phone,
        Card,
        Points,
        ColumnCount
    };
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1
    };
    static constexpr int kPageSize = 20;

    explicit MemberSearchModel(Database &db, QObject *parent = nullptr);

    // Runs the search; returns the error message, empty on success.
    QString search(const QString &text);
    void clear();
    int matchCount() const { return int(m_ids.size()); }
    bool truncated() const { return m_truncated; }
    qint64 memberIdAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }
    void setShowContacts(bool show) { m_showContacts = show; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    // The rows of the page of ids from `from`, its missing members taken out of the queue.
    QVector<MemberSearchRow> readPage(int from);

    MemberSearch m_search;
    QVector<qint64> m_ids;
    QVector<MemberSearchRow> m_rows;
    bool m_truncated = false;
    bool m_showContacts = false;
};
