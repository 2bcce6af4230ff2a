// The sale page driven as a cashier drives it: real widgets, real keystrokes, a real SQLite file.
#include "checkoutservice.h"
#include "messagebanner.h"
#include "productservice.h"
#include "programservice.h"
#include "salelinesmodel.h"
#include "salepage.h"
#include "testdb.h"
#include "typing.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtTest>

class TestSalePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void memberSaleInThreeKeyActions();
    void walkInSaleFromScanField();
    void linesWithQuantityAndF12();
    void unknownCardKeepsFocusOnScanField();
    void blockedCardSaysSo();
    void phoneFindsMember();
    void badAmountsAreRefused_data();
    void badAmountsAreRefused();
    void scanIntoPriceFieldSwitchesMember();
    void slowTypingIsNotAScan();
    void escapeClearsTheSale();
    void failedCommitKeepsTheSale();
    void completeWithoutLinesIsRefused();
    void searchByNameAsYouType();
    void lastFourDigitsOfPhone();
    void enrollFromUnknownCardAndSell();
    void enrollRefusesBadInput();
    void memberCardShowsHistory();
    void quickItemsByAltDigit();
    void cafeSaleWithStampsBirthdayAndPoints();

private:
    QLineEdit *field(const char *name) { return m_page->findChild<QLineEdit *>(QLatin1String(name)); }
    QString label(const char *name) { return m_page->findChild<QLabel *>(QLatin1String(name))->text(); }
    void scan(const QString &code)
    {
        QLineEdit *f = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(f);
        QTest::keyClicks(f, code);
        QTest::keyClick(f, Qt::Key_Return);
    }
    void type(const QString &text, Qt::Key then = Qt::Key_Return)
    {
        QWidget *f = QApplication::focusWidget();
        QVERIFY(f);
        // A person types: keep the keys further apart than a scanner's.
        typeInto(f, text);
        if (then != Qt::Key_unknown)
            QTest::keyClick(QApplication::focusWidget(), then, Qt::NoModifier, ScanDetectorDelay);
    }
    // A new page as a cashier's, after the catalogue or the program changed (the page reads them
    // when it is built).
    void rebuildPage()
    {
        delete m_page;
        ServiceContext ctx = m_db->context();
        ctx.actor.role = Role::Cashier;
        m_page = new SalePage(ctx, m_window.get());
        m_window->layout()->addWidget(m_page);
        m_page->show();
        m_page->setFocus();
        QTRY_VERIFY(m_page->isVisible() && QApplication::focusWidget());
    }
    static void typeInto(QWidget *w, const QString &text) { typeText(w, text, ScanDetectorDelay); }
    static constexpr int ScanDetectorDelay = 60;
    // The offscreen platform activates no new window by itself (qWaitForWindowActive() only waits
    // for exposure there), so a dialog is given the keyboard the way a window manager would.
    static void activate(QWidget *w)
    {
        w->activateWindow();
        QTRY_VERIFY(w->isActiveWindow());
    }

    std::unique_ptr<TestDb> m_db;
    std::unique_ptr<QWidget> m_window;
    SalePage *m_page = nullptr;
    qint64 m_anna = 0;
    qint64 m_ivan = 0;
};

void TestSalePage::init()
{
    m_db = std::make_unique<TestDb>(QStringLiteral("EUR"), QDateTime::currentDateTimeUtc());
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_anna = m_db->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"),
                             QStringLiteral("+7 (912) 345-67-89"));
    m_ivan = m_db->addMember(QStringLiteral("Иван Сидоров"), QStringLiteral("2000000000022"));
    QVERIFY(m_anna && m_ivan);
    QVERIFY(m_db->scalar(QStringLiteral("SELECT 1")) == 1);
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    // The page as a cashier uses it: masked contacts, manager actions behind approval.
    ServiceContext ctx = m_db->context();
    ctx.actor.role = Role::Cashier;
    m_page = new SalePage(ctx, m_window.get());
    layout->addWidget(m_page);
    m_window->resize(1366, 768);
    m_window->show();
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    m_page->setFocus();
    QCOMPARE(QApplication::focusWidget(), field("scanField"));
}

