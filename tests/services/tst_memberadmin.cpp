// MemberService's administrative actions on real SQLite files: edit (enrolment rules, duplicates),
// a lost card replaced, two members merged, a member erased. Each is one transaction; IntegrityCheck
// stays clean after each.
#include "auditservice.h"
#include "checkoutservice.h"
#include "ids.h"
#include "importservice.h"
#include "integritycheck.h"
#include "memberinsights.h"
#include "membersearch.h"
#include "memberservice.h"
#include "repositories.h"
#include "staffservice.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(Error::Kind)

namespace {
MemberChanges nameOnly(const QString &name)
{
    MemberChanges c;
    c.name = name;
    return c;
}
} // namespace

class TestMemberAdmin : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editChangesFieldsAndSearch();
    void editKeepsWhatIsNotGiven();
    void editRefused_data();
    void editRefused();
    void editSharedPhoneNeedsConfirmation();
    void editSharedEmailNeedsConfirmation();
    void editDoesNotAskAgainForAnUnchangedSharedPhone();
    void editCardNumberReplacesTheCard();
    void editCardOfAnotherMemberRefused();
    void editConsentKeepsItsDate();
    void editWithoutChangesWritesNothing();

    void lostCardKeepsBalanceAndRefusesTheOldCard();
    void lostCardGetsAGeneratedNumber();
    void lostCardRefused_data();
    void lostCardRefused();
    void lostCardWithSeveralCardsNeedsWhichOne();

    void mergeMovesEverything();
    void mergeKeepsExpiryOfUnspentLots();
    void mergeFillsGaps();
    void mergeThenReimportAddsNoPoints();
    void mergeRefused_data();
    void mergeRefused();

    void eraseAnonymizesAndKeepsTheBooks();
    void eraseAlsoErasesMergedRecords();
    void eraseRefusedTwice();

    void auditEntries();
    void eraseAuditHoldsNoPersonalData();
    void cashierNeedsManagerApproval_data();
    void cashierNeedsManagerApproval();
    void adjustPoints();

private:
    MemberService service() { return MemberService(m_t->context()); }
    // A sale of `minor` for the member; returns the points it earned.
    qint64 sell(qint64 memberId, qint64 minor);
    QString searchOne(const QString &text);
    void expectCheckOk();
    // The audit lines of an action: "entity_id|before|after|staff_id|approved_by".
    QStringList audit(const QString &action);
    std::unique_ptr<TestDb> m_t;
    qint64 m_anna = 0;
    qint64 m_boris = 0;
};

void TestMemberAdmin::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    m_anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"),
                            QStringLiteral("+7 (912) 345-67-89"));
    m_boris = m_t->addMember(QStringLiteral("Борис Иванов"), QStringLiteral("2000000000046"),
                             QStringLiteral("+7 (903) 111-22-33"));
    QVERIFY(m_anna > 0 && m_boris > 0);
}

void TestMemberAdmin::cleanup()
{
    m_t.reset();
}

qint64 TestMemberAdmin::sell(qint64 memberId, qint64 minor)
{
    SaleRequest r;
    r.cart.currency = QStringLiteral("EUR");
    CartLine l;
    l.description = QStringLiteral("Latte");
    l.unitPriceMinor = minor;
    l.quantity = 1;
    r.cart.lines << l;
    r.memberId = memberId;
    auto done = CheckoutService(m_t->context()).complete(r);
    if (!done) {
        qWarning("sale failed: %s", qPrintable(done.error().message));
        return -1;
    }
    return done->purchase.pointsEarned;
}

// The names MemberSearch finds for a text, joined; "" when nobody.
QString TestMemberAdmin::searchOne(const QString &text)
{
    MemberSearch search(m_t->db());
    auto found = search.search(text);
    if (!found)
        return QStringLiteral("error: ") + found.error().message;
    auto rows = search.rows(found->ids);
    if (!rows)
        return QStringLiteral("error: ") + rows.error().message;
    QStringList names;
    for (const auto &r : rows.value())
        names << r.name;
    return names.join(QLatin1Char('|'));
}

void TestMemberAdmin::expectCheckOk()
{
    auto check = IntegrityCheck(m_t->db()).run();
    QVERIFY(check.ok());
    QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
}

QStringList TestMemberAdmin::audit(const QString &action)
{
    QSqlQuery q(m_t->db().connection());
    q.prepare(QStringLiteral("SELECT entity, entity_id, before_json, after_json, COALESCE(staff_id, 0), "
                             "COALESCE(approved_by, 0) FROM audit_log WHERE action = ? ORDER BY id"));
    q.addBindValue(action);
    if (!q.exec())
        return {QStringLiteral("error")};
    QStringList out;
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("member"))
            return {QStringLiteral("wrong entity ") + q.value(0).toString()};
        out << QStringLiteral("%1|%2|%3|%4|%5")
                   .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString())
                   .arg(q.value(4).toLongLong())
                   .arg(q.value(5).toLongLong());
    }
    return out;
}

// --- edit --------------------------------------------------------------------------------------

