// ImportService and ExportService on real SQLite files: the dry run writes nothing, apply writes all
// or nothing, a second import of the same file changes nothing, opening balances enter the ledger as
// 'import' entries and the check command stays happy.
#include "cli.h"
#include "exportservice.h"
#include "importservice.h"
#include "integritycheck.h"
#include "phone.h"
#include "programservice.h"
#include "quote.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(ImportRow::Action)

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void detectMapping_data();
    void detectMapping();
    void mappingOverride();
    void mappingProblems();

    void dryRun_data();
    void dryRun();
    void unusableFiles_data();
    void unusableFiles();
    void duplicatesAgainstDatabase();

    void applyImports();
    void reimportChangesNothing_data();
    void reimportChangesNothing();
    void invalidRowAbortsEverything();
    void validOnlyImportsValidRows();
    void existingMemberGetsCardAndBalanceOnce();
    void erasedMembersCardIsRefused();
    void largeFile();

    void exportRoundTrip();
    void exportGuardsFormulas();
    void exportForbidden();
    void importAndExportAreAudited();
    void cli();

private:
    static QString fixture(const QString &name)
    {
        return QStringLiteral(LOYALTY_TEST_DATA "/import/") + name;
    }
    ImportService service() { return ImportService(m_t->context()); }
    // members, cards, ledger entries, and every row SQLite changed on this connection so far.
    QList<qint64> snapshot(TestDb &t)
    {
        return {t.scalar(QStringLiteral("SELECT count(*) FROM members")),
                t.scalar(QStringLiteral("SELECT count(*) FROM cards")),
                t.scalar(QStringLiteral("SELECT count(*) FROM points_ledger")),
                t.scalar(QStringLiteral("SELECT total_changes()"))};
    }
    void verifyCheckOk(TestDb &t)
    {
        auto report = IntegrityCheck(t.db()).run();
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    }
    std::unique_ptr<TestDb> m_t;
};

void TestImport::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
}

void TestImport::cleanup()
{
    m_t.reset();
}

void TestImport::detectMapping_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("expected"); // field=column index, in field order
    const auto h = [](const char *t) { return QString::fromUtf8(t).split(QLatin1Char('|')); };
    QTest::newRow("english") << h("Name|Phone|E-mail|Card number|Birthday|Points|Notes")
                             << QStringLiteral("name=0 phone=1 email=2 card=3 birthday=4 points=5 notes=6");
    QTest::newRow("english variants")
        << h("Full Name|Mobile|Email Address|Barcode|Date of Birth|Balance|Comment")
        << QStringLiteral("name=0 phone=1 email=2 card=3 birthday=4 points=5 notes=6");
    QTest::newRow("russian") << h("ФИО|Телефон|Электронная почта|Номер карты|Дата рождения|Баллы|Комментарий")
                             << QStringLiteral("name=0 phone=1 email=2 card=3 birthday=4 points=5 notes=6");
    QTest::newRow("russian first and last")
        << h("Фамилия|Имя|Телефон|Номер карты|Бонусы")
        << QStringLiteral("first_name=1 last_name=0 phone=2 card=3 points=4");
    QTest::newRow("russian name alone") << h("Имя|Телефон") << QStringLiteral("name=0 phone=1");
    QTest::newRow("bulgarian") << h(
        "Име и фамилия|Телефонен номер|Имейл|Номер на карта|Рожден ден|Точки|Бележки")
                               << QStringLiteral("name=0 phone=1 email=2 card=3 birthday=4 points=5 notes=6");
    QTest::newRow("ukrainian") << h(
        "ПІБ|Мобільний|Електронна пошта|Номер картки|Дата народження|Бали|Примітка")
                               << QStringLiteral("name=0 phone=1 email=2 card=3 birthday=4 points=5 notes=6");
    QTest::newRow("ukrainian apostrophe")
        << h("Ім'я|Прізвище|Телефон") << QStringLiteral("first_name=0 last_name=1 phone=2");
    QTest::newRow("chinese") << h("姓名|手机号码|邮箱|会员卡号|生日|积分|备注")
                             << QStringLiteral("name=0 phone=1 email=2 card=3 birthday=4 points=5 notes=6");
    QTest::newRow("loyverse") << h(
        "Customer name|Email|Phone|Address|City|Customer code|Note|Points balance|Total visits")
                              << QStringLiteral("name=0 phone=2 email=1 card=5 points=7 notes=6");
    QTest::newRow("square") << h(
        "Given Name|Family Name|Email Address|Phone Number|Reference ID|Birthday|Memo")
                            << QStringLiteral("first_name=0 last_name=1 phone=3 email=2 birthday=5 notes=6");
    QTest::newRow("case, spaces and underscores")
        << h("  NAME |phone_number|E_MAIL|card_no") << QStringLiteral("name=0 phone=1 email=2 card=3");
    QTest::newRow("longer header starting with a known name")
        << h("Name|Телефон клиента|Card number (old system)") << QStringLiteral("name=0 phone=1 card=2");
    QTest::newRow("full name wins over parts")
        << h("First name|Last name|Name|Phone") << QStringLiteral("name=2 phone=3");
    QTest::newRow("unknown") << h("foo|bar") << QString();
}

