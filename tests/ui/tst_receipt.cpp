// Receipts: every figure of a sale read back as the customer gets it, on screen, as text and as a PDF
// on an 80 mm roll; reprints of past sales and refunds.
#include "checkoutservice.h"
#include "receiptdialog.h"
#include "receiptservice.h"
#include "refundservice.h"
#include "staffservice.h"
#include "testdb.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

class TestReceipt : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void saleReceiptExplainsEverything();
    void balanceAfterEachSale();
    void refundReceipt();
    void unknownNumber();
    void pdfOnARoll();
    void feedbackInOneKeypress();
    void scannerIsNoAnswer();

private:
    SaleResult sell(const QVector<CartLine> &lines, qint64 points = 0);
    std::unique_ptr<ReceiptDialog> askingDialog(qint64 *purchaseId);
    std::unique_ptr<TestDb> m_t;
    qint64 m_anna = 0;
    StaffRecord m_manager;
};

void TestReceipt::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    m_anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"));
    QVERIFY(m_t->changeProgram([](PricingProgram &p) {
        p.stampCards
            = {{QStringLiteral("coffee"), QStringLiteral("Coffee card"), {}, QStringLiteral("coffee"), 1}};
        p.levels.levels = {{QStringLiteral("bronze"), QStringLiteral("Bronze"), 0, 100, 0},
                           {QStringLiteral("gold"), QStringLiteral("Gold"), 100000, 100, 500}};
        p.redemption.enabled = true;
        p.redemption.minorPerPoint = 1;
    }));
    const auto staff = m_t->addDemoStaff();
    QVERIFY(staff);
    m_manager = staff->manager;
}

void TestReceipt::cleanup()
{
    m_t.reset();
}

SaleResult TestReceipt::sell(const QVector<CartLine> &lines, qint64 points)
{
    SaleRequest r;
    r.cart.currency = QStringLiteral("EUR");
    r.cart.lines = lines;
    r.memberId = m_anna;
    r.cardId = m_t->scalar(QStringLiteral("SELECT id FROM cards WHERE member_id = %1").arg(m_anna));
    r.staffId = m_manager.id;
    r.pointsToRedeem = points;
    m_t->clock().advanceMs(1000);
    auto done = CheckoutService(m_t->context()).complete(r);
    if (!done)
        qWarning("%s", qPrintable(done.error().message));
    return done.value();
}

const CartLine kLatte {QStringLiteral("Latte"), 300, 2, QStringLiteral("coffee"), QStringLiteral("latte")};
const CartLine kCake {QStringLiteral("Cake"), 450, 1, QStringLiteral("bakery"), QStringLiteral("cake")};

void TestReceipt::saleReceiptExplainsEverything()
{
    sell({{QStringLiteral("Beans"), 2000, 1}}); // 20 points to pay with
    // Buy 1, the 2nd free: of two lattes one is free. 10.50 - 3.00 = 7.50; 10 points -> 7.40.
    const SaleResult s = sell({kLatte, kCake}, 10);
    auto r = ReceiptService(m_t->context()).forPurchase(s.purchase.id);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->receiptNo, qint64(2));
    QCOMPARE(r->shopName, m_t->terminal().storeName);
    QCOMPARE(r->cashier, QStringLiteral("Lee"));
    QCOMPARE(r->lines.size(), 2);
    QCOMPARE(r->subtotalMinor, qint64(1050));
    QCOMPARE(r->totalMinor, qint64(740));
    QCOMPARE(r->pointsPaidMinor, qint64(10));
    QCOMPARE(r->pointsRedeemed, qint64(10));
    QCOMPARE(r->pointsEarned, qint64(7));
    QCOMPARE(r->balanceAfter, qint64(20 - 10 + 7));
    QCOMPARE(r->card, QStringLiteral("2000000000015"));
    QCOMPARE(r->nextLevelName, QStringLiteral("Gold"));
    QCOMPARE(r->missingMinor,
             qint64(100000 - 2000 - 750)); // what she bought after discounts, points part included
    QCOMPARE(r->expiringPoints, qint64(17));
    const QString text = ReceiptFormat::text(r.value());
    for (const char *expected : {"Latte  2 × 3.00", "6.00", "Coffee card: 1 free", "−3.00",
                                 "Paid with 10 points", "−0.10", "TOTAL", "7.40", "Points earned", "Balance",
                                 "17 pts", "Spend 972.50€ more for Gold.", "17 points expire on"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)),
                 qPrintable(expected + QStringLiteral(" in\n") + text));
    QVERIFY(ReceiptFormat::html(r.value()).contains(QLatin1String("Coffee card: 1 free")));
}

void TestReceipt::balanceAfterEachSale()
{
    const SaleResult first = sell({{QStringLiteral("Beans"), 2000, 1}});
    const SaleResult second = sell({{QStringLiteral("Tea"), 500, 1}});
    ReceiptService receipts(m_t->context());
    // A reprint of the first sale shows the balance as it was then, not as it is now.
    QCOMPARE(receipts.forPurchase(first.purchase.id)->balanceAfter, qint64(20));
    QCOMPARE(receipts.forPurchase(second.purchase.id)->balanceAfter, qint64(25));
    QCOMPARE(receipts.byNumber(1)->balanceAfter, qint64(20));
}

