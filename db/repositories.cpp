#include "repositories.h"

#include "ids.h"
#include "searchtext.h"
#include "sqlite/statementcache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace {
// This file's strings translate in the context "Database" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QVariant orNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}
QVariant orNullInt(int v)
{
    return v == 0 ? QVariant() : QVariant(v);
}
QVariant orNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(Ids::utcText(t)) : QVariant();
}
QDateTime timeAt(const QSqlQuery &q, int i)
{
    return q.isNull(i) ? QDateTime() : Ids::fromUtcText(q.value(i).toString());
}

// findByCard reads its row straight from SQLite; RawRow gives that row the surface of QSqlQuery that
// readCard and readMember use, so that both kinds of row are read by the same code.
class RawValue
{
public:
    RawValue(sqlite3_stmt *s, int i)
        : m_s(s)
        , m_i(i)
    {
    }
    QString toString() const
    {
        if (sqlite3_column_type(m_s, m_i) == SQLITE_NULL)
            return QString();
        const char *text = reinterpret_cast<const char *>(sqlite3_column_text(m_s, m_i));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_s, m_i));
    }
    qint64 toLongLong() const { return sqlite3_column_int64(m_s, m_i); }
    int toInt() const { return int(sqlite3_column_int64(m_s, m_i)); }

private:
    sqlite3_stmt *m_s;
    int m_i;
};

class RawRow
{
public:
    explicit RawRow(sqlite3_stmt *s)
        : m_s(s)
    {
    }
    RawValue value(int i) const { return RawValue(m_s, i); }
    bool isNull(int i) const { return sqlite3_column_type(m_s, i) == SQLITE_NULL; }
    sqlite3_stmt *statement() const { return m_s; }

private:
    sqlite3_stmt *m_s;
};

// Timestamps as the database writes them ("2026-11-23T12:41:05.123Z") without QDateTime::fromString,
// which costs more than the whole query; anything else goes through Ids::fromUtcText as before.
QDateTime timeAt(const RawRow &r, int i)
{
    if (r.isNull(i))
        return QDateTime();
    const char *t = reinterpret_cast<const char *>(sqlite3_column_text(r.statement(), i));
    if (t && sqlite3_column_bytes(r.statement(), i) == 24 && t[4] == '-' && t[7] == '-' && t[10] == 'T'
        && t[13] == ':' && t[16] == ':' && t[19] == '.' && t[23] == 'Z') {
        bool digits = true;
        auto n = [&](int at, int len) {
            int v = 0;
            for (int k = at; k < at + len; ++k) {
                digits = digits && t[k] >= '0' && t[k] <= '9';
                v = v * 10 + (t[k] - '0');
            }
            return v;
        };
        const QDate day(n(0, 4), n(5, 2), n(8, 2));
        const int h = n(11, 2), m = n(14, 2), s = n(17, 2), ms = n(20, 3);
        if (digits && day.isValid() && h < 24 && m < 60 && s < 60)
            return QDateTime(day, QTime(h, m, s, ms), Qt::UTC);
    }
    return Ids::fromUtcText(r.value(i).toString());
}

Error failed(const QSqlQuery &q, const QString &what)
{
    return Database::storageError(q.lastError(), what);
}

bool prepare(QSqlQuery &q, const QString &sql)
{
    q.setForwardOnly(true);
    return q.prepare(sql);
}

bool run(QSqlQuery &q, const QString &sql)
{
    q.setForwardOnly(true);
    return q.exec(sql);
}

#define LOYALTY_MEMBER_COLUMNS                                                                               \
    "m.id, m.uuid, m.origin_terminal, m.name, m.phone, m.phone_norm, m.email, m.birth_day, m.birth_month, "  \
    "m.birth_year, m.notes, m.level_code, m.points_balance, m.visits, m.total_spent_minor, "                 \
    "m.last_visit_at, "                                                                                      \
    "m.created_at, m.updated_at, m.erased_at, m.consent_sms_at, m.consent_email_at, m.referred_by, "         \
    "m.birthday_used_for"
const QString kMemberColumns = QStringLiteral(LOYALTY_MEMBER_COLUMNS);
constexpr int kMemberColumnCount = 23;