void TestImport::detectMapping()
{
    QFETCH(QStringList, header);
    QFETCH(QString, expected);
    const ImportMapping m = ImportMapping::detect(header);
    QStringList got;
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        if (m.has(ImportMapping::Field(f)))
            got << QStringLiteral("%1=%2")
                       .arg(ImportMapping::key(ImportMapping::Field(f)))
                       .arg(m.column(ImportMapping::Field(f)));
    }
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
}

void TestImport::mappingOverride()
{
    const QStringList header {QStringLiteral("Client"), QStringLiteral("Tel"), QStringLiteral("Old code")};
    ImportMapping m = ImportMapping::detect(header);
    QVERIFY(!m.has(ImportMapping::Card));
    QVERIFY(m.setFromText(ImportMapping::Card, QStringLiteral("old CODE"), header).ok());
    QCOMPARE(m.column(ImportMapping::Card), 2);
    QVERIFY(m.setFromText(ImportMapping::Phone, QStringLiteral("-"), header).ok());
    QVERIFY(!m.has(ImportMapping::Phone));
    QVERIFY(m.setFromText(ImportMapping::Phone, QStringLiteral("2"), header).ok());
    QCOMPARE(m.column(ImportMapping::Phone), 1);
    const auto bad = m.setFromText(ImportMapping::Email, QStringLiteral("Mail"), header);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("Old code")));
    QCOMPARE(ImportMapping::fieldForKey(QStringLiteral("first-name")),
             std::optional(ImportMapping::FirstName));
    QCOMPARE(ImportMapping::fieldForKey(QStringLiteral("e-mail")), std::optional(ImportMapping::Email));
    QVERIFY(!ImportMapping::fieldForKey(QStringLiteral("shoe size")));
}

void TestImport::mappingProblems()
{
    const QStringList header {QStringLiteral("A"), QStringLiteral("B")};
    ImportMapping m;
    QCOMPARE(m.problems(header).size(), 2); // no name, no card or phone
    m.set(ImportMapping::Name, 0);
    m.set(ImportMapping::Phone, 0);
    QCOMPARE(m.problems(header).size(), 1); // one column for two fields
    m.set(ImportMapping::Phone, 1);
    QVERIFY(m.problems(header).isEmpty());
    m.set(ImportMapping::Card, 5);
    QCOMPARE(m.problems(header).size(), 1); // not in the file
}

void TestImport::dryRun_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<QList<int>>("invalidLines");
    QTest::addColumn<qint64>("points");
    QTest::newRow("utf8 comma") << QStringLiteral("utf8_comma.csv") << 3 << 0 << QList<int> {}
                                << qint64(1360);
    QTest::newRow("utf8 bom semicolon")
        << QStringLiteral("utf8_bom_semicolon_ru.csv") << 2 << 0 << QList<int> {} << qint64(300);
    QTest::newRow("cp1251") << QStringLiteral("cp1251_semicolon.csv") << 2 << 0 << QList<int> {}
                            << qint64(50);
    QTest::newRow("tab chinese") << QStringLiteral("tab_chinese.tsv") << 2 << 0 << QList<int> {}
                                 << qint64(88);
    QTest::newRow("bulgarian") << QStringLiteral("bulgarian.csv") << 1 << 0 << QList<int> {} << qint64(75);
    QTest::newRow("loyverse") << QStringLiteral("loyverse_export.csv") << 1 << 0 << QList<int> {}
                              << qint64(15);
    QTest::newRow("square") << QStringLiteral("square_export.csv") << 1 << 0 << QList<int> {} << qint64(0);
    QTest::newRow("quoted newlines") << QStringLiteral("quoted_newlines.csv") << 2 << 0 << QList<int> {}
                                     << qint64(0);
    QTest::newRow("broken rows") << QStringLiteral("broken_rows.csv") << 2 << 3 << QList<int> {3, 4, 6}
                                 << qint64(0);
    QTest::newRow("invalid utf8") << QStringLiteral("invalid_utf8.csv") << 2 << 1 << QList<int> {3}
                                  << qint64(0);
    QTest::newRow("bad values") << QStringLiteral("bad_values.csv") << 3 << 12
                                << QList<int> {3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15} << qint64(35);
    QTest::newRow("duplicates in file")
        << QStringLiteral("duplicates.csv") << 3 << 1 << QList<int> {3} << qint64(115);
}

