#include "salepage.h"

#include "cartpanel.h"
#include "enrolldialog.h"
#include "membercardwidget.h"
#include "memberfinder.h"
#include "messagebanner.h"
#include "money.h"
#include "salelinesmodel.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return !s.isEmpty();
}

} // namespace

SalePage::SalePage(const ServiceContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_members(ctx)
    , m_checkout(ctx)
{
    setObjectName(QStringLiteral("salePage"));
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(12, 12, 12, 8);
    root->setSpacing(8);

    m_banner = new MessageBanner(this);
    m_finder = new MemberFinder(ctx, m_members, m_banner, MemberActions::showContacts(m_ctx), this);
    m_finder->addScanRow(root);
    root->addWidget(m_banner);
    m_finder->addResults(root);

    auto *panels = new QHBoxLayout;
    panels->setSpacing(12);
    m_card = new MemberCardWidget(ctx.terminal.currency, this);
    panels->addWidget(m_card, 2);
    m_cart = new CartPanel(m_ctx, m_checkout, m_banner, this);
    panels->addWidget(m_cart, 3);
    root->addLayout(panels, 1);

    m_actions = new MemberActions(m_ctx, m_members, *this, m_finder, m_banner, this);

    connect(m_finder->field(), &QLineEdit::returnPressed, this, &SalePage::onScanEntered);
    connect(m_finder, &MemberFinder::scanned, this, &SalePage::handleScan);
    connect(m_finder, &MemberFinder::picked, this, &SalePage::pickMember);
    connect(m_cart, &CartPanel::completeRequested, this, &SalePage::completeSale);
    connect(m_cart, &CartPanel::clearRequested, this, &SalePage::clearSale);
    addKeys();

    clearMember();
    refreshTotals();
    setFocusProxy(m_finder->field());
}

// The page's keys answer wherever the focus is on it (Alt+1..Alt+9 are the cart's, Delete the lines').
void SalePage::addKeys()
{
    const auto key = [this](const QKeySequence &sequence) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        return shortcut;
    };
    connect(key(QKeySequence(Qt::Key_F12)), &QShortcut::activated, this, [this] {
        if (m_cart->hasPendingAmount() && !m_cart->addPendingLine())
            return;
        completeSale();
    });
    connect(key(QKeySequence(Qt::Key_F2)), &QShortcut::activated, this, &SalePage::enrollMember);
    connect(key(QKeySequence(Qt::Key_F3)), &QShortcut::activated, this, [this] {
        m_finder->focus();
        m_finder->field()->selectAll();
    });
    connect(key(QKeySequence(Qt::Key_F6)), &QShortcut::activated, this, &SalePage::payWithPoints);
    // F8 does not need a member on the page: any sale of this till can be given back.
    connect(key(QKeySequence(Qt::Key_F8)), &QShortcut::activated, this, &SalePage::refundSale);
    const std::pair<QKeySequence, void (MemberActions::*)()> memberKeys[] = {
        {QKeySequence(Qt::Key_F4), &MemberActions::editMember},
        {QKeySequence(Qt::Key_F7), &MemberActions::replaceLostCard},
        {QKeySequence(Qt::CTRL | Qt::Key_M), &MemberActions::startMerge},
        {QKeySequence(Qt::Key_F9), &MemberActions::eraseMember},
        {QKeySequence(Qt::CTRL | Qt::Key_P), &MemberActions::adjustPoints},
    };
    for (const auto &[sequence, action] : memberKeys)
        connect(key(sequence), &QShortcut::activated, m_actions, action);
    connect(key(QKeySequence(Qt::Key_Escape)), &QShortcut::activated, this, &SalePage::clearSale);
}

const SaleLinesModel *SalePage::lines() const
{
    return m_cart->lines();
}

QString SalePage::pointsText(qint64 points)
{
    return tr("%1 pts").arg(QLocale().toString(points));
}

void SalePage::onScanEntered()
{
    const QString text = m_finder->text().trimmed();
    if (text.isEmpty()) {
        // Enter on an empty scan field completes the step in progress: the sale, if it has lines.
        if (!m_cart->isEmpty())
            completeSale();
        return;
    }
    // An amount typed straight into the scan field starts a walk-in sale (or adds to this one).
    if (!allDigits(text) && (text.contains(QLocale().decimalPoint()) || text.contains(QLatin1Char('.')))) {
        auto amount = Money::parse(text, m_ctx.terminal.currency);
        if (amount) {
            if (m_cart->addAmount(text))
                m_finder->field()->clear();
            return;
        }
    }
    handleScan(text);
}

void SalePage::handleScan(const QString &code)
{
    m_finder->lookup(code);
}

void SalePage::pickMember(const MemberView &view)
{
    if (m_actions->merging()) {
        m_actions->finishMerge(view);
        return;
    }
    const bool replacing = m_member && m_member->member.id != view.member.id;
    showMember(view);
    m_finder->reset();
    if (!m_birthdayNote.isEmpty())
        m_banner->show(MessageBanner::Kind::Positive, m_birthdayNote);
    else if (replacing)
        m_banner->show(MessageBanner::Kind::Information, tr("The sale is now for %1.").arg(view.member.name));
    else
        m_banner->clear();
    refreshTotals();
    // Next step: the amount.
    m_cart->focusAmount();
}

