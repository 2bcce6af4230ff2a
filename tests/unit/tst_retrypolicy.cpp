#include "retrypolicy.h"

#include <QTest>

using namespace std::chrono_literals;
using Ms = RetryPolicy::Delay;

Q_DECLARE_METATYPE(Error::Kind)

// One policy for the command line and the scheduled sync: which errors go again, and after how long.
class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void retries_data();
    void retries();
    void commandLineDelay_data();
    void commandLineDelay();
    void scheduledDelay_data();
    void scheduledDelay();
};

void TestRetryPolicy::retries_data()
{
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("allowed");
    QTest::addColumn<bool>("again");
    QTest::newRow("out of reach, first") << Error::Storage << 0 << 3 << true;
    QTest::newRow("out of reach, last allowed") << Error::Storage << 2 << 3 << true;
    QTest::newRow("out of reach, used up") << Error::Storage << 3 << 3 << false;
    QTest::newRow("no retries asked") << Error::Storage << 0 << 0 << false;
    QTest::newRow("wrong password") << Error::Invalid << 0 << 3 << false;
    QTest::newRow("newer schema") << Error::TooNew << 0 << 3 << false;
    QTest::newRow("damaged") << Error::Corrupt << 0 << 3 << false;
    QTest::newRow("nothing there") << Error::NotFound << 0 << 3 << false;
}

void TestRetryPolicy::retries()
{
    QFETCH(Error::Kind, kind);
    QFETCH(int, attempt);
    QFETCH(int, allowed);
    QFETCH(bool, again);
    Error e;
    e.kind = kind;
    QCOMPARE(RetryPolicy::commandLine(allowed).retries(e, attempt), again);
    QCOMPARE(RetryPolicy::isTransient(e), kind == Error::Storage);
    // The scheduled sync never runs out of attempts, but refusals are refusals there too.
    QCOMPARE(RetryPolicy::scheduled(5).retries(e, 1000), kind == Error::Storage);
}

void TestRetryPolicy::commandLineDelay_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<Ms>("wait");
    QTest::newRow("0") << 0 << Ms(1s);
    QTest::newRow("1") << 1 << Ms(2s);
    QTest::newRow("2") << 2 << Ms(4s);
    QTest::newRow("4") << 4 << Ms(16s);
    QTest::newRow("5: the cap") << 5 << Ms(32s);
    QTest::newRow("6: stays at the cap") << 6 << Ms(32s);
    QTest::newRow("20") << 20 << Ms(32s);
    QTest::newRow("negative") << -1 << Ms(1s);
}

void TestRetryPolicy::commandLineDelay()
{
    QFETCH(int, attempt);
    QFETCH(Ms, wait);
    QCOMPARE(RetryPolicy::commandLine(3).delay(attempt).count(), wait.count());
}

void TestRetryPolicy::scheduledDelay_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("failures");
    QTest::addColumn<Ms>("wait");
    QTest::newRow("5 min, none failed") << 5 << 0 << Ms(5min);
    QTest::newRow("5 min, one failed") << 5 << 1 << Ms(10min);
    QTest::newRow("5 min, three failed") << 5 << 3 << Ms(40min);
    QTest::newRow("5 min, four failed: an hour at most") << 5 << 4 << Ms(60min);
    QTest::newRow("1 min, six failed") << 1 << 6 << Ms(60min);
    QTest::newRow("1 min, five failed") << 1 << 5 << Ms(32min);
    QTest::newRow("1 min, nine failed: doubles six times") << 1 << 9 << Ms(60min);
    QTest::newRow("2 h interval: an hour") << 120 << 0 << Ms(60min);
}

void TestRetryPolicy::scheduledDelay()
{
    QFETCH(int, minutes);
    QFETCH(int, failures);
    QFETCH(Ms, wait);
    QCOMPARE(RetryPolicy::scheduled(minutes).delay(failures).count(), wait.count());
}

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
