#pragma once

#include "refundservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;
class MessageBanner;

// F8 on the sale page: a sale given back, whole or in part (a quantity per line), found by its receipt number
// (the last sale's is filled in), with the reason the audit trail keeps. Enter gives it back, Esc cancels.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(const ServiceContext &ctx, qint64 suggestedReceipt, qint64 approvedBy,
                 QWidget *parent = nullptr);
    const RefundResult &result() const { return m_result; }

public slots:
    void accept() override;

private:
    void describe();

    RefundService m_refunds;
    qint64 m_approvedBy;
    RefundResult m_result;
    MessageBanner *m_banner;
    QLineEdit *m_receipt;
    QLabel *m_sale;
    QLineEdit *m_reason;
    QTableWidget *m_lines;
    qint64 m_saleId = 0; // the sale the lines belong to
};
