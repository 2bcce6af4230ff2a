#include "statement.h"

#include "database.h"

#include <sqlite3.h>

#include <utility>

Statement::Statement(Database &db, QByteArrayView sql, Kind kind)
    : m_db(db.handle())
{
    if (!m_db) {
        m_rc = SQLITE_MISUSE;
        return;
    }
    m_rc = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()),
                              kind == Kind::Persistent ? SQLITE_PREPARE_PERSISTENT : 0, &m_st, nullptr);
}

Statement::~Statement()
{
    sqlite3_finalize(m_st);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_st(std::exchange(other.m_st, nullptr))
    , m_rc(std::exchange(other.m_rc, SQLITE_MISUSE))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_st);
        m_db = std::exchange(other.m_db, nullptr);
        m_st = std::exchange(other.m_st, nullptr);
        m_rc = std::exchange(other.m_rc, SQLITE_MISUSE);
    }
    return *this;
}

bool Statement::ok() const
{
    return m_st && (m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE);
}

QString Statement::errorText() const
{
    if (!m_db)
        return QString::fromUtf8(sqlite3_errstr(m_rc));
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Error Statement::error(const QString &what) const
{
    return Database::storageErrorFromCode(m_rc, errorText(), what);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_st, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_st, index, value);
}

namespace {
// An empty view may have no bytes at all, which SQLite would bind as NULL: empty is empty, not NULL.
const char *bytesOf(QByteArrayView v)
{
    return v.data() ? v.data() : "";
}
} // namespace

void Statement::bindText(int index, QByteArrayView text)
{
    sqlite3_bind_text(m_st, index, bytesOf(text), int(text.size()), SQLITE_STATIC);
}

void Statement::bindTextCopy(int index, QByteArrayView text)
{
    sqlite3_bind_text(m_st, index, bytesOf(text), int(text.size()), SQLITE_TRANSIENT);
}

void Statement::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob(m_st, index, bytesOf(bytes), int(bytes.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_st, index);
}

void Statement::bindString(int index, const QString &text)
{
    if (text.isNull()) { // as Qt SQL binds a null QString
        bindNull(index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    bindTextCopy(index, utf8);
}

void Statement::bindStringOrNull(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bindString(index, text);
}

void Statement::bindIdOrNull(int index, qint64 id)
{
    if (id == 0)
        bindNull(index);
    else
        bind(index, id);
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_st);
}

Statement::Step Statement::step()
{
    if (!m_st)
        return Step::Failed;
    m_rc = sqlite3_step(m_st);
    if (m_rc == SQLITE_ROW)
        return Step::Row;
    return m_rc == SQLITE_DONE ? Step::Done : Step::Failed;
}

bool Statement::run()
{
    Step s;
    while ((s = step()) == Step::Row) { }
    return s == Step::Done;
}

Result<qint64> Statement::runChanges(const QString &what)
{
    const bool ran = ok() && run();
    const Result<qint64> out = ran ? Result<qint64>(changes()) : Result<qint64>(error(what));
    rearm();
    return out;
}

void Statement::reset()
{
    // sqlite3_reset repeats the last step's error: the failure is kept in m_rc from the step.
    sqlite3_reset(m_st);
}

void Statement::rearm()
{
    sqlite3_reset(m_st);
    sqlite3_clear_bindings(m_st);
    m_rc = SQLITE_OK;
}

Statement::Type Statement::type(int column) const
{
    switch (sqlite3_column_type(m_st, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_BLOB:
        return Type::Blob;
    case SQLITE_NULL:
        return Type::Null;
    default:
        return Type::Text;
    }
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_st, column) == SQLITE_NULL;
}

bool Statement::isInteger(int column) const
{
    return sqlite3_column_type(m_st, column) == SQLITE_INTEGER;
}

bool Statement::isReal(int column) const
{
    return sqlite3_column_type(m_st, column) == SQLITE_FLOAT;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_st, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_st, column);
}

QByteArrayView Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_st, column));
    return QByteArrayView(p, sqlite3_column_bytes(m_st, column));
}

QByteArrayView Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_st, column));
    return QByteArrayView(p, sqlite3_column_bytes(m_st, column));
}

QString Statement::string(int column) const
{
    return QString::fromUtf8(text(column));
}

qint64 Statement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Statement::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Result<void> Statement::execute(Database &db, QByteArrayView sql, const QString &what)
{
    Statement st(db, sql);
    if (!st.ok() || !st.run())
        return st.error(what);
    return {};
}
