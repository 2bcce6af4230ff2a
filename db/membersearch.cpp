#include "membersearch.h"

#include "ids.h"
#include "repositories.h"
#include "searchtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <chrono>

namespace {
// This file's strings translate in the context "MemberSearch" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MemberSearch)
};

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

QString quotedPhrase(QString text)
{
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// The parts of the text made of trigrams that are not common, each at least three characters (one
// trigram) long. The whole text when none is common; nothing when every trigram is.
QStringList rarePieces(const QString &text, const QSet<QString> &common)
{
    const QList<uint> cps = text.toUcs4();
    const int n = int(cps.size()) - 2;
    if (common.isEmpty() || n < 2)
        return {text};
    QStringList out;
    int start = -1;
    for (int i = 0; i <= n; ++i) {
        const bool rare = i < n
            && !common.contains(
                QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + i), 3));
        if (rare && start < 0)
            start = i;
        if (!rare && start >= 0) {
            // trigrams start..i-1 cover the characters start..i+1
            out << QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + start),
                                     i - start + 2);
            start = -1;
        }
    }
    return out;
}

// For a text of four trigrams or more: every third of its trigrams that is not common, and the last
// such, each as a term of its own. FTS5 then merges a third of the doclists and checks no positions; the
// rows it returns are checked against the whole text, so what is found stays exactly the phrase's
// matches. Empty when the text is shorter or every trigram is common.
QStringList spacedTrigrams(const QString &text, const QSet<QString> &common)
{
    const QList<uint> cps = text.toUcs4();
    const int n = int(cps.size()) - 2;
    QStringList out;
    if (n < 4)
        return out;
    int last = -3;
    QString tail;
    for (int i = 0; i < n; ++i) {
        const QString t = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + i), 3);
        if (common.contains(t))
            continue;
        if (i >= last + 3) {
            out << t;
            last = i;
            tail.clear();
        } else {
            tail = t;
        }
    }
    if (!tail.isEmpty())
        out << tail;
    return out;
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct Candidate
{
    qint64 id;
    int score; // -1 phone or card digits, 0 the name starts with the query, 1 a word does, 2 contains it
    QString lastVisit;
    QString text;
};

// The candidates found so far, each once, with how well it matched.
struct Found
{
    QVector<Candidate> list;
    QHash<qint64, int> seen;
    void add(Candidate c)
    {
        seen.insert(c.id, int(list.size()));
        list.push_back(std::move(c));
    }
    void collect(QSqlQuery &q, int score)
    {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!seen.contains(id))
                add(Candidate {id, score, q.value(1).toString(), q.value(2).toString()});
        }
    }
};

// Runs one candidate query with its values bound in order; nothing found is not an error.
std::optional<Error> collectFrom(const QSqlDatabase &db, MemberSearch::Statement which,
                                 const QVariantList &values, int score, Found &found)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(MemberSearch::statement(which));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Database::storageError(q.lastError(), Text::tr("Members cannot be searched."));
    found.collect(q, score);
    return std::nullopt;
}

