#include "confirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConfirmDialog::ConfirmDialog(const QString &title, const QString &text, const QString &confirmLabel,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("confirmText"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    layout->addWidget(label);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_confirm = buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(confirmLabel);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Esc)"));
    for (QAbstractButton *b : buttons->buttons())
        b->setMinimumHeight(44);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

void ConfirmDialog::requireTypedWord(const QString &word)
{
    m_word = word;
    if (!m_typed) {
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("confirmField"));
        m_typed->setAccessibleName(tr("Type %1 to confirm").arg(word));
        auto *prompt = new QLabel(tr("Type %1 to confirm:").arg(word), this);
        prompt->setBuddy(m_typed);
        auto *layout = static_cast<QVBoxLayout *>(this->layout());
        layout->insertWidget(1, prompt);
        layout->insertWidget(2, m_typed);
        connect(m_typed, &QLineEdit::textChanged, this,
                [this](const QString &t) { m_confirm->setEnabled(t.trimmed() == m_word); });
    }
    m_confirm->setEnabled(false);
    m_typed->setFocus();
}