void TestMemberAdmin::editChangesFieldsAndSearch()
{
    m_t->clock().advanceDays(1);
    MemberChanges c;
    c.name = QStringLiteral("  Anna   Sidorova ");
    c.phone = QStringLiteral("8 912 000-11-22");
    c.email = QStringLiteral("anna@example.com");
    c.birthday = QStringLiteral("29.02.1992");
    c.notes = QStringLiteral("oat milk");
    auto r = service().edit(m_anna, c);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->member.name, QStringLiteral("Anna Sidorova"));
    QCOMPARE(r->card.number, QStringLiteral("2000000000015"));

    auto stored = service().byId(m_anna);
    QVERIFY(stored.ok());
    QCOMPARE(stored->member.name, QStringLiteral("Anna Sidorova"));
    QCOMPARE(stored->member.phone, QStringLiteral("8 912 000-11-22"));
    QCOMPARE(stored->member.phoneNorm, QStringLiteral("120001122"));
    QCOMPARE(stored->member.email, QStringLiteral("anna@example.com"));
    QCOMPARE(stored->member.birthDay, 29);
    QCOMPARE(stored->member.birthMonth, 2);
    QCOMPARE(stored->member.birthYear, 1992);
    QCOMPARE(stored->member.notes, QStringLiteral("oat milk"));
    QCOMPARE(stored->member.updatedAt, m_t->clock().nowUtc());

    // The search column and the FTS index follow: new name, e-mail and phone found, the old name not.
    QCOMPARE(searchOne(QStringLiteral("sidorova")), QStringLiteral("Anna Sidorova"));
    QCOMPARE(searchOne(QStringLiteral("idorov")), QStringLiteral("Anna Sidorova"));
    QCOMPARE(searchOne(QStringLiteral("example.com")), QStringLiteral("Anna Sidorova"));
    QCOMPARE(searchOne(QStringLiteral("petrova")), QString());
    QCOMPARE(searchOne(QStringLiteral("0001122")), QStringLiteral("Anna Sidorova"));
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM member_fts WHERE member_fts MATCH '\"petrov\"'")),
        0);
    // By the new phone at the scan field; the old one finds nobody.
    auto byPhone = service().lookup(QStringLiteral("+7 912 000 11 22"));
    QVERIFY(byPhone.ok());
    QCOMPARE(byPhone->member.id, m_anna);
    QCOMPARE(service().lookup(QStringLiteral("+7 (912) 345-67-89")).error().kind, Error::NotFound);
    expectCheckOk();
}

void TestMemberAdmin::editKeepsWhatIsNotGiven()
{
    MemberChanges first;
    first.email = QStringLiteral("anna@example.com");
    first.birthday = QStringLiteral("31.12");
    first.notes = QStringLiteral("no sugar");
    QVERIFY(service().edit(m_anna, first).ok());
    auto r = service().edit(m_anna, nameOnly(QStringLiteral("Anna P.")));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->member.name, QStringLiteral("Anna P."));
    QCOMPARE(r->member.phone, QStringLiteral("+7 (912) 345-67-89"));
    QCOMPARE(r->member.email, QStringLiteral("anna@example.com"));
    QCOMPARE(r->member.birthDay, 31);
    QCOMPARE(r->member.birthMonth, 12);
    QCOMPARE(r->member.birthYear, 0);
    QCOMPARE(r->member.notes, QStringLiteral("no sugar"));
    // An empty text clears an optional field.
    MemberChanges clear;
    clear.email = QString();
    clear.birthday = QString();
    r = service().edit(m_anna, clear);
    QVERIFY(r.ok());
    QCOMPARE(r->member.email, QString());
    QCOMPARE(r->member.birthDay, 0);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members WHERE id = %1 AND email IS NULL "
                                        "AND birth_day IS NULL")
                             .arg(m_anna)),
             1);
}

void TestMemberAdmin::editRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty name") << "name"
                                << "   "
                                << "name";
    QTest::newRow("10000-character name") << "name" << QString(10000, QLatin1Char('a')) << "200";
    QTest::newRow("control character") << "name" << QStringLiteral("Anna\x07") << "";
    QTest::newRow("letters in phone") << "phone"
                                      << "+7 912 ABC"
                                      << "";
    QTest::newRow("short phone") << "phone"
                                 << "12345"
                                 << "";
    QTest::newRow("e-mail without @") << "email"
                                      << "anna.example.com"
                                      << "";
    QTest::newRow("31 February") << "birthday"
                                 << "31.02.1990"
                                 << "";
    QTest::newRow("future year") << "birthday"
                                 << "01.01.2090"
                                 << "";
    QTest::newRow("card with a wrong check digit") << "card"
                                                   << "2000000000016"
                                                   << "";
    QTest::newRow("card with letters") << "card"
                                       << "20000'; DROP TABLE members;--"
                                       << "";
}

