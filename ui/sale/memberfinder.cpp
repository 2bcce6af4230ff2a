#include "memberfinder.h"

#include "look.h"
#include "membersearchmodel.h"
#include "messagebanner.h"
#include "salelook.h"
#include "salepage.h"
#include "scandetector.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

// The finder's strings were the sale page's and keep its translation context (SalePage::tr).
using SaleLook::scaled;

MemberFinder::MemberFinder(const ServiceContext &ctx, MemberService &members, MessageBanner *banner,
                           bool showContacts, QWidget *page)
    : QObject(page)
    , m_members(members)
    , m_banner(banner)
{
    m_scan = new QLineEdit(page);
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_scan->setPlaceholderText(SalePage::tr("Scan a card, or type a phone number or name…"));
    m_scan->setAccessibleName(SalePage::tr("Card or phone number"));
    m_scan->setFont(scaled(page->font(), 1.6));
    m_scan->setClearButtonEnabled(true);
    m_scan->setMaxLength(MemberService::kMaxInputLength);
    m_hint = new QLabel(SalePage::tr("Enter: find · F2: new member · Esc: clear"), page);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    // Results appear under the scan field as the cashier types a name, e-mail or phone digits.
    m_searchModel = new MemberSearchModel(ctx.db, this);
    m_results = new QTableView(page);
    Look::showFocusFrame(m_results);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(SalePage::tr("Members found"));
    m_searchModel->setShowContacts(showContacts);
    m_results->setModel(m_searchModel);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_results->verticalHeader()->setDefaultSectionSize(page->fontMetrics().height() * 2);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(MemberSearchModel::Name, QHeaderView::Stretch);
    m_results->setFont(scaled(page->font(), 1.2));
    m_results->setMaximumHeight(page->fontMetrics().height() * 2 * 7);
    m_results->installEventFilter(this);
    m_resultsInfo = SaleLook::makeLabel(QStringLiteral("searchInfo"), page);
    m_resultsInfo->setForegroundRole(QPalette::PlaceholderText);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    // Long enough for a scanner's burst to end in Enter first, short enough to feel instant.
    m_searchTimer->setInterval(60);
    connect(m_searchTimer, &QTimer::timeout, this, &MemberFinder::runSearch);
    connect(m_scan, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_results, &QTableView::activated, this, &MemberFinder::pickResult);
    m_scan->installEventFilter(this);
    hideResults();

    m_detector = new ScanDetector(page, m_scan);
    connect(m_detector, &ScanDetector::scanned, this, &MemberFinder::scanned);
}

void MemberFinder::addScanRow(QVBoxLayout *into)
{
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(m_hint);
    into->addLayout(scanRow);
}

void MemberFinder::addResults(QVBoxLayout *into)
{
    into->addWidget(m_results);
    into->addWidget(m_resultsInfo);
}

QString MemberFinder::text() const
{
    return m_scan->text();
}

bool MemberFinder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
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
    return QObject::eventFilter(watched, event);
}

void MemberFinder::runSearch()
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
        m_resultsInfo->setText(SalePage::tr("No member matches \"%1\". F2 enrolls a new member.").arg(text));
    else if (m_searchModel->truncated())
        m_resultsInfo->setText(
            SalePage::tr("The first %1 matches: type more to narrow them. ↓ to choose, Enter to take.")
                .arg(n));
    else
        m_resultsInfo->setText(SalePage::tr("%1 found. ↓ to choose, Enter to take.").arg(n));
}

void MemberFinder::hideResults()
{
    m_searchTimer->stop();
    m_searchModel->clear();
    m_results->hide();
    m_resultsInfo->hide();
}

void MemberFinder::reset()
{
    m_scan->clear();
    hideResults();
}

void MemberFinder::focus()
{
    m_scan->setFocus();
}

void MemberFinder::focusResults()
{
    if (m_searchModel->rowCount() == 0)
        return;
    m_results->setFocus();
    m_results->setCurrentIndex(m_searchModel->index(0, 0));
}

void MemberFinder::pickResult(const QModelIndex &index)
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
    emit picked(view.value());
}

void MemberFinder::lookup(const QString &code)
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
    emit picked(found.value());
}

void MemberFinder::showError(const QString &text)
{
    m_banner->show(MessageBanner::Kind::Error, text);
}
