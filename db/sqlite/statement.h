#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class Database;
struct sqlite3;
struct sqlite3_stmt;

// One prepared SQLite statement, finalized when it goes: prepare once, bind by index (from 1), step,
// reset, read the columns. Used where Qt SQL's QVariant per value costs too much (the sync's hot
// paths); the error text of a failed statement is made in one place, error().
class Statement
{
public:
    enum class Kind
    {
        Once, // prepared for a few runs
        Persistent, // kept for many runs (SQLITE_PREPARE_PERSISTENT)
    };
    // What step() found.
    enum class Step
    {
        Row,
        Done,
        Failed,
    };

    Statement() = default;
    Statement(Database &db, QByteArrayView sql, Kind kind = Kind::Once);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // False when the statement could not be prepared (error() says why), or has failed since.
    bool ok() const;
    // The failure as an Error: what the user was doing, then SQLite's reason
    // (Database::storageErrorFromCode).
    Error error(const QString &what) const;
    // SQLite's own text for the last failure, for Error::detail.
    QString errorText() const;

    // Bound values stay until the next bind or reset. bindText: the bytes must live until the step
    // (no copy); bindTextCopy copies them.
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bindText(int index, QByteArrayView text);
    void bindTextCopy(int index, QByteArrayView text);
    void bindBlob(int index, QByteArrayView bytes);
    void bindNull(int index);
    // A QString as UTF-8 (copied; a null QString is NULL, as Qt SQL binds it); the OrNull forms bind NULL for
    // an empty text or a zero id.
    void bindString(int index, const QString &text);
    void bindStringOrNull(int index, const QString &text);
    void bindIdOrNull(int index, qint64 id);
    void clearBindings();

    Step step();
    // Runs the statement to its end (for statements that return no rows); false on a failure.
    bool run();
    // Runs it to its end and rearms it for the next use: the rows it changed, or its failure in
    // `what`'s words.
    Result<qint64> runChanges(const QString &what);
    void reset(); // ready to run again; the bindings stay
    // Reset, the bindings cleared and the last failure forgotten: a kept statement's next use
    // (StatementCache).
    void rearm();

    // The current row's columns (from 0), valid after step() gave Row.
    enum class Type
    {
        Integer,
        Real,
        Text,
        Blob,
        Null,
    };
    Type type(int column) const;
    bool isNull(int column) const;
    bool isInteger(int column) const;
    bool isReal(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArrayView text(int column) const; // valid until the next step, reset or column call
    QString string(int column) const;
    QByteArrayView blob(int column) const; // valid as text() is; empty for NULL

    // Rows the last run changed, and the rowid of its last insert (of the connection).
    qint64 changes() const;
    qint64 lastInsertRowid() const;
    // The statement itself, for code in db/ that reads a row with SQLite's API (repositories.cpp).
    sqlite3_stmt *handle() const { return m_st; }

    // Runs one statement of SQL text to its end (no rows expected).
    static Result<void> execute(Database &db, QByteArrayView sql, const QString &what);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_st = nullptr;
    int m_rc = 0; // of the last call that can fail
};
