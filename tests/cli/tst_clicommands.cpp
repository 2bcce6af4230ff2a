// loyalty-cli's registry (help, options, docs/cli.md) and the commands that reach what the app does:
// member add, sale --pay-points, program export/import (the reports are in tst_clireports). Exit codes, JSON
// keys and error kinds are asserted; English text only where the words are the point.
#include "clitest.h"
#include "database.h"
#include "registry.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace CliTest;

class TestCliCommands : public QObject, protected CliFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void helpOfEveryCommand();
    void helpOfGroups();
    void unknownOptionNamesTheCommandsOptions();
    void docsTableMatchesRegistry();
    void jsonErrorsSayTheirKind();

    void memberAdd();
    void memberAddRefusals_data();
    void memberAddRefusals();
    void memberAddReferral();
    void salePayPoints();
    void salePayPointsMax();
    void salePayPointsRefusals_data();
    void salePayPointsRefusals();
    void programExportImport();
    void programImportContradictions();
    void programImportRefusals();
};

void TestCliCommands::init()
{
    QVERIFY(open());
}

void TestCliCommands::cleanup()
{
    close();
}

// --- the registry ------------------------------------------------------------------------------

void TestCliCommands::helpOfEveryCommand()
{
    const auto &commands = Cli::Registry::all().commands();
    QVERIFY(commands.size() > 40);
    for (const Cli::Command &c : commands) {
        const QStringList words = c.name.split(QLatin1Char(' '));
        const Run r = cli(words + QStringList {QStringLiteral("--help")});
        QVERIFY2(r.code == 0, qPrintable(c.name + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(c.name + QStringLiteral(": ") + r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: loyalty-cli ") + c.synopsis() + QLatin1Char('\n')),
                 qPrintable(r.out));
        for (const Cli::Option &o : c.options)
            QVERIFY2(r.out.contains(QStringLiteral("--") + o.name),
                     qPrintable(c.name + QStringLiteral(": ") + o.name));
        // "help COMMAND" says the same; the full list names every command.
        QCOMPARE(cli(QStringList {QStringLiteral("help")} + words).out, r.out);
        QVERIFY2(cli({QStringLiteral("--help")})
                     .out.contains(QStringLiteral("  ") + c.synopsis() + QLatin1Char('\n')),
                 qPrintable(c.synopsis()));
    }
    // The command that answered "--help needs a value" before it had a help of its own.
    const Run program = cli({QStringLiteral("program"), QStringLiteral("--help")});
    QCOMPARE(program.code, 0);
    QVERIFY2(program.out.contains(QLatin1String("program import FILE.json")), qPrintable(program.out));
}

void TestCliCommands::helpOfGroups()
{
    for (const char *group : {"member", "sync", "staff", "product", "report", "import", "export"}) {
        const Run r = cli({QLatin1String(group), QStringLiteral("--help")});
        QVERIFY2(r.code == 0, group);
        QVERIFY2(r.out.startsWith(QLatin1String("Commands:\n")), qPrintable(r.out));
        for (const Cli::Command *c : Cli::Registry::all().under(QLatin1String(group)))
            QVERIFY2(r.out.contains(c->synopsis()), qPrintable(c->name));
        // A group without its second word is a usage error, not a crash or a silent success.
        const Run bare = cli({QLatin1String(group)});
        QCOMPARE(bare.code, 2);
        QVERIFY(bare.out.isEmpty());
    }
}

void TestCliCommands::unknownOptionNamesTheCommandsOptions()
{
    for (const Cli::Command &c : Cli::Registry::all().commands()) {
        if (c.name == QLatin1String("help"))
            continue;
        const Run r = cli(c.name.split(QLatin1Char(' '))
                          + QStringList {QStringLiteral("--frob"), QStringLiteral("x")});
        QVERIFY2(r.code == 2, qPrintable(c.name));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QLatin1String("loyalty-cli: Unknown option --frob.")), qPrintable(r.err));
        for (const Cli::Option &o : c.options)
            QVERIFY2(r.err.contains(QStringLiteral("--") + o.name),
                     qPrintable(c.name + QStringLiteral(": ") + r.err));
        if (c.options.isEmpty())
            QVERIFY2(r.err.contains(QLatin1String("takes no options")), qPrintable(r.err));
    }
    // A flag takes no value; a value option at the end needs one.
    Run r = cli({QStringLiteral("expire"), QStringLiteral("--full=yes")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--full takes no value")), qPrintable(r.err));
    r = cli({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--name")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--name needs a value")), qPrintable(r.err));
}

// docs/cli.md's command table names exactly the registered commands: "sync push|pull|now" stands for
// three, an option or a placeholder ends the name.
void TestCliCommands::docsTableMatchesRegistry()
{
    QFile f(QStringLiteral(LOYALTY_SOURCE_DIR "/docs/cli.md"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QString text = QString::fromUtf8(f.readAll());
    const int start = text.indexOf(QLatin1String("## Commands"));
    const int end = text.indexOf(QLatin1String("\n## "), start + 1);
    QVERIFY(start >= 0 && end > start);
    QSet<QString> documented;
    const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*(\\\\?\\|[a-z][a-z-]*)*$"));
    for (const QString &line : text.mid(start, end - start).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("| `")))
            continue;
        const QString first = line.mid(3, line.indexOf(QLatin1Char('`'), 3) - 3);
        QStringList name;
        QStringList alternatives;
        for (const QString &w : first.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!word.match(w).hasMatch())
                break;
            if (w.contains(QLatin1Char('|'))) {
                alternatives = QString(w).remove(QLatin1Char('\\')).split(QLatin1Char('|'));
                break;
            }
            name << w;
        }
        QVERIFY2(!name.isEmpty(), qPrintable(line));
        if (alternatives.isEmpty())
            documented.insert(name.join(QLatin1Char(' ')));
        for (const QString &a : alternatives)
            documented.insert((name + QStringList {a}).join(QLatin1Char(' ')));
    }
    QSet<QString> registered;
    for (const Cli::Command &c : Cli::Registry::all().commands())
        registered.insert(c.name);
    QStringList missing = QStringList(registered.begin(), registered.end());
    QStringList extra = QStringList(documented.begin(), documented.end());
    missing.erase(std::remove_if(missing.begin(), missing.end(),
                                 [&](const QString &n) { return documented.contains(n); }),
                  missing.end());
    extra.erase(
        std::remove_if(extra.begin(), extra.end(), [&](const QString &n) { return registered.contains(n); }),
        extra.end());
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in docs/cli.md: ") + missing.join(QStringLiteral(", "))));
    QVERIFY2(extra.isEmpty(),
             qPrintable(QStringLiteral("not registered: ") + extra.join(QStringLiteral(", "))));
}