// Digits: the last four of a phone, or the start of a card number.
std::optional<Error> collectDigits(const QSqlDatabase &db, const QString &digits, int limit, Found &found)
{
    using S = MemberSearch::Statement;
    if (digits.size() == 4) {
        if (auto e = collectFrom(db, S::Last4, {digits, limit}, -1, found))
            return e;
    }
    if (digits.size() >= 6) {
        if (auto e
            = collectFrom(db, S::CardPrefix, {digits, MemberSearch::prefixEnd(digits), limit}, -1, found))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString MemberSearch::prefixEnd(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

QString MemberSearch::statement(Statement which)
{
    const QString columns = QStringLiteral("SELECT m.id, m.last_visit_at, m.search_text ");
    const QString live = QStringLiteral(" m.erased_at IS NULL AND m.merged_into IS NULL ");
    switch (which) {
    case Statement::Last4:
        return columns
            + QStringLiteral(
                   "FROM members m WHERE substr(m.phone_norm, -4) = ? AND m.phone_norm IS NOT NULL AND")
            + live + QStringLiteral("LIMIT ?");
    case Statement::CardPrefix:
        return columns
            + QStringLiteral("FROM cards c JOIN members m ON m.id = c.member_id WHERE c.number >= ? AND "
                             "c.number < ? AND c.status = 'active' AND")
            + live + QStringLiteral("LIMIT ?");
    case Statement::NamePrefix:
        // members_search_live holds the text and the last visit of exactly these members: the walk
        // reads that index alone.
        return columns + QStringLiteral("FROM members m WHERE m.search_text >= ? AND m.search_text < ? AND")
            + live + QStringLiteral("ORDER BY m.search_text LIMIT ?");
    case Statement::Fts:
        return columns
            + QStringLiteral(
                   "FROM member_fts f JOIN members m ON m.id = f.rowid WHERE member_fts MATCH ? AND")
            + live + QStringLiteral("LIMIT ?");
    }
    return {};
}

Result<MemberSearch::FtsPlan> MemberSearch::ftsPlan(const QString &folded, int limit)
{
    // A phrase of ordinary trigrams alone: six characters or more go as a few of their trigrams, each
    // alone (spacedTrigrams), and the rows are checked against the whole text; a shorter one goes to
    // FTS5 as it is. A phrase with very common trigrams in it ("613@e", "455555") goes as the runs of
    // rare trigrams between them, each a phrase of its own, and the rows are checked likewise: far
    // fewer index entries to walk. Single rare trigrams far apart would match thousands of members
    // who hold both somewhere (digits above all), each read and checked: a phrase keeps them in order.
    // With fewer than two rare trigrams left, the whole phrase goes as it is.
    auto common = commonTrigrams();
    if (!common)
        return common.error();
    FtsPlan plan;
    QStringList terms;
    const QStringList pieces = rarePieces(folded, common.value());
    const bool plain = pieces.size() == 1 && pieces.first() == folded;
    qsizetype rare = 0;
    for (const QString &p : pieces)
        rare += p.toUcs4().size() - 2;
    if (const QStringList spaced = plain ? spacedTrigrams(folded, common.value()) : QStringList();
        !spaced.isEmpty()) {
        plan.check = true;
        for (const QString &t : spaced)
            terms << quotedPhrase(t);
    } else {
        plan.check = !plain && rare >= 2;
        for (const QString &p : plan.check ? pieces : QStringList {folded})
            terms << quotedPhrase(p);
    }
    plan.match = terms.join(QStringLiteral(" AND "));
    // When checking, read up to this many candidates before saying the result was cut.
    plan.candidates = plan.check ? limit * 20 : limit + 1;
    return plan;
}

Result<MemberSearchResult> MemberSearch::search(const QString &query, int limit)
{
    MemberSearchResult result;
    const QString folded = SearchText::fold(query).left(200);
    if (folded.isEmpty())
        return result;
    limit = std::clamp(limit, 1, kMaxRanked);

    Found all;
    QVector<Candidate> &found = all.list;
    const QString digits = query.trimmed();
    if (allDigits(digits)) {
        if (auto e = collectDigits(m_db.connection(), digits, limit, all))
            return *e;
    }
    // The start of the name: the best matches, in name order, from the prefix index.
    if (auto e
        = collectFrom(m_db.connection(), Statement::NamePrefix, {folded, prefixEnd(folded), limit}, 0, all))
        return *e;

    if (folded.size() >= 3 && found.size() < limit) {
        // Anywhere in name, e-mail or phone. The first `limit` hits in index order are ranked; past
        // that the result says it was cut, and the cashier types a letter more.
        auto plan = ftsPlan(folded, limit);
        if (!plan)
            return plan.error();
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(statement(Statement::Fts));
        q.addBindValue(plan->match);
        q.addBindValue(plan->candidates);
        if (!q.exec())
            return Database::storageError(q.lastError(), Text::tr("Members cannot be searched."));
        int rows = 0, read = 0;
        while (q.next()) {
            ++read;
            Candidate c {q.value(0).toLongLong(), 2, q.value(1).toString(), q.value(2).toString()};
            const int at = c.text.indexOf(folded);
            if (at < 0)
                continue; // a candidate with the pieces apart
            if (++rows > limit) {
                result.truncated = true;
                break;
            }
            if (all.seen.contains(c.id))
                continue;
            c.score = at == 0 ? 0 : (at > 0 && c.text.at(at - 1) == QLatin1Char(' ')) ? 1 : 2;
            all.add(c);
        }
        if (plan->check && read >= plan->candidates)
            result.truncated = true;
    }

    // Best first: how the query meets the text, then the most recent visitor, then the name.
    std::stable_sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score < b.score;
        if (a.lastVisit != b.lastVisit)
            return a.lastVisit > b.lastVisit;
        return a.text < b.text;
    });
    if (found.size() > limit) {
        found.resize(limit);
        result.truncated = true;
    }
    result.ids.reserve(found.size());
    for (const Candidate &c : std::as_const(found))
        result.ids.push_back(c.id);
    return result;
}

Result<QVector<MemberSearchRow>> MemberSearch::rows(const QVector<qint64> &ids)
{
    QVector<MemberSearchRow> out;
    if (ids.isEmpty())
        return out;
    QStringList marks;
    for (int i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.id, m.name, m.phone, m.email, m.points_balance, m.last_visit_at, "
                             "(SELECT c.number FROM cards c WHERE c.member_id = m.id AND c.status = 'active' "
                             " ORDER BY c.id DESC LIMIT 1) FROM members m WHERE m.id IN (%1)")
                  .arg(marks.join(QLatin1Char(','))));
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return Database::storageError(q.lastError(), Text::tr("Members cannot be read."));
    QHash<qint64, MemberSearchRow> byId;
    while (q.next()) {
        MemberSearchRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.phone = q.value(2).toString();
        r.email = q.value(3).toString();
        r.pointsBalance = q.value(4).toLongLong();
        r.lastVisitAt = q.isNull(5) ? QDateTime() : Ids::fromUtcText(q.value(5).toString());
        r.card = q.value(6).toString();
        byId.insert(r.id, r);
    }
    for (qint64 id : ids) {
        auto it = byId.constFind(id);
        if (it != byId.constEnd())
            out.push_back(*it);
    }
    return out;
}

