// The manager's program dialog: typed changes become a new program version; contradictions are
// listed and nothing is saved.
#include "dialogs.h"
#include "programdialog.h"
#include "testdb.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

class TestProgramDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void typedChangesBecomeAVersion();
    void contradictionsSaveNothing_data();
    void contradictionsSaveNothing();

private:
    QLineEdit *field(const char *name) { return m_dialog->findChild<QLineEdit *>(QLatin1String(name)); }
    void type(const char *name, const QString &text)
    {
        QLineEdit *f = field(name);
        QVERIFY2(f, name);
        f->selectAll();
        QTest::keyClick(f, Qt::Key_Backspace);
        QTest::keyClicks(f, text);
    }
    qint64 versions() { return m_t->scalar(QStringLiteral("SELECT count(*) FROM program_versions")); }
    std::unique_ptr<TestDb> m_t;
    std::unique_ptr<ProgramDialog> m_dialog;
};

void TestProgramDialog::init()
{
    m_t = std::make_unique<TestDb>(QStringLiteral("EUR"), QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    m_t->clock().set(QDateTime::currentDateTimeUtc());
    m_dialog = std::make_unique<ProgramDialog>(m_t->context(), 0);
    m_dialog->show();
    TestUi::activate(m_dialog.get());
}

void TestProgramDialog::cleanup()
{
    m_dialog.reset();
    m_t.reset();
}

void TestProgramDialog::typedChangesBecomeAVersion()
{
    QCOMPARE(QApplication::focusWidget(), field("earnPointsField"));
    type("earnPointsField", QStringLiteral("2"));
    type("earnPerField", QStringLiteral("1.00"));
    type("welcomeField", QStringLiteral("50"));
    type("noEarnCategoriesField", QStringLiteral("tobacco, gift cards"));
    // A level row typed in the table: Add, then code, name, spend, multiplier, discount.
    auto *levels = m_dialog->findChild<QTableWidget *>(QStringLiteral("levelsTable"));
    m_dialog->findChild<QPushButton *>(QStringLiteral("levelsAdd"))->click();
    const QStringList row {QStringLiteral("gold"), QStringLiteral("Gold"), QStringLiteral("1000.00"),
                           QStringLiteral("150"), QStringLiteral("2.5")};
    for (int c = 0; c < row.size(); ++c)
        levels->setItem(0, c, new QTableWidgetItem(row.at(c)));
    type("noteField", QStringLiteral("double points"));
    const qint64 before = versions();
    QTest::keyClick(field("noteField"), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(m_dialog->result() == QDialog::Accepted,
             qPrintable(m_dialog->findChild<QLabel *>(QStringLiteral("programErrors"))->text()));
    QCOMPARE(versions(), before + 1);
    auto v = ProgramService(m_t->db()).inForce(m_t->terminal(), QDateTime::currentDateTimeUtc().addSecs(2));
    QVERIFY(v.ok());
    QCOMPARE(v->program.base.earn.points, qint64(2));
    QCOMPARE(v->program.base.welcomeBonus, qint64(50));
    QCOMPARE(v->program.base.noEarnCategories,
             (QStringList {QStringLiteral("tobacco"), QStringLiteral("gift cards")}));
    QCOMPARE(v->program.levels.levels.size(), 1);
    QCOMPARE(v->program.levels.levels.first().thresholdMinor, qint64(100000));
    QCOMPARE(v->program.levels.levels.first().discountBasisPoints, 250);
    QCOMPARE(v->note, QStringLiteral("double points"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'program.change'")),
             1);
}

void TestProgramDialog::contradictionsSaveNothing_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative rate") << "earnPointsField"
                                   << "-1"
                                   << "negative";
    QTest::newRow("garbage amount") << "earnPerField"
                                    << "abc"
                                    << "Amount paid";
    QTest::newRow("150% off on a birthday") << "birthdayPercentField"
                                            << "150"
                                            << "100%";
    QTest::newRow("three decimals") << "maxShareField"
                                    << "2.555"
                                    << "percentage";
}

void TestProgramDialog::contradictionsSaveNothing()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, text);
    QFETCH(QString, message);
    if (fieldName == QLatin1String("birthdayPercentField")) {
        m_dialog->findChild<QWidget *>(QStringLiteral("birthdayOnField"))->setProperty("checked", true);
        m_dialog->findChild<QComboBox *>(QStringLiteral("birthdayKindField"))->setCurrentIndex(1); // percent
    }
    type(qPrintable(fieldName), text);
    const qint64 before = versions();
    m_dialog->accept();
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_dialog->isVisible());
    auto *errors = m_dialog->findChild<QLabel *>(QStringLiteral("programErrors"));
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(message), qPrintable(errors->text()));
    QCOMPARE(versions(), before);
}

QTEST_MAIN(TestProgramDialog)
#include "tst_programdialog.moc"
