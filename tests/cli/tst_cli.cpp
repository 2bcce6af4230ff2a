// loyalty-cli run in-process through Cli::run (what each command prints, returns and writes to the file),
// plus the built executable through QProcess for what only a real process shows: exit codes and stderr.
#include "clitest.h"
#include "database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <memory>

using namespace CliTest;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void syncBetweenTwoTerminals();
    void syncRefusals();

    void version();
    void help();
    void receiptAndPartialRefund();
    void init_();
    void initTwiceIsRefused();
    void initBadCurrency();
    void demo();
    void demoJson();
    void demoTwiceIsRefused();
    void memberFind();
    void memberFindJson();
    void memberFindErrors();
    void memberEdit();
    void memberEditSharedPhone();
    void memberReplaceCard();
    void memberMerge();
    void memberErase();
    void memberAdminErrors_data();
    void memberAdminErrors();
    void staffAndRoles();
    void auditTrailAndTamperCheck();
    void sale();
    void saleJson();
    void saleLinesKeepTheirOrder();
    void walkInSale();
    void saleDbOptionAfterCommand();
    void badAmounts_data();
    void badAmounts();
    void badLines_data();
    void badLines();
    void balance();
    void check();
    void checkFindsTamperedBalance();
    void missingDatabase();
    void databaseWithoutTerminal();
    void garbageDatabase();
    void usageErrors_data();
    void usageErrors();
    void jsonErrors();

    void processVersion();
    void processErrors();
    void processSale();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("shop.sqlite")); }
    Run onDb(const QStringList &args) { return cli(QStringList {QStringLiteral("--db"), db()} + args); }
    // As the demo shop's manager (docs/roles.md), for what a cashier may not do alone.
    Run asManager(const QStringList &args)
    {
        return onDb(QStringList {QStringLiteral("--staff"), QStringLiteral("Lee"), QStringLiteral("--pin"),
                                 QStringLiteral("2468")}
                    + args);
    }
    bool demoShop();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_dir.reset();
}

bool TestCli::demoShop()
{
    const Run r = onDb({QStringLiteral("demo"), QStringLiteral("--currency"), QStringLiteral("EUR")});
    if (r.code != 0)
        qWarning("demo failed: %s", qPrintable(r.err));
    return r.code == 0;
}

