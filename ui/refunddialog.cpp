#include "refunddialog.h"

#include "messagebanner.h"
#include "money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

RefundDialog::RefundDialog(const ServiceContext &ctx, qint64 suggestedReceipt, qint64 approvedBy,
                           QWidget *parent)
    : QDialog(parent)
    , m_refunds(ctx)
    , m_approvedBy(approvedBy)
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Give a sale back"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    // A kiosk has no window manager to draw the title: the dialog says what it is itself.
    auto *title = new QLabel(tr("<b>Give a sale back</b>"), this);
    layout->addWidget(title);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    auto *form = new QFormLayout;
    m_receipt = new QLineEdit(this);
    m_receipt->setObjectName(QStringLiteral("receiptField"));
    m_receipt->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,9}")), m_receipt));
    if (suggestedReceipt > 0)
        m_receipt->setText(QString::number(suggestedReceipt));
    m_sale = new QLabel(this);
    m_sale->setObjectName(QStringLiteral("saleSummary"));
    m_sale->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonField"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. wrong order, the customer changed their mind"));
    form->addRow(tr("&Receipt"), m_receipt);
    form->addRow(QString(), m_sale);
    form->addRow(tr("Rea&son"), m_reason);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(this);
    auto *ok = buttons->addButton(tr("Give back (Enter)"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    buttons->addButton(tr("Cancel (Esc)"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &RefundDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RefundDialog::reject);
    connect(m_receipt, &QLineEdit::textChanged, this, &RefundDialog::describe);
    layout->addWidget(buttons);
    describe();
    (suggestedReceipt > 0 ? m_reason : m_receipt)->setFocus();
}

void RefundDialog::describe()
{
    bool ok = false;
    const qint64 no = m_receipt->text().toLongLong(&ok);
    auto sale = ok ? m_refunds.saleByReceipt(no) : Result<PurchaseRecord>(Error());
    if (!ok || !sale) {
        m_sale->setText(ok ? sale.error().message : tr("Type the receipt number."));
        return;
    }
    const QLocale l;
    m_sale->setText(tr("%1 · %2 · %3 points earned")
                        .arg(l.toString(sale->createdAt.toLocalTime(), QLocale::ShortFormat),
                             Money(sale->totalMinor, sale->currency).format(),
                             l.toString(sale->pointsEarned)));
}

void RefundDialog::accept()
{
    bool ok = false;
    const qint64 no = m_receipt->text().toLongLong(&ok);
    auto sale = ok ? m_refunds.saleByReceipt(no)
                   : Result<PurchaseRecord>(makeError(Error::Invalid, tr("Type the receipt number.")));
    if (!sale) {
        m_banner->show(MessageBanner::Kind::Error, sale.error().message);
        m_receipt->setFocus();
        return;
    }
    auto r = m_refunds.refundWhole(sale->id, m_reason->text(), m_approvedBy);
    if (!r) {
        m_banner->show(MessageBanner::Kind::Error, r.error().message);
        (r.error().field == QLatin1String("reason") ? m_reason : m_receipt)->setFocus();
        return;
    }
    m_result = r.value();
    QDialog::accept();
}
