#include "pragmaguard.h"

#include "statement.h"

QByteArray PragmaGuard::read(Database &db, const char *name)
{
    Statement st(db, QByteArray("PRAGMA ") + name);
    if (!st.ok() || st.step() != Statement::Step::Row)
        return {};
    return st.text(0).toByteArray().toLower();
}

QByteArray PragmaGuard::set(Database &db, const char *name, const QByteArray &value)
{
    Statement st(db, QByteArray("PRAGMA ") + name + " = " + value);
    if (!st.ok() || st.step() != Statement::Step::Row)
        return {};
    return st.text(0).toByteArray().toLower();
}

PragmaGuard::PragmaGuard(Database &db, const char *name, const QByteArray &value)
    : m_db(db)
    , m_name(name)
    , m_was(read(db, name))
    , m_answer(set(db, name, value))
{
}

PragmaGuard::~PragmaGuard()
{
    restore();
}

QByteArray PragmaGuard::restore()
{
    if (!m_active)
        return {};
    m_active = false;
    if (m_was.isEmpty()) // nothing was read: nothing to put back
        return {};
    return set(m_db, m_name.constData(), m_was);
}