void TestCliCommands::jsonErrorsSayTheirKind()
{
    QVERIFY(demoShop());
    const struct
    {
        QStringList args;
        const char *kind;
    } cases[] = {
        {{QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("2000000000077")}, "not_found"},
        {{QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("2000000000992")}, "blocked"},
        {{QStringLiteral("audit")}, "forbidden"},
        {{QStringLiteral("sale"), QStringLiteral("--amount"), QStringLiteral("1,5")}, "invalid"},
        {{QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Twin"),
          QStringLiteral("--card"), QStringLiteral("2000000000015")},
         "conflict"},
    };
    for (const auto &c : cases) {
        const Run r = onDb(QStringList {QStringLiteral("--json")} + c.args);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        const QJsonObject o = json(r.err);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QLatin1String(c.kind));
        QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
    }
}

// --- member add --------------------------------------------------------------------------------

void TestCliCommands::memberAdd()
{
    QVERIFY(demoShop());
    const qint64 members = count("members");
    Run r = onDb({QStringLiteral("--json"), QStringLiteral("member"), QStringLiteral("add"),
                  QStringLiteral("--name"), QStringLiteral("Mia Wong"), QStringLiteral("--card"),
                  QStringLiteral("2000000000077"), QStringLiteral("--phone"),
                  QStringLiteral("+44 20 7946 0958"), QStringLiteral("--email"),
                  QStringLiteral("mia@example.com"), QStringLiteral("--birthday"), QStringLiteral("03.04")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonObject o = json(r.out);
    for (const char *key :
         {"id", "uuid", "name", "phone", "email", "points", "card", "member_since", "referred_by"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("card")).toString(), QStringLiteral("2000000000077"));
    QCOMPARE(o.value(QStringLiteral("points")).toInt(), 50); // the demo program's welcome bonus
    QVERIFY(o.value(QStringLiteral("referred_by")).isNull());
    Peek peek(db());
    QCOMPARE(count("members"), members + 1);
    QCOMPARE(peek.rows(QStringLiteral(
                 "SELECT m.name, m.birth_day, m.birth_month, m.points_balance, l.kind, l.points "
                 "FROM members m JOIN cards c ON c.member_id = m.id JOIN points_ledger l ON "
                 "l.member_id = m.id WHERE c.number = '2000000000077'")),
             QStringList {QStringLiteral("Mia Wong|3|4|50|bonus|50")});
    // The new member is found as the scan field finds them, and the books add up.
    QCOMPARE(onDb({QStringLiteral("balance"), QStringLiteral("--card"), QStringLiteral("2000000000077")}).out,
             QStringLiteral("Mia Wong: 50 points\n"));
    QCOMPARE(onDb({QStringLiteral("check")}).code, 0);
    // Without --card the app issues a number, as F4 in the dialog does.
    r = onDb({QStringLiteral("--json"), QStringLiteral("member"), QStringLiteral("add"),
              QStringLiteral("--name"), QStringLiteral("Noah")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    o = json(r.out);
    QVERIFY2(QRegularExpression(QStringLiteral("^2\\d{12}$"))
                 .match(o.value(QStringLiteral("card")).toString())
                 .hasMatch(),
             qPrintable(r.out));
    QCOMPARE(count("members"), members + 2);
    // Text output names the card.
    r = onDb({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--name"),
              QStringLiteral("Olga"), QStringLiteral("--card"), QStringLiteral("2000000000084")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("2000000000084")), qPrintable(r.out));
}

void TestCliCommands::memberAddRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("kind");
    QTest::newRow("no name") << QStringList {QStringLiteral("--card"), QStringLiteral("2000000000077")} << 2
                             << QString();
    QTest::newRow("stray word") << QStringList {QStringLiteral("Mia"), QStringLiteral("--name"),
                                                QStringLiteral("Mia")}
                                << 2 << QString();
    QTest::newRow("empty name") << QStringList {QStringLiteral("--name"), QStringLiteral("  ")} << 1
                                << QStringLiteral("invalid");
    QTest::newRow("bad e-mail") << QStringList {QStringLiteral("--name"), QStringLiteral("Mia"),
                                                QStringLiteral("--email"), QStringLiteral("mia@")}
                                << 1 << QStringLiteral("invalid");
    QTest::newRow("bad birthday") << QStringList {QStringLiteral("--name"), QStringLiteral("Mia"),
                                                  QStringLiteral("--birthday"), QStringLiteral("31.02")}
                                  << 1 << QStringLiteral("invalid");
    QTest::newRow("card in use") << QStringList {QStringLiteral("--name"), QStringLiteral("Mia"),
                                                 QStringLiteral("--card"), QStringLiteral("2000000000015")}
                                 << 1 << QStringLiteral("conflict");
    QTest::newRow("shared phone") << QStringList {QStringLiteral("--name"), QStringLiteral("Mia"),
                                                  QStringLiteral("--phone"), QStringLiteral("89123456789")}
                                  << 1 << QStringLiteral("conflict");
    QTest::newRow("unknown referrer")
        << QStringList {QStringLiteral("--name"), QStringLiteral("Mia"), QStringLiteral("--referred-by"),
                        QStringLiteral("2000000000091")}
        << 1 << QStringLiteral("not_found");
    QTest::newRow("sms maybe") << QStringList {QStringLiteral("--name"), QStringLiteral("Mia"),
                                               QStringLiteral("--sms"), QStringLiteral("maybe")}
                               << 1 << QStringLiteral("invalid");
}

void TestCliCommands::memberAddRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, kind);
    QVERIFY(demoShop());
    const qint64 members = count("members");
    const Run r = onDb(QStringList {QStringLiteral("--json"), QStringLiteral("member"), QStringLiteral("add")}
                       + args);
    QCOMPARE(r.code, code);
    QVERIFY(r.out.isEmpty());
    if (!kind.isEmpty())
        QCOMPARE(json(r.err).value(QStringLiteral("kind")).toString(), kind);
    QCOMPARE(count("members"), members);
    // A shared phone is enrolled once --shared says it is meant (a family).
    if (QTest::currentDataTag() == QLatin1String("shared phone")) {
        const Run shared = onDb(QStringList {QStringLiteral("member"), QStringLiteral("add")} + args
                                + QStringList {QStringLiteral("--shared")});
        QVERIFY2(shared.code == 0, qPrintable(shared.err));
        QCOMPARE(count("members"), members + 1);
    }
}

void TestCliCommands::memberAddReferral()
{
    QVERIFY(demoShop());
    Peek peek(db());
    const qint64 anna
        = peek.scalar(QStringLiteral("SELECT member_id FROM cards WHERE number = '2000000000015'"));
    Run r = onDb({QStringLiteral("--json"), QStringLiteral("member"), QStringLiteral("add"),
                  QStringLiteral("--name"), QStringLiteral("Mia"), QStringLiteral("--card"),
                  QStringLiteral("2000000000077"), QStringLiteral("--referred-by"),
                  QStringLiteral("2000000000015")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r.out).value(QStringLiteral("referred_by")).toInteger(), anna);
    // The referral bonus comes with the new member's first sale, to both of them.
    const qint64 annaBefore
        = peek.scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(anna));
    r = onDb({QStringLiteral("--json"), QStringLiteral("sale"), QStringLiteral("--card"),
              QStringLiteral("2000000000077"), QStringLiteral("--amount"), QStringLiteral("5.00")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r.out).value(QStringLiteral("referral_bonus")).toInt(), 100);
    QCOMPARE(peek.scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(anna)),
             annaBefore + 100);
    QCOMPARE(onDb({QStringLiteral("check")}).code, 0);
}

