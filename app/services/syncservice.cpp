#include "syncservice.h"

#include "auditservice.h"
#include "ids.h"
#include "jsonrow.h"
#include "searchtext.h"
#include "sqlexec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVarLengthArray>
#include <cstdio>

#include <sqlite3.h>
#include <sys/mman.h>

#include <array>

#include <charconv>
#include <condition_variable>
#include <deque>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace {

// How a table's rows merge on arrival.
enum class Merge
{
    Append, // insert what is missing, by uuid: ledgers, lines, program versions
    Staff, // insert what is missing, signed out: no PIN travels, the person signs in where they work
    Member, // field by field, the later edit wins
    Card, // the whole row, the later updated_at wins
    Purchase, // insert; a merge moves a sale to the record it was merged into
    Feedback, // insert; a comment typed later fills in
    Settings, // the later updated_at wins (ties: the greater terminal uuid)
    Adjustment, // insert what is missing, by (sale, position)
};

struct Column
{
    const char *name;
    const char *ref = nullptr; // the table an id column points to: it travels as that row's uuid
    // The JSON key: the column name, or for a reference the name without "_id".
    QString key() const
    {
        QString k = QLatin1String(name);
        if (ref && k.endsWith(QLatin1String("_id")))
            k.chop(3);
        return k;
    }
};

struct TableSpec
{
    const char *name;
    Merge merge;
    std::vector<Column> columns; // what travels, in file order (uuid first where there is one)
};

const std::vector<TableSpec> &specs()
{
    static const std::vector<TableSpec> s {
        {"staff",
         Merge::Staff,
         {{"uuid"}, {"origin_terminal"}, {"name"}, {"role"}, {"created_at"}, {"updated_at"}}},
        {"program_versions",
         Merge::Append,
         {{"uuid"},
          {"origin_terminal"},
          {"effective_from"},
          {"settings_json"},
          {"note"},
          {"created_at"},
          {"created_by", "staff"},
          {"approved_by", "staff"},
          {"is_default"}}},
        {"members",
         Merge::Member,
         {{"uuid"},
          {"origin_terminal"},
          {"name"},
          {"phone"},
          {"phone_norm"},
          {"email"},
          {"birth_day"},
          {"birth_month"},
          {"birth_year"},
          {"notes"},
          {"consent_sms_at"},
          {"consent_email_at"},
          {"level_code"},
          {"referred_by", "members"},
          {"merged_into", "members"},
          {"erased_at"},
          {"birthday_used_for"},
          {"created_at"},
          {"updated_at"},
          {"created_by", "staff"}}},
        {"cards",
         Merge::Card,
         {{"uuid"},
          {"origin_terminal"},
          {"member_id", "members"},
          {"number"},
          {"status"},
          {"blocked_at"},
          {"blocked_reason"},
          {"created_at"},
          {"updated_at"}}},
        {"purchases",
         Merge::Purchase,
         {{"uuid"},
          {"origin_terminal"},
          {"receipt_no"},
          {"kind"},
          {"refund_of", "purchases"},
          {"member_id", "members"},
          {"card_id", "cards"},
          {"staff_id", "staff"},
          {"currency"},
          {"subtotal_minor"},
          {"discount_minor"},
          {"points_paid_minor"},
          {"total_minor"},
          {"points_earned"},
          {"points_redeemed"},
          {"business_day"},
          {"created_at"},
          {"program_version", "program_versions"},
          {"level_code"},
          {"points_not_returned"}}},
        {"purchase_lines",
         Merge::Append,
         {{"uuid"},
          {"purchase_id", "purchases"},
          {"line_no"},
          {"description"},
          {"category"},
          {"unit_price_minor"},
          {"quantity"},
          {"discount_minor"},
          {"total_minor"},
          {"product_code"},
          {"refund_of_line", "purchase_lines"}}},
        {"purchase_adjustments",
         Merge::Adjustment,
         {{"purchase_id", "purchases"}, {"position"}, {"kind"}, {"label"}, {"amount_minor"}, {"points"}}},
        {"points_ledger",
         Merge::Append,
         {{"uuid"},
          {"origin_terminal"},
          {"member_id", "members"},
          {"kind"},
          {"points"},
          {"purchase_id", "purchases"},
          {"expires_on"},
          {"reason"},
          {"staff_id", "staff"},
          {"created_at"}}},
        {"points_allocations",
         Merge::Append,
         {{"uuid"}, {"entry_id", "points_ledger"}, {"lot_id", "points_ledger"}, {"points"}}},
        {"stamp_ledger",
         Merge::Append,
         {{"uuid"},
          {"origin_terminal"},
          {"member_id", "members"},
          {"card_code"},
          {"stamps"},
          {"purchase_id", "purchases"},
          {"created_at"}}},
        {"feedback",
         Merge::Feedback,
         {{"uuid"},
          {"origin_terminal"},
          {"member_id", "members"},
          {"purchase_id", "purchases"},
          {"scale"},
          {"score"},
          {"comment"},
          {"staff_id", "staff"},
          {"business_day"},
          {"created_at"}}},
        {"settings", Merge::Settings, {{"key"}, {"value"}, {"updated_at"}, {"origin_terminal"}}},
    };
    return s;
}

const TableSpec *specFor(const QString &table)
{
    for (const TableSpec &s : specs())
        if (table == QLatin1String(s.name))
            return &s;
    return nullptr;
}

// The member profile in the groups that merge as one (a phone and its digits, the three parts of a
// birthday). Personal groups are blanked by an erasure, whatever their clocks say.
struct FieldGroup
{
    const char *field;
    std::vector<const char *> columns;
    bool personal;
};
const std::vector<FieldGroup> &memberFields()
{
    static const std::vector<FieldGroup> f {
        {"name", {"name"}, true},
        {"phone", {"phone", "phone_norm"}, true},
        {"email", {"email"}, true},
        {"birthday", {"birth_day", "birth_month", "birth_year"}, true},
        {"notes", {"notes"}, true},
        {"consent_sms", {"consent_sms_at"}, true},
        {"consent_email", {"consent_email_at"}, true},
        {"level", {"level_code"}, false},
        {"referred_by", {"referred_by"}, true},
        {"merged_into", {"merged_into"}, false},
        {"erased", {"erased_at"}, false},
        {"birthday_used", {"birthday_used_for"}, false},
    };
    return f;
}

// --- Writing rows -------------------------------------------------------------------------------

// The SELECT that reads a table's rows as they travel: references as uuids, and for members the
// field clocks. `source` joins the outbox or reads the whole table.
QString selectFor(const TableSpec &t, bool fromOutbox)
{
    QStringList cols;
    QString joins; // references as LEFT JOINs: a seek each, without a correlated subquery per row
    cols << (fromOutbox ? QStringLiteral("o.seq") : QStringLiteral("0"));
    int ref = 0;
    for (const Column &c : t.columns) {
        if (c.ref) {
            const QString alias = QStringLiteral("r%1").arg(++ref);
            cols << alias + QStringLiteral(".uuid");
            joins += QStringLiteral(" LEFT JOIN %1 %2 ON %2.id = t.%3")
                         .arg(QLatin1String(c.ref), alias, QLatin1String(c.name));
        } else {
            cols << QStringLiteral("t.") + QLatin1String(c.name);
        }
    }
    if (t.merge == Merge::Member)
        cols << QStringLiteral("(SELECT json_group_object(c.field, json_array(c.at, c.terminal)) "
                               "FROM member_clock c WHERE c.member_id = t.id)");
    const QString table = QLatin1String(t.name);
    const bool keyed = t.merge == Merge::Settings;
    if (fromOutbox)
        return QStringLiteral("SELECT %1 FROM sync_outbox o JOIN %2 t ON %3%4 "
                              "WHERE o.tbl = '%2' AND o.seq > ? AND o.seq <= ? ORDER BY o.seq")
            .arg(cols.join(QLatin1String(", ")), table,
                 keyed ? QStringLiteral("t.key = o.row_key") : QStringLiteral("t.id = o.row_id"), joins);
    return QStringLiteral("SELECT %1 FROM %2 t%3 %4 ORDER BY %5")
        .arg(cols.join(QLatin1String(", ")), table, joins,
             keyed ? QStringLiteral("WHERE t.key GLOB 'shop.*'") : QString(),
             keyed ? QStringLiteral("t.key") : QStringLiteral("t.id"));
}

void appendJsonBytes(QByteArray &out, const char *p, int n)
{
    out += '"';
    int run = 0; // bytes that need no escape, copied in one go
    for (int i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(p[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(p + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        }
        }
    }
    out.append(p + run, n - run);
    out += '"';
}

// A table's rows as they travel, read with SQLite's own API (the export's hot path): each row becomes
// one JSON object without a detour through QVariant.
class TableReader
{
public:
    TableReader(sqlite3 *db, const TableSpec &t, bool fromOutbox, qint64 after, qint64 through)
        : m_db(db)
        , m_t(t)
    {
        m_rc = sqlite3_prepare_v2(db, selectFor(t, fromOutbox).toUtf8().constData(), -1, &m_st, nullptr);
        if (m_rc == SQLITE_OK && fromOutbox) {
            sqlite3_bind_int64(m_st, 1, after);
            sqlite3_bind_int64(m_st, 2, through);
        }
        for (const Column &c : t.columns) {
            QByteArray k;
            appendJsonBytes(k, c.key().toUtf8().constData(), int(c.key().toUtf8().size()));
            m_keys << k + ':';
        }
    }
    ~TableReader() { sqlite3_finalize(m_st); }
    TableReader(const TableReader &) = delete;
    TableReader &operator=(const TableReader &) = delete;

    // Appends the next row to out; false at the end or on an error (error() says which).
    bool next(QByteArray &out, qint64 *seq = nullptr, QString *key = nullptr)
    {
        if (m_rc != SQLITE_OK && m_rc != SQLITE_ROW)
            return false;
        m_rc = sqlite3_step(m_st);
        if (m_rc != SQLITE_ROW)
            return false;
        if (seq)
            *seq = sqlite3_column_int64(m_st, 0);
        out += '{';
        const int n = int(m_t.columns.size());
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                out += ',';
            out += m_keys.at(i);
            const int col = i + 1;
            switch (sqlite3_column_type(m_st, col)) {
            case SQLITE_NULL:
                out += "null";
                break;
            case SQLITE_INTEGER: {
                char digits[24]; // no temporary QByteArray a number: this is the export's hot loop
                const auto end
                    = std::to_chars(digits, digits + sizeof digits, sqlite3_column_int64(m_st, col));
                out.append(digits, int(end.ptr - digits));
                break;
            }
            case SQLITE_FLOAT: // no column that travels holds a fraction
                out += QByteArray::number(static_cast<qint64>(sqlite3_column_double(m_st, col)));
                break;
            default:
                appendJsonBytes(out, reinterpret_cast<const char *>(sqlite3_column_text(m_st, col)),
                                sqlite3_column_bytes(m_st, col));
            }
        }
        if (m_t.merge == Merge::Member) {
            out += ",\"clock\":";
            const int col = n + 1;
            if (sqlite3_column_type(m_st, col) == SQLITE_NULL)
                out += "{}";
            else
                out.append(reinterpret_cast<const char *>(sqlite3_column_text(m_st, col)),
                           sqlite3_column_bytes(m_st, col));
        }
        out += '}';
        if (key) {
            *key = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_st, 1)));
            if (m_t.merge == Merge::Adjustment)
                *key += QLatin1Char('#') + QString::number(sqlite3_column_int64(m_st, 2));
        }
        return true;
    }
    bool failed() const { return m_rc != SQLITE_DONE && m_rc != SQLITE_ROW && m_rc != SQLITE_OK; }
    Error error() const
    {
        return Database::storageErrorFromCode(m_rc, QString::fromUtf8(sqlite3_errmsg(m_db)),
                                              SyncService::tr("The changes to send cannot be read."));
    }

