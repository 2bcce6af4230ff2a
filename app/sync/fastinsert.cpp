#include "applier.h"
#include "searchtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

namespace syncimpl {

Result<FastInsert *> Applier::fastFor(const TableSpec &t)
{
    auto it = m_fast.find(&t);
    if (it != m_fast.end())
        return it->second.get();
    QStringList cols, marks;
    std::vector<QByteArray> keys;
    std::vector<IdCache::Ids *> refs;
    for (const Column &c : t.columns) {
        cols << QLatin1String(c.name);
        marks << QStringLiteral("?");
        keys.push_back(c.key().toUtf8());
        IdCache::Ids *ids = nullptr;
        if (c.ref) {
            auto r = m_ids.idsFor(c.ref);
            if (!r)
                return r.error();
            ids = r.value();
        }
        refs.push_back(ids);
    }
    if (t.merge == Merge::Staff) { // signed out here: no PIN travels
        cols << QStringLiteral("active");
        marks << QStringLiteral("0");
    }
    if (t.merge == Merge::Member) { // the text members are found by; the field clocks follow the columns
        cols << QStringLiteral("search_text");
        marks << QStringLiteral("?");
        keys.push_back("clock");
    }
    auto f = std::make_unique<FastInsert>(std::move(keys));
    f->refs = std::move(refs);
    if (auto r = prepareFast(t, *f, cols, marks); !r)
        return r.error();
    return m_fast.emplace(&t, std::move(f)).first->second.get();
}

Result<void> Applier::prepareFast(const TableSpec &t, FastInsert &f, const QStringList &cols,
                                  const QStringList &marks)
{
    if (t.merge == Merge::Purchase) {
        f.memberColumn = columnIndex(t, "member_id");
        f.kind = columnIndex(t, "kind");
        f.total = columnIndex(t, "total_minor");
        f.createdAt = columnIndex(t, "created_at");
        f.refundOf = columnIndex(t, "refund_of");
    } else if (qstrcmp(t.name, "points_ledger") == 0) {
        f.memberColumn = columnIndex(t, "member_id");
        f.points = columnIndex(t, "points");
    } else if (t.merge == Merge::Member) {
        f.name = columnIndex(t, "name");
        f.email = columnIndex(t, "email");
        f.phone = columnIndex(t, "phone");
    } else if (t.merge == Merge::Card) {
        f.number = columnIndex(t, "number");
        f.numberTaken
            = Statement(m_ctx.db, "SELECT 1 FROM cards WHERE number = ?", Statement::Kind::Persistent);
        if (!f.numberTaken.ok())
            return f.numberTaken.error(tr("The sync batch cannot be applied."));
    }
    // Rows of these tables are referred to by many others in a batch (a sale by its lines and points):
    // the ids of the rows it brings are kept as they go in. The others are looked up when referred to.
    static const char *const kReferred[] = {"members", "cards", "purchases", "staff", "program_versions"};
    for (const char *name : kReferred)
        if (qstrcmp(name, t.name) == 0) {
            auto r = m_ids.idsFor(t.name);
            if (!r)
                return r.error();
            f.own = r.value();
        }
    const bool adjustment = t.merge == Merge::Adjustment;
    const QString sql
        = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
              .arg(QLatin1String(t.name), cols.join(QLatin1Char(',')), marks.join(QLatin1Char(',')),
                   adjustment ? QStringLiteral("purchase_id, position") : QStringLiteral("uuid"));
    f.insert = Statement(m_ctx.db, sql.toUtf8(), Statement::Kind::Persistent);
    if (!f.insert.ok())
        return f.insert.error(tr("The sync batch cannot be applied."));
    return {};
}

Result<bool> Applier::needsMerge(const TableSpec &t, FastInsert &f)
{
    // A member or card that is here already merges by the rules (member(), card()), and so does a
    // card whose number is taken; a new one goes straight in.
    const JsonRow::Value &uuid = f.row.value(0);
    if (uuid.type != JsonRow::Type::Text)
        return true;
    auto id = m_ids.idOf(*f.own, uuid.text);
    if (!id)
        return id.error();
    if (id.value() != 0)
        return true;
    if (t.merge != Merge::Card)
        return false;
    const JsonRow::Value &number = f.row.value(f.number);
    if (number.type != JsonRow::Type::Text)
        return true;
    f.numberTaken.bindText(1, number.text);
    const Statement::Step step = f.numberTaken.step();
    f.numberTaken.reset();
    if (step == Statement::Step::Failed)
        return f.numberTaken.error(tr("The sync batch cannot be applied."));
    return step == Statement::Step::Row;
}

Result<bool> Applier::bindFast(const TableSpec &t, FastInsert &f, qint64 *ids)
{
    Statement &st = f.insert;
    const int columns = int(t.columns.size());
    for (int i = 0; i < columns; ++i) {
        const JsonRow::Value &v = f.row.value(i);
        if (f.refs[size_t(i)] && v.type != JsonRow::Type::Null && v.type != JsonRow::Type::Missing) {
            // A reference travels as the uuid of the row it points at; one that has not arrived waits.
            if (v.type != JsonRow::Type::Text)
                return false;
            auto id = m_ids.idOf(*f.refs[size_t(i)], v.text);
            if (!id)
                return id.error();
            if (id.value() == 0)
                return false;
            ids[i] = id.value();
            st.bind(i + 1, id.value());
            continue;
        }
        switch (v.type) {
        case JsonRow::Type::Missing:
        case JsonRow::Type::Null:
            st.bindNull(i + 1);
            break;
        case JsonRow::Type::Integer:
            st.bind(i + 1, v.integer);
            break;
        case JsonRow::Type::Real:
            st.bind(i + 1, v.real);
            break;
        case JsonRow::Type::Text:
        case JsonRow::Type::Json:
            st.bindText(i + 1, v.text);
            break;
        }
    }
    if (t.merge == Merge::Member) { // found by name, e-mail or phone (MemberStore keeps the same text)
        auto text = [&](int column) {
            const JsonRow::Value &v = f.row.value(column);
            return v.type == JsonRow::Type::Text ? QString::fromUtf8(v.text) : QString();
        };
        const QByteArray search = SearchText::forMember(text(f.name), text(f.email), text(f.phone)).toUtf8();
        st.bindTextCopy(columns + 1, search);
    }
    return true;
}

Result<void> Applier::afterFastInsert(const TableSpec &t, FastInsert &f, const qint64 *ids, qint64 rowid)
{
    const JsonRow::Value &uuid = f.row.value(0);
    if (f.own && uuid.type == JsonRow::Type::Text)
        IdCache::remember(*f.own, uuid.text, rowid);
    if (t.merge == Merge::Purchase) { // the member's visits and spending, added up in finish()
        const JsonRow::Value &kind = f.row.value(f.kind);
        const JsonRow::Value &at = f.row.value(f.createdAt);
        return addSale(ids[f.memberColumn], kind.type == JsonRow::Type::Text && kind.text == "sale",
                       f.row.value(f.total).integer,
                       at.type == JsonRow::Type::Text ? QString::fromUtf8(at.text) : QString(),
                       ids[f.refundOf], +1);
    }
    if (f.points >= 0 && ids[f.memberColumn] != 0) { // the ledger: the member's balance
        m_totals[ids[f.memberColumn]].points += f.row.value(f.points).integer;
        return {};
    }
    if (t.merge != Merge::Member)
        return {};
    // When each field was last set, and where: the clocks follow the columns.
    const JsonRow::Value &clock = f.row.value(int(t.columns.size()));
    const QJsonObject clocks = clock.type == JsonRow::Type::Json
        ? QJsonDocument::fromJson(clock.text.toByteArray()).object()
        : QJsonObject();
    for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it) {
        const QJsonArray a = it.value().toArray();
        if (!run(QStringLiteral("INSERT OR REPLACE INTO member_clock (member_id, field, at, terminal) "
                                "VALUES (?,?,?,?)"),
                 {rowid, it.key(), a.at(0).toString(), a.at(1).toString()}))
            return m_error;
    }
    return {};
}