// --- sale --pay-points -------------------------------------------------------------------------

void TestCliCommands::salePayPoints()
{
    QVERIFY(demoShop());
    // Anna has 90 points; one point pays 0.01 in the demo program.
    const Run r = onDb({QStringLiteral("--json"), QStringLiteral("sale"), QStringLiteral("--card"),
                        QStringLiteral("2000000000015"), QStringLiteral("--line"), QStringLiteral("Tea:4.00"),
                        QStringLiteral("--pay-points"), QStringLiteral("60")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("points_redeemed")).toInt(), 60);
    QCOMPARE(o.value(QStringLiteral("points_paid")).toString(), QStringLiteral("0.60"));
    Peek peek(db());
    const QString receipt = QString::number(o.value(QStringLiteral("receipt")).toInt());
    QCOMPARE(peek.rows(
                 QStringLiteral("SELECT p.points_redeemed, l.points FROM purchases p JOIN points_ledger l ON "
                                "l.purchase_id = p.id AND l.kind = 'redeem' WHERE p.receipt_no = %1")
                     .arg(receipt)),
             QStringList {QStringLiteral("60|-60")});
    QCOMPARE(
        o.value(QStringLiteral("balance")).toInt(),
        peek.scalar(QStringLiteral("SELECT points_balance FROM members m JOIN cards c ON c.member_id = m.id "
                                   "WHERE c.number = '2000000000015'")));
    QCOMPARE(onDb({QStringLiteral("check")}).code, 0);
    // In text, the points paid are said.
    const Run text = onDb({QStringLiteral("sale"), QStringLiteral("--card"), QStringLiteral("2000000000022"),
                           QStringLiteral("--amount"), QStringLiteral("2.00"), QStringLiteral("--pay-points"),
                           QStringLiteral("50")});
    QVERIFY2(text.code == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(QLatin1String("50 points paid")), qPrintable(text.out));
}

