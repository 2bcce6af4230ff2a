#include "membersearch.h"

#include "ids.h"
#include "searchtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MemberSearch", text);
}

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

// The smallest string above every string that starts with prefix (UTF-8 binary order).
QString prefixEnd(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

struct Candidate
{
    qint64 id;
    int score; // -1 phone or card digits, 0 the name starts with the query, 1 a word does, 2 contains it
    QString lastVisit;
    QString text;
};

} // namespace

Result<MemberSearchResult> MemberSearch::search(const QString &query, int limit)
{
    MemberSearchResult result;
    const QString folded = SearchText::fold(query).left(200);
    if (folded.isEmpty())
        return result;
    limit = std::clamp(limit, 1, kMaxRanked);

    QVector<Candidate> found;
    QHash<qint64, int> seen;
    auto collect = [&](QSqlQuery &q, int score) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (seen.contains(id))
                continue;
            seen.insert(id, int(found.size()));
            found.push_back(Candidate {id, score, q.value(1).toString(), q.value(2).toString()});
        }
    };
    const QString live = QStringLiteral("m.erased_at IS NULL AND m.merged_into IS NULL");
    const QString digits = query.trimmed();

    if (allDigits(digits)) {
        if (digits.size() == 4) {
            QSqlQuery q(m_db.connection());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral(
                          "SELECT m.id, m.last_visit_at, m.search_text FROM members m "
                          "WHERE substr(m.phone_norm, -4) = ? AND m.phone_norm IS NOT NULL AND %1 LIMIT ?")
                          .arg(live));
            q.addBindValue(digits);
            q.addBindValue(limit);
            if (!q.exec())
                return Database::storageError(q.lastError(), tr("Members cannot be searched."));
            collect(q, -1);
        }
        if (digits.size() >= 6) {
            QSqlQuery q(m_db.connection());
            q.setForwardOnly(true);
            q.prepare(
                QStringLiteral("SELECT m.id, m.last_visit_at, m.search_text FROM cards c "
                               "JOIN members m ON m.id = c.member_id WHERE c.number >= ? AND c.number < ? "
                               "AND c.status = 'active' AND %1 LIMIT ?")
                    .arg(live));
            q.addBindValue(digits);
            q.addBindValue(prefixEnd(digits));
            q.addBindValue(limit);
            if (!q.exec())
                return Database::storageError(q.lastError(), tr("Members cannot be searched."));
            collect(q, -1);
        }
    }

    {
        // The start of the name: the best matches, in name order, from the prefix index.
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT m.id, m.last_visit_at, m.search_text FROM members m "
                                 "WHERE m.search_text >= ? AND m.search_text < ? AND %1 "
                                 "ORDER BY m.search_text LIMIT ?")
                      .arg(live));
        q.addBindValue(folded);
        q.addBindValue(prefixEnd(folded));
        q.addBindValue(limit);
        if (!q.exec())
            return Database::storageError(q.lastError(), tr("Members cannot be searched."));
        collect(q, 0);
    }

    if (folded.size() >= 3 && found.size() < limit) {
        // Anywhere in name, e-mail or phone. The first `limit` hits in index order are ranked; past
        // that the result says it was cut, and the cashier types a letter more.
        QString phrase = folded;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT m.id, m.last_visit_at, m.search_text FROM member_fts f "
                                 "JOIN members m ON m.id = f.rowid WHERE member_fts MATCH ? AND %1 LIMIT ?")
                      .arg(live));
        q.addBindValue(QLatin1Char('"') + phrase + QLatin1Char('"'));
        q.addBindValue(limit + 1);
        if (!q.exec())
            return Database::storageError(q.lastError(), tr("Members cannot be searched."));
        int rows = 0;
        while (q.next()) {
            if (++rows > limit) {
                result.truncated = true;
                break;
            }
            const qint64 id = q.value(0).toLongLong();
            if (seen.contains(id))
                continue;
            Candidate c {id, 2, q.value(1).toString(), q.value(2).toString()};
            const int at = c.text.indexOf(folded);
            c.score = at == 0 ? 0 : (at > 0 && c.text.at(at - 1) == QLatin1Char(' ')) ? 1 : 2;
            seen.insert(id, int(found.size()));
            found.push_back(c);
        }
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
        return Database::storageError(q.lastError(), tr("Members cannot be read."));
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