void TestImport::dryRun()
{
    QFETCH(QString, file);
    QFETCH(int, created);
    QFETCH(int, invalid);
    QFETCH(QList<int>, invalidLines);
    QFETCH(qint64, points);

    const QList<qint64> before = snapshot(*m_t);
    auto report = service().plan(fixture(file));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(snapshot(*m_t), before); // a dry run writes nothing
    QVERIFY(!report->written);
    QCOMPARE(report->created, created);
    QCOMPARE(report->invalid, invalid);
    QCOMPARE(report->updated + report->skipped, 0);
    QCOMPARE(report->total(), created + invalid);
    QCOMPARE(report->points, points);
    QList<int> lines;
    for (const ImportRow &r : report->rows) {
        QVERIFY(!r.message.isEmpty());
        if (r.action == ImportRow::Action::Invalid) {
            lines << r.line;
            QVERIFY(!r.errors.isEmpty());
        }
    }
    QCOMPARE(lines, invalidLines);
}

void TestImport::unusableFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << fixture(QStringLiteral("empty.csv")) << QStringLiteral("empty");
    QTest::newRow("header only") << fixture(QStringLiteral("header_only.csv"))
                                 << QStringLiteral("no members");
    QTest::newRow("missing") << fixture(QStringLiteral("no-such-file.csv")) << QStringLiteral("no file");
}

void TestImport::unusableFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);
    const QList<qint64> before = snapshot(*m_t);
    auto planned = service().plan(file);
    QVERIFY(!planned.ok());
    QVERIFY2(planned.error().message.contains(messagePart, Qt::CaseInsensitive),
             qPrintable(planned.error().message));
    auto applied = service().apply(file);
    QVERIFY(!applied.ok());
    QCOMPARE(snapshot(*m_t), before);
}

void TestImport::duplicatesAgainstDatabase()
{
    QVERIFY(m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"),
                           QStringLiteral("+7 (912) 345-67-89")));
    auto report = service().plan(fixture(QStringLiteral("duplicates.csv")));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report->rows.size(), 4);
    QCOMPARE(report->rows.at(0).action, ImportRow::Action::Create);
    QCOMPARE(report->rows.at(1).action, ImportRow::Action::Invalid); // the card again, inside the file
    QVERIFY(report->rows.at(1).message.contains(QStringLiteral("line 2")));
    // Anna, found by phone, without an opening balance yet: it is recorded.
    QCOMPARE(report->rows.at(2).action, ImportRow::Action::Update);
    QCOMPARE(report->rows.at(2).addPoints, qint64(100));
    // Anna's card with somebody else's name: refused, never handed over.
    QCOMPARE(report->rows.at(3).action, ImportRow::Action::Invalid);
    QVERIFY(report->rows.at(3).message.contains(QStringLiteral("Anna Petrova")));
}