private:
    sqlite3 *m_db;
    const TableSpec &m_t;
    sqlite3_stmt *m_st = nullptr;
    int m_rc = SQLITE_OK;
    QVector<QByteArray> m_keys; // "\"key\":" per column
};

// Hashes and writes a batch file's buffers on a thread of its own while the export reads the next
// rows: SHA-256 and the write cost about a sixth of the time of reading a table, and a till has two
// cores. At most a few buffers wait, so memory stays bounded whatever the table's size.
class FileWriter
{
public:
    explicit FileWriter(QIODevice &out)
        : m_out(out)
        , m_thread([this] { run(); })
    {
    }
    ~FileWriter() { finish(); }
    FileWriter(const FileWriter &) = delete;
    FileWriter &operator=(const FileWriter &) = delete;

    // Takes the buffer (left empty); waits while enough are queued.
    void push(QByteArray &buffer)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_room.wait(lock, [this] { return m_queue.size() < 4; });
        m_queue.push_back(std::move(buffer));
        buffer = QByteArray();
        buffer.reserve(kBuffer + (kBuffer >> 2));
        m_ready.notify_one();
    }
    // Waits for everything queued; true when every byte was written.
    bool finish()
    {
        if (m_thread.joinable()) {
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_done = true;
            }
            m_ready.notify_one();
            m_thread.join();
        }
        return m_ok;
    }
    QByteArray sha256() const { return m_hash.result(); }
    static constexpr int kBuffer = 1 << 20;

private:
    void run()
    {
        for (;;) {
            QByteArray next;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_ready.wait(lock, [this] { return !m_queue.empty() || m_done; });
                if (m_queue.empty())
                    return;
                next = std::move(m_queue.front());
                m_queue.pop_front();
                m_room.notify_one();
            }
            m_hash.addData(next);
            if (m_ok && m_out.write(next) != next.size())
                m_ok = false;
        }
    }

    QIODevice &m_out;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    std::mutex m_mutex;
    std::condition_variable m_ready, m_room;
    std::deque<QByteArray> m_queue;
    bool m_done = false;
    bool m_ok = true;
    std::thread m_thread; // last: starts once everything above is built
};

QVariant jsonToVariant(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Double:
        return QVariant(v.toInteger());
    case QJsonValue::String:
        return v.toString();
    default:
        return QVariant(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
    }
}

// SQLite hands NULL back typed by the column and integers as either width: compare as text.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

struct Clock2
{
    QString at;
    QString terminal;
    bool edited = false; // false: the row's creation stands in for a clock
    bool operator<(const Clock2 &o) const { return at != o.at ? at < o.at : terminal < o.terminal; }
};

// A uuid as 16 bytes, the key of the import's id lookups. Only the canonical lower-case form is
// keyed: any other spelling is a different text to SQLite, and is looked up there each time.
struct Uuid
{
    quint64 hi = 0, lo = 0;
    bool operator==(const Uuid &o) const { return hi == o.hi && lo == o.lo; }
    static bool parse(QByteArrayView text, Uuid &out)
    {
        if (text.size() != 36)
            return false;
        quint64 half[2] = {0, 0};
        int nibbles = 0;
        for (int i = 0; i < 36; ++i) {
            const char c = text[i];
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-')
                    return false;
                continue;
            }
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else
                return false;
            quint64 &h = half[nibbles / 16];
            h = (h << 4) | quint64(d);
            ++nibbles;
        }
        out = Uuid {half[0], half[1]};
        return true;
    }
};
size_t qHash(const Uuid &u, size_t seed = 0)
{
    return qHashMulti(seed, u.hi, u.lo);
}

// Times the steps of an import around its tables, for the benchmark (SyncSummary::nsByStep).
class StepClock
{
public:
    explicit StepClock(SyncSummary &s)
        : m_summary(s)
    {
        m_took.start();
    }
    // The time since the last step (or the start) goes to this one.
    void done(const char *step)
    {
        m_summary.nsByStep[QLatin1String(step)] += m_took.nsecsElapsed();
        m_took.start();
    }

private:
    SyncSummary &m_summary;
    QElapsedTimer m_took;
};

// --- Applying rows ------------------------------------------------------------------------------

enum class Outcome
{
    Applied,
    Unchanged,
    Waiting, // refers to a row that has not arrived
    Refused,
};

class Applier
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    Applier(ServiceContext &ctx, SyncSummary &summary)
        : m_ctx(ctx)
        , m_summary(summary)
    {
    }

    ~Applier();
    Applier(const Applier &) = delete;
    Applier &operator=(const Applier &) = delete;

    // One row as it travels. The append-only tables, staff and new sales are read by JsonRow and go in
    // through one prepared statement a table, their references looked up in memory (the import's hot
    // path, issue 7's benchmark); the rest is parsed into a QJsonObject and merged by the rules below.
    Result<Outcome> applyJson(const TableSpec &t, QByteArrayView json);
    static bool isFast(const TableSpec &t)
    {
        return t.merge == Merge::Append || t.merge == Merge::Staff || t.merge == Merge::Adjustment
            || t.merge == Merge::Purchase;
    }
    Result<void> start(); // before the first row
    Result<Outcome> apply(const TableSpec &t, const QJsonObject &row);
    // Rollups; totals and balances of the members touched; overdrafts.
    Result<void> finish(StepClock &steps);

private:
    // The ids of one table's rows by uuid: looked up once, then kept.
    struct Ids
    {
        sqlite3_stmt *lookup = nullptr; // SELECT id FROM <table> WHERE uuid = ?
        QHash<Uuid, qint64> known;
    };
    struct Fast
    {
        explicit Fast(std::vector<QByteArray> keys)
            : row(std::move(keys))
        {
        }
        sqlite3_stmt *insert = nullptr; // the row unless it is here already
        JsonRow row;
        std::vector<Ids *> refs; // per column: the table its uuid refers to (nullptr: not a reference)
        Ids *own = nullptr; // this table's ids, when other rows refer to its rows in numbers
        // Where the members' totals are read from (sales; the ledger's points): column indexes, or -1.
        int memberColumn = -1, kind = -1, total = -1, createdAt = -1, refundOf = -1, points = -1;
        int number = -1; // cards: the number, which must be free for a new card to go straight in
        sqlite3_stmt *numberTaken = nullptr;
    };
    Result<Fast *> fastFor(const TableSpec &t);
    Result<Ids *> idsFor(const char *table);
    Result<qint64> idOf(Ids &ids, QByteArrayView uuid); // 0: not here (yet)
    Error storageError(int rc);
    Result<void> addSale(qint64 member, bool sale, qint64 total, const QString &at, qint64 refundOf,
                         int sign);
    Result<qint64> idOf(const char *table, const QString &uuid);
    QSqlQuery *run(const QString &sql, const QVariantList &values); // nullptr: m_error says why
    // Reads the row's values for the columns, references resolved; false when one has not arrived.
    Result<bool> values(const TableSpec &t, const QJsonObject &row, QVariantList &out);
    Result<Outcome> insert(const TableSpec &t, const QVariantList &vals, const QString &conflictTarget);
    Result<Outcome> member(const TableSpec &t, const QJsonObject &row, QVariantList vals);
    Result<Outcome> card(const TableSpec &t, const QJsonObject &row, QVariantList vals);
    Result<Outcome> purchase(const QVariantList &vals);
    Result<Outcome> feedback(const TableSpec &t, const QJsonObject &row, QVariantList vals);
    Result<Outcome> setting(const QJsonObject &row);
    Result<void> audit(const QString &action, const QString &entity, const QString &id,
                       const QJsonObject &before, const QJsonObject &after);
    Result<void> saleTotals(qint64 purchaseId, int sign);
    Result<void> rollups();
    Result<void> setTriggersAside();
    Result<void> restoreTriggers();

    ServiceContext &m_ctx;
    SyncSummary &m_summary;
    Error m_error;
    std::map<std::string, Ids> m_ids;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    // The last ids before the batch: the rows after them are the batch's (one write transaction).
    struct Marks
    {
        qint64 ledger = 0, purchases = 0, lines = 0, members = 0;
    } m_marks;
    // Members who were here before the batch and whose search text it changes: what the full-text
    // index holds for them (its insert and update triggers stand aside while a batch applies).
    QHash<qint64, QString> m_searchWas;
    std::vector<std::pair<QByteArray, QByteArray>> m_setAside; // triggers (name, SQL) while applying
    struct Totals
    {
        qint64 visits = 0;
        qint64 spent = 0;
        QString lastVisit;
        qint64 points = 0; // what the batch's ledger entries add to the balance
    };
    QHash<qint64, Totals> m_totals; // what the sales and points of this batch add, per member
    QHash<qint64, qint64> m_refunded; // sales that refunds of this batch give back: their member
    std::map<const TableSpec *, std::unique_ptr<Fast>> m_fast;
};

Applier::~Applier()
{
    for (const auto &f : m_fast) {
        sqlite3_finalize(f.second->insert);
        sqlite3_finalize(f.second->numberTaken);
    }
    for (const auto &ids : m_ids)
        sqlite3_finalize(ids.second.lookup);
}

Error Applier::storageError(int rc)
{
    return Database::storageErrorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(m_ctx.db.handle())),
                                          tr("The sync batch cannot be applied."));
}

Result<Applier::Ids *> Applier::idsFor(const char *table)
{
    auto it = m_ids.find(table);
    if (it != m_ids.end())
        return &it->second;
    Ids ids;
    const QByteArray sql = QByteArray("SELECT id FROM ") + table + " WHERE uuid = ?";
    if (const int rc = sqlite3_prepare_v3(m_ctx.db.handle(), sql.constData(), -1, SQLITE_PREPARE_PERSISTENT,
                                          &ids.lookup, nullptr);
        rc != SQLITE_OK)
        return storageError(rc);
    return &m_ids.emplace(table, std::move(ids)).first->second;
}

