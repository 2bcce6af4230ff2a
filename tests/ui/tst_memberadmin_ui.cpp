// Member administration from the sale page, by keyboard: F4 edit, F7 lost card, Ctrl+M merge, F9 erase
// (with the typed word and, for a cashier, a manager's approval), and the CSV import dialog's dry run.
#include "dialogs.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "salepage.h"
#include "staffservice.h"
#include "testdb.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

#include <functional>

class TestMemberAdminUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editByKeyboard();
    void editRefusesBadInputAndKeepsTyping();
    void lostCardByKeyboard();
    void mergeByKeyboard();
    void eraseNeedsTheTypedWord();
    void keysNeedAMember();
    void cashierSeesMaskedContactsAndNeedsAManager();
    void importDryRunShowsErrorsAndWritesNothing();
    void importCleanFileAndMapping();
    void importAndExportFromTheMenuNeedAManager();
    void adjustPointsByKeyboard();

private:
    void makePage(const Actor &actor = Actor::machineOwner());
    QLineEdit *field(const char *name) { return m_page->findChild<QLineEdit *>(QLatin1String(name)); }
    QString label(const char *name) { return m_page->findChild<QLabel *>(QLatin1String(name))->text(); }
    void scan(const QString &code)
    {
        QTest::keyClicks(field("scanField"), code);
        QTest::keyClick(field("scanField"), Qt::Key_Return);
    }
    static void typeInto(QWidget *w, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, w,
                                c.unicode() < 128 ? Qt::Key(QChar(c).toUpper().unicode()) : Qt::Key_unknown,
                                QString(c), Qt::NoModifier, 60);
    }
    // Runs `step` on the modal dialog named objectName once it is up (waiting while another modal dialog
    // is still closing); the dialog is closed if a check fails there.
    void onDialog(const char *objectName, std::function<void(QDialog *)> step, bool *reached)
    {
        TestUi::answerDialog(this, objectName, std::move(step), reached);
    }
    static QString data(const char *name)
    {
        return QStringLiteral(LOYALTY_TEST_DATA "/import/") + QLatin1String(name);
    }

    std::unique_ptr<TestDb> m_db;
    std::unique_ptr<QWidget> m_window;
    SalePage *m_page = nullptr;
    qint64 m_anna = 0;
    qint64 m_ivan = 0;
};

void TestMemberAdminUi::init()
{
    m_db = std::make_unique<TestDb>(QStringLiteral("EUR"), QDateTime::currentDateTimeUtc());
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_anna = m_db->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"),
                             QStringLiteral("+7 (912) 345-67-89"));
    m_ivan = m_db->addMember(QStringLiteral("Иван Сидоров"), QStringLiteral("2000000000022"));
    QVERIFY(m_anna && m_ivan);
}

void TestMemberAdminUi::makePage(const Actor &actor)
{
    ServiceContext ctx = m_db->context();
    ctx.actor = actor;
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_page = new SalePage(ctx, m_window.get());
    layout->addWidget(m_page);
    m_window->resize(1366, 768);
    m_window->show();
    TestUi::activate(m_window.get());
    m_page->setFocus();
    QCOMPARE(QApplication::focusWidget(), field("scanField"));
}

void TestMemberAdminUi::cleanup()
{
    m_window.reset();
    m_db.reset();
}

void TestMemberAdminUi::editByKeyboard()
{
    makePage();
    scan(QStringLiteral("2000000000015"));
    QCOMPARE(label("memberName"), QStringLiteral("Anna Petrova"));
    // The keys are on the member card.
    QVERIFY(label("memberKeys").contains(QLatin1String("F4 edit")));
    bool reached = false;
    onDialog(
        "editMemberDialog",
        [&](QDialog *dialog) {
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("cardField"))->text(),
                     QStringLiteral("2000000000015"));
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("phoneField"))->text(),
                     QStringLiteral("+7 (912) 345-67-89"));
            // The name is selected: typing replaces it.
            QCOMPARE(QApplication::focusWidget(),
                     dialog->findChild<QLineEdit *>(QStringLiteral("nameField")));
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Anna Sidorova"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::AltModifier);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("anna@example.com"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        },
        &reached);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F4);
    QVERIFY(reached);
    QTRY_VERIFY(m_window->isActiveWindow());
    QCOMPARE(label("memberName"), QStringLiteral("Anna Sidorova"));
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Positive);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM members WHERE name = 'Anna Sidorova' AND email = "
                                    "'anna@example.com' AND id = %1")
                         .arg(m_anna)),
        1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'member.edit'")), 1);
    QCOMPARE(QApplication::focusWidget(), field("scanField"));
}

