#include "loginpage.h"

#include "messagebanner.h"
#include "permissions.h"
#include "staffservice.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

LoginPage::LoginPage(ServiceContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("loginPage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *box = new QWidget(this);
    box->setMaximumWidth(460);
    auto *layout = new QVBoxLayout(box);
    auto *title = new QLabel(tr("Who is at the till?"), box);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    m_banner = new MessageBanner(box);
    layout->addWidget(m_banner);

    m_names = new QListWidget(box);
    m_names->setObjectName(QStringLiteral("staffList"));
    m_names->setAccessibleName(tr("Staff"));
    m_names->setUniformItemSizes(true);
    QFont big = m_names->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_names->setFont(big);
    m_names->setMinimumHeight(180);
    layout->addWidget(m_names);

    auto *pinLabel = new QLabel(tr("&PIN"), box);
    m_pin = new QLineEdit(box);
    m_pin->setObjectName(QStringLiteral("pinField"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setFont(big);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    pinLabel->setBuddy(m_pin);
    layout->addWidget(pinLabel);
    layout->addWidget(m_pin);
    auto *go = new QPushButton(tr("Sign in (Enter)"), box);
    go->setObjectName(QStringLiteral("signInButton"));
    go->setMinimumHeight(48);
    layout->addWidget(go);
    auto *hint = new QLabel(tr("↑ ↓ choose your name · type your PIN · Enter"), box);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(box, 2);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(go, &QPushButton::clicked, this, &LoginPage::signIn);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginPage::signIn);
    connect(m_names, &QListWidget::itemActivated, this, [this] { m_pin->setFocus(); });
    // The PIN field keeps the keyboard: arrows still move through the names.
    m_pin->installEventFilter(this);
    setFocusProxy(m_pin);
}

bool LoginPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pin && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            const int row = m_names->currentRow() + (key == Qt::Key_Up || key == Qt::Key_PageUp ? -1 : 1);
            if (row >= 0 && row < m_names->count())
                m_names->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LoginPage::reset(qint64 staffId, const QString &message)
{
    m_names->clear();
    m_pin->clear();
    auto staff = StaffService(m_ctx).list(true);
    if (!staff) {
        m_banner->show(MessageBanner::Kind::Error, staff.error().message);
        return;
    }
    int select = 0;
    for (const StaffRecord &s : staff.value()) {
        const auto role = Permissions::roleFromCode(s.role);
        auto *item
            = new QListWidgetItem(tr("%1 · %2").arg(s.name, role ? Permissions::roleName(*role) : s.role));
        item->setData(Qt::UserRole, s.id);
        if (s.id == staffId)
            select = m_names->count();
        m_names->addItem(item);
    }
    m_names->setCurrentRow(select);
    if (message.isEmpty())
        m_banner->clear();
    else
        m_banner->show(MessageBanner::Kind::Information, message);
    m_pin->setFocus();
}

void LoginPage::signIn()
{
    const QListWidgetItem *item = m_names->currentItem();
    if (!item) {
        m_banner->show(MessageBanner::Kind::Error, tr("Choose your name first."));
        return;
    }
    if (m_pin->text().isEmpty()) {
        m_banner->show(MessageBanner::Kind::Information, tr("Type your PIN, then press Enter."));
        m_pin->setFocus();
        return;
    }
    auto s = StaffService(m_ctx).login(item->data(Qt::UserRole).toLongLong(), m_pin->text());
    m_pin->clear();
    if (!s) {
        m_banner->show(s.error().kind == Error::Blocked ? MessageBanner::Kind::Warning
                                                        : MessageBanner::Kind::Error,
                       s.error().message);
        m_pin->setFocus();
        return;
    }
    m_banner->clear();
    emit signedIn(s.value());
}
