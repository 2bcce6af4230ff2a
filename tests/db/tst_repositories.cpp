// The repositories against a real file: rows go in as the structs of records.h and come back equal.
#include "ids.h"
#include "membertotals.h"
#include "repositories.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QtTest>

#include <memory>

namespace {

const QDateTime kAt(QDate(2026, 3, 14), QTime(10, 0, 0, 123), Qt::UTC);

MemberRecord newMember(const QString &originTerminal, const QString &name, const QString &phoneNorm = {})
{
    MemberRecord m;
    m.uuid = Ids::newUuid(kAt);
    m.originTerminal = originTerminal;
    m.name = name;
    m.phone = phoneNorm.isEmpty() ? QString() : QStringLiteral("+7 ") + phoneNorm;
    m.phoneNorm = phoneNorm;
    m.createdAt = kAt;
    m.updatedAt = kAt;
    return m;
}

CardRecord newCard(const QString &originTerminal, qint64 memberId, const QString &number,
                   bool blocked = false)
{
    CardRecord c;
    c.uuid = Ids::newUuid(kAt);
    c.originTerminal = originTerminal;
    c.memberId = memberId;
    c.number = number;
    c.blocked = blocked;
    if (blocked) {
        c.blockedAt = kAt.addDays(-2);
        c.blockedReason = QStringLiteral("lost");
    }
    c.createdAt = kAt.addDays(-30);
    return c;
}

PurchaseRecord newPurchase(const QString &originTerminal, qint64 receiptNo, qint64 memberId = 0)
{
    PurchaseRecord p;
    p.uuid = Ids::newUuid(kAt);
    p.originTerminal = originTerminal;
    p.receiptNo = receiptNo;
    p.memberId = memberId;
    p.currency = QStringLiteral("EUR");
    p.subtotalMinor = 850;
    p.totalMinor = 850;
    p.pointsEarned = memberId ? 8 : 0;
    p.businessDay = QDate(2026, 3, 14);
    p.createdAt = kAt.addSecs(receiptNo);
    return p;
}

LedgerEntryRecord newEntry(const QString &originTerminal, qint64 memberId, const QString &kind, qint64 points,
                           qint64 purchaseId = 0)
{
    LedgerEntryRecord e;
    e.uuid = Ids::newUuid(kAt);
    e.originTerminal = originTerminal;
    e.memberId = memberId;
    e.kind = kind;
    e.points = points;
    e.purchaseId = purchaseId;
    e.createdAt = kAt;
    return e;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void uuidsMadeInOneMillisecondKeepTheirOrder();
    void utcTextIsQtsIsoText();

    void terminalLocal();
    void terminalNoneYet();
    void terminalOnlyOneLocal();
    void settings();
    void memberRoundTrip();
    void findByCard();
    void findByCardReusesItsStatement();
    void duplicateCard();
    void findByPhone();
    void cardsOf();
    void nextReceiptNoPerTerminal();
    void purchaseRoundTrip();
    void walkInPurchase();
    void duplicateReceiptNo();
    void recentForMember();
    void ledger();
    void balanceMismatches();

private:
    QString origin() const { return m_t->terminal().uuid; }
    qint64 insertMember(const QString &name, const QString &phoneNorm = {});
    std::unique_ptr<TestDb> m_t;
};

void TestRepositories::init()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
}

void TestRepositories::cleanup()
{
    m_t.reset();
}

qint64 TestRepositories::insertMember(const QString &name, const QString &phoneNorm)
{
    MemberRecord m = newMember(origin(), name, phoneNorm);
    auto r = MemberRepository(m_t->db()).insert(m);
    if (!r) {
        qWarning("%s", qPrintable(r.error().message + QLatin1Char(' ') + r.error().detail));
        return 0;
    }
    return m.id;
}

void TestRepositories::terminalLocal()
{
    auto t = TerminalRepository(m_t->db()).local();
    QVERIFY(t.ok());
    QVERIFY(t.value().has_value());
    const TerminalRecord &r = *t.value();
    QCOMPARE(r.uuid, m_t->terminal().uuid);
    QCOMPARE(r.uuid.size(), 36);
    QCOMPARE(r.uuid.at(14), QLatin1Char('7')); // UUIDv7
    QCOMPARE(r.name, QStringLiteral("Till 1"));
    QCOMPARE(r.storeName, QStringLiteral("Test shop"));
    QCOMPARE(r.currency, QStringLiteral("EUR"));
    QVERIFY(r.isLocal);
    QCOMPARE(r.createdAt, QDateTime(QDate(2026, 3, 14), QTime(10, 0), Qt::UTC));
    QVERIFY(r.id > 0);
}

