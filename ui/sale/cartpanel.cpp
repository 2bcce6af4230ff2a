#include "cartpanel.h"

#include "look.h"
#include "messagebanner.h"
#include "money.h"
#include "paywithpointsdialog.h"
#include "programservice.h"
#include "salelinesmodel.h"
#include "salelook.h"
#include "salepage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

// The panel's strings were the sale page's and keep its translation context (SalePage::tr).
using SaleLook::makeLabel;
using SaleLook::scaled;

CartPanel::CartPanel(const ServiceContext &ctx, CheckoutService &checkout, MessageBanner *banner,
                     QWidget *page)
    : QFrame(page)
    , m_page(page)
    , m_ctx(ctx)
    , m_checkout(checkout)
    , m_banner(banner)
{
    setObjectName(QStringLiteral("salePanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(12, 12, 12, 12);
    buildEntry(l);
    buildQuickItems(l);

    m_lines = new SaleLinesModel(m_ctx.terminal.currency, this);
    m_linesView = new QTableView(this);
    Look::showFocusFrame(m_linesView);
    m_linesView->setObjectName(QStringLiteral("linesView"));
    m_linesView->setAccessibleName(SalePage::tr("Lines of the sale"));
    m_linesView->setModel(m_lines);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linesView->verticalHeader()->hide();
    m_linesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_linesView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);
    m_linesView->horizontalHeader()->setSectionResizeMode(SaleLinesModel::Item, QHeaderView::Stretch);
    m_linesView->setFont(scaled(font(), 1.2));
    m_linesView->setShowGrid(false);
    m_linesView->setAlternatingRowColors(true);
    l->addWidget(m_linesView, 1);
    auto *remove = new QShortcut(QKeySequence(Qt::Key_Delete), m_linesView);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &CartPanel::removeSelectedLine);

    buildTotals(l);
}

void CartPanel::buildEntry(QVBoxLayout *into)
{
    auto *entry = new QGridLayout;
    m_item = new QLineEdit(this);
    m_item->setObjectName(QStringLiteral("itemField"));
    m_item->setPlaceholderText(SalePage::tr("Purchase"));
    m_item->setAccessibleName(SalePage::tr("Item"));
    m_item->setMaxLength(120);
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("priceField"));
    m_price->setPlaceholderText(Money(0, m_ctx.terminal.currency).formatNumber());
    m_price->setAccessibleName(SalePage::tr("Amount"));
    m_price->setAlignment(Qt::AlignRight);
    m_price->setMaxLength(20);
    m_quantity = new QLineEdit(QStringLiteral("1"), this);
    m_quantity->setObjectName(QStringLiteral("quantityField"));
    m_quantity->setAccessibleName(SalePage::tr("Quantity"));
    m_quantity->setAlignment(Qt::AlignRight);
    m_quantity->setMaxLength(5);
    m_quantity->setMaximumWidth(70);
    for (QLineEdit *e : {m_item, m_price, m_quantity})
        e->setFont(scaled(font(), 1.4));
    auto *add = new QPushButton(SalePage::tr("Add line"), this);
    add->setObjectName(QStringLiteral("addLineButton"));
    add->setMinimumHeight(44);
    entry->addWidget(new QLabel(SalePage::tr("Item"), this), 0, 0);
    entry->addWidget(
        new QLabel(SalePage::tr("Amount (%1)").arg(Money::currencySymbol(m_ctx.terminal.currency)), this), 0,
        1);
    entry->addWidget(new QLabel(SalePage::tr("Qty"), this), 0, 2);
    entry->addWidget(m_item, 1, 0);
    entry->addWidget(m_price, 1, 1);
    entry->addWidget(m_quantity, 1, 2);
    entry->addWidget(add, 1, 3);
    entry->setColumnStretch(0, 3);
    entry->setColumnStretch(1, 2);
    into->addLayout(entry);

    connect(add, &QPushButton::clicked, this, [this] { addPendingLine(); });
    connect(m_item, &QLineEdit::returnPressed, m_price, [this] { m_price->setFocus(); });
    connect(m_price, &QLineEdit::returnPressed, this, &CartPanel::onAmountEntered);
    connect(m_quantity, &QLineEdit::returnPressed, this, &CartPanel::onAmountEntered);
}

void CartPanel::buildQuickItems(QVBoxLayout *into)
{
    // Quick items: the catalogue's first nine, as large buttons and on Alt+1..Alt+9 (plain digits
    // belong to the amount and to the scanner).
    auto *quick = new QHBoxLayout;
    if (auto items = ProductService(m_ctx).quickItems()) {
        for (const ProductRecord &p : items.value()) {
            auto *b = new QPushButton(SalePage::tr("%1\n%2  ·  Alt+%3")
                                          .arg(p.name, Money(p.priceMinor, m_ctx.terminal.currency).format())
                                          .arg(p.quickKey),
                                      this);
            b->setObjectName(QStringLiteral("quickItem%1").arg(p.quickKey));
            b->setMinimumHeight(52);
            b->setFocusPolicy(Qt::NoFocus); // the keyboard path is Alt+N; focus stays in the entry
            connect(b, &QPushButton::clicked, this, [this, p] { addQuickItem(p); });
            auto *key = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + p.quickKey)), m_page);
            key->setContext(Qt::WidgetWithChildrenShortcut);
            connect(key, &QShortcut::activated, this, [this, p] { addQuickItem(p); });
            quick->addWidget(b);
        }
    }
    into->addLayout(quick);
}

