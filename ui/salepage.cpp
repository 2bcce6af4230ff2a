#include "salepage.h"

#include "look.h"

#include "adjustpointsdialog.h"
#include "approval.h"
#include "confirmdialog.h"
#include "enrolldialog.h"
#include "lostcarddialog.h"
#include "membercardwidget.h"
#include "membersearchmodel.h"
#include "messagebanner.h"
#include "money.h"
#include "paywithpointsdialog.h"
#include "productservice.h"
#include "programservice.h"
#include "refunddialog.h"
#include "salelinesmodel.h"
#include "scandetector.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QFont scaled(const QFont &base, qreal factor, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString pointsText(qint64 points)
{
    return SalePage::tr("%1 pts").arg(QLocale().toString(points));
}

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

    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_scan->setPlaceholderText(tr("Scan a card, or type a phone number or name…"));
    m_scan->setAccessibleName(tr("Card or phone number"));
    m_scan->setFont(scaled(font(), 1.6));
    m_scan->setClearButtonEnabled(true);
    m_scan->setMaxLength(MemberService::kMaxInputLength);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scan, 1);
    auto *scanHint = new QLabel(tr("Enter: find · F2: new member · Esc: clear"), this);
    scanHint->setForegroundRole(QPalette::PlaceholderText);
    scanRow->addWidget(scanHint);
    root->addLayout(scanRow);

    m_banner = new MessageBanner(this);
    root->addWidget(m_banner);

    // Results appear under the scan field as the cashier types a name, e-mail or phone digits.
    m_searchModel = new MemberSearchModel(ctx.db, this);
    m_results = new QTableView(this);
    Look::showFocusFrame(m_results);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Members found"));
    m_searchModel->setShowContacts(showContacts());
    m_results->setModel(m_searchModel);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_results->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(MemberSearchModel::Name, QHeaderView::Stretch);
    m_results->setFont(scaled(font(), 1.2));
    m_results->setMaximumHeight(fontMetrics().height() * 2 * 7);
    m_results->installEventFilter(this);
    m_resultsInfo = makeLabel(QStringLiteral("searchInfo"), this);
    m_resultsInfo->setForegroundRole(QPalette::PlaceholderText);
    root->addWidget(m_results);
    root->addWidget(m_resultsInfo);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    // Long enough for a scanner's burst to end in Enter first, short enough to feel instant.
    m_searchTimer->setInterval(60);
    connect(m_searchTimer, &QTimer::timeout, this, &SalePage::runSearch);
    connect(m_scan, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_results, &QTableView::activated, this, &SalePage::pickResult);
    m_scan->installEventFilter(this);
    hideResults();

    auto *panels = new QHBoxLayout;
    panels->setSpacing(12);
    m_card = new MemberCardWidget(ctx.terminal.currency, this);
    panels->addWidget(m_card, 2);
    panels->addWidget(buildSalePanel(), 3);
    root->addLayout(panels, 1);

    connect(m_scan, &QLineEdit::returnPressed, this, &SalePage::onScanEntered);

    m_detector = new ScanDetector(this, m_scan);
    connect(m_detector, &ScanDetector::scanned, this, &SalePage::handleScan);

    auto *complete = new QShortcut(QKeySequence(Qt::Key_F12), this);
    complete->setContext(Qt::WidgetWithChildrenShortcut);
    connect(complete, &QShortcut::activated, this, [this] {
        if (!m_price->text().trimmed().isEmpty() && !addPendingLine())
            return;
        completeSale();
    });
    auto *enroll = new QShortcut(QKeySequence(Qt::Key_F2), this);
    enroll->setContext(Qt::WidgetWithChildrenShortcut);
    connect(enroll, &QShortcut::activated, this, &SalePage::enrollMember);
    auto *find = new QShortcut(QKeySequence(Qt::Key_F3), this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_scan->setFocus();
        m_scan->selectAll();
    });
    const std::pair<QKeySequence, void (SalePage::*)()> memberKeys[] = {
        {QKeySequence(Qt::Key_F4), &SalePage::editMember},
        {QKeySequence(Qt::Key_F7), &SalePage::replaceLostCard},
        {QKeySequence(Qt::CTRL | Qt::Key_M), &SalePage::startMerge},
        {QKeySequence(Qt::Key_F9), &SalePage::eraseMember},
        {QKeySequence(Qt::CTRL | Qt::Key_P), &SalePage::adjustPoints},
    };
    auto *points = new QShortcut(QKeySequence(Qt::Key_F6), this);
    points->setContext(Qt::WidgetWithChildrenShortcut);
    connect(points, &QShortcut::activated, this, &SalePage::payWithPoints);
    // F8 does not need a member on the page: any sale of this till can be given back.
    auto *refund = new QShortcut(QKeySequence(Qt::Key_F8), this);
    refund->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refund, &QShortcut::activated, this, &SalePage::refundSale);
    for (const auto &[key, slot] : memberKeys) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &SalePage::clearSale);
    auto *remove = new QShortcut(QKeySequence(Qt::Key_Delete), m_linesView);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &SalePage::removeSelectedLine);

    clearMember();
    refreshTotals();
    setFocusProxy(m_scan);
}