void TestRepositories::terminalNoneYet()
{
    auto db = Database::open(m_t->dirPath() + QStringLiteral("/empty.sqlite"));
    QVERIFY(db.ok());
    auto t = TerminalRepository(*db.value()).local();
    QVERIFY(t.ok());
    QVERIFY(!t.value().has_value());
}

void TestRepositories::terminalOnlyOneLocal()
{
    TerminalRepository repo(m_t->db());
    TerminalRecord other;
    other.uuid = Ids::newUuid(kAt);
    other.name = QStringLiteral("Till 2");
    other.storeName = QStringLiteral("Test shop");
    other.currency = QStringLiteral("EUR");
    other.isLocal = true;
    other.createdAt = kAt;
    auto r = repo.insert(other);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Conflict);
    // Another terminal known by sync is fine; the local one stays the local one.
    other.isLocal = false;
    r = repo.insert(other);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QVERIFY(other.id > 0);
    QCOMPARE(repo.local().value()->uuid, m_t->terminal().uuid);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM terminals")), qint64(2));
    // A bad currency code is refused by the schema.
    other.uuid = Ids::newUuid(kAt);
    other.currency = QStringLiteral("eur");
    QVERIFY(!repo.insert(other).ok());
}

void TestRepositories::settings()
{
    SettingsRepository s(m_t->db());
    // A new terminal's program is a version of its own (program_versions), not settings keys.
    QVERIFY(!s.value(QStringLiteral("earn.points")).value().has_value());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM program_versions WHERE "
                                        "json_extract(settings_json, '$.earn.points') = 1 AND "
                                        "json_extract(settings_json, '$.earn.per_minor') = 100 AND "
                                        "json_extract(settings_json, '$.earn.expiry_months') = 12 AND "
                                        "json_extract(settings_json, '$.sale.max_total_minor') = 100000000")),
             qint64(1));

    auto missing = s.value(QStringLiteral("no.such.key"));
    QVERIFY(missing.ok());
    QVERIFY(!missing.value().has_value());

    const QString text = QStringLiteral("Спасибо за покупку! 谢谢");
    QVERIFY(s.setValue(QStringLiteral("receipt.footer"), text, origin(), kAt).ok());
    QCOMPARE(s.value(QStringLiteral("receipt.footer")).value(), std::optional<QString>(text));
    QVERIFY(s.setValue(QStringLiteral("receipt.footer"), QStringLiteral("Thanks"), QStringLiteral("other"),
                       kAt.addDays(1))
                .ok());
    QCOMPARE(s.value(QStringLiteral("receipt.footer")).value(),
             std::optional<QString>(QStringLiteral("Thanks")));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'receipt.footer'")),
             qint64(1));
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT updated_at, origin_terminal FROM settings WHERE key = 'receipt.footer'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-15T10:00:00.123Z"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("other"));
}

void TestRepositories::memberRoundTrip()
{
    MemberRepository repo(m_t->db());
    MemberRecord m = newMember(origin(), QStringLiteral("Мария Георгиева"), QStringLiteral("881234567"));
    m.phone = QStringLiteral("+359 88 123 4567");
    m.email = QStringLiteral("maria@example.com");
    m.birthDay = 29;
    m.birthMonth = 2;
    m.birthYear = 1988;
    m.notes = QStringLiteral("Без захар");
    m.levelCode = QStringLiteral("silver");
    m.pointsBalance = 120;
    m.visits = 4;
    m.totalSpentMinor = 12345;
    m.lastVisitAt = kAt.addDays(-1);
    QVERIFY(repo.insert(m).ok());
    QVERIFY(m.id > 0);

    auto found = repo.findById(m.id);
    QVERIFY(found.ok());
    QVERIFY(found.value().has_value());
    const MemberRecord &r = *found.value();
    QCOMPARE(r.id, m.id);
    QCOMPARE(r.uuid, m.uuid);
    QCOMPARE(r.originTerminal, origin());
    QCOMPARE(r.name, QStringLiteral("Мария Георгиева"));
    QCOMPARE(r.phone, QStringLiteral("+359 88 123 4567"));
    QCOMPARE(r.phoneNorm, QStringLiteral("881234567"));
    QCOMPARE(r.email, QStringLiteral("maria@example.com"));
    QCOMPARE(r.birthDay, 29);
    QCOMPARE(r.birthMonth, 2);
    QCOMPARE(r.birthYear, 1988);
    QCOMPARE(r.notes, QStringLiteral("Без захар"));
    QCOMPARE(r.levelCode, QStringLiteral("silver"));
    QCOMPARE(r.pointsBalance, qint64(120));
    QCOMPARE(r.visits, qint64(4));
    QCOMPARE(r.totalSpentMinor, qint64(12345));
    QCOMPARE(r.lastVisitAt, kAt.addDays(-1));
    QCOMPARE(r.createdAt, kAt); // milliseconds survive
    QCOMPARE(r.updatedAt, kAt);
    QVERIFY(!r.erasedAt.isValid());

    // Unknown fields are stored as NULL, not as empty strings or zeros.
    const qint64 bare = insertMember(QStringLiteral("Bare"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM members WHERE id = %1 AND phone IS NULL AND "
                                        "phone_norm IS NULL AND email IS NULL AND birth_day IS NULL AND "
                                        "last_visit_at IS NULL")
                             .arg(bare)),
             qint64(1));
    QVERIFY(!repo.findById(bare + 100).value().has_value());
}