void TestMemberAdmin::editRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    MemberChanges c;
    c.name = QStringLiteral("Changed Too");
    if (field == QLatin1String("name"))
        c.name = value;
    else if (field == QLatin1String("phone"))
        c.phone = value;
    else if (field == QLatin1String("email"))
        c.email = value;
    else if (field == QLatin1String("birthday"))
        c.birthday = value;
    else if (field == QLatin1String("card"))
        c.cardNumber = value;
    auto r = service().edit(m_anna, c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Invalid);
    QCOMPARE(r.error().field, field);
    QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    // Nothing was written: not even the valid name.
    auto stored = service().byId(m_anna);
    QCOMPARE(stored->member.name, QStringLiteral("Anna Petrova"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM cards")), 2);
}

void TestMemberAdmin::editSharedPhoneNeedsConfirmation()
{
    MemberChanges c;
    c.phone = QStringLiteral("89033334455"); // Boris has +7 (903) 111-22-33: change his first
    QVERIFY(service().edit(m_boris, c).ok());
    c.phone = QStringLiteral("+7 903 333-44-55");
    auto r = service().edit(m_anna, c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Conflict);
    QCOMPARE(r.error().field, QStringLiteral("phone"));
    QVERIFY2(r.error().message.contains(QStringLiteral("Борис Иванов")), qPrintable(r.error().message));
    QCOMPARE(service().byId(m_anna)->member.phone, QStringLiteral("+7 (912) 345-67-89"));
    c.allowSharedContact = true;
    r = service().edit(m_anna, c);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->member.phoneNorm, QStringLiteral("033334455"));
}

void TestMemberAdmin::editSharedEmailNeedsConfirmation()
{
    MemberChanges c;
    c.email = QStringLiteral("family@example.com");
    QVERIFY(service().edit(m_boris, c).ok());
    c.email = QStringLiteral("Family@Example.com");
    auto r = service().edit(m_anna, c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Conflict);
    QCOMPARE(r.error().field, QStringLiteral("email"));
    c.allowSharedContact = true;
    QVERIFY(service().edit(m_anna, c).ok());
}

void TestMemberAdmin::editDoesNotAskAgainForAnUnchangedSharedPhone()
{
    NewMember twin;
    twin.name = QStringLiteral("Anton Petrov");
    twin.phone = QStringLiteral("89123456789"); // Anna's phone: a family
    twin.cardNumber = QStringLiteral("2000000000022");
    twin.allowSharedContact = true;
    auto anton = service().enroll(twin);
    QVERIFY2(anton.ok(), qPrintable(anton.error().message));
    auto r = service().edit(anton->member.id, nameOnly(QStringLiteral("Anton Petrov Jr.")));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
}

void TestMemberAdmin::editCardNumberReplacesTheCard()
{
    MemberChanges c;
    c.cardNumber = QStringLiteral("2000000000022");
    auto r = service().edit(m_anna, c);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->card.number, QStringLiteral("2000000000022"));
    auto now = service().lookup(QStringLiteral("2000000000022"));
    QVERIFY(now.ok());
    QCOMPARE(now->member.id, m_anna);
    auto old = service().lookup(QStringLiteral("2000000000015"));
    QCOMPARE(old.error().kind, Error::Blocked);
    QVERIFY2(old.error().message.contains(QStringLiteral("2000000000022")), qPrintable(old.error().message));
    // The same number again changes nothing.
    auto same = service().edit(m_anna, c);
    QVERIFY(same.ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM cards WHERE member_id = %1").arg(m_anna)), 2);
}

void TestMemberAdmin::editCardOfAnotherMemberRefused()
{
    MemberChanges c;
    c.cardNumber = QStringLiteral("2000000000046"); // Boris's
    c.allowSharedContact = true; // a confirmed shared contact does not let a card be shared
    auto r = service().edit(m_anna, c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Conflict);
    QCOMPARE(r.error().field, QStringLiteral("card"));
    QVERIFY2(r.error().message.contains(QStringLiteral("Борис Иванов")), qPrintable(r.error().message));
    QVERIFY(service().lookup(QStringLiteral("2000000000015")).ok());
    QCOMPARE(service().lookup(QStringLiteral("2000000000046"))->member.id, m_boris);
}

void TestMemberAdmin::editConsentKeepsItsDate()
{
    const QDateTime first = m_t->clock().nowUtc();
    MemberChanges c;
    c.consentSms = true;
    QVERIFY(service().edit(m_anna, c).ok());
    QCOMPARE(service().byId(m_anna)->member.consentSmsAt, first);
    m_t->clock().advanceDays(10);
    QVERIFY(service().edit(m_anna, nameOnly(QStringLiteral("Anna Maria Petrova"))).ok());
    QCOMPARE(service().byId(m_anna)->member.consentSmsAt, first);
    c.consentSms = false;
    QVERIFY(service().edit(m_anna, c).ok());
    QVERIFY(!service().byId(m_anna)->member.consentSmsAt.isValid());
    // No e-mail, no e-mail consent.
    MemberChanges mail;
    mail.consentEmail = true;
    QVERIFY(service().edit(m_anna, mail).ok());
    QVERIFY(!service().byId(m_anna)->member.consentEmailAt.isValid());
}

void TestMemberAdmin::editWithoutChangesWritesNothing()
{
    const QDateTime before = service().byId(m_anna)->member.updatedAt;
    m_t->clock().advanceDays(1);
    auto r = service().edit(m_anna, nameOnly(QStringLiteral("Anna  Petrova")));
    QVERIFY(r.ok());
    QCOMPARE(service().byId(m_anna)->member.updatedAt, before);
}