void TestSalePage::cleanup()
{
    m_window.reset();
    m_db.reset();
}

void TestSalePage::memberSaleInThreeKeyActions()
{
    scan(QStringLiteral("2000000000015"));
    QCOMPARE(label("memberName"), QStringLiteral("Anna Petrova"));
    QVERIFY(label("memberPoints").startsWith(QLatin1String("0 ")));
    QCOMPARE(QApplication::focusWidget(), field("priceField"));

    // After the scan: the amount, Enter (adds the line), Enter (completes).
    QTest::keyClicks(field("priceField"), QStringLiteral("12.50"));
    QTest::keyClick(field("priceField"), Qt::Key_Return);
    QCOMPARE(m_page->lines()->rowCount(), 1);
    QVERIFY(label("totalLabel").contains(QLatin1String("12.50")));
    QVERIFY(label("earnsLabel").contains(QLatin1String("+12")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM purchases")), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT total_minor FROM purchases")), 1250);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT member_id FROM purchases")), m_anna);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT points FROM points_ledger WHERE kind = 'earn'")), 12);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(m_anna)),
             12);
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Positive);
    QVERIFY2(m_page->banner()->text().contains(QLatin1String("balance 12 pts")),
             qPrintable(m_page->banner()->text()));
    // The page is ready for the next customer.
    QVERIFY(!m_page->hasMember());
    QCOMPARE(m_page->lines()->rowCount(), 0);
    QCOMPARE(QApplication::focusWidget(), field("scanField"));
}

void TestSalePage::walkInSaleFromScanField()
{
    type(QStringLiteral("7.30"));
    QCOMPARE(m_page->lines()->rowCount(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_db->scalar(QStringLiteral(
                 "SELECT count(*) FROM purchases WHERE member_id IS NULL AND total_minor = 730")),
             1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM points_ledger")), 0);
    QVERIFY(m_page->banner()->text().contains(QLatin1String("walk-in")));
}

void TestSalePage::linesWithQuantityAndF12()
{
    scan(QStringLiteral("2000000000022"));
    QWidget *item = field("itemField");
    item->setFocus();
    type(QStringLiteral("Latte"), Qt::Key_Return); // Enter in the item field moves on to the amount
    QCOMPARE(QApplication::focusWidget(), field("priceField"));
    type(QStringLiteral("3.20"), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field("quantityField"));
    field("quantityField")->selectAll();
    type(QStringLiteral("2"));
    QCOMPARE(m_page->lines()->rowCount(), 1);
    type(QStringLiteral("2.10"), Qt::Key_F12); // F12 takes the pending amount and completes
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT total_minor FROM purchases")), 850);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM purchase_lines")), 2);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT quantity FROM purchase_lines WHERE description = 'Latte'")),
             2);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(m_ivan)), 8);
}

void TestSalePage::unknownCardKeepsFocusOnScanField()
{
    scan(QStringLiteral("2999999999990"));
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY(m_page->banner()->text().contains(QLatin1String("No member")));
    QCOMPARE(QApplication::focusWidget(), field("scanField"));
    QCOMPARE(field("scanField")->text(), QStringLiteral("2999999999990"));
    QVERIFY(!m_page->hasMember());
    // The next scan replaces the wrong one at once: the text is selected.
    scan(QStringLiteral("2000000000015"));
    QCOMPARE(label("memberName"), QStringLiteral("Anna Petrova"));
}

void TestSalePage::blockedCardSaysSo()
{
    QVERIFY(m_db->db()
                .execScript(QStringLiteral(
                    "UPDATE cards SET status = 'blocked', blocked_at = '2026-01-02T10:00:00.000Z', "
                    "blocked_reason = 'lost' WHERE number = '2000000000022'"))
                .ok());
    scan(QStringLiteral("2000000000022"));
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(m_page->banner()->text().contains(QLatin1String("blocked")),
             qPrintable(m_page->banner()->text()));
    QVERIFY(!m_page->hasMember());
    QCOMPARE(QApplication::focusWidget(), field("scanField"));
}