void TestRepositories::findByCard()
{
    MemberRepository repo(m_t->db());
    const qint64 anna = insertMember(QStringLiteral("Anna Petrova"));
    CardRecord active = newCard(origin(), anna, QStringLiteral("2000000000015"));
    CardRecord lost = newCard(origin(), anna, QStringLiteral("2000000000992"), true);
    QVERIFY(repo.insertCard(active).ok());
    QVERIFY(repo.insertCard(lost).ok());

    auto hit = repo.findByCard(QStringLiteral("2000000000015"));
    QVERIFY(hit.ok());
    QVERIFY(hit.value().has_value());
    QCOMPARE(hit.value()->card.id, active.id);
    QCOMPARE(hit.value()->card.number, QStringLiteral("2000000000015"));
    QCOMPARE(hit.value()->card.memberId, anna);
    QVERIFY(!hit.value()->card.blocked);
    QCOMPARE(hit.value()->card.createdAt, kAt.addDays(-30));
    QCOMPARE(hit.value()->member.id, anna);
    QCOMPARE(hit.value()->member.name, QStringLiteral("Anna Petrova"));

    auto blocked = repo.findByCard(QStringLiteral("2000000000992"));
    QVERIFY(blocked.ok());
    QVERIFY(blocked.value().has_value());
    QVERIFY(blocked.value()->card.blocked);
    QCOMPARE(blocked.value()->card.blockedReason, QStringLiteral("lost"));
    QCOMPARE(blocked.value()->card.blockedAt, kAt.addDays(-2));
    QCOMPARE(blocked.value()->member.id, anna);

    for (const QString &miss : {QStringLiteral("2000000000022"), QStringLiteral("200000000001"),
                                QStringLiteral("02000000000015"), QString()}) {
        auto r = repo.findByCard(miss);
        QVERIFY(r.ok());
        QVERIFY2(!r.value().has_value(), qPrintable(miss));
    }
}

// The hot statement is prepared once: hits and misses in any order must not leak into each other.
void TestRepositories::findByCardReusesItsStatement()
{
    MemberRepository repo(m_t->db());
    const qint64 a = insertMember(QStringLiteral("A"));
    const qint64 b = insertMember(QStringLiteral("B"));
    CardRecord ca = newCard(origin(), a, QStringLiteral("111111"));
    CardRecord cb = newCard(origin(), b, QStringLiteral("222222"));
    QVERIFY(repo.insertCard(ca).ok());
    QVERIFY(repo.insertCard(cb).ok());
    const struct
    {
        const char *number;
        qint64 member;
    } sequence[] = {{"111111", a}, {"222222", b}, {"333333", 0}, {"111111", a}, {"333333", 0}, {"222222", b}};
    for (int round = 0; round < 3; ++round) {
        for (const auto &s : sequence) {
            auto r = repo.findByCard(QString::fromLatin1(s.number));
            QVERIFY(r.ok());
            QCOMPARE(r.value().has_value() ? r.value()->member.id : 0, s.member);
        }
    }
    // A write between lookups (a sale) does not disturb it either, nor does it block the write.
    QVERIFY(MemberTotals(m_t->db()).countSale(a, 5, 500, kAt).ok());
    QCOMPARE(repo.findByCard(QStringLiteral("111111")).value()->member.pointsBalance, qint64(5));
}