void CartPanel::buildTotals(QVBoxLayout *into)
{
    m_adjustments = makeLabel(QStringLiteral("saleAdjustments"), this);
    m_adjustments->setFont(scaled(font(), 1.15));
    m_adjustments->setTextFormat(Qt::PlainText);
    m_adjustments->hide();
    into->addWidget(m_adjustments);
    auto *totals = new QHBoxLayout;
    m_earns = makeLabel(QStringLiteral("earnsLabel"), this);
    m_earns->setFont(scaled(font(), 1.3));
    m_total = makeLabel(QStringLiteral("totalLabel"), this);
    m_total->setFont(scaled(font(), 2.4, true));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setAccessibleName(SalePage::tr("Total"));
    totals->addWidget(m_earns, 1);
    totals->addWidget(m_total, 1);
    into->addLayout(totals);

    auto *buttons = new QHBoxLayout;
    auto *clearButton = new QPushButton(SalePage::tr("Clear (Esc)"), this);
    clearButton->setObjectName(QStringLiteral("clearButton"));
    m_complete = new QPushButton(SalePage::tr("Complete sale (Enter / F12)"), this);
    m_complete->setObjectName(QStringLiteral("completeButton"));
    m_complete->setFont(scaled(font(), 1.3, true));
    for (QPushButton *b : {clearButton, m_complete}) {
        b->setMinimumHeight(56);
        b->setAutoDefault(false);
    }
    buttons->addWidget(clearButton, 1);
    buttons->addWidget(m_complete, 2);
    into->addLayout(buttons);
    connect(clearButton, &QPushButton::clicked, this, &CartPanel::clearRequested);
    connect(m_complete, &QPushButton::clicked, this, &CartPanel::completeRequested);
}

const Cart &CartPanel::cart() const
{
    return m_lines->cart();
}

bool CartPanel::isEmpty() const
{
    return m_lines->cart().isEmpty();
}

bool CartPanel::isUntouched() const
{
    return m_lines->cart().isEmpty() && m_price->text().isEmpty();
}

void CartPanel::setMember(const MemberRecord *member)
{
    if (member) {
        m_member = *member;
        return;
    }
    m_member.reset();
    m_pointsToRedeem = 0;
}

bool CartPanel::hasPendingAmount() const
{
    return !m_price->text().trimmed().isEmpty();
}

void CartPanel::onAmountEntered()
{
    if (m_price->text().trimmed().isEmpty()) {
        if (!m_lines->cart().isEmpty())
            emit completeRequested();
        else
            m_banner->show(MessageBanner::Kind::Information,
                           SalePage::tr("Type the amount, then press Enter."));
        return;
    }
    addPendingLine();
}

bool CartPanel::addAmount(const QString &text)
{
    m_price->setText(text);
    return addPendingLine();
}

bool CartPanel::addPendingLine()
{
    auto price = Money::parse(m_price->text(), m_ctx.terminal.currency);
    if (!price) {
        showError(price.error().message);
        m_price->setFocus();
        m_price->selectAll();
        return false;
    }
    if (price->minor() <= 0) {
        showError(SalePage::tr("The amount must be more than zero."));
        m_price->setFocus();
        m_price->selectAll();
        return false;
    }
    bool ok = false;
    const qint64 quantity = QLocale().toLongLong(m_quantity->text().trimmed(), &ok);
    if (!ok || quantity <= 0) {
        showError(SalePage::tr("The quantity must be a whole number from 1 up."));
        m_quantity->setFocus();
        m_quantity->selectAll();
        return false;
    }
    CartLine line;
    line.description = m_item->text().simplified();
    if (line.description.isEmpty())
        line.description = SalePage::tr("Purchase");
    line.unitPriceMinor = price->minor();
    line.quantity = quantity;

    return addCartLine(line);
}

bool CartPanel::addCartLine(const CartLine &line)
{
    // Price the cart with the new line before taking it, so a typo such as 125000 is refused here.
    Cart trial = m_lines->cart();
    trial.lines.push_back(line);
    auto q = m_checkout.quote(trial, m_member ? &*m_member : nullptr);
    if (!q) {
        showError(q.error().message);
        m_price->setFocus();
        m_price->selectAll();
        return false;
    }
    m_lines->addLine(line);
    m_linesView->scrollToBottom();
    resetEntry();
    m_banner->clear();
    refreshTotals();
    m_price->setFocus();
    return true;
}

