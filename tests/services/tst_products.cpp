// The catalogue: products with prices, categories and the nine quick keys.
#include "productservice.h"
#include "staffservice.h"
#include "testdb.h"

#include <QtTest>

class TestProducts : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addAndList();
    void refusals_data();
    void refusals();
    void cashierNeedsAManager();

private:
    NewProduct latte()
    {
        NewProduct p;
        p.code = QStringLiteral("latte");
        p.name = QStringLiteral("Latte");
        p.price = QStringLiteral("3.20");
        p.category = QStringLiteral("coffee");
        p.quickKey = 1;
        return p;
    }
    std::unique_ptr<TestDb> m_t;
};

void TestProducts::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
}

void TestProducts::cleanup()
{
    m_t.reset();
}

void TestProducts::addAndList()
{
    ProductService s(m_t->context());
    auto p = s.add(latte());
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    QCOMPARE(p->priceMinor, qint64(320));
    NewProduct tea = latte();
    tea.code = QStringLiteral("tea");
    tea.name = QStringLiteral("  Green   tea ");
    tea.price = QStringLiteral("2.5");
    tea.quickKey = 0;
    QVERIFY(s.add(tea).ok());
    const auto all = s.list().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().name, QStringLiteral("Green tea"));
    QCOMPARE(all.first().priceMinor, qint64(250));
    const auto quick = s.quickItems().value();
    QCOMPARE(quick.size(), 1);
    QCOMPARE(quick.first().code, QStringLiteral("latte"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'product.add'")), 2);
}

void TestProducts::refusals_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("price");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("field");
    QTest::newRow("no code") << ""
                             << "Tea"
                             << "2.50" << 0 << "code";
    QTest::newRow("no name") << "tea"
                             << " "
                             << "2.50" << 0 << "name";
    QTest::newRow("zero price") << "tea"
                                << "Tea"
                                << "0" << 0 << "price";
    QTest::newRow("letters for a price") << "tea"
                                         << "Tea"
                                         << "abc" << 0 << "price";
    QTest::newRow("three decimals") << "tea"
                                    << "Tea"
                                    << "2.505" << 0 << "price";
    QTest::newRow("key 10") << "tea"
                            << "Tea"
                            << "2.50" << 10 << "quickKey";
    QTest::newRow("the code is taken") << "latte"
                                       << "Another"
                                       << "2.50" << 0 << "code";
    QTest::newRow("the key is taken") << "tea"
                                      << "Tea"
                                      << "2.50" << 1 << "quickKey";
}

void TestProducts::refusals()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, price);
    QFETCH(int, key);
    QFETCH(QString, field);
    ProductService s(m_t->context());
    QVERIFY(s.add(latte()).ok());
    NewProduct p;
    p.code = code;
    p.name = name;
    p.price = price;
    p.quickKey = key;
    auto r = s.add(p);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM products")), 1);
}

void TestProducts::cashierNeedsAManager()
{
    ServiceContext ctx = m_t->context();
    auto admin
        = StaffService(ctx).create(QStringLiteral("Admin"), Role::Administrator, QStringLiteral("8642"));
    ctx.actor = StaffService::actorOf(admin.value());
    auto kim = StaffService(ctx).create(QStringLiteral("Kim"), Role::Cashier, QStringLiteral("1357"));
    ServiceContext asKim = m_t->context();
    asKim.actor = StaffService::actorOf(kim.value());
    QCOMPARE(ProductService(asKim).add(latte()).error().kind, Error::Forbidden);
    QVERIFY(ProductService(asKim).add(latte(), admin->id).ok());
}

QTEST_GUILESS_MAIN(TestProducts)
#include "tst_products.moc"