void TestRepositories::duplicateCard()
{
    MemberRepository repo(m_t->db());
    const qint64 a = insertMember(QStringLiteral("A"));
    const qint64 b = insertMember(QStringLiteral("B"));
    CardRecord first = newCard(origin(), a, QStringLiteral("2000000000015"));
    QVERIFY(repo.insertCard(first).ok());
    CardRecord second = newCard(origin(), b, QStringLiteral("2000000000015"));
    auto r = repo.insertCard(second);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Conflict);
    QCOMPARE(repo.findByCard(QStringLiteral("2000000000015")).value()->member.id, a);
    // A card for a member who does not exist is refused by the foreign key.
    CardRecord orphan = newCard(origin(), 9999, QStringLiteral("2000000000022"));
    QVERIFY(!repo.insertCard(orphan).ok());
}

void TestRepositories::findByPhone()
{
    MemberRepository repo(m_t->db());
    const qint64 older = insertMember(QStringLiteral("Older visit"), QStringLiteral("123456789"));
    const qint64 newer = insertMember(QStringLiteral("Newer visit"), QStringLiteral("123456789"));
    const qint64 erased = insertMember(QStringLiteral("Erased"), QStringLiteral("123456789"));
    const qint64 other = insertMember(QStringLiteral("Other"), QStringLiteral("987654321"));
    QVERIFY(MemberTotals(m_t->db()).countSale(older, 1, 100, kAt.addDays(-10)).ok());
    QVERIFY(MemberTotals(m_t->db()).countSale(newer, 1, 100, kAt.addDays(-1)).ok());
    QVERIFY(m_t->db()
                .execScript(QStringLiteral("UPDATE members SET erased_at = '2026-03-01T00:00:00.000Z' "
                                           "WHERE id = %1")
                                .arg(erased))
                .ok());

    auto both = repo.findByPhone(QStringLiteral("123456789"), 10);
    QVERIFY(both.ok());
    QCOMPARE(both.value().size(), 2);
    QCOMPARE(both.value().at(0).id, newer); // the most recent visit first
    QCOMPARE(both.value().at(1).id, older);
    auto one = repo.findByPhone(QStringLiteral("123456789"), 1);
    QCOMPARE(one.value().size(), 1);
    QCOMPARE(one.value().at(0).id, newer);
    auto single = repo.findByPhone(QStringLiteral("987654321"), 10);
    QCOMPARE(single.value().size(), 1);
    QCOMPARE(single.value().at(0).id, other);
    QVERIFY(repo.findByPhone(QStringLiteral("000000000"), 10).value().isEmpty());
    QVERIFY(repo.findByPhone(QString(), 10).value().isEmpty());
}

void TestRepositories::cardsOf()
{
    MemberRepository repo(m_t->db());
    const qint64 a = insertMember(QStringLiteral("A"));
    const qint64 b = insertMember(QStringLiteral("B"));
    const qint64 none = insertMember(QStringLiteral("No card"));
    CardRecord a1 = newCard(origin(), a, QStringLiteral("2000000000992"), true);
    CardRecord b1 = newCard(origin(), b, QStringLiteral("2000000000022"));
    CardRecord a2 = newCard(origin(), a, QStringLiteral("2000000000015"));
    QVERIFY(repo.insertCard(a1).ok());
    QVERIFY(repo.insertCard(b1).ok());
    QVERIFY(repo.insertCard(a2).ok());

    auto cards = repo.cardsOf(a);
    QVERIFY(cards.ok());
    QCOMPARE(cards.value().size(), 2);
    QCOMPARE(cards.value().at(0).number, QStringLiteral("2000000000992")); // in the order they were issued
    QVERIFY(cards.value().at(0).blocked);
    QCOMPARE(cards.value().at(1).number, QStringLiteral("2000000000015"));
    QVERIFY(!cards.value().at(1).blocked);
    QCOMPARE(repo.cardsOf(b).value().size(), 1);
    QVERIFY(repo.cardsOf(none).value().isEmpty());
}

