#include "membercardwidget.h"

#include "i18n.h"
#include "masking.h"
#include "money.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

MemberCardWidget::MemberCardWidget(const QString &currency, QWidget *parent)
    : QFrame(parent)
    , m_currency(currency)
{
    setObjectName(QStringLiteral("memberPanel"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    auto *title = new QLabel(tr("Member"), this);
    title->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);

    m_walkIn = new QLabel(
        tr("Walk-in customer.\nScan the member's card, or type a name or phone, to collect points."), this);
    m_walkIn->setObjectName(QStringLiteral("walkInLabel"));
    m_walkIn->setWordWrap(true);
    QFont f = m_walkIn->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_walkIn->setFont(f);
    layout->addWidget(m_walkIn);

    m_details = new QWidget(this);
    auto *dl = new QVBoxLayout(m_details);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->setSpacing(5);
    m_name = add("memberName", 1.7, true);
    m_level = add("memberLevel", 1.1, true);
    m_points = add("memberPoints", 1.5, true);
    m_expiry = add("memberExpiry");
    m_stamps = add("memberStamps", 1.1);
    m_offer = add("memberOffer", 1.15, true);
    m_contact = add("memberContact");
    m_birthday = add("memberBirthday");
    m_since = add("memberSince");
    m_visits = add("memberVisits");
    m_spent = add("memberSpent");
    m_notes = add("memberNotes", 1.2, true);
    m_favourites = add("memberFavourites");
    m_recent = add("memberRecent", 1.0);
    m_recent->setTextFormat(Qt::PlainText);
    auto *keys = add("memberKeys", 0.95);
    keys->setText(tr("F4 edit · F7 lost card · Ctrl+P points · Ctrl+M merge · F9 erase"));
    keys->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_details);
    layout->addStretch(1);
    showWalkIn();
}

QLabel *MemberCardWidget::add(const char *objectName, qreal scale, bool bold)
{
    auto *l = new QLabel(m_details);
    l->setObjectName(QLatin1String(objectName));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    m_details->layout()->addWidget(l);
    return l;
}

void MemberCardWidget::showWalkIn()
{
    m_details->hide();
    m_walkIn->show();
}

void MemberCardWidget::setPoints(qint64 points)
{
    m_points->setText(tr("%1 pts").arg(QLocale().toString(points)));
}

void MemberCardWidget::showProfile(const MemberProfile &p, bool showContacts)
{
    const MemberRecord &m = p.view.member;
    const QLocale locale;
    auto date
        = [&](const QDateTime &t) { return locale.toString(t.toLocalTime().date(), QLocale::ShortFormat); };
    auto show = [](QLabel *l, const QString &text) {
        l->setText(text);
        l->setVisible(!text.isEmpty());
    };

    m_name->setText(m.name);
    // The club level until showLoyalty() names it with the program's words.
    show(m_level, m.levelCode.isEmpty() ? QString() : tr("★ %1").arg(m.levelCode));
    show(m_stamps, QString());
    show(m_offer, QString());
    setPoints(m.pointsBalance);
    show(m_expiry,
         p.nextExpiry ? tr("%1 pts expire on %2")
                            .arg(locale.toString(p.nextExpiry->points),
                                 locale.toString(p.nextExpiry->on, QLocale::ShortFormat))
                      : QString());
    QStringList contact;
    if (!m.phone.isEmpty())
        contact << (showContacts ? m.phone : Masking::phone(m.phone));
    if (!m.email.isEmpty())
        contact << (showContacts ? m.email : Masking::email(m.email));
    show(m_contact, contact.join(QStringLiteral(" · ")));
    QString birthday;
    if (m.birthDay > 0 && m.birthMonth > 0) {
        // Day and month in the locale's words; the year only where the member gave it.
        const QDate d(m.birthYear > 0 ? m.birthYear : 2000, m.birthMonth, m.birthDay);
        birthday = tr("Birthday %1").arg(locale.toString(d, I18n::longDateFormat(locale, m.birthYear > 0)));
    }
    show(m_birthday, birthday);
    show(m_since, tr("Member since %1").arg(date(m.createdAt)));
    show(m_visits,
         m.lastVisitAt.isValid()
             ? tr("Last visit %1 · %2 visits").arg(date(m.lastVisitAt), locale.toString(m.visits))
             : tr("No purchases yet"));
    show(m_spent,
         m.visits > 0 ? tr("Spent %1 · average %2")
                            .arg(Money(m.totalSpentMinor, m_currency).format(),
                                 Money(p.averageCheckMinor(), m_currency).format())
                      : QString());
    show(m_notes, m.notes.isEmpty() ? QString() : tr("Notes: %1").arg(m.notes));
    QStringList fav;
    for (const auto &f : p.favourites)
        fav << tr("%1 ×%2").arg(f.description, locale.toString(f.quantity));
    show(m_favourites, fav.isEmpty() ? QString() : tr("Usually: %1").arg(fav.join(QStringLiteral(", "))));
    QStringList recent;
    for (const PurchaseRecord &r : p.recent)
        recent << tr("%1  %2  +%3 pts")
                      .arg(date(r.createdAt), Money(r.totalMinor, r.currency).format(),
                           locale.toString(r.pointsEarned));
    show(m_recent, recent.isEmpty() ? QString() : tr("Recent:\n%1").arg(recent.join(QLatin1Char('\n'))));
    m_walkIn->hide();
    m_details->show();
}

void MemberCardWidget::showLoyalty(const MemberLoyalty &l)
{
    QString level;
    if (!l.levelName.isEmpty())
        level = tr("★ %1").arg(l.levelName);
    if (!l.nextLevelName.isEmpty()) {
        const QString more
            = tr("spend %1 more for %2").arg(Money(l.missingMinor, m_currency).format(), l.nextLevelName);
        level = level.isEmpty() ? more : tr("%1 · %2").arg(level, more);
    }
    m_level->setText(level);
    m_level->setVisible(!level.isEmpty());
    QStringList cards;
    for (const MemberLoyalty::Card &c : l.stampCards) {
        const int n = qBound(0, c.stamps, c.buy);
        // Filled and empty circles: a card the customer recognises from the paper ones.
        QString dots = QString(n, QChar(0x25CF)) + QString(c.buy - n, QChar(0x25CB));
        cards << (n >= c.buy ? tr("%1 %2 — the next one is free").arg(c.name, dots)
                             : tr("%1 %2 %3/%4").arg(c.name, dots).arg(n).arg(c.buy));
    }
    m_stamps->setText(cards.join(QLatin1Char('\n')));
    m_stamps->setVisible(!cards.isEmpty());
    // Stays on the card while the sale is rung up; the banner that announced it may be gone.
    m_offer->setText(l.birthdayOffer ? tr("Birthday offer: %1").arg(l.birthdayText) : QString());
    m_offer->setVisible(l.birthdayOffer);
}