void CartPanel::addQuickItem(const ProductRecord &p)
{
    CartLine line;
    line.description = p.name;
    line.unitPriceMinor = p.priceMinor;
    line.quantity = 1;
    line.category = p.category;
    line.productCode = p.code;
    line.productId = p.id;
    addCartLine(line);
}

void CartPanel::removeSelectedLine()
{
    const QModelIndex current = m_linesView->currentIndex();
    if (!current.isValid())
        return;
    m_lines->removeLine(current.row());
    refreshTotals();
}

void CartPanel::clear()
{
    m_lines->clear();
    resetEntry();
}

void CartPanel::refreshTotals()
{
    const QString currency = m_ctx.terminal.currency;
    const MemberRecord *member = m_member ? &*m_member : nullptr;
    m_adjustments->hide();
    if (m_lines->cart().isEmpty()) {
        m_total->setText(SalePage::tr("Total %1").arg(Money(0, currency).format()));
        m_earns->setText(member ? SalePage::tr("Type the amount, then Enter.") : QString());
        m_complete->setEnabled(false);
        return;
    }
    auto q = m_checkout.quote(m_lines->cart(), member, member ? m_pointsToRedeem : 0);
    if (!q && m_pointsToRedeem > 0) {
        // Lines removed after F6: the points no longer fit under the cap. Say so, and drop them.
        const QString why = q.error().message;
        m_pointsToRedeem = 0;
        q = m_checkout.quote(m_lines->cart(), member);
        m_banner->show(MessageBanner::Kind::Warning, SalePage::tr("Points payment removed: %1").arg(why));
    }
    m_complete->setEnabled(q.ok());
    if (!q) {
        m_total->setText(QStringLiteral("—"));
        m_earns->setText(q.error().message);
        return;
    }
    const QLocale locale;
    QStringList lines;
    if (!q->adjustments.isEmpty())
        lines << SalePage::tr("Subtotal %1").arg(Money(q->subtotalMinor, currency).format());
    for (const Adjustment &a : q->adjustments) {
        if (a.amountMinor > 0)
            lines << SalePage::tr("%1   −%2").arg(a.label, Money(a.amountMinor, currency).format());
        else if (a.points > 0)
            lines << SalePage::tr("%1   +%2 pts").arg(a.label, locale.toString(a.points));
    }
    if (q->levelUpgraded)
        lines << SalePage::tr("This sale reaches %1.").arg(levelName(q->levelCode));
    m_adjustments->setText(lines.join(QLatin1Char('\n')));
    m_adjustments->setVisible(!lines.isEmpty());
    m_total->setText(SalePage::tr("Total %1").arg(Money(q->totalMinor, currency).format()));
    m_earns->setText(
        member ? SalePage::tr("Earns %1")
                     .arg(SalePage::tr("+%1 pts").arg(locale.toString(q->pointsEarned + q->bonusPoints)))
               : SalePage::tr("Walk-in: no points"));
}

void CartPanel::payWithPoints()
{
    if (!m_member)
        return;
    const MemberRecord &member = *m_member;
    if (m_lines->cart().isEmpty()) {
        showError(SalePage::tr("Add the items first: the points pay part of the check."));
        m_price->setFocus();
        return;
    }
    auto max = m_checkout.maxRedeemable(m_lines->cart(), member);
    if (!max) {
        showError(max.error().message);
        return;
    }
    auto version = ProgramService(m_ctx.db).inForce(m_ctx.terminal, m_ctx.clock.nowUtc());
    if (!version) {
        showError(version.error().message);
        return;
    }
    const RedemptionRules &rules = version->program.redemption;
    if (!rules.enabled) {
        showError(SalePage::tr("Paying with points is switched off in this shop."));
        return;
    }
    if (max.value() <= 0) {
        showError(member.pointsBalance < rules.minBalance
                      ? SalePage::tr("%1 needs at least %Ln point(s) to pay with them.", nullptr,
                                     int(rules.minBalance))
                            .arg(member.name)
                      : SalePage::tr("%1 has no points to pay with.").arg(member.name));
        return;
    }
    PayWithPointsDialog dialog(member.name, member.pointsBalance, max.value(), rules.minorPerPoint,
                               m_ctx.terminal.currency, m_pointsToRedeem, m_page);
    const bool agreed = dialog.exec() == QDialog::Accepted;
    window()->activateWindow();
    if (agreed) {
        m_pointsToRedeem = dialog.points();
        refreshTotals();
    }
    m_price->setFocus();
}

void CartPanel::resetEntry()
{
    m_item->clear();
    m_price->clear();
    m_quantity->setText(QStringLiteral("1"));
}

void CartPanel::focusAmount()
{
    m_price->setFocus();
}

void CartPanel::showError(const QString &text)
{
    m_banner->show(MessageBanner::Kind::Error, text);
}