void TestRepositories::nextReceiptNoPerTerminal()
{
    PurchaseRepository repo(m_t->db());
    QCOMPARE(repo.nextReceiptNo(origin()).value(), qint64(1));
    for (qint64 n = 1; n <= 3; ++n) {
        PurchaseRecord p = newPurchase(origin(), repo.nextReceiptNo(origin()).value());
        QCOMPARE(p.receiptNo, n);
        QVERIFY(repo.insert(p).ok());
    }
    QCOMPARE(repo.nextReceiptNo(origin()).value(), qint64(4));
    // Another terminal (after sync) counts on its own.
    const QString other = QStringLiteral("0190a000-0000-7000-8000-000000000002");
    QCOMPARE(repo.nextReceiptNo(other).value(), qint64(1));
    PurchaseRecord p = newPurchase(other, 41);
    QVERIFY(repo.insert(p).ok());
    QCOMPARE(repo.nextReceiptNo(other).value(), qint64(42));
    QCOMPARE(repo.nextReceiptNo(origin()).value(), qint64(4));
    QCOMPARE(repo.count().value(), qint64(4));
}

void TestRepositories::purchaseRoundTrip()
{
    const qint64 memberId = insertMember(QStringLiteral("Anna"));
    CardRecord card = newCard(origin(), memberId, QStringLiteral("2000000000015"));
    QVERIFY(MemberRepository(m_t->db()).insertCard(card).ok());

    PurchaseRepository repo(m_t->db());
    PurchaseRecord p = newPurchase(origin(), 1, memberId);
    p.cardId = card.id;
    const struct
    {
        const char *description;
        qint64 price;
        qint64 quantity;
    } lines[] = {{"Latte", 320, 2}, {"Croissant", 210, 1}, {"Чай", 5, 3}};
    int lineNo = 0;
    for (const auto &l : lines) {
        PurchaseLineRecord r;
        r.uuid = Ids::newUuid(kAt);
        r.lineNo = ++lineNo;
        r.description = QString::fromUtf8(l.description);
        r.unitPriceMinor = l.price;
        r.quantity = l.quantity;
        r.totalMinor = l.price * l.quantity;
        p.lines << r;
    }
    p.lines[1].category = QStringLiteral("bakery");
    p.subtotalMinor = p.totalMinor = 640 + 210 + 15;
    QVERIFY(repo.insert(p).ok());
    QVERIFY(p.id > 0);
    for (const PurchaseLineRecord &l : std::as_const(p.lines))
        QVERIFY(l.id > 0);

    auto found = repo.findById(p.id);
    QVERIFY(found.ok());
    QVERIFY(found.value().has_value());
    const PurchaseRecord &r = *found.value();
    QCOMPARE(r.uuid, p.uuid);
    QCOMPARE(r.originTerminal, origin());
    QCOMPARE(r.receiptNo, qint64(1));
    QCOMPARE(r.kind, QStringLiteral("sale"));
    QCOMPARE(r.memberId, memberId);
    QCOMPARE(r.cardId, card.id);
    QCOMPARE(r.staffId, qint64(0));
    QCOMPARE(r.currency, QStringLiteral("EUR"));
    QCOMPARE(r.subtotalMinor, qint64(865));
    QCOMPARE(r.discountMinor, qint64(0));
    QCOMPARE(r.totalMinor, qint64(865));
    QCOMPARE(r.pointsEarned, qint64(8));
    QCOMPARE(r.businessDay, QDate(2026, 3, 14));
    QCOMPARE(r.createdAt, kAt.addSecs(1));
    QCOMPARE(r.lines.size(), 3);
    QCOMPARE(r.lines.at(0).description, QStringLiteral("Latte"));
    QCOMPARE(r.lines.at(0).lineNo, 1);
    QCOMPARE(r.lines.at(0).unitPriceMinor, qint64(320));
    QCOMPARE(r.lines.at(0).quantity, qint64(2));
    QCOMPARE(r.lines.at(0).totalMinor, qint64(640));
    QCOMPARE(r.lines.at(0).uuid, p.lines.at(0).uuid);
    QCOMPARE(r.lines.at(1).description, QStringLiteral("Croissant"));
    QCOMPARE(r.lines.at(1).category, QStringLiteral("bakery"));
    QCOMPARE(r.lines.at(2).description, QStringLiteral("Чай"));
    QCOMPARE(r.lines.at(2).totalMinor, qint64(15));

    QVERIFY(!repo.findById(p.id + 100).value().has_value());
}

