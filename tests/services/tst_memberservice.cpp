// MemberService: what the scan field does with a card or phone number, what enrolment accepts, and the
// demo shop of the README built through the real services.
#include "demodata.h"
#include "ids.h"
#include "integritycheck.h"
#include "memberservice.h"
#include "repositories.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(Error::Kind)

namespace {
// Field by field, so that NewMember may grow without these tests changing meaning.
NewMember newMember(const QString &name, const QString &phone, const QString &card, const QString &email = {},
                    const QString &notes = {})
{
    NewMember m;
    m.name = name;
    m.phone = phone;
    m.cardNumber = card;
    m.email = email;
    m.notes = notes;
    return m;
}
} // namespace

class TestMemberService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lookupByCard();
    void unknownCard();
    void blockedCard();
    void blockedCardWithoutReason();
    void erasedMember();
    void lookupByPhone_data();
    void lookupByPhone();
    void ambiguousPhone();
    void badInput_data();
    void badInput();
    void byId();

    void enroll();
    void enrollRefused_data();
    void enrollRefused();
    void duplicateCard();

    void demo();
    void demoOnInitializedTerminal();
    void demoTwiceIsRefused();

private:
    MemberService service() { return MemberService(m_t->context()); }
    qint64 addBlockedCard(qint64 memberId, const QString &number, const QString &reason);
    std::unique_ptr<TestDb> m_t;
    qint64 m_anna = 0;
    qint64 m_maria = 0;
};

void TestMemberService::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    m_anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"),
                            QStringLiteral("+7 (912) 345-67-89"));
    m_maria = m_t->addMember(QStringLiteral("Мария Георгиева"), QStringLiteral("2000000000046"),
                             QStringLiteral("+359 88 123 4567"));
    QVERIFY(m_anna > 0 && m_maria > 0);
}

void TestMemberService::cleanup()
{
    m_t.reset();
}

qint64 TestMemberService::addBlockedCard(qint64 memberId, const QString &number, const QString &reason)
{
    CardRecord c;
    c.uuid = Ids::newUuid();
    c.originTerminal = m_t->terminal().uuid;
    c.memberId = memberId;
    c.number = number;
    c.blocked = true;
    c.blockedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    c.blockedReason = reason;
    c.createdAt = QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
    auto r = MemberRepository(m_t->db()).insertCard(c);
    if (!r)
        qWarning("%s", qPrintable(r.error().detail));
    return c.id;
}

void TestMemberService::lookupByCard()
{
    for (const QString &input : {QStringLiteral("2000000000015"), QStringLiteral("  2000000000015\n")}) {
        auto v = service().lookup(input);
        QVERIFY2(v.ok(), qPrintable(v.error().message));
        QCOMPARE(v->member.id, m_anna);
        QCOMPARE(v->member.name, QStringLiteral("Anna Petrova"));
        QCOMPARE(v->member.phone, QStringLiteral("+7 (912) 345-67-89"));
        QCOMPARE(v->member.phoneNorm, QStringLiteral("123456789"));
        QCOMPARE(v->member.createdAt, QDateTime(QDate(2026, 3, 14), QTime(10, 0), Qt::UTC));
        QCOMPARE(v->card.number, QStringLiteral("2000000000015"));
        QVERIFY(v->card.id > 0);
        QVERIFY(!v->card.blocked);
    }
    auto maria = service().lookup(QStringLiteral("2000000000046"));
    QVERIFY(maria.ok());
    QCOMPARE(maria->member.id, m_maria);
}

void TestMemberService::unknownCard()
{
    auto v = service().lookup(QStringLiteral("2000000000022"));
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, Error::NotFound);
    QCOMPARE(v.error().message, QStringLiteral("No member has card or phone number 2000000000022."));
}