Result<qint64> Applier::idOf(Ids &ids, QByteArrayView uuid)
{
    Uuid key;
    const bool keyed = Uuid::parse(uuid, key);
    if (keyed) {
        const auto hit = ids.known.constFind(key);
        if (hit != ids.known.constEnd())
            return hit.value();
    }
    sqlite3_bind_text(ids.lookup, 1, uuid.data(), int(uuid.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(ids.lookup);
    const qint64 id = rc == SQLITE_ROW ? sqlite3_column_int64(ids.lookup, 0) : 0;
    sqlite3_reset(ids.lookup);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return storageError(rc);
    if (id != 0 && keyed)
        ids.known.insert(key, id);
    return id;
}

Result<Applier::Fast *> Applier::fastFor(const TableSpec &t)
{
    auto it = m_fast.find(&t);
    if (it != m_fast.end())
        return it->second.get();
    QStringList cols, marks;
    std::vector<QByteArray> keys;
    std::vector<Ids *> refs;
    for (const Column &c : t.columns) {
        cols << QLatin1String(c.name);
        marks << QStringLiteral("?");
        keys.push_back(c.key().toUtf8());
        Ids *ids = nullptr;
        if (c.ref) {
            auto r = idsFor(c.ref);
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
    auto f = std::make_unique<Fast>(std::move(keys));
    f->refs = std::move(refs);
    auto column = [&](const char *name) {
        for (size_t i = 0; i < t.columns.size(); ++i)
            if (qstrcmp(t.columns[i].name, name) == 0)
                return int(i);
        return -1;
    };
    if (t.merge == Merge::Purchase) {
        f->memberColumn = column("member_id");
        f->kind = column("kind");
        f->total = column("total_minor");
        f->createdAt = column("created_at");
        f->refundOf = column("refund_of");
    } else if (qstrcmp(t.name, "points_ledger") == 0) {
        f->memberColumn = column("member_id");
        f->points = column("points");
    } else if (t.merge == Merge::Card) {
        f->number = column("number");
        if (const int rc = sqlite3_prepare_v3(m_ctx.db.handle(), "SELECT 1 FROM cards WHERE number = ?", -1,
                                              SQLITE_PREPARE_PERSISTENT, &f->numberTaken, nullptr);
            rc != SQLITE_OK)
            return storageError(rc);
    }
    // Rows of these tables are referred to by many others in a batch (a sale by its lines and points):
    // the ids of the rows it brings are kept as they go in. The others are looked up when referred to.
    static const char *const kReferred[] = {"members", "cards", "purchases", "staff", "program_versions"};
    for (const char *name : kReferred)
        if (qstrcmp(name, t.name) == 0) {
            auto r = idsFor(t.name);
            if (!r)
                return r.error();
            f->own = r.value();
        }
    const bool adjustment = t.merge == Merge::Adjustment;
    const QString sql
        = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
              .arg(QLatin1String(t.name), cols.join(QLatin1Char(',')), marks.join(QLatin1Char(',')),
                   adjustment ? QStringLiteral("purchase_id, position") : QStringLiteral("uuid"));
    if (const int rc = sqlite3_prepare_v3(m_ctx.db.handle(), sql.toUtf8().constData(), -1,
                                          SQLITE_PREPARE_PERSISTENT, &f->insert, nullptr);
        rc != SQLITE_OK)
        return storageError(rc);
    return m_fast.emplace(&t, std::move(f)).first->second.get();
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
    const bool member = t.merge == Merge::Member;
    const bool card = t.merge == Merge::Card;
    if (!isFast(t) && !member && !card)
        return slow();
    auto fast = fastFor(t);
    if (!fast)
        return fast.error();
    Fast &f = *fast.value();
    if (!f.row.parse(json))
        return unreadable(QStringLiteral("not one JSON object"));
    const int columns = int(t.columns.size());
    if (member || card) {
        // A member or card that is here already merges by the rules (member(), card()), and so does a
        // card whose number is taken; a new one goes straight in.
        const JsonRow::Value &uuid = f.row.value(0);
        if (uuid.type != JsonRow::Type::Text)
            return slow();
        auto id = idOf(*f.own, uuid.text);
        if (!id)
            return id.error();
        if (id.value() != 0)
            return slow();
        if (card) {
            const JsonRow::Value &number = f.row.value(f.number);
            if (number.type != JsonRow::Type::Text)
                return slow();
            sqlite3_bind_text(f.numberTaken, 1, number.text.data(), int(number.text.size()), SQLITE_STATIC);
            const int rc = sqlite3_step(f.numberTaken);
            sqlite3_reset(f.numberTaken);
            if (rc == SQLITE_ROW)
                return slow();
            if (rc != SQLITE_DONE)
                return storageError(rc);
        }
    }
    sqlite3_stmt *st = f.insert;
    QVarLengthArray<qint64, 24> ids(columns, 0); // the references, resolved
    for (int i = 0; i < columns; ++i) {
        const JsonRow::Value &v = f.row.value(i);
        if (f.refs[size_t(i)] && v.type != JsonRow::Type::Null && v.type != JsonRow::Type::Missing) {
            // A reference travels as the uuid of the row it points at; one that has not arrived waits.
            if (v.type != JsonRow::Type::Text)
                return Outcome::Waiting;
            auto id = idOf(*f.refs[size_t(i)], v.text);
            if (!id)
                return id.error();
            if (id.value() == 0)
                return Outcome::Waiting;
            ids[i] = id.value();
            sqlite3_bind_int64(st, i + 1, id.value());
            continue;
        }
        switch (v.type) {
        case JsonRow::Type::Missing:
        case JsonRow::Type::Null:
            sqlite3_bind_null(st, i + 1);
            break;
        case JsonRow::Type::Integer:
            sqlite3_bind_int64(st, i + 1, v.integer);
            break;
        case JsonRow::Type::Real:
            sqlite3_bind_double(st, i + 1, v.real);
            break;
        case JsonRow::Type::Text:
        case JsonRow::Type::Json:
            sqlite3_bind_text(st, i + 1, v.text.data(), int(v.text.size()), SQLITE_STATIC);
            break;
        }
    }
    if (member) { // found by name, e-mail or phone (MemberStore keeps the same text)
        auto text = [&](int column) {
            const JsonRow::Value &v = f.row.value(column);
            return v.type == JsonRow::Type::Text ? QString::fromUtf8(v.text) : QString();
        };
        const QByteArray search = SearchText::forMember(text(2), text(5), text(3)).toUtf8();
        sqlite3_bind_text(st, columns + 1, search.constData(), int(search.size()), SQLITE_TRANSIENT);
    }
    sqlite3 *db = m_ctx.db.handle();
    const int rc = sqlite3_step(st);
    const bool added = rc == SQLITE_DONE && sqlite3_changes(db) > 0;
    const qint64 rowid = sqlite3_last_insert_rowid(db);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return makeError(Error::Corrupt,
                         tr("The batch holds a row of %1 this database refuses.").arg(QLatin1String(t.name)),
                         QString::fromUtf8(sqlite3_errmsg(db)));
    const JsonRow::Value &uuid = f.row.value(0);
    if (added) {
        Uuid key;
        if (f.own && uuid.type == JsonRow::Type::Text && Uuid::parse(uuid.text, key))
            f.own->known.insert(key, rowid);
        if (t.merge == Merge::Purchase) { // the member's visits and spending, added up in finish()
            const JsonRow::Value &kind = f.row.value(f.kind);
            const JsonRow::Value &at = f.row.value(f.createdAt);
            if (auto r = addSale(ids[f.memberColumn], kind.type == JsonRow::Type::Text && kind.text == "sale",
                                 f.row.value(f.total).integer,
                                 at.type == JsonRow::Type::Text ? QString::fromUtf8(at.text) : QString(),
                                 ids[f.refundOf], +1);
                !r)
                return r.error();
        } else if (f.points >= 0 && ids[f.memberColumn] != 0) { // the ledger: the member's balance
            m_totals[ids[f.memberColumn]].points += f.row.value(f.points).integer;
        }
        if (member) { // when each field was last set, and where
            const JsonRow::Value &clock = f.row.value(columns);
            const QJsonObject clocks = clock.type == JsonRow::Type::Json
                ? QJsonDocument::fromJson(clock.text.toByteArray()).object()
                : QJsonObject();
            for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it) {
                const QJsonArray a = it.value().toArray();
                if (!run(
                        QStringLiteral("INSERT OR REPLACE INTO member_clock (member_id, field, at, terminal) "
                                       "VALUES (?,?,?,?)"),
                        {rowid, it.key(), a.at(0).toString(), a.at(1).toString()}))
                    return m_error;
            }
        }
        return Outcome::Applied;
    }
    if (t.merge != Merge::Purchase || uuid.type != JsonRow::Type::Text)
        return Outcome::Unchanged;
    // A sale that was here before this batch: a merge may have moved it since (purchase()).
    auto id = idOf(*f.own, uuid.text);
    if (!id)
        return id.error();
    if (id.value() == 0 || id.value() > m_marks.purchases)
        return Outcome::Unchanged;
    return slow();
}

QSqlQuery *Applier::run(const QString &sql, const QVariantList &values)
{
    auto &slot = m_prepared[sql];
    if (!slot) {
        slot = std::make_shared<QSqlQuery>(m_ctx.db.connection());
        if (!slot->prepare(sql)) {
            m_error = Database::storageError(slot->lastError(), tr("The sync batch cannot be applied."));
            m_prepared.remove(sql);
            return nullptr;
        }
    }
    QSqlQuery *q = slot.get();
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec()) {
        m_error = Database::storageError(q->lastError(), tr("The sync batch cannot be applied."));
        return nullptr;
    }
    return q;
}

Result<qint64> Applier::idOf(const char *table, const QString &uuid)
{
    auto ids = idsFor(table);
    if (!ids)
        return ids.error();
    return idOf(*ids.value(), uuid.toUtf8());
}

Result<bool> Applier::values(const TableSpec &t, const QJsonObject &row, QVariantList &out)
{
    out.clear();
    out.reserve(int(t.columns.size()));
    for (const Column &c : t.columns) {
        const QJsonValue v = row.value(c.key());
        if (c.ref && v.isString()) {
            auto id = idOf(c.ref, v.toString());
            if (!id)
                return id.error();
            if (id.value() == 0)
                return false;
            out << id.value();
        } else {
            out << jsonToVariant(v);
        }
    }
    return true;
}

QString insertSql(const TableSpec &t, const QString &conflictTarget, const QString &extraCols = {},
                  const QString &extraValues = {})
{
    QStringList cols, marks;
    for (const Column &c : t.columns) {
        cols << QLatin1String(c.name);
        marks << QStringLiteral("?");
    }
    return QStringLiteral("INSERT INTO %1 (%2%3) VALUES (%4%5) ON CONFLICT (%6) DO NOTHING")
        .arg(QLatin1String(t.name), cols.join(QLatin1Char(',')), extraCols, marks.join(QLatin1Char(',')),
             extraValues, conflictTarget);
}

Result<Outcome> Applier::insert(const TableSpec &t, const QVariantList &vals, const QString &conflictTarget)
{
    auto q = run(insertSql(t, conflictTarget), vals);
    if (!q)
        return m_error;
    return q->numRowsAffected() > 0 ? Outcome::Applied : Outcome::Unchanged;
}

Result<void> Applier::audit(const QString &action, const QString &entity, const QString &id,
                            const QJsonObject &before, const QJsonObject &after)
{
    return AuditService(m_ctx).record(action, entity, id, before, after);
}

Clock2 clockOf(const QJsonObject &clocks, const QString &field, const QString &createdAt,
               const QString &origin)
{
    const QJsonArray a = clocks.value(field).toArray();
    if (a.size() == 2)
        return {a.at(0).toString(), a.at(1).toString(), true};
    return {createdAt, origin, false};
}

Result<Outcome> Applier::member(const TableSpec &t, const QJsonObject &row, QVariantList vals)
{
    const QString uuid = row.value(QLatin1String("uuid")).toString();
    const QJsonObject remoteClocks = row.value(QLatin1String("clock")).toObject();
    auto existing = idOf("members", uuid);
    if (!existing)
        return existing.error();

    QHash<QString, QVariant> remote;
    for (size_t i = 0; i < t.columns.size(); ++i)
        remote.insert(QLatin1String(t.columns[i].name), vals.at(int(i)));
    const QString remoteCreated = remote.value(QStringLiteral("created_at")).toString();
    const QString remoteOrigin = remote.value(QStringLiteral("origin_terminal")).toString();

    if (existing.value() == 0) // a new member goes in through applyJson
        return Outcome::Waiting;

    const qint64 id = existing.value();
    QStringList cols;
    for (const FieldGroup &g : memberFields())
        for (const char *c : g.columns)
            cols << QLatin1String(c);
    auto q
        = run(QStringLiteral(
                  "SELECT %1, created_at, origin_terminal, "
                  "(SELECT json_group_object(c.field, json_array(c.at, c.terminal)) "
                  " FROM member_clock c WHERE c.member_id = m.id), search_text FROM members m WHERE id = ?")
                  .arg(cols.join(QLatin1Char(','))),
              {id});
    if (!q)
        return m_error;
    if (!q->next())
        return Outcome::Unchanged;
    QHash<QString, QVariant> local;
    for (int i = 0; i < cols.size(); ++i)
        local.insert(cols.at(i), q->value(i));
    const QString localCreated = q->value(cols.size()).toString();
    const QString localOrigin = q->value(cols.size() + 1).toString();
    const QJsonObject localClocks
        = QJsonDocument::fromJson(q->value(cols.size() + 2).toString().toUtf8()).object();
    const QString searchWas = q->value(cols.size() + 3).toString();
    q->finish();

    const bool remoteErased = !remote.value(QStringLiteral("erased_at")).isNull();
    const bool localErased = !local.value(QStringLiteral("erased_at")).isNull();
    QStringList sets;
    QVariantList setValues;
    QJsonObject lostBefore, lostAfter;
    bool searchChanged = false;
    for (const FieldGroup &g : memberFields()) {
        const QString field = QLatin1String(g.field);
        bool same = true;
        for (const char *c : g.columns)
            if (!sameValue(local.value(QLatin1String(c)), remote.value(QLatin1String(c))))
                same = false;
        const Clock2 lc = clockOf(localClocks, field, localCreated, localOrigin);
        const Clock2 rc = clockOf(remoteClocks, field, remoteCreated, remoteOrigin);
        bool takeRemote = lc < rc;
        // An erasure blanks the personal data wherever it arrives, and no older edit brings it back.
        if (g.personal && remoteErased && !localErased)
            takeRemote = true;
        else if (g.personal && localErased)
            takeRemote = false;
        if (same) {
            if (takeRemote && rc.edited) {
                if (auto r = run(QStringLiteral("INSERT OR REPLACE INTO member_clock VALUES (?,?,?,?)"),
                                 {id, field, rc.at, rc.terminal});
                    !r)
                    return m_error;
            }
            continue;
        }
        // The value that loses is kept in the audit, with where and when it was set.
        QJsonObject loser, winner;
        const Clock2 &lostClock = takeRemote ? lc : rc;
        for (const char *c : g.columns) {
            const QString col = QLatin1String(c);
            loser.insert(col, QJsonValue::fromVariant(takeRemote ? local.value(col) : remote.value(col)));
            winner.insert(col, QJsonValue::fromVariant(takeRemote ? remote.value(col) : local.value(col)));
        }
        loser.insert(QStringLiteral("set_at"), lostClock.at);
        loser.insert(QStringLiteral("set_on"), lostClock.terminal);
        lostBefore.insert(field, loser);
        lostAfter.insert(field, winner);
        if (lc.edited && rc.edited)
            ++m_summary.conflicts;
        if (!takeRemote)
            continue;
        for (const char *c : g.columns) {
            sets << QStringLiteral("%1 = ?").arg(QLatin1String(c));
            setValues << remote.value(QLatin1String(c));
        }
        if (field == QLatin1String("name") || field == QLatin1String("phone")
            || field == QLatin1String("email"))
            searchChanged = true;
        if (auto r = run(QStringLiteral("INSERT OR REPLACE INTO member_clock VALUES (?,?,?,?)"),
                         {id, field, rc.at, rc.terminal});
            !r)
            return m_error;
    }
    if (!lostBefore.isEmpty()) {
        if (auto r = audit(QStringLiteral("sync.member_merge"), QStringLiteral("member"), QString::number(id),
                           lostBefore, lostAfter);
            !r)
            return r.error();
    }
    if (sets.isEmpty())
        return Outcome::Unchanged;
    auto pick = [&](const char *c) {
        for (int i = 0; i < sets.size(); ++i)
            if (sets.at(i).startsWith(QLatin1String(c) + QLatin1String(" =")))
                return setValues.at(i).toString();
        return local.value(QLatin1String(c)).toString();
    };
    if (searchChanged || (remoteErased && !localErased)) {
        // An erased member is found by card only, as MemberStore::anonymize leaves them.
        if (id <= m_marks.members && !m_searchWas.contains(id))
            m_searchWas.insert(id, searchWas);
        sets << QStringLiteral("search_text = ?");
        setValues << (remoteErased || localErased
                          ? QStringLiteral("")
                          : SearchText::forMember(pick("name"), pick("email"), pick("phone")));
    }
    sets << QStringLiteral("updated_at = max(updated_at, ?)");
    setValues << remote.value(QStringLiteral("updated_at"));
    setValues << id;
    if (auto r = run(QStringLiteral("UPDATE members SET %1 WHERE id = ?").arg(sets.join(QLatin1String(", "))),
                     setValues);
        !r)
        return m_error;
    return Outcome::Applied;
}

Result<Outcome> Applier::card(const TableSpec &t, const QJsonObject &row, QVariantList vals)
{
    const QString uuid = vals.at(0).toString();
    const QString number = vals.at(3).toString();
    auto q
        = run(QStringLiteral("SELECT c.uuid, c.updated_at, c.status || (SELECT m.uuid FROM members m WHERE "
                             "m.id = c.member_id) FROM cards c WHERE c.uuid = ? OR c.number = ?"),
              {uuid, number});
    if (!q)
        return m_error;
    const bool found = q->next();
    const QString localUuid = found ? q->value(0).toString() : QString();
    const QString localUpdated = found ? q->value(1).toString() : QString();
    const QString localState = found ? q->value(2).toString() : QString();
    q->finish();
    if (!found) {
        auto ins = run(insertSql(t, QStringLiteral("uuid")), vals);
        if (!ins)
            return m_error;
        return Outcome::Applied;
    }
    if (localUuid != uuid) {
        // The same number given to two members on two terminals: the card stays with the first
        // holder here, and the case is in the audit for a manager to settle.
        ++m_summary.conflicts;
        if (auto r = audit(QStringLiteral("sync.card_conflict"), QStringLiteral("card"), number,
                           QJsonObject {{QStringLiteral("kept"), localUuid}},
                           QJsonObject {{QStringLiteral("refused"), uuid}});
            !r)
            return r.error();
        return Outcome::Refused;
    }
    // The later change wins; changes stamped with the same moment order by status and holder, so that
    // every terminal picks the same one.
    const QString remoteUpdated = vals.at(8).toString();
    const QString remoteState = vals.at(4).toString() + row.value(QLatin1String("member")).toString();
    if (remoteUpdated < localUpdated || (remoteUpdated == localUpdated && !(localState < remoteState)))
        return Outcome::Unchanged;
    auto up = run(
        QStringLiteral("UPDATE cards SET member_id = ?, status = ?, blocked_at = ?, blocked_reason = ?, "
                       "updated_at = ? WHERE uuid = ?"),
        {vals.at(2), vals.at(4), vals.at(5), vals.at(6), vals.at(8), uuid});
    if (!up)
        return m_error;
    return Outcome::Applied;
}

// Counting only the refund lines up to a line id: what was given back before this batch, or by now.
static const char *kUnitsLeft
    = "SELECT COALESCE(SUM(l.quantity), 0) - COALESCE((SELECT SUM(r.quantity) FROM purchase_lines r "
      "JOIN purchase_lines o ON o.id = r.refund_of_line WHERE o.purchase_id = ? AND r.id <= ?), 0) "
      "FROM purchase_lines l WHERE l.purchase_id = ?";

// A sale counts for its member's visits and spending as the till counted it (CheckoutService,
// RefundService): sign +1 when the purchase arrives, -1 when a merge moves it away. The sums go to
// the members once, in finish().
Result<void> Applier::addSale(qint64 member, bool sale, qint64 total, const QString &at, qint64 refundOf,
                              int sign)
{
    if (member == 0)
        return {};
    Totals &t = m_totals[member];
    t.spent += (sale ? total : -total) * sign;
    if (sale) {
        t.visits += sign;
        if (sign > 0 && at > t.lastVisit)
            t.lastVisit = at;
    } else if (refundOf != 0 && sign > 0 && !m_refunded.contains(refundOf)) {
        // Whether the sale was given back whole by this batch: finish() looks, once the lines are in.
        m_refunded.insert(refundOf, member);
    }
    return {};
}

Result<void> Applier::saleTotals(qint64 purchaseId, int sign)
{
    auto q = run(QStringLiteral("SELECT member_id, kind, total_minor, created_at, refund_of FROM purchases "
                                "WHERE id = ?"),
                 {purchaseId});
    if (!q)
        return m_error;
    if (!q->next())
        return {};
    const qint64 member = q->value(0).toLongLong();
    const bool sale = q->value(1).toString() == QLatin1String("sale");
    const qint64 total = q->value(2).toLongLong();
    const QString at = q->value(3).toString();
    const qint64 refundOf = q->value(4).toLongLong();
    q->finish();
    return addSale(member, sale, total, at, refundOf, sign);
}

// A sale that is here already (new ones go in through applyJson): only a merge changes a sale
// afterwards, moving it to the record it was merged into.
Result<Outcome> Applier::purchase(const QVariantList &vals)
{
    auto id = idOf("purchases", vals.at(0).toString());
    if (!id)
        return id.error();
    if (id.value() == 0)
        return Outcome::Waiting;
    const qint64 remoteMember = vals.at(5).toLongLong();
    auto q = run(QStringLiteral("SELECT member_id, (SELECT merged_into FROM members WHERE id = p.member_id) "
                                "FROM purchases p WHERE id = ?"),
                 {id.value()});
    if (!q)
        return m_error;
    if (!q->next())
        return Outcome::Unchanged;
    const qint64 localMember = q->value(0).toLongLong();
    const qint64 mergedInto = q->value(1).toLongLong();
    q->finish();
    if (remoteMember == localMember || remoteMember == 0 || mergedInto != remoteMember)
        return Outcome::Unchanged;
    if (auto r = saleTotals(id.value(), -1); !r)
        return r.error();
    auto up = run(QStringLiteral("UPDATE purchases SET member_id = ?, card_id = ? WHERE id = ?"),
                  {remoteMember, vals.at(6), id.value()});
    if (!up)
        return m_error;
    if (auto r = saleTotals(id.value(), +1); !r)
        return r.error();
    return Outcome::Applied;
}

Result<Outcome> Applier::feedback(const TableSpec &t, const QJsonObject &row, QVariantList vals)
{
    auto added = insert(t, vals, QStringLiteral("uuid"));
    if (!added || added.value() != Outcome::Unchanged)
        return added;
    const QJsonValue comment = row.value(QLatin1String("comment"));
    if (!comment.isString())
        return Outcome::Unchanged;
    auto q = run(QStringLiteral("UPDATE feedback SET comment = ? WHERE uuid = ? AND comment IS NULL"),
                 {comment.toString(), row.value(QLatin1String("uuid")).toString()});
    if (!q)
        return m_error;
    return q->numRowsAffected() > 0 ? Outcome::Applied : Outcome::Unchanged;
}

Result<Outcome> Applier::setting(const QJsonObject &row)
{
    const QString key = row.value(QLatin1String("key")).toString();
    if (!key.startsWith(QLatin1String("shop.")))
        return Outcome::Refused; // a terminal's own marks never travel; an edited file might try
    const Clock2 rc {row.value(QLatin1String("updated_at")).toString(),
                     row.value(QLatin1String("origin_terminal")).toString(), true};
    auto q = run(QStringLiteral("SELECT updated_at, origin_terminal FROM settings WHERE key = ?"), {key});
    if (!q)
        return m_error;
    if (q->next()) {
        const Clock2 lc {q->value(0).toString(), q->value(1).toString(), true};
        q->finish();
        if (!(lc < rc))
            return Outcome::Unchanged;
    }
    q->finish();
    auto up = run(
        QStringLiteral("INSERT INTO settings (key, value, updated_at, origin_terminal) VALUES (?,?,?,?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                       "updated_at = excluded.updated_at, origin_terminal = excluded.origin_terminal"),
        {key, row.value(QLatin1String("value")).toString(), rc.at, rc.terminal});
    if (!up)
        return m_error;
    return Outcome::Applied;
}

Result<Outcome> Applier::apply(const TableSpec &t, const QJsonObject &row)
{
    if (t.merge == Merge::Settings)
        return setting(row);
    QVariantList vals;
    auto resolved = values(t, row, vals);
    if (!resolved)
        return resolved.error();
    if (!resolved.value())
        return Outcome::Waiting;
    switch (t.merge) {
    case Merge::Member:
        return member(t, row, std::move(vals));
    case Merge::Card:
        return card(t, row, std::move(vals));
    case Merge::Purchase:
        return purchase(vals);
    case Merge::Feedback:
        return feedback(t, row, std::move(vals));
    case Merge::Append: // these go in through applyJson
    case Merge::Staff:
    case Merge::Adjustment:
    case Merge::Settings:
        break;
    }
    return Outcome::Refused;
}

Result<void> Applier::start()
{
    auto q = run(QStringLiteral("SELECT (SELECT COALESCE(max(id), 0) FROM points_ledger), "
                                "(SELECT COALESCE(max(id), 0) FROM purchases), "
                                "(SELECT COALESCE(max(id), 0) FROM purchase_lines), "
                                "(SELECT COALESCE(max(id), 0) FROM members)"),
                 {});
    if (!q)
        return m_error;
    if (q->next())
        m_marks = Marks {q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                         q->value(3).toLongLong()};
    q->finish();
    return setTriggersAside();
}

// A statement whose trigger writes elsewhere is several writes: SQLite keeps a statement journal
// for it, page copies for each row, and that cost the import more than the rows themselves. The
// insert triggers of the tables a batch brings rows for only note rows for the outbox (which an
// import must not), keep the rollups and the members' full-text index (which finish() brings up to
// date set-wise), so they stand aside while a batch applies and are put back, as they were, in the
// same transaction (SyncService::triggersSetAside()).
Result<void> Applier::setTriggersAside()
{
    sqlite3 *db = m_ctx.db.handle();
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                -1, &st, nullptr);
    for (const QString &name : SyncService::triggersSetAside()) {
        if (rc != SQLITE_OK)
            break;
        const QByteArray n = name.toUtf8();
        sqlite3_bind_text(st, 1, n.constData(), int(n.size()), SQLITE_TRANSIENT);
        if ((rc = sqlite3_step(st)) == SQLITE_ROW)
            m_setAside.emplace_back(n,
                                    QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))));
        sqlite3_reset(st);
        rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_OK)
        return storageError(rc);
    for (const auto &[name, sql] : m_setAside)
        if ((rc = sqlite3_exec(db, ("DROP TRIGGER \"" + name + '"').constData(), nullptr, nullptr, nullptr))
            != SQLITE_OK)
            return storageError(rc);
    return {};
}

