#pragma once

#include "context.h"
#include "headoffice.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressDialog;
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
    // Imports the batch in dir on a worker, with a progress window and Cancel (Import asks for dir).
    void importFrom(const QString &dir);
    bool busy() const { return m_worker; }

signals:
    // The head office or the interval changed: the main window reschedules its sync.
    void settingsChanged();
    // A sync or an import changed what this terminal knows.
    void synced();
    // How far an import is (rows applied of the batch's), on the GUI thread.
    void importProgress(qint64 done, qint64 total);

private:
    void refreshStatus();
    bool saveSettings();
    void syncNow();
    void exportBatch();
    void importBatch();
    void showResult(const QString &text, bool ok);
    void showImportProgress(qint64 done, qint64 total);
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
    QPointer<QProgressDialog> m_progress;
    // Set by Cancel (or the dialog closing): the running import stops and rolls back.
    std::shared_ptr<std::atomic<bool>> m_cancelImport;
};
