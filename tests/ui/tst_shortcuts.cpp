#include "shortcutsdialog.h"

#include <QTest>

// F1 lists every key of the terminal; F1 or Esc closes it (issue 8, item 4).
class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void listsTheKeysAndClosesByKeyboard_data();
    void listsTheKeysAndClosesByKeyboard();
};

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

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