void TestMemberAdminUi::editRefusesBadInputAndKeepsTyping()
{
    makePage();
    scan(QStringLiteral("2000000000015"));
    bool reached = false;
    QString shown;
    onDialog(
        "editMemberDialog",
        [&](QDialog *dialog) {
            auto *birthday = dialog->findChild<QLineEdit *>(QStringLiteral("birthdayField"));
            birthday->setFocus();
            QTest::keyClicks(birthday, QStringLiteral("31.02.1990"));
            QTest::keyClick(birthday, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            shown = dialog->findChild<MessageBanner *>()->text();
            QCOMPARE(QApplication::focusWidget(), birthday);
            QCOMPARE(birthday->text(), QStringLiteral("31.02.1990"));
            QTest::keyClick(birthday, Qt::Key_Escape);
        },
        &reached);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F4);
    QVERIFY(reached);
    QVERIFY2(shown.contains(QLatin1String("31.02.1990")), qPrintable(shown));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM members WHERE birth_day IS NOT NULL")), 0);
}

void TestMemberAdminUi::lostCardByKeyboard()
{
    makePage();
    scan(QStringLiteral("2000000000015"));
    bool reached = false;
    QString generated;
    onDialog(
        "lostCardDialog",
        [&](QDialog *dialog) {
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("oldCardBox"))->currentText(),
                     QStringLiteral("2000000000015"));
            auto *number = dialog->findChild<QLineEdit *>(QStringLiteral("newCardField"));
            QCOMPARE(QApplication::focusWidget(), number);
            // Enter with nothing says what to do; F4 issues a number.
            QTest::keyClick(number, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            // A button's shortcut clicks it a moment later (animateClick).
            QTest::keyClick(number, Qt::Key_F4);
            QTRY_VERIFY(!number->text().isEmpty());
            generated = number->text();
            number->setFocus();
            QCOMPARE(generated.size(), 13);
            QTest::keyClick(number, Qt::Key_Return);
        },
        &reached);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F7);
    QVERIFY(reached);
    QTRY_VERIFY(m_window->isActiveWindow());
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Positive);
    QVERIFY2(m_page->banner()->text().contains(generated), qPrintable(m_page->banner()->text()));
    // The lost card, scanned later, says what replaced it; the new one finds Anna.
    m_page->clearSale();
    scan(QStringLiteral("2000000000015"));
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(m_page->banner()->text().contains(QStringLiteral("replaced by card %1").arg(generated)),
             qPrintable(m_page->banner()->text()));
    m_page->clearSale();
    scan(generated);
    QCOMPARE(label("memberName"), QStringLiteral("Anna Petrova"));
}

void TestMemberAdminUi::mergeByKeyboard()
{
    makePage();
    scan(QStringLiteral("2000000000015"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Information);
    QVERIFY2(m_page->banner()->text().contains(QLatin1String("Merge into Anna Petrova")),
             qPrintable(m_page->banner()->text()));
    QCOMPARE(QApplication::focusWidget(), field("scanField"));
    // The other record, found with the usual search: a name typed, Enter takes the only match.
    typeInto(field("scanField"), QStringLiteral("Иван"));
    bool reached = false;
    QString asked;
    onDialog(
        "confirmDialog",
        [&](QDialog *dialog) {
            asked = dialog->findChild<QLabel *>(QStringLiteral("confirmText"))->text();
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        &reached);
    QTest::keyClick(field("scanField"), Qt::Key_Return, Qt::NoModifier, 60);
    QVERIFY(reached);
    QTRY_VERIFY(m_window->isActiveWindow());
    QVERIFY2(asked.contains(QLatin1String("Keep Anna Petrova"))
                 && asked.contains(QStringLiteral("Иван Сидоров")),
             qPrintable(asked));
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Positive);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT merged_into FROM members WHERE id = %1").arg(m_ivan)),
             m_anna);
    QCOMPARE(label("memberName"), QStringLiteral("Anna Petrova"));
    // Ivan's card now finds Anna.
    m_page->clearSale();
    scan(QStringLiteral("2000000000022"));
    QCOMPARE(label("memberName"), QStringLiteral("Anna Petrova"));
}

