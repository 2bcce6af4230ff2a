#pragma once

#include "memberservice.h"

#include <QDialog>

class QLineEdit;
class MessageBanner;

// Points added or taken away by hand (Ctrl+P on the sale page), with the reason the member's
// history and the audit trail keep. Enter records, Esc cancels; a refusal stays in the dialog.
class AdjustPointsDialog : public QDialog
{
    Q_OBJECT
public:
    AdjustPointsDialog(MemberService &members, const MemberView &member, qint64 approvedBy,
                       QWidget *parent = nullptr);
    qint64 newBalance() const { return m_newBalance; }

public slots:
    void accept() override;

private:
    MemberService &m_members;
    qint64 m_memberId;
    qint64 m_approvedBy;
    qint64 m_newBalance = 0;
    MessageBanner *m_banner;
    QLineEdit *m_points;
    QLineEdit *m_reason;
};