QWidget *SalePage::buildSalePanel()
{
    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("salePanel"));
    box->setFrameShape(QFrame::StyledPanel);
    auto *l = new QVBoxLayout(box);
    l->setContentsMargins(12, 12, 12, 12);

    auto *entry = new QGridLayout;
    m_item = new QLineEdit(box);
    m_item->setObjectName(QStringLiteral("itemField"));
    m_item->setPlaceholderText(tr("Purchase"));
    m_item->setAccessibleName(tr("Item"));
    m_item->setMaxLength(120);
    m_price = new QLineEdit(box);
    m_price->setObjectName(QStringLiteral("priceField"));
    m_price->setPlaceholderText(Money(0, m_ctx.terminal.currency).formatNumber());
    m_price->setAccessibleName(tr("Amount"));
    m_price->setAlignment(Qt::AlignRight);
    m_price->setMaxLength(20);
    m_quantity = new QLineEdit(QStringLiteral("1"), box);
    m_quantity->setObjectName(QStringLiteral("quantityField"));
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setAlignment(Qt::AlignRight);
    m_quantity->setMaxLength(5);
    m_quantity->setMaximumWidth(70);
    for (QLineEdit *e : {m_item, m_price, m_quantity})
        e->setFont(scaled(font(), 1.4));
    auto *add = new QPushButton(tr("Add line"), box);
    add->setObjectName(QStringLiteral("addLineButton"));
    add->setMinimumHeight(44);
    entry->addWidget(new QLabel(tr("Item"), box), 0, 0);
    entry->addWidget(new QLabel(tr("Amount (%1)").arg(Money::currencySymbol(m_ctx.terminal.currency)), box),
                     0, 1);
    entry->addWidget(new QLabel(tr("Qty"), box), 0, 2);
    entry->addWidget(m_item, 1, 0);
    entry->addWidget(m_price, 1, 1);
    entry->addWidget(m_quantity, 1, 2);
    entry->addWidget(add, 1, 3);
    entry->setColumnStretch(0, 3);
    entry->setColumnStretch(1, 2);
    l->addLayout(entry);

    // Quick items: the catalogue's first nine, as large buttons and on Alt+1..Alt+9 (plain digits
    // belong to the amount and to the scanner).
    auto *quick = new QHBoxLayout;
    if (auto items = ProductService(m_ctx).quickItems()) {
        for (const ProductRecord &p : items.value()) {
            auto *b = new QPushButton(tr("%1\n%2  ·  Alt+%3")
                                          .arg(p.name, Money(p.priceMinor, m_ctx.terminal.currency).format())
                                          .arg(p.quickKey),
                                      box);
            b->setObjectName(QStringLiteral("quickItem%1").arg(p.quickKey));
            b->setMinimumHeight(52);
            b->setFocusPolicy(Qt::NoFocus); // the keyboard path is Alt+N; focus stays in the entry
            connect(b, &QPushButton::clicked, this, [this, p] { addQuickItem(p); });
            auto *key = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + p.quickKey)), this);
            key->setContext(Qt::WidgetWithChildrenShortcut);
            connect(key, &QShortcut::activated, this, [this, p] { addQuickItem(p); });
            quick->addWidget(b);
        }
    }
    l->addLayout(quick);

    m_lines = new SaleLinesModel(m_ctx.terminal.currency, this);
    m_linesView = new QTableView(box);
    Look::showFocusFrame(m_linesView);
    m_linesView->setObjectName(QStringLiteral("linesView"));
    m_linesView->setAccessibleName(tr("Lines of the sale"));
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

    m_adjustments = makeLabel(QStringLiteral("saleAdjustments"), box);
    m_adjustments->setFont(scaled(font(), 1.15));
    m_adjustments->setTextFormat(Qt::PlainText);
    m_adjustments->hide();
    l->addWidget(m_adjustments);
    auto *totals = new QHBoxLayout;
    m_earns = makeLabel(QStringLiteral("earnsLabel"), box);
    m_earns->setFont(scaled(font(), 1.3));
    m_total = makeLabel(QStringLiteral("totalLabel"), box);
    m_total->setFont(scaled(font(), 2.4, true));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setAccessibleName(tr("Total"));
    totals->addWidget(m_earns, 1);
    totals->addWidget(m_total, 1);
    l->addLayout(totals);

    auto *buttons = new QHBoxLayout;
    auto *clear = new QPushButton(tr("Clear (Esc)"), box);
    clear->setObjectName(QStringLiteral("clearButton"));
    m_complete = new QPushButton(tr("Complete sale (Enter / F12)"), box);
    m_complete->setObjectName(QStringLiteral("completeButton"));
    m_complete->setFont(scaled(font(), 1.3, true));
    for (QPushButton *b : {clear, m_complete}) {
        b->setMinimumHeight(56);
        b->setAutoDefault(false);
    }
    buttons->addWidget(clear, 1);
    buttons->addWidget(m_complete, 2);
    l->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] { addPendingLine(); });
    connect(clear, &QPushButton::clicked, this, &SalePage::clearSale);
    connect(m_complete, &QPushButton::clicked, this, &SalePage::completeSale);
    connect(m_item, &QLineEdit::returnPressed, m_price, [this] { m_price->setFocus(); });
    connect(m_price, &QLineEdit::returnPressed, this, &SalePage::onPriceEntered);
    connect(m_quantity, &QLineEdit::returnPressed, this, &SalePage::onPriceEntered);
    return box;
}

