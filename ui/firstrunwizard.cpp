#include "firstrunwizard.h"

#include "context.h"
#include "messagebanner.h"
#include "money.h"
#include "staffservice.h"
#include "terminalservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

FirstRunWizard::FirstRunWizard(Database &db, Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up this terminal"));
    auto existing = TerminalService(m_db, m_clock).local();
    m_hasShop = existing.ok();
    if (m_hasShop)
        m_terminal = existing.value();

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(m_hasShop ? tr("<b>%1</b> has no staff accounts yet: make the administrator's.")
                                             .arg(m_terminal.storeName.toHtmlEscaped())
                                       : tr("<b>Welcome.</b> Name the shop and this till, and make the "
                                            "administrator's account. All of it can be changed later."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    // One form, so that the labels line up; the shop's rows hide when the shop exists.
    auto *form = new QFormLayout;
    m_shop = new QLineEdit(this);
    m_shop->setObjectName(QStringLiteral("shopField"));
    m_shop->setMaxLength(80);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyField"));
    m_currency->setEditable(true);
    // The currencies of the shops we serve first, the system locale's at the top.
    QStringList codes = {QStringLiteral("RUB"), QStringLiteral("EUR"), QStringLiteral("BGN"),
                         QStringLiteral("UAH"), QStringLiteral("CNY"), QStringLiteral("USD")};
    const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    if (Money::isValidCurrency(local)) {
        codes.removeAll(local);
        codes.prepend(local);
    }
    for (const QString &c : codes)
        m_currency->addItem(tr("%1 (%2)").arg(c, Money::currencySymbol(c)), c);
    m_till = new QLineEdit(tr("Till 1"), this);
    m_till->setObjectName(QStringLiteral("tillField"));
    m_till->setMaxLength(40);
    form->addRow(tr("&Shop name"), m_shop);
    form->addRow(tr("&Currency"), m_currency);
    form->addRow(tr("&This till"), m_till);
    m_form = form;
    showShopRows(!m_hasShop);

    m_admin = new QLineEdit(this);
    m_admin->setObjectName(QStringLiteral("adminField"));
    m_admin->setMaxLength(60);
    auto pinField = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setEchoMode(QLineEdit::Password);
        e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), e));
        return e;
    };
    m_pin = pinField("pinField");
    m_pin2 = pinField("pinAgainField");
    form->addRow(tr("&Administrator"), m_admin);
    form->addRow(tr("&PIN (4–8 digits)"), m_pin);
    form->addRow(tr("PIN &again"), m_pin2);
    layout->addLayout(form);
    setMinimumWidth(520);

    auto *buttons = new QDialogButtonBox(this);
    auto *ok = buttons->addButton(tr("Start (Enter)"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    buttons->addButton(tr("Quit (Esc)"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunWizard::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunWizard::reject);
    layout->addWidget(buttons);
    (m_hasShop ? m_admin : m_shop)->setFocus();
}

void FirstRunWizard::showShopRows(bool show)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_shop), static_cast<QWidget *>(m_currency), static_cast<QWidget *>(m_till)})
        m_form->setRowVisible(w, show);
}

void FirstRunWizard::accept()
{
    auto fail = [this](const QString &message, QLineEdit *at) {
        m_banner->show(MessageBanner::Kind::Error, message);
        if (at)
            at->setFocus();
    };
    if (!m_hasShop && m_shop->text().trimmed().isEmpty())
        return fail(tr("Type the shop's name, as the receipt should show it."), m_shop);
    if (!m_hasShop && m_till->text().trimmed().isEmpty())
        return fail(tr("Name this till, e.g. \"Till 1\"."), m_till);
    const QString currency = m_currency->currentData().toString().isEmpty()
        ? m_currency->currentText().trimmed().toUpper()
        : m_currency->currentData().toString();
    if (!m_hasShop && !Money::isValidCurrency(currency))
        return fail(tr("%1 is not a currency code this terminal knows (e.g. RUB, EUR, USD).").arg(currency),
                    nullptr);
    if (m_pin->text() != m_pin2->text()) {
        m_pin2->clear();
        return fail(tr("The two PINs differ: type the PIN again."), m_pin2);
    }
    if (!m_hasShop) {
        auto t = TerminalService(m_db, m_clock)
                     .initialize(m_shop->text().simplified(), m_till->text().simplified(), currency);
        if (!t)
            return fail(t.error().message, nullptr);
        m_terminal = t.value();
        m_hasShop = true;
    }
    ServiceContext ctx(m_db, m_clock, m_terminal, Actor::machineOwner());
    auto admin = StaffService(ctx).create(m_admin->text(), Role::Administrator, m_pin->text());
    if (!admin) {
        // The shop is saved by now: only the administrator part is left to correct.
        showShopRows(false);
        return fail(admin.error().message, admin.error().field == QLatin1String("pin") ? m_pin : m_admin);
    }
    QDialog::accept();
}
