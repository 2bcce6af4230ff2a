#pragma once

#include "context.h"

#include "look.h"
#include "settlerunner.h"
#include "synctypes.h"

#include <QMainWindow>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

class LoginPage;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;
class SalePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ServiceContext &ctx, QWidget *parent = nullptr);
    ~MainWindow() override;
    // The page of the person signed in; null until somebody signs in.
    SalePage *salePage() const { return m_sale; }
    LoginPage *loginPage() const { return m_login; }
    const Actor &actor() const { return m_ctx.actor; }

    enum class LockReason
    {
        Start,
        Switch,
        Idle
    };
    void lock(LockReason why);

    // app.exec() returns this when an administrator chose a backup to restore (restoreFile()):
    // main() closes the database, restores, and opens a new window.
    static constexpr int kRestoreExitCode = 75;
    // The window closes and opens again (a new language): main() builds a new one on the same file.
    static constexpr int kRestartExitCode = 76;
    QString restoreFile() const { return m_restoreFile; }
    void startBackup(bool asked);
    // The background rounds (expiry, levels, search statistics, the quick check).
    SettleRunner *settleRunner() const { return m_settle; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The constructor's parts, in the order it calls them.
    QWidget *buildHeader(QWidget *parent);
    void buildMenus();
    void startIdleTimers();
    // The daily backup and the settling round (at start with the quick check of the database).
    void startDailyRounds();
    void startSyncStatus();
    void updateClock();
    void signIn(const StaffRecord &staff);
    void showAudit();
    void settled(const SettleRunner::Summary &summary);
    // After each sale (the cashier goes on with Enter, or by scanning the next card), and by Ctrl+R.
    void showReceipt(qint64 purchaseId);
    void reprintReceipt();
    void chooseRestore();
    void openSettings();
    void importMembers();
    void exportMembers();
    void openSync();
    // The scheduled exchange with the head office (Manage → Sync sets where and how often): in a
    // worker on its own connection, and after a failure again later and later (back-off, at most an hour).
    void scheduleSync();
    void startSync();
    void updateSyncStatus();
    void showSyncStatus(const Result<SyncStatus> &st);

    ServiceContext m_ctx;
    QStackedWidget *m_stack;
    LoginPage *m_login;
    SalePage *m_sale = nullptr;
    QLabel *m_clock;
    QLabel *m_who;
    Look::ElidedLabel *m_keys;
    QMenu *m_manage;
    QTimer *m_idleLock;
    QTimer *m_idleCheckpoint;
    QLabel *m_warning;
    QString m_restoreFile;
    qint64 m_lastPurchase = 0;
    bool m_backupRunning = false;
    // Closing the till stops a backup under way (the next start makes it again).
    std::shared_ptr<std::atomic_bool> m_cancelBackup = std::make_shared<std::atomic_bool>(false);
    QPointer<QThread> m_backupThread;
    SettleRunner *m_settle = nullptr;
    QLabel *m_settleLabel = nullptr;
    QPointer<QThread> m_syncThread;
    QPointer<QThread> m_statusThread;
    QLabel *m_syncLabel = nullptr;
    QTimer *m_syncTimer = nullptr;
    int m_syncFailures = 0;
};