void TestImport::applyImports()
{
    auto report = service().apply(fixture(QStringLiteral("utf8_comma.csv")));
    QVERIFY2(report.ok(), qPrintable(report.error().message + report.error().detail));
    QVERIFY(report->written);
    QCOMPARE(report->created, 3);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), 3);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM cards")), 3);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'import'")), 2);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind <> 'import'")), 0);

    auto program = ProgramService(m_t->db()).current(m_t->terminal());
    QVERIFY(program.ok());
    const QDate expires = Rules::expiryDate(m_t->clock().today(), program->expiryMonths);

    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT m.name, m.phone, m.phone_norm, m.email, m.birth_day, m.birth_month, m.birth_year, m.notes, "
        "m.points_balance, c.number, l.points, l.uuid, l.origin_terminal, l.expires_on, m.uuid, "
        "m.origin_terminal "
        "FROM members m JOIN cards c ON c.member_id = m.id LEFT JOIN points_ledger l ON l.member_id = m.id "
        "ORDER BY m.id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Anna Petrova"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("+7 (912) 345-67-89"));
    QCOMPARE(q.value(2).toString(), Phone::lookupKey(QStringLiteral("+7 (912) 345-67-89")));
    QCOMPARE(q.value(3).toString(), QStringLiteral("anna@example.com"));
    QCOMPARE(q.value(4).toInt(), 31);
    QCOMPARE(q.value(5).toInt(), 12);
    QCOMPARE(q.value(6).toInt(), 1990);
    QCOMPARE(q.value(7).toString(), QStringLiteral("oat milk, no sugar"));
    QCOMPARE(q.value(8).toLongLong(), qint64(120));
    QCOMPARE(q.value(9).toString(), QStringLiteral("2000000000015"));
    QCOMPARE(q.value(10).toLongLong(), qint64(120));
    QCOMPARE(q.value(11).toString().size(), 36);
    QCOMPARE(q.value(12).toString(), m_t->terminal().uuid);
    QCOMPARE(q.value(13).toString(), expires.isValid() ? expires.toString(Qt::ISODate) : QString());
    QCOMPARE(q.value(14).toString().size(), 36);
    QCOMPARE(q.value(15).toString(), m_t->terminal().uuid);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Li Wei"));
    QCOMPARE(q.value(4).toInt(), 29); // 29 February without a year
    QCOMPARE(q.value(6).toInt(), 0);
    QVERIFY(q.value(10).isNull()); // no opening balance, no ledger entry
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("José Núñez"));
    QCOMPARE(q.value(8).toLongLong(), qint64(1240));
    QVERIFY(q.value(2).isNull()); // no phone
    verifyCheckOk(*m_t);
}

void TestImport::reimportChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"utf8_comma.csv", "utf8_bom_semicolon_ru.csv", "cp1251_semicolon.csv",
                          "tab_chinese.tsv", "loyverse_export.csv", "square_export.csv",
                          "quoted_newlines.csv", "bad_values.csv", "duplicates.csv", "invalid_utf8.csv"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestImport::reimportChangesNothing()
{
    QFETCH(QString, file);
    ImportOptions options;
    options.validOnly = true;
    auto first = service().apply(fixture(file), std::nullopt, options);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QVERIFY(first->created > 0);
    const QList<qint64> after = snapshot(*m_t);

    m_t->clock().advanceDays(3); // a later day: nothing may depend on the date
    auto second = service().apply(fixture(file), std::nullopt, options);
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QCOMPARE(second->created, 0);
    QCOMPARE(second->updated, 0);
    QCOMPARE(second->skipped, first->created + first->updated);
    QCOMPARE(second->invalid, first->invalid);
    QVERIFY(!second->written);
    QCOMPARE(snapshot(*m_t), after);
    verifyCheckOk(*m_t);
}

void TestImport::invalidRowAbortsEverything()
{
    const QList<qint64> before = snapshot(*m_t);
    auto r = service().apply(fixture(QStringLiteral("bad_values.csv")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Invalid);
    QVERIFY2(r.error().message.contains(QStringLiteral("12")), qPrintable(r.error().message));
    QVERIFY(r.error().detail.contains(QStringLiteral("line 3")));
    QCOMPARE(snapshot(*m_t), before);
}

void TestImport::validOnlyImportsValidRows()
{
    ImportOptions options;
    options.validOnly = true;
    auto r = service().apply(fixture(QStringLiteral("bad_values.csv")), std::nullopt, options);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->created, 3);
    QCOMPARE(r->invalid, 12);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), 3);
    // SQL metacharacters are a name like any other: stored as written, the table still there.
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members WHERE name = "
                                        "'Robert''); DROP TABLE members;--'")),
             1);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT sum(points) FROM points_ledger WHERE kind = 'import'")), 35);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT max(length(name)) FROM members")), 31);
    verifyCheckOk(*m_t);
}

