#pragma once

#include "auditservice.h"

#include <QAbstractTableModel>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

// The audit trail a page at a time, newest first: never the whole table in memory.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit AuditModel(ServiceContext &ctx, QObject *parent = nullptr);
    void setFilter(const AuditService::Filter &f);
    qint64 total() const { return m_total; }
    const AuditRecord *entry(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kPage = 200;

private:
    ServiceContext &m_ctx;
    AuditService::Filter m_filter;
    QVector<AuditRecord> m_rows;
    qint64 m_total = 0;
    QString m_error;
    bool m_fetching = false;
};

class AuditViewer : public QDialog
{
    Q_OBJECT
public:
    explicit AuditViewer(ServiceContext &ctx, QWidget *parent = nullptr);
    AuditModel *model() const { return m_model; }

private:
    void apply();
    void showDetail();

    ServiceContext &m_ctx;
    AuditModel *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_staff;
    QComboBox *m_action;
    QLineEdit *m_text;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
    QLabel *m_status;
};
