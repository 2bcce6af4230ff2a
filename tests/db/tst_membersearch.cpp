// MemberSearch against a plain reading of its rule, for every kind of query the cashier types: each
// live member whose text holds the query (or whose phone ends in its four digits, or whose active card
// starts with its digits) is found, ranked by how the query meets the text, then the latest visit, then
// the text. The oracle reads every member; search() must find the same through its indexes.
#include "membersearch.h"
#include "searchtext.h"
#include "testdb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>
#include <memory>

class TestMemberSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsWhatTheRuleSays_data();
    void findsWhatTheRuleSays();
    void nameStartReadsTheIndexAlone();

private:
    QVector<qint64> expected(const QString &query);
    std::unique_ptr<TestDb> m_t;
};

namespace {
const char *const kFirst[] = {"Anna", "Oscar", "Lucía", "Борис", "Фёдор", "Татьяна", "王", "李"};
const char *const kLast[] = {"Kowalski", "Ivanova", "García", "Петров", "Орлова", "Йорданов", "伟", "丽"};
} // namespace

void TestMemberSearch::initTestCase()
{
    m_t = std::make_unique<TestDb>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    QVERIFY(m_t->db().connection().transaction());
    QSqlQuery member(m_t->db().connection());
    member.prepare(QStringLiteral(
        "INSERT INTO members (id, uuid, origin_terminal, name, phone, phone_norm, email, last_visit_at, "
        "created_at, updated_at, search_text, erased_at) VALUES (?, ?, 't', ?, ?, ?, ?, ?, "
        "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?)"));
    QSqlQuery card(m_t->db().connection());
    card.prepare(
        QStringLiteral("INSERT INTO cards (uuid, origin_terminal, member_id, number, status, created_at, "
                       "updated_at) VALUES (?, 't', ?, ?, ?, '2026-01-01T00:00:00.000Z', "
                       "'2026-01-01T00:00:00.000Z')"));
    // 640 members: every first name with every last name, ten times, with phones and e-mails that share
    // digits, some never seen, some erased, some with a blocked card.
    for (int i = 1; i <= 640; ++i) {
        const bool han = (i % 8) >= 6;
        const QString first = QString::fromUtf8(kFirst[i % 8]);
        const QString last = QString::fromUtf8(kLast[han ? 6 + (i / 8) % 2 : (i / 8) % 6]);
        const QString name = han ? first + last : first + QLatin1Char(' ') + last;
        const QString phoneNorm
            = QStringLiteral("9%1").arg(qint64(i) * 7919 % 100000000, 8, 10, QLatin1Char('0'));
        const QString email
            = i % 3 == 0 ? QString() : QStringLiteral("%1.%2@example.com").arg(first.toLower()).arg(i);
        const QString visit = i % 5 == 0
            ? QString()
            : QStringLiteral("2026-0%1-%2T10:00:00.000Z").arg(1 + i % 9).arg(10 + i % 19);
        member.addBindValue(i);
        member.addBindValue(QStringLiteral("u%1").arg(i));
        member.addBindValue(name);
        member.addBindValue(phoneNorm);
        member.addBindValue(phoneNorm);
        member.addBindValue(email.isEmpty() ? QVariant() : email);
        member.addBindValue(visit.isEmpty() ? QVariant() : visit);
        member.addBindValue(SearchText::forMember(name, email, phoneNorm));
        member.addBindValue(i % 97 == 0 ? QVariant(QStringLiteral("2026-02-01T00:00:00.000Z")) : QVariant());
        QVERIFY2(member.exec(), qPrintable(member.lastError().text()));
        card.addBindValue(QStringLiteral("c%1").arg(i));
        card.addBindValue(i);
        card.addBindValue(QStringLiteral("20000%1").arg(i * 31, 8, 10, QLatin1Char('0')));
        card.addBindValue(i % 11 == 0 ? QStringLiteral("blocked") : QStringLiteral("active"));
        QVERIFY2(card.exec(), qPrintable(card.lastError().text()));
    }
    QVERIFY(m_t->db().connection().commit());
}

