#include "mainwindow.h"

#include "membersearch.h"
#include "salepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(const ServiceContext &ctx, QWidget *parent)
    : QMainWindow(parent)
    , m_ctx(ctx)
{
    setWindowTitle(tr("Loyalty Terminal — %1 · %2").arg(ctx.terminal.storeName, ctx.terminal.name));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The header says where we are and what time it is, as on the design sketch.
    auto *header = new QWidget(central);
    header->setObjectName(QStringLiteral("header"));
    header->setBackgroundRole(QPalette::Highlight);
    header->setForegroundRole(QPalette::HighlightedText);
    header->setAutoFillBackground(true);
    auto *hl = new QHBoxLayout(header);
    hl->setContentsMargins(12, 6, 12, 6);
    auto *where = new QLabel(tr("%1 · %2").arg(ctx.terminal.storeName, ctx.terminal.name), header);
    where->setForegroundRole(QPalette::HighlightedText);
    QFont f = where->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    where->setFont(f);
    m_clock = new QLabel(header);
    m_clock->setForegroundRole(QPalette::HighlightedText);
    m_clock->setFont(f);
    hl->addWidget(where, 1);
    hl->addWidget(m_clock);
    layout->addWidget(header);

    m_sale = new SalePage(ctx, central);
    layout->addWidget(m_sale, 1);
    setCentralWidget(central);

    auto *keys
        = new QLabel(tr("Scan or type a card + Enter · type the amount + Enter · Enter or F12 completes · "
                        "Del removes a line · Esc clears"),
                     this);
    statusBar()->addWidget(keys, 1);
    statusBar()->setSizeGripEnabled(false);

    // Checkpoint the WAL a few seconds after the last sale, while the cashier greets the next
    // customer, so that no sale waits for it (docs/benchmarks.md: checkpoints set the commit p99).
    auto *idleCheckpoint = new QTimer(this);
    idleCheckpoint->setSingleShot(true);
    idleCheckpoint->setInterval(3000);
    connect(idleCheckpoint, &QTimer::timeout, this, [this] {
        if (auto r = m_ctx.db.checkpoint(); !r)
            qWarning("idle checkpoint: %s %s", qPrintable(r.error().message), qPrintable(r.error().detail));
        // Once a day, recount which search trigrams are common (about a second at 1M members).
        if (auto r = MemberSearch(m_ctx.db).refreshIfStale(m_ctx.terminal.uuid, m_ctx.clock.nowUtc(), 86400);
            !r)
            qWarning("search statistics: %s %s", qPrintable(r.error().message), qPrintable(r.error().detail));
    });
    connect(m_sale, &SalePage::saleCompleted, idleCheckpoint, qOverload<>(&QTimer::start));

    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MainWindow::updateClock);
    timer->start(15000);
    updateClock();
    resize(1280, 720);
    m_sale->setFocus();
}

void MainWindow::updateClock()
{
    const QDateTime now = m_ctx.clock.nowUtc().toLocalTime();
    m_clock->setText(QLocale().toString(now, QLocale::ShortFormat));
}
