#include "enrolldialog.h"

#include "membervalidation.h"
#include "messagebanner.h"
#include "phone.h"
#include "scandetector.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

EnrollDialog::EnrollDialog(MemberService &members, QWidget *parent)
    : QDialog(parent)
    , m_members(members)
{
    setObjectName(QStringLiteral("enrollDialog"));
    setWindowTitle(tr("New member"));
    auto *root = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    root->addWidget(m_banner);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto field = [this](const char *name, const QString &accessible, int maxLength) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setAccessibleName(accessible);
        e->setMaxLength(maxLength);
        QFont f = e->font();
        f.setPointSizeF(f.pointSizeF() * 1.25);
        e->setFont(f);
        return e;
    };
    m_name = field("nameField", tr("Name"), 200);
    m_phone = field("phoneField", tr("Phone"), 32);
    m_phone->setPlaceholderText(tr("+7 912 345-67-89"));
    m_email = field("emailField", tr("E-mail"), 254);
    m_birthday = field("birthdayField", tr("Birthday"), 10);
    m_birthday->setPlaceholderText(tr("day.month or day.month.year"));
    m_card = field("cardField", tr("Card number"), 32);
    m_card->setPlaceholderText(tr("Scan the new card, or F4 for a number"));
    m_notes = field("notesField", tr("Notes"), MemberValidation::kMaxNotesLength);
    m_notes->setPlaceholderText(tr("Preferences: oat milk, no sugar…"));
    auto *generate = new QPushButton(tr("New number (F4)"), this);
    generate->setObjectName(QStringLiteral("generateCardButton"));
    generate->setShortcut(QKeySequence(Qt::Key_F4));
    generate->setAutoDefault(false);
    auto *cardRow = new QHBoxLayout;
    cardRow->addWidget(m_card, 1);
    cardRow->addWidget(generate);
    m_sms = new QCheckBox(tr("Agrees to offers by SMS"), this);
    m_sms->setObjectName(QStringLiteral("consentSms"));
    m_mail = new QCheckBox(tr("Agrees to offers by e-mail"), this);
    m_mail->setObjectName(QStringLiteral("consentEmail"));

    form->addRow(tr("&Name *"), m_name);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(tr("&Birthday"), m_birthday);
    // The row holds the field and a button: the label's Alt+C must reach the field, not the row.
    auto *cardLabel = new QLabel(tr("&Card *"), this);
    cardLabel->setBuddy(m_card);
    form->addRow(cardLabel, cardRow);
    form->addRow(tr("N&otes"), m_notes);
    form->addRow(QString(), m_sms);
    form->addRow(QString(), m_mail);
    root->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enroll (Enter)"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("enrollButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Esc)"));
    for (QAbstractButton *b : buttons->buttons())
        b->setMinimumHeight(44);
    root->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrollDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnrollDialog::reject);
    connect(generate, &QPushButton::clicked, this, &EnrollDialog::generateCard);

    // The new card can be scanned whatever field the cursor is in.
    auto *scanner = new ScanDetector(this, m_card);
    connect(scanner, &ScanDetector::scanned, this, [this](const QString &code) {
        m_card->setText(code);
        m_banner->show(MessageBanner::Kind::Information, tr("Card %1 scanned.").arg(code));
    });
    // Changing the phone or e-mail after a warning needs a new confirmation.
    connect(m_phone, &QLineEdit::textEdited, this, [this] { m_confirmedClash.clear(); });
    connect(m_email, &QLineEdit::textEdited, this, [this] { m_confirmedClash.clear(); });
    resize(620, sizeHint().height());
    m_name->setFocus();
}

void EnrollDialog::prefill(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return;
    bool digitsOnly = true;
    for (const QChar c : t)
        digitsOnly = digitsOnly && c.isDigit();
    if (digitsOnly && t.size() >= 8)
        m_card->setText(t); // an unknown card was just scanned: it is the new member's
    else if (Phone::looksLikePhone(t))
        m_phone->setText(t);
    else
        m_name->setText(t);
}

void EnrollDialog::generateCard()
{
    auto number = m_members.newCardNumber();
    if (!number) {
        m_banner->show(MessageBanner::Kind::Error, number.error().message);
        return;
    }
    m_card->setText(number.value());
    m_banner->show(MessageBanner::Kind::Information,
                   tr("Write or print %1 on the new card.").arg(number.value()));
}

void EnrollDialog::accept()
{
    NewMember m;
    m.name = m_name->text();
    m.phone = m_phone->text();
    m.email = m_email->text();
    m.birthday = m_birthday->text();
    m.cardNumber = m_card->text();
    m.notes = m_notes->text();
    m.consentSms = m_sms->isChecked();
    m.consentEmail = m_mail->isChecked();
    const QString clashKey = m.phone.trimmed() + QLatin1Char('|') + m.email.trimmed();
    m.allowSharedContact = !m_confirmedClash.isEmpty() && m_confirmedClash == clashKey;

    if (m.cardNumber.trimmed().isEmpty()) {
        m_banner->show(MessageBanner::Kind::Error,
                       tr("Scan the new card, type its number, or press F4 for a new number."));
        m_card->setFocus();
        return;
    }
    auto result = m_members.enroll(m);
    if (result) {
        m_enrolled = result.value();
        QDialog::accept();
        return;
    }
    const Error &e = result.error();
    const QString &msg = e.message;
    // Put the cursor where the problem is.
    const QHash<QString, QLineEdit *> fields
        = {{QStringLiteral("name"), m_name},   {QStringLiteral("phone"), m_phone},
           {QStringLiteral("email"), m_email}, {QStringLiteral("birthday"), m_birthday},
           {QStringLiteral("card"), m_card},   {QStringLiteral("notes"), m_notes}};
    QLineEdit *focus = fields.value(e.field, m_name);
    if (e.kind == Error::Conflict && focus != m_card) {
        // A shared phone or e-mail: say who has it; Enter again enrolls anyway (a family, a couple).
        m_confirmedClash = clashKey;
        m_banner->show(
            MessageBanner::Kind::Warning,
            tr("%1 If this is a different person (a family member), press Enter again to enroll.").arg(msg));
    } else {
        m_banner->show(MessageBanner::Kind::Error, msg);
    }
    focus->setFocus();
    focus->selectAll();
}