// Every live member read in full, matched and ranked as the rule says.
QVector<qint64> TestMemberSearch::expected(const QString &query)
{
    const QString folded = SearchText::fold(query);
    const QString digits = query.trimmed();
    const bool allDigits
        = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
    struct Hit
    {
        qint64 id;
        int score;
        QString visit, text;
    };
    QVector<Hit> hits;
    QSqlQuery q(m_t->db().connection());
    q.exec(QStringLiteral(
        "SELECT m.id, m.last_visit_at, m.search_text, m.phone_norm, (SELECT group_concat(number, ' ') "
        "FROM cards c WHERE c.member_id = m.id AND c.status = 'active') FROM members m "
        "WHERE m.erased_at IS NULL AND m.merged_into IS NULL"));
    while (q.next()) {
        const QString text = q.value(2).toString();
        const QString cards = q.value(4).toString();
        int score = 3;
        if (allDigits
            && ((digits.size() == 4 && q.value(3).toString().endsWith(digits))
                || (digits.size() >= 6
                    && (cards.startsWith(digits) || cards.contains(QLatin1Char(' ') + digits)))))
            score = -1;
        else if (text.startsWith(folded))
            score = 0;
        else if (folded.size() >= 3 && text.contains(folded)) {
            const int at = text.indexOf(folded);
            score = text.at(at - 1) == QLatin1Char(' ') ? 1 : 2;
        }
        if (score < 3)
            hits.push_back({q.value(0).toLongLong(), score, q.value(1).toString(), text});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.score != b.score)
            return a.score < b.score;
        if (a.visit != b.visit)
            return a.visit > b.visit;
        return a.text < b.text;
    });
    QVector<qint64> ids;
    for (const Hit &h : std::as_const(hits))
        ids.push_back(h.id);
    return ids;
}

void TestMemberSearch::findsWhatTheRuleSays_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("atLeast"); // so that no row passes by finding nothing
    QTest::newRow("card, whole number") << "2000000003100" << 1;
    QTest::newRow("card, first ten digits") << "2000000015" << 20;
    QTest::newRow("phone, last four") << "0119" << 1;
    QTest::newRow("phone, six from the middle") << "900791" << 1;
    QTest::newRow("phone, four from the middle") << "0791" << 1;
    QTest::newRow("e-mail, fragment") << "car.1" << 2;
    QTest::newRow("e-mail, with the domain") << "на.101@exam" << 1;
    QTest::newRow("e-mail, digit and the domain") << "7@example.c" << 20;
    QTest::newRow("latin, one letter") << "o" << 50;
    QTest::newRow("latin, two letters") << "An" << 50;
    QTest::newRow("latin, inside a word") << "owals" << 50;
    QTest::newRow("latin, diacritics folded") << "Lucia Garc" << 5;
    QTest::newRow("latin, full name") << "Oscar Kowalski" << 5;
    QTest::newRow("cyrillic, two letters") << "Бо" << 50;
    QTest::newRow("cyrillic, ё typed as е") << "федор" << 50;
    QTest::newRow("cyrillic, full name") << "Татьяна Йорданова" << 0;
    QTest::newRow("cyrillic, full name found") << "Борис Орлова" << 5;
    QTest::newRow("chinese, one character") << "王" << 50;
    QTest::newRow("chinese, full name") << "李丽" << 20;
    QTest::newRow("nothing found") << "qxz" << 0;
    QTest::newRow("nothing found, long") << "zzzz kowalski" << 0;
    QTest::newRow("a word start beats inside") << "ova" << 50;
}

void TestMemberSearch::findsWhatTheRuleSays()
{
    QFETCH(QString, query);
    QFETCH(int, atLeast);
    const QVector<qint64> want = expected(query);
    QVERIFY2(want.size() >= atLeast, qPrintable(QStringLiteral("the oracle found %1").arg(want.size())));
    QVERIFY2(want.size() < MemberSearch::kMaxRanked, "the test's data must not reach the cut");
    MemberSearch search(m_t->db());
    auto got = search.search(query);
    QVERIFY2(got.ok(), qPrintable(got.error().message));
    QCOMPARE(got->ids, want);
    QVERIFY(!got->truncated);
    // The same with the statistics counted (nothing is common among so few members).
    QVERIFY(search.refreshStatistics(m_t->terminal().uuid, m_t->clock().nowUtc()).ok());
    auto again = search.search(query);
    QVERIFY(again.ok());
    QCOMPARE(again->ids, want);
}

void TestMemberSearch::nameStartReadsTheIndexAlone()
{
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ")
                      + MemberSearch::statement(MemberSearch::Statement::NamePrefix)));
    q.addBindValue(QStringLiteral("an"));
    q.addBindValue(MemberSearch::prefixEnd(QStringLiteral("an")));
    q.addBindValue(400);
    QVERIFY(q.exec());
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(QLatin1String("COVERING INDEX members_search_live")), qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestMemberSearch)
#include "tst_membersearch.moc"
