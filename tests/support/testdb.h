#pragma once

#include "checkoutservice.h"
#include "clock.h"
#include "context.h"
#include "database.h"

#include <QTemporaryDir>

#include <memory>

// A real SQLite file in a temporary folder with an initialized terminal and a clock that tests move.
// Build one in init(), drop it in cleanup(): every test function starts from a fresh file.
class TestDb
{
public:
    // currency: the shop's; now: where the clock starts (default 2026-03-14 10:00 UTC).
    explicit TestDb(const QString &currency = QStringLiteral("EUR"),
                    const QDateTime &now = QDateTime(QDate(2026, 3, 14), QTime(10, 0), Qt::UTC));

    bool ok() const { return m_db != nullptr; }
    const QString &error() const { return m_error; }
    QString path() const { return m_dir.filePath(QStringLiteral("loyalty.sqlite")); }
    QString dirPath() const { return m_dir.path(); }
    Database &db() { return *m_db; }
    FixedClock &clock() { return m_clock; }
    const TerminalRecord &terminal() const { return m_terminal; }
    // As the machine's owner (an administrator's rights), as the suites were written; a test of a
    // guard gives the context another actor.
    ServiceContext context() { return ServiceContext {*m_db, m_clock, m_terminal, Actor::machineOwner()}; }

    // Adds a member with one active card; returns the member id (0 on failure, with a QWARN).
    qint64 addMember(const QString &name, const QString &card, const QString &phone = {});
    // A member's sale of one latte at unitMinor (walk-in for member 0), paying `redeem` points;
    // a failure warns and returns an empty result.
    SaleResult sell(qint64 member, qint64 unitMinor, qint64 redeem = 0);
    // What the file holds of members, cards, sales and points, in a form two terminals that synced
    // can be compared by (uuids, not local ids).
    QString fingerprint();
    // One integer from a query, for asserting what the file holds.
    qint64 scalar(const QString &sql);

    // Closes and reopens the file, as a restart of the app would.
    bool reopen();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
    TerminalRecord m_terminal;
    QString m_error;
};
