#include "rowencoder.h"

#include "database.h"

#include <QStringList>

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

TableReader::TableReader(Database &db, const TableSpec &t, bool fromOutbox, qint64 after, qint64 through)
    : m_t(t)
    , m_st(db, selectFor(t, fromOutbox).toUtf8())
{
    m_failed = !m_st.ok();
    if (!m_failed && fromOutbox) {
        m_st.bind(1, after);
        m_st.bind(2, through);
    }
    for (const Column &c : t.columns) {
        QByteArray k;
        appendJsonBytes(k, c.key().toUtf8().constData(), int(c.key().toUtf8().size()));
        m_keys << k + ':';
    }
}

void TableReader::appendValue(QByteArray &out, int col)
{
    switch (m_st.type(col)) {
    case Statement::Type::Null:
        out += "null";
        break;
    case Statement::Type::Integer: {
        char digits[24]; // no temporary QByteArray a number: this is the export's hot loop
        const auto end = std::to_chars(digits, digits + sizeof digits, m_st.int64(col));
        out.append(digits, int(end.ptr - digits));
        break;
    }
    case Statement::Type::Real: // no column that travels holds a fraction
        out += QByteArray::number(static_cast<qint64>(m_st.real(col)));
        break;
    default: {
        const QByteArrayView text = m_st.text(col);
        appendJsonBytes(out, text.data(), int(text.size()));
    }
    }
}

bool TableReader::next(QByteArray &out, qint64 *seq, QString *key)
{
    if (m_failed || m_done)
        return false;
    const Statement::Step step = m_st.step();
    m_failed = step == Statement::Step::Failed;
    m_done = step == Statement::Step::Done;
    if (step != Statement::Step::Row)
        return false;
    if (seq)
        *seq = m_st.int64(0);
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
        if (m_st.isNull(col))
            out += "{}";
        else
            out += m_st.text(col);
    }
    out += '}';
    if (key) {
        // The row's key: its first column (uuid, a setting's key, an adjustment's sale), and for an
        // adjustment its position after it.
        *key = m_st.string(1);
        if (m_t.merge == Merge::Adjustment)
            *key += QLatin1Char('#') + QString::number(m_st.int64(1 + columnIndex(m_t, "position")));
    }
    return true;
}

bool TableReader::failed() const
{
    return m_failed;
}

Error TableReader::error() const
{
    return m_st.error(tr("The changes to send cannot be read."));
}

} // namespace syncimpl
