#include "auditviewer.h"

#include "staffservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

AuditModel::AuditModel(ServiceContext &ctx, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ctx(ctx)
{
}

void AuditModel::setFilter(const AuditService::Filter &f)
{
    // The first page comes with the reset: one signal for the view, and nothing fetched half-way
    // through the reset's bookkeeping.
    beginResetModel();
    m_filter = f;
    m_rows.clear();
    m_error.clear();
    AuditService audit(m_ctx);
    auto n = audit.count(f);
    m_total = n ? n.value() : 0;
    if (!n)
        m_error = n.error().message;
    if (m_total > 0 && m_error.isEmpty()) {
        auto page = audit.list(m_filter, 0, kPage);
        if (page)
            m_rows = page.value();
        else
            m_error = page.error().message;
    }
    endResetModel();
}

const AuditRecord *AuditModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    const AuditRecord *a = entry(index.row());
    if (!a || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case 0:
        return QLocale().toString(a->at.toLocalTime(), QLocale::ShortFormat);
    case 1:
        return a->staffId ? a->staffName : tr("(nobody signed in)");
    case 2:
        return a->approverName;
    case 3:
        return a->action;
    case 4:
        return a->entity.isEmpty() ? QString() : tr("%1 %2").arg(a->entity, a->entityId);
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("When");
    case 1:
        return tr("Who");
    case 2:
        return tr("Approved by");
    case 3:
        return tr("What");
    case 4:
        return tr("On");
    }
    return {};
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total && m_error.isEmpty();
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_fetching)
        return;
    // Views (and the model tester) may ask again while the rows are being inserted.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    auto page = AuditService(m_ctx).list(m_filter, int(m_rows.size()), kPage);
    if (!page) {
        m_error = page.error().message;
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size(); // the trail changed under us; stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += page.value();
    endInsertRows();
}

AuditViewer::AuditViewer(ServiceContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("auditViewer"));
    setWindowTitle(tr("Audit trail"));
    resize(1100, 640);
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("fromField"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toField"));
    m_to->setCalendarPopup(true);
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("staffFilter"));
    m_staff->addItem(tr("Everybody"), qint64(0));
    if (auto staff = StaffService(m_ctx).list(false)) {
        for (const StaffRecord &s : staff.value())
            m_staff->addItem(s.name, s.id);
    }
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->addItem(tr("Every action"), QString());
    if (auto actions = AuditService(m_ctx).actions()) {
        for (const QString &a : actions.value())
            m_action->addItem(a, a);
    }
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Text in the entry…"));
    m_text->setClearButtonEnabled(true);
    auto addLabelled = [&](const QString &label, QWidget *w) {
        auto *l = new QLabel(label, this);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w);
    };
    addLabelled(tr("&From"), m_from);
    addLabelled(tr("&To"), m_to);
    addLabelled(tr("&Who"), m_staff);
    addLabelled(tr("W&hat"), m_action);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    layout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_model = new AuditModel(m_ctx, this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 170);
    m_view->setColumnWidth(1, 150);
    m_view->setColumnWidth(2, 150);
    m_view->setColumnWidth(3, 200);
    m_detail = new QPlainTextEdit(split);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_from, &QDateEdit::dateChanged, this, &AuditViewer::apply);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditViewer::apply);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &AuditViewer::apply);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditViewer::apply);
    connect(m_text, &QLineEdit::textChanged, this, &AuditViewer::apply);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditViewer::showDetail);
    apply();
    m_view->setFocus();
}

void AuditViewer::apply()
{
    AuditService::Filter f;
    // Whole local days, the way a manager names them.
    f.fromUtc = m_from->date().startOfDay().toUTC();
    f.toUtc = m_to->date().addDays(1).startOfDay().toUTC();
    f.staffId = m_staff->currentData().toLongLong();
    f.action = m_action->currentData().toString();
    f.text = m_text->text().trimmed();
    if (m_from->date() > m_to->date()) {
        m_status->setText(tr("The period ends before it starts: change From or To."));
        f.toUtc = f.fromUtc; // shows nothing rather than guessing
    }
    m_model->setFilter(f);
    if (!m_model->lastError().isEmpty())
        m_status->setText(m_model->lastError());
    else if (m_from->date() <= m_to->date())
        m_status->setText(m_model->total() == 0 ? tr("Nothing was recorded in this period.")
                                                : tr("%n entry(s).", nullptr, int(m_model->total())));
    m_detail->clear();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void AuditViewer::showDetail()
{
    const AuditRecord *a = m_model->entry(m_view->currentIndex().row());
    if (!a) {
        m_detail->clear();
        return;
    }
    auto pretty = [](const QString &json) {
        if (json.isEmpty() || json == QLatin1String("{}"))
            return tr("(nothing)");
        return QString::fromUtf8(QJsonDocument::fromJson(json.toUtf8()).toJson(QJsonDocument::Indented));
    };
    m_detail->setPlainText(tr("%1 · %2 · terminal %3\nBefore:\n%4\nAfter:\n%5")
                               .arg(a->action, QLocale().toString(a->at.toLocalTime(), QLocale::LongFormat),
                                    a->originTerminal, pretty(a->beforeJson), pretty(a->afterJson)));
}
