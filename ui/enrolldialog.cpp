#include "enrolldialog.h"

#include "masking.h"
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
    m_referrer = field("referrerField", tr("Referred by"), 32);
    m_referrer->setPlaceholderText(tr("card or phone of the member who brought them"));
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
    m_referrerLabel = new QLabel(tr("Re&ferred by"), this);
    m_referrerLabel->setBuddy(m_referrer);
    form->addRow(m_referrerLabel, m_referrer);
    form->addRow(QString(), m_sms);
    form->addRow(QString(), m_mail);
    root->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Enroll (Enter)"));
    m_ok->setObjectName(QStringLiteral("enrollButton"));
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

void EnrollDialog::editMember(const MemberView &view, bool showContacts)
{
    const MemberRecord &m = view.member;
    m_editId = m.id;
    // A referral is said when a member joins; an edit does not change who brought them.
    m_referrer->hide();
    m_referrerLabel->hide();
    m_editCardId = view.card.id;
    m_showContacts = showContacts;
    setObjectName(QStringLiteral("editMemberDialog"));
    setWindowTitle(tr("Edit member"));
    m_ok->setText(tr("Save (Enter)"));
    m_name->setText(m.name);
    if (showContacts) {
        m_phone->setText(m.phone);
        m_email->setText(m.email);
    } else {
        m_phone->clear();
        m_email->clear();
        m_phone->setPlaceholderText(
            m.phone.isEmpty() ? tr("none") : tr("%1 (type to replace)").arg(Masking::phone(m.phone)));
        m_email->setPlaceholderText(
            m.email.isEmpty() ? tr("none") : tr("%1 (type to replace)").arg(Masking::email(m.email)));
    }
    m_birthday->setText(MemberValidation::formatBirthday({m.birthDay, m.birthMonth, m.birthYear}));
    m_card->setText(view.card.number);
    m_card->setPlaceholderText(tr("Scan or type a card to replace the member's card"));
    m_notes->setText(m.notes);
    m_sms->setChecked(m.consentSmsAt.isValid());
    m_mail->setChecked(m.consentEmailAt.isValid());
    m_name->setFocus();
    m_name->selectAll();
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
    m.referrer = m_referrer->text();
    m.consentSms = m_sms->isChecked();
    m.consentEmail = m_mail->isChecked();
    const QString clashKey = m.phone.trimmed() + QLatin1Char('|') + m.email.trimmed();
    m.allowSharedContact = !m_confirmedClash.isEmpty() && m_confirmedClash == clashKey;

    Result<MemberView> result = m_enrolled;
    if (editing()) {
        MemberChanges c;
        c.name = m.name;
        // A contact left empty by somebody who may not see it stays as it is.
        if (m_showContacts || !m.phone.trimmed().isEmpty())
            c.phone = m.phone;
        if (m_showContacts || !m.email.trimmed().isEmpty())
            c.email = m.email;
        c.birthday = m.birthday;
        c.notes = m.notes;
        c.consentSms = m.consentSms;
        c.consentEmail = m.consentEmail;
        c.cardNumber = m.cardNumber;
        c.cardId = m_editCardId;
        c.allowSharedContact = m.allowSharedContact;
        result = m_members.edit(m_editId, c);
    } else {
        if (m.cardNumber.trimmed().isEmpty()) {
            m_banner->show(MessageBanner::Kind::Error,
                           tr("Scan the new card, type its number, or press F4 for a new number."));
            m_card->setFocus();
            return;
        }
        result = m_members.enroll(m);
    }
    if (result) {
        m_enrolled = result.value();
        QDialog::accept();
        return;
    }
    const Error &e = result.error();
    const QString &msg = e.message;
    // Put the cursor where the problem is.
    const QHash<QString, QLineEdit *> fields
        = {{QStringLiteral("name"), m_name},        {QStringLiteral("phone"), m_phone},
           {QStringLiteral("email"), m_email},      {QStringLiteral("birthday"), m_birthday},
           {QStringLiteral("card"), m_card},        {QStringLiteral("notes"), m_notes},
           {QStringLiteral("referrer"), m_referrer}};
    QLineEdit *focus = fields.value(e.field, m_name);
    if (e.kind == Error::Conflict && focus != m_card) {
        // A shared phone or e-mail: say who has it; Enter again enrolls anyway (a family, a couple).
        m_confirmedClash = clashKey;
        m_banner->show(
            MessageBanner::Kind::Warning,
            editing() ? tr("%1 If they share it (a family), press Enter again to save.").arg(msg)
                      : tr("%1 If this is a different person (a family member), press Enter again to enroll.")
                            .arg(msg));
    } else {
        m_banner->show(MessageBanner::Kind::Error, msg);
    }
    focus->setFocus();
    focus->selectAll();
}