void TestReceipt::refundReceipt()
{
    const SaleResult s = sell({kLatte, kCake}); // 10.50 - 3.00 = 7.50: 7 points
    ServiceContext asLee = m_t->context();
    asLee.actor = StaffService::actorOf(m_manager);
    auto refund = RefundService(asLee).refund(s.purchase.id, {{2, 1}}, QStringLiteral("Dropped"));
    QVERIFY2(refund.ok(), qPrintable(refund.error().message));
    auto r = ReceiptService(m_t->context()).forPurchase(refund->refund.id);
    QVERIFY(r.ok());
    QVERIFY(r->refund);
    QCOMPARE(r->refundOfReceipt, s.purchase.receiptNo);
    // The cake, 450 of the 1050 of goods: floor(750 * 450 / 1050) = 321, points floor(7 * 450 / 1050) = 3.
    QCOMPARE(r->totalMinor, qint64(321));
    QCOMPARE(r->pointsEarned, qint64(-3));
    QCOMPARE(r->balanceAfter, qint64(4));
    const QString text = ReceiptFormat::text(r.value());
    QVERIFY2(text.contains(QLatin1String("REFUND 2 (receipt 1)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("GIVEN BACK")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Points taken back")), qPrintable(text));
}

void TestReceipt::unknownNumber()
{
    auto r = ReceiptService(m_t->context()).byNumber(42);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::NotFound);
    QCOMPARE(r.error().message, QStringLiteral("There is no receipt 42 on this till."));
}

void TestReceipt::pdfOnARoll()
{
    const SaleResult s = sell({kLatte, kCake});
    auto r = ReceiptService(m_t->context()).forPurchase(s.purchase.id);
    QTemporaryDir dir;
    // LOYALTY_RECEIPT_PDF keeps a copy to look at (pdftoppm -png).
    const QString path = qEnvironmentVariableIsSet("LOYALTY_RECEIPT_PDF")
        ? qEnvironmentVariable("LOYALTY_RECEIPT_PDF")
        : dir.filePath(QStringLiteral("r.pdf"));
    QVERIFY(ReceiptDialog::writePdf(r.value(), path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    // An unwritable place is said, not ignored.
    auto bad = ReceiptDialog::writePdf(r.value(), QStringLiteral("/proc/no/such/dir/r.pdf"));
    QVERIFY(!bad.ok());
}

// The receipt of a new latte sale, asking CSAT as the main window asks it, shown and active.
std::unique_ptr<ReceiptDialog> TestReceipt::askingDialog(qint64 *purchaseId)
{
    const SaleResult s = sell({kLatte});
    auto r = ReceiptService(m_t->context()).forPurchase(s.purchase.id);
    auto dialog = std::make_unique<ReceiptDialog>(r.value());
    const ServiceContext ctx = m_t->context();
    const qint64 id = s.purchase.id;
    *purchaseId = id;
    dialog->askFeedback(
        FeedbackService::Scale::Csat, [ctx, id](int score) { return FeedbackService(ctx).record(id, score); },
        [ctx](qint64 f, const QString &c) { return FeedbackService(ctx).addComment(f, c); });
    dialog->show();
    dialog->activateWindow();
    return dialog;
}

void TestReceipt::feedbackInOneKeypress()
{
    qint64 id = 0;
    auto owned = askingDialog(&id);
    ReceiptDialog &dialog = *owned;
    QTRY_VERIFY(dialog.isActiveWindow());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("feedbackQuestion"))->isVisible());
    // A person's key: "4", then nothing for a moment.
    QTest::keyClick(&dialog, Qt::Key_4);
    QTRY_COMPARE(m_t->scalar(QStringLiteral("SELECT score FROM feedback WHERE purchase_id = %1").arg(id)), 4);
    auto *comment = dialog.findChild<QLineEdit *>(QStringLiteral("feedbackComment"));
    QTRY_VERIFY(comment->isVisible() && comment->hasFocus());
    QTest::keyClicks(comment, QStringLiteral("Too hot"));
    QTest::keyClick(comment, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_t->scalar(
                 QStringLiteral("SELECT comment = 'Too hot' FROM feedback WHERE purchase_id = %1").arg(id)),
             1);
}

void TestReceipt::scannerIsNoAnswer()
{
    qint64 id = 0;
    auto owned = askingDialog(&id);
    ReceiptDialog &dialog = *owned;
    QString handedOver;
    connect(&dialog, &ReceiptDialog::scanStarted, this, [&](const QString &t) { handedOver = t; });
    QTRY_VERIFY(dialog.isActiveWindow());
    // The next card arrives at scanner speed: the first digits go to the scan field, no answer is kept.
    QTest::keyClicks(&dialog, QStringLiteral("200"));
    QCOMPARE(handedOver, QStringLiteral("200"));
    QVERIFY(!dialog.isVisible());
    QTest::qWait(200);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM feedback")), 0);
}

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