void TestImport::existingMemberGetsCardAndBalanceOnce()
{
    const qint64 anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000350"),
                                       QStringLiteral("+7 (912) 345-67-89"));
    QVERIFY(anna);
    // The old system knew Anna by another card and with 120 points.
    auto r = service().apply(fixture(QStringLiteral("utf8_comma.csv")));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->created, 2);
    QCOMPARE(r->updated, 1);
    QCOMPARE(r->rows.first().memberId, anna);
    QVERIFY(r->rows.first().addCard);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM cards WHERE member_id = %1").arg(anna)), 2);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(anna)), 120);
    verifyCheckOk(*m_t);

    auto again = service().apply(fixture(QStringLiteral("utf8_comma.csv")));
    QVERIFY(again.ok());
    QCOMPARE(again->skipped, 3);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(anna)), 120);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE member_id = %1").arg(anna)),
             1);
}

void TestImport::erasedMembersCardIsRefused()
{
    const qint64 id = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"));
    QVERIFY(id);
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE members SET erased_at = '2026-01-01T00:00:00.000Z' WHERE id = %1").arg(id)));
    auto r = service().plan(fixture(QStringLiteral("utf8_comma.csv")));
    QVERIFY(r.ok());
    QCOMPARE(r->rows.first().action, ImportRow::Action::Invalid);
    QVERIFY(r->rows.first().message.contains(QStringLiteral("erased")));
}

// A big list (about 7 MB, 100,000 members): the dry run and the import take seconds, not minutes.
// The 50 MB limit itself is tested in tst_csv.
void TestImport::largeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("members.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Name;Phone;Card;Points\n");
    constexpr int kRows = 100000;
    QByteArray chunk;
    for (int i = 0; i < kRows; ++i) {
        chunk += QStringLiteral("Member %1;+7 913 %2;%3;%4\n")
                     .arg(i)
                     .arg(i, 7, 10, QLatin1Char('0'))
                     .arg(10000000 + i)
                     .arg(i % 50)
                     .toUtf8();
    }
    f.write(chunk);
    f.close();

    QElapsedTimer timer;
    timer.start();
    auto planned = service().plan(path);
    QVERIFY2(planned.ok(), qPrintable(planned.error().message));
    const qint64 planMs = timer.restart();
    QCOMPARE(planned->created, kRows);
    auto applied = service().apply(path);
    QVERIFY2(applied.ok(), qPrintable(applied.error().message));
    const qint64 applyMs = timer.elapsed();
    qInfo("%d rows: dry run %lld ms, import %lld ms", kRows, planMs, applyMs);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), kRows);
    // No timed assertion here (a sanitizer build or a busy machine is slower): the figures are
    // printed, and the import's speed is a benchmark's business (docs/benchmarks.md).
    verifyCheckOk(*m_t);
}

void TestImport::importAndExportAreAudited()
{
    ImportOptions io;
    io.approvedBy = 0;
    QVERIFY(service().apply(fixture(QStringLiteral("utf8_comma.csv")), std::nullopt, io).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'members.import' "
                                        "AND after_json = '{\"created\":3,\"updated\":0}'")),
             1);
    // A dry run and a re-import that changes nothing leave no line.
    QVERIFY(service().plan(fixture(QStringLiteral("utf8_comma.csv"))).ok());
    QVERIFY(service().apply(fixture(QStringLiteral("utf8_comma.csv"))).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'members.import'")),
             1);

    const QString path = QDir(m_t->dirPath()).filePath(QStringLiteral("out.csv"));
    ExportOptions eo;
    QVERIFY(ExportService(m_t->context()).exportMembers(path, eo).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'members.export' "
                                        "AND entity_id = 'out.csv' AND after_json = '{\"members\":3}'")),
             1);
    // No line, no file: personal data never leaves without its trace.
    QVERIFY(m_t->db()
                .execScript(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON audit_log "
                                           "BEGIN SELECT RAISE(ABORT, 'refused'); END;"))
                .ok());
    const QString second = QDir(m_t->dirPath()).filePath(QStringLiteral("second.csv"));
    QVERIFY(!ExportService(m_t->context()).exportMembers(second, eo).ok());
    QVERIFY(!QFileInfo::exists(second));
}

