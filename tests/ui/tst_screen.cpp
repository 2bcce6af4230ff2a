// Screen and keyboard care on the sale page: it fits 1366×768, every control has a name a screen
// reader says, Tab reaches every control and the focus shows, the buttons are big enough for a
// finger, the dark palette reads, and Settings chooses the language and the look by keyboard.
#include "i18n.h"
#include "look.h"
#include "mainwindow.h"
#include "salepage.h"
#include "settingsdialog.h"
#include "staffservice.h"
#include "testdb.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QtTest>

#include <memory>

namespace {
// Widgets a person can reach with Tab, on screen now.
QList<QWidget *> tabbable(QWidget *root)
{
    QList<QWidget *> out;
    const auto all = root->findChildren<QWidget *>();
    for (QWidget *w : all)
        if (w->isVisibleTo(root->window()) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !w->focusProxy() && !qobject_cast<QWidget *>(w->parent())->inherits("QAbstractSpinBox")
            && !w->inherits("QScrollBar"))
            out << w;
    return out;
}

// WCAG 2 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    auto lum = [](const QColor &c) {
        auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double x = lum(a), y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}
} // namespace

class TestScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void fitsSmallScreen();
    void everyControlHasAName();
    void tabReachesEveryControlAndFocusShows();
    void buttonsAreBigEnoughForAFinger();
    void palettesRead_data();
    void palettesRead();
    void settingsByKeyboard();
    void statusBarHintFitsInRussian();

private:
    SalePage *page() { return m_window->salePage(); }
    std::unique_ptr<TestDb> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestScreen::init()
{
    if (QByteArray(QTest::currentTestFunction()) == "statusBarHintFitsInRussian")
        I18n::installTranslations(QStringLiteral("ru"));
    m_db = std::make_unique<TestDb>(QStringLiteral("EUR"), QDateTime::currentDateTimeUtc());
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"),
                            QStringLiteral("+7 (912) 345-67-89")));
    ServiceContext ctx = m_db->context();
    QVERIFY(
        StaffService(ctx).create(QStringLiteral("Admin"), Role::Administrator, QStringLiteral("8642")).ok());
    m_window = std::make_unique<MainWindow>(m_db->context());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *pin = m_window->findChild<QLineEdit *>(QStringLiteral("pinField"));
    QVERIFY(pin);
    QTest::keyClicks(pin, QStringLiteral("8642"));
    QTest::keyClick(pin, Qt::Key_Return);
    QVERIFY(page());
    // A member on screen, so that the member's controls count too.
    auto *scan = page()->findChild<QLineEdit *>(QStringLiteral("scanField"));
    scan->setFocus();
    QTest::keyClicks(scan, QStringLiteral("2000000000015"));
    QTest::keyClick(scan, Qt::Key_Return);
}

void TestScreen::cleanup()
{
    m_window.reset();
    m_db.reset();
    Look::saveTheme(QString());
    I18n::saveChoice(QString());
    I18n::installTranslations(QStringLiteral("en"));
}

void TestScreen::fitsSmallScreen()
{
    // The icon travels inside the program, sharp at scale 2 as at 1.
    const QIcon icon = Look::windowIcon();
    QVERIFY(icon.availableSizes().contains(QSize(256, 256)));
    QVERIFY(icon.availableSizes().contains(QSize(48, 48)));
    QVERIFY(!icon.pixmap(QSize(64, 64), 2.0).isNull());
    const QSize least = m_window->minimumSizeHint();
    QVERIFY2(least.width() <= 1366 && least.height() <= 768,
             qPrintable(QStringLiteral("%1×%2").arg(least.width()).arg(least.height())));
    // Every button of the sale page whole inside the window.
    const QRect inside = m_window->rect();
    for (QAbstractButton *b : page()->findChildren<QAbstractButton *>()) {
        if (!b->isVisible())
            continue;
        const QRect r(b->mapTo(m_window.get(), QPoint(0, 0)), b->size());
        QVERIFY2(inside.contains(r), qPrintable(b->text()));
    }
}

void TestScreen::everyControlHasAName()
{
    const auto widgets = tabbable(page());
    QVERIFY(widgets.size() >= 5);
    for (QWidget *w : widgets) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        QVERIFY(a);
        QVERIFY2(!a->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                .arg(w->objectName(), QLatin1String(w->metaObject()->className()))));
    }
}

void TestScreen::tabReachesEveryControlAndFocusShows()
{
    QApplication::setActiveWindow(m_window.get());
    const auto widgets = tabbable(page());
    auto *scan = page()->findChild<QLineEdit *>(QStringLiteral("scanField"));
    scan->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), scan);
    QSet<QWidget *> reached;
    for (int i = 0; i < 3 * widgets.size(); ++i) {
        QWidget *w = QApplication::focusWidget();
        QVERIFY(w);
        if (reached.contains(w) && w == scan)
            break;
        reached.insert(w);
        // The focus shows: the control looks different with it than without it.
        const QImage focused = w->grab().toImage();
        w->clearFocus();
        const QImage unfocused = w->grab().toImage();
        w->setFocus(Qt::TabFocusReason);
        QVERIFY2(focused != unfocused,
                 qPrintable(QStringLiteral("%1 (%2) looks the same with focus")
                                .arg(w->objectName(), QLatin1String(w->metaObject()->className()))));
        QTest::keyClick(w, Qt::Key_Tab);
    }
    for (QWidget *w : widgets)
        QVERIFY2(reached.contains(w),
                 qPrintable(QStringLiteral("Tab never reaches %1 (%2)")
                                .arg(w->objectName(), QLatin1String(w->metaObject()->className()))));
}