// --- lost card ---------------------------------------------------------------------------------

void TestMemberAdmin::lostCardKeepsBalanceAndRefusesTheOldCard()
{
    const qint64 earned = sell(m_anna, 2500);
    QVERIFY(earned > 0);
    auto r = service().replaceLostCard(m_anna, 0, QStringLiteral("2000000000022"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->card.number, QStringLiteral("2000000000022"));

    auto found = service().lookup(QStringLiteral("2000000000022"));
    QVERIFY(found.ok());
    QCOMPARE(found->member.id, m_anna);
    QCOMPARE(found->member.pointsBalance, earned);
    QCOMPARE(found->member.visits, qint64(1));

    auto old = service().lookup(QStringLiteral("2000000000015"));
    QVERIFY(!old.ok());
    QCOMPARE(old.error().kind, Error::Blocked);
    QVERIFY2(old.error().message.contains(QStringLiteral("replaced by card 2000000000022")),
             qPrintable(old.error().message));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM cards WHERE number = '2000000000015' "
                                        "AND status = 'blocked' AND blocked_at IS NOT NULL")),
             1);
    // The sale with the old card still belongs to the member.
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases WHERE member_id = %1").arg(m_anna)),
             1);
    expectCheckOk();
}

void TestMemberAdmin::lostCardGetsAGeneratedNumber()
{
    auto r = service().replaceLostCard(m_anna, 0, QString());
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->card.number.size(), 13);
    QVERIFY(r->card.number.startsWith(QLatin1Char('2')));
    QVERIFY(service().lookup(r->card.number).ok());
}

void TestMemberAdmin::lostCardRefused_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<Error::Kind>("kind");
    QTest::newRow("another member's card") << "2000000000046" << Error::Conflict;
    QTest::newRow("the same card") << "2000000000015" << Error::Invalid;
    QTest::newRow("wrong check digit") << "2000000000023" << Error::Invalid;
}

void TestMemberAdmin::lostCardRefused()
{
    QFETCH(QString, number);
    QFETCH(Error::Kind, kind);
    auto r = service().replaceLostCard(m_anna, 0, number);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, kind);
    QCOMPARE(r.error().field, QStringLiteral("card"));
    // All or nothing: the old card still works.
    QVERIFY(service().lookup(QStringLiteral("2000000000015")).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM cards WHERE status = 'blocked'")), 0);
}