Result<QSet<QString>> MemberSearch::commonTrigrams()
{
    const qint64 now = steadyMs();
    if (m_commonLoadedMs >= 0 && now - m_commonLoadedMs < 60000)
        return m_common;
    auto stored = SettingsRepository(m_db).value(QLatin1String(kStatsKey));
    if (!stored)
        return stored.error();
    m_common.clear();
    if (stored.value()) {
        const QJsonObject trigrams = QJsonDocument::fromJson(stored.value()->toUtf8())
                                         .object()
                                         .value(QLatin1String("trigrams"))
                                         .toObject();
        for (auto it = trigrams.begin(); it != trigrams.end(); ++it)
            m_common.insert(it.key());
    }
    m_commonLoadedMs = now;
    return m_common;
}

Result<void> MemberSearch::refreshStatistics(const QString &originTerminal, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.member_fts_vocab "
                               "USING fts5vocab(main, member_fts, row)")))
        return Database::storageError(q.lastError(), Text::tr("The search statistics cannot be counted."));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM members")) || !q.next())
        return Database::storageError(q.lastError(), Text::tr("The search statistics cannot be counted."));
    const qint64 members = q.value(0).toLongLong();
    // Below ten thousand members every phrase is quick: nothing counts as common.
    const qint64 threshold = std::max<qint64>(10000, members / 10);
    q.prepare(QStringLiteral("SELECT term, doc FROM temp.member_fts_vocab WHERE doc > ?"));
    q.addBindValue(threshold);
    if (!q.exec())
        return Database::storageError(q.lastError(), Text::tr("The search statistics cannot be counted."));
    QJsonObject trigrams;
    while (q.next())
        trigrams.insert(q.value(0).toString(), q.value(1).toLongLong());
    const QJsonObject stats {{QStringLiteral("members"), members},
                             {QStringLiteral("threshold"), threshold},
                             {QStringLiteral("counted_at"), Ids::utcText(now)},
                             {QStringLiteral("trigrams"), trigrams}};
    // The counting above is a read (on a worker's connection it never blocks the till); the write is
    // a short transaction of its own, taking the write lock at once.
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    if (auto r = SettingsRepository(m_db).setValue(
            QLatin1String(kStatsKey), QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact)),
            originTerminal, now);
        !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    m_commonLoadedMs = -1;
    return {};
}

Result<bool> MemberSearch::refreshIfStale(const QString &originTerminal, const QDateTime &now,
                                          qint64 maxAgeSecs)
{
    auto stored = SettingsRepository(m_db).value(QLatin1String(kStatsKey));
    if (!stored)
        return stored.error();
    if (stored.value()) {
        const QDateTime at = Ids::fromUtcText(QJsonDocument::fromJson(stored.value()->toUtf8())
                                                  .object()
                                                  .value(QLatin1String("counted_at"))
                                                  .toString());
        if (at.isValid() && at.secsTo(now) < maxAgeSecs)
            return false;
    }
    if (auto r = refreshStatistics(originTerminal, now); !r)
        return r.error();
    return true;
}
