#include "settingsdialog.h"

#include "context.h"
#include "i18n.h"
#include "look.h"
#include "money.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const ServiceContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_inUse(I18n::resolve(I18n::savedChoice()))
    , m_themeInUse(Look::savedTheme())
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageField"));
    m_language->setAccessibleName(tr("Language"));
    // resolve() always names a language the terminal speaks.
    m_language->addItem(tr("As the system (%1)").arg(I18n::find(I18n::resolve(QString()))->name), QString());
    for (const I18n::Language &l : I18n::languages())
        m_language->addItem(l.name, l.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(I18n::savedChoice())));
    form->addRow(tr("&Language"), m_language);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeField"));
    m_theme->setAccessibleName(tr("Appearance"));
    m_theme->addItem(tr("As the system"), QString());
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(Look::savedTheme())));
    form->addRow(tr("&Appearance"), m_theme);

    auto *currency = new QLabel(this);
    currency->setObjectName(QStringLiteral("currencyLabel"));
    currency->setText(tr("%1 (%2)").arg(ctx.terminal.currency, Money::currencySymbol(ctx.terminal.currency)));
    form->addRow(tr("Shop currency"), currency);
    auto *why = new QLabel(tr("Chosen when the terminal was set up: every sale, refund and the loyalty "
                              "program count in it."),
                           this);
    why->setWordWrap(true);
    form->addRow(QString(), why);

    m_sample = new QLabel(this);
    m_sample->setObjectName(QStringLiteral("sampleLabel"));
    form->addRow(tr("Money and dates"), m_sample);
    auto *note = new QLabel(tr("A new language or appearance shows once the terminal opens its screen "
                               "again: whoever is signed in signs in again."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        I18n::saveChoice(languageChoice());
        Look::saveTheme(themeChoice());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::preview);
    preview();
    setMinimumWidth(480);
}

QString SettingsDialog::languageChoice() const
{
    return m_language->currentData().toString();
}

bool SettingsDialog::languageChanged() const
{
    return I18n::resolve(languageChoice()) != m_inUse;
}

QString SettingsDialog::themeChoice() const
{
    return m_theme->currentData().toString();
}

bool SettingsDialog::needsRestart() const
{
    return languageChanged() || themeChoice() != m_themeInUse;
}

void SettingsDialog::preview()
{
    // How the chosen language writes the shop's money and today's date.
    const QLocale l = I18n::localeFor(languageChoice());
    const Money sample(123456, m_ctx.terminal.currency);
    m_sample->setText(QStringLiteral("%1 · %2").arg(
        sample.format(l), l.toString(m_ctx.clock.nowUtc().toLocalTime().date(), QLocale::ShortFormat)));
}