void TestMemberAdmin::lostCardWithSeveralCardsNeedsWhichOne()
{
    QVERIFY(service().replaceLostCard(m_anna, 0, QStringLiteral("2000000000022")).ok());
    CardRecord extra;
    extra.uuid = Ids::newUuid();
    extra.originTerminal = m_t->terminal().uuid;
    extra.memberId = m_anna;
    extra.number = QStringLiteral("2000000000039");
    extra.createdAt = m_t->clock().nowUtc();
    QVERIFY(MemberRepository(m_t->db()).insertCard(extra).ok());
    auto r = service().replaceLostCard(m_anna, 0, QStringLiteral("2000000000053"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Invalid);
    r = service().replaceLostCard(m_anna, extra.id, QStringLiteral("2000000000053"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(service().lookup(QStringLiteral("2000000000039")).error().kind, Error::Blocked);
    QVERIFY(service().lookup(QStringLiteral("2000000000022")).ok());
    // A card that is blocked already cannot be lost again.
    r = service().replaceLostCard(m_anna, extra.id, QStringLiteral("2000000000060"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Conflict);
}

// --- merge -------------------------------------------------------------------------------------

void TestMemberAdmin::mergeMovesEverything()
{
    const qint64 annaPoints = sell(m_anna, 1000);
    m_t->clock().advanceDays(3);
    const qint64 borisPoints = sell(m_boris, 3000) + sell(m_boris, 500);
    QVERIFY(annaPoints > 0 && borisPoints > 0);
    const QDateTime borisLast = m_t->clock().nowUtc();
    const qint64 sales = m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases"));
    const qint64 ledgerBefore = m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger"));

    auto r = service().merge(m_anna, m_boris);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->pointsMoved, borisPoints);
    QCOMPARE(r->cardsMoved, 1);
    QCOMPARE(r->purchasesMoved, 2);
    QCOMPARE(r->kept.member.id, m_anna);
    QCOMPARE(r->kept.member.pointsBalance, annaPoints + borisPoints);
    QCOMPARE(r->kept.member.visits, qint64(3));
    QCOMPARE(r->kept.member.totalSpentMinor, qint64(4500));
    QCOMPARE(r->kept.member.lastVisitAt, borisLast);

    // Boris's card now finds Anna; his purchases are hers; nothing was deleted.
    auto byCard = service().lookup(QStringLiteral("2000000000046"));
    QVERIFY(byCard.ok());
    QCOMPARE(byCard->member.id, m_anna);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases WHERE member_id = %1").arg(m_anna)),
             3);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases")), sales);
    // The points went over by ledger entries: a debit on Boris, a credit on Anna.
    QVERIFY(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger")) > ledgerBefore);
    QCOMPARE(m_t->scalar(
                 QStringLiteral("SELECT SUM(points) FROM points_ledger WHERE member_id = %1").arg(m_boris)),
             0);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT merged_into FROM members WHERE id = %1").arg(m_boris)),
             m_anna);
    // Boris has left search and the phone lookup; his record still exists for the books.
    QCOMPARE(searchOne(QStringLiteral("борис")), QString());
    QCOMPARE(searchOne(QStringLiteral("ивано")), QString());
    // Anna keeps her own phone; Boris's no longer finds anybody (his card does).
    QCOMPARE(service().lookup(QStringLiteral("+7 (903) 111-22-33")).error().kind, Error::NotFound);
    expectCheckOk();
}

void TestMemberAdmin::mergeKeepsExpiryOfUnspentLots()
{
    // Boris: a lot expiring in 2027-03, half of it spent (an allocation), and an import lot that
    // expires earlier; Anna: her own lot.
    const QString t = m_t->terminal().uuid;
    QVERIFY(m_t->db()
                .execScript(QStringLiteral(
                                "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, "
                                "expires_on, created_at) VALUES "
                                "('l1', '%1', %2, 'earn', 100, '2027-03-14', '2026-03-14T10:00:00.000Z'),"
                                "('l2', '%1', %2, 'import', 40, '2026-12-31', '2026-03-14T10:00:00.000Z'),"
                                "('l3', '%1', %2, 'redeem', -50, NULL, '2026-03-14T10:00:00.000Z'),"
                                "('l4', '%1', %3, 'bonus', 7, '2026-06-01', '2026-03-14T10:00:00.000Z');"
                                "INSERT INTO points_allocations (uuid, entry_id, lot_id, points) "
                                "SELECT 'a1', (SELECT id FROM points_ledger WHERE uuid = 'l3'), "
                                "(SELECT id FROM points_ledger WHERE uuid = 'l2'), 40;"
                                "INSERT INTO points_allocations (uuid, entry_id, lot_id, points) "
                                "SELECT 'a2', (SELECT id FROM points_ledger WHERE uuid = 'l3'), "
                                "(SELECT id FROM points_ledger WHERE uuid = 'l1'), 10;"
                                "UPDATE members SET points_balance = 90 WHERE id = %2;"
                                "UPDATE members SET points_balance = 7 WHERE id = %3;")
                                .arg(t)
                                .arg(m_boris)
                                .arg(m_anna))
                .ok());
    expectCheckOk();
    auto r = service().merge(m_anna, m_boris);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->pointsMoved, qint64(90));
    QCOMPARE(r->kept.member.pointsBalance, qint64(97));
    // Anna got the 90 unspent points of the 2027-03-14 lot with that date, not a new expiry.
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE member_id = %1 AND kind = "
                                        "'adjust' AND points = 90 AND expires_on = '2027-03-14'")
                             .arg(m_anna)),
             1);
    MemberInsights insights(m_t->db());
    auto next = insights.nextExpiry(m_anna, m_t->clock().today());
    QVERIFY(next.ok() && next.value());
    QCOMPARE(next.value()->on, QDate(2026, 6, 1));
    QCOMPARE(next.value()->points, qint64(7));
    m_t->clock().set(QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC));
    next = insights.nextExpiry(m_anna, m_t->clock().today());
    QCOMPARE(next.value()->on, QDate(2027, 3, 14));
    QCOMPARE(next.value()->points, qint64(90));
    // Boris's lots are used up by the debit, so nothing of his shows as expiring any more.
    next = insights.nextExpiry(m_boris, QDate(2026, 3, 14));
    QVERIFY(next.ok());
    QVERIFY(!next.value());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT SUM(a.points) FROM points_allocations a JOIN points_ledger l "
                                        "ON l.id = a.entry_id WHERE l.member_id = %1 AND l.kind = 'adjust'")
                             .arg(m_boris)),
             90);
    expectCheckOk();
}

void TestMemberAdmin::mergeFillsGaps()
{
    MemberChanges c;
    c.email = QStringLiteral("boris@example.com");
    c.birthday = QStringLiteral("01.05");
    c.notes = QStringLiteral("decaf");
    c.consentEmail = true;
    QVERIFY(service().edit(m_boris, c).ok());
    auto r = service().merge(m_anna, m_boris);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    const MemberRecord &k = r->kept.member;
    QCOMPARE(k.name, QStringLiteral("Anna Petrova"));
    QCOMPARE(k.phone, QStringLiteral("+7 (912) 345-67-89")); // hers stays
    QCOMPARE(k.email, QStringLiteral("boris@example.com"));
    QVERIFY(k.consentEmailAt.isValid());
    QCOMPARE(k.birthMonth, 5);
    QCOMPARE(k.notes, QStringLiteral("decaf"));
    QCOMPARE(searchOne(QStringLiteral("boris@")), QStringLiteral("Anna Petrova"));
}