void TestSalePage::phoneFindsMember()
{
    type(QStringLiteral("89123456789"));
    QVERIFY(m_page->hasMember());
    QCOMPARE(label("memberName"), QStringLiteral("Anna Petrova"));
}

void TestSalePage::badAmountsAreRefused_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero") << "0"
                          << "more than zero";
    QTest::newRow("negative") << "-5"
                              << "more than zero";
    QTest::newRow("letters") << "abc"
                             << "not an amount";
    QTest::newRow("three decimals") << "12.505"
                                    << "at most 2";
    QTest::newRow("comma in English") << "1,5"
                                      << "use . for decimals";
    QTest::newRow("absurd") << "99999999"
                            << "over";
    QTest::newRow("overflow") << "99999999999999999999"
                              << "too large";
}

void TestSalePage::badAmountsAreRefused()
{
    QFETCH(QString, amount);
    QFETCH(QString, message);
    scan(QStringLiteral("2000000000015"));
    type(amount);
    QCOMPARE(m_page->lines()->rowCount(), 0);
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(m_page->banner()->text().contains(message), qPrintable(m_page->banner()->text()));
    // What the cashier typed stays, selected, to be corrected.
    QCOMPARE(field("priceField")->text(), amount.left(field("priceField")->maxLength()));
    QCOMPARE(QApplication::focusWidget(), field("priceField"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM purchases")), 0);
}

void TestSalePage::scanIntoPriceFieldSwitchesMember()
{
    scan(QStringLiteral("2000000000015"));
    type(QStringLiteral("5"), Qt::Key_unknown);
    QCOMPARE(field("priceField")->text(), QStringLiteral("5"));
    // The scanner fires while the focus is in the amount field.
    scan(QStringLiteral("2000000000022"));
    QCOMPARE(label("memberName"), QStringLiteral("Иван Сидоров"));
    QCOMPARE(m_page->lines()->rowCount(), 0);
    QVERIFY(m_page->banner()->text().contains(QStringLiteral("Иван Сидоров")));
}

void TestSalePage::slowTypingIsNotAScan()
{
    scan(QStringLiteral("2000000000015"));
    type(QStringLiteral("12345678")); // a person typing a (silly) price: refused as an amount, not a scan
    QCOMPARE(label("memberName"), QStringLiteral("Anna Petrova"));
    QVERIFY(m_page->banner()->text().contains(QLatin1String("over")));
}

void TestSalePage::escapeClearsTheSale()
{
    scan(QStringLiteral("2000000000015"));
    type(QStringLiteral("4.00"));
    QCOMPARE(m_page->lines()->rowCount(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(m_page->lines()->rowCount(), 0);
    QVERIFY(!m_page->hasMember());
    QCOMPARE(QApplication::focusWidget(), field("scanField"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM purchases")), 0);
}

void TestSalePage::failedCommitKeepsTheSale()
{
    // The database refuses the sale (as a full disk would): nothing is written, the sale stays.
    QVERIFY(m_db->db()
                .execScript(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON purchases "
                                           "BEGIN SELECT RAISE(ABORT, 'refused'); END;"))
                .ok());
    scan(QStringLiteral("2000000000015"));
    type(QStringLiteral("9.99"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY(m_page->hasMember());
    QCOMPARE(m_page->lines()->rowCount(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM purchases")), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM points_ledger")), 0);

    // The problem goes away; the cashier presses Enter again and the same sale is recorded once.
    QVERIFY(m_db->db().execScript(QStringLiteral("DROP TRIGGER temp.refuse")).ok());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Positive);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM purchases")), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(m_anna)), 9);
}

void TestSalePage::completeWithoutLinesIsRefused()
{
    scan(QStringLiteral("2000000000015"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F12);
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Error);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM purchases")), 0);
}

void TestSalePage::searchByNameAsYouType()
{
    m_db->addMember(QStringLiteral("Анна Иванова"), QStringLiteral("2000000000039"));
    typeInto(field("scanField"), QStringLiteral("иван"));
    auto *results = m_page->findChild<QTableView *>(QStringLiteral("searchResults"));
    QTRY_VERIFY(results->isVisible());
    // "иван" is the start of Иван Сидоров's name and inside Анна Иванова's: the name that starts with it
    // first.
    QCOMPARE(results->model()->rowCount(), 2);
    QCOMPARE(results->model()->index(0, 0).data().toString(), QStringLiteral("Иван Сидоров"));
    QCOMPARE(results->model()->index(1, 0).data().toString(), QStringLiteral("Анна Иванова"));
    QTest::keyClick(field("scanField"), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), results);
    QTest::keyClick(results, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(label("memberName"), QStringLiteral("Анна Иванова"));
    QCOMPARE(QApplication::focusWidget(), field("priceField"));
    QVERIFY(!results->isVisible());
}

void TestSalePage::lastFourDigitsOfPhone()
{
    // Only Anna's phone ends in 6789: Enter takes her at once.
    type(QStringLiteral("6789"));
    QVERIFY(m_page->hasMember());
    QCOMPARE(label("memberName"), QStringLiteral("Anna Petrova"));
    // The cashier sees the phone masked.
    QVERIFY2(label("memberContact").contains(QStringLiteral("•••")), qPrintable(label("memberContact")));
    QVERIFY(!label("memberContact").contains(QStringLiteral("345")));
}

void TestSalePage::enrollFromUnknownCardAndSell()
{
    // An unknown card is scanned: F2 opens the enrollment with that card filled in.
    scan(QStringLiteral("2000000001234"));
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Error);
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // A failed check returns from here: close the dialog so exec() returns and the test reports it.
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        auto *card = dialog->findChild<QLineEdit *>(QStringLiteral("cardField"));
        QCOMPARE(card->text(), QStringLiteral("2000000001234"));
        activate(dialog);
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(QStringLiteral("nameField")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Elena Novak"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("+359 88 765 4321"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("elena@example.com"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("29.02"));
        filled = true;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    QTest::keyClick(field("scanField"), Qt::Key_F2);
    QVERIFY(filled);
    QTRY_VERIFY(m_window->isActiveWindow());
    QVERIFY(m_page->hasMember());
    QCOMPARE(label("memberName"), QStringLiteral("Elena Novak"));
    QVERIFY(m_page->banner()->text().contains(QLatin1String("Welcome")));
    QCOMPARE(m_db->scalar(QStringLiteral(
                 "SELECT birth_day * 100 + birth_month FROM members WHERE name = 'Elena Novak'")),
             2902);
    QCOMPARE(m_db->scalar(QStringLiteral(
                 "SELECT count(*) FROM members WHERE name = 'Elena Novak' AND consent_sms_at IS NULL")),
             1);
    // The first sale, keyboard only.
    QCOMPARE(QApplication::focusWidget(), field("priceField"));
    type(QStringLiteral("5.00"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_db->scalar(
                 QStringLiteral("SELECT p.total_minor FROM purchases p JOIN members m ON m.id = p.member_id "
                                "WHERE m.name = 'Elena Novak'")),
             500);
}

void TestSalePage::enrollRefusesBadInput()
{
    QString shown;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // A failed check returns from here: close the dialog so exec() returns and the test reports it.
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        activate(dialog);
        // Every field has its Alt+letter, the card number too (its row also holds a button).
        QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(QStringLiteral("cardField")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameField")),
                         QStringLiteral("Bad Birthday"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("birthdayField")),
                         QStringLiteral("31.02"));
        QTest::keyClick(dialog->findChild<QPushButton *>(QStringLiteral("generateCardButton")),
                        Qt::Key_Space);
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("cardField"))->text().isEmpty());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // Still open, the cursor on the birthday, a message in words.
        QVERIFY(dialog->isVisible());
        QCOMPARE(QApplication::focusWidget(),
                 dialog->findChild<QLineEdit *>(QStringLiteral("birthdayField")));
        shown = dialog->findChild<MessageBanner *>()->text();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    });
    QTest::keyClick(field("scanField"), Qt::Key_F2);
    QVERIFY2(!shown.isEmpty(), "no message shown");
    QTRY_VERIFY(m_window->isActiveWindow());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM members WHERE name = 'Bad Birthday'")), 0);
    QCOMPARE(QApplication::focusWidget(), field("scanField"));
}

void TestSalePage::memberCardShowsHistory()
{
    scan(QStringLiteral("2000000000015"));
    field("itemField")->setText(QStringLiteral("Latte"));
    field("priceField")->setText(QStringLiteral("3.20"));
    field("quantityField")->setText(QStringLiteral("2"));
    QTest::keyClick(field("priceField"), Qt::Key_F12);
    scan(QStringLiteral("2000000000015"));
    QVERIFY2(label("memberFavourites").contains(QStringLiteral("Latte ×2")),
             qPrintable(label("memberFavourites")));
    QVERIFY2(label("memberExpiry").startsWith(QLatin1String("6 pts expire on")),
             qPrintable(label("memberExpiry")));
    QVERIFY(label("memberSpent").contains(QLatin1String("6.40")));
    // The club level shows under the name once the member holds one.
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("memberLevel"))->isVisible());
    QVERIFY(
        m_db->db()
            .execScript(QStringLiteral("UPDATE members SET level_code = 'Silver' WHERE id = %1").arg(m_anna))
            .ok());
    scan(QStringLiteral("2000000000015"));
    QCOMPARE(label("memberLevel"), QStringLiteral("★ Silver"));
}

