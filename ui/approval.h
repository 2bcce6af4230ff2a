#pragma once

#include "context.h"
#include "permissions.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class MessageBanner;

// A manager's PIN typed over the current session, for what the signed-in person may not do alone
// (Permissions::need == ManagerApproval). The dialog lists the people allowed to approve.
class ApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    ApprovalDialog(ServiceContext &ctx, Action action, const QString &what, QWidget *parent = nullptr);
    qint64 approvedBy() const { return m_approvedBy; }
    bool hasApprovers() const;

public slots:
    void accept() override;

private:
    ServiceContext &m_ctx;
    Action m_action;
    QComboBox *m_who;
    QLineEdit *m_pin;
    MessageBanner *m_banner;
    qint64 m_approvedBy = 0;
};

namespace Approval {
// True when the signed-in person may do `action`, or a manager approved it just now (approvedBy then
// holds the manager's staff id, else 0). Explains a refusal in a dialog the person closes with Esc.
bool obtain(QWidget *parent, ServiceContext &ctx, Action action, const QString &what, qint64 *approvedBy);
} // namespace Approval