void TestMemberAdmin::mergeThenReimportAddsNoPoints()
{
    // A member list brought in with an opening balance; its record (another phone, a new card) turns out
    // to be Anna's second record.
    const QString path = m_t->dirPath() + QStringLiteral("/list.csv");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Name,Phone,Card,Points\nAnna Petrova,+7 903 555 11 22,2000000000077,100\n");
    f.close();
    auto imported = ImportService(m_t->context()).apply(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->created, 1);
    const qint64 copy = imported->rows.first().memberId;
    QVERIFY(service().merge(m_anna, copy).ok());
    QCOMPARE(service().byId(m_anna)->member.pointsBalance, qint64(100));
    // The same file again finds the card on Anna, and the opening balance already recorded.
    auto again = ImportService(m_t->context()).apply(path);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->created, 0);
    QCOMPARE(again->points, qint64(0));
    QCOMPARE(service().byId(m_anna)->member.pointsBalance, qint64(100));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'import'")), 1);
    expectCheckOk();
}

void TestMemberAdmin::mergeRefused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<Error::Kind>("kind");
    QTest::newRow("into itself") << "self" << Error::Invalid;
    QTest::newRow("an erased member") << "erased" << Error::Blocked;
    QTest::newRow("into an erased member") << "into-erased" << Error::Blocked;
    QTest::newRow("a member merged already") << "merged" << Error::Conflict;
    QTest::newRow("a member who does not exist") << "missing" << Error::NotFound;
}

void TestMemberAdmin::mergeRefused()
{
    QFETCH(QString, what);
    QFETCH(Error::Kind, kind);
    const qint64 carl = m_t->addMember(QStringLiteral("Carl"), QStringLiteral("2000000000022"));
    QVERIFY(carl > 0);
    sell(m_boris, 1000);
    qint64 keep = m_anna, away = m_boris;
    if (what == QLatin1String("self")) {
        away = m_anna;
    } else if (what == QLatin1String("erased")) {
        QVERIFY(service().erase(carl).ok());
        away = carl;
    } else if (what == QLatin1String("into-erased")) {
        QVERIFY(service().erase(carl).ok());
        keep = carl;
    } else if (what == QLatin1String("merged")) {
        QVERIFY(service().merge(carl, m_anna).ok());
    } else {
        away = 999;
    }
    const qint64 ledger = m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger"));
    const qint64 borisPurchases
        = m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases WHERE member_id = %1").arg(m_boris));
    auto r = service().merge(keep, away);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, kind);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger")), ledger);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases WHERE member_id = %1").arg(m_boris)),
             borisPurchases);
    expectCheckOk();
}

// --- erase -------------------------------------------------------------------------------------

void TestMemberAdmin::eraseAnonymizesAndKeepsTheBooks()
{
    MemberChanges c;
    c.email = QStringLiteral("anna@example.com");
    c.birthday = QStringLiteral("12.04.1990");
    c.notes = QStringLiteral("oat milk");
    c.consentSms = true;
    QVERIFY(service().edit(m_anna, c).ok());
    const qint64 earned = sell(m_anna, 2000);
    QVERIFY(earned > 0);
    const qint64 ledger = m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger"));
    QCOMPARE(searchOne(QStringLiteral("petrova")), QStringLiteral("Anna Petrova"));

    m_t->clock().advanceDays(1);
    auto r = service().erase(m_anna);
    QVERIFY2(r.ok(), qPrintable(r.error().message));

    QSqlQuery q(m_t->db().connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT name, phone, phone_norm, email, birth_day, birth_month, birth_year, "
                              "notes, consent_sms_at, consent_email_at, search_text, erased_at, "
                              "points_balance FROM members WHERE id = %1")
                   .arg(m_anna)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Erased member #%1").arg(m_anna));
    for (int i = 1; i <= 9; ++i)
        QVERIFY2(q.isNull(i), qPrintable(QString::number(i)));
    QCOMPARE(q.value(10).toString(), QString());
    QCOMPARE(Ids::fromUtcText(q.value(11).toString()), m_t->clock().nowUtc());
    QCOMPARE(q.value(12).toLongLong(), earned);

    // Gone from search and from the FTS index itself.
    QCOMPARE(searchOne(QStringLiteral("petrova")), QString());
    QCOMPARE(searchOne(QStringLiteral("example.com")), QString());
    QCOMPARE(searchOne(QStringLiteral("6789")), QString());
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM member_fts WHERE member_fts MATCH '\"petrova\"'")),
        0);
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM member_fts WHERE member_fts MATCH '\"example\"'")),
        0);
    QCOMPARE(service().lookup(QStringLiteral("+7 (912) 345-67-89")).error().kind, Error::NotFound);
    // The card is blocked; the sale and the ledger stay for the books.
    auto card = service().lookup(QStringLiteral("2000000000015"));
    QCOMPARE(card.error().kind, Error::Blocked);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases WHERE member_id = %1").arg(m_anna)),
             1);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger")), ledger);
    // Editing or merging an erased member is refused.
    QCOMPARE(service().edit(m_anna, nameOnly(QStringLiteral("Back"))).error().kind, Error::Blocked);
    QCOMPARE(service().replaceLostCard(m_anna, 0, QString()).error().kind, Error::Blocked);
    expectCheckOk();
}

