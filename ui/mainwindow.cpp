#include "mainwindow.h"

#include "approval.h"
#include "auditviewer.h"
#include "backupservice.h"
#include "exportservice.h"
#include "i18n.h"
#include "importdialog.h"
#include "loginpage.h"
#include "look.h"
#include "messagebanner.h"
#include "programdialog.h"
#include "receiptdialog.h"
#include "reportswindow.h"
#include "repositories.h"
#include "retrypolicy.h"
#include "salelinesmodel.h"
#include "salepage.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "staffservice.h"
#include "syncdialog.h"
#include "syncservice.h"
#include "syncsettings.h"
#include "terminalservice.h"
#include "worker.h"
#include <QInputDialog>

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QKeyEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QThread>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// The status bar counts the rows waiting to leave up to here (a few milliseconds at any size).
constexpr qint64 kSyncCountCap = 100000;
} // namespace

MainWindow::MainWindow(const ServiceContext &ctx, QWidget *parent)
    : QMainWindow(parent)
    , m_ctx(ctx)
{
    setWindowTitle(tr("Loyalty Terminal — %1 · %2").arg(ctx.terminal.storeName, ctx.terminal.name));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader(central));

    // The login page first: nothing on the terminal happens without a person signed in.
    m_stack = new QStackedWidget(central);
    m_login = new LoginPage(m_ctx, m_stack);
    m_stack->addWidget(m_login);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_login, &LoginPage::signedIn, this, &MainWindow::signIn);

    m_keys = new Look::ElidedLabel(this);
    m_keys->setObjectName(QStringLiteral("keysHint"));
    statusBar()->addWidget(m_keys, 1);
    statusBar()->setSizeGripEnabled(false);

    buildMenus();
    startIdleTimers();

    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MainWindow::updateClock);
    timer->start(15000);
    updateClock();
    resize(1280, 720);
    lock(LockReason::Start);

    startDailyRounds();
    startSyncStatus();
}

QWidget *MainWindow::buildHeader(QWidget *parent)
{
    // The header says where we are and what time it is, as on the design sketch.
    auto *header = new QWidget(parent);
    header->setObjectName(QStringLiteral("header"));
    header->setBackgroundRole(QPalette::Highlight);
    header->setForegroundRole(QPalette::HighlightedText);
    header->setAutoFillBackground(true);
    auto *hl = new QHBoxLayout(header);
    hl->setContentsMargins(12, 6, 12, 6);
    auto *where = new QLabel(tr("%1 · %2").arg(m_ctx.terminal.storeName, m_ctx.terminal.name), header);
    where->setForegroundRole(QPalette::HighlightedText);
    QFont f = where->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    where->setFont(f);
    m_clock = new QLabel(header);
    m_clock->setForegroundRole(QPalette::HighlightedText);
    m_clock->setFont(f);
    m_who = new QLabel(header);
    m_who->setObjectName(QStringLiteral("signedInAs"));
    m_who->setForegroundRole(QPalette::HighlightedText);
    m_who->setFont(f);
    m_warning = new QLabel(header);
    m_warning->setObjectName(QStringLiteral("databaseWarning"));
    m_warning->setForegroundRole(QPalette::HighlightedText);
    m_warning->setFont(f);
    m_warning->hide();
    hl->addWidget(where, 1);
    hl->addWidget(m_warning, 2);
    hl->addWidget(m_who);
    hl->addSpacing(24);
    hl->addWidget(m_clock);
    return header;
}