void TestScreen::buttonsAreBigEnoughForAFinger()
{
    // 44 px at scale 1 (about 9 mm on a 15" 1366×768 screen); Qt scales it on HiDPI.
    int buttons = 0;
    for (QPushButton *b : page()->findChildren<QPushButton *>()) {
        if (!b->isVisible())
            continue;
        ++buttons;
        QVERIFY2(b->height() >= 44, qPrintable(QStringLiteral("%1: %2 px").arg(b->text()).arg(b->height())));
        QVERIFY2(b->width() >= 44, qPrintable(b->text()));
    }
    QVERIFY(buttons >= 3);
}

void TestScreen::palettesRead_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << "light" << false;
    QTest::newRow("dark") << "dark" << true;
}

void TestScreen::palettesRead()
{
    QFETCH(QString, theme);
    QFETCH(bool, dark);
    Look::apply(theme);
    auto restore = qScopeGuard([] { Look::apply(QString()); });
    QCoreApplication::processEvents();
    const QPalette p = page()->palette();
    QCOMPARE(Look::isDark(p), dark);
    // Text, errors and the highlighted header read (WCAG AA: 4.5:1).
    QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 4.5);
    QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 4.5);
    QVERIFY2(contrast(Look::errorColor(p), p.color(QPalette::Window)) >= 4.5,
             qPrintable(Look::errorColor(p).name()));
    QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 3.0);
    // An error label follows a palette change after it was marked.
    QLabel label;
    Look::markError(&label, true);
    QCOMPARE(label.palette().color(QPalette::WindowText), Look::errorColor(label.palette()));
    Look::apply(dark ? QStringLiteral("light") : QStringLiteral("dark"));
    QCoreApplication::processEvents();
    QCOMPARE(label.palette().color(QPalette::WindowText), Look::errorColor(QApplication::palette()));
    // Marked and unmarked again, a rich-text label keeps its own children (its text control).
    QLabel rich(QStringLiteral("<b>Sync failed</b>"));
    rich.setWordWrap(true);
    rich.show();
    Look::markError(&rich, true);
    Look::markError(&rich, false);
    QCOMPARE(rich.palette().color(QPalette::WindowText), QApplication::palette().color(QPalette::WindowText));
    QVERIFY(rich.sizeHint().isValid());
}

void TestScreen::settingsByKeyboard()
{
    SettingsDialog dialog(m_db->context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageField"));
    auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeField"));
    QCOMPARE(QApplication::focusWidget(), language);
    // Down through the list to Русский: As the system, English, Български, Русский.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(dialog.languageChoice(), QStringLiteral("ru"));
    QVERIFY(
        dialog.findChild<QLabel *>(QStringLiteral("sampleLabel"))->text().contains(QStringLiteral("234,56")));
    QTest::keyClick(language, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), theme);
    QTest::keyClick(theme, Qt::Key_Down);
    QTest::keyClick(theme, Qt::Key_Down);
    QCOMPARE(dialog.themeChoice(), QStringLiteral("dark"));
    QVERIFY(dialog.needsRestart());
    QTest::keyClick(theme, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(I18n::savedChoice(), QStringLiteral("ru"));
    QCOMPARE(Look::savedTheme(), QStringLiteral("dark"));
}

void TestScreen::statusBarHintFitsInRussian()
{
    // The sale page's key hint is longer in Russian than 1366 px allow beside the sync state: it
    // is shortened with "…", keeps the whole text in its tooltip, and overlaps nothing.
    auto *hint = m_window->findChild<Look::ElidedLabel *>(QStringLiteral("keysHint"));
    QVERIFY(hint);
    QVERIFY2(hint->fullText().startsWith(QStringLiteral("Отсканируйте")), qPrintable(hint->fullText()));
    QCOMPARE(hint->toolTip(), hint->fullText());
    QTRY_VERIFY(hint->text().endsWith(QStringLiteral("…")));
    const QRect mine = hint->geometry();
    for (QWidget *w : m_window->statusBar()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        if (w != hint && w->isVisible() && qobject_cast<QLabel *>(w))
            QVERIFY2(!mine.intersects(w->geometry()), qPrintable(qobject_cast<QLabel *>(w)->text()));
    QVERIFY(hint->fontMetrics().horizontalAdvance(hint->text()) <= hint->contentsRect().width());
}

QTEST_MAIN(TestScreen)
#include "tst_screen.moc"
