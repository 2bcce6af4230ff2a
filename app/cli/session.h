#pragma once

#include "context.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace Cli {

// Every string of the command line translates in the context "Cli" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum Exit
{
    Ok = 0,
    Failed = 1, // refused or failed: the message is on stderr
    Usage = 2, // a command or option the CLI does not know, a missing argument
    Problems = 3, // a check ran and found problems (listed on stdout)
};

// What one run of loyalty-cli has: where it writes, the database file, the terminal and who acts.
// Every command prints through print(), fails through fail() or usage(): text and JSON are made here.
class Session
{
public:
    Session(QTextStream &out, QTextStream &err);

    // Output. print(): one JSON object with --json, else the text. fail(): the error on stderr (as
    // JSON under --json), exit Failed. usage(): plain text and the pointer to --help, exit Usage.
    void print(const QJsonObject &json, const QString &text);
    int fail(const Error &e);
    int usage(const QString &message);
    // A list of problems on stdout (as check prints them): exit Problems, or Ok when empty.
    int problems(const QStringList &list, const QString &okText, const QJsonObject &extra = {});
    // A note for the person at the terminal while a command goes on (a retry), on stderr.
    void note(const QString &text);
    // Help and version go to stdout whatever --json says.
    QTextStream &out() { return m_out; }

    bool json = false;
    QString dbPath;
    QString staffName = qEnvironmentVariable("LOYALTY_STAFF");
    QString pin = qEnvironmentVariable("LOYALTY_PIN");

    // Opens the file; false with the error printed (exit() says the code).
    bool openDatabase(Database::Mode mode);
    // The file must exist and have a terminal; then who acts signs in.
    bool openTerminal();
    bool loadTerminal();
    // Uses a database the caller opened (restore checks the current file this way).
    void adopt(std::unique_ptr<Database> db) { m_db = std::move(db); }
    void closeDatabase() { m_db.reset(); }
    // The acting person may do `action`, or false with the reason printed.
    bool allowed(Action action);
    int exit() const { return m_exit; }

    Database &db() { return *m_db; }
    const TerminalRecord &terminal() const { return m_terminal; }
    const QString &currency() const { return m_terminal.currency; }
    const Actor &actor() const { return m_actor; }
    ServiceContext context();

private:
    // Who acts: with staff accounts in the file, the person named by --staff/--pin (or
    // LOYALTY_STAFF/LOYALTY_PIN), else nobody with a cashier's rights; without accounts, the owner.
    bool signIn();

    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_db;
    TerminalRecord m_terminal;
    Actor m_actor;
    int m_exit = Ok;
};

// The stable name of an error's kind, for scripts reading --json errors.
QString errorKindName(Error::Kind kind);

} // namespace Cli
