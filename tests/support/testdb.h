#pragma once

#include "checkoutservice.h"
#include "clock.h"
#include "context.h"
#include "database.h"
#include "program.h"
#include "records.h"

#include <QTemporaryDir>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

// The demo staff of the README and docs/roles.md, as the login page lists them (by name): Admin,
// Kim, Lee. The PINs are the documented ones.
struct DemoStaff
{
    static QString administratorPin() { return QStringLiteral("8642"); }
    static QString cashierPin() { return QStringLiteral("1357"); }
    static QString managerPin() { return QStringLiteral("2468"); }
    StaffRecord administrator; // Admin
    StaffRecord cashier; // Kim
    StaffRecord manager; // Lee
};

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
    // `members` members (cards cardPrefix + 7 digits), each with `salesEach` sales a day apart from
    // the clock's day on: a lot per sale, all expiring together a year on. Empty on a failure.
    QVector<qint64> addMembersWithDailySales(int members, int salesEach, const QString &cardPrefix);
    // What the file holds of members, cards, sales and points, in a form two terminals that synced
    // can be compared by (uuids, not local ids).
    QString fingerprint();
    // Admin, then (as Admin) Kim and Lee; nothing (with a QWARN) when one is refused.
    std::optional<DemoStaff> addDemoStaff();
    // The program in force, changed by `change`, published from now; false (with a QWARN) if refused.
    bool changeProgram(const std::function<void(PricingProgram &)> &change);
    // The café's program: a coffee card (buy 5, the 6th free), 10% off in the birthday week, paying
    // with points (1 point = 1 minor unit, up to half the check). For changeProgram().
    static void cafeProgram(PricingProgram &p);
    // The café's menu: latte 3.00 (coffee, Alt+1) and cake 4.00 (bakery, Alt+2).
    bool addCafeMenu();

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