Result<void> Applier::restoreTriggers()
{
    for (const auto &trigger : m_setAside)
        if (const int rc
            = sqlite3_exec(m_ctx.db.handle(), trigger.second.constData(), nullptr, nullptr, nullptr);
            rc != SQLITE_OK)
            return storageError(rc);
    m_setAside.clear();
    return {};
}

// What the triggers set aside would have added to the rollups of schema v7 (0007_feedback_rollups.sql)
// for the rows of this batch: the same expressions, set-wise, in the same transaction.
Result<void> Applier::rollups()
{
    // The batch's sales are read from the sales table once, into a narrow table in memory that the
    // daily sales and the member months below read (dropped in finish()).
    const std::pair<const char *, QVariantList> steps[] = {
        {"DROP TABLE IF EXISTS temp.sync_batch_sales", {}},
        {"CREATE TEMP TABLE sync_batch_sales (id INTEGER PRIMARY KEY, member_id INTEGER, kind TEXT, "
         "business_day TEXT, origin_terminal TEXT, total_minor INTEGER, discount_minor INTEGER, "
         "points_paid_minor INTEGER)",
         {}},
        {"INSERT INTO temp.sync_batch_sales SELECT id, member_id, kind, business_day, origin_terminal, "
         "total_minor, discount_minor, points_paid_minor FROM purchases NOT INDEXED WHERE id > ?",
         {m_marks.purchases}},
        {"INSERT INTO daily_sales (business_day, origin_terminal, sales, refunds, revenue_minor, "
         "member_sales, member_revenue_minor, discount_minor, points_paid_minor) "
         "SELECT business_day, origin_terminal, SUM(kind = 'sale'), SUM(kind = 'refund'), "
         "SUM(CASE kind WHEN 'sale' THEN total_minor ELSE -total_minor END), "
         "SUM(kind = 'sale' AND member_id IS NOT NULL), "
         "SUM(CASE WHEN member_id IS NULL THEN 0 WHEN kind = 'sale' THEN total_minor ELSE -total_minor END), "
         "SUM(CASE kind WHEN 'sale' THEN discount_minor ELSE -discount_minor END), "
         "SUM(CASE kind WHEN 'sale' THEN points_paid_minor ELSE -points_paid_minor END) "
         "FROM temp.sync_batch_sales WHERE true GROUP BY business_day, origin_terminal "
         "ON CONFLICT (business_day, origin_terminal) DO UPDATE SET "
         "sales = sales + excluded.sales, refunds = refunds + excluded.refunds, "
         "revenue_minor = revenue_minor + excluded.revenue_minor, "
         "member_sales = member_sales + excluded.member_sales, "
         "member_revenue_minor = member_revenue_minor + excluded.member_revenue_minor, "
         "discount_minor = discount_minor + excluded.discount_minor, "
         "points_paid_minor = points_paid_minor + excluded.points_paid_minor",
         {}},
        {"INSERT INTO daily_points (business_day, kind, points) "
         "SELECT date(created_at, 'localtime'), kind, SUM(points) FROM points_ledger NOT INDEXED "
         "WHERE id > ? GROUP BY 1, 2 "
         "ON CONFLICT (business_day, kind) DO UPDATE SET points = points + excluded.points",
         {m_marks.ledger}},
        {"INSERT INTO cohort_sizes (cohort, members) "
         "SELECT substr(date(created_at, 'localtime'), 1, 7), count(*) FROM members NOT INDEXED WHERE id > ? "
         "GROUP BY 1 ON CONFLICT (cohort) DO UPDATE SET members = members + excluded.members",
         {m_marks.members}},
        {"INSERT INTO member_fts (rowid, search_text) SELECT id, search_text FROM members NOT INDEXED "
         "WHERE id > ?",
         {m_marks.members}},
        // The months in which a member bought for the first time with this batch: each counts once
        // in its cohort's activity.
        {"DROP TABLE IF EXISTS temp.sync_new_months", {}},
        {"CREATE TEMP TABLE sync_new_months (member_id INTEGER, month TEXT, PRIMARY KEY (member_id, month)) "
         "WITHOUT ROWID",
         {}},
        {"INSERT OR IGNORE INTO temp.sync_new_months SELECT member_id, substr(business_day, 1, 7) "
         "FROM temp.sync_batch_sales WHERE kind = 'sale' AND member_id IS NOT NULL",
         {}},
        {"DELETE FROM temp.sync_new_months AS n WHERE EXISTS "
         "(SELECT 1 FROM member_months m WHERE m.member_id = n.member_id AND m.month = n.month)",
         {}},
        {"INSERT INTO member_months (member_id, month) SELECT member_id, month FROM temp.sync_new_months",
         {}},
        {"INSERT INTO cohort_activity (cohort, month, members) "
         "SELECT substr(date(m.created_at, 'localtime'), 1, 7), n.month, count(*) FROM temp.sync_new_months "
         "n "
         "JOIN members m ON m.id = n.member_id GROUP BY 1, 2 "
         "ON CONFLICT (cohort, month) DO UPDATE SET members = members + excluded.members",
         {}},
        {"DROP TABLE temp.sync_new_months", {}},
    };
    // Members who were here before: out of the index as it held them, back in as they are now.
    for (auto it = m_searchWas.cbegin(); it != m_searchWas.cend(); ++it) {
        if (!run(QStringLiteral(
                     "INSERT INTO member_fts (member_fts, rowid, search_text) VALUES ('delete', ?, ?)"),
                 {it.key(), it.value()})
            || !run(QStringLiteral("INSERT INTO member_fts (rowid, search_text) "
                                   "SELECT id, search_text FROM members WHERE id = ?"),
                    {it.key()}))
            return m_error;
    }
    for (const auto &[sql, values] : steps) {
        auto q = run(QLatin1String(sql), values);
        if (!q)
            return m_error;
        q->finish();
    }
    return {};
}