void TestSalePage::cafeSaleWithStampsBirthdayAndPoints()
{
    // The café's program: a coffee card (buy 5, the 6th free), 10% off in the birthday week, paying
    // with points (1 point = 0.01, up to half the check).
    ProgramService programs(m_db->db());
    const QDateTime now = m_db->clock().nowUtc();
    PricingProgram p = programs.inForce(m_db->terminal(), now)->program;
    p.stampCards
        = {{QStringLiteral("coffee"), QStringLiteral("Coffee card"), {}, QStringLiteral("coffee"), 5}};
    p.birthday.enabled = true;
    p.birthday.kind = BirthdayOffer::Kind::PercentDiscount;
    p.birthday.discountBasisPoints = 1000;
    p.redemption.enabled = true;
    p.redemption.minorPerPoint = 1;
    p.redemption.maxShareBasisPoints = 5000;
    QVERIFY(programs.publish(m_db->terminal(), p, now, now, Actor::machineOwner()).ok());
    NewProduct latte;
    latte.code = QStringLiteral("latte");
    latte.name = QStringLiteral("Latte");
    latte.price = QStringLiteral("3.00");
    latte.category = QStringLiteral("coffee");
    latte.quickKey = 1;
    NewProduct cake = latte;
    cake.code = QStringLiteral("cake");
    cake.name = QStringLiteral("Cake");
    cake.price = QStringLiteral("4.00");
    cake.category = QStringLiteral("bakery");
    cake.quickKey = 2;
    QVERIFY(ProductService(m_db->context()).add(latte).ok());
    QVERIFY(ProductService(m_db->context()).add(cake).ok());
    // Anna's birthday is today; four coffees bought before (4 stamps) and 80.00 of beans (80 points).
    const QDate today = m_db->clock().today();
    QVERIFY(
        m_db->db()
            .execScript(QStringLiteral("UPDATE members SET birth_day = %1, birth_month = %2 WHERE id = %3")
                            .arg(today.day())
                            .arg(today.month())
                            .arg(m_anna))
            .ok());
    {
        SaleRequest before;
        before.cart.currency = QStringLiteral("EUR");
        before.cart.lines = {{QStringLiteral("Beans"), 8000, 1, QStringLiteral("shop")},
                             {QStringLiteral("Espresso"), 100, 4, QStringLiteral("coffee")}};
        before.memberId = m_anna;
        auto r = CheckoutService(m_db->context()).complete(before);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        // That sale was in the birthday week too: 84.00 - 10% = 75.60 -> 75 points. The offer is
        // used for this year, so it is spent by the time she comes back; give it back by hand for
        // the test of the banner.
        QVERIFY(m_db->db().execScript(QStringLiteral("UPDATE members SET birthday_used_for = NULL")).ok());
    }
    rebuildPage();

    scan(QStringLiteral("2000000000015"));
    // The banner wishes the birthday the moment the card is scanned; the card shows 4 of 5 stamps.
    QVERIFY2(m_page->banner()->text().contains(QLatin1String("birthday")),
             qPrintable(m_page->banner()->text()));
    QVERIFY2(m_page->banner()->text().contains(QLatin1String("10% off")),
             qPrintable(m_page->banner()->text()));
    QVERIFY2(label("memberStamps").contains(QLatin1String("4/5")), qPrintable(label("memberStamps")));

    // Two lattes and a cake: the 5th stamp, then the 6th coffee free; 10% off what is left.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    // 10.00 - 3.00 = 7.00; birthday -0.70 -> 6.30.
    QVERIFY2(label("saleAdjustments").contains(QLatin1String("Coffee card: 1 free")),
             qPrintable(label("saleAdjustments")));
    QVERIFY2(label("saleAdjustments").contains(QLatin1String("Birthday")),
             qPrintable(label("saleAdjustments")));
    QVERIFY2(label("totalLabel").contains(QLatin1String("6.30")), qPrintable(label("totalLabel")));

    // F6: "max" (half of 6.30 = 3.15 -> 315 points, but she has 75), Enter, the member agrees, Enter.
    bool paid = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        activate(dialog);
        auto *points = dialog->findChild<QLineEdit *>(QStringLiteral("pointsField"));
        QCOMPARE(QApplication::focusWidget(), points);
        QTest::keyClicks(points, QStringLiteral("max"));
        QTest::keyClick(points, Qt::Key_Return);
        auto *confirm = dialog->findChild<QLabel *>(QStringLiteral("pointsConfirm"));
        QVERIFY2(confirm->isVisible() && confirm->text().contains(QLatin1String("75 points")),
                 qPrintable(confirm->text()));
        paid = true;
        QTest::keyClick(points, Qt::Key_Return);
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QVERIFY(paid);
    QTRY_VERIFY(m_window->isActiveWindow());
    // 6.30 - 0.75 = 5.55 paid with money.
    QVERIFY2(label("totalLabel").contains(QLatin1String("5.55")), qPrintable(label("totalLabel")));
    QVERIFY2(label("saleAdjustments").contains(QLatin1String("75")), qPrintable(label("saleAdjustments")));
    m_page->completeSale();

    QCOMPARE(m_db->scalar(QStringLiteral("SELECT total_minor FROM purchases ORDER BY id DESC LIMIT 1")), 555);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT points_redeemed FROM purchases ORDER BY id DESC LIMIT 1")),
             75);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM purchase_adjustments WHERE purchase_id = "
                                         "(SELECT MAX(id) FROM purchases)")),
             3);
    // The card is empty again, the birthday offer is used for this year, 5 points earned on 5.55.
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT SUM(stamps) FROM stamp_ledger WHERE member_id = %1").arg(m_anna)),
        0);
    QCOMPARE(
        m_db->scalar(
            QStringLiteral("SELECT birthday_used_for IS NOT NULL FROM members WHERE id = %1").arg(m_anna)),
        1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(m_anna)),
             75 - 75 + 5);
}

void TestSalePage::quickItemsByAltDigit()
{
    // The page shows the catalogue's quick items when it is built: add two, then build a page anew.
    NewProduct latte;
    latte.code = QStringLiteral("latte");
    latte.name = QStringLiteral("Latte");
    latte.price = QStringLiteral("3.20");
    latte.quickKey = 1;
    NewProduct croissant = latte;
    croissant.code = QStringLiteral("croissant");
    croissant.name = QStringLiteral("Croissant");
    croissant.price = QStringLiteral("2.10");
    croissant.quickKey = 2;
    QVERIFY(ProductService(m_db->context()).add(latte).ok());
    QVERIFY(ProductService(m_db->context()).add(croissant).ok());
    rebuildPage();
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("quickItem1")));
    scan(QStringLiteral("2000000000015"));
    // Alt+1 twice, Alt+2 once, then Enter on the empty amount completes: a café sale in four keys.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(m_page->lines()->rowCount(), 3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT total_minor FROM purchases")), 850);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM purchase_lines WHERE description = 'Latte'")),
             2);
}

QTEST_MAIN(TestSalePage)
#include "tst_salepage.moc"
