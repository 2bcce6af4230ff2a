#pragma once

#include "memberservice.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class MessageBanner;

// F2 on the sale page: sign a member up while the queue waits. Name, phone, card (scanned, typed
// or generated) and Enter; the rest is optional. The new member joins the sale in progress.
class EnrollDialog : public QDialog
{
    Q_OBJECT
public:
    EnrollDialog(MemberService &members, QWidget *parent = nullptr);

    // What the cashier had typed in the scan field: a card number, a phone, or a name.
    void prefill(const QString &text);
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
    QCheckBox *m_sms;
    QCheckBox *m_mail;
    // The phone or e-mail clash the cashier has already been warned about: a second Enter confirms.
    QString m_confirmedClash;
};
