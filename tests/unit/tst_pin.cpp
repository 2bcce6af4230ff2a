// PIN rules, hashing and the lockout delays.
#include "pin.h"

#include <QtTest>

class TestPin : public QObject
{
    Q_OBJECT
private slots:
    void validate_data();
    void validate();
    void hashAndVerify();
    void lockSeconds_data();
    void lockSeconds();
    void hashCost();
};

void TestPin::validate_data()
{
    // why: the rule that refuses the PIN, as its message begins (empty when the PIN is taken).
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("why");
    const QString length = QStringLiteral("A PIN has 4 to 8 digits.");
    const QString digits = QStringLiteral("A PIN has digits only.");
    const QString easy = QStringLiteral("This PIN is too easy to guess");
    QTest::newRow("3 digits") << "135" << false << length;
    QTest::newRow("4 digits") << "1357" << true << QString();
    QTest::newRow("8 digits") << "13572468" << true << QString();
    QTest::newRow("9 digits") << "135724680" << false << length;
    // Nothing typed is refused by the length rule, not let through as "no PIN".
    QTest::newRow("empty") << "" << false << length;
    QTest::newRow("null") << QString() << false << length;
    QTest::newRow("letters") << "12a4" << false << digits;
    QTest::newRow("space") << "13 57" << false << digits;
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("١٣٥٧") << false << digits;
    QTest::newRow("one digit repeated") << "0000" << false << easy;
    QTest::newRow("run up") << "1234" << false << easy;
    QTest::newRow("run down") << "9876" << false << easy;
    QTest::newRow("long run up") << "345678" << false << easy;
    QTest::newRow("step of two is fine") << "2468" << true << QString();
    QTest::newRow("odd digits") << "13579" << true << QString();
    QTest::newRow("almost a run") << "1235" << true << QString();
}

void TestPin::validate()
{
    QFETCH(QString, pin);
    QFETCH(bool, ok);
    QFETCH(QString, why);
    const auto r = Pin::validate(pin);
    QCOMPARE(r.ok(), ok);
    if (ok)
        return;
    QCOMPARE(r.error().kind, Error::Invalid);
    QVERIFY2(r.error().message.startsWith(why), qPrintable(r.error().message));
}

void TestPin::hashAndVerify()
{
    const Pin::Hashed h = Pin::hash(QStringLiteral("1357"), 1000);
    QCOMPARE(h.hash.size(), 32);
    QCOMPARE(h.salt.size(), 16);
    QCOMPARE(h.iterations, 1000);
    QVERIFY(Pin::verify(QStringLiteral("1357"), h));
    QVERIFY(!Pin::verify(QStringLiteral("1358"), h));
    QVERIFY(!Pin::verify(QString(), h));
    // The same PIN with another salt gives another hash: equal PINs do not show in the file.
    const Pin::Hashed other = Pin::hash(QStringLiteral("1357"), 1000);
    QVERIFY(other.salt != h.salt);
    QVERIFY(other.hash != h.hash);
    // The iteration count is part of the stored hash.
    Pin::Hashed fewer = h;
    fewer.iterations = 999;
    QVERIFY(!Pin::verify(QStringLiteral("1357"), fewer));
    Pin::Hashed tampered = h;
    tampered.hash[0] = char(tampered.hash.at(0) ^ 1);
    QVERIFY(!Pin::verify(QStringLiteral("1357"), tampered));
    QVERIFY(!Pin::verify(QStringLiteral("1357"), Pin::Hashed()));
    // Known answer: PBKDF2-HMAC-SHA256("password", "salt", 1 iteration, 32 bytes) from RFC 7914's vectors.
    const auto known = Pin::hashWithSalt(QStringLiteral("password"), QByteArrayLiteral("salt"), 1);
    QCOMPARE(known.hash.toHex(),
             QByteArrayLiteral("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));
}

void TestPin::lockSeconds_data()
{
    QTest::addColumn<int>("failed");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("none") << 0 << qint64(0);
    QTest::newRow("1") << 1 << qint64(0);
    QTest::newRow("4") << 4 << qint64(0);
    QTest::newRow("5 locks for 30 s") << 5 << qint64(30);
    QTest::newRow("6") << 6 << qint64(60);
    QTest::newRow("7") << 7 << qint64(120);
    QTest::newRow("11") << 11 << qint64(1920);
    QTest::newRow("12 reaches the cap") << 12 << qint64(3600);
    QTest::newRow("1000 stays at the cap") << 1000 << qint64(3600);
}

void TestPin::lockSeconds()
{
    QFETCH(int, failed);
    QFETCH(qint64, seconds);
    QCOMPARE(Pin::lockSeconds(failed), seconds);
}

void TestPin::hashCost()
{
    // What one sign-in costs with the stored iteration count (the figure is read, not asserted); the
    // hash it makes is the one kept, and checks.
    Pin::Hashed h;
    QBENCHMARK_ONCE
    {
        h = Pin::hash(QStringLiteral("1357"));
    }
    QCOMPARE(h.iterations, Pin::kIterations);
    QVERIFY(Pin::verify(QStringLiteral("1357"), h));
}

QTEST_GUILESS_MAIN(TestPin)
#include "tst_pin.moc"
