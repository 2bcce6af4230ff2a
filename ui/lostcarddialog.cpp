#include "lostcarddialog.h"

#include "messagebanner.h"
#include "scandetector.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

LostCardDialog::LostCardDialog(MemberService &members, const MemberView &view, QWidget *parent)
    : QDialog(parent)
    , m_members(members)
    , m_view(view)
{
    setObjectName(QStringLiteral("lostCardDialog"));
    setWindowTitle(tr("Lost card"));
    auto *root = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    root->addWidget(m_banner);
    auto *who = new QLabel(tr("%1 · %2 pts stay with the member")
                               .arg(view.member.name, QLocale().toString(view.member.pointsBalance)),
                           this);
    who->setTextFormat(Qt::PlainText);
    root->addWidget(who);

    m_old = new QComboBox(this);
    m_old->setObjectName(QStringLiteral("oldCardBox"));
    auto cards = members.cards(view.member.id);
    if (!cards) {
        m_banner->show(MessageBanner::Kind::Error, cards.error().message);
    } else {
        for (const CardRecord &c : cards.value()) {
            if (!c.blocked)
                m_old->addItem(c.number, c.id);
        }
    }
    if (view.card.id != 0)
        m_old->setCurrentIndex(m_old->findData(view.card.id));
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newCardField"));
    m_new->setAccessibleName(tr("New card number"));
    m_new->setMaxLength(32);
    m_new->setPlaceholderText(tr("Scan the new card, or F4 for a number"));
    QFont f = m_new->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    m_new->setFont(f);
    auto *generate = new QPushButton(tr("New number (F4)"), this);
    generate->setObjectName(QStringLiteral("generateCardButton"));
    generate->setShortcut(QKeySequence(Qt::Key_F4));
    generate->setAutoDefault(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_new, 1);
    row->addWidget(generate);
    auto *form = new QFormLayout;
    auto *oldLabel = new QLabel(tr("&Lost card"), this);
    oldLabel->setBuddy(m_old);
    form->addRow(oldLabel, m_old);
    auto *newLabel = new QLabel(tr("&New card"), this);
    newLabel->setBuddy(m_new);
    form->addRow(newLabel, row);
    root->addLayout(form);
    if (m_old->count() == 0)
        m_old->setEnabled(false); // no active card: the new one is simply added

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Block and replace (Enter)"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("replaceButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Esc)"));
    for (QAbstractButton *b : buttons->buttons())
        b->setMinimumHeight(44);
    root->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LostCardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LostCardDialog::reject);
    connect(generate, &QPushButton::clicked, this, [this] {
        auto number = m_members.newCardNumber();
        if (!number) {
            m_banner->show(MessageBanner::Kind::Error, number.error().message);
            return;
        }
        m_new->setText(number.value());
        m_banner->show(MessageBanner::Kind::Information,
                       tr("Write or print %1 on the new card.").arg(number.value()));
    });
    auto *scanner = new ScanDetector(this, m_new);
    connect(scanner, &ScanDetector::scanned, this, [this](const QString &code) { m_new->setText(code); });
    resize(560, sizeHint().height());
    m_new->setFocus();
}

void LostCardDialog::accept()
{
    if (m_new->text().trimmed().isEmpty()) {
        m_banner->show(MessageBanner::Kind::Error,
                       tr("Scan the new card, type its number, or press F4 for a new number."));
        m_new->setFocus();
        return;
    }
    auto r = m_members.replaceLostCard(m_view.member.id, m_old->currentData().toLongLong(), m_new->text());
    if (!r) {
        m_banner->show(MessageBanner::Kind::Error, r.error().message);
        m_new->setFocus();
        m_new->selectAll();
        return;
    }
    m_result = r.value();
    QDialog::accept();
}