void TestImport::exportRoundTrip()
{
    ImportOptions options;
    for (const char *f : {"utf8_comma.csv", "tab_chinese.tsv", "quoted_newlines.csv"})
        QVERIFY(service().apply(fixture(QString::fromLatin1(f)), std::nullopt, options).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    auto exported = ExportService(m_t->context()).exportMembers(path);
    QVERIFY2(exported.ok(), qPrintable(exported.error().message));
    QCOMPARE(exported->members, qint64(7));

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFName;Phone;E-mail;Card number;Birthday;Points;Notes"));
    QVERIFY(bytes.contains("\"line one\nline two\""));

    // Another terminal imports the export and ends up with the same members and balances.
    TestDb other;
    QVERIFY(other.ok());
    auto imported = ImportService(other.context()).apply(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message + imported.error().detail));
    QCOMPARE(imported->created, 7);
    const QString summary = QStringLiteral(
        "SELECT group_concat(name || '|' || coalesce(phone,'') || '|' || coalesce(email,'') || '|' || "
        "coalesce(birth_day,'') || '.' || coalesce(birth_month,'') || '.' || coalesce(birth_year,'') || '|' "
        "|| "
        "coalesce(notes,'') || '|' || points_balance, '#') FROM (SELECT * FROM members ORDER BY name)");
    QSqlQuery a(m_t->db().connection());
    QSqlQuery b(other.db().connection());
    QVERIFY(a.exec(summary) && a.next());
    QVERIFY(b.exec(summary) && b.next());
    QCOMPARE(b.value(0).toString(), a.value(0).toString());
    verifyCheckOk(other);
}

void TestImport::exportGuardsFormulas()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.csv"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Name,Phone,Card,Notes\n"
            "\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",+7 912 000-00-01,2000000000367,@SUM(1+1)\n"
            "-Minus Sign,,2000000000374,+cmd\n");
    f.close();
    auto imported = service().apply(in);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->created, 2);

    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(ExportService(m_t->context()).exportMembers(out, ExportOptions {QLatin1Char(','), false}).ok());
    QFile o(out);
    QVERIFY(o.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(o.readAll());
    QVERIFY(text.startsWith(QStringLiteral("Name,"))); // no BOM when asked not to
    QVERIFY2(
        text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'+7 912 000-00-01,")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("'@SUM(1+1)")));
    QVERIFY(text.contains(QStringLiteral("'-Minus Sign,")));
    QVERIFY(text.contains(QStringLiteral("'+cmd")));

    // The import takes the guard off again.
    TestDb other;
    QVERIFY(ImportService(other.context()).apply(out).ok());
    QCOMPARE(other.scalar(QStringLiteral(
                 "SELECT count(*) FROM members WHERE name = '-Minus Sign' AND notes = '+cmd'")),
             1);
    QCOMPARE(other.scalar(QStringLiteral("SELECT count(*) FROM members WHERE phone = '+7 912 000-00-01'")),
             1);
}

void TestImport::exportForbidden()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    ExportService exporter(m_t->context(), [] {
        return Result<void>(
            makeError(Error::Forbidden, QStringLiteral("Only a manager can export members.")));
    });
    auto r = exporter.exportMembers(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Forbidden);
    QVERIFY(!QFile::exists(path));
}

void TestImport::cli()
{
    const QString db = m_t->path();
    auto run = [&](QStringList args, QString *outText = nullptr) {
        args.prepend(QStringLiteral("loyalty-cli"));
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        const int code = Cli::run(args, o, e);
        o.flush();
        e.flush();
        if (outText)
            *outText = out + err;
        return code;
    };
    const QString bad = fixture(QStringLiteral("bad_values.csv"));
    QString text;
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), bad,
                  QStringLiteral("--dry-run")},
                 &text),
             0);
    QVERIFY2(text.contains(QStringLiteral("line 13: error")), qPrintable(text));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), 0);
    QCOMPARE(
        run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), bad}, &text),
        1);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), 0);
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), bad,
                  QStringLiteral("--valid-only")}),
             0);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), 3);
    // --map: the Square file's "Reference ID" is not taken as a card unless asked.
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("--db"), db, QStringLiteral("import"),
                  QStringLiteral("members"), fixture(QStringLiteral("square_export.csv")),
                  QStringLiteral("--map"), QStringLiteral("card=Reference ID"), QStringLiteral("--dry-run")},
                 &text),
             0);
    QVERIFY2(text.contains(QStringLiteral("\"card\":\"Reference ID\"")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"invalid\":1")));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), bad,
                  QStringLiteral("--map"), QStringLiteral("size=Name")}),
             2);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("members.csv"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("members"),
                  QStringLiteral("--out"), out},
                 &text),
             0);
    QVERIFY2(text.contains(QStringLiteral("3 members")), qPrintable(text));
    QVERIFY(QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