Result<void> Applier::finish(StepClock &steps)
{
    if (auto r = rollups(); !r)
        return r;
    if (auto r = restoreTriggers(); !r)
        return r;
    steps.done("rollups and search index");
    // The refund that returned the last unit of its sale takes the visit back, as RefundService does:
    // the units left counting the refund lines that were here before the batch, and counting all.
    for (auto it = m_refunded.cbegin(); it != m_refunded.cend(); ++it) {
        bool whole[2] = {false, false};
        const qint64 through[2] = {m_marks.lines, std::numeric_limits<qint64>::max()};
        for (int i = 0; i < 2; ++i) {
            auto q = run(QLatin1String(kUnitsLeft), {it.key(), through[i], it.key()});
            if (!q)
                return m_error;
            whole[i] = q->next() && q->value(0).toLongLong() <= 0;
            q->finish();
        }
        if (whole[1] && !whole[0])
            m_totals[it.value()].visits -= 1;
    }
    // Visits, spending, last visit and balance, for all the members the batch touched in one update,
    // from a narrow table in memory (one update a member took twice as long). Two terminals that spent
    // the same points while apart leave a balance below zero, as the ledger says, and a manager finds
    // the member in the "Balances below zero" list.
    for (const char *sql :
         {"DROP TABLE IF EXISTS temp.sync_member_totals",
          "CREATE TEMP TABLE sync_member_totals (member_id INTEGER PRIMARY KEY, add_visits INTEGER NOT NULL, "
          "add_spent INTEGER NOT NULL, last_visit TEXT NOT NULL, add_points INTEGER NOT NULL)"})
        if (!run(QLatin1String(sql), {}))
            return m_error;
    {
        sqlite3 *db = m_ctx.db.handle();
        sqlite3_stmt *st = nullptr;
        int rc = sqlite3_prepare_v2(db, "INSERT INTO temp.sync_member_totals VALUES (?, ?, ?, ?, ?)", -1, &st,
                                    nullptr);
        for (auto it = m_totals.cbegin(); rc == SQLITE_OK && it != m_totals.cend(); ++it) {
            const Totals &t = it.value();
            const QByteArray last = t.lastVisit.toUtf8();
            sqlite3_bind_int64(st, 1, it.key());
            sqlite3_bind_int64(st, 2, t.visits);
            sqlite3_bind_int64(st, 3, t.spent);
            sqlite3_bind_text(st, 4, last.constData(), int(last.size()), SQLITE_STATIC);
            sqlite3_bind_int64(st, 5, t.points);
            rc = sqlite3_step(st);
            sqlite3_reset(st);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_OK)
            return storageError(rc);
    }
    if (!run(QStringLiteral(
                 "UPDATE members SET visits = visits + t.add_visits, "
                 "total_spent_minor = total_spent_minor + t.add_spent, "
                 "last_visit_at = CASE WHEN t.last_visit <> '' AND (last_visit_at IS NULL OR last_visit_at < "
                 "t.last_visit) THEN t.last_visit ELSE last_visit_at END, "
                 "points_balance = points_balance + t.add_points "
                 "FROM temp.sync_member_totals AS t WHERE members.id = t.member_id"),
             {}))
        return m_error;
    auto overdrawn
        = run(QStringLiteral("SELECT m.id, m.points_balance - t.add_points, m.points_balance "
                             "FROM temp.sync_member_totals AS t JOIN members AS m ON m.id = t.member_id "
                             "WHERE m.points_balance < 0 AND m.points_balance - t.add_points >= 0 "
                             "ORDER BY m.id"),
              {});
    if (!overdrawn)
        return m_error;
    QList<std::array<qint64, 3>> cases; // member, balance before, balance now
    while (overdrawn->next())
        cases.append({overdrawn->value(0).toLongLong(), overdrawn->value(1).toLongLong(),
                      overdrawn->value(2).toLongLong()});
    overdrawn->finish();
    for (const auto &[member, was, now] : std::as_const(cases)) {
        m_summary.overdrawn << member;
        if (auto r = audit(QStringLiteral("sync.overdraft"), QStringLiteral("member"),
                           QString::number(member), QJsonObject {{QStringLiteral("points_balance"), was}},
                           QJsonObject {{QStringLiteral("points_balance"), now}});
            !r)
            return r;
    }
    if (!run(QStringLiteral("DROP TABLE temp.sync_member_totals"), {}))
        return m_error;
    if (!run(QStringLiteral("DROP TABLE temp.sync_batch_sales"), {}))
        return m_error;
    steps.done("members' totals and balances");
    return {};
}