void SalePage::addQuickItem(const ProductRecord &product)
{
    m_cart->addQuickItem(product);
}

void SalePage::completeSale()
{
    if (m_cart->isEmpty()) {
        showError(tr("The sale has no lines: type the amount first."));
        m_cart->focusAmount();
        return;
    }
    SaleRequest request;
    request.cart = m_cart->cart();
    if (m_member) {
        request.memberId = m_member->member.id;
        request.cardId = m_member->card.id;
        request.pointsToRedeem = m_cart->pointsToRedeem();
    }
    auto result = m_checkout.complete(request);
    if (!result) {
        // The sale stays on screen so that the cashier can try again.
        showError(result.error().message);
        return;
    }
    const PurchaseRecord &p = result->purchase;
    const QString total = Money(p.totalMinor, p.currency).format();
    QString text;
    if (m_member)
        text
            = tr("Sale %1 recorded: %2. %3 earned %4; balance %5.")
                  .arg(QLocale().toString(p.receiptNo), total, m_member->member.name,
                       tr("+%1 pts").arg(QLocale().toString(p.pointsEarned)), pointsText(result->newBalance));
    else
        text = tr("Sale %1 recorded: %2 (walk-in).").arg(QLocale().toString(p.receiptNo), total);
    if (m_member && result->quote.levelUpgraded)
        text += QLatin1Char(' ') + tr("Welcome to %1!").arg(m_cart->levelName(result->quote.levelCode));
    const qint64 id = p.id;
    m_lastReceipt = p.receiptNo;
    clearSale();
    m_banner->show(MessageBanner::Kind::Positive, text);
    emit saleCompleted(id);
}

void SalePage::enrollMember()
{
    m_actions->dropMerge(); // a new member is nobody's other record
    EnrollDialog dialog(m_members, this);
    dialog.prefill(m_finder->text());
    const int answer = dialog.exec();
    // Without a window manager (a kiosk till) nobody hands the keyboard back to the sale page.
    window()->activateWindow();
    if (answer != QDialog::Accepted) {
        focusScan();
        return;
    }
    const MemberView &m = dialog.enrolled();
    pickMember(m);
    m_banner->show(MessageBanner::Kind::Positive,
                   tr("Welcome, %1! Card %2 is ready to collect points.").arg(m.member.name, m.card.number));
}

void SalePage::beginScan(const QString &text)
{
    if (!text.isEmpty())
        m_finder->field()->insert(text);
    m_finder->focus();
}

void SalePage::clearSale()
{
    // Esc while picking the other record of a merge: only the merge is dropped.
    if (m_actions->cancelMerge())
        return;
    const bool wasEmpty = m_cart->isUntouched() && !m_member && m_finder->text().isEmpty();
    m_cart->clear();
    clearMember();
    m_finder->reset();
    if (wasEmpty)
        m_banner->clear();
    refreshTotals();
    focusScan();
}

void SalePage::showMember(const MemberView &view)
{
    m_member = view;
    m_cart->setMember(&m_member->member);
    auto profile = m_members.profile(view);
    if (!profile) {
        // The sale can go on without the card's extras; say what is missing.
        showError(profile.error().message);
        MemberProfile bare;
        bare.view = view;
        m_card->showProfile(bare, MemberActions::showContacts(m_ctx));
        return;
    }
    // Cashiers see masked contacts; managers see them whole.
    m_card->showProfile(profile.value(), MemberActions::showContacts(m_ctx));
    auto loyalty = m_checkout.loyalty(view.member);
    if (!loyalty) {
        showError(loyalty.error().message);
        return;
    }
    m_card->showLoyalty(loyalty.value());
    m_cart->setLevelNames(loyalty->levelNames);
    // The birthday offer is announced the moment the member is scanned, so that it is wished.
    if (loyalty->birthdayOffer)
        m_birthdayNote
            = tr("Happy birthday, %1! This sale brings %2.").arg(view.member.name, loyalty->birthdayText);
    else
        m_birthdayNote.clear();
}

void SalePage::clearMember()
{
    m_member.reset();
    m_cart->setMember(nullptr);
    m_card->showWalkIn();
}

void SalePage::refreshTotals()
{
    m_cart->refreshTotals();
}

void SalePage::payWithPoints()
{
    if (!m_actions->requireMember(tr("pay with points")))
        return;
    m_cart->payWithPoints();
}

void SalePage::editMember()
{
    m_actions->editMember();
}

void SalePage::replaceLostCard()
{
    m_actions->replaceLostCard();
}

void SalePage::adjustPoints()
{
    m_actions->adjustPoints();
}

void SalePage::refundSale()
{
    m_actions->refundSale(m_lastReceipt);
}

void SalePage::focusScan()
{
    m_finder->focus();
}

void SalePage::showError(const QString &text)
{
    m_banner->show(MessageBanner::Kind::Error, text);
}