void TestMemberAdmin::eraseAlsoErasesMergedRecords()
{
    QVERIFY(service().merge(m_anna, m_boris).ok());
    QVERIFY(service().erase(m_anna).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members WHERE erased_at IS NOT NULL")), 2);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members WHERE phone IS NOT NULL OR "
                                        "search_text <> ''")),
             0);
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM member_fts WHERE member_fts MATCH '\"ивано\"'")), 0);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM cards WHERE status = 'active'")), 0);
    expectCheckOk();
}

void TestMemberAdmin::eraseRefusedTwice()
{
    QVERIFY(service().erase(m_anna).ok());
    auto again = service().erase(m_anna);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Blocked);
    QCOMPARE(service().erase(4242).error().kind, Error::NotFound);
    // A record merged away is erased through the member it was merged into.
    QVERIFY(m_t->addMember(QStringLiteral("Carl"), QStringLiteral("2000000000022")) > 0);
    const qint64 carl = m_t->scalar(QStringLiteral("SELECT id FROM members WHERE name = 'Carl'"));
    QVERIFY(service().merge(carl, m_boris).ok());
    QCOMPARE(service().erase(m_boris).error().kind, Error::Conflict);
}

// --- audit and roles ---------------------------------------------------------------------------

void TestMemberAdmin::auditEntries()
{
    // Edit: one line with only the fields that changed; an edit that changes nothing writes none.
    QVERIFY(service().edit(m_anna, nameOnly(QStringLiteral("Anna Sidorova"))).ok());
    QVERIFY(service().edit(m_anna, nameOnly(QStringLiteral("Anna Sidorova"))).ok());
    QCOMPARE(audit(QStringLiteral("member.edit")),
             QStringList {
                 QStringLiteral("%1|{\"name\":\"(old value)\"}|{\"name\":\"(new value)\"}|0|0").arg(m_anna)});
    // The trail outlives an erasure, so it never holds the values: contacts only masked.
    MemberChanges phone;
    phone.phone = QStringLiteral("+7 912 000 11 22");
    QVERIFY(service().edit(m_anna, phone).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE after_json LIKE '%000%' "
                                        "OR after_json LIKE '%Sidorova%' OR before_json LIKE '%Petrova%'")),
             0);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'member.edit' "
                                        "AND after_json LIKE '%•• 22%'")),
             1);
    // A refused edit writes no line either (the transaction is rolled back whole).
    MemberChanges bad;
    bad.name = QStringLiteral("Ok Name");
    bad.email = QStringLiteral("not-an-address");
    QVERIFY(!service().edit(m_anna, bad).ok());
    QCOMPARE(audit(QStringLiteral("member.edit")).size(), 2);

    QVERIFY(service().replaceLostCard(m_anna, 0, QStringLiteral("2000000000022")).ok());
    QCOMPARE(
        audit(QStringLiteral("member.replace_card")),
        QStringList {QStringLiteral("%1|{\"card\":\"2000000000015\"}|{\"card\":\"2000000000022\",\"lost\":"
                                    "\"2000000000015\"}|0|0")
                         .arg(m_anna)});

    sell(m_boris, 1000);
    QVERIFY(service().merge(m_anna, m_boris).ok());
    const QStringList merge = audit(QStringLiteral("member.merge"));
    QCOMPARE(merge.size(), 1);
    QVERIFY2(merge.first().startsWith(
                 QStringLiteral("%1|{\"kept\":%1,\"merged_away\":%2}|").arg(m_anna).arg(m_boris)),
             qPrintable(merge.first()));
    QVERIFY2(merge.first().contains(QStringLiteral("\"merged_from\":%1").arg(m_boris)),
             qPrintable(merge.first()));
    QVERIFY2(merge.first().contains(QLatin1String("\"purchases\":1")), qPrintable(merge.first()));
    // The chain of the trail still verifies.
    ServiceContext ctx = m_t->context();
    auto chain = AuditService(ctx).verifyChain();
    QVERIFY(chain.ok());
    QVERIFY2(chain->ok, qPrintable(chain->message));
}

void TestMemberAdmin::eraseAuditHoldsNoPersonalData()
{
    MemberChanges c;
    c.email = QStringLiteral("anna@example.com");
    c.notes = QStringLiteral("oat milk");
    QVERIFY(service().edit(m_anna, c).ok());
    QVERIFY(service().erase(m_anna).ok());
    const QStringList lines = audit(QStringLiteral("member.erase"));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first(), QStringLiteral("%1||{\"cards_blocked\":1,\"erased\":[%1]}|0|0").arg(m_anna));
    for (const QString &personal : {QStringLiteral("Anna"), QStringLiteral("Petrova"), QStringLiteral("912"),
                                    QStringLiteral("example.com"), QStringLiteral("oat")})
        QVERIFY2(!lines.first().contains(personal), qPrintable(personal));
}

void TestMemberAdmin::cashierNeedsManagerApproval_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("merge") << "merge";
    QTest::newRow("erase") << "erase";
    QTest::newRow("adjust points") << "adjust";
}