void TestMemberService::blockedCard()
{
    QVERIFY(addBlockedCard(m_anna, QStringLiteral("2000000000992"), QStringLiteral("lost")) > 0);
    auto v = service().lookup(QStringLiteral("2000000000992"));
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, Error::Blocked);
    const QString &m = v.error().message;
    QVERIFY2(m.startsWith(QLatin1String("Card 2000000000992 is blocked since ")), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("2026")),
             qPrintable(m)); // the date it was blocked, in the user's format
    QVERIFY2(m.contains(QLatin1String("(lost)")), qPrintable(m));
    QVERIFY2(m.endsWith(QLatin1String("Ask for the member's phone number or another card.")), qPrintable(m));
    // Her other card still works.
    QVERIFY(service().lookup(QStringLiteral("2000000000015")).ok());
}

void TestMemberService::blockedCardWithoutReason()
{
    QVERIFY(addBlockedCard(m_anna, QStringLiteral("2000000000992"), QString()) > 0);
    auto v = service().lookup(QStringLiteral("2000000000992"));
    QCOMPARE(v.error().kind, Error::Blocked);
    QVERIFY2(!v.error().message.contains(QLatin1Char('(')), qPrintable(v.error().message));
}

void TestMemberService::erasedMember()
{
    QVERIFY(m_t->db()
                .execScript(QStringLiteral("UPDATE members SET erased_at = '2026-03-10T00:00:00.000Z' "
                                           "WHERE id = %1")
                                .arg(m_anna))
                .ok());
    auto v = service().lookup(QStringLiteral("2000000000015"));
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, Error::Blocked);
    QVERIFY2(v.error().message.contains(QLatin1String("erased")), qPrintable(v.error().message));
    // Nor is an erased member found by phone.
    auto byPhone = service().lookup(QStringLiteral("+7 912 345-67-89"));
    QVERIFY(!byPhone.ok());
    QCOMPARE(byPhone.error().kind, Error::NotFound);
}

void TestMemberService::lookupByPhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("name");
    QTest::newRow("ru as enrolled") << QStringLiteral("+7 (912) 345-67-89") << QStringLiteral("Anna Petrova");
    QTest::newRow("ru trunk 8") << QStringLiteral("89123456789") << QStringLiteral("Anna Petrova");
    QTest::newRow("ru trunk 8 spaced") << QStringLiteral("8 912 345 67 89") << QStringLiteral("Anna Petrova");
    QTest::newRow("ru +7 packed") << QStringLiteral("+79123456789") << QStringLiteral("Anna Petrova");
    QTest::newRow("ru national") << QStringLiteral("912 345-67-89") << QStringLiteral("Anna Petrova");
    QTest::newRow("bg as enrolled") << QStringLiteral("+359 88 123 4567")
                                    << QStringLiteral("Мария Георгиева");
    QTest::newRow("bg trunk 0") << QStringLiteral("088 123 4567") << QStringLiteral("Мария Георгиева");
    QTest::newRow("bg packed") << QStringLiteral("0881234567") << QStringLiteral("Мария Георгиева");
}

void TestMemberService::lookupByPhone()
{
    QFETCH(QString, input);
    QFETCH(QString, name);
    auto v = service().lookup(input);
    QVERIFY2(v.ok(), qPrintable(v.error().message));
    QCOMPARE(v->member.name, name);
    QVERIFY(v->card.number.isEmpty()); // found by phone: no card was used
}

void TestMemberService::ambiguousPhone()
{
    // Two members sharing a phone (a family, or rows that arrived by sync): written through the repository,
    // since enrolment may refuse a phone that is already taken.
    MemberRecord pavel;
    pavel.uuid = Ids::newUuid();
    pavel.originTerminal = m_t->terminal().uuid;
    pavel.name = QStringLiteral("Pavel Petrov");
    pavel.phone = QStringLiteral("8 912 345-67-89");
    pavel.phoneNorm = QStringLiteral("123456789");
    pavel.createdAt = m_t->clock().nowUtc();
    MemberRepository repo(m_t->db());
    QVERIFY(repo.insert(pavel).ok());
    CardRecord card;
    card.uuid = Ids::newUuid();
    card.originTerminal = m_t->terminal().uuid;
    card.memberId = pavel.id;
    card.number = QStringLiteral("2000000000022");
    card.createdAt = pavel.createdAt;
    QVERIFY(repo.insertCard(card).ok());
    auto v = service().lookup(QStringLiteral("89123456789"));
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, Error::Conflict);
    QCOMPARE(v.error().message,
             QStringLiteral("Several members have phone 89123456789: scan the card instead."));
    // The cards still tell them apart.
    QCOMPARE(service().lookup(QStringLiteral("2000000000022"))->member.name, QStringLiteral("Pavel Petrov"));
}

