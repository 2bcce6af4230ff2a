#include "session.h"

#include "clock.h"
#include "staffservice.h"
#include "terminalservice.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Cli {

Session::Session(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString errorKindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Invalid:
        return QStringLiteral("invalid");
    case Error::NotFound:
        return QStringLiteral("not_found");
    case Error::Blocked:
        return QStringLiteral("blocked");
    case Error::Conflict:
        return QStringLiteral("conflict");
    case Error::Storage:
        return QStringLiteral("storage");
    case Error::Corrupt:
        return QStringLiteral("corrupt");
    case Error::TooNew:
        return QStringLiteral("too_new");
    case Error::Forbidden:
        return QStringLiteral("forbidden");
    case Error::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("error"); // no default above: a kind added later warns until it is named here
}

void Session::print(const QJsonObject &object, const QString &text)
{
    if (json)
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    else
        m_out << text << '\n';
}

int Session::fail(const Error &e)
{
    if (json) {
        QJsonObject o {{QStringLiteral("error"), e.message}, {QStringLiteral("kind"), errorKindName(e.kind)}};
        if (!e.detail.isEmpty())
            o.insert(QStringLiteral("detail"), e.detail);
        if (!e.field.isEmpty())
            o.insert(QStringLiteral("field"), e.field);
        m_err << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_err << Text::tr("loyalty-cli: %1").arg(e.message) << '\n';
        if (!e.detail.isEmpty())
            m_err << "  (" << e.detail << ")\n";
    }
    m_exit = Failed;
    return Failed;
}

int Session::usage(const QString &message)
{
    m_err << Text::tr("loyalty-cli: %1").arg(message) << '\n'
          << Text::tr("Run \"loyalty-cli --help\" for the commands.") << '\n';
    m_exit = Usage;
    return Usage;
}

int Session::problems(const QStringList &list, const QString &okText, const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("ok"), list.isEmpty());
    o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(list));
    print(o,
          list.isEmpty() ? okText : Text::tr("Problems found:\n  %1").arg(list.join(QStringLiteral("\n  "))));
    return list.isEmpty() ? Ok : Problems;
}

void Session::note(const QString &text)
{
    m_err << text << '\n';
    m_err.flush();
}

bool Session::openDatabase(Database::Mode mode)
{
    auto db = Database::open(dbPath, mode);
    if (!db) {
        fail(db.error());
        return false;
    }
    m_db = std::move(db).value();
    return true;
}

bool Session::openTerminal()
{
    return openDatabase(Database::Mode::ExistingOnly) && loadTerminal();
}

bool Session::loadTerminal()
{
    auto t = TerminalService(*m_db, Clock::system()).local();
    if (!t) {
        fail(t.error());
        return false;
    }
    m_terminal = t.value();
    return signIn();
}

ServiceContext Session::context()
{
    return ServiceContext {*m_db, Clock::system(), m_terminal, m_actor};
}

bool Session::signIn()
{
    ServiceContext ctx(*m_db, Clock::system(), m_terminal);
    StaffService staff(ctx);
    if (!staff.hasStaff()) {
        if (!staffName.isEmpty()) {
            fail(makeError(Error::Invalid,
                           Text::tr("This database has no staff accounts: leave out --staff.")));
            return false;
        }
        m_actor = Actor::machineOwner(); // before anyone has an account
        return true;
    }
    if (staffName.isEmpty()) {
        m_actor = Actor();
        m_actor.role = Role::Cashier; // nobody signed in: what any cashier may do, and no more
        return true;
    }
    auto who = staff.byName(staffName);
    if (!who) {
        fail(who.error());
        return false;
    }
    auto in = staff.login(who->id, pin);
    if (!in) {
        fail(in.error());
        return false;
    }
    m_actor = StaffService::actorOf(in.value());
    return true;
}

bool Session::allowed(Action action)
{
    if (Permissions::allowed(m_actor.role, action))
        return true;
    fail(makeError(
        Error::Forbidden,
        m_actor.staffId
            ? Text::tr("%1: %2 is a %3 and may not do this; give a manager's --staff and --pin.")
                  .arg(Permissions::actionName(action), m_actor.name, Permissions::roleName(m_actor.role))
            : Text::tr("%1 needs a manager: give --staff NAME --pin PIN.")
                  .arg(Permissions::actionName(action))));
    return false;
}

} // namespace Cli