void TestMemberAdminUi::eraseNeedsTheTypedWord()
{
    makePage();
    scan(QStringLiteral("2000000000015"));
    bool reached = false;
    onDialog(
        "confirmDialog",
        [&](QDialog *dialog) {
            auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
            auto *word = dialog->findChild<QLineEdit *>(QStringLiteral("confirmField"));
            QCOMPARE(QApplication::focusWidget(), word);
            QVERIFY(!confirm->isEnabled());
            QTest::keyClick(word, Qt::Key_Return); // not yet
            QVERIFY(dialog->isVisible());
            QTest::keyClicks(word, QStringLiteral("ERAS"));
            QVERIFY(!confirm->isEnabled());
            QTest::keyClicks(word, QStringLiteral("E"));
            QVERIFY(confirm->isEnabled());
            QTest::keyClick(word, Qt::Key_Return);
        },
        &reached);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
    QVERIFY(reached);
    QTRY_VERIFY(m_window->isActiveWindow());
    QVERIFY(!m_page->hasMember());
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Positive);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM members WHERE id = %1 AND erased_at IS NOT NULL "
                                    "AND phone IS NULL")
                         .arg(m_anna)),
        1);
    // Esc at the question erases nothing.
    scan(QStringLiteral("2000000000022"));
    reached = false;
    onDialog(
        "confirmDialog", [&](QDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); }, &reached);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
    QVERIFY(reached);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM members WHERE erased_at IS NOT NULL")), 1);
    QVERIFY(m_page->hasMember());
}

void TestMemberAdminUi::keysNeedAMember()
{
    makePage();
    for (const auto &key : {QKeySequence(Qt::Key_F4), QKeySequence(Qt::Key_F7), QKeySequence(Qt::Key_F9),
                            QKeySequence(Qt::CTRL | Qt::Key_M)}) {
        QTest::keySequence(QApplication::focusWidget(), key);
        QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Information);
        QVERIFY2(m_page->banner()->text().startsWith(QLatin1String("Find the member first")),
                 qPrintable(m_page->banner()->text()));
        QVERIFY(!QApplication::activeModalWidget());
    }
}

void TestMemberAdminUi::cashierSeesMaskedContactsAndNeedsAManager()
{
    ServiceContext admin = m_db->context();
    StaffService staff(admin);
    QVERIFY(staff.create(QStringLiteral("Olga"), Role::Administrator, QStringLiteral("4826")).ok());
    auto manager = staff.create(QStringLiteral("Maria"), Role::Manager, QStringLiteral("5937"));
    QVERIFY(manager.ok());
    auto cashier = staff.create(QStringLiteral("Anton"), Role::Cashier, QStringLiteral("6048"));
    QVERIFY(cashier.ok());
    makePage(StaffService::actorOf(cashier.value()));
    scan(QStringLiteral("2000000000015"));
    QVERIFY2(!label("memberContact").contains(QLatin1String("345-67")), qPrintable(label("memberContact")));
    QVERIFY2(label("memberContact").endsWith(QLatin1String("89")), qPrintable(label("memberContact")));

    // The edit form does not show the cashier the whole phone either, and keeps it when left empty.
    bool reached = false;
    onDialog(
        "editMemberDialog",
        [&](QDialog *dialog) {
            auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phoneField"));
            QCOMPARE(phone->text(), QString());
            QVERIFY(!phone->placeholderText().contains(QLatin1String("345-67")));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        },
        &reached);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F4);
    QVERIFY(reached);
    QTRY_VERIFY(m_window->isActiveWindow());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM members WHERE phone = '+7 (912) 345-67-89'")),
             1);

    // F9: a manager's PIN is asked for; Esc there erases nothing.
    reached = false;
    onDialog(
        "approvalDialog", [&](QDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); }, &reached);
    QTest::keyClick(field("scanField"), Qt::Key_F9);
    QVERIFY(reached);
    QTRY_VERIFY(m_window->isActiveWindow());
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Warning);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM members WHERE erased_at IS NOT NULL")), 0);

    // With the manager's PIN, then the typed word: erased, and the audit line names both.
    reached = false;
    bool confirmed = false;
    onDialog(
        "approvalDialog",
        [&](QDialog *dialog) {
            auto *who = dialog->findChild<QComboBox *>(QStringLiteral("approverField"));
            who->setCurrentIndex(who->findText(QStringLiteral("Maria"), Qt::MatchContains));
            auto *pin = dialog->findChild<QLineEdit *>(QStringLiteral("approverPinField"));
            pin->setFocus();
            onDialog(
                "confirmDialog",
                [&](QDialog *confirm) {
                    QTest::keyClicks(confirm->findChild<QLineEdit *>(QStringLiteral("confirmField")),
                                     QStringLiteral("ERASE"));
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                },
                &confirmed);
            QTest::keyClicks(pin, QStringLiteral("5937"));
            QTest::keyClick(pin, Qt::Key_Return);
        },
        &reached);
    QTest::keyClick(field("scanField"), Qt::Key_F9);
    QVERIFY(reached);
    QTRY_VERIFY(confirmed);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'member.erase' AND "
                                         "staff_id = %1 AND approved_by = %2")
                              .arg(cashier->id)
                              .arg(manager->id)),
             1);
}