Result<Outcome> Applier::applyJson(const TableSpec &t, QByteArrayView json)
{
    auto unreadable = [&](const QString &why) {
        return makeError(Error::Corrupt,
                         tr("A row of %1 in the batch is not readable.").arg(QLatin1String(t.name)), why);
    };
    auto slow = [&]() -> Result<Outcome> {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return unreadable(err.errorString());
        return apply(t, doc.object());
    };
    const bool mergeable = t.merge == Merge::Member || t.merge == Merge::Card;
    if (!isFast(t) && !mergeable)
        return slow();
    auto fast = fastFor(t);
    if (!fast)
        return fast.error();
    FastInsert &f = *fast.value();
    if (!f.row.parse(json))
        return unreadable(QStringLiteral("not one JSON object"));
    if (mergeable) {
        auto merge = needsMerge(t, f);
        if (!merge)
            return merge.error();
        if (merge.value())
            return slow();
    }
    QVarLengthArray<qint64, 24> ids(qsizetype(t.columns.size()), 0); // the references, resolved
    auto bound = bindFast(t, f, ids.data());
    if (!bound)
        return bound.error();
    if (!bound.value())
        return Outcome::Waiting;
    const Statement::Step step = f.insert.step();
    const bool added = step == Statement::Step::Done && f.insert.changes() > 0;
    const qint64 rowid = f.insert.lastInsertRowid();
    f.insert.reset();
    if (step != Statement::Step::Done)
        return makeError(Error::Corrupt,
                         tr("The batch holds a row of %1 this database refuses.").arg(QLatin1String(t.name)),
                         f.insert.errorText());
    if (added) {
        if (auto r = afterFastInsert(t, f, ids.data(), rowid); !r)
            return r.error();
        return Outcome::Applied;
    }
    const JsonRow::Value &uuid = f.row.value(0);
    if (t.merge != Merge::Purchase || uuid.type != JsonRow::Type::Text)
        return Outcome::Unchanged;
    // A sale that was here before this batch: a merge may have moved it since (purchase()).
    auto id = m_ids.idOf(*f.own, uuid.text);
    if (!id)
        return id.error();
    if (id.value() == 0 || id.value() > m_marks.purchases)
        return Outcome::Unchanged;
    return slow();
}

} // namespace syncimpl
