#include "receiptdialog.h"

#include "messagebanner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr qreal kRollWidthMm = 80;
constexpr qreal kMarginMm = 4;

// The receipt laid out for the printer's width; its height follows the content.
void layOut(QTextDocument &doc, const Receipt &r, QPrinter &printer)
{
    doc.setHtml(ReceiptFormat::html(r));
    doc.setDocumentMargin(0);
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    doc.setPageSize(QSizeF(page.width(), page.height()));
}
} // namespace

ReceiptDialog::ReceiptDialog(const Receipt &receipt, QWidget *parent)
    : QDialog(parent)
    , m_receipt(receipt)
{
    setObjectName(QStringLiteral("receiptDialog"));
    setWindowTitle(tr("Receipt %1").arg(receipt.receiptNo));
    auto *layout = new QVBoxLayout(this);
    // No window manager draws titles at the till: the dialog says what it is.
    layout->addWidget(new QLabel(tr("<b>Receipt %1</b>").arg(receipt.receiptNo), this));
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("receiptView"));
    m_view->setHtml(ReceiptFormat::html(receipt));
    m_view->setMinimumSize(380, 460);
    m_view->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_view, 1);
    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("feedbackQuestion"));
    m_question->setWordWrap(true);
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_question->setFont(big);
    m_question->hide();
    layout->addWidget(m_question);
    m_commentField = new QLineEdit(this);
    m_commentField->setObjectName(QStringLiteral("feedbackComment"));
    m_commentField->setMaxLength(500);
    m_commentField->setPlaceholderText(tr("The customer's words (optional); Enter saves"));
    m_commentField->hide();
    layout->addWidget(m_commentField);
    connect(m_commentField, &QLineEdit::returnPressed, this, [this] {
        if (!m_commentField->text().trimmed().isEmpty() && m_comment) {
            if (auto r = m_comment(m_feedbackId, m_commentField->text()); !r) {
                m_banner->show(MessageBanner::Kind::Error, r.error().message);
                return;
            }
        }
        accept();
    });
    // A person presses keys a tenth of a second or more apart; a scanner, a few milliseconds.
    m_keys = new QTimer(this);
    m_keys->setSingleShot(true);
    connect(m_keys, &QTimer::timeout, this, &ReceiptDialog::digitsSettled);
    auto *buttons = new QDialogButtonBox(this);
    auto *print = buttons->addButton(tr("&Print (Ctrl+P)"), QDialogButtonBox::ActionRole);
    auto *pdf = buttons->addButton(tr("&Save as PDF (Ctrl+S)"), QDialogButtonBox::ActionRole);
    auto *close = buttons->addButton(tr("Next sale (Enter)"), QDialogButtonBox::AcceptRole);
    for (QPushButton *b : {print, pdf})
        b->setAutoDefault(false);
    close->setDefault(true);
    close->setObjectName(QStringLiteral("nextSaleButton"));
    connect(print, &QPushButton::clicked, this, &ReceiptDialog::printDialog);
    connect(pdf, &QPushButton::clicked, this, &ReceiptDialog::savePdf);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *ctrlP = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    connect(ctrlP, &QShortcut::activated, this, &ReceiptDialog::printDialog);
    auto *ctrlS = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    connect(ctrlS, &QShortcut::activated, this, &ReceiptDialog::savePdf);
    layout->addWidget(buttons);
    close->setFocus();
}

void ReceiptDialog::askFeedback(FeedbackService::Scale scale, RecordScore record, AddComment comment)
{
    if (scale == FeedbackService::Scale::Off)
        return;
    m_scale = scale;
    m_record = std::move(record);
    m_comment = std::move(comment);
    m_question->setText(FeedbackService::question(scale) + QLatin1Char(' ')
                        + tr("Esc or the next scan skips."));
    m_question->show();
}

void ReceiptDialog::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (event->modifiers() == Qt::NoModifier && text.size() == 1 && text.at(0).isDigit()) {
        if (m_scale == FeedbackService::Scale::Off || m_feedbackId) {
            emit scanStarted(text);
            accept();
            return;
        }
        m_pending += text;
        if (m_pending.size() >= 3) {
            // The scanner: the next customer's card is coming in; hand it over.
            m_keys->stop();
            emit scanStarted(m_pending);
            accept();
            return;
        }
        // "1" on the NPS scale may be the start of "10": wait longer for a person's second key.
        const bool maybeTen = m_scale == FeedbackService::Scale::Nps && m_pending == QLatin1String("1");
        m_keys->start(maybeTen ? 700 : 120);
        return;
    }
    QDialog::keyPressEvent(event);
}

void ReceiptDialog::digitsSettled()
{
    const QString typed = m_pending;
    m_pending.clear();
    const bool ten = m_scale == FeedbackService::Scale::Nps && typed == QLatin1String("10");
    if (typed.size() == 1 || ten) {
        saveScore(typed.toInt());
        return;
    }
    // Two quick digits that are no answer: the start of a scan after all.
    emit scanStarted(typed);
    accept();
}

void ReceiptDialog::saveScore(int score)
{
    if (score < FeedbackService::minScore(m_scale) || score > FeedbackService::maxScore(m_scale)) {
        m_banner->show(MessageBanner::Kind::Warning,
                       tr("The answer is %1 to %2.")
                           .arg(FeedbackService::minScore(m_scale))
                           .arg(FeedbackService::maxScore(m_scale)));
        return;
    }
    auto id = m_record(score);
    if (!id) {
        m_banner->show(MessageBanner::Kind::Error, id.error().message);
        return;
    }
    m_feedbackId = id.value();
    m_question->setText(tr("Thank you: %1 saved. A comment? Type it and press Enter; Esc skips.").arg(score));
    m_commentField->show();
    m_commentField->setFocus();
}

Result<void> ReceiptDialog::writePdf(const Receipt &r, const QString &path)
{
    // Screen resolution: the document's point sizes and the page's pixels then agree.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setCreator(QStringLiteral("Loyalty Terminal"));
    printer.setDocName(tr("Receipt %1").arg(r.receiptNo));
    // First the width, to measure the content; then the page as long as it.
    printer.setPageSize(QPageSize(QSizeF(kRollWidthMm, 1000), QPageSize::Millimeter));
    printer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    QTextDocument doc;
    doc.setHtml(ReceiptFormat::html(r));
    doc.setDocumentMargin(0);
    const QRectF paint = printer.pageLayout().paintRectPixels(printer.resolution());
    doc.setTextWidth(paint.width());
    const qreal heightMm = doc.size().height() / printer.resolution() * 25.4 + 2 * kMarginMm + 2;
    printer.setPageSize(
        QPageSize(QSizeF(kRollWidthMm, heightMm), QPageSize::Millimeter, QStringLiteral("Receipt")));
    printer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    print(r, printer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return makeError(Error::Storage,
                         tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

void ReceiptDialog::print(const Receipt &r, QPrinter &printer)
{
    QTextDocument doc;
    layOut(doc, r, printer);
    doc.print(&printer);
}

void ReceiptDialog::printDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Receipt %1").arg(m_receipt.receiptNo));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    print(m_receipt, printer);
    m_banner->show(MessageBanner::Kind::Positive, tr("Sent to %1.").arg(printer.printerName()));
}

void ReceiptDialog::savePdf()
{
    const QString suggested = QDir::home().filePath(tr("receipt-%1.pdf").arg(m_receipt.receiptNo));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the receipt as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = writePdf(m_receipt, path); !r)
        m_banner->show(MessageBanner::Kind::Error, r.error().message);
    else
        m_banner->show(MessageBanner::Kind::Positive, tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}