void TestMemberAdminUi::importDryRunShowsErrorsAndWritesNothing()
{
    ImportDialog dialog(m_db->context());
    dialog.show();
    TestUi::activate(&dialog);
    dialog.openFile(data("bad_values.csv"));
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *validOnly = dialog.findChild<QCheckBox *>(QStringLiteral("validOnlyBox"));
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("dryRunView"));
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.startsWith(QLatin1String("Dry run, nothing written yet")), qPrintable(summary));
    QVERIFY(dialog.report().invalid > 0);
    QVERIFY(dialog.report().created > 0);
    QVERIFY(
        dialog.findChild<QLabel *>(QStringLiteral("formatLabel"))->text().contains(QLatin1String("UTF-8")));
    // Errors come first in the table, one line per row of the file.
    QCOMPARE(view->model()->rowCount(), dialog.report().total());
    QCOMPARE(view->model()->index(0, ImportRowsModel::Action).data().toString(), QStringLiteral("ERROR"));
    QVERIFY(!view->model()->index(0, ImportRowsModel::Message).data().toString().isEmpty());
    QVERIFY(!import->isEnabled());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM members")), 2);
    // The manager chooses to import the valid rows only: now the button works, in one go.
    QTest::keyClick(&dialog, Qt::Key_V, Qt::AltModifier);
    QTRY_VERIFY(validOnly->isChecked());
    QVERIFY(import->isEnabled());
    const int created = dialog.report().created;
    QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(dialog.imported());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM members")), 2 + created);
}

void TestMemberAdminUi::importCleanFileAndMapping()
{
    ImportDialog dialog(m_db->context());
    dialog.show();
    TestUi::activate(&dialog);
    dialog.openFile(data("utf8_bom_semicolon_ru.csv"));
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QCOMPARE(dialog.report().invalid, 0);
    QVERIFY(import->isEnabled());
    // The detected mapping is in the combo boxes; taking the name away stops the import.
    auto *name = dialog.findChild<QComboBox *>(QStringLiteral("map_name"));
    QVERIFY(name->currentData().toInt() >= 0);
    const int nameColumn = name->currentIndex();
    name->setCurrentIndex(0); // not imported
    QVERIFY(!import->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().isEmpty());
    name->setCurrentIndex(nameColumn);
    QVERIFY(import->isEnabled());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM members")), 2);
    const int created = dialog.report().created;
    QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(dialog.imported());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM members")), 2 + created);
    // The same file again: nothing to do.
    ImportDialog again(m_db->context());
    again.openFile(data("utf8_bom_semicolon_ru.csv"));
    QCOMPARE(again.report().created + again.report().updated, 0);
    QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    // A file that cannot be read says so.
    again.openFile(data("empty.csv"));
    QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
}

