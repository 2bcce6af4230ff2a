// The permission matrix, action by action and role by role, and docs/roles.md kept in step with it.
#include "permissions.h"

#include <QFile>
#include <QtTest>

Q_DECLARE_METATYPE(Action)
Q_DECLARE_METATYPE(Need)

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void matrix_data();
    void matrix();
    void everyActionIsInTheTable();
    void roleCodes();
    void docsMatchTheCode();
};

void TestPermissions::matrix_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<Need>("cashier");
    QTest::addColumn<Need>("manager");
    QTest::addColumn<Need>("administrator");
    const Need A = Need::Allowed, M = Need::ManagerApproval, D = Need::Denied;
    // Written out here, not read from the code: a change to the matrix must change this table too.
    QTest::newRow("sell") << Action::Sell << A << A << A;
    QTest::newRow("enroll") << Action::EnrollMember << A << A << A;
    QTest::newRow("edit") << Action::EditMember << A << A << A;
    QTest::newRow("lost card") << Action::ReplaceLostCard << A << A << A;
    QTest::newRow("contacts") << Action::ViewContacts << D << A << A;
    QTest::newRow("refund") << Action::Refund << M << A << A;
    QTest::newRow("void") << Action::VoidSale << M << A << A;
    QTest::newRow("adjust points") << Action::AdjustPoints << M << A << A;
    QTest::newRow("merge") << Action::MergeMembers << M << A << A;
    QTest::newRow("erase") << Action::EraseMember << M << A << A;
    QTest::newRow("import") << Action::ImportMembers << M << A << A;
    QTest::newRow("export") << Action::ExportPersonalData << M << A << A;
    QTest::newRow("program") << Action::ChangeProgram << M << A << A;
    QTest::newRow("reports") << Action::ViewReports << D << A << A;
    QTest::newRow("audit") << Action::ViewAudit << D << A << A;
    QTest::newRow("backup") << Action::BackupNow << D << A << A;
    QTest::newRow("restore") << Action::RestoreBackup << D << D << A;
    QTest::newRow("sync") << Action::SyncExchange << D << A << A;
    QTest::newRow("staff") << Action::ManageStaff << D << D << A;
    QTest::newRow("settings") << Action::ChangeSettings << D << D << A;
}

void TestPermissions::matrix()
{
    QFETCH(Action, action);
    QFETCH(Need, cashier);
    QFETCH(Need, manager);
    QFETCH(Need, administrator);
    QCOMPARE(Permissions::need(Role::Cashier, action), cashier);
    QCOMPARE(Permissions::need(Role::Manager, action), manager);
    QCOMPARE(Permissions::need(Role::Administrator, action), administrator);
    QCOMPARE(Permissions::allowed(Role::Cashier, action), cashier == Need::Allowed);
    QVERIFY(!Permissions::actionName(action).isEmpty());
}

void TestPermissions::everyActionIsInTheTable()
{
    // 20 actions: the data table above has one row each, so a new action cannot slip in untested.
    QCOMPARE(Permissions::allActions().size(), 20);
    QSet<QString> codes;
    for (Action a : Permissions::allActions())
        codes.insert(Permissions::actionCode(a));
    QCOMPARE(codes.size(), 20);
    // An administrator may do everything; nobody needs approval above a cashier.
    for (Action a : Permissions::allActions()) {
        QCOMPARE(Permissions::need(Role::Administrator, a), Need::Allowed);
        QVERIFY(Permissions::need(Role::Manager, a) != Need::ManagerApproval);
    }
}

void TestPermissions::roleCodes()
{
    for (Role r : Permissions::allRoles())
        QCOMPARE(Permissions::roleFromCode(Permissions::roleCode(r)), std::optional<Role>(r));
    QCOMPARE(Permissions::roleCode(Role::Manager), QStringLiteral("manager"));
    QVERIFY(!Permissions::roleFromCode(QStringLiteral("Manager")));
    QVERIFY(!Permissions::roleFromCode(QString()));
}

void TestPermissions::docsMatchTheCode()
{
    QFile f(QStringLiteral(LOYALTY_SOURCE_DIR "/docs/roles.md"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QHash<QString, QStringList> rows; // code -> cashier, manager, administrator
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QStringList cells = QString::fromUtf8(raw).split(QLatin1Char('|'));
        // | name | code | cashier | manager | administrator |
        if (cells.size() != 7)
            continue;
        const QString code = cells.at(2).trimmed();
        if (code == QLatin1String("code") || code.startsWith(QLatin1Char('-')))
            continue;
        rows.insert(code, {cells.at(3).trimmed(), cells.at(4).trimmed(), cells.at(5).trimmed()});
    }
    QCOMPARE(rows.size(), Permissions::allActions().size());
    for (Action a : Permissions::allActions()) {
        const QString code = Permissions::actionCode(a);
        QVERIFY2(rows.contains(code), qPrintable(code + QStringLiteral(" is missing from docs/roles.md")));
        const QStringList expected = {Permissions::needCode(Permissions::need(Role::Cashier, a)),
                                      Permissions::needCode(Permissions::need(Role::Manager, a)),
                                      Permissions::needCode(Permissions::need(Role::Administrator, a))};
        QCOMPARE(rows.value(code), expected);
    }
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
