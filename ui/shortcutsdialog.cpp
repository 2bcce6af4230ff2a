#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
struct Entry
{
    QString key; // as the keyboard shows it, in the user's language
    QString text;
    bool heading = false;
};

QString keyText(QKeyCombination k)
{
    return QKeySequence(k).toString(QKeySequence::NativeText);
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    const auto keys = keyText;
    const auto heading = [](const QString &text) { return Entry {QString(), text, true}; };
    const QList<Entry> entries {
        heading(tr("At the counter")),
        {tr("Enter", "key"), tr("After a card, a phone number or a name: find the member")},
        {keys(Qt::Key_F3), tr("Back to the search field")},
        {keys(Qt::Key_F2), tr("Enrol a new member")},
        {tr("Enter", "key"), tr("After an amount: add the line; on an empty amount: complete the sale")},
        {keys(Qt::Key_F12), tr("Complete the sale")},
        {keys(Qt::ALT | Qt::Key_1) + QStringLiteral("…") + keys(Qt::ALT | Qt::Key_9),
         tr("Add a product from the quick keys")},
        {keys(Qt::Key_Delete), tr("Remove the selected line")},
        {keys(Qt::Key_Escape), tr("Clear the sale")},
        {keys(Qt::Key_F6), tr("Pay with points")},
        {keys(Qt::Key_F8), tr("Refund a sale")},
        {keys(Qt::CTRL | Qt::Key_R), tr("Show or reprint a receipt")},
        heading(tr("The member on screen")),
        {keys(Qt::Key_F4), tr("Edit the member")},
        {keys(Qt::Key_F7), tr("Replace a lost card")},
        {keys(Qt::CTRL | Qt::Key_P), tr("Add or take away points by hand (a manager's)")},
        {keys(Qt::CTRL | Qt::Key_M), tr("Merge with another record (a manager's)")},
        {keys(Qt::Key_F9), tr("Erase the member's personal data (a manager's)")},
        heading(tr("The receipt after a sale")),
        {keys(Qt::CTRL | Qt::Key_P), tr("Print")},
        {keys(Qt::CTRL | Qt::Key_S), tr("Save as PDF")},
        heading(tr("Managers")),
        {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("Reports")},
        {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_A), tr("Audit trail")},
        {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), tr("Sync with the other terminals")},
        {keys(Qt::CTRL | Qt::Key_Comma), tr("Settings")},
        {keys(Qt::Key_F10), tr("Switch person or lock the till")},
        {keys(Qt::Key_F1), tr("This list")},
    };
    m_table = new QTableWidget(int(entries.size()), 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Does")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8); // all of it on 1366×768
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        auto *key = new QTableWidgetItem(e.key);
        auto *text = new QTableWidgetItem(e.text);
        if (e.heading) {
            QFont f = text->font();
            f.setBold(true);
            text->setFont(f);
        }
        m_table->setItem(i, 0, key);
        m_table->setItem(i, 1, text);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // F1 again closes it, as it opened it.
    auto *again = new QShortcut(QKeySequence(Qt::Key_F1), this);
    connect(again, &QShortcut::activated, this, &QDialog::reject);
    resize(640, 680);
}

QList<QPair<QString, QString>> ShortcutsDialog::rows() const
{
    QList<QPair<QString, QString>> out;
    for (int i = 0; i < m_table->rowCount(); ++i)
        out << qMakePair(m_table->item(i, 0)->text(), m_table->item(i, 1)->text());
    return out;
}
