#pragma once

#include "context.h"

#include <QMainWindow>

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateClock();
    void signIn(const StaffRecord &staff);
    void showAudit();
    void importMembers();
    void exportMembers();

    ServiceContext m_ctx;
    QStackedWidget *m_stack;
    LoginPage *m_login;
    SalePage *m_sale = nullptr;
    QLabel *m_clock;
    QLabel *m_who;
    QLabel *m_keys;
    QMenu *m_manage;
    QTimer *m_idleLock;
    QTimer *m_idleCheckpoint;
};