void TestMemberService::badInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << Error::Invalid
                           << QStringLiteral("Scan a card or type a card or phone number.");
    QTest::newRow("blank") << QStringLiteral("   ") << Error::Invalid
                           << QStringLiteral("Scan a card or type a card or phone number.");
    QTest::newRow("65 digits") << QString(65, QLatin1Char('1')) << Error::Invalid
                               << QStringLiteral("That is too long to be a card or phone number.");
    QTest::newRow("a pasted paragraph") << QString(200, QLatin1Char('x')) << Error::Invalid
                                        << QStringLiteral("That is too long to be a card or phone number.");
    QTest::newRow("64 digits")
        << QString(64, QLatin1Char('1')) << Error::NotFound
        << QStringLiteral("No member has card or phone number %1.").arg(QString(64, QLatin1Char('1')));
    QTest::newRow("unknown phone") << QStringLiteral("+7 999 000-00-00") << Error::NotFound
                                   << QStringLiteral("No member has phone number +7 999 000-00-00.");
    QTest::newRow("a name") << QStringLiteral("Anna") << Error::NotFound
                            << QStringLiteral("\"Anna\" is not a card or phone number of any member.");
    QTest::newRow("SQL") << QStringLiteral("' OR 1=1 --") << Error::NotFound
                         << QStringLiteral("\"' OR 1=1 --\" is not a card or phone number of any member.");
}

void TestMemberService::badInput()
{
    QFETCH(QString, input);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, message);
    auto v = service().lookup(input);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, kind);
    QCOMPARE(v.error().message, message);
}

void TestMemberService::byId()
{
    auto v = service().byId(m_maria);
    QVERIFY(v.ok());
    QCOMPARE(v->member.name, QStringLiteral("Мария Георгиева"));
    auto missing = service().byId(m_maria + 100);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::NotFound);
}

void TestMemberService::enroll()
{
    m_t->clock().advanceMs(1500);
    auto v
        = service().enroll(newMember(QStringLiteral("  Olena   Kovalenko "),
                                     QStringLiteral(" +380 50 123 4567 "), QStringLiteral(" 2000000000053 "),
                                     QStringLiteral(" olena@example.com "), QStringLiteral(" Без лактози ")));
    QVERIFY2(v.ok(), qPrintable(v.error().message));
    QCOMPARE(v->member.name, QStringLiteral("Olena Kovalenko"));
    QCOMPARE(v->member.phone, QStringLiteral("+380 50 123 4567"));
    QCOMPARE(v->member.phoneNorm, QStringLiteral("501234567"));
    QCOMPARE(v->member.email, QStringLiteral("olena@example.com"));
    QCOMPARE(v->member.notes, QStringLiteral("Без лактози"));
    QCOMPARE(v->member.pointsBalance, qint64(0));
    QCOMPARE(v->member.originTerminal, m_t->terminal().uuid);
    QCOMPARE(v->card.number, QStringLiteral("2000000000053"));
    QCOMPARE(v->card.memberId, v->member.id);

    auto found = service().lookup(QStringLiteral("2000000000053"));
    QVERIFY(found.ok());
    QCOMPARE(found->member.id, v->member.id);
    QCOMPARE(found->member.createdAt, QDateTime(QDate(2026, 3, 14), QTime(10, 0, 1, 500), Qt::UTC));
    QCOMPARE(service().lookup(QStringLiteral("050 123 4567"))->member.id, v->member.id);

    // A member without a phone, and a name at the 200-character limit.
    auto plain = service().enroll(newMember(QString(200, QLatin1Char('N')), {}, QStringLiteral("123456")));
    QVERIFY2(plain.ok(), qPrintable(plain.error().message));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members WHERE id = %1 AND phone IS NULL")
                             .arg(plain->member.id)),
             qint64(1));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), qint64(4));
}

