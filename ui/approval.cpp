#include "approval.h"

#include "messagebanner.h"
#include "staffservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

ApprovalDialog::ApprovalDialog(ServiceContext &ctx, Action action, const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_action(action)
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Manager approval"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>%1</b> needs a manager's PIN.").arg(what.toHtmlEscaped()), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    m_who = new QComboBox(this);
    m_who->setObjectName(QStringLiteral("approverField"));
    bool managerChosen = false;
    if (auto staff = StaffService(m_ctx).list(true)) {
        for (const StaffRecord &s : staff.value()) {
            const auto role = Permissions::roleFromCode(s.role);
            if (!role || s.id == m_ctx.actor.staffId || !Permissions::allowed(*role, action))
                continue;
            m_who->addItem(tr("%1 (%2)").arg(s.name, Permissions::roleName(*role)), s.id);
            // The manager on the floor is the usual approver, not the owner: a manager first.
            if (*role == Role::Manager && !managerChosen) {
                m_who->setCurrentIndex(m_who->count() - 1);
                managerChosen = true;
            }
        }
    }
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("approverPinField"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    m_pin->setAccessibleName(tr("Manager's PIN"));
    form->addRow(tr("&Manager"), m_who);
    form->addRow(tr("&PIN"), m_pin);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    auto *ok = buttons->addButton(tr("Approve (Enter)"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    buttons->addButton(tr("Cancel (Esc)"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ApprovalDialog::reject);
    layout->addWidget(buttons);
    if (!hasApprovers()) {
        m_banner->show(MessageBanner::Kind::Error, tr("No manager has an account on this terminal."));
        ok->setEnabled(false);
    }
    m_pin->setFocus();
}

bool ApprovalDialog::hasApprovers() const
{
    return m_who->count() > 0;
}

void ApprovalDialog::accept()
{
    if (!hasApprovers())
        return;
    auto s = StaffService(m_ctx).approve(m_who->currentData().toLongLong(), m_pin->text(), m_action);
    m_pin->clear();
    if (!s) {
        m_banner->show(MessageBanner::Kind::Error, s.error().message);
        m_pin->setFocus();
        return;
    }
    m_approvedBy = s->id;
    QDialog::accept();
}

namespace Approval {

bool obtain(QWidget *parent, ServiceContext &ctx, Action action, const QString &what, qint64 *approvedBy)
{
    if (approvedBy)
        *approvedBy = 0;
    switch (Permissions::need(ctx.actor.role, action)) {
    case Need::Allowed:
        return true;
    case Need::Denied: {
        QMessageBox box(QMessageBox::Information, what,
                        QCoreApplication::translate("Approval",
                                                    "%1 is not part of a %2's work. Sign in as "
                                                    "someone allowed to do it (F10 switches).")
                            .arg(Permissions::actionName(action), Permissions::roleName(ctx.actor.role)),
                        QMessageBox::Close, parent);
        box.exec();
        return false;
    }
    case Need::ManagerApproval:
        break;
    }
    ApprovalDialog dialog(ctx, action, what, parent);
    const bool ok = dialog.exec() == QDialog::Accepted;
    if (parent)
        parent->window()->activateWindow();
    if (ok && approvedBy)
        *approvedBy = dialog.approvedBy();
    return ok;
}

} // namespace Approval
