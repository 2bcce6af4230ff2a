#include "paywithpointsdialog.h"

#include "money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

PayWithPointsDialog::PayWithPointsDialog(const QString &memberName, qint64 balance, qint64 maxPoints,
                                         qint64 minorPerPoint, const QString &currency, qint64 current,
                                         QWidget *parent)
    : QDialog(parent)
    , m_max(maxPoints)
    , m_minorPerPoint(minorPerPoint)
    , m_currency(currency)
{
    setObjectName(QStringLiteral("payWithPointsDialog"));
    setWindowTitle(tr("Pay with points"));
    setMinimumWidth(420);
    const QLocale l;
    auto *layout = new QVBoxLayout(this);
    // No window manager draws titles at the till: the dialog names itself.
    layout->addWidget(new QLabel(tr("<b>Pay with points</b>"), this));
    auto *facts = new QLabel(tr("%1 has %2 points. On this sale: up to %3 points (%4).")
                                 .arg(memberName, l.toString(balance), l.toString(maxPoints),
                                      Money(maxPoints * minorPerPoint, currency).format()),
                             this);
    facts->setObjectName(QStringLiteral("pointsFacts"));
    facts->setWordWrap(true);
    layout->addWidget(facts);
    auto *form = new QFormLayout;
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("pointsField"));
    m_field->setMaxLength(12);
    m_field->setPlaceholderText(tr("a number, or max"));
    if (current > 0)
        m_field->setText(QString::number(current));
    form->addRow(tr("&Points"), m_field);
    layout->addLayout(form);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("pointsPreview"));
    layout->addWidget(m_preview);
    m_confirm = new QLabel(this);
    m_confirm->setObjectName(QStringLiteral("pointsConfirm"));
    m_confirm->setWordWrap(true);
    QFont f = m_confirm->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_confirm->setFont(f);
    m_confirm->hide();
    layout->addWidget(m_confirm);
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Use points (Enter)"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    buttons->addButton(tr("Cancel (Esc)"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PayWithPointsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PayWithPointsDialog::reject);
    connect(m_field, &QLineEdit::textEdited, this, [this] {
        // A change after the question was asked asks it again.
        m_confirming = false;
        m_confirm->hide();
        m_ok->setText(tr("Use points (Enter)"));
        preview();
    });
    layout->addWidget(buttons);
    preview();
    m_field->setFocus();
    m_field->selectAll();
}

qint64 PayWithPointsDialog::typedPoints()
{
    const QString text = m_field->text().trimmed();
    if (text.isEmpty())
        return 0;
    if (text.compare(tr("max"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("max"), Qt::CaseInsensitive) == 0)
        return m_max;
    bool ok = false;
    const qint64 n = QLocale().toLongLong(text, &ok);
    const qint64 c = ok ? n : text.toLongLong(&ok);
    return ok && c >= 0 ? c : -1;
}

void PayWithPointsDialog::preview()
{
    const qint64 n = typedPoints();
    if (n < 0)
        m_preview->setText(tr("Type a whole number of points, or max."));
    else if (n > m_max)
        m_preview->setText(tr("At most %Ln point(s) on this sale.", nullptr, int(m_max)));
    else
        m_preview->setText(tr("= %1").arg(Money(n * m_minorPerPoint, m_currency).format()));
}

void PayWithPointsDialog::accept()
{
    const qint64 n = typedPoints();
    if (n < 0 || n > m_max) {
        preview();
        m_field->setFocus();
        m_field->selectAll();
        return;
    }
    if (n == 0) {
        m_points = 0;
        QDialog::accept();
        return;
    }
    if (!m_confirming) {
        // The member's yes: the amount said in full, and the button now says whose answer it is.
        m_confirming = true;
        m_confirm->setText(tr("Ask the member: pay %1 with %2 points?")
                               .arg(Money(n * m_minorPerPoint, m_currency).format(), QLocale().toString(n)));
        m_confirm->show();
        m_ok->setText(tr("Member agrees (Enter)"));
        return;
    }
    m_points = n;
    QDialog::accept();
}
