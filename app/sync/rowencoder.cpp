#include "rowencoder.h"

#include "database.h"

#include <QStringList>

#include <sqlite3.h>

#include <charconv>
#include <cstdio>

namespace syncimpl {

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

TableReader::TableReader(sqlite3 *db, const TableSpec &t, bool fromOutbox, qint64 after, qint64 through)
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

TableReader::~TableReader()
{
    sqlite3_finalize(m_st);
}

void TableReader::appendValue(QByteArray &out, int col)
{
    switch (sqlite3_column_type(m_st, col)) {
    case SQLITE_NULL:
        out += "null";
        break;
    case SQLITE_INTEGER: {
        char digits[24]; // no temporary QByteArray a number: this is the export's hot loop
        const auto end = std::to_chars(digits, digits + sizeof digits, sqlite3_column_int64(m_st, col));
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

bool TableReader::next(QByteArray &out, qint64 *seq, QString *key)
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
        appendValue(out, i + 1); // column 0 is the outbox number
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
        // The row's key: its first column (uuid, a setting's key, an adjustment's sale), and for an
        // adjustment its position after it.
        *key = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_st, 1)));
        if (m_t.merge == Merge::Adjustment)
            *key += QLatin1Char('#')
                + QString::number(sqlite3_column_int64(m_st, 1 + columnIndex(m_t, "position")));
    }
    return true;
}

bool TableReader::failed() const
{
    return m_rc != SQLITE_DONE && m_rc != SQLITE_ROW && m_rc != SQLITE_OK;
}

Error TableReader::error() const
{
    return Database::storageErrorFromCode(m_rc, QString::fromUtf8(sqlite3_errmsg(m_db)),
                                          tr("The changes to send cannot be read."));
}

} // namespace syncimpl
