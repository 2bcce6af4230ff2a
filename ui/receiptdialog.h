#pragma once

#include "feedbackservice.h"
#include "receiptservice.h"

#include <QDialog>

#include <functional>

class QLineEdit;
class QTextBrowser;
class QTimer;
class QPrinter;
class MessageBanner;
class QLabel;

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

    // After a member sale: one keypress records the customer's answer (CSAT 1-5 or NPS 0-10), then
    // an optional comment. A burst of digits is the scanner, not an answer.
    using RecordScore = std::function<Result<qint64>(int score)>;
    using AddComment = std::function<Result<void>(qint64 id, const QString &comment)>;
    void askFeedback(FeedbackService::Scale scale, RecordScore record, AddComment comment);

signals:
    void scanStarted(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void printDialog();
    void savePdf();
    void digitsSettled();
    void saveScore(int score);

    FeedbackService::Scale m_scale = FeedbackService::Scale::Off;
    RecordScore m_record;
    AddComment m_comment;
    qint64 m_feedbackId = 0;
    QString m_pending; // digits typed, until it is clear whether a person or the scanner typed them
    QTimer *m_keys;
    QLabel *m_question;
    QLineEdit *m_commentField;
    Receipt m_receipt;
    QTextBrowser *m_view;
    MessageBanner *m_banner;
};