void TestCliCommands::salePayPointsMax()
{
    QVERIFY(demoShop());
    // max: as many as the rules allow. John's 50 points are less than half the 2.00 check (100): all 50.
    Run r = onDb({QStringLiteral("--json"), QStringLiteral("sale"), QStringLiteral("--card"), kJohn,
                  QStringLiteral("--amount"), QStringLiteral("2.00"), QStringLiteral("--pay-points"),
                  QStringLiteral("max")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r.out).value(QStringLiteral("points_redeemed")).toInt(), 50);
    // Anna's 90 on a 1.00 check: half the check is 50 points.
    r = onDb({QStringLiteral("--json"), QStringLiteral("sale"), QStringLiteral("--card"),
              QStringLiteral("2000000000015"), QStringLiteral("--amount"), QStringLiteral("1.00"),
              QStringLiteral("--pay-points"), QStringLiteral("MAX")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = json(r.out);
    QVERIFY2(o.value(QStringLiteral("points_redeemed")).toInt() > 0, qPrintable(r.out));
    QVERIFY2(o.value(QStringLiteral("points_redeemed")).toInt() <= 50, qPrintable(r.out));
    QCOMPARE(onDb({QStringLiteral("check")}).code, 0);
}

void TestCliCommands::salePayPointsRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString anna = QStringLiteral("2000000000015");
    QTest::newRow("not a number") << QStringList {QStringLiteral("--card"),       anna,
                                                  QStringLiteral("--amount"),     QStringLiteral("5"),
                                                  QStringLiteral("--pay-points"), QStringLiteral("lots")}
                                  << 2 << QStringLiteral("--pay-points");
    QTest::newRow("zero") << QStringList {QStringLiteral("--card"),       anna,
                                          QStringLiteral("--amount"),     QStringLiteral("5"),
                                          QStringLiteral("--pay-points"), QStringLiteral("0")}
                          << 2 << QStringLiteral("--pay-points");
    QTest::newRow("walk-in") << QStringList {QStringLiteral("--amount"), QStringLiteral("5"),
                                             QStringLiteral("--pay-points"), QStringLiteral("10")}
                             << 1 << QStringLiteral("member");
    QTest::newRow("more than the balance")
        << QStringList {QStringLiteral("--card"),       anna,
                        QStringLiteral("--amount"),     QStringLiteral("50"),
                        QStringLiteral("--pay-points"), QStringLiteral("91")}
        << 1 << QStringLiteral("91");
    QTest::newRow("more than half the check")
        << QStringList {QStringLiteral("--card"),       anna,
                        QStringLiteral("--amount"),     QStringLiteral("1.00"),
                        QStringLiteral("--pay-points"), QStringLiteral("80")}
        << 1 << QString();
}

void TestCliCommands::salePayPointsRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QVERIFY(demoShop());
    const Run r = onDb(QStringList {QStringLiteral("sale")} + args);
    QCOMPARE(r.code, code);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(count("purchases"), qint64(16));
    Peek peek(db());
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'redeem'")),
             qint64(0));
}

