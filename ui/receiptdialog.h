#pragma once

#include "receipts.h"

#include <QDialog>

class QTextBrowser;
class QPrinter;
class MessageBanner;

// A receipt on screen, after each sale and for any past one (Manage → Reprint, Ctrl+R): Enter or
// Esc goes on to the next sale, Ctrl+P prints, Ctrl+S saves a PDF. A digit typed here is the next
// customer's card already being scanned: the dialog closes and hands it to the scan field.
class ReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiptDialog(const Receipt &receipt, QWidget *parent = nullptr);

    // The receipt on an 80 mm roll as a PDF (the page is as long as the receipt).
    static Result<void> writePdf(const Receipt &receipt, const QString &path);
    static void print(const Receipt &receipt, QPrinter &printer);

signals:
    void scanStarted(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void printDialog();
    void savePdf();

    Receipt m_receipt;
    QTextBrowser *m_view;
    MessageBanner *m_banner;
};