void TestMemberAdmin::cashierNeedsManagerApproval()
{
    QFETCH(QString, action);
    ServiceContext admin = m_t->context();
    StaffService staff(admin);
    auto boss = staff.create(QStringLiteral("Olga"), Role::Administrator, QStringLiteral("4826"));
    QVERIFY2(boss.ok(), qPrintable(boss.error().message));
    auto manager = staff.create(QStringLiteral("Maria"), Role::Manager, QStringLiteral("5937"));
    QVERIFY2(manager.ok(), qPrintable(manager.error().message));
    auto cashier = staff.create(QStringLiteral("Anton"), Role::Cashier, QStringLiteral("6048"));
    QVERIFY2(cashier.ok(), qPrintable(cashier.error().message));
    auto other = staff.create(QStringLiteral("Ivan"), Role::Cashier, QStringLiteral("7159"));
    QVERIFY(other.ok());

    ServiceContext ctx = m_t->context();
    ctx.actor = StaffService::actorOf(cashier.value());
    MemberService asCashier(ctx);
    // A cashier may edit and replace a card alone.
    QVERIFY(asCashier.edit(m_anna, nameOnly(QStringLiteral("Anna P."))).ok());
    QVERIFY(asCashier.replaceLostCard(m_anna, 0, QString()).ok());
    auto run = [&](qint64 approvedBy) -> Result<void> {
        if (action == QLatin1String("erase"))
            return asCashier.erase(m_boris, approvedBy);
        if (action == QLatin1String("adjust")) {
            auto balance = asCashier.adjustPoints(m_boris, 25, QStringLiteral("goodwill"), approvedBy);
            return balance ? Result<void>() : Result<void>(balance.error());
        }
        auto merged = asCashier.merge(m_anna, m_boris, approvedBy);
        if (!merged)
            return merged.error();
        return {};
    };
    // Alone, or "approved" by another cashier or by nobody who exists: refused, nothing written.
    for (qint64 approver : {qint64(0), other->id, qint64(999)}) {
        auto r = run(approver);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Forbidden);
    }
    QCOMPARE(m_t->scalar(QStringLiteral(
                 "SELECT count(*) FROM members WHERE merged_into IS NOT NULL OR erased_at IS NOT NULL")),
             0);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'adjust'")), 0);
    // Approved by a manager: done, and the audit line names both.
    auto r = run(manager->id);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    const QStringList lines = audit(QStringLiteral("member.") + action);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().endsWith(QStringLiteral("|%1|%2").arg(cashier->id).arg(manager->id)),
             qPrintable(lines.first()));
    // A manager needs nobody.
    ServiceContext mctx = m_t->context();
    mctx.actor = StaffService::actorOf(manager.value());
    const qint64 carl = m_t->addMember(QStringLiteral("Carl"), QStringLiteral("2000000000053"));
    QVERIFY(MemberService(mctx).erase(carl).ok());
}

void TestMemberAdmin::adjustPoints()
{
    // Boris earns 10 now and 20 a month later: two lots, the older expiring first.
    sell(m_boris, 1000);
    m_t->clock().advanceDays(30);
    sell(m_boris, 2000);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT points_balance FROM members WHERE id = %1").arg(m_boris)),
             30);
    // Refused: nothing, no reason, more than the balance, absurd amounts; nothing written.
    QCOMPARE(service().adjustPoints(m_boris, 0, QStringLiteral("x")).error().field, QStringLiteral("points"));
    QCOMPARE(service().adjustPoints(m_boris, 5, QStringLiteral("  ")).error().field,
             QStringLiteral("reason"));
    QCOMPARE(service().adjustPoints(m_boris, -31, QStringLiteral("typo")).error().field,
             QStringLiteral("points"));
    QCOMPARE(service().adjustPoints(m_boris, 5000000, QStringLiteral("typo")).error().field,
             QStringLiteral("points"));
    QCOMPARE(service().adjustPoints(m_boris, 5, QString(201, QLatin1Char('r'))).error().field,
             QStringLiteral("reason"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'adjust'")), 0);
    // Taking 15 away empties the older lot (10) and takes 5 of the newer one.
    auto taken = service().adjustPoints(m_boris, -15, QStringLiteral("Receipt 12 was entered twice"));
    QVERIFY2(taken.ok(), qPrintable(taken.error().message));
    QCOMPARE(taken.value(), qint64(15));
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT l.points, a.points FROM points_allocations a "
                       "JOIN points_ledger e ON e.id = a.entry_id JOIN points_ledger l ON l.id = a.lot_id "
                       "WHERE e.kind = 'adjust' ORDER BY a.id")));
    QStringList takes;
    while (q.next())
        takes << QStringLiteral("%1:%2").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong());
    QCOMPARE(takes, QStringList({QStringLiteral("10:10"), QStringLiteral("20:5")}));
    // Adding 40 is a lot that expires like earned points.
    auto added = service().adjustPoints(m_boris, 40, QStringLiteral("Points from the old card"));
    QVERIFY(added.ok());
    QCOMPARE(added.value(), qint64(55));
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'adjust' AND points = 40 "
                                   "AND expires_on IS NOT NULL AND reason = 'Points from the old card'")),
        1);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'member.adjust'")), 2);
    auto check = IntegrityCheck(m_t->db()).run();
    QVERIFY(check.ok() && check->ok());
}

QTEST_GUILESS_MAIN(TestMemberAdmin)
#include "tst_memberadmin.moc"