// --- program export / import -------------------------------------------------------------------

void TestCliCommands::programExportImport()
{
    QVERIFY(demoShop());
    const QString out = file("program.json");
    Run r = onDb({QStringLiteral("--json"), QStringLiteral("program"), QStringLiteral("export"),
                  QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(json(r.out).value(QStringLiteral("file")).toString(), out);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject program = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QVERIFY(program.contains(QStringLiteral("earn")));
    // The same settings as "program --json" shows.
    r = onDb({QStringLiteral("--json"), QStringLiteral("program")});
    QCOMPARE(json(r.out).value(QStringLiteral("settings")).toObject(), program);
    const QString before = json(r.out).value(QStringLiteral("version")).toString();

    // A changed earn rate, imported by a manager: a new version in force from now, audited.
    QJsonObject earn = program.value(QStringLiteral("earn")).toObject();
    earn.insert(QStringLiteral("points"), 7);
    program.insert(QStringLiteral("earn"), earn);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(program).toJson());
    f.close();
    Peek peek(db());
    const qint64 versions = peek.scalar(QStringLiteral("SELECT count(*) FROM program_versions"));
    r = asManager({QStringLiteral("--json"), QStringLiteral("program"), QStringLiteral("import"), out,
                   QStringLiteral("--note"), QStringLiteral("spring")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("earn_points")).toInt(), 7);
    QVERIFY(o.value(QStringLiteral("version")).toString() != before);
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM program_versions")), versions + 1);
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'program.change'"))
                 > 0,
             true);
    r = onDb({QStringLiteral("--json"), QStringLiteral("program")});
    QCOMPARE(json(r.out).value(QStringLiteral("earn_points")).toInt(), 7);
    QCOMPARE(onDb({QStringLiteral("check")}).code, 0);
}

