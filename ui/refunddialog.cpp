#include "refunddialog.h"

#include "messagebanner.h"
#include "money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
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
    // The sale's lines; "Give back" starts at what is left, so Enter gives the whole sale back and a
    // partial return is a number typed over it.
    m_lines = new QTableWidget(0, 4, this);
    m_lines->setObjectName(QStringLiteral("returnLines"));
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Sold"), tr("Back already"), tr("Give back")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                             | QAbstractItemView::EditKeyPressed);
    m_lines->setMinimumHeight(140);
    form->addRow(tr("&Receipt"), m_receipt);
    form->addRow(QString(), m_sale);
    form->addRow(tr("&Lines"), m_lines);
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
    m_lines->setRowCount(0);
    m_saleId = 0;
    if (!ok || !sale) {
        m_sale->setText(ok ? sale.error().message : tr("Type the receipt number."));
        return;
    }
    const QLocale l;
    m_saleId = sale->id;
    if (auto lines = m_refunds.returnable(sale->id)) {
        for (const ReturnableLine &r : lines.value()) {
            const int row = m_lines->rowCount();
            m_lines->insertRow(row);
            auto fixed = [&](int col, const QString &text) {
                auto *item = new QTableWidgetItem(text);
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                m_lines->setItem(row, col, item);
            };
            fixed(0, r.line.description);
            fixed(1, l.toString(r.line.quantity));
            fixed(2, l.toString(r.returned));
            auto *back = new QTableWidgetItem(QString::number(r.left()));
            back->setData(Qt::UserRole, r.line.lineNo);
            back->setData(Qt::UserRole + 1, r.left());
            m_lines->setItem(row, 3, back);
        }
    }
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
    QVector<ReturnLine> lines;
    bool all = true;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QTableWidgetItem *item = m_lines->item(row, 3);
        bool number = false;
        const qint64 qty = item->text().trimmed().isEmpty() ? 0 : item->text().trimmed().toLongLong(&number);
        if (!item->text().trimmed().isEmpty() && (!number || qty < 0)) {
            m_banner->show(MessageBanner::Kind::Error,
                           tr("\"%1\" is not a number of items.").arg(item->text().trimmed()));
            m_lines->setCurrentCell(row, 3);
            m_lines->setFocus();
            return;
        }
        all = all && qty == item->data(Qt::UserRole + 1).toLongLong();
        if (qty > 0)
            lines.push_back({item->data(Qt::UserRole).toInt(), qty});
    }
    if (m_saleId == sale->id && !all && lines.isEmpty()) {
        m_banner->show(MessageBanner::Kind::Error, tr("Nothing to give back: every quantity is 0."));
        m_lines->setFocus();
        return;
    }
    auto r = m_refunds.refund(sale->id, m_saleId == sale->id && !all ? lines : QVector<ReturnLine>(),
                              m_reason->text(), m_approvedBy);
    if (!r) {
        m_banner->show(MessageBanner::Kind::Error, r.error().message);
        (r.error().field == QLatin1String("reason") ? m_reason : m_receipt)->setFocus();
        return;
    }
    m_result = r.value();
    QDialog::accept();
}