void TestMemberService::enrollRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("message"); // a fragment, any case
    const QString card = QStringLiteral("2000000000053");
    const QString name = QStringLiteral("Olena");
    const QString cardRule = QStringLiteral("card number");
    QTest::newRow("no name") << QString() << QString() << card << QStringLiteral("Enter the member's name.");
    QTest::newRow("blank name") << QStringLiteral(" \t ") << QString() << card
                                << QStringLiteral("Enter the member's name.");
    QTest::newRow("name too long") << QString(201, QLatin1Char('N')) << QString() << card
                                   << QStringLiteral("A name has at most 200 characters");
    QTest::newRow("no card") << name << QString() << QString() << cardRule;
    QTest::newRow("letters in card") << name << QString() << QStringLiteral("20000000000AB") << cardRule;
    QTest::newRow("spaces in card") << name << QString() << QStringLiteral("2000 0000 0005 3") << cardRule;
    QTest::newRow("card too short") << name << QString() << QStringLiteral("12345") << cardRule;
    QTest::newRow("card too long") << name << QString() << QString(33, QLatin1Char('1')) << cardRule;
    QTest::newRow("not a phone") << name << QStringLiteral("call me") << card
                                 << QStringLiteral("\"call me\" is not a phone number");
    QTest::newRow("phone too short") << name << QStringLiteral("12-34") << card
                                     << QStringLiteral("\"12-34\" is not a phone number");
}

void TestMemberService::enrollRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QFETCH(QString, card);
    QFETCH(QString, message);
    auto v = service().enroll(newMember(name, phone, card));
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, Error::Invalid);
    QVERIFY2(v.error().message.contains(message, Qt::CaseInsensitive), qPrintable(v.error().message));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), qint64(2));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM cards")), qint64(2));
}

void TestMemberService::duplicateCard()
{
    auto v = service().enroll(newMember(QStringLiteral("Someone Else"), {}, QStringLiteral("2000000000015")));
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, Error::Conflict);
    QCOMPARE(v.error().message, QStringLiteral("Card 2000000000015 already belongs to Anna Petrova."));
    // A blocked card is still somebody's.
    QVERIFY(addBlockedCard(m_anna, QStringLiteral("2000000000992"), QStringLiteral("lost")) > 0);
    v = service().enroll(newMember(QStringLiteral("Someone Else"), {}, QStringLiteral("2000000000992")));
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, Error::Conflict);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), qint64(2));
}