void TestCliCommands::programImportContradictions()
{
    QVERIFY(demoShop());
    const QString out = file("program.json");
    QCOMPARE(onDb({QStringLiteral("program"), QStringLiteral("export"), QStringLiteral("--out"), out}).code,
             0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject program = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    // Two contradictions at once: no money per point, and more than the whole check.
    QJsonObject redemption = program.value(QStringLiteral("redemption")).toObject();
    QVERIFY2(!redemption.isEmpty(), qPrintable(QJsonDocument(program).toJson()));
    redemption.insert(QStringLiteral("minor_per_point"), 0);
    redemption.insert(QStringLiteral("max_share_bp"), 20000);
    program.insert(QStringLiteral("redemption"), redemption);
    QJsonObject earn = program.value(QStringLiteral("earn")).toObject();
    earn.insert(QStringLiteral("per_minor"), 0);
    program.insert(QStringLiteral("earn"), earn);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(program).toJson());
    f.close();
    Peek peek(db());
    const QStringList versions = peek.rows(QStringLiteral("SELECT uuid FROM program_versions ORDER BY id"));
    const qint64 audit = peek.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    Run r = asManager({QStringLiteral("--json"), QStringLiteral("program"), QStringLiteral("import"), out});
    QCOMPARE(r.code, 3);
    const QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY2(o.value(QStringLiteral("problems")).toArray().size() >= 3, qPrintable(r.out));
    QCOMPARE(peek.rows(QStringLiteral("SELECT uuid FROM program_versions ORDER BY id")), versions);
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    // In text, every problem on a line of its own.
    r = asManager({QStringLiteral("program"), QStringLiteral("import"), out});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.startsWith(QLatin1String("Problems found:")), qPrintable(r.out));
    QVERIFY2(r.out.count(QLatin1Char('\n')) >= 4, qPrintable(r.out));
}

void TestCliCommands::programImportRefusals()
{
    QVERIFY(demoShop());
    const QString out = file("program.json");
    QCOMPARE(onDb({QStringLiteral("program"), QStringLiteral("export"), QStringLiteral("--out"), out}).code,
             0);
    Peek peek(db());
    const qint64 versions = peek.scalar(QStringLiteral("SELECT count(*) FROM program_versions"));
    // A cashier (nobody signed in) may not change the program.
    Run r = onDb({QStringLiteral("--json"), QStringLiteral("program"), QStringLiteral("import"), out});
    QCOMPARE(r.code, 1);
    QCOMPARE(json(r.err).value(QStringLiteral("kind")).toString(), QStringLiteral("forbidden"));
    // Not JSON, a missing file, a value of the wrong type.
    QFile bad(file("bad.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("earn = 5");
    bad.close();
    r = asManager(
        {QStringLiteral("--json"), QStringLiteral("program"), QStringLiteral("import"), bad.fileName()});
    QCOMPARE(r.code, 1);
    QCOMPARE(json(r.err).value(QStringLiteral("kind")).toString(), QStringLiteral("invalid"));
    r = asManager(
        {QStringLiteral("--json"), QStringLiteral("program"), QStringLiteral("import"), file("none.json")});
    QCOMPARE(r.code, 1);
    QCOMPARE(json(r.err).value(QStringLiteral("kind")).toString(), QStringLiteral("not_found"));
    QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write(R"({"earn": {"points": "seven"}})");
    bad.close();
    r = asManager(
        {QStringLiteral("--json"), QStringLiteral("program"), QStringLiteral("import"), bad.fileName()});
    QCOMPARE(r.code, 1);
    QVERIFY2(json(r.err).value(QStringLiteral("error")).toString().contains(QLatin1String("points")),
             qPrintable(r.err));
    // Usage: no file, two files.
    QCOMPARE(asManager({QStringLiteral("program"), QStringLiteral("import")}).code, 2);
    QCOMPARE(asManager({QStringLiteral("program"), QStringLiteral("import"), out, out}).code, 2);
    QCOMPARE(onDb({QStringLiteral("program"), QStringLiteral("export")}).code, 2);
    QCOMPARE(peek.scalar(QStringLiteral("SELECT count(*) FROM program_versions")), versions);
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
