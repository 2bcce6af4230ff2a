#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Asks before something that cannot be undone. Enter confirms, Esc cancels. With a word to type
// (erasing a member), the confirm button stays disabled until the word is typed exactly.
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmDialog(const QString &title, const QString &text, const QString &confirmLabel,
                  QWidget *parent = nullptr);
    void requireTypedWord(const QString &word);

private:
    QLineEdit *m_typed = nullptr;
    QPushButton *m_confirm;
    QString m_word;
};