void TestMemberService::demo()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(opened.ok());
    Database &db = *opened.value();
    FixedClock clock(QDateTime(QDate(2026, 3, 14), QTime(10, 0), Qt::UTC));
    auto demo = DemoData::create(db, clock, QStringLiteral("EUR"));
    QVERIFY2(demo.ok(), qPrintable(demo.error().message + QLatin1Char(' ') + demo.error().detail));

    // The cards the README lists, in its order.
    const QStringList cards
        = {QStringLiteral("2000000000015"), QStringLiteral("2000000000022"), QStringLiteral("2000000000039"),
           QStringLiteral("2000000000046"), QStringLiteral("2000000000053"), QStringLiteral("2000000000060")};
    QCOMPARE(demo->cards, cards);
    QCOMPARE(demo->blockedCard, QStringLiteral("2000000000992"));
    QCOMPARE(demo->members, 6);
    QCOMPARE(demo->sales, 16); // 6 + 3 + 2 + 4 + 1 + 0 visits
    QCOMPARE(demo->terminal.currency, QStringLiteral("EUR"));

    ServiceContext ctx {db, clock, demo->terminal};
    MemberService members(ctx);
    const QStringList names = {
        QStringLiteral("Anna Petrova"),    QStringLiteral("Иван Сидоров"),    QStringLiteral("王芳"),
        QStringLiteral("Мария Георгиева"), QStringLiteral("Олена Коваленко"), QStringLiteral("John Smith")};
    for (int i = 0; i < cards.size(); ++i) {
        auto v = members.lookup(cards.at(i));
        QVERIFY2(v.ok(), qPrintable(v.error().message));
        QCOMPARE(v->member.name, names.at(i));
    }
    // Anna's six visits: 8.50, 5.00, 7.40, 10.90 less a free latte (the coffee card's 6th coffee:
    // 3.20), 8.50, 5.00 -> 8 + 5 + 7 + 7 + 8 + 5 points, plus the 50-point welcome bonus.
    auto anna = members.lookup(cards.first());
    QCOMPARE(anna->member.visits, qint64(6));
    QCOMPARE(anna->member.totalSpentMinor, qint64(4210));
    QCOMPARE(anna->member.pointsBalance, qint64(90));
    QCOMPARE(members.lookup(QStringLiteral("8 903 111-22-33"))->member.name, QStringLiteral("Иван Сидоров"));
    QCOMPARE(members.lookup(QStringLiteral("2000000000060"))->member.visits, qint64(0));

    auto blocked = members.lookup(QStringLiteral("2000000000992"));
    QVERIFY(!blocked.ok());
    QCOMPARE(blocked.error().kind, Error::Blocked);
    QVERIFY2(blocked.error().message.contains(QLatin1String("(lost)")), qPrintable(blocked.error().message));

    auto report = IntegrityCheck(db).run();
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM members), (SELECT count(*) FROM cards), "
                                  "(SELECT count(*) FROM purchases), (SELECT count(*) FROM points_ledger), "
                                  "(SELECT MAX(created_at) FROM purchases)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 6);
    QCOMPARE(q.value(1).toInt(), 7);
    QCOMPARE(q.value(2).toInt(), 16);
    QCOMPARE(q.value(3).toInt(), 22); // 16 sales' points and 6 welcome bonuses
    QVERIFY2(q.value(4).toString() < QLatin1String("2026-03-14T10:00:00.000Z"), "demo sales are in the past");
}

void TestMemberService::demoOnInitializedTerminal()
{
    TestDb fresh(QStringLiteral("RUB"));
    QVERIFY(fresh.ok());
    // The terminal exists and has no members: the demo adds them in the terminal's currency.
    auto demo = DemoData::create(fresh.db(), fresh.clock(), QStringLiteral("EUR"));
    QVERIFY2(demo.ok(), qPrintable(demo.error().message));
    QCOMPARE(demo->terminal.uuid, fresh.terminal().uuid);
    QCOMPARE(fresh.scalar(QStringLiteral("SELECT count(*) FROM purchases WHERE currency = 'RUB'")),
             qint64(16));
    QCOMPARE(fresh.scalar(QStringLiteral("SELECT count(*) FROM terminals")), qint64(1));
}

void TestMemberService::demoTwiceIsRefused()
{
    // TestDb already has members.
    auto again = DemoData::create(m_t->db(), m_t->clock(), QStringLiteral("EUR"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Conflict);
    QVERIFY2(again.error().message.contains(QLatin1String("already has members")),
             qPrintable(again.error().message));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members")), qint64(2));

    TestDb fresh;
    QVERIFY(DemoData::create(fresh.db(), fresh.clock(), QStringLiteral("EUR")).ok());
    auto second = DemoData::create(fresh.db(), fresh.clock(), QStringLiteral("EUR"));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Error::Conflict);
    QCOMPARE(fresh.scalar(QStringLiteral("SELECT count(*) FROM members")), qint64(6));
    QCOMPARE(fresh.scalar(QStringLiteral("SELECT count(*) FROM purchases")), qint64(16));
}

QTEST_GUILESS_MAIN(TestMemberService)
#include "tst_memberservice.moc"
