#pragma once

#include "context.h"
#include "headoffice.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

// Manage → Sync: where this terminal stands, the head office it syncs with (and how often), and
// batches carried by hand between terminals without a head office. A manager's (SyncExchange).
class SyncDialog : public QDialog
{
    Q_OBJECT
public:
    SyncDialog(ServiceContext &ctx, QWidget *parent = nullptr);
    ~SyncDialog() override;

    // What the last action said (tests read it).
    QString resultText() const;

signals:
    // The head office or the interval changed: the main window reschedules its sync.
    void settingsChanged();
    // A sync or an import changed what this terminal knows.
    void synced();

private:
    void refreshStatus();
    bool saveSettings();
    void syncNow();
    void exportBatch();
    void importBatch();
    void showResult(const QString &text, bool ok);
    QString conninfo() const;

    ServiceContext &m_ctx;
    QLabel *m_status;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QSpinBox *m_every;
    QPushButton *m_syncNow;
    QLabel *m_result;
    QPointer<QThread> m_worker;
};