// The sale's statements, prepared once per connection (StatementCache).
constexpr char kMemberById[] = "SELECT " LOYALTY_MEMBER_COLUMNS " FROM members m WHERE m.id = ?";
constexpr char kNextReceiptNo[]
    = "SELECT COALESCE(MAX(receipt_no), 0) + 1 FROM purchases WHERE origin_terminal = ?";
constexpr char kInsertPurchase[]
    = "INSERT INTO purchases (uuid, origin_terminal, receipt_no, kind, member_id, card_id, "
      "staff_id, currency, subtotal_minor, discount_minor, points_paid_minor, total_minor, "
      "points_earned, points_redeemed, business_day, created_at, refund_of, program_version, "
      "level_code, points_not_returned) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
constexpr char kInsertPurchaseLine[]
    = "INSERT INTO purchase_lines (uuid, purchase_id, line_no, description, "
      "category, unit_price_minor, quantity, discount_minor, total_minor, product_id, "
      "product_code, refund_of_line) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
constexpr char kInsertAdjustment[] = "INSERT INTO purchase_adjustments (purchase_id, position, kind, label, "
                                     "amount_minor, points) VALUES (?,?,?,?,?,?)";
constexpr char kInsertLedger[] = "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, "
                                 "purchase_id, expires_on, reason, staff_id, created_at) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?)";
#undef LOYALTY_MEMBER_COLUMNS

Statement &cached(Database &db, std::string_view sql)
{
    return db.cache<StatementCache>().get(sql);
}

// Runs a cached insert to its end; the error in `what`'s words, the statement reset either way.
Result<qint64> runInsert(Statement &st, const QString &what)
{
    const bool ok = st.ok() && st.run();
    const Result<qint64> out = ok ? Result<qint64>(st.lastInsertRowid()) : Result<qint64>(st.error(what));
    st.reset();
    return out;
}

template <typename Row> // QSqlQuery or RawRow
MemberRecord readMember(const Row &q, int o)
{
    MemberRecord m;
    m.id = q.value(o + 0).toLongLong();
    m.uuid = q.value(o + 1).toString();
    m.originTerminal = q.value(o + 2).toString();
    m.name = q.value(o + 3).toString();
    m.phone = q.value(o + 4).toString();
    m.phoneNorm = q.value(o + 5).toString();
    m.email = q.value(o + 6).toString();
    m.birthDay = q.value(o + 7).toInt();
    m.birthMonth = q.value(o + 8).toInt();
    m.birthYear = q.value(o + 9).toInt();
    m.notes = q.value(o + 10).toString();
    m.levelCode = q.value(o + 11).toString();
    m.pointsBalance = q.value(o + 12).toLongLong();
    m.visits = q.value(o + 13).toLongLong();
    m.totalSpentMinor = q.value(o + 14).toLongLong();
    m.lastVisitAt = timeAt(q, o + 15);
    m.createdAt = timeAt(q, o + 16);
    m.updatedAt = timeAt(q, o + 17);
    m.erasedAt = timeAt(q, o + 18);
    m.consentSmsAt = timeAt(q, o + 19);
    m.consentEmailAt = timeAt(q, o + 20);
    m.referredBy = q.value(o + 21).toLongLong();
    m.birthdayUsedFor = Ids::fromDayText(q.value(o + 22).toString());
    return m;
}

const QString kCardColumns = QStringLiteral(
    "c.id, c.uuid, c.origin_terminal, c.member_id, c.number, c.status, c.blocked_at, c.blocked_reason, "
    "c.created_at");
constexpr int kCardColumnCount = 9;

template <typename Row> // QSqlQuery or RawRow
CardRecord readCard(const Row &q, int o)
{
    CardRecord c;
    c.id = q.value(o + 0).toLongLong();
    c.uuid = q.value(o + 1).toString();
    c.originTerminal = q.value(o + 2).toString();
    c.memberId = q.value(o + 3).toLongLong();
    c.number = q.value(o + 4).toString();
    c.blocked = q.value(o + 5).toString() == QLatin1String("blocked");
    c.blockedAt = timeAt(q, o + 6);
    c.blockedReason = q.value(o + 7).toString();
    c.createdAt = timeAt(q, o + 8);
    return c;
}

