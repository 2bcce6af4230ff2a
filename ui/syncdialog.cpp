#include "syncdialog.h"

#include "look.h"

#include "syncservice.h"
#include "syncsettings.h"
#include "worker.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <limits>
#include <memory>

SyncDialog::SyncDialog(ServiceContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
{
    setWindowTitle(tr("Sync with the other terminals"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *office = new QGroupBox(tr("Head office (PostgreSQL)"), this);
    auto *form = new QFormLayout(office);
    m_host = new QLineEdit(office);
    m_host->setObjectName(QStringLiteral("syncHost"));
    m_host->setPlaceholderText(tr("e.g. office.example.org"));
    m_port = new QSpinBox(office);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(office);
    m_database->setObjectName(QStringLiteral("syncDatabase"));
    m_user = new QLineEdit(office);
    m_password = new QLineEdit(office);
    m_password->setEchoMode(QLineEdit::Password);
    m_every = new QSpinBox(office);
    m_every->setRange(0, 24 * 60);
    m_every->setSuffix(tr(" min"));
    m_every->setSpecialValueText(tr("only when asked"));
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Sync &every:"), m_every);
    auto *officeButtons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Sa&ve"), office);
    m_syncNow = new QPushButton(tr("S&ync now"), office);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    officeButtons->addStretch(1);
    officeButtons->addWidget(save);
    officeButtons->addWidget(m_syncNow);
    form->addRow(officeButtons);
    layout->addWidget(office);

    auto *batches = new QGroupBox(tr("Without a head office: batches carried by hand"), this);
    auto *bl = new QHBoxLayout(batches);
    auto *exportButton = new QPushButton(tr("E&xport a batch to a folder…"), batches);
    auto *importButton = new QPushButton(tr("&Import a batch from a folder…"), batches);
    bl->addWidget(exportButton);
    bl->addWidget(importButton);
    layout->addWidget(batches);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("syncResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        if (saveSettings())
            showResult(tr("Saved."), true);
    });
    connect(m_syncNow, &QPushButton::clicked, this, &SyncDialog::syncNow);
    connect(exportButton, &QPushButton::clicked, this, &SyncDialog::exportBatch);
    connect(importButton, &QPushButton::clicked, this, &SyncDialog::importBatch);

    const auto saved = SyncSettings(m_ctx).load();
    if (saved) {
        for (const auto &kv : HeadOffice::parseConninfo(saved->conninfo)) {
            if (kv.first == QLatin1String("host"))
                m_host->setText(kv.second);
            else if (kv.first == QLatin1String("port"))
                m_port->setValue(kv.second.toInt());
            else if (kv.first == QLatin1String("dbname"))
                m_database->setText(kv.second);
            else if (kv.first == QLatin1String("user"))
                m_user->setText(kv.second);
            else if (kv.first == QLatin1String("password"))
                m_password->setText(kv.second);
        }
    }
    m_every->setValue(saved ? saved->intervalMinutes : 5);
    refreshStatus();
    resize(560, sizeHint().height());
}

SyncDialog::~SyncDialog()
{
    if (m_cancelImport)
        *m_cancelImport = true; // an import stops at its next rows and rolls back
    if (m_worker)
        m_worker->wait();
}

QString SyncDialog::resultText() const
{
    return m_result->text();
}

QString SyncDialog::conninfo() const
{
    if (m_host->text().trimmed().isEmpty())
        return {};
    return HeadOffice::makeConninfo({{QStringLiteral("host"), m_host->text().trimmed()},
                                     {QStringLiteral("port"), QString::number(m_port->value())},
                                     {QStringLiteral("dbname"), m_database->text().trimmed()},
                                     {QStringLiteral("user"), m_user->text().trimmed()},
                                     {QStringLiteral("password"), m_password->text()}});
}

void SyncDialog::refreshStatus()
{
    auto st = SyncService(m_ctx).status();
    m_status->setText(st ? SyncService::describeStatus(st.value()) : st.error().message);
}

void SyncDialog::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    Look::markError(m_result, !ok);
    refreshStatus();
}

bool SyncDialog::saveSettings()
{
    if (!m_host->text().trimmed().isEmpty() && m_database->text().trimmed().isEmpty()) {
        showResult(tr("Name the head office's database too."), false);
        m_database->setFocus();
        return false;
    }
    auto r = SyncSettings(m_ctx).save({conninfo(), m_every->value()});
    if (!r) {
        showResult(r.error().message, false);
        return false;
    }
    emit settingsChanged();
    return true;
}

void SyncDialog::syncNow()
{
    if (m_worker || !saveSettings())
        return;
    const QString info = conninfo();
    if (info.isEmpty()) {
        showResult(tr("Type the head office's server first, or carry a batch by hand below."), false);
        m_host->setFocus();
        return;
    }
    m_syncNow->setEnabled(false);
    showResult(tr("Syncing…"), true);
    // The exchange runs on a connection of its own in a worker: a slow line never freezes the till.
    const QString path = m_ctx.db.path();
    const Actor actor = m_ctx.actor;
    m_worker = runInWorker(
        this, [=] { return HeadOffice::syncFile(path, info, actor); },
        [this](const Result<HeadOffice::Exchange> &result) {
            m_syncNow->setEnabled(true);
            if (!result) {
                SyncService(m_ctx).noteFailure(result.error().message);
                showResult(result.error().message, false);
                return;
            }
            showResult(HeadOffice::describe(result.value()), true);
            emit synced();
        });
}

void SyncDialog::exportBatch()
{
    const QString parent = QFileDialog::getExistingDirectory(
        this, tr("Folder for the batch (a USB stick, a shared folder)"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (parent.isEmpty())
        return;
    const QString dir = QDir(parent).filePath(
        QStringLiteral("loyalty-%1-%2")
            .arg(m_ctx.terminal.name.simplified().replace(QLatin1Char(' '), QLatin1Char('-')),
                 m_ctx.clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    auto r = SyncService(m_ctx).exportBatch(dir);
    if (!r) {
        showResult(r.error().message, false);
        return;
    }
    showResult(SyncService::describeExport(r.value(), dir), true);
}

void SyncDialog::importBatch()
{
    if (m_worker)
        return;
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("The batch folder another terminal exported"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!dir.isEmpty())
        importFrom(dir);
}

void SyncDialog::importFrom(const QString &dir)
{
    if (m_worker)
        return;
    // A store's first batch is millions of rows: it applies on a connection of its own in a worker,
    // the till keeps selling, and Cancel rolls it back whole.
    m_progress = new QProgressDialog(tr("Importing the batch…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("syncImportProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelImport = cancel;
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    showResult(tr("Importing…"), true);
    const QString path = m_ctx.db.path();
    const Actor actor = m_ctx.actor;
    // The worker tells the GUI thread how far it is; nothing it posts outlives the dialog.
    auto progress = [this, cancel](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { showImportProgress(done, total); }, Qt::QueuedConnection);
        return !*cancel;
    };
    m_worker = runInWorker(
        this, [=] { return SyncService::importBatchFile(path, dir, actor, progress); },
        [this](const Result<SyncSummary> &r) {
            m_cancelImport.reset();
            if (m_progress)
                m_progress->deleteLater();
            if (!r) {
                // A cancelled import is what the person asked for, not a failure.
                showResult(r.error().message, r.error().kind == Error::Cancelled);
                return;
            }
            showResult(SyncService::describeImport(r.value()), true);
            emit synced();
        });
}

void SyncDialog::showImportProgress(qint64 done, qint64 total)
{
    if (m_progress && total > 0) {
        // QProgressDialog counts in int: a batch's rows in thousandths when they do not fit.
        const int scale = total > std::numeric_limits<int>::max() ? 1000 : 1;
        m_progress->setMaximum(int(total / scale));
        m_progress->setValue(int(done / scale));
    }
    emit importProgress(done, total);
}
