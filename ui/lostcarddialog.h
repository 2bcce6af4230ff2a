#pragma once

#include "memberservice.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class MessageBanner;

// F7 on the sale page: the member lost their card. Pick the lost card (when they have several),
// scan or type the new one (F4: a number of our own), Enter. The old card is blocked, the balance stays.
class LostCardDialog : public QDialog
{
    Q_OBJECT
public:
    LostCardDialog(MemberService &members, const MemberView &view, QWidget *parent = nullptr);
    const MemberView &result() const { return m_result; }

public slots:
    void accept() override;

private:
    MemberService &m_members;
    MemberView m_view;
    MemberView m_result;
    MessageBanner *m_banner;
    QComboBox *m_old;
    QLineEdit *m_new;
};
