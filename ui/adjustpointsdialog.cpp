#include "adjustpointsdialog.h"

#include "messagebanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

AdjustPointsDialog::AdjustPointsDialog(MemberService &members, const MemberView &member, qint64 approvedBy,
                                       QWidget *parent)
    : QDialog(parent)
    , m_members(members)
    , m_memberId(member.member.id)
    , m_approvedBy(approvedBy)
{
    setObjectName(QStringLiteral("adjustPointsDialog"));
    setWindowTitle(tr("Adjust points"));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    auto *who = new QLabel(
        tr("<b>%1</b> has %2 points.")
            .arg(member.member.name.toHtmlEscaped(), QLocale().toString(member.member.pointsBalance)),
        this);
    layout->addWidget(who);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    auto *form = new QFormLayout;
    m_points = new QLineEdit(this);
    m_points->setObjectName(QStringLiteral("pointsField"));
    m_points->setPlaceholderText(tr("50 adds, -50 takes away"));
    m_points->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[-+]?[0-9]{0,7}")), m_points));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonField"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. a receipt from the old system, a complaint"));
    form->addRow(tr("&Points"), m_points);
    form->addRow(tr("&Reason"), m_reason);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(this);
    auto *ok = buttons->addButton(tr("Record (Enter)"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    buttons->addButton(tr("Cancel (Esc)"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdjustPointsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AdjustPointsDialog::reject);
    layout->addWidget(buttons);
    m_points->setFocus();
}

void AdjustPointsDialog::accept()
{
    bool ok = false;
    const qint64 points = m_points->text().toLongLong(&ok);
    if (!ok || points == 0) {
        m_banner->show(MessageBanner::Kind::Error,
                       tr("Type the points to add (e.g. 50) or take away (e.g. -50)."));
        m_points->setFocus();
        return;
    }
    auto r = m_members.adjustPoints(m_memberId, points, m_reason->text(), m_approvedBy);
    if (!r) {
        m_banner->show(MessageBanner::Kind::Error, r.error().message);
        (r.error().field == QLatin1String("reason") ? m_reason : m_points)->setFocus();
        return;
    }
    m_newBalance = r.value();
    QDialog::accept();
}
