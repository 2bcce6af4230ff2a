#pragma once

#include "database.h"
#include "records.h"

#include <QDialog>

class Clock;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QWidget;
class MessageBanner;

// The first start of a new terminal: the shop, its currency, this till's name and the first
// administrator with their PIN. On a terminal that has a shop but nobody's account (a database
// from before staff accounts), only the administrator part is asked.
class FirstRunWizard : public QDialog
{
    Q_OBJECT
public:
    FirstRunWizard(Database &db, Clock &clock, QWidget *parent = nullptr);
    const TerminalRecord &terminal() const { return m_terminal; }

public slots:
    void accept() override;

private:
    void showShopRows(bool show);

    Database &m_db;
    Clock &m_clock;
    TerminalRecord m_terminal;
    bool m_hasShop = false;
    MessageBanner *m_banner;
    QFormLayout *m_form;
    QLineEdit *m_shop;
    QComboBox *m_currency;
    QLineEdit *m_till;
    QLineEdit *m_admin;
    QLineEdit *m_pin;
    QLineEdit *m_pin2;
};