void MainWindow::buildMenus()
{
    auto *manage = menuBar()->addMenu(tr("&Manage"));
    manage->setObjectName(QStringLiteral("manageMenu"));
    QAction *audit = manage->addAction(tr("&Audit trail…"));
    audit->setObjectName(QStringLiteral("auditAction"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(audit, &QAction::triggered, this, &MainWindow::showAudit);
    QAction *importAction = manage->addAction(tr("&Import members from a CSV file…"));
    importAction->setObjectName(QStringLiteral("importMembersAction"));
    connect(importAction, &QAction::triggered, this, &MainWindow::importMembers);
    QAction *exportAction = manage->addAction(tr("&Export members to a CSV file…"));
    exportAction->setObjectName(QStringLiteral("exportMembersAction"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportMembers);
    QAction *reports = manage->addAction(tr("Re&ports…"));
    reports->setObjectName(QStringLiteral("reportsAction"));
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(reports, &QAction::triggered, this, [this] {
        qint64 approvedBy = 0;
        if (!Approval::obtain(this, m_ctx, Action::ViewReports, tr("Reports"), &approvedBy))
            return;
        // Its own window: the till behind it keeps selling while the reports run.
        auto *window = new ReportsWindow(m_ctx, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowModality(Qt::NonModal);
        window->show();
        window->activateWindow();
    });
    QAction *program = manage->addAction(tr("&Loyalty program…"));
    program->setObjectName(QStringLiteral("programAction"));
    connect(program, &QAction::triggered, this, [this] {
        qint64 approvedBy = 0;
        if (!Approval::obtain(this, m_ctx, Action::ChangeProgram, tr("Change the loyalty program"),
                              &approvedBy))
            return;
        ProgramDialog dialog(m_ctx, approvedBy, this);
        const bool saved = dialog.exec() == QDialog::Accepted;
        activateWindow();
        if (saved)
            statusBar()->showMessage(tr("The loyalty program was saved."), 10000);
    });
    QAction *reprint = manage->addAction(tr("Re&print a receipt…"));
    reprint->setObjectName(QStringLiteral("reprintAction"));
    reprint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(reprint, &QAction::triggered, this, &MainWindow::reprintReceipt);
    manage->addSeparator();
    QAction *backupAction = manage->addAction(tr("&Back up now"));
    backupAction->setObjectName(QStringLiteral("backupAction"));
    connect(backupAction, &QAction::triggered, this, [this] {
        qint64 approvedBy = 0;
        if (Approval::obtain(this, m_ctx, Action::BackupNow, tr("Back up now"), &approvedBy))
            startBackup(true);
    });
    QAction *restoreAction = manage->addAction(tr("&Restore a backup…"));
    restoreAction->setObjectName(QStringLiteral("restoreAction"));
    connect(restoreAction, &QAction::triggered, this, &MainWindow::chooseRestore);
    manage->addSeparator();
    QAction *syncAction = manage->addAction(tr("S&ync with the other terminals…"));
    syncAction->setObjectName(QStringLiteral("syncAction"));
    syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    connect(syncAction, &QAction::triggered, this, &MainWindow::openSync);
    manage->addSeparator();
    QAction *settingsAction = manage->addAction(tr("Se&ttings…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    auto *help = menuBar()->addMenu(tr("&Help"));
    QAction *keysAction = help->addAction(tr("&Keyboard shortcuts"));
    keysAction->setObjectName(QStringLiteral("shortcutsAction"));
    keysAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(keysAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    QAction *lockAction = manage->addAction(tr("&Switch person / lock (F10)"));
    lockAction->setShortcut(QKeySequence(Qt::Key_F10));
    connect(lockAction, &QAction::triggered, this, [this] { lock(LockReason::Switch); });
    m_manage = manage;
}

void MainWindow::startIdleTimers()
{
    // Auto-lock: no key or click for the configured minutes (setting staff.auto_lock_minutes,
    // default 5, 0 = never) hands the till back to the login page.
    m_idleLock = new QTimer(this);
    m_idleLock->setSingleShot(true);
    int minutes = 5;
    if (auto v = SettingsRepository(m_ctx.db).value(QStringLiteral("staff.auto_lock_minutes"));
        v && v->has_value())
        minutes = qBound(0, v->value().toInt(), 24 * 60);
    if (minutes > 0)
        m_idleLock->setInterval(minutes * 60 * 1000);
    connect(m_idleLock, &QTimer::timeout, this, [this] { lock(LockReason::Idle); });
    qApp->installEventFilter(this);

    // Checkpoint the WAL a few seconds after the last sale, while the cashier greets the next
    // customer, so that no sale waits for it (docs/benchmarks.md: checkpoints set the commit p99).
    auto *idleCheckpoint = new QTimer(this);
    idleCheckpoint->setSingleShot(true);
    idleCheckpoint->setInterval(3000);
    connect(idleCheckpoint, &QTimer::timeout, this, [this] {
        if (auto r = m_ctx.db.checkpoint(); !r)
            qWarning("idle checkpoint: %s %s", qPrintable(r.error().message), qPrintable(r.error().detail));
    });
    m_idleCheckpoint = idleCheckpoint;
}

void MainWindow::startDailyRounds()
{
    // Points whose expiry day is over, the club levels and the search statistics are settled by the
    // background round once the window is up (with the quick check of the file) and again every
    // hour; the round is a worker on its own connection, in steps a sale can commit between. The
    // daily backup follows a round when today has none yet: a copy made beside a large settling
    // round held the log from shrinking (gigabytes at a million members) and slowed both down.
    m_settleLabel = new QLabel(this);
    m_settleLabel->setObjectName(QStringLiteral("settleState"));
    m_settleLabel->hide();
    statusBar()->addPermanentWidget(m_settleLabel);
    m_settle = new SettleRunner(m_ctx.db.path(), this);
    connect(m_settle, &SettleRunner::progress, this, [this](const QString &text) {
        m_settleLabel->setText(text);
        m_settleLabel->setVisible(!text.isEmpty());
    });
    connect(m_settle, &SettleRunner::finished, this, &MainWindow::settled);
    auto *daily = new QTimer(this);
    connect(daily, &QTimer::timeout, this, [this] {
        // A round still under way (a long backlog) runs on; its end brings the backup (settled()).
        m_settle->start(m_ctx.actor, false);
    });
    daily->start(60 * 60 * 1000);
    QTimer::singleShot(0, this, [this] { m_settle->start(m_ctx.actor, true); });
}

void MainWindow::settled(const SettleRunner::Summary &summary)
{
    if (BackupService(m_ctx).dailyDue())
        startBackup(false);
    if (!summary.error.isEmpty())
        statusBar()->showMessage(summary.error, 10000);
    if (!summary.damage.isEmpty()) {
        // Damage is said in the header, in words.
        m_warning->setText(tr("The database reports damage (%1). Ask a manager to restore a backup: "
                              "Manage → Restore a backup.")
                               .arg(summary.damage));
        m_warning->show();
    }
}

void MainWindow::startSyncStatus()
{
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncState"));
    statusBar()->addPermanentWidget(m_syncLabel);
    m_syncTimer = new QTimer(this);
    m_syncTimer->setSingleShot(true);
    connect(m_syncTimer, &QTimer::timeout, this, &MainWindow::startSync);
    scheduleSync();
    if (m_syncTimer->isActive())
        m_syncTimer->start(15000); // the first exchange soon after start, then at the interval
    updateSyncStatus();
}

void MainWindow::openSync()
{
    qint64 approvedBy = 0;
    if (!Approval::obtain(this, m_ctx, Action::SyncExchange, tr("Sync with the other terminals"),
                          &approvedBy))
        return;
    SyncDialog dialog(m_ctx, this);
    connect(&dialog, &SyncDialog::settingsChanged, this, [this] {
        m_syncFailures = 0;
        scheduleSync();
    });
    connect(&dialog, &SyncDialog::synced, this, &MainWindow::updateSyncStatus);
    dialog.exec();
    updateSyncStatus();
}

void MainWindow::scheduleSync()
{
    const auto settings = SyncSettings(m_ctx).load();
    const int minutes = settings ? settings->intervalMinutes : 5;
    if (!settings || settings->conninfo.isEmpty() || minutes <= 0) {
        m_syncTimer->stop();
        return;
    }
    // Failures in a row stretch the interval (RetryPolicy, the same as the command line's).
    m_syncTimer->start(int(RetryPolicy::scheduled(minutes).delay(m_syncFailures).count()));
}

void MainWindow::startSync()
{
    if (m_syncThread)
        return;
    const auto settings = SyncSettings(m_ctx).load();
    if (!settings || settings->conninfo.isEmpty())
        return;
    const QString path = m_ctx.db.path();
    const QString conninfo = settings->conninfo;
    // The scheduled sync is the terminal's own job, whoever is signed in (a cashier too): it acts
    // with the terminal's full rights, as the command line run on the machine's own account does.
    const Actor terminalItself = Actor::machineOwner();
    m_syncThread = runInWorker(
        this, [=] { return HeadOffice::syncFile(path, conninfo, terminalItself); },
        [this](const Result<HeadOffice::Exchange> &result) {
            if (result) {
                m_syncFailures = 0;
                if (!result->pulled.overdrawn.isEmpty())
                    statusBar()->showMessage(SyncService::describeImport(result->pulled), 30000);
            } else {
                ++m_syncFailures;
                SyncService(m_ctx).noteFailure(result.error().message);
            }
            scheduleSync();
            updateSyncStatus();
        },
        QThread::LowPriority);
}

void MainWindow::updateSyncStatus()
{
    if (!m_syncLabel || m_statusThread)
        return;
    // Counting what waits to leave reads the outbox (millions of rows on a chain's till): on a
    // worker with its own connection, the label follows when the count is in.
    const QString path = m_ctx.db.path();
    m_statusThread = runInWorker(
        this,
        [path] {
            return onOwnConnection(path, Actor(),
                                   [](ServiceContext &c) { return SyncService(c).status(kSyncCountCap); });
        },
        [this](const Result<SyncStatus> &st) { showSyncStatus(st); }, QThread::LowPriority);
}

void MainWindow::showSyncStatus(const Result<SyncStatus> &st)
{
    if (!st) {
        m_syncLabel->setText(st.error().message);
        return;
    }
    const QString waiting = st->waitingCapped
        ? tr("more than %1 waiting").arg(QLocale().toString(st->waiting))
        : tr("%1 waiting").arg(QLocale().toString(st->waiting));
    QString text;
    const bool failed = !st->lastError.isEmpty();
    if (failed)
        text = tr("Sync failed at %1 · %2")
                   .arg(QLocale().toString(st->lastErrorAt.toLocalTime().time(), QLocale::ShortFormat),
                        waiting);
    else if (st->lastSyncAt.isValid())
        text = tr("Synced %1 · %2")
                   .arg(QLocale().toString(st->lastSyncAt.toLocalTime(), QLocale::ShortFormat), waiting);
    else
        text = tr("Not synced yet · %1").arg(waiting);
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(SyncService::describeStatus(st.value()));
    Look::markError(m_syncLabel, failed);
}

void MainWindow::startBackup(bool asked)
{
    if (m_backupRunning)
        return;
    // Asked for: the person's right; otherwise the terminal's own daily backup, for anyone.
    const auto trigger = asked ? BackupService::Trigger::Asked : BackupService::Trigger::Daily;
    if (auto allowed = BackupService(m_ctx).authorize(trigger); !allowed) {
        m_warning->setText(tr("Backup failed: %1").arg(allowed.error().message));
        m_warning->show();
        return;
    }
    m_backupRunning = true;
    const QString source = m_ctx.db.path();
    const QString target
        = QDir(BackupService(m_ctx).folder()).filePath(BackupService::fileNameFor(m_ctx.clock.nowUtc()));
    // The copy runs on its own connection in a worker thread: the till keeps selling meanwhile.
    auto copy = [source, target, cancel = m_cancelBackup] {
        return BackupService::copy(source, target, cancel.get());
    };
    auto finish = [this, asked, target, trigger](Result<void> done) {
        m_backupRunning = false;
        if (done)
            done = BackupService(m_ctx).recordBackup(target, trigger);
        if (!done) {
            m_warning->setText(tr("Backup failed: %1").arg(done.error().message));
            m_warning->show();
            return;
        }
        if (asked || !m_warning->isHidden())
            m_warning->hide();
        statusBar()->showMessage(tr("Backed up to %1.").arg(target), 10000);
    };
    m_backupThread = runInWorker(this, std::move(copy), std::move(finish), QThread::LowPriority);
}

MainWindow::~MainWindow()
{
    // A backup being written stops between two chunks and leaves no file; it is made again at the
    // next start (at a million members it takes minutes: closing the till never waits for it).
    m_cancelBackup->store(true);
    if (m_backupThread) {
        m_backupThread->wait();
        delete m_backupThread.data();
    }
    if (m_syncThread) {
        m_syncThread->wait();
        delete m_syncThread.data();
    }
    if (m_statusThread) {
        m_statusThread->wait();
        delete m_statusThread.data();
    }
    // The background round stops after the step under way (its connection closes with it).
    delete m_settle;
}

void MainWindow::showReceipt(qint64 purchaseId)
{
    auto r = ReceiptService(m_ctx).forPurchase(purchaseId);
    if (!r) {
        statusBar()->showMessage(tr("The receipt cannot be shown: %1").arg(r.error().message), 10000);
        return;
    }
    m_lastPurchase = purchaseId;
    auto *dialog = new ReceiptDialog(r.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A member sale: the customer's answer in one keypress.
    auto scale = FeedbackService(m_ctx).scale();
    if (!r->memberName.isEmpty() && !r->refund && scale) {
        const ServiceContext ctx = m_sale ? m_sale->context() : m_ctx;
        dialog->askFeedback(
            scale.value(),
            [ctx, purchaseId](int score) { return FeedbackService(ctx).record(purchaseId, score); },
            [ctx](qint64 id, const QString &comment) {
                return FeedbackService(ctx).addComment(id, comment);
            });
    }
    QPointer<SalePage> page = m_sale;
    connect(dialog, &ReceiptDialog::scanStarted, this, [page](const QString &text) {
        if (page)
            page->beginScan(text);
    });
    connect(dialog, &QDialog::finished, this, [this, page] {
        activateWindow();
        if (page)
            page->beginScan(QString());
    });
    dialog->open();
}

void MainWindow::reprintReceipt()
{
    bool ok = false;
    const qint64 last
        = m_lastPurchase ? ReceiptService(m_ctx).forPurchase(m_lastPurchase).value().receiptNo : 0;
    const int no = QInputDialog::getInt(this, tr("Reprint a receipt"), tr("Receipt &number:"),
                                        int(qMax<qint64>(1, last)), 1, INT_MAX, 1, &ok);
    activateWindow();
    if (!ok)
        return;
    auto r = ReceiptService(m_ctx).byNumber(no);
    if (!r) {
        statusBar()->showMessage(r.error().message, 10000);
        return;
    }
    auto *dialog = new ReceiptDialog(r.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { activateWindow(); });
    dialog->open();
}

void MainWindow::chooseRestore()
{
    qint64 approvedBy = 0;
    if (!Approval::obtain(this, m_ctx, Action::RestoreBackup, tr("Restore a backup"), &approvedBy))
        return;
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Restore a backup"), BackupService(m_ctx).folder(),
                                       tr("Backups (loyalty-*.sqlite);;All files (*)"));
    activateWindow();
    if (file.isEmpty())
        return;
    if (auto v = Backup::verify(file); !v) {
        QMessageBox::warning(this, tr("Restore a backup"), v.error().message);
        return;
    }
    if (QMessageBox::question(
            this, tr("Restore a backup"),
            tr("Replace the terminal's data with %1? Sales recorded after it will not be in "
               "it; the current data is kept aside. The app restarts.")
                .arg(QFileInfo(file).fileName()))
        != QMessageBox::Yes)
        return;
    m_restoreFile = file;
    qApp->exit(kRestoreExitCode);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_ctx, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.needsRestart())
        return;
    qApp->exit(kRestartExitCode);
}

void MainWindow::lock(LockReason why)
{
    if (why != LockReason::Start && m_stack->currentWidget() == m_login)
        return;
    m_idleLock->stop();
    QString message;
    if (why == LockReason::Idle)
        message
            = tr("Locked after %n minute(s) without a key pressed.", nullptr, m_idleLock->interval() / 60000);
    else if (why == LockReason::Switch && m_ctx.actor.staffId)
        message = tr("%1 signed out.").arg(m_ctx.actor.name);
    m_login->reset(m_ctx.actor.staffId, message);
    m_stack->setCurrentWidget(m_login);
    m_manage->setEnabled(false);
    m_keys->setFullText(tr("↑ ↓ choose your name · type your PIN · Enter signs in"));
    m_login->setFocus();
}

void MainWindow::signIn(const StaffRecord &staff)
{
    const bool samePerson = m_sale && staff.id == m_ctx.actor.staffId;
    m_ctx.actor = StaffService::actorOf(staff);
    m_who->setText(tr("%1 (%2)").arg(staff.name, Permissions::roleName(m_ctx.actor.role)));
    if (!samePerson) {
        // The sale page works for the person signed in: a new page, so that every service on it
        // acts (and is audited) as them. A sale left half-done by the person before is dropped.
        const bool dropped = m_sale && (m_sale->hasMember() || m_sale->lines()->rowCount() > 0);
        delete m_sale;
        m_sale = new SalePage(m_ctx, m_stack);
        m_stack->addWidget(m_sale);
        connect(m_sale, &SalePage::saleCompleted, m_idleCheckpoint, qOverload<>(&QTimer::start));
        connect(m_sale, &SalePage::saleCompleted, this, &MainWindow::showReceipt);
        if (dropped)
            m_sale->banner()->show(MessageBanner::Kind::Warning,
                                   tr("The sale the person before left unfinished was cleared."));
    }
    m_stack->setCurrentWidget(m_sale);
    m_manage->setEnabled(true);
    m_keys->setFullText(
        tr("Scan or type a card + Enter · type the amount + Enter · Enter or F12 completes · "
           "Del removes a line · Esc clears · F6 pay with points · F8 refund · F10 switch person "
           "· F1 all keys"));
    if (m_idleLock->interval() > 0)
        m_idleLock->start();
    m_sale->setFocus();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Any key or click anywhere in the app counts as somebody at the till.
    const auto t = event->type();
    if ((t == QEvent::KeyPress || t == QEvent::MouseButtonPress) && m_idleLock->isActive())
        m_idleLock->start();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showAudit()
{
    qint64 approvedBy = 0;
    if (!Approval::obtain(this, m_ctx, Action::ViewAudit, tr("Read the audit trail"), &approvedBy))
        return;
    AuditViewer viewer(m_ctx, this);
    viewer.exec();
    activateWindow();
}

// Bringing a member list in is a manager's: a cashier needs a manager's PIN (Permissions).
void MainWindow::importMembers()
{
    qint64 approvedBy = 0;
    if (!Approval::obtain(this, m_ctx, Action::ImportMembers, tr("Import members"), &approvedBy))
        return;
    ImportDialog dialog(m_ctx, this);
    dialog.setApprovedBy(approvedBy);
    dialog.exec();
    activateWindow();
    if (dialog.imported())
        statusBar()->showMessage(tr("%1 members imported, %2 updated.")
                                     .arg(QLocale().toString(dialog.report().created),
                                          QLocale().toString(dialog.report().updated)),
                                 10000);
}

// Personal data leaving the terminal: managers only (a cashier needs a manager's PIN).
void MainWindow::exportMembers()
{
    qint64 approvedBy = 0;
    if (!Approval::obtain(this, m_ctx, Action::ExportPersonalData, tr("Export members"), &approvedBy))
        return;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export members"), QDir::home().filePath(tr("members.csv")),
                                       tr("CSV files (*.csv);;All files (*)"));
    activateWindow();
    if (path.isEmpty())
        return;
    ExportOptions options;
    options.approvedBy = approvedBy;
    // Asked as the file is written, for whoever is signed in by then: the approving manager must still
    // have an active account (ExportService makes the same check of the matrix itself first).
    auto r = ExportService(m_ctx, [this, approvedBy] {
                 return StaffService(m_ctx).authorize(Action::ExportPersonalData, approvedBy);
             }).exportMembers(path, options);
    if (!r) {
        QMessageBox::warning(this, tr("Export members"), r.error().message);
        return;
    }
    statusBar()->showMessage(tr("%1 members written to %2.").arg(QLocale().toString(r->members), r->path),
                             10000);
}

void MainWindow::updateClock()
{
    const QDateTime now = m_ctx.clock.nowUtc().toLocalTime();
    m_clock->setText(QLocale().toString(now, QLocale::ShortFormat));
    updateSyncStatus(); // after sales the number waiting grows
}