const QString kPurchaseColumns = QStringLiteral(
    "id, uuid, origin_terminal, receipt_no, kind, member_id, card_id, staff_id, currency, subtotal_minor, "
    "discount_minor, points_paid_minor, total_minor, points_earned, points_redeemed, business_day, "
    "created_at, refund_of, program_version, level_code, points_not_returned");

PurchaseRecord readPurchase(const QSqlQuery &q)
{
    PurchaseRecord p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.originTerminal = q.value(2).toString();
    p.receiptNo = q.value(3).toLongLong();
    p.kind = q.value(4).toString();
    p.memberId = q.value(5).toLongLong();
    p.cardId = q.value(6).toLongLong();
    p.staffId = q.value(7).toLongLong();
    p.currency = q.value(8).toString();
    p.subtotalMinor = q.value(9).toLongLong();
    p.discountMinor = q.value(10).toLongLong();
    p.pointsPaidMinor = q.value(11).toLongLong();
    p.totalMinor = q.value(12).toLongLong();
    p.pointsEarned = q.value(13).toLongLong();
    p.pointsRedeemed = q.value(14).toLongLong();
    p.businessDay = Ids::fromDayText(q.value(15).toString());
    p.createdAt = timeAt(q, 16);
    p.refundOf = q.value(17).toLongLong();
    p.programVersion = q.value(18).toLongLong();
    p.levelCode = q.value(19).toString();
    p.pointsNotReturned = q.value(20).toLongLong();
    return p;
}

} // namespace

// --- TerminalRepository ----------------------------------------------------------------------

Result<std::optional<TerminalRecord>> TerminalRepository::local() const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT id, uuid, name, store_name, currency, created_at FROM terminals "
                            "WHERE is_local = 1")))
        return failed(q, Text::tr("The terminal's identity cannot be read."));
    if (!q.next())
        return std::optional<TerminalRecord>();
    TerminalRecord t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.name = q.value(2).toString();
    t.storeName = q.value(3).toString();
    t.currency = q.value(4).toString();
    t.isLocal = true;
    t.createdAt = timeAt(q, 5);
    return std::optional<TerminalRecord>(t);
}