void TestMemberAdminUi::importAndExportFromTheMenuNeedAManager()
{
    ServiceContext admin = m_db->context();
    QVERIFY(
        StaffService(admin).create(QStringLiteral("Olga"), Role::Administrator, QStringLiteral("4826")).ok());
    QVERIFY(StaffService(admin).create(QStringLiteral("Maria"), Role::Manager, QStringLiteral("5937")).ok());
    QVERIFY(StaffService(admin).create(QStringLiteral("Anton"), Role::Cashier, QStringLiteral("6048")).ok());
    MainWindow window(m_db->context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TestUi::activate(&window);
    // Anton (first in the list) signs in.
    auto *pin = window.findChild<QLineEdit *>(QStringLiteral("pinField"));
    QVERIFY(pin);
    typeInto(pin, QStringLiteral("6048"));
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_VERIFY(window.salePage());
    QCOMPARE(window.actor().role, Role::Cashier);

    for (const char *action : {"importMembersAction", "exportMembersAction"}) {
        auto *a = window.findChild<QAction *>(QLatin1String(action));
        QVERIFY(a);
        bool reached = false;
        onDialog(
            "approvalDialog", [&](QDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); }, &reached);
        a->trigger();
        QVERIFY2(reached, action);
        QVERIFY(!QApplication::activeModalWidget());
    }
    // With Maria's PIN the import dialog opens; closing it imports nothing.
    bool approved = false, opened = false;
    onDialog(
        "approvalDialog",
        [&](QDialog *dialog) {
            auto *who = dialog->findChild<QComboBox *>(QStringLiteral("approverField"));
            who->setCurrentIndex(who->findText(QStringLiteral("Maria"), Qt::MatchContains));
            onDialog(
                "importDialog", [&](QDialog *import) { QTest::keyClick(import, Qt::Key_Escape); }, &opened);
            auto *approverPin = dialog->findChild<QLineEdit *>(QStringLiteral("approverPinField"));
            approverPin->setFocus();
            QTest::keyClicks(approverPin, QStringLiteral("5937"));
            QTest::keyClick(approverPin, Qt::Key_Return);
        },
        &approved);
    window.findChild<QAction *>(QStringLiteral("importMembersAction"))->trigger();
    QVERIFY(approved);
    QTRY_VERIFY(opened);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM members")), 2);
}

void TestMemberAdminUi::adjustPointsByKeyboard()
{
    ServiceContext admin = m_db->context();
    StaffService staff(admin);
    QVERIFY(staff.create(QStringLiteral("Olga"), Role::Administrator, QStringLiteral("4826")).ok());
    QVERIFY(staff.create(QStringLiteral("Maria"), Role::Manager, QStringLiteral("5937")).ok());
    auto cashier = staff.create(QStringLiteral("Anton"), Role::Cashier, QStringLiteral("6048"));
    QVERIFY(cashier.ok());
    makePage(StaffService::actorOf(cashier.value()));
    scan(QStringLiteral("2000000000015"));
    // Ctrl+P: the manager's PIN, then the points and the reason; a missing reason is said in the dialog.
    bool approved = false, adjusted = false;
    QString refusal;
    onDialog(
        "approvalDialog",
        [&](QDialog *dialog) {
            auto *who = dialog->findChild<QComboBox *>(QStringLiteral("approverField"));
            who->setCurrentIndex(who->findText(QStringLiteral("Maria"), Qt::MatchContains));
            onDialog(
                "adjustPointsDialog",
                [&](QDialog *d) {
                    QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("pointsField")),
                                     QStringLiteral("+5"));
                    QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("pointsField")), Qt::Key_Return);
                    refusal = d->findChild<MessageBanner *>()->text();
                    QCOMPARE(QApplication::focusWidget(),
                             d->findChild<QLineEdit *>(QStringLiteral("reasonField")));
                    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Entered twice"));
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                },
                &adjusted);
            auto *pin = dialog->findChild<QLineEdit *>(QStringLiteral("approverPinField"));
            QTest::keyClicks(pin, QStringLiteral("5937"));
            QTest::keyClick(pin, Qt::Key_Return);
        },
        &approved);
    QTest::keyClick(field("scanField"), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(approved);
    QVERIFY(adjusted);
    QVERIFY2(refusal.contains(QLatin1String("reason")), qPrintable(refusal));
    QTRY_VERIFY(m_window->isActiveWindow());
    QCOMPARE(m_page->banner()->kind(), MessageBanner::Kind::Positive);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'adjust' AND points = 5 "
                                    "AND reason = 'Entered twice'")),
        1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'member.adjust' AND "
                                         "staff_id = %1 AND approved_by IS NOT NULL")
                              .arg(cashier->id)),
             1);
}

QTEST_MAIN(TestMemberAdminUi)
#include "tst_memberadmin_ui.moc"