// The key a row waits under in sync_pending: its uuid; a setting's key; an adjustment's sale and place.
QString rowKey(const QString &table, const QJsonObject &o)
{
    if (table == QLatin1String("settings"))
        return o.value(QLatin1String("key")).toString();
    if (table == QLatin1String("purchase_adjustments"))
        return o.value(QLatin1String("purchase")).toString() + QLatin1Char('#')
            + QString::number(o.value(QLatin1String("position")).toInteger());
    return o.value(QLatin1String("uuid")).toString();
}

// What a PRAGMA gives back, as text in lower case (empty when it gives nothing or fails).
QByteArray pragma(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    QByteArray value;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))).toLower();
    sqlite3_finalize(st);
    return value;
}

// The line of a batch file's rows that starts at `at` (without its newline; empty for an empty line),
// moving `at` past it.
QByteArrayView nextLine(QByteArrayView lines, qsizetype &at)
{
    const void *nl = std::memchr(lines.data() + at, '\n', size_t(lines.size() - at));
    const qsizetype end = nl ? qsizetype(static_cast<const char *>(nl) - lines.data()) : lines.size();
    const QByteArrayView line = lines.sliced(at, end - at);
    at = end + 1;
    return line;
}

QString tableFileName(const QString &table)
{
    return table + QStringLiteral(".jsonl");
}

} // namespace

const QStringList &SyncService::triggersSetAside()
{
    static const QStringList t {
        QStringLiteral("daily_sales_on_purchase"),
        QStringLiteral("member_months_on_purchase"),
        QStringLiteral("purchases_sync_insert"),
        QStringLiteral("purchase_lines_sync_insert"),
        QStringLiteral("purchase_adjustments_sync_insert"),
        QStringLiteral("daily_points_on_entry"),
        QStringLiteral("points_ledger_sync_insert"),
        QStringLiteral("points_allocations_sync_insert"),
        QStringLiteral("stamp_ledger_sync_insert"),
        QStringLiteral("members_fts_insert"),
        QStringLiteral("members_fts_update"),
        QStringLiteral("cohort_sizes_on_member"),
        QStringLiteral("members_sync_insert"),
        QStringLiteral("cards_sync_insert"),
        QStringLiteral("cohort_activity_on_month"),
    };
    return t;
}

const QStringList &SyncService::tables()
{
    static const QStringList t = [] {
        QStringList out;
        for (const TableSpec &s : specs())
            out << QLatin1String(s.name);
        return out;
    }();
    return t;
}

namespace {
QString tableCounts(const SyncSummary &s)
{
    QStringList parts;
    for (auto it = s.rowsByTable.cbegin(); it != s.rowsByTable.cend(); ++it)
        if (it.value() > 0)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(QLocale().toString(it.value()));
    return parts.join(QLatin1String(", "));
}
} // namespace

QString SyncService::describeExport(const SyncSummary &s, const QString &dir)
{
    return tr("Batch written to %1: %2 rows (%3). Import it on the other terminals, or push to the head "
              "office.")
        .arg(QDir::toNativeSeparators(dir), QLocale().toString(s.rows), tableCounts(s));
}

QString SyncService::describeImport(const SyncSummary &s)
{
    QStringList out;
    if (s.seenBefore)
        out << tr("This batch was imported here before; nothing changed again.");
    out << tr("%1 rows read, %2 new or newer here.")
               .arg(QLocale().toString(s.rows), QLocale().toString(s.applied));
    if (s.conflicts > 0)
        out << tr("%1 edits made on two terminals: the later one kept, the other in the audit trail.")
                   .arg(QLocale().toString(s.conflicts));
    if (s.waiting > 0)
        out << tr("%1 rows wait for an earlier batch of their terminal; they go in when it does.")
                   .arg(QLocale().toString(s.waiting));
    if (!s.overdrawn.isEmpty())
        out << tr("%1 members now owe points (the same points were spent on two terminals): see Reports → "
                  "Balances below zero.")
                   .arg(QLocale().toString(s.overdrawn.size()));
    return out.join(QLatin1Char(' '));
}

QString SyncService::describeStatus(const SyncStatus &s)
{
    QString last = s.lastSyncAt.isValid()
        ? tr("Last synced %1.").arg(QLocale().toString(s.lastSyncAt.toLocalTime(), QLocale::ShortFormat))
        : tr("Never synced.");
    QString out
        = last + QLatin1Char(' ') + tr("%1 changes waiting to leave.").arg(QLocale().toString(s.waiting));
    if (!s.lastError.isEmpty())
        out += QLatin1Char(' ')
            + tr("The last try (%1) failed: %2")
                  .arg(QLocale().toString(s.lastErrorAt.toLocalTime(), QLocale::ShortFormat), s.lastError);
    return out;
}

QJsonObject SyncService::toJson(const SyncSummary &s)
{
    QJsonObject tables;
    for (auto it = s.rowsByTable.cbegin(); it != s.rowsByTable.cend(); ++it)
        tables.insert(it.key(), it.value());
    QJsonArray overdrawn;
    for (qint64 id : s.overdrawn)
        overdrawn.append(id);
    return QJsonObject {{QStringLiteral("batch"), s.batchUuid},
                        {QStringLiteral("terminal"), s.terminal},
                        {QStringLiteral("seq_from"), s.seqFrom},
                        {QStringLiteral("seq_to"), s.seqTo},
                        {QStringLiteral("rows"), s.rows},
                        {QStringLiteral("tables"), tables},
                        {QStringLiteral("applied"), s.applied},
                        {QStringLiteral("waiting"), s.waiting},
                        {QStringLiteral("conflicts"), s.conflicts},
                        {QStringLiteral("overdrawn_members"), overdrawn},
                        {QStringLiteral("seen_before"), s.seenBefore}};
}