void TestRepositories::walkInPurchase()
{
    PurchaseRepository repo(m_t->db());
    PurchaseRecord p = newPurchase(origin(), 1);
    QVERIFY(repo.insert(p).ok());
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM purchases WHERE id = %1 AND member_id IS NULL AND "
                                   "card_id IS NULL AND staff_id IS NULL")
                        .arg(p.id)),
        qint64(1));
    const PurchaseRecord r = *repo.findById(p.id).value();
    QCOMPARE(r.memberId, qint64(0));
    QCOMPARE(r.cardId, qint64(0));
    QVERIFY(r.lines.isEmpty());
}

void TestRepositories::duplicateReceiptNo()
{
    PurchaseRepository repo(m_t->db());
    PurchaseRecord a = newPurchase(origin(), 7);
    QVERIFY(repo.insert(a).ok());
    PurchaseRecord b = newPurchase(origin(), 7);
    auto r = repo.insert(b);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Conflict);
    QCOMPARE(repo.count().value(), qint64(1));
}

void TestRepositories::recentForMember()
{
    const qint64 anna = insertMember(QStringLiteral("Anna"));
    const qint64 ivan = insertMember(QStringLiteral("Ivan"));
    PurchaseRepository repo(m_t->db());
    for (qint64 n = 1; n <= 5; ++n) {
        PurchaseRecord p = newPurchase(origin(), n, n == 3 ? ivan : anna);
        QVERIFY(repo.insert(p).ok());
    }
    auto recent = repo.recentForMember(anna, 3);
    QVERIFY(recent.ok());
    QCOMPARE(recent.value().size(), 3);
    QCOMPARE(recent.value().at(0).receiptNo, qint64(5));
    QCOMPARE(recent.value().at(1).receiptNo, qint64(4));
    QCOMPARE(recent.value().at(2).receiptNo, qint64(2));
    QCOMPARE(repo.recentForMember(ivan, 10).value().size(), 1);
    QVERIFY(repo.recentForMember(ivan + anna + 100, 10).value().isEmpty());
}

void TestRepositories::ledger()
{
    const qint64 anna = insertMember(QStringLiteral("Anna"));
    const qint64 ivan = insertMember(QStringLiteral("Ivan"));
    PurchaseRecord p = newPurchase(origin(), 1, anna);
    QVERIFY(PurchaseRepository(m_t->db()).insert(p).ok());

    LedgerRepository ledger(m_t->db());
    LedgerEntryRecord earn = newEntry(origin(), anna, QStringLiteral("earn"), 12, p.id);
    earn.expiresOn = QDate(2027, 3, 14);
    QVERIFY(ledger.insert(earn).ok());
    QVERIFY(earn.id > 0);
    LedgerEntryRecord redeem = newEntry(origin(), anna, QStringLiteral("redeem"), -5);
    redeem.reason = QStringLiteral("coffee");
    QVERIFY(ledger.insert(redeem).ok());
    LedgerEntryRecord bonus = newEntry(origin(), ivan, QStringLiteral("bonus"), 100);
    QVERIFY(ledger.insert(bonus).ok());

    QCOMPARE(ledger.sumForMember(anna).value(), qint64(7));
    QCOMPARE(ledger.sumForMember(ivan).value(), qint64(100));
    QCOMPARE(ledger.sumForMember(anna + ivan + 100).value(), qint64(0));

    auto entries = ledger.entriesForPurchase(p.id);
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), 1);
    const LedgerEntryRecord &e = entries.value().at(0);
    QCOMPARE(e.id, earn.id);
    QCOMPARE(e.uuid, earn.uuid);
    QCOMPARE(e.originTerminal, origin());
    QCOMPARE(e.memberId, anna);
    QCOMPARE(e.kind, QStringLiteral("earn"));
    QCOMPARE(e.points, qint64(12));
    QCOMPARE(e.purchaseId, p.id);
    QCOMPARE(e.expiresOn, QDate(2027, 3, 14));
    QCOMPARE(e.createdAt, kAt);
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger WHERE id = %1 AND expires_on IS NULL "
                                   "AND purchase_id IS NULL AND reason = 'coffee'")
                        .arg(redeem.id)),
        qint64(1));

    // The schema refuses what the ledger must never hold.
    LedgerEntryRecord zero = newEntry(origin(), anna, QStringLiteral("earn"), 0);
    QVERIFY(!ledger.insert(zero).ok());
    LedgerEntryRecord unknownKind = newEntry(origin(), anna, QStringLiteral("gift"), 5);
    QVERIFY(!ledger.insert(unknownKind).ok());
    LedgerEntryRecord orphan = newEntry(origin(), anna + ivan + 100, QStringLiteral("earn"), 5);
    QVERIFY(!ledger.insert(orphan).ok());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM points_ledger")), qint64(3));
}

