#pragma once

#include "refundservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class MessageBanner;

// F8 on the sale page: a whole sale given back, found by its receipt number (the last sale's is
// filled in), with the reason the audit trail keeps. Enter gives it back, Esc cancels.
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
};