Result<void> TerminalRepository::insert(TerminalRecord &t)
{
    QSqlQuery q(m_db.connection());
    prepare(q,
            QStringLiteral("INSERT INTO terminals (uuid, name, store_name, currency, is_local, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.uuid);
    q.addBindValue(t.name);
    q.addBindValue(t.storeName);
    q.addBindValue(t.currency);
    q.addBindValue(t.isLocal ? 1 : 0);
    q.addBindValue(Ids::utcText(t.createdAt));
    if (!q.exec())
        return failed(q, Text::tr("The terminal cannot be registered."));
    t.id = q.lastInsertId().toLongLong();
    return {};
}

// --- SettingsRepository ----------------------------------------------------------------------

Result<std::optional<QString>> SettingsRepository::value(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    prepare(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return failed(q, Text::tr("The shop settings cannot be read."));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<void> SettingsRepository::setValue(const QString &key, const QString &value,
                                          const QString &originTerminal, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    prepare(
        q,
        QStringLiteral("INSERT INTO settings (key, value, updated_at, origin_terminal) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                       "updated_at = excluded.updated_at, origin_terminal = excluded.origin_terminal"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(Ids::utcText(at));
    q.addBindValue(originTerminal);
    if (!q.exec())
        return failed(q, Text::tr("The shop settings cannot be saved."));
    return {};
}

// --- MemberRepository ------------------------------------------------------------------------

MemberRepository::MemberRepository(Database &db)
    : m_db(db)
{
}

MemberRepository::~MemberRepository()
{
    sqlite3_finalize(m_byCard);
}

// The counter's hottest query runs on SQLite's own API with a statement prepared once per repository:
// through QSqlQuery (a record of 30 fields and a QVariant per value built on every exec, and
// QDateTime::fromString for the timestamps) it cost about twice what SQLite itself needs
// (tests/bench, docs/benchmarks.md). Same SQL, same rows, same errors.
Result<std::optional<CardLookup>> MemberRepository::findByCard(const QString &number)
{
    sqlite3 *h = m_db.handle();
    if (!h)
        return makeError(Error::Storage, Text::tr("The card cannot be looked up."),
                         Text::tr("The database is not open."));
    if (!m_byCard) {
        const QByteArray sql
            = QStringLiteral("SELECT %1, %2 FROM cards c JOIN members m ON m.id = c.member_id "
                             "WHERE c.number = ?")
                  .arg(kCardColumns, kMemberColumns)
                  .toUtf8();
        const int rc = sqlite3_prepare_v3(h, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                          &m_byCard, nullptr);
        if (rc != SQLITE_OK) {
            const QString detail = QString::fromUtf8(sqlite3_errmsg(h));
            sqlite3_finalize(m_byCard);
            m_byCard = nullptr;
            return Database::storageErrorFromCode(rc, detail, Text::tr("The card cannot be looked up."));
        }
    }
    const QByteArray key = number.toUtf8();
    sqlite3_bind_text(m_byCard, 1, key.constData(), int(key.size()), SQLITE_STATIC);
    std::optional<CardLookup> found;
    const int rc = sqlite3_step(m_byCard);
    if (rc == SQLITE_ROW) {
        const RawRow row(m_byCard);
        found = CardLookup {readCard(row, 0), readMember(row, kCardColumnCount)};
    }
    const QString detail
        = rc == SQLITE_ROW || rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_reset(m_byCard);
    sqlite3_clear_bindings(m_byCard);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Database::storageErrorFromCode(rc, detail, Text::tr("The card cannot be looked up."));
    return found;
}

Result<std::optional<MemberRecord>> MemberRepository::findById(qint64 id)
{
    Statement &st = cached(m_db, kMemberById);
    st.bind(1, id);
    std::optional<MemberRecord> found;
    const Statement::Step step = st.ok() ? st.step() : Statement::Step::Failed;
    if (step == Statement::Step::Row)
        found = readMember(RawRow(st.handle()), 0);
    const Result<std::optional<MemberRecord>> out = step == Statement::Step::Failed
        ? Result<std::optional<MemberRecord>>(st.error(Text::tr("The member cannot be read.")))
        : Result<std::optional<MemberRecord>>(found);
    st.reset();
    return out;
}

Result<QVector<MemberRecord>> MemberRepository::findByPhone(const QString &phoneNorm, int limit)
{
    return findLive(QStringLiteral("m.phone_norm = ?"), phoneNorm,
                    QStringLiteral(" ORDER BY m.last_visit_at DESC"), limit);
}

Result<QVector<MemberRecord>> MemberRepository::findByEmail(const QString &email, int limit)
{
    return findLive(QStringLiteral("m.email = ? COLLATE NOCASE"), email, QString(), limit);
}

// Members that still count (neither erased nor merged away) matching one condition with one value.
Result<QVector<MemberRecord>> MemberRepository::findLive(const QString &condition, const QVariant &value,
                                                         const QString &orderBy, int limit)
{
    QSqlQuery q(m_db.connection());
    prepare(q,
            QStringLiteral("SELECT %1 FROM members m WHERE %2 AND m.erased_at IS NULL "
                           "AND m.merged_into IS NULL%3 LIMIT ?")
                .arg(kMemberColumns, condition, orderBy));
    q.addBindValue(value);
    q.addBindValue(limit);
    if (!q.exec())
        return failed(q, Text::tr("Members cannot be searched."));
    QVector<MemberRecord> out;
    while (q.next())
        out.push_back(readMember(q, 0));
    return out;
}

Result<QVector<CardRecord>> MemberRepository::cardsOf(qint64 memberId)
{
    QSqlQuery q(m_db.connection());
    prepare(q,
            QStringLiteral("SELECT %1 FROM cards c WHERE c.member_id = ? ORDER BY c.id").arg(kCardColumns));
    q.addBindValue(memberId);
    if (!q.exec())
        return failed(q, Text::tr("The member's cards cannot be read."));
    QVector<CardRecord> out;
    while (q.next())
        out.push_back(readCard(q, 0));
    return out;
}

Result<void> MemberRepository::insert(MemberRecord &m)
{
    QSqlQuery q(m_db.connection());
    prepare(q,
            QStringLiteral(
                "INSERT INTO members (uuid, origin_terminal, name, phone, phone_norm, email, birth_day, "
                "birth_month, birth_year, notes, level_code, points_balance, visits, total_spent_minor, "
                "last_visit_at, created_at, updated_at, search_text, consent_sms_at, consent_email_at, "
                "referred_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(m.uuid);
    q.addBindValue(m.originTerminal);
    q.addBindValue(m.name);
    q.addBindValue(orNull(m.phone));
    q.addBindValue(orNull(m.phoneNorm));
    q.addBindValue(orNull(m.email));
    q.addBindValue(orNullInt(m.birthDay));
    q.addBindValue(orNullInt(m.birthMonth));
    q.addBindValue(orNullInt(m.birthYear));
    q.addBindValue(orNull(m.notes));
    q.addBindValue(orNull(m.levelCode));
    q.addBindValue(m.pointsBalance);
    q.addBindValue(m.visits);
    q.addBindValue(m.totalSpentMinor);
    q.addBindValue(orNull(m.lastVisitAt));
    q.addBindValue(Ids::utcText(m.createdAt));
    q.addBindValue(Ids::utcText(m.updatedAt.isValid() ? m.updatedAt : m.createdAt));
    q.addBindValue(SearchText::forMember(m.name, m.email, m.phone));
    q.addBindValue(orNull(m.consentSmsAt));
    q.addBindValue(orNull(m.consentEmailAt));
    q.addBindValue(orNull(m.referredBy));
    if (!q.exec())
        return failed(q, Text::tr("The member cannot be saved."));
    m.id = q.lastInsertId().toLongLong();
    return {};
}

Result<void> MemberRepository::insertCard(CardRecord &c)
{
    QSqlQuery q(m_db.connection());
    prepare(q,
            QStringLiteral("INSERT INTO cards (uuid, origin_terminal, member_id, number, status, blocked_at, "
                           "blocked_reason, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(c.uuid);
    q.addBindValue(c.originTerminal);
    q.addBindValue(c.memberId);
    q.addBindValue(c.number);
    q.addBindValue(c.blocked ? QStringLiteral("blocked") : QStringLiteral("active"));
    q.addBindValue(orNull(c.blockedAt));
    q.addBindValue(orNull(c.blockedReason));
    q.addBindValue(Ids::utcText(c.createdAt));
    q.addBindValue(Ids::utcText(c.createdAt));
    if (!q.exec())
        return failed(q, Text::tr("The card cannot be saved."));
    c.id = q.lastInsertId().toLongLong();
    return {};
}

// --- PurchaseRepository ----------------------------------------------------------------------

PurchaseRepository::PurchaseRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> PurchaseRepository::nextReceiptNo(const QString &originTerminal)
{
    Statement &st = cached(m_db, kNextReceiptNo);
    st.bindString(1, originTerminal);
    const bool row = st.ok() && st.step() == Statement::Step::Row;
    const Result<qint64> out = row
        ? Result<qint64>(st.int64(0))
        : Result<qint64>(st.error(Text::tr("The next receipt number cannot be read.")));
    st.reset();
    return out;
}

Result<void> PurchaseRepository::insert(PurchaseRecord &p)
{
    Statement &q = cached(m_db, kInsertPurchase);
    int i = 0;
    q.bindString(++i, p.uuid);
    q.bindString(++i, p.originTerminal);
    q.bind(++i, p.receiptNo);
    q.bindString(++i, p.kind);
    q.bindIdOrNull(++i, p.memberId);
    q.bindIdOrNull(++i, p.cardId);
    q.bindIdOrNull(++i, p.staffId);
    q.bindString(++i, p.currency);
    q.bind(++i, p.subtotalMinor);
    q.bind(++i, p.discountMinor);
    q.bind(++i, p.pointsPaidMinor);
    q.bind(++i, p.totalMinor);
    q.bind(++i, p.pointsEarned);
    q.bind(++i, p.pointsRedeemed);
    q.bindString(++i, Ids::dayText(p.businessDay));
    q.bindString(++i, Ids::utcText(p.createdAt));
    q.bindIdOrNull(++i, p.refundOf);
    q.bindIdOrNull(++i, p.programVersion);
    q.bindStringOrNull(++i, p.levelCode);
    q.bind(++i, qint64(p.pointsNotReturned));
    auto id = runInsert(q, Text::tr("The sale cannot be saved."));
    if (!id)
        return id.error();
    p.id = id.value();
    for (PurchaseLineRecord &l : p.lines) {
        Statement &ql = cached(m_db, kInsertPurchaseLine);
        int j = 0;
        ql.bindString(++j, l.uuid);
        ql.bind(++j, p.id);
        ql.bind(++j, qint64(l.lineNo));
        ql.bindString(++j, l.description);
        ql.bindStringOrNull(++j, l.category);
        ql.bind(++j, l.unitPriceMinor);
        ql.bind(++j, qint64(l.quantity));
        ql.bind(++j, l.discountMinor);
        ql.bind(++j, l.totalMinor);
        ql.bindIdOrNull(++j, l.productId);
        ql.bindStringOrNull(++j, l.productCode);
        ql.bindIdOrNull(++j, l.refundOfLine);
        auto lineId = runInsert(ql, Text::tr("A line of the sale cannot be saved."));
        if (!lineId)
            return lineId.error();
        l.id = lineId.value();
    }
    int position = 0;
    for (const PurchaseAdjustmentRecord &a : p.adjustments) {
        Statement &qa = cached(m_db, kInsertAdjustment);
        qa.bind(1, p.id);
        qa.bind(2, qint64(++position));
        qa.bindString(3, a.kind);
        qa.bindString(4, a.label);
        qa.bind(5, a.amountMinor);
        qa.bind(6, a.points);
        if (auto r = runInsert(qa, Text::tr("The discounts of the sale cannot be saved.")); !r)
            return r.error();
    }
    return {};
}

Result<std::optional<PurchaseRecord>> PurchaseRepository::findById(qint64 id)
{
    QSqlQuery q(m_db.connection());
    prepare(q, QStringLiteral("SELECT %1 FROM purchases WHERE id = ?").arg(kPurchaseColumns));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, Text::tr("The sale cannot be read."));
    if (!q.next())
        return std::optional<PurchaseRecord>();
    PurchaseRecord p = readPurchase(q);
    QSqlQuery l(m_db.connection());
    prepare(l,
            QStringLiteral("SELECT id, uuid, line_no, description, category, unit_price_minor, quantity, "
                           "discount_minor, total_minor, product_id, product_code, refund_of_line "
                           "FROM purchase_lines WHERE purchase_id = ? ORDER BY line_no"));
    l.addBindValue(id);
    if (!l.exec())
        return failed(l, Text::tr("The sale cannot be read."));
    while (l.next()) {
        PurchaseLineRecord r;
        r.id = l.value(0).toLongLong();
        r.uuid = l.value(1).toString();
        r.lineNo = l.value(2).toInt();
        r.description = l.value(3).toString();
        r.category = l.value(4).toString();
        r.unitPriceMinor = l.value(5).toLongLong();
        r.quantity = l.value(6).toLongLong();
        r.discountMinor = l.value(7).toLongLong();
        r.totalMinor = l.value(8).toLongLong();
        r.productId = l.value(9).toLongLong();
        r.productCode = l.value(10).toString();
        r.refundOfLine = l.value(11).toLongLong();
        p.lines.push_back(r);
    }
    QSqlQuery a(m_db.connection());
    prepare(a,
            QStringLiteral("SELECT kind, label, amount_minor, points FROM purchase_adjustments "
                           "WHERE purchase_id = ? ORDER BY position"));
    a.addBindValue(id);
    if (!a.exec())
        return failed(a, Text::tr("The sale cannot be read."));
    while (a.next())
        p.adjustments.push_back(
            {a.value(0).toString(), a.value(1).toString(), a.value(2).toLongLong(), a.value(3).toLongLong()});
    return std::optional<PurchaseRecord>(p);
}

Result<QVector<PurchaseRecord>> PurchaseRepository::recentForMember(qint64 memberId, int limit)
{
    QSqlQuery q(m_db.connection());
    prepare(q,
            QStringLiteral("SELECT %1 FROM purchases WHERE member_id = ? ORDER BY created_at DESC LIMIT ?")
                .arg(kPurchaseColumns));
    q.addBindValue(memberId);
    q.addBindValue(limit);
    if (!q.exec())
        return failed(q, Text::tr("The member's purchases cannot be read."));
    QVector<PurchaseRecord> out;
    while (q.next())
        out.push_back(readPurchase(q));
    return out;
}

Result<qint64> PurchaseRepository::count()
{
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT count(*) FROM purchases")) || !q.next())
        return failed(q, Text::tr("Sales cannot be counted."));
    return q.value(0).toLongLong();
}

// --- LedgerRepository ------------------------------------------------------------------------

LedgerRepository::LedgerRepository(Database &db)
    : m_db(db)
{
}

Result<void> LedgerRepository::insert(LedgerEntryRecord &e)
{
    Statement &q = cached(m_db, kInsertLedger);
    int i = 0;
    q.bindString(++i, e.uuid);
    q.bindString(++i, e.originTerminal);
    q.bind(++i, e.memberId);
    q.bindString(++i, e.kind);
    q.bind(++i, e.points);
    q.bindIdOrNull(++i, e.purchaseId);
    q.bindStringOrNull(++i, e.expiresOn.isValid() ? Ids::dayText(e.expiresOn) : QString());
    q.bindStringOrNull(++i, e.reason);
    q.bindIdOrNull(++i, e.staffId);
    q.bindString(++i, Ids::utcText(e.createdAt));
    auto id = runInsert(q, Text::tr("The points cannot be recorded."));
    if (!id)
        return id.error();
    e.id = id.value();
    return {};
}

Result<qint64> LedgerRepository::sumForMember(qint64 memberId)
{
    QSqlQuery q(m_db.connection());
    prepare(q, QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE member_id = ?"));
    q.addBindValue(memberId);
    if (!q.exec() || !q.next())
        return failed(q, Text::tr("The points balance cannot be read."));
    return q.value(0).toLongLong();
}

Result<QVector<LedgerEntryRecord>> LedgerRepository::entriesForPurchase(qint64 purchaseId)
{
    QSqlQuery q(m_db.connection());
    prepare(
        q,
        QStringLiteral("SELECT id, uuid, origin_terminal, member_id, kind, points, purchase_id, expires_on, "
                       "reason, staff_id, created_at FROM points_ledger WHERE purchase_id = ? ORDER BY id"));
    q.addBindValue(purchaseId);
    if (!q.exec())
        return failed(q, Text::tr("The points of the sale cannot be read."));
    QVector<LedgerEntryRecord> out;
    while (q.next()) {
        LedgerEntryRecord e;
        e.id = q.value(0).toLongLong();
        e.uuid = q.value(1).toString();
        e.originTerminal = q.value(2).toString();
        e.memberId = q.value(3).toLongLong();
        e.kind = q.value(4).toString();
        e.points = q.value(5).toLongLong();
        e.purchaseId = q.value(6).toLongLong();
        e.expiresOn = Ids::fromDayText(q.value(7).toString());
        e.reason = q.value(8).toString();
        e.staffId = q.value(9).toLongLong();
        e.createdAt = timeAt(q, 10);
        out.push_back(e);
    }
    return out;
}

Result<QVector<LedgerRepository::Mismatch>> LedgerRepository::balanceMismatches()
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT m.id, m.points_balance, COALESCE(l.total, 0) FROM members m "
                            "LEFT JOIN (SELECT member_id, SUM(points) AS total FROM points_ledger "
                            "GROUP BY member_id) l ON l.member_id = m.id "
                            "WHERE m.points_balance <> COALESCE(l.total, 0) LIMIT 1000")))
        return failed(q, Text::tr("The points balances cannot be checked."));
    QVector<Mismatch> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}
