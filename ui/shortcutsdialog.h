#pragma once

#include <QDialog>

class QTableWidget;

// F1: every key of the terminal on one screen, for the cashier who forgot one while a queue waits.
// Esc or F1 closes it.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);
    // The rows shown: key, what it does (tests read them).
    QList<QPair<QString, QString>> rows() const;

private:
    QTableWidget *m_table;
};
