#include "dialogs.h"
#include "mainwindow.h"
#include "productservice.h"
#include "receiptdialog.h"
#include "salepage.h"
#include "shortcutsdialog.h"
#include "testdb.h"

#include <QAction>
#include <QLineEdit>
#include <QShortcut>
#include <QTest>

#include <set>

// F1 lists every key of the terminal; F1 or Esc closes it; and the list is the truth: every key the
// sale page, the main window and the receipt register is in it, and every key in it is registered.
class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void listsTheKeysAndClosesByKeyboard_data();
    void listsTheKeysAndClosesByKeyboard();
    void listMatchesTheKeysRegistered();
};

namespace {

using KeySet = std::set<QString>;

QString keyText(const QKeySequence &k)
{
    return k.toString(QKeySequence::NativeText);
}

// Every QShortcut and every QAction shortcut under root, as the F1 list writes keys.
KeySet keysRegisteredUnder(const QObject *root)
{
    KeySet keys;
    for (const QShortcut *s : root->findChildren<QShortcut *>()) {
        if (!s->key().isEmpty())
            keys.insert(keyText(s->key()));
    }
    for (const QAction *a : root->findChildren<QAction *>()) {
        for (const QKeySequence &k : a->shortcuts())
            keys.insert(keyText(k));
    }
    return keys;
}

QString missing(const KeySet &from, const KeySet &in)
{
    QStringList out;
    for (const QString &k : from) {
        if (!in.count(k))
            out << k;
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

void TestShortcuts::listsTheKeysAndClosesByKeyboard_data()
{
    QTest::addColumn<int>("closeKey");
    QTest::newRow("F1 again") << int(Qt::Key_F1);
    QTest::newRow("Esc") << int(Qt::Key_Escape);
}

void TestShortcuts::listsTheKeysAndClosesByKeyboard()
{
    QFETCH(int, closeKey);
    ShortcutsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto rows = dialog.rows();
    auto has = [&](const QString &key, const QString &text) {
        for (const auto &r : rows)
            if (r.first == key && r.second.contains(text))
                return true;
        return false;
    };
    QVERIFY(has(QStringLiteral("F6"), QStringLiteral("Pay with points")));
    QVERIFY(has(QStringLiteral("F12"), QStringLiteral("Complete the sale")));
    QVERIFY(has(QStringLiteral("Ctrl+Shift+Y"), QStringLiteral("Sync")));
    QVERIFY(has(QStringLiteral("F10"), QStringLiteral("Switch person")));
    QVERIFY(has(QStringLiteral("Alt+1…Alt+9"), QStringLiteral("quick keys")));
    QTest::keyClick(&dialog, Qt::Key(closeKey));
    QTRY_VERIFY(!dialog.isVisible());
}

void TestShortcuts::listMatchesTheKeysRegistered()
{
    TestDb db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(db.addDemoStaff());
    // A full row of quick items, so that the page registers Alt+1..Alt+9.
    for (int key = 1; key <= 9; ++key) {
        NewProduct p;
        p.code = QStringLiteral("item%1").arg(key);
        p.name = QStringLiteral("Item %1").arg(key);
        p.price = QStringLiteral("1.00");
        p.quickKey = key;
        QVERIFY(ProductService(db.context()).add(p).ok());
    }
    MainWindow window(db.context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TestUi::activate(&window);
    auto *pin = window.findChild<QLineEdit *>(QStringLiteral("pinField"));
    QVERIFY(pin);
    QTest::keyClicks(pin, DemoStaff::administratorPin()); // Admin, first in the list
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_VERIFY(window.salePage());
    const KeySet tillKeys = keysRegisteredUnder(&window);

    Receipt receipt;
    receipt.currency = QStringLiteral("EUR");
    receipt.receiptNo = 1;
    receipt.at = db.clock().nowUtc();
    ReceiptDialog receiptDialog(receipt);
    const KeySet receiptKeys = keysRegisteredUnder(&receiptDialog);

    // The list, section by section; Enter is the fields' own key, not a shortcut.
    KeySet listedTill, listedReceipt;
    ShortcutsDialog f1;
    bool inReceipt = false;
    for (const auto &[key, text] : f1.rows()) {
        if (key.isEmpty()) {
            inReceipt = text == QLatin1String("The receipt after a sale");
            continue;
        }
        if (key == QLatin1String("Enter"))
            continue;
        KeySet &into = inReceipt ? listedReceipt : listedTill;
        const QString range = QStringLiteral("…");
        if (key.contains(range)) {
            // "Alt+1…Alt+9": every key between.
            const QStringList ends = key.split(range);
            QCOMPARE(ends.size(), 2);
            const QKeySequence first(ends.at(0), QKeySequence::NativeText);
            const QKeySequence last(ends.at(1), QKeySequence::NativeText);
            QVERIFY(!first.isEmpty() && !last.isEmpty());
            const auto modifiers = first[0].keyboardModifiers();
            for (int k = first[0].key(); k <= last[0].key(); ++k)
                into.insert(keyText(QKeySequence(QKeyCombination(modifiers, Qt::Key(k)))));
            continue;
        }
        into.insert(key);
    }
    QVERIFY(listedTill.size() > 10);
    QVERIFY2(missing(tillKeys, listedTill).isEmpty(),
             qPrintable(QStringLiteral("registered but not in F1: ") + missing(tillKeys, listedTill)));
    QVERIFY2(missing(listedTill, tillKeys).isEmpty(),
             qPrintable(QStringLiteral("in F1 but not registered: ") + missing(listedTill, tillKeys)));
    QVERIFY2(missing(receiptKeys, listedReceipt).isEmpty(),
             qPrintable(QStringLiteral("the receipt's, not in F1: ") + missing(receiptKeys, listedReceipt)));
    QVERIFY2(missing(listedReceipt, receiptKeys).isEmpty(),
             qPrintable(QStringLiteral("in F1 for the receipt, not registered: ")
                        + missing(listedReceipt, receiptKeys)));
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
