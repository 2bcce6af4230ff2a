#pragma once

#include "checkoutservice.h"
#include "memberservice.h"

#include <QFrame>

class QLabel;

// The member card at the till: who this is, their points and what expires, what they usually have,
// and the notes a regular expects the staff to remember.
class MemberCardWidget : public QFrame
{
    Q_OBJECT
public:
    explicit MemberCardWidget(const QString &currency, QWidget *parent = nullptr);

    void showProfile(const MemberProfile &profile, bool showContacts);
    void showWalkIn();
    // After a sale: the new balance without reading the whole card again.
    void setPoints(qint64 points);
    // The member's place in the program: level and what the next one needs, stamp cards.
    void showLoyalty(const MemberLoyalty &loyalty);

private:
    QLabel *add(const char *objectName, qreal scale = 1.15, bool bold = false);

    QString m_currency;
    QWidget *m_details;
    QLabel *m_walkIn;
    QLabel *m_name;
    QLabel *m_level;
    QLabel *m_stamps;
    QLabel *m_offer;
    QLabel *m_points;
    QLabel *m_expiry;
    QLabel *m_contact;
    QLabel *m_birthday;
    QLabel *m_since;
    QLabel *m_visits;
    QLabel *m_spent;
    QLabel *m_notes;
    QLabel *m_favourites;
    QLabel *m_recent;
};