bool SalePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_scan && key == Qt::Key_Down && m_results->isVisible()) {
        focusResults();
        return true;
    }
    if (watched == m_results) {
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            pickResult(m_results->currentIndex());
            return true;
        }
        if (key == Qt::Key_Escape || (key == Qt::Key_Up && m_results->currentIndex().row() <= 0)) {
            m_scan->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SalePage::runSearch()
{
    const QString text = m_scan->text().trimmed();
    if (text.isEmpty()) {
        hideResults();
        return;
    }
    const QString error = m_searchModel->search(text);
    if (!error.isEmpty()) {
        showError(error);
        hideResults();
        return;
    }
    const int n = m_searchModel->matchCount();
    m_results->setVisible(n > 0);
    m_resultsInfo->setVisible(true);
    if (n == 0)
        m_resultsInfo->setText(tr("No member matches \"%1\". F2 enrolls a new member.").arg(text));
    else if (m_searchModel->truncated())
        m_resultsInfo->setText(
            tr("The first %1 matches: type more to narrow them. ↓ to choose, Enter to take.").arg(n));
    else
        m_resultsInfo->setText(tr("%1 found. ↓ to choose, Enter to take.").arg(n));
}

void SalePage::hideResults()
{
    m_searchTimer->stop();
    m_searchModel->clear();
    m_results->hide();
    m_resultsInfo->hide();
}

void SalePage::focusResults()
{
    if (m_searchModel->rowCount() == 0)
        return;
    m_results->setFocus();
    m_results->setCurrentIndex(m_searchModel->index(0, 0));
}

void SalePage::pickResult(const QModelIndex &index)
{
    const qint64 id = m_searchModel->memberIdAt(index.row());
    if (id == 0)
        return;
    auto view = m_members.byId(id);
    if (!view) {
        showError(view.error().message);
        m_scan->setFocus();
        return;
    }
    pickMember(view.value());
}

void SalePage::onScanEntered()
{
    const QString text = m_scan->text().trimmed();
    if (text.isEmpty()) {
        // Enter on an empty scan field completes the step in progress: the sale, if it has lines.
        if (!m_lines->cart().isEmpty())
            completeSale();
        return;
    }
    // An amount typed straight into the scan field starts a walk-in sale (or adds to this one).
    if (!allDigits(text) && (text.contains(QLocale().decimalPoint()) || text.contains(QLatin1Char('.')))) {
        auto amount = Money::parse(text, m_ctx.terminal.currency);
        if (amount) {
            m_price->setText(text);
            if (addPendingLine())
                m_scan->clear();
            return;
        }
    }
    handleScan(text);
}

void SalePage::handleScan(const QString &code)
{
    auto found = m_members.lookup(code);
    if (!found && found.error().kind == Error::NotFound) {
        // Not a card or a whole phone number: a name, an e-mail, the last digits of a phone.
        m_searchTimer->stop();
        runSearch();
        if (m_searchModel->matchCount() == 1) {
            pickResult(m_searchModel->index(0, 0));
            return;
        }
        if (m_searchModel->matchCount() > 1) {
            focusResults();
            return;
        }
    }
    if (!found) {
        m_scan->setText(code);
        m_scan->selectAll();
        m_scan->setFocus();
        m_banner->show(found.error().kind == Error::Blocked ? MessageBanner::Kind::Warning
                                                            : MessageBanner::Kind::Error,
                       found.error().message);
        return;
    }
    pickMember(found.value());
}

void SalePage::pickMember(const MemberView &view)
{
    if (m_mergeKeep) {
        finishMerge(view);
        return;
    }
    const bool replacing = m_member && m_member->member.id != view.member.id;
    showMember(view);
    m_scan->clear();
    hideResults();
    if (!m_birthdayNote.isEmpty())
        m_banner->show(MessageBanner::Kind::Positive, m_birthdayNote);
    else if (replacing)
        m_banner->show(MessageBanner::Kind::Information, tr("The sale is now for %1.").arg(view.member.name));
    else
        m_banner->clear();
    refreshTotals();
    // Next step: the amount.
    m_price->setFocus();
}

void SalePage::onPriceEntered()
{
    if (m_price->text().trimmed().isEmpty()) {
        if (!m_lines->cart().isEmpty())
            completeSale();
        else
            m_banner->show(MessageBanner::Kind::Information, tr("Type the amount, then press Enter."));
        return;
    }
    addPendingLine();
}

bool SalePage::addPendingLine()
{
    auto price = Money::parse(m_price->text(), m_ctx.terminal.currency);
    if (!price) {
        showError(price.error().message);
        m_price->setFocus();
        m_price->selectAll();
        return false;
    }
    if (price->minor() <= 0) {
        showError(tr("The amount must be more than zero."));
        m_price->setFocus();
        m_price->selectAll();
        return false;
    }
    bool ok = false;
    const qint64 quantity = QLocale().toLongLong(m_quantity->text().trimmed(), &ok);
    if (!ok || quantity <= 0) {
        showError(tr("The quantity must be a whole number from 1 up."));
        m_quantity->setFocus();
        m_quantity->selectAll();
        return false;
    }
    CartLine line;
    line.description = m_item->text().simplified();
    if (line.description.isEmpty())
        line.description = tr("Purchase");
    line.unitPriceMinor = price->minor();
    line.quantity = quantity;

    return addCartLine(line);
}

bool SalePage::addCartLine(const CartLine &line)
{
    // Price the cart with the new line before taking it, so a typo such as 125000 is refused here.
    Cart trial = m_lines->cart();
    trial.lines.push_back(line);
    auto q = m_checkout.quote(trial, m_member ? &m_member->member : nullptr);
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

void SalePage::addQuickItem(const ProductRecord &p)
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

void SalePage::removeSelectedLine()
{
    const QModelIndex current = m_linesView->currentIndex();
    if (!current.isValid())
        return;
    m_lines->removeLine(current.row());
    refreshTotals();
}

void SalePage::completeSale()
{
    if (m_lines->cart().isEmpty()) {
        showError(tr("The sale has no lines: type the amount first."));
        m_price->setFocus();
        return;
    }
    SaleRequest request;
    request.cart = m_lines->cart();
    if (m_member) {
        request.memberId = m_member->member.id;
        request.cardId = m_member->card.id;
        request.pointsToRedeem = m_pointsToRedeem;
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
        text += QLatin1Char(' ') + tr("Welcome to %1!").arg(levelName(result->quote.levelCode));
    const qint64 id = p.id;
    m_lastReceipt = p.receiptNo;
    clearSale();
    m_banner->show(MessageBanner::Kind::Positive, text);
    emit saleCompleted(id);
}

void SalePage::enrollMember()
{
    m_mergeKeep.reset(); // a new member is nobody's other record
    EnrollDialog dialog(m_members, this);
    dialog.prefill(m_scan->text());
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
        m_scan->insert(text);
    m_scan->setFocus();
}

void SalePage::clearSale()
{
    if (m_mergeKeep) {
        // Esc while picking the other record of a merge: only the merge is dropped.
        m_mergeKeep.reset();
        m_scan->clear();
        hideResults();
        m_banner->show(MessageBanner::Kind::Information, tr("Merge cancelled."));
        focusScan();
        return;
    }
    const bool wasEmpty
        = m_lines->cart().isEmpty() && !m_member && m_scan->text().isEmpty() && m_price->text().isEmpty();
    m_lines->clear();
    clearMember();
    resetEntry();
    m_scan->clear();
    hideResults();
    if (wasEmpty)
        m_banner->clear();
    refreshTotals();
    focusScan();
}

void SalePage::showMember(const MemberView &view)
{
    m_member = view;
    auto profile = m_members.profile(view);
    if (!profile) {
        // The sale can go on without the card's extras; say what is missing.
        showError(profile.error().message);
        MemberProfile bare;
        bare.view = view;
        m_card->showProfile(bare, showContacts());
        return;
    }
    // Cashiers see masked contacts; managers see them whole.
    m_card->showProfile(profile.value(), showContacts());
    auto loyalty = m_checkout.loyalty(view.member);
    if (!loyalty) {
        showError(loyalty.error().message);
        return;
    }
    m_card->showLoyalty(loyalty.value());
    m_levelNames = loyalty->levelNames;
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
    m_pointsToRedeem = 0;
    m_card->showWalkIn();
}

void SalePage::refreshTotals()
{
    const QString currency = m_ctx.terminal.currency;
    m_adjustments->hide();
    if (m_lines->cart().isEmpty()) {
        m_total->setText(tr("Total %1").arg(Money(0, currency).format()));
        m_earns->setText(m_member ? tr("Type the amount, then Enter.") : QString());
        m_complete->setEnabled(false);
        return;
    }
    auto q = m_checkout.quote(m_lines->cart(), m_member ? &m_member->member : nullptr,
                              m_member ? m_pointsToRedeem : 0);
    if (!q && m_pointsToRedeem > 0) {
        // Lines removed after F6: the points no longer fit under the cap. Say so, and drop them.
        const QString why = q.error().message;
        m_pointsToRedeem = 0;
        q = m_checkout.quote(m_lines->cart(), m_member ? &m_member->member : nullptr);
        m_banner->show(MessageBanner::Kind::Warning, tr("Points payment removed: %1").arg(why));
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
        lines << tr("Subtotal %1").arg(Money(q->subtotalMinor, currency).format());
    for (const Adjustment &a : q->adjustments) {
        if (a.amountMinor > 0)
            lines << tr("%1   −%2").arg(a.label, Money(a.amountMinor, currency).format());
        else if (a.points > 0)
            lines << tr("%1   +%2 pts").arg(a.label, locale.toString(a.points));
    }
    if (q->levelUpgraded)
        lines << tr("This sale reaches %1.").arg(levelName(q->levelCode));
    m_adjustments->setText(lines.join(QLatin1Char('\n')));
    m_adjustments->setVisible(!lines.isEmpty());
    m_total->setText(tr("Total %1").arg(Money(q->totalMinor, currency).format()));
    m_earns->setText(
        m_member ? tr("Earns %1").arg(tr("+%1 pts").arg(locale.toString(q->pointsEarned + q->bonusPoints)))
                 : tr("Walk-in: no points"));
}

void SalePage::payWithPoints()
{
    if (!requireMember(tr("pay with points")))
        return;
    if (m_lines->cart().isEmpty()) {
        showError(tr("Add the items first: the points pay part of the check."));
        m_price->setFocus();
        return;
    }
    auto max = m_checkout.maxRedeemable(m_lines->cart(), m_member->member);
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
        showError(tr("Paying with points is switched off in this shop."));
        return;
    }
    if (max.value() <= 0) {
        showError(m_member->member.pointsBalance < rules.minBalance
                      ? tr("%1 needs at least %Ln point(s) to pay with them.", nullptr, int(rules.minBalance))
                            .arg(m_member->member.name)
                      : tr("%1 has no points to pay with.").arg(m_member->member.name));
        return;
    }
    PayWithPointsDialog dialog(m_member->member.name, m_member->member.pointsBalance, max.value(),
                               rules.minorPerPoint, m_ctx.terminal.currency, m_pointsToRedeem, this);
    const bool agreed = dialog.exec() == QDialog::Accepted;
    window()->activateWindow();
    if (agreed) {
        m_pointsToRedeem = dialog.points();
        refreshTotals();
    }
    m_price->setFocus();
}

void SalePage::resetEntry()
{
    m_item->clear();
    m_price->clear();
    m_quantity->setText(QStringLiteral("1"));
}

void SalePage::focusScan()
{
    m_scan->setFocus();
}

void SalePage::showError(const QString &text)
{
    m_banner->show(MessageBanner::Kind::Error, text);
}

bool SalePage::showContacts() const
{
    return Permissions::need(m_ctx.actor.role, Action::ViewContacts) == Need::Allowed;
}

bool SalePage::requireMember(const QString &what)
{
    if (m_member)
        return true;
    m_banner->show(MessageBanner::Kind::Information,
                   tr("Find the member first (scan the card or type the name or phone), then %1.").arg(what));
    focusScan();
    return false;
}

void SalePage::editMember()
{
    if (!requireMember(tr("F4 to edit")))
        return;
    MemberView view = *m_member;
    if (view.card.id == 0) {
        // Found by phone or name: the form shows their newest active card.
        if (auto cards = m_members.cards(view.member.id); cards) {
            for (const CardRecord &c : cards.value()) {
                if (!c.blocked)
                    view.card = c;
            }
        }
    }
    EnrollDialog dialog(m_members, this);
    dialog.editMember(view, showContacts());
    const int answer = dialog.exec();
    window()->activateWindow();
    if (answer == QDialog::Accepted) {
        MemberView saved = dialog.enrolled();
        if (saved.card.id == 0)
            saved.card = m_member->card;
        showMember(saved);
        refreshTotals();
        m_banner->show(MessageBanner::Kind::Positive, tr("%1: changes saved.").arg(saved.member.name));
    }
    focusScan();
}

void SalePage::replaceLostCard()
{
    if (!requireMember(tr("F7 for a lost card")))
        return;
    LostCardDialog dialog(m_members, *m_member, this);
    const int answer = dialog.exec();
    window()->activateWindow();
    if (answer == QDialog::Accepted) {
        const MemberView &r = dialog.result();
        showMember(r);
        m_banner->show(MessageBanner::Kind::Positive,
                       tr("Card %1 now belongs to %2; the lost card is blocked. %3 kept.")
                           .arg(r.card.number, r.member.name, pointsText(r.member.pointsBalance)));
    }
    focusScan();
}

void SalePage::startMerge()
{
    if (!requireMember(tr("Ctrl+M to merge")))
        return;
    qint64 approvedBy = 0;
    if (!Approval::obtain(this, m_ctx, Action::MergeMembers, tr("Merge two members"), &approvedBy)) {
        window()->activateWindow();
        m_banner->show(MessageBanner::Kind::Warning, tr("Not merged: merging members needs a manager."));
        focusScan();
        return;
    }
    window()->activateWindow();
    m_mergeKeep = m_member;
    m_mergeApprovedBy = approvedBy;
    m_scan->clear();
    m_banner->show(
        MessageBanner::Kind::Information,
        tr("Merge into %1: find the other record of the same person (type the name, phone or card, "
           "↓ and Enter). Esc cancels.")
            .arg(m_member->member.name));
    focusScan();
}

void SalePage::finishMerge(const MemberView &other)
{
    const MemberView keep = *m_mergeKeep;
    m_scan->clear();
    hideResults();
    if (other.member.id == keep.member.id) {
        m_banner->show(
            MessageBanner::Kind::Warning,
            tr("That is %1 again: find the other record, or Esc to cancel.").arg(keep.member.name));
        focusScan();
        return;
    }
    const QLocale l;
    ConfirmDialog confirm(
        tr("Merge members"),
        tr("Keep %1 (%2 pts, %3 visits) and move everything of %4 (%5 pts, %6 visits) to it: cards, "
           "purchases and points. %4 then disappears from search. This cannot be undone.")
            .arg(keep.member.name, l.toString(keep.member.pointsBalance), l.toString(keep.member.visits),
                 other.member.name, l.toString(other.member.pointsBalance), l.toString(other.member.visits)),
        tr("Merge (Enter)"), this);
    const int answer = confirm.exec();
    window()->activateWindow();
    if (answer != QDialog::Accepted) {
        m_banner->show(MessageBanner::Kind::Information,
                       tr("Not merged. Find another record, or Esc to cancel the merge."));
        focusScan();
        return;
    }
    auto r = m_members.merge(keep.member.id, other.member.id, m_mergeApprovedBy);
    m_mergeKeep.reset();
    if (!r) {
        showError(r.error().message);
        focusScan();
        return;
    }
    MemberView kept = r->kept;
    kept.card = keep.card;
    showMember(kept);
    refreshTotals();
    m_banner->show(MessageBanner::Kind::Positive,
                   tr("%1 merged into %2: %3 cards, %4 purchases and %5 moved; balance %6.")
                       .arg(other.member.name, kept.member.name, l.toString(r->cardsMoved),
                            l.toString(r->purchasesMoved), pointsText(r->pointsMoved),
                            pointsText(kept.member.pointsBalance)));
    focusScan();
}

void SalePage::refundSale()
{
    qint64 approvedBy = 0;
    const bool allowed = Approval::obtain(this, m_ctx, Action::Refund, tr("Give a sale back"), &approvedBy);
    window()->activateWindow();
    if (!allowed) {
        m_banner->show(MessageBanner::Kind::Warning, tr("Nothing was given back: a refund needs a manager."));
        focusScan();
        return;
    }
    RefundDialog dialog(m_ctx, m_lastReceipt, approvedBy, this);
    const int answer = dialog.exec();
    window()->activateWindow();
    if (answer != QDialog::Accepted) {
        focusScan();
        return;
    }
    const RefundResult &r = dialog.result();
    if (m_member && m_member->member.id == r.refund.memberId) {
        if (auto v = m_members.byId(r.refund.memberId))
            showMember(v.value());
    }
    m_banner->show(MessageBanner::Kind::Positive,
                   tr("Refund %1: %2 given back; %3 points taken back.")
                       .arg(QLocale().toString(r.refund.receiptNo),
                            Money(r.refund.totalMinor, r.refund.currency).format(),
                            QLocale().toString(r.pointsReversed)));
    focusScan();
}

void SalePage::adjustPoints()
{
    if (!requireMember(tr("Ctrl+P to adjust points")))
        return;
    qint64 approvedBy = 0;
    const bool allowed
        = Approval::obtain(this, m_ctx, Action::AdjustPoints, tr("Adjust points by hand"), &approvedBy);
    window()->activateWindow();
    if (!allowed) {
        m_banner->show(MessageBanner::Kind::Warning,
                       tr("No points changed: adjusting points needs a manager."));
        focusScan();
        return;
    }
    AdjustPointsDialog dialog(m_members, *m_member, approvedBy, this);
    const int answer = dialog.exec();
    window()->activateWindow();
    if (answer != QDialog::Accepted) {
        focusScan();
        return;
    }
    const qint64 id = m_member->member.id;
    if (auto v = m_members.byId(id))
        showMember(v.value());
    m_banner->show(
        MessageBanner::Kind::Positive,
        tr("Points adjusted: the balance is now %1.").arg(QLocale().toString(dialog.newBalance())));
    focusScan();
}

void SalePage::eraseMember()
{
    if (!requireMember(tr("F9 to erase")))
        return;
    qint64 approvedBy = 0;
    if (!Approval::obtain(this, m_ctx, Action::EraseMember, tr("Erase a member's personal data"),
                          &approvedBy)) {
        window()->activateWindow();
        m_banner->show(MessageBanner::Kind::Warning, tr("Not erased: erasing a member needs a manager."));
        focusScan();
        return;
    }
    window()->activateWindow();
    const MemberView who = *m_member;
    const QString word = tr("ERASE");
    ConfirmDialog confirm(
        tr("Erase member"),
        tr("Erase the personal data of %1 (#%2) at their request? Name, phone, e-mail, "
           "birthday, notes and consents are removed and their cards blocked; their "
           "purchases and points stay in the books, without their name. This cannot be undone.")
            .arg(who.member.name)
            .arg(who.member.id),
        tr("Erase"), this);
    confirm.requireTypedWord(word);
    const int answer = confirm.exec();
    window()->activateWindow();
    if (answer != QDialog::Accepted) {
        m_banner->show(MessageBanner::Kind::Information, tr("Nothing was erased."));
        focusScan();
        return;
    }
    if (auto r = m_members.erase(who.member.id, approvedBy); !r) {
        showError(r.error().message);
        focusScan();
        return;
    }
    clearMember();
    refreshTotals();
    m_banner->show(MessageBanner::Kind::Positive,
                   tr("The personal data of member #%1 was erased. The sale in progress is now a walk-in.")
                       .arg(who.member.id));
    focusScan();
}