void TestCli::version()
{
    const Run r = cli({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("loyalty-cli " LOYALTY_VERSION "\n"));
    QVERIFY(QRegularExpression(QStringLiteral("^loyalty-cli \\d+\\.\\d+\\.\\d+\n$")).match(r.out).hasMatch());
    QVERIFY(r.err.isEmpty());
}

void TestCli::help()
{
    for (const QString &arg : {QStringLiteral("--help"), QStringLiteral("help")}) {
        const Run r = cli({arg});
        QCOMPARE(r.code, 0);
        for (const char *command :
             {"init", "demo", "member find", "sale", "balance --card", "check", "--json"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
        QVERIFY(r.err.isEmpty());
    }
}

void TestCli::init_()
{
    const Run r = onDb({QStringLiteral("init"), QStringLiteral("--store"), QStringLiteral("Corner Café"),
                        QStringLiteral("--terminal"), QStringLiteral("Till 2"), QStringLiteral("--currency"),
                        QStringLiteral("rub")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.contains(QLatin1String("Created")) && r.out.contains(QLatin1String("\"Till 2\""))
                 && r.out.contains(QStringLiteral("Corner Café")) && r.out.contains(QLatin1String("(RUB)")),
             qPrintable(r.out));
    QVERIFY(QFileInfo(db()).isFile());
    Peek peek(db());
    QCOMPARE(peek.rows(QStringLiteral("SELECT name, store_name, currency, is_local FROM terminals")),
             QStringList {QStringLiteral("Till 2|Corner Café|RUB|1")});
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM members")), qint64(0));
}

void TestCli::initTwiceIsRefused()
{
    QCOMPARE(onDb({QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--currency"),
                   QStringLiteral("EUR")})
                 .code,
             0);
    const Run r = onDb({QStringLiteral("init"), QStringLiteral("--currency"), QStringLiteral("RUB")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QLatin1String("loyalty-cli: This database already belongs to terminal")),
             qPrintable(r.err));
    Peek peek(db());
    QCOMPARE(peek.rows(QStringLiteral("SELECT currency FROM terminals")),
             QStringList {QStringLiteral("EUR")});
}

void TestCli::initBadCurrency()
{
    const Run r = onDb({QStringLiteral("init"), QStringLiteral("--currency"), QStringLiteral("EURO")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("\"EURO\" is not a currency code")), qPrintable(r.err));
    Peek peek(db());
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM terminals")), qint64(0));
}

void TestCli::demo()
{
    const Run r = onDb({QStringLiteral("demo"), QStringLiteral("--currency"), QStringLiteral("EUR")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("6 members, 16 sales")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Cards to scan: ") + kDemoCards.join(QStringLiteral(", "))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("A blocked card: 2000000000992")), qPrintable(r.out));
    Peek peek(db());
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM members")), qint64(6));
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM purchases")), qint64(16));
}

void TestCli::demoJson()
{
    const Run r = onDb({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--currency"),
                        QStringLiteral("EUR")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("members")).toInt(), 6);
    QCOMPARE(o.value(QStringLiteral("sales")).toInt(), 16);
    QCOMPARE(o.value(QStringLiteral("blocked_card")).toString(), QStringLiteral("2000000000992"));
    QStringList cards;
    for (const QJsonValue &v : o.value(QStringLiteral("cards")).toArray())
        cards << v.toString();
    QCOMPARE(cards, kDemoCards);
    QCOMPARE(o.value(QStringLiteral("database")).toString(), QFileInfo(db()).absoluteFilePath());
}

void TestCli::demoTwiceIsRefused()
{
    QVERIFY(demoShop());
    const Run r = onDb({QStringLiteral("demo")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("already has members")), qPrintable(r.err));
    Peek peek(db());
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM members")), qint64(6));
}

void TestCli::memberFind()
{
    QVERIFY(demoShop());
    const Run r = onDb({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("2000000000015")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QLatin1String("Anna Petrova\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("card:         2000000000015")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("points:       90\n")), qPrintable(r.out)); // 8+5+7+10+8+5
    QVERIFY2(r.out.contains(QLatin1String("visits:       6, spent")), qPrintable(r.out));
    // By phone, in another form than enrolled.
    const Run byPhone
        = onDb({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("89123456789")});
    QVERIFY2(byPhone.code == 0, qPrintable(byPhone.err));
    QVERIFY(byPhone.out.startsWith(QLatin1String("Anna Petrova\n")));
}

void TestCli::memberFindJson()
{
    QVERIFY(demoShop());
    const Run r = onDb({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("2000000000022"),
                        QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Иван Сидоров"));
    QCOMPARE(o.value(QStringLiteral("card")).toString(), QStringLiteral("2000000000022"));
    QCOMPARE(o.value(QStringLiteral("points")).toInt(), 70); // 8 + 5 + 7 and the 50-point welcome bonus
    QCOMPARE(o.value(QStringLiteral("visits")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("total_spent")).toString(), QStringLiteral("20.90"));
    QCOMPARE(o.value(QStringLiteral("phone")).toString(), QStringLiteral("8 903 111-22-33"));
    QVERIFY(o.value(QStringLiteral("uuid")).toString().size() == 36);
    QVERIFY(o.value(QStringLiteral("last_visit")).isString());
}

void TestCli::memberFindErrors()
{
    QVERIFY(demoShop());
    Run r = onDb({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("2000000000077")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, QStringLiteral("loyalty-cli: No member has card or phone number 2000000000077.\n"));
    r = onDb({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("2000000000992")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(QLatin1String("loyalty-cli: Card 2000000000992 is blocked since")),
             qPrintable(r.err));
    r = onDb({QStringLiteral("member"), QStringLiteral("find")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("member find CARD|PHONE")), qPrintable(r.err));
}

void TestCli::memberEdit()
{
    QVERIFY(demoShop());
    Run r = onDb({QStringLiteral("member"), QStringLiteral("edit"), QStringLiteral("2000000000015"),
                  QStringLiteral("--name"), QStringLiteral("Anna Sidorova"), QStringLiteral("--email"),
                  QStringLiteral("anna@example.com"), QStringLiteral("--birthday"), QStringLiteral("12.04"),
                  QStringLiteral("--sms"), QStringLiteral("yes")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QLatin1String("Anna Sidorova\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("card:         2000000000015")), qPrintable(r.out));
    Peek peek(db());
    QCOMPARE(
        peek.rows(QStringLiteral("SELECT name, email, birth_day, birth_month, consent_sms_at IS NOT NULL "
                                 "FROM members WHERE email = 'anna@example.com'")),
        QStringList {QStringLiteral("Anna Sidorova|anna@example.com|12|4|1")});
    // Search finds the new name, not the old.
    r = onDb({QStringLiteral("member"), QStringLiteral("search"), QStringLiteral("sidorova"),
              QStringLiteral("--json")});
    QCOMPARE(json(r.out).value(QStringLiteral("members")).toArray().size(), 1);
    r = onDb({QStringLiteral("member"), QStringLiteral("search"), QStringLiteral("petrova"),
              QStringLiteral("--json")});
    QCOMPARE(json(r.out).value(QStringLiteral("members")).toArray().size(), 0);
    // By member number, as JSON.
    const qint64 id = peek.scalar(QStringLiteral("SELECT id FROM members WHERE name = 'Anna Sidorova'"));
    r = onDb({QStringLiteral("member"), QStringLiteral("edit"), QStringLiteral("#%1").arg(id),
              QStringLiteral("--notes"), QStringLiteral("oat milk"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r.out).value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(peek.rows(QStringLiteral("SELECT notes FROM members WHERE id = %1").arg(id)),
             QStringList {QStringLiteral("oat milk")});
    // A bad value is refused and changes nothing.
    r = onDb({QStringLiteral("member"), QStringLiteral("edit"), QStringLiteral("#%1").arg(id),
              QStringLiteral("--birthday"), QStringLiteral("31.02.1990"), QStringLiteral("--name"),
              QStringLiteral("Nobody")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("31.02.1990")), qPrintable(r.err));
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM members WHERE name = 'Nobody'")), 0);
}

void TestCli::memberEditSharedPhone()
{
    QVERIFY(demoShop());
    // John takes Ivan's phone: refused until --shared says it is meant.
    const QStringList args = {QStringLiteral("member"), QStringLiteral("edit"), kJohn,
                              QStringLiteral("--phone"), QStringLiteral("+7 903 111 22 33")};
    Run r = onDb(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Иван Сидоров")), qPrintable(r.err));
    r = onDb(args + QStringList {QStringLiteral("--shared")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Another member's card is refused, --shared or not.
    r = onDb({QStringLiteral("member"), QStringLiteral("edit"), kJohn, QStringLiteral("--card"),
              QStringLiteral("2000000000015"), QStringLiteral("--shared")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("already belongs to Anna Petrova")), qPrintable(r.err));
}

void TestCli::memberReplaceCard()
{
    QVERIFY(demoShop());
    Run r = onDb({QStringLiteral("member"), QStringLiteral("replace-card"), QStringLiteral("2000000000015"),
                  QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = json(r.out);
    const QString card = o.value(QStringLiteral("card")).toString();
    QCOMPARE(card.size(), 13);
    QCOMPARE(o.value(QStringLiteral("points")).toInt(), 90);
    r = onDb({QStringLiteral("balance"), QStringLiteral("--card"), card});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Anna Petrova: 90 points\n"));
    r = onDb({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("2000000000015")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("replaced by card %1").arg(card)), qPrintable(r.err));
    // A number given by the cashier, by phone, naming the old card.
    r = onDb({QStringLiteral("member"), QStringLiteral("replace-card"), QStringLiteral("89123456789"),
              QStringLiteral("--old"), card, QStringLiteral("--new"), QStringLiteral("2000000000077")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("2000000000077")), qPrintable(r.out));
    r = onDb({QStringLiteral("check")});
    QCOMPARE(r.code, 0);
}

void TestCli::memberMerge()
{
    QVERIFY(demoShop());
    Run r = onDb({QStringLiteral("member"), QStringLiteral("merge"), QStringLiteral("2000000000015"),
                  QStringLiteral("2000000000022")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--yes")), qPrintable(r.err));
    // Without a manager it is refused, and nothing moves.
    r = onDb({QStringLiteral("member"), QStringLiteral("merge"), QStringLiteral("2000000000015"),
              QStringLiteral("2000000000022"), QStringLiteral("--yes")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("manager")), qPrintable(r.err));
    r = onDb({QStringLiteral("--json"), QStringLiteral("member"), QStringLiteral("merge"),
              QStringLiteral("2000000000015"), QStringLiteral("2000000000022"), QStringLiteral("--yes")});
    QCOMPARE(r.code, 1);
    QCOMPARE(json(r.err).value(QStringLiteral("kind")).toString(), QStringLiteral("forbidden"));
    {
        Peek peek(db());
        QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM members WHERE merged_into IS NOT NULL")),
                 qint64(0));
    }
    r = asManager({QStringLiteral("member"), QStringLiteral("merge"), QStringLiteral("2000000000015"),
                   QStringLiteral("2000000000022"), QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("points_moved")).toInt(), 70);
    QCOMPARE(o.value(QStringLiteral("points")).toInt(), 160);
    QCOMPARE(o.value(QStringLiteral("cards_moved")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("purchases_moved")).toInt(), 3);
    // Ivan's card now finds Anna; the books add up.
    r = onDb({QStringLiteral("balance"), QStringLiteral("--card"), QStringLiteral("2000000000022")});
    QCOMPARE(r.out, QStringLiteral("Anna Petrova: 160 points\n"));
    r = onDb({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("2000000000015"),
              QStringLiteral("--json")});
    QCOMPARE(json(r.out).value(QStringLiteral("visits")).toInt(), 9);
    r = onDb({QStringLiteral("check")});
    QCOMPARE(r.code, 0);
    // Merging into itself, or the merged record again, is refused.
    r = asManager({QStringLiteral("member"), QStringLiteral("merge"), QStringLiteral("2000000000015"),
                   QStringLiteral("2000000000022"), QStringLiteral("--yes")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("themselves")), qPrintable(r.err));
}

void TestCli::memberErase()
{
    QVERIFY(demoShop());
    Peek peek(db());
    const qint64 sales = peek.scalar(QStringLiteral("SELECT count(*) FROM purchases"));
    Run r = asManager({QStringLiteral("member"), QStringLiteral("erase"), QStringLiteral("2000000000015"),
                       QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const qint64 id = json(r.out).value(QStringLiteral("erased")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(
        peek.rows(
            QStringLiteral("SELECT name, phone IS NULL, search_text FROM members WHERE id = %1").arg(id)),
        QStringList {QStringLiteral("Erased member #%1|1|").arg(id)});
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM purchases")), sales);
    r = onDb({QStringLiteral("member"), QStringLiteral("search"), QStringLiteral("petrova")});
    QVERIFY2(r.out.contains(QLatin1String("No member matches")), qPrintable(r.out));
    r = onDb({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("2000000000015")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("blocked")), qPrintable(r.err));
    r = onDb({QStringLiteral("member"), QStringLiteral("erase"), QStringLiteral("#%1").arg(id),
              QStringLiteral("--yes")});
    QCOMPARE(r.code, 1);
    r = onDb({QStringLiteral("check")});
    QCOMPARE(r.code, 0);
}

void TestCli::memberAdminErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("edit without member") << QStringList {QStringLiteral("edit")} << 2 << "member edit MEMBER";
    QTest::newRow("merge with one member")
        << QStringList {QStringLiteral("merge"), QStringLiteral("2000000000015"), QStringLiteral("--yes")}
        << 2 << "member merge KEEP OTHER";
    QTest::newRow("erase without --yes")
        << QStringList {QStringLiteral("erase"), QStringLiteral("2000000000015")} << 2 << "--yes";
    QTest::newRow("unknown option") << QStringList {QStringLiteral("edit"), QStringLiteral("2000000000015"),
                                                    QStringLiteral("--colour"), QStringLiteral("red")}
                                    << 2 << "--colour";
    QTest::newRow("bad member number") << QStringList {QStringLiteral("edit"), QStringLiteral("#x"),
                                                       QStringLiteral("--name"), QStringLiteral("A")}
                                       << 1 << "#42";
    QTest::newRow("unknown member") << QStringList {QStringLiteral("erase"), QStringLiteral("#999"),
                                                    QStringLiteral("--yes")}
                                    << 1 << "no longer exists";
    QTest::newRow("sms not yes or no")
        << QStringList {QStringLiteral("edit"), QStringLiteral("2000000000015"), QStringLiteral("--sms"),
                        QStringLiteral("maybe")}
        << 1 << "yes or no";
    QTest::newRow("a blocked card") << QStringList {QStringLiteral("replace-card"),
                                                    QStringLiteral("2000000000992")}
                                    << 1 << "blocked";
}

void TestCli::memberAdminErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QVERIFY(demoShop());
    const Run r = onDb(QStringList {QStringLiteral("member")} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::sale()
{
    QVERIFY(demoShop());
    const Run r = onDb({QStringLiteral("sale"), QStringLiteral("--card"), kJohn, QStringLiteral("--amount"),
                        QStringLiteral("12.50"), QStringLiteral("--line"), QStringLiteral("Latte:3.20x2")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    // 6.40 + 12.50 = 18.90 earns 18 points; the demo's 16 sales were receipts 1 to 16.
    QVERIFY2(r.out.contains(QLatin1String("Sale 17 recorded")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("18.90")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("John Smith earned 18 points; balance 68.")), qPrintable(r.out));

    Peek peek(db());
    QCOMPARE(
        peek.rows(QStringLiteral("SELECT p.receipt_no, m.name, c.number, p.subtotal_minor, p.total_minor, "
                                 "p.points_earned, p.currency FROM purchases p JOIN members m ON m.id = "
                                 "p.member_id JOIN cards c ON c.id = p.card_id WHERE p.receipt_no = 17")),
        QStringList {QStringLiteral("17|John Smith|2000000000060|1890|1890|18|EUR")});
    // The lines in the order given: the --line first, then the --amount.
    QCOMPARE(peek.rows(QStringLiteral(
                 "SELECT l.line_no, l.description, l.unit_price_minor, l.quantity, "
                 "l.total_minor FROM purchase_lines l JOIN purchases p ON p.id = l.purchase_id "
                 "WHERE p.receipt_no = 17 ORDER BY l.line_no")),
             (QStringList {QStringLiteral("1|Latte|320|2|640"), QStringLiteral("2|Purchase|1250|1|1250")}));
    QCOMPARE(peek.rows(QStringLiteral("SELECT l.kind, l.points FROM points_ledger l JOIN purchases p ON "
                                      "p.id = l.purchase_id WHERE p.receipt_no = 17")),
             QStringList {QStringLiteral("earn|18")});
    QCOMPARE(peek.rows(QStringLiteral(
                 "SELECT points_balance, visits, total_spent_minor FROM members m JOIN cards c "
                 "ON c.member_id = m.id WHERE c.number = '2000000000060'")),
             QStringList {QStringLiteral("68|1|1890")});
}

void TestCli::saleJson()
{
    QVERIFY(demoShop());
    const Run r
        = onDb({QStringLiteral("--json"), QStringLiteral("sale"), QStringLiteral("--card"),
                QStringLiteral("2000000000015"), QStringLiteral("--amount"), QStringLiteral("12.50")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("receipt")).toInt(), 17);
    // Anna's 42.10 over the last 12 months and this 12.50 cross Silver's 50.00: the sale is priced
    // at Silver, 3% off (0.375 -> 0.38), and earns 12.12 x 1.25 = 15.15 -> 15 points, and the
    // 200-point birthday bonus: the demo puts her birthday two days from today.
    QCOMPARE(o.value(QStringLiteral("total")).toString(), QStringLiteral("12.12"));
    QCOMPARE(o.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(o.value(QStringLiteral("points_earned")).toInt(), 215);
    QCOMPARE(o.value(QStringLiteral("member")).toString(), QStringLiteral("Anna Petrova"));
    QCOMPARE(o.value(QStringLiteral("balance")).toInt(), 305); // 90 + 215
    QCOMPARE(o.value(QStringLiteral("uuid")).toString().size(), 36);
}

void TestCli::saleLinesKeepTheirOrder()
{
    QVERIFY(demoShop());
    const Run r = onDb({QStringLiteral("sale"), QStringLiteral("--line"), QStringLiteral("Latte:3.20x2"),
                        QStringLiteral("--line"), QStringLiteral("Croissant:2.10"), QStringLiteral("--line"),
                        QStringLiteral("Tea: 1.50 x3"), QStringLiteral("--line=Cake:4.50")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    Peek peek(db());
    QCOMPARE(
        peek.rows(QStringLiteral("SELECT l.description, l.unit_price_minor, l.quantity FROM purchase_lines l "
                                 "JOIN purchases p ON p.id = l.purchase_id WHERE p.receipt_no = 17 "
                                 "ORDER BY l.line_no")),
        (QStringList {QStringLiteral("Latte|320|2"), QStringLiteral("Croissant|210|1"),
                      QStringLiteral("Tea|150|3"), QStringLiteral("Cake|450|1")}));
    QCOMPARE(peek.scalar(QStringLiteral("SELECT total_minor FROM purchases WHERE receipt_no = 17")),
             qint64(640 + 210 + 450 + 450));
}

void TestCli::walkInSale()
{
    QVERIFY(demoShop());
    const Run r = onDb({QStringLiteral("sale"), QStringLiteral("--amount"), QStringLiteral("5")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(!r.out.contains(QLatin1String("earned")), qPrintable(r.out));
    Peek peek(db());
    QCOMPARE(peek.rows(QStringLiteral("SELECT member_id IS NULL, total_minor, points_earned FROM purchases "
                                      "WHERE receipt_no = 17")),
             QStringList {QStringLiteral("1|500|0")});
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM points_ledger")),
             qint64(22)); // 16 sales and 6 welcome bonuses;
}

void TestCli::saleDbOptionAfterCommand()
{
    QVERIFY(demoShop());
    const Run r = cli({QStringLiteral("sale"), QStringLiteral("--amount"), QStringLiteral("1.00"),
                       QStringLiteral("--db"), db(), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r.out).value(QStringLiteral("receipt")).toInt(), 17);
    const Run eq
        = cli({QStringLiteral("--db=") + db(), QStringLiteral("balance"), QStringLiteral("--card"), kJohn});
    QVERIFY2(eq.code == 0, qPrintable(eq.err));
}

void TestCli::badAmounts_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("message");
    QTest::newRow("comma decimals") << QStringLiteral(
        "1,5") << QStringLiteral("\"1,5\" is not an amount: use . for decimals, as in 12.50.");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter an amount.");
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("must be more than zero");
    QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("must be more than zero");
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("\"abc\" is not an amount.");
    QTest::newRow("three decimals") << QStringLiteral("12.505") << QStringLiteral("at most 2 decimal");
    QTest::newRow("over the max sale")
        << QStringLiteral("1000000.01") << QStringLiteral("The sale would be over");
    QTest::newRow("absurd") << QStringLiteral("99999999999999999999") << QStringLiteral("too large");
}

void TestCli::badAmounts()
{
    QFETCH(QString, amount);
    QFETCH(QString, message);
    QVERIFY(demoShop());
    const Run r
        = onDb({QStringLiteral("sale"), QStringLiteral("--card"), kJohn, QStringLiteral("--amount"), amount});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QLatin1String("loyalty-cli: ")) && r.err.contains(message), qPrintable(r.err));
    Peek peek(db());
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM purchases")), qint64(16));
    QCOMPARE(peek.scalar(QStringLiteral("SELECT visits FROM members m JOIN cards c ON c.member_id = m.id "
                                        "WHERE c.number = '2000000000060'")),
             qint64(0));
}

void TestCli::badLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("no price") << QStringLiteral("Latte") << QStringLiteral("is not a line");
    QTest::newRow("no description") << QStringLiteral(":3.20") << QStringLiteral("is not a line");
    QTest::newRow("bad quantity") << QStringLiteral("Latte:3.20xtwo")
                                  << QStringLiteral("\"two\" is not a quantity.");
    QTest::newRow("zero quantity") << QStringLiteral("Latte:3.20x0") << QStringLiteral("between 1 and 9999");
    QTest::newRow("bad price") << QStringLiteral("Latte:3,20") << QStringLiteral("use . for decimals");
}

void TestCli::badLines()
{
    QFETCH(QString, line);
    QFETCH(QString, message);
    QVERIFY(demoShop());
    const Run r = onDb({QStringLiteral("sale"), QStringLiteral("--line"), QStringLiteral("Tea:1.00"),
                        QStringLiteral("--line"), line});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    Peek peek(db());
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM purchases")), qint64(16));
}

void TestCli::balance()
{
    QVERIFY(demoShop());
    Run r = onDb({QStringLiteral("balance"), QStringLiteral("--card"), QStringLiteral("2000000000015")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Anna Petrova: 90 points\n"));
    QVERIFY(onDb({QStringLiteral("sale"), QStringLiteral("--card"), QStringLiteral("2000000000015"),
                  QStringLiteral("--amount"), QStringLiteral("10")})
                .code
            == 0);
    r = onDb({QStringLiteral("--json"), QStringLiteral("balance"), QStringLiteral("--card"),
              QStringLiteral("2000000000015")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = json(r.out);
    // 10.00 crosses Silver: 9.70 x 1.25 = 12.125 -> 12 points, and the 200-point birthday bonus.
    QCOMPARE(o.value(QStringLiteral("points")).toInt(), 302);
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Anna Petrova"));
    QCOMPARE(o.value(QStringLiteral("card")).toString(), QStringLiteral("2000000000015"));

    r = onDb({QStringLiteral("balance"), QStringLiteral("--card"), QStringLiteral("2000000000077")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("No member has card")), qPrintable(r.err));
    r = onDb({QStringLiteral("balance")});
    QCOMPARE(r.code, 2);
}

void TestCli::check()
{
    QVERIFY(demoShop());
    Run r = onDb({QStringLiteral("check")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("The database is sound: every balance equals its ledger.\n"));
    r = onDb({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("problems")).toArray().isEmpty());
}

void TestCli::checkFindsTamperedBalance()
{
    QVERIFY(demoShop());
    qint64 anna = 0;
    {
        Peek peek(db());
        anna = peek.scalar(QStringLiteral("SELECT member_id FROM cards WHERE number = '2000000000015'"));
        QVERIFY(
            peek.exec(QStringLiteral("UPDATE members SET points_balance = 1000 WHERE id = %1").arg(anna)));
    }
    Run r = onDb({QStringLiteral("check")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.startsWith(QLatin1String("Problems found:")), qPrintable(r.out));
    QVERIFY2(r.out.contains(
                 QStringLiteral("Member %1 shows a balance of 1000 points but the ledger adds up to 90.")
                     .arg(anna)),
             qPrintable(r.out));
    r = onDb({QStringLiteral("--json"), QStringLiteral("check")});
    QCOMPARE(r.code, 3);
    const QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("problems")).toArray().size(), 1);
}

void TestCli::missingDatabase()
{
    const QString missing = m_dir->filePath(QStringLiteral("nowhere/shop.sqlite"));
    for (const QStringList &args :
         {QStringList {QStringLiteral("balance"), QStringLiteral("--card"), kJohn},
          QStringList {QStringLiteral("sale"), QStringLiteral("--amount"), QStringLiteral("1")},
          QStringList {QStringLiteral("member"), QStringLiteral("find"), kJohn},
          QStringList {QStringLiteral("check")}}) {
        const Run r = cli(QStringList {QStringLiteral("--db"), missing} + args);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("loyalty-cli: There is no database at ")
                                  + QDir::toNativeSeparators(missing)),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("loyalty-cli init")), qPrintable(r.err));
    }
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("nowhere"))));
}

void TestCli::databaseWithoutTerminal()
{
    {
        auto created = Database::open(db());
        QVERIFY(created.ok());
    }
    const Run r = onDb({QStringLiteral("balance"), QStringLiteral("--card"), kJohn});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("This database has no terminal yet")), qPrintable(r.err));
}

void TestCli::garbageDatabase()
{
    {
        QFile f(db());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    const Run r = onDb({QStringLiteral("check")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("damaged or is not a database")), qPrintable(r.err));
    QFile f(db());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(8192, 'x'));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList {} << QStringLiteral("No command given.");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")}
                                     << QStringLiteral("Unknown command \"frobnicate\".");
    QTest::newRow("unknown global option") << QStringList {QStringLiteral("--frob"), QStringLiteral("check")}
                                           << QStringLiteral("Unknown option --frob.");
    QTest::newRow("--db without a file")
        << QStringList {QStringLiteral("--db")} << QStringLiteral("--db needs a file name.");
    QTest::newRow("unknown sale option")
        << QStringList {QStringLiteral("sale"), QStringLiteral("--colour"), QStringLiteral("red")}
        << QStringLiteral("Unknown option --colour.");
    QTest::newRow("option without value") << QStringList {QStringLiteral("sale"), QStringLiteral("--amount")}
                                          << QStringLiteral("--amount needs a value.");
    QTest::newRow("sale of nothing") << QStringList {QStringLiteral("sale"), QStringLiteral("--card"), kJohn}
                                     << QStringLiteral("Use: loyalty-cli sale");
    QTest::newRow("stray word") << QStringList {QStringLiteral("sale"), QStringLiteral("12.50")}
                                << QStringLiteral("Unexpected \"12.50\".");
    QTest::newRow("check with arguments") << QStringList {QStringLiteral("check"), QStringLiteral("now")}
                                          << QStringLiteral("\"check\" takes no arguments.");
    QTest::newRow("member without find")
        << QStringList {QStringLiteral("member"), kJohn} << QStringLiteral("Use: loyalty-cli member find");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QVERIFY(demoShop());
    const Run r = onDb(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("loyalty-cli: ") + message), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("loyalty-cli --help")), qPrintable(r.err));
    Peek peek(db());
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM purchases")), qint64(16));
}

void TestCli::jsonErrors()
{
    QVERIFY(demoShop());
    const Run r = onDb({QStringLiteral("--json"), QStringLiteral("sale"), QStringLiteral("--amount"),
                        QStringLiteral("1,5")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    const QJsonObject o = json(r.err);
    QCOMPARE(o.value(QStringLiteral("error")).toString(),
             QStringLiteral("\"1,5\" is not an amount: use . for decimals, as in 12.50."));
    const Run missing = cli({QStringLiteral("--json"), QStringLiteral("--db"),
                             m_dir->filePath(QStringLiteral("none.sqlite")), QStringLiteral("check")});
    QCOMPARE(missing.code, 1);
    QVERIFY(json(missing.err)
                .value(QStringLiteral("error"))
                .toString()
                .startsWith(QLatin1String("There is no database at")));
}

// --- the built executable ---------------------------------------------------------------------

namespace {
Run runProcess(const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home); // never the real user's data folder
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOYALTY_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        r.err = QStringLiteral("did not finish: ") + p.errorString();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

void TestCli::processVersion()
{
    QVERIFY2(QFileInfo(QStringLiteral(LOYALTY_CLI_PATH)).isExecutable(), LOYALTY_CLI_PATH);
    const Run r = runProcess({QStringLiteral("--version")}, m_dir->path());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("loyalty-cli " LOYALTY_VERSION "\n"));
    QCOMPARE(r.err, QString());
}

void TestCli::processErrors()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
    Run r = runProcess(
        {QStringLiteral("--db"), missing, QStringLiteral("balance"), QStringLiteral("--card"), kJohn},
        m_dir->path());
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(QStringLiteral("loyalty-cli: There is no database at ") + missing),
             qPrintable(r.err));
    QVERIFY(r.err.endsWith(QLatin1Char('\n')));
    QVERIFY(!QFileInfo::exists(missing));

    r = runProcess({QStringLiteral("frobnicate")}, m_dir->path());
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(QLatin1String("loyalty-cli: Unknown command \"frobnicate\".")),
             qPrintable(r.err));
}

void TestCli::processSale()
{
    Run r = runProcess({QStringLiteral("--db"), db(), QStringLiteral("demo"), QStringLiteral("--currency"),
                        QStringLiteral("EUR")},
                       m_dir->path());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runProcess({QStringLiteral("--db"), db(), QStringLiteral("--json"), QStringLiteral("sale"),
                    QStringLiteral("--card"), kJohn, QStringLiteral("--line"),
                    QStringLiteral("Latte:3.20x2")},
                   m_dir->path());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("receipt")).toInt(), 17);
    QCOMPARE(o.value(QStringLiteral("total")).toString(), QStringLiteral("6.40"));
    QCOMPARE(o.value(QStringLiteral("balance")).toInt(), 56); // the 50-point welcome bonus and 6
    r = runProcess({QStringLiteral("--db"), db(), QStringLiteral("check")}, m_dir->path());
    QCOMPARE(r.code, 0);
    // Nothing was written to the default database of this (fake) home.
    QVERIFY(
        !QFileInfo::exists(m_dir->filePath(QStringLiteral(".local/share/loyalty-terminal/loyalty.sqlite"))));
}

void TestCli::staffAndRoles()
{
    // A new shop: the first account must be an administrator's; then nobody acts without a PIN.
    QCOMPARE(onDb({QStringLiteral("init")}).code, 0);
    Run r = onDb({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Kim"), QStringLiteral("--role"), QStringLiteral("cashier"),
                  QStringLiteral("--pin"), QStringLiteral("1357")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("administrator")), qPrintable(r.err));
    r = onDb({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--name"),
              QStringLiteral("Owner"), QStringLiteral("--role"), QStringLiteral("administrator"),
              QStringLiteral("--pin"), QStringLiteral("1234")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("too easy")), qPrintable(r.err));
    QCOMPARE(onDb({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Owner"), QStringLiteral("--role"), QStringLiteral("administrator"),
                   QStringLiteral("--pin"), QStringLiteral("4826")})
                 .code,
             0);
    // From now on: adding staff needs the administrator's PIN, given before the command.
    r = onDb({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Kim"),
              QStringLiteral("--role"), QStringLiteral("cashier"), QStringLiteral("--pin"),
              QStringLiteral("1357")});
    QCOMPARE(r.code, 1);
    const QStringList owner = {QStringLiteral("--staff"), QStringLiteral("Owner"), QStringLiteral("--pin"),
                               QStringLiteral("4826")};
    QCOMPARE(onDb(owner
                  + QStringList {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("Kim"), QStringLiteral("--role"), QStringLiteral("cashier"),
                                 QStringLiteral("--pin"), QStringLiteral("1357")})
                 .code,
             0);
    r = onDb({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json(r.out).value(QStringLiteral("staff")).toArray().size(), 2);
    // A cashier may sell but not export personal data; a wrong PIN is refused with the tries left.
    const QStringList kim
        = {QStringLiteral("--staff"), QStringLiteral("Kim"), QStringLiteral("--pin"), QStringLiteral("1357")};
    const QString out = QDir(m_dir->path()).filePath(QStringLiteral("m.csv"));
    r = onDb(
        kim
        + QStringList {QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--out"), out});
    QCOMPARE(r.code, 1);
    QVERIFY(!QFileInfo::exists(out));
    r = onDb({QStringLiteral("--staff"), QStringLiteral("Kim"), QStringLiteral("--pin"),
              QStringLiteral("9999"), QStringLiteral("sale"), QStringLiteral("--amount"),
              QStringLiteral("5.00")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("Wrong PIN")), qPrintable(r.err));
    QCOMPARE(
        onDb(kim + QStringList {QStringLiteral("sale"), QStringLiteral("--amount"), QStringLiteral("5.00")})
            .code,
        0);
    QCOMPARE(onDb(owner
                  + QStringList {QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--out"),
                                 out})
                 .code,
             0);
    // The last administrator stays.
    r = onDb(owner
             + QStringList {QStringLiteral("staff"), QStringLiteral("deactivate"), QStringLiteral("--name"),
                            QStringLiteral("Owner")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("last administrator")), qPrintable(r.err));
}

void TestCli::auditTrailAndTamperCheck()
{
    QVERIFY(demoShop());
    Run r = onDb({QStringLiteral("audit")});
    QCOMPARE(r.code, 1); // nobody signed in: a cashier's rights
    r = asManager({QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("staff.create"),
                   QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r.out).value(QStringLiteral("entries")).toArray().size(), 3);
    QCOMPARE(onDb({QStringLiteral("check")}).code, 0);
    // Someone edits the file behind the app's back: check says so and exits 3.
    {
        Peek peek(db());
        QVERIFY(peek.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(peek.exec(QStringLiteral("UPDATE audit_log SET after_json = replace(after_json, 'cashier', "
                                         "'administrator') WHERE entity_id = '2'")));
    }
    r = onDb({QStringLiteral("check")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains(QLatin1String("changed after it was written")), qPrintable(r.out));
}

void TestCli::receiptAndPartialRefund()
{
    QVERIFY(demoShop());
    // Ivan buys two lattes and a croissant (free-amount lines: no category, so no stamps): 8.50, 8 points.
    Run r = onDb({QStringLiteral("sale"), QStringLiteral("--card"), QStringLiteral("2000000000022"),
                  QStringLiteral("--line"), QStringLiteral("Latte:3.20x2"), QStringLiteral("--line"),
                  QStringLiteral("Croissant:2.10")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = onDb({QStringLiteral("receipt"), QStringLiteral("--receipt"), QStringLiteral("17")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const char *expected : {"Receipt 17", "Latte  2 × 3.20€", "Croissant", "TOTAL", "8.50€",
                                 "Иван Сидоров", "Points earned", "Balance"})
        QVERIFY2(r.out.contains(QString::fromUtf8(expected)),
                 qPrintable(expected + QStringLiteral(" in\n") + r.out));
    // One latte back: 320 of 850 of the goods; 8 points earned -> floor(8 * 320 / 850) = 3 back.
    r = asManager({QStringLiteral("--json"), QStringLiteral("refund"), QStringLiteral("--receipt"),
                   QStringLiteral("17"), QStringLiteral("--reason"), QStringLiteral("Cold"),
                   QStringLiteral("--lines"), QStringLiteral("1:1")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("total")).toString(), QStringLiteral("3.20"));
    QCOMPARE(o.value(QStringLiteral("points_reversed")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("whole")).toBool(), false);
    r = asManager({QStringLiteral("refund"), QStringLiteral("--receipt"), QStringLiteral("17"),
                   QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--lines"),
                   QStringLiteral("1:2")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("only 1")), qPrintable(r.err));
    r = onDb({QStringLiteral("refund"), QStringLiteral("--receipt"), QStringLiteral("17"),
              QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--lines"),
              QStringLiteral("one")});
    QCOMPARE(r.code, 2);
    r = onDb({QStringLiteral("receipt"), QStringLiteral("--receipt"), QStringLiteral("18")});
    QVERIFY2(r.out.contains(QLatin1String("REFUND 18 (receipt 17)")), qPrintable(r.out));
    r = onDb({QStringLiteral("receipt"), QStringLiteral("--receipt"), QStringLiteral("99")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("no receipt 99")), qPrintable(r.err));
}

void TestCli::syncBetweenTwoTerminals()
{
    QVERIFY(onDb({QStringLiteral("demo"), QStringLiteral("--currency"), QStringLiteral("EUR")}).code == 0);
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), other, QStringLiteral("init"), QStringLiteral("--currency"),
                  QStringLiteral("EUR")})
                 .code,
             0);
    const QString batch = m_dir->filePath(QStringLiteral("batch"));
    const QStringList manager {QStringLiteral("--staff"), QStringLiteral("Lee"), QStringLiteral("--pin"),
                               QStringLiteral("2468")};
    // A cashier may not send the shop's data away; a manager may.
    Run r = onDb({QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--out"), batch});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("needs a manager")), qPrintable(r.err));
    r = onDb({QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("export"),
              QStringLiteral("--out"), batch});
    QCOMPARE(json(r.err).value(QStringLiteral("kind")).toString(), QStringLiteral("forbidden"));
    QVERIFY(!QFileInfo::exists(batch));
    r = cli(QStringList {QStringLiteral("--db"), db()} + manager
            + QStringList {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("export"),
                           QStringLiteral("--out"), batch});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r.out).value(QStringLiteral("tables")).toObject().value(QStringLiteral("members")).toInt(),
             6);
    r = cli({QStringLiteral("--db"), other, QStringLiteral("sync"), QStringLiteral("import"), batch});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("new or newer here")), qPrintable(r.out));
    r = cli({QStringLiteral("--db"), other, QStringLiteral("balance"), QStringLiteral("--card"),
             kDemoCards.first()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    Peek peek(other);
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM purchases")), qint64(16));
    r = cli({QStringLiteral("--db"), other, QStringLiteral("--json"), QStringLiteral("sync"),
             QStringLiteral("status")});
    QCOMPARE(r.code, 0);
    QVERIFY(!json(r.out).value(QStringLiteral("last_sync_at")).toString().isEmpty());
}

void TestCli::syncRefusals()
{
    QVERIFY(onDb({QStringLiteral("init"), QStringLiteral("--currency"), QStringLiteral("EUR")}).code == 0);
    Run r = onDb({QStringLiteral("sync"), QStringLiteral("import"), m_dir->filePath(QStringLiteral("none"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("holds no sync batch")), qPrintable(r.err));
    r = onDb({QStringLiteral("sync"), QStringLiteral("push")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("Name the head office")), qPrintable(r.err));
    // Nothing listens on port 1: no retries asked, one clear message, the status remembers it.
    r = onDb({QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--retries"), QStringLiteral("0"),
              QStringLiteral("--pg"),
              QStringLiteral("host=127.0.0.1 port=1 dbname=office user=x password=y")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("cannot be reached")), qPrintable(r.err));
    r = onDb({QStringLiteral("sync"), QStringLiteral("status")});
    QVERIFY2(r.out.contains(QLatin1String("failed")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
