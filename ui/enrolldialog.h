#pragma once

#include "memberservice.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class MessageBanner;

// F2 on the sale page: sign a member up while the queue waits. Name, phone, card (scanned, typed
// or generated) and Enter; the rest is optional. The new member joins the sale in progress.
// F4 on the sale page opens the same form on the member shown (editMember): Enter saves the changes
// with the same rules; a different card number replaces the card.
class EnrollDialog : public QDialog
{
    Q_OBJECT
public:
    EnrollDialog(MemberService &members, QWidget *parent = nullptr);

    // What the cashier had typed in the scan field: a card number, a phone, or a name.
    void prefill(const QString &text);
    // Edit mode. Contacts the staff member may not see stay empty, their masked form as a hint:
    // typing replaces them, leaving them empty keeps them.
    void editMember(const MemberView &view, bool showContacts);
    bool editing() const { return m_editId != 0; }
    // The member enrolled, or as saved by an edit.
    const MemberView &enrolled() const { return m_enrolled; }

public slots:
    void accept() override;

private:
    void generateCard();

    MemberService &m_members;
    MemberView m_enrolled;
    MessageBanner *m_banner;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_birthday;
    QLineEdit *m_card;
    QLineEdit *m_notes;
    QLineEdit *m_referrer;
    QLabel *m_referrerLabel;
    QCheckBox *m_sms;
    QCheckBox *m_mail;
    QPushButton *m_ok;
    qint64 m_editId = 0;
    qint64 m_editCardId = 0;
    bool m_showContacts = true;
    // The phone or e-mail clash the cashier has already been warned about: a second Enter confirms.
    QString m_confirmedClash;
};
