#pragma once

#include <QByteArray>

class Database;

// Sets a PRAGMA for a while and puts the value it had back when it goes: the sync applies a batch
// with a larger page cache, a rollback journal or foreign keys off, and the connection is as before
// afterwards, whichever way the batch ended.
class PragmaGuard
{
public:
    // Reads PRAGMA name, then sets it to value.
    PragmaGuard(Database &db, const char *name, const QByteArray &value);
    ~PragmaGuard();
    PragmaGuard(const PragmaGuard &) = delete;
    PragmaGuard &operator=(const PragmaGuard &) = delete;

    const QByteArray &was() const { return m_was; }
    // What setting it gave back (journal_mode answers the mode it now has), in lower case.
    const QByteArray &answer() const { return m_answer; }
    // Puts the old value back now (the destructor then does nothing); what that gave back.
    QByteArray restore();
    // Leaves the value as set.
    void dismiss() { m_active = false; }

    // PRAGMA name, or PRAGMA name = value: what it gives back, in lower case (empty when nothing or
    // it fails).
    static QByteArray read(Database &db, const char *name);
    static QByteArray set(Database &db, const char *name, const QByteArray &value);

private:
    Database &m_db;
    QByteArray m_name;
    QByteArray m_was;
    QByteArray m_answer;
    bool m_active = true;
};