Result<QString> SyncService::state(const QString &key)
{
    auto q = Sql::exec(m_ctx.db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key},
                       tr("The sync state cannot be read."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<void> SyncService::setState(const QString &key, const QString &value)
{
    auto q = Sql::exec(m_ctx.db,
                       QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {key, value}, tr("The sync state cannot be saved."));
    if (!q)
        return q.error();
    return {};
}

Result<void> SyncService::recordBatch(const QString &batchUuid, const QString &direction,
                                      const QString &terminal, qint64 seqFrom, qint64 seqTo, qint64 rows)
{
    auto q = Sql::exec(
        m_ctx.db, QStringLiteral("INSERT OR IGNORE INTO sync_batches VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {batchUuid, direction, terminal, seqFrom, seqTo, rows, Ids::utcText(m_ctx.clock.nowUtc())},
        tr("The sync batch cannot be recorded."));
    if (!q)
        return q.error();
    return {};
}

Result<void> SyncService::rememberTerminal(const QString &uuid, const QString &name, const QString &store,
                                           const QString &currency)
{
    auto q = Sql::exec(
        m_ctx.db,
        QStringLiteral("INSERT INTO terminals (uuid, name, store_name, currency, is_local, created_at) "
                       "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (uuid) DO UPDATE SET "
                       "name = excluded.name, store_name = excluded.store_name"),
        {uuid, name.isEmpty() ? uuid : name, store, currency, Ids::utcText(m_ctx.clock.nowUtc())},
        tr("The other terminal cannot be recorded."));
    if (!q)
        return q.error();
    return {};
}

Result<void> SyncService::noteSuccess()
{
    if (auto r = setState(QStringLiteral("last_sync_at"), Ids::utcText(m_ctx.clock.nowUtc())); !r)
        return r;
    return setState(QStringLiteral("last_error"), QStringLiteral(""));
}

void SyncService::noteFailure(const QString &message)
{
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return;
    if (setState(QStringLiteral("last_error"), message)
        && setState(QStringLiteral("last_error_at"), Ids::utcText(m_ctx.clock.nowUtc())))
        (void)tx.commit();
}

Result<SyncStatus> SyncService::status()
{
    SyncStatus s;
    auto q = Sql::exec(
        m_ctx.db,
        // Waiting: not yet at the head office when there is one, else not yet in a file batch.
        QStringLiteral(
            "SELECT (SELECT count(*) FROM sync_outbox WHERE seq > COALESCE((SELECT CAST(value AS "
            "INTEGER) FROM sync_state WHERE key = 'push_seq'), (SELECT CAST(value AS INTEGER) FROM "
            "sync_state WHERE key = 'export_seq'), 0)), (SELECT count(*) FROM sync_pending), "
            "(SELECT value FROM sync_state WHERE key = 'last_sync_at'), "
            "(SELECT value FROM sync_state WHERE key = 'last_error'), "
            "(SELECT value FROM sync_state WHERE key = 'last_error_at')"),
        {}, tr("The sync status cannot be read."));
    if (!q)
        return q.error();
    if (q->next()) {
        s.waiting = q->value(0).toLongLong();
        s.pendingIn = q->value(1).toLongLong();
        s.lastSyncAt = Ids::fromUtcText(q->value(2).toString());
        s.lastError = q->value(3).toString();
        s.lastErrorAt = Ids::fromUtcText(q->value(4).toString());
    }
    return s;
}

Result<void> SyncService::scan(bool everything, qint64 afterSeq, qint64 throughSeq,
                               const std::function<Result<void>(const Row &)> &each)
{
    for (const TableSpec &t : specs()) {
        TableReader reader(m_ctx.db.handle(), t, !everything, afterSeq, throughSeq);
        Row r;
        r.table = QLatin1String(t.name);
        while (reader.next(r.json, &r.seq, &r.key)) {
            if (auto done = each(r); !done)
                return done;
            r.json.clear();
        }
        if (reader.failed())
            return reader.error();
    }
    return {};
}

Result<QVector<SyncService::Row>> SyncService::outboxRows(qint64 afterSeq, int limit)
{
    // The seq that bounds this many lines of the outbox, then every table's lines up to it.
    auto bound = Sql::exec(m_ctx.db,
                           QStringLiteral("SELECT max(seq) FROM (SELECT seq FROM sync_outbox WHERE seq > ? "
                                          "ORDER BY seq LIMIT ?)"),
                           {afterSeq, limit}, tr("The changes to send cannot be read."));
    if (!bound)
        return bound.error();
    const qint64 to = bound->next() ? bound->value(0).toLongLong() : 0;
    QVector<Row> out;
    if (to <= afterSeq)
        return out;
    auto read = scan(false, afterSeq, to, [&](const Row &r) -> Result<void> {
        out << r;
        return {};
    });
    if (!read)
        return read.error();
    std::sort(out.begin(), out.end(), [](const Row &a, const Row &b) { return a.seq < b.seq; });
    return out;
}

Result<qint64> SyncService::cursor(const QString &direction)
{
    auto v = state(direction + QStringLiteral("_seq"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<bool> SyncService::hasCursor(const QString &direction)
{
    auto v = state(direction + QStringLiteral("_seq"));
    if (!v)
        return v.error();
    return !v->isEmpty();
}

Result<void> SyncService::acknowledge(qint64 throughSeq, const QString &batchUuid, const QString &direction,
                                      qint64 seqFrom, qint64 rows)
{
    const QString now = Ids::utcText(m_ctx.clock.nowUtc());
    if (auto r = setState(direction + QStringLiteral("_seq"), QString::number(throughSeq)); !r)
        return r;
    // A row leaves the outbox once every way this terminal sends (file batches, the head office) has
    // taken it: a terminal that exports files and later meets a head office still sends it everything.
    if (auto q
        = Sql::exec(m_ctx.db,
                    QStringLiteral("DELETE FROM sync_outbox WHERE seq <= (SELECT min(CAST(value AS INTEGER)) "
                                   "FROM sync_state WHERE key IN ('export_seq', 'push_seq'))"),
                    {}, tr("The changes sent cannot be marked as sent."));
        !q)
        return q.error();
    if (auto r = recordBatch(batchUuid, direction, m_ctx.terminal.uuid, seqFrom, throughSeq, rows); !r)
        return r;
    return noteSuccess();
}

Result<SyncSummary> SyncService::exportBatch(const QString &dirPath, bool everything)
{
    auto after = cursor(QStringLiteral("export"));
    if (!after)
        return after.error();
    if (!everything) {
        auto waiting = Sql::exec(m_ctx.db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE seq > ?"),
                                 {after.value()}, tr("The changes to send cannot be read."));
        if (!waiting)
            return waiting.error();
        if (waiting->next() && waiting->value(0).toLongLong() == 0)
            return makeError(Error::NotFound,
                             tr("Nothing has changed on this terminal since the last batch: "
                                "there is nothing to export."));
    }
    QDir dir(dirPath);
    if (dir.exists() && !dir.entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty())
        return makeError(Error::Invalid,
                         tr("The folder %1 is not empty: choose an empty or a new folder for the batch.")
                             .arg(QDir::toNativeSeparators(dirPath)));
    if (!QDir().mkpath(dirPath))
        return makeError(Error::Storage,
                         tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dirPath)));

    // One read transaction: every file shows the same moment, and no sale slips in between the files.
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    SyncSummary s;
    s.terminal = m_ctx.terminal.uuid;
    s.batchUuid = Ids::newUuid(m_ctx.clock.nowUtc());
    auto range = Sql::exec(
        m_ctx.db,
        QStringLiteral("SELECT COALESCE(min(seq), 0), COALESCE(max(seq), 0) FROM sync_outbox WHERE seq > ?"),
        {after.value()}, tr("The changes to send cannot be read."));
    if (!range)
        return range.error();
    range->next();
    s.seqFrom = range->value(0).toLongLong();
    s.seqTo = range->value(1).toLongLong();
    range->finish();

    QJsonObject files;
    for (const TableSpec &t : specs()) {
        const QString table = QLatin1String(t.name);
        QSaveFile out(dir.filePath(tableFileName(table)));
        const auto cannotWrite = [&out] {
            return makeError(Error::Storage,
                             tr("The batch file %1 cannot be written: %2")
                                 .arg(QDir::toNativeSeparators(out.fileName()), out.errorString()));
        };
        if (!out.open(QIODevice::WriteOnly))
            return cannotWrite();
        TableReader reader(m_ctx.db.handle(), t, !everything, s.seqFrom - 1, s.seqTo);
        QElapsedTimer took;
        took.start();
        qint64 n = 0;
        QByteArray hash;
        bool written = false;
        {
            FileWriter writer(out);
            QByteArray buffer;
            buffer.reserve(FileWriter::kBuffer + (FileWriter::kBuffer >> 2));
            while (reader.next(buffer)) {
                buffer += '\n';
                ++n;
                if (buffer.size() > FileWriter::kBuffer)
                    writer.push(buffer);
            }
            writer.push(buffer);
            written = writer.finish();
            hash = writer.sha256();
        }
        if (reader.failed())
            return reader.error();
        if (!written || !out.commit())
            return cannotWrite();
        s.rowsByTable.insert(table, n);
        s.nsByTable.insert(table, took.nsecsElapsed());
        s.rows += n;
        files.insert(table,
                     QJsonObject {{QStringLiteral("file"), tableFileName(table)},
                                  {QStringLiteral("rows"), n},
                                  {QStringLiteral("sha256"), QString::fromLatin1(hash.toHex())}});
    }
    const QJsonObject manifest {
        {QStringLiteral("format"), QStringLiteral("loyalty-sync")},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("batch"), s.batchUuid},
        {QStringLiteral("terminal"),
         QJsonObject {{QStringLiteral("uuid"), m_ctx.terminal.uuid},
                      {QStringLiteral("name"), m_ctx.terminal.name},
                      {QStringLiteral("store"), m_ctx.terminal.storeName}}},
        {QStringLiteral("currency"), m_ctx.terminal.currency},
        {QStringLiteral("kind"), everything ? QStringLiteral("everything") : QStringLiteral("changes")},
        {QStringLiteral("seq_from"), everything ? 0 : s.seqFrom},
        {QStringLiteral("seq_to"), everything ? 0 : s.seqTo},
        {QStringLiteral("created_at"), Ids::utcText(m_ctx.clock.nowUtc())},
        {QStringLiteral("tables"), files},
    };
    // The manifest last: a folder without one is a batch that was not finished.
    QSaveFile mf(dir.filePath(QStringLiteral("manifest.json")));
    if (!mf.open(QIODevice::WriteOnly) || mf.write(QJsonDocument(manifest).toJson()) < 0 || !mf.commit())
        return makeError(Error::Storage,
                         tr("The batch manifest cannot be written: %1").arg(mf.errorString()));
    if (!everything && s.seqTo > 0) {
        if (auto r = acknowledge(s.seqTo, s.batchUuid, QStringLiteral("export"), s.seqFrom, s.rows); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return s;
}

Result<void> SyncService::referencesHold()
{
    auto q = Sql::exec(m_ctx.db,
                       QStringLiteral("SELECT \"table\", parent, count(*) FROM pragma_foreign_key_check "
                                      "GROUP BY 1, 2"),
                       {}, tr("The sync batch cannot be applied."));
    if (!q)
        return q.error();
    QStringList broken;
    while (q->next())
        broken << QStringLiteral("%1 → %2: %3")
                      .arg(q->value(0).toString(), q->value(1).toString())
                      .arg(q->value(2).toLongLong());
    q->finish();
    if (!broken.isEmpty())
        return makeError(Error::Corrupt,
                         tr("The sync batch cannot be applied: some of its rows refer to rows this terminal "
                            "does not have. Nothing was imported."),
                         broken.join(QLatin1String("; ")));
    return {};
}

Result<SyncSummary> SyncService::applyRows(const QVector<Row> &rows, const QString &from,
                                           const std::function<Result<void>()> &alsoInTransaction)
{
    // Runs of one table's rows, their JSON joined by newlines (a row's JSON has none of its own).
    std::vector<QByteArray> joined;
    std::vector<TableLines> runs;
    for (int i = 0; i < rows.size();) {
        int j = i;
        QByteArray lines;
        for (; j < rows.size() && rows.at(j).table == rows.at(i).table; ++j)
            lines.append(rows.at(j).json).append('\n');
        joined.push_back(std::move(lines));
        runs.push_back(TableLines {rows.at(i).table, joined.back(), j - i});
        i = j;
    }
    return applyLines(runs, from, alsoInTransaction);
}

Result<SyncSummary> SyncService::applyLines(const std::vector<TableLines> &runs, const QString &from,
                                            const std::function<Result<void>()> &alsoInTransaction)
{
    qint64 rowCount = 0, batchBytes = 0;
    for (const TableLines &run : runs) {
        rowCount += run.count;
        batchBytes += run.lines.size();
    }
    SyncSummary s;
    s.terminal = from;
    // A batch looks up uuids all over the file: a larger page cache while it applies, the usual one after.
    struct CacheForBatch
    {
        sqlite3 *db;
        int was = -16000;
        explicit CacheForBatch(sqlite3 *h)
            : db(h)
        {
            if (const QByteArray size = pragma(db, "PRAGMA cache_size"); !size.isEmpty())
                was = size.toInt();
            sqlite3_exec(db, "PRAGMA cache_size = -131072", nullptr, nullptr, nullptr);
        }
        ~CacheForBatch()
        {
            sqlite3_exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(was).toUtf8().constData(), nullptr,
                         nullptr, nullptr);
        }
    } cache(m_ctx.db.handle());
    // A large batch into a small file (a store's first sync: rollbackJournalFor()) writes most of its pages
    // for the first time. Through the write-ahead log each of them is written twice, to the log and then into
    // the file by the checkpoint; with a rollback journal once, as a page past the old end of the file needs
    // no journal copy. So while such a batch applies, the file keeps a rollback journal (as safe: the batch
    // commits whole or rolls back, after a crash too), and goes back to the log after. A batch into a larger
    // file changes pages that are there, which a rollback journal copies and syncs before each is written, so
    // it goes through the log; so does any batch while another connection has the file open, as only one may
    // change the mode. Such a batch also leaves the references to SQLite's own check of the whole file before
    // the commit (referencesHold()) instead of one check a row: the file is at most half the batch's size,
    // and every row is checked the same, in less time (docs/benchmarks.md, "Sync").
    struct JournalForBatch
    {
        sqlite3 *db;
        bool switched = false;
        bool foreignKeys = false; // on before the batch: back on after it
        JournalForBatch(sqlite3 *h, qint64 rows, qint64 batchBytes)
            : db(h)
        {
            if (journal == Journal::Log || !sqlite3_get_autocommit(db))
                return;
            if (journal == Journal::BySize
                && !rollbackJournalFor(qsizetype(rows), batchBytes,
                                       number(db, "PRAGMA page_count") * number(db, "PRAGMA page_size")))
                return;
            switched = pragma(db, "PRAGMA journal_mode = DELETE") == "delete";
            // Only foreign keys that were on are left to the check before the commit.
            if (switched && number(db, "PRAGMA foreign_keys") == 1) {
                pragma(db, "PRAGMA foreign_keys = OFF");
                foreignKeys = number(db, "PRAGMA foreign_keys") == 0;
            }
        }
        static qint64 number(sqlite3 *db, const char *sql) { return pragma(db, sql).toLongLong(); }
        ~JournalForBatch()
        {
            if (!switched)
                return;
            // After the commit or the rollback. Should another program have opened the file meanwhile
            // and hold it, the file stays on the rollback journal (as safe, only slower) until the
            // next time it is opened, which puts it back on the log (Database::applyPragmas).
            if (pragma(db, "PRAGMA journal_mode = WAL") != "wal")
                qWarning("The database stays on a rollback journal until it is opened again.");
            if (foreignKeys)
                pragma(db, "PRAGMA foreign_keys = ON");
        }
    } journalForBatch(m_ctx.db.handle(), rowCount, batchBytes);
    s.rollbackJournal = journalForBatch.switched;
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    if (auto q = Sql::exec(m_ctx.db, QStringLiteral("INSERT OR IGNORE INTO sync_applying VALUES (1)"), {},
                           tr("The sync batch cannot be applied."));
        !q)
        return q.error();
    Applier applier(m_ctx, s);
    if (auto r = applier.start(); !r)
        return r.error();
    auto park = [&](const QString &table, const QByteArray &json) -> Result<void> {
        const QString key = rowKey(table, QJsonDocument::fromJson(json).object());
        auto q = Sql::exec(m_ctx.db, QStringLiteral("INSERT OR REPLACE INTO sync_pending VALUES (?, ?, ?)"),
                           {table, key, QString::fromUtf8(json)}, tr("The sync batch cannot be applied."));
        if (!q)
            return q.error();
        return {};
    };
    auto specOf = [&](const QString &table) -> Result<const TableSpec *> {
        if (const TableSpec *t = specFor(table))
            return t;
        return makeError(Error::Invalid, tr("The batch holds rows of an unknown kind (%1).").arg(table));
    };
    QElapsedTimer took;
    took.start();
    for (const TableLines &run : runs) {
        // The rows of one table that follow each other, timed together.
        const QString &table = run.table;
        auto spec = specOf(table);
        if (!spec)
            return spec.error();
        const TableSpec *t = spec.value();
        const qint64 t0 = took.nsecsElapsed();
        qint64 n = 0;
        for (qsizetype at = 0; at < run.lines.size();) {
            const QByteArrayView json = nextLine(run.lines, at);
            if (json.isEmpty())
                continue;
            ++n;
            auto o = applier.applyJson(*t, json);
            if (!o)
                return o.error();
            if (o.value() == Outcome::Applied)
                ++s.applied;
            else if (o.value() == Outcome::Waiting) {
                if (auto p = park(table, json.toByteArray()); !p)
                    return p.error();
            }
        }
        s.rowsByTable[table] += n;
        s.rows += n;
        s.nsByTable[table] += took.nsecsElapsed() - t0;
    }
    StepClock steps(s);
    // Rows that waited for a parent: try them again, parents first, until a round applies nothing.
    for (bool progress = true; progress;) {
        progress = false;
        auto q = Sql::exec(m_ctx.db, QStringLiteral("SELECT tbl, uuid, row_json FROM sync_pending"), {},
                           tr("The sync batch cannot be applied."));
        if (!q)
            return q.error();
        QVector<Row> waiting;
        while (q->next())
            waiting << Row {0, q->value(0).toString(), q->value(1).toString(),
                            q->value(2).toString().toUtf8()};
        q->finish();
        std::stable_sort(waiting.begin(), waiting.end(), [](const Row &a, const Row &b) {
            return tables().indexOf(a.table) < tables().indexOf(b.table);
        });
        for (const Row &r : waiting) {
            auto spec = specOf(r.table);
            if (!spec)
                return spec.error();
            auto o = applier.applyJson(*spec.value(), r.json);
            if (!o)
                return o.error();
            if (o.value() == Outcome::Waiting)
                continue;
            if (o.value() == Outcome::Applied)
                ++s.applied;
            progress = true;
            if (auto d
                = Sql::exec(m_ctx.db, QStringLiteral("DELETE FROM sync_pending WHERE tbl = ? AND uuid = ?"),
                            {r.table, r.key}, tr("The sync batch cannot be applied."));
                !d)
                return d.error();
        }
    }
    steps.done("waiting rows");
    if (auto r = applier.finish(steps); !r)
        return r.error();
    auto left = Sql::exec(m_ctx.db, QStringLiteral("SELECT count(*) FROM sync_pending"), {},
                          tr("The sync batch cannot be applied."));
    if (!left)
        return left.error();
    s.waiting = left->next() ? left->value(0).toLongLong() : 0;
    left->finish();
    if (alsoInTransaction) {
        if (auto r = alsoInTransaction(); !r)
            return r.error();
    }
    if (auto q = Sql::exec(m_ctx.db, QStringLiteral("DELETE FROM sync_applying"), {},
                           tr("The sync batch cannot be applied."));
        !q)
        return q.error();
    if (auto r = noteSuccess(); !r)
        return r.error();
    steps.done("bookkeeping");
    if (journalForBatch.foreignKeys) { // last, so that it sees every row the transaction wrote
        if (auto r = referencesHold(); !r)
            return r.error();
        steps.done("references checked");
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    steps.done("commit");
    return s;
}

Result<SyncSummary> SyncService::importBatch(const QString &dirPath)
{
    const QDir dir(dirPath);
    const QString where = QDir::toNativeSeparators(dirPath);
    QFile mf(dir.filePath(QStringLiteral("manifest.json")));
    if (!mf.open(QIODevice::ReadOnly))
        return makeError(
            Error::NotFound,
            tr("%1 holds no sync batch (manifest.json is missing): choose the folder the export wrote.")
                .arg(where));
    QJsonParseError err;
    const QJsonObject manifest = QJsonDocument::fromJson(mf.readAll(), &err).object();
    if (err.error != QJsonParseError::NoError
        || manifest.value(QLatin1String("format")).toString() != QLatin1String("loyalty-sync"))
        return makeError(Error::Corrupt,
                         tr("The batch in %1 is damaged: its manifest cannot be read.").arg(where),
                         err.errorString());
    const int version = manifest.value(QLatin1String("format_version")).toInt();
    if (version > kFormatVersion)
        return makeError(Error::TooNew,
                         tr("The batch was written by a newer version of the terminal (format %1; this "
                            "one reads up to %2). Update this terminal, then import it again.")
                             .arg(version)
                             .arg(kFormatVersion));
    if (version < 1)
        return makeError(Error::Corrupt,
                         tr("The batch in %1 is damaged: its format version is missing.").arg(where));
    const QJsonObject terminal = manifest.value(QLatin1String("terminal")).toObject();
    const QString from = terminal.value(QLatin1String("uuid")).toString();
    if (from == m_ctx.terminal.uuid)
        return makeError(Error::Invalid,
                         tr("This batch was exported by this terminal: import it on the other "
                            "terminals, or at the head office."));
    const QString currency = manifest.value(QLatin1String("currency")).toString();
    if (currency != m_ctx.terminal.currency)
        return makeError(Error::Invalid,
                         tr("The batch is in %1 and this shop keeps its accounts in %2: batches "
                            "travel only between terminals of one currency.")
                             .arg(currency, m_ctx.terminal.currency));
    const QString batch = manifest.value(QLatin1String("batch")).toString();
    const QJsonObject files = manifest.value(QLatin1String("tables")).toObject();

    // A batch is whole or not at all: every file is read and counted first, and their checksums are
    // worked out on a second core while the rows apply; the transaction commits only when all match.
    QElapsedTimer checking;
    checking.start();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        if (!tables().contains(it.key()))
            return makeError(Error::Invalid,
                             tr("The batch holds rows of an unknown kind (%1).").arg(it.key()));
    struct File
    {
        QString name;
        std::unique_ptr<QFile> file;
        QByteArray data; // mapped (or read, where the file system maps nothing); rows are slices of it
        QString expected;
        bool matches = false;
    };
    std::vector<File> contents;
    std::vector<TableLines> runs;
    qint64 rowCount = 0;
    // Parents first, whatever order the manifest lists the files in.
    for (const QString &table : tables()) {
        if (!files.contains(table))
            continue;
        const QJsonObject f = files.value(table).toObject();
        const QString name = f.value(QLatin1String("file")).toString();
        if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.isEmpty())
            return makeError(Error::Corrupt,
                             tr("The batch in %1 is damaged: a file name is not valid.").arg(where));
        auto in = std::make_unique<QFile>(dir.filePath(name));
        if (!in->open(QIODevice::ReadOnly))
            return makeError(Error::Corrupt,
                             tr("The batch in %1 is incomplete: %2 is missing.").arg(where, name));
        QByteArray data;
        if (const qint64 size = in->size(); size > 0) {
            if (uchar *map = in->map(0, size)) {
#ifdef MADV_POPULATE_READ
                // All of the file is read, by the rows and by the checksum: its pages mapped in one
                // call rather than at the first touch of each (a fault every few pages otherwise).
                // Where the kernel cannot, the pages come as they are touched.
                ::madvise(map, size_t(size), MADV_POPULATE_READ);
#endif
                data = QByteArray::fromRawData(reinterpret_cast<const char *>(map), qsizetype(size));
            } else
                data = in->readAll();
        }
        contents.push_back(File {name, std::move(in), data, f.value(QLatin1String("sha256")).toString()});
        qint64 n = 0; // lines that are not empty, as applyLines() reads them
        for (qsizetype at = 0; at < data.size();)
            n += nextLine(data, at).isEmpty() ? 0 : 1;
        runs.push_back(TableLines {table, QByteArrayView(data), n});
        rowCount += n;
        if (n != f.value(QLatin1String("rows")).toInteger())
            return makeError(Error::Corrupt,
                             tr("The batch file %1 holds %2 rows where the manifest says %3.")
                                 .arg(name)
                                 .arg(n)
                                 .arg(f.value(QLatin1String("rows")).toInteger()));
    }
    std::thread hashing([&contents] {
        for (File &f : contents)
            f.matches
                = QString::fromLatin1(QCryptographicHash::hash(f.data, QCryptographicHash::Sha256).toHex())
                == f.expected;
    });
    // The first file whose checksum does not match, once they are all worked out.
    auto checksums = [&]() -> Result<void> {
        if (hashing.joinable())
            hashing.join();
        for (const File &f : contents)
            if (!f.matches)
                return makeError(Error::Corrupt,
                                 tr("The batch file %1 was changed or cut short after the export (its "
                                    "checksum does not match). Nothing was imported: export the batch again.")
                                     .arg(f.name));
        return {};
    };
    struct Join
    {
        std::thread &t;
        ~Join()
        {
            if (t.joinable())
                t.join();
        }
    } join {hashing};
    const qint64 checkNs = checking.nsecsElapsed();
    auto seen = Sql::exec(m_ctx.db, QStringLiteral("SELECT at FROM sync_batches WHERE batch_uuid = ?"),
                          {batch}, tr("The sync batch cannot be applied."));
    if (!seen)
        return seen.error();
    const bool seenBefore = seen->next();
    seen->finish();

    auto result = applyLines(runs, from, [&]() -> Result<void> {
        if (auto r = checksums(); !r)
            return r;
        if (auto r = rememberTerminal(from, terminal.value(QLatin1String("name")).toString(),
                                      terminal.value(QLatin1String("store")).toString(), currency);
            !r)
            return r;
        return recordBatch(batch, QStringLiteral("import"), from,
                           manifest.value(QLatin1String("seq_from")).toInteger(),
                           manifest.value(QLatin1String("seq_to")).toInteger(), rowCount);
    });
    if (!result) {
        // A damaged file explains a refused row better than the row does.
        if (auto r = checksums(); !r)
            return r.error();
        return result;
    }
    SyncSummary s = result.value();
    s.nsByStep.insert(QStringLiteral("reading and counting files"), checkNs);
    s.batchUuid = batch;
    s.seqFrom = manifest.value(QLatin1String("seq_from")).toInteger();
    s.seqTo = manifest.value(QLatin1String("seq_to")).toInteger();
    s.seenBefore = seenBefore;
    return s;
}
