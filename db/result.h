#pragma once

#include <QString>

#include <optional>
#include <utility>

// The error vocabulary of every layer: a message in the user's words (already translated by whoever
// made it) plus a kind a caller can branch on. No exceptions cross the Qt event loop.
struct Error
{
    enum Kind
    {
        Invalid, // bad input: the user can correct it
        NotFound, // unknown card, member, sale
        Blocked, // a blocked card
        Conflict, // duplicate, already refunded...
        Storage, // the database said no: disk full, read-only, busy
        Corrupt, // the file is damaged or is not ours
        TooNew, // a database written by a newer version
        Forbidden, // role does not allow it
        Cancelled, // the person stopped it (a report, an import): nothing changed
    };
    Kind kind = Invalid;
    QString message;
    QString detail; // technical text for logs and --json output, never the only thing shown
    QString field; // the input at fault ("name", "phone"...), so a form can put the cursor there
};

inline Error onField(Error e, const char *field)
{
    e.field = QLatin1String(field);
    return e;
}

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_ok(false)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

inline Error makeError(Error::Kind kind, QString message, QString detail = {})
{
    return Error {kind, std::move(message), std::move(detail), {}};
}