void TestRepositories::balanceMismatches()
{
    const qint64 anna = insertMember(QStringLiteral("Anna"));
    const qint64 ivan = insertMember(QStringLiteral("Ivan"));
    const qint64 nobody = insertMember(QStringLiteral("No points"));
    LedgerRepository ledger(m_t->db());
    MemberRepository members(m_t->db());
    LedgerEntryRecord e = newEntry(origin(), anna, QStringLiteral("earn"), 12);
    QVERIFY(ledger.insert(e).ok());
    QVERIFY(MemberTotals(m_t->db()).countSale(anna, 12, 1250, kAt).ok());
    e = newEntry(origin(), ivan, QStringLiteral("earn"), 30);
    QVERIFY(ledger.insert(e).ok());
    e = newEntry(origin(), ivan, QStringLiteral("redeem"), -10);
    QVERIFY(ledger.insert(e).ok());
    QVERIFY(MemberTotals(m_t->db()).countSale(ivan, 20, 3000, kAt).ok());

    auto none = ledger.balanceMismatches();
    QVERIFY(none.ok());
    QVERIFY(none.value().isEmpty());

    // Someone edits the file: the cached balance no longer adds up.
    QVERIFY(m_t->db()
                .execScript(QStringLiteral("UPDATE members SET points_balance = 999 WHERE id = %1").arg(ivan))
                .ok());
    QVERIFY(m_t->db()
                .execScript(QStringLiteral("UPDATE members SET points_balance = 5 WHERE id = %1").arg(nobody))
                .ok());
    auto found = ledger.balanceMismatches();
    QVERIFY(found.ok());
    QCOMPARE(found.value().size(), 2);
    const auto byId = [&found](qint64 id) {
        for (const auto &m : found.value()) {
            if (m.memberId == id)
                return m;
        }
        return LedgerRepository::Mismatch {0, 0, 0};
    };
    QCOMPARE(byId(ivan).cached, qint64(999));
    QCOMPARE(byId(ivan).ledger, qint64(20));
    QCOMPARE(byId(nobody).cached, qint64(5));
    QCOMPARE(byId(nobody).ledger, qint64(0));
    QCOMPARE(byId(anna).memberId, qint64(0)); // Anna is still right
}

void TestRepositories::uuidsMadeInOneMillisecondKeepTheirOrder()
{
    // Program versions published at one moment are told apart by uuid on every terminal (sync).
    QString previous = Ids::newUuid(kAt);
    for (int i = 0; i < 10000; ++i) {
        const QString next = Ids::newUuid(kAt);
        QVERIFY2(previous < next, qPrintable(previous + QLatin1String(" >= ") + next));
        QCOMPARE(next.at(14), QLatin1Char('7')); // still version 7
        QVERIFY(QString(QStringLiteral("89ab")).contains(next.at(19))); // and the RFC variant
        previous = next;
    }
    QVERIFY(Ids::newUuid(kAt.addMSecs(1)) > previous);
}

void TestRepositories::utcTextIsQtsIsoText()
{
    // Written by hand for speed, it must stay the text Qt writes (stored timestamps compare as text).
    const auto qt = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); };
    QVector<QDateTime> moments {
        QDateTime(QDate(2026, 3, 14), QTime(10, 0), Qt::UTC),
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(12, 30, 5, 7), Qt::OffsetFromUTC, 5 * 3600 + 1800),
        QDateTime(QDate(2026, 10, 25), QTime(2, 30), Qt::LocalTime),
    };
    QRandomGenerator rng(7);
    for (int i = 0; i < 2000; ++i)
        moments << QDateTime::fromMSecsSinceEpoch(qint64(rng.bounded(4102444800.0) * 1000) - 1000000000000,
                                                  Qt::UTC)
                << QDateTime::fromMSecsSinceEpoch(qint64(rng.bounded(2000000000.0)) * 1000 + i,
                                                  Qt::LocalTime);
    for (const QDateTime &t : moments)
        QCOMPARE(Ids::utcText(t), qt(t));
    QCOMPARE(Ids::utcText(QDateTime()), QString());
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
