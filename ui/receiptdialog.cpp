#include "receiptdialog.h"

#include "messagebanner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextDocument>
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

void ReceiptDialog::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (event->modifiers() == Qt::NoModifier && text.size() == 1 && text.at(0).isDigit()) {
        emit scanStarted(text);
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
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
