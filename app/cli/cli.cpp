#include "cli.h"

#include "../rules/programcodec.h"
#include "apppaths.h"
#include "auditservice.h"
#include "backupservice.h"
#include "checkoutservice.h"
#include "checkservice.h"
#include "clock.h"
#include "database.h"
#include "demodata.h"
#include "expiryservice.h"
#include "exportservice.h"
#include "headoffice.h"
#include "ids.h"
#include "importservice.h"
#include "membersearch.h"
#include "memberservice.h"
#include "money.h"
#include "productservice.h"
#include "programservice.h"
#include "receipts.h"
#include "refundservice.h"
#include "retrypolicy.h"
#include "staffservice.h"
#include "syncservice.h"
#include "terminalservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QThread>

#include <memory>

namespace {
// This file's strings translate in the context "Cli" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum Exit
{
    Ok = 0,
    Failed = 1,
    Usage = 2,
    Problems = 3
};

class Runner
{
public:
    Runner(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    int run(const QStringList &arguments);

private:
    int fail(const Error &e)
    {
        if (m_json) {
            QJsonObject o {{QStringLiteral("error"), e.message}};
            if (!e.detail.isEmpty())
                o.insert(QStringLiteral("detail"), e.detail);
            m_err << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        } else {
            m_err << Text::tr("loyalty-cli: %1").arg(e.message) << '\n';
            if (!e.detail.isEmpty())
                m_err << "  (" << e.detail << ")\n";
        }
        return Failed;
    }
    int usage(const QString &message)
    {
        m_err << Text::tr("loyalty-cli: %1").arg(message) << '\n'
              << Text::tr("Run \"loyalty-cli --help\" for the commands.") << '\n';
        return Usage;
    }
    void print(const QJsonObject &json, const QString &text)
    {
        if (m_json)
            m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        else
            m_out << text << '\n';
    }

    bool openDatabase(Database::Mode mode);
    bool loadTerminal();
    ServiceContext context() { return ServiceContext {*m_db, Clock::system(), m_terminal, m_actor}; }
    // Who acts: with staff accounts in the file, the person named by --staff/--pin (or
    // LOYALTY_STAFF/LOYALTY_PIN), else nobody with a cashier's rights; without accounts, the owner.
    bool signIn();
    // The acting person may do `action`, or false with the reason printed.
    bool allowed(Action action);
    QJsonObject memberJson(const MemberView &v) const;
    QString memberText(const MemberView &v) const;

    int cmdInit(const QStringList &args);
    int cmdDemo(const QStringList &args);
    int cmdMember(const QStringList &args);
    int cmdMemberSearch(const QString &text);
    int cmdMemberAdmin(const QString &what, const QStringList &args);
    Result<MemberView> resolveMember(MemberService &members, const QString &ref);
    int cmdSale(const QStringList &args);
    int cmdBalance(const QStringList &args);
    int cmdCheck(const QStringList &args);
    int cmdProgram(const QStringList &args);
    int cmdImport(const QStringList &args);
    int cmdExport(const QStringList &args);
    int cmdStaff(const QStringList &args);
    int cmdAudit(const QStringList &args);
    int cmdBackup(const QStringList &args);
    int cmdBackups(const QStringList &args);
    int cmdRestore(const QStringList &args);
    int cmdRefund(const QStringList &args);
    int cmdReceipt(const QStringList &args);
    int cmdExpire(const QStringList &args);
    int cmdProduct(const QStringList &args);
    int cmdSync(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    TerminalRecord m_terminal;
    QString m_staffName = qEnvironmentVariable("LOYALTY_STAFF");
    QString m_pin = qEnvironmentVariable("LOYALTY_PIN");
    Actor m_actor;
    int m_exit = Ok;
};

QString helpText()
{
    return Text::tr(
               "Usage: loyalty-cli [--db FILE] [--json] COMMAND [ARGS]\n"
               "\n"
               "Commands:\n"
               "  init [--store NAME] [--terminal NAME] [--currency CODE]   create the database and this "
               "terminal\n"
               "  demo [--currency CODE]                 create the demo shop (members, cards, sales)\n"
               "  member find CARD|PHONE                 show a member\n"
               "  member search TEXT                     members whose name, e-mail, phone or card match\n"
               "  member edit MEMBER [--name N] [--phone P] [--email E] [--birthday D] [--notes T]\n"
               "              [--card NEW] [--sms yes|no] [--email-offers yes|no] [--shared]\n"
               "                                         change a member (--shared: a phone or e-mail\n"
               "                                         another member has too is meant)\n"
               "  member replace-card MEMBER [--old CARD] [--new NUMBER]   block a lost card, issue a new "
               "one\n"
               "  member merge KEEP OTHER --yes          move OTHER's cards, sales and points to KEEP "
               "(manager)\n"
               "  member erase MEMBER --yes              remove a member's personal data (manager)\n"
               "  member adjust MEMBER --points N --reason TEXT   add (or, negative, take away) points by "
               "hand (manager)\n"
               "    MEMBER is a card number, a phone number or #ID\n"
               "  sale [--card N] [--amount 12.50] [--line \"Latte:3.20x2\"]...   record a sale\n"
               "  balance --card N                       a member's points balance\n"
               "  check                                  integrity check and ledger balances\n"
               "  program [earn --points N --per AMOUNT] show the loyalty program, or set the earn rate\n"
               "  import members FILE [--dry-run] [--valid-only] [--map FIELD=COLUMN]...\n"
               "                                         bring members from a CSV file (docs/import.md)\n"
               "  export members --out FILE [--delimiter ';'|','|tab]   write the members to a CSV file\n"
               "  staff list | add --name N --role cashier|manager|administrator --pin P | deactivate --name "
               "N\n"
               "  audit [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--action A] [--staff NAME] [--limit N]\n"
               "                                         the audit trail, newest first\n"
               "  receipt --receipt N                    print a past receipt of this till\n"
               "  refund --receipt N --reason TEXT [--lines LINE:QTY,...]\n"
               "                                         give a sale back, whole or in part (a manager's)\n"
               "  product list | add --code C --name N --price P [--category C] [--key 1-9]   the catalogue\n"
               "  expire [--full]                        settle points whose expiry day is over (the app\n"
               "                                         does it at start and daily; running it twice is "
               "harmless)\n"
               "  sync export --out DIR [--all]          this terminal's changes since the last batch as a\n"
               "                                         batch (--all: everything, to set up a new "
               "terminal)\n"
               "  sync import DIR                        apply a batch another terminal exported (manager)\n"
               "  sync push|pull|now --pg CONNINFO [--retries N]   exchange with the head office's\n"
               "                                         PostgreSQL (\"host=… dbname=… user=… password=…\";\n"
               "                                         or LOYALTY_SYNC_PG); now = push then pull\n"
               "  sync status                            when this terminal last synced, what waits\n"
               "  backup [--to DIR]                      a checked copy of the database (docs/backup.md)\n"
               "  backups [--in DIR]                     the backups, newest first, each checked\n"
               "  restore FILE                           replace the database with a backup (the current\n"
               "                                         file is kept aside)\n"
               "\n"
               "Options:\n"
               "  --db FILE   the database (default: %1)\n"
               "  --staff NAME --pin PIN   (before the command) who acts, when the database has staff\n"
               "              accounts, or the environment's LOYALTY_STAFF and LOYALTY_PIN; docs/roles.md\n"
               "  --json      machine-readable output\n"
               "  --version   the version\n")
        .arg(AppPaths::defaultDatabasePath());
}

int Runner::run(const QStringList &arguments)
{
    // Global options come before the command; the command parses the rest itself.
    QStringList rest = arguments.mid(1);
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString opt = rest.takeFirst();
        if (opt == QLatin1String("--json")) {
            m_json = true;
        } else if (opt == QLatin1String("--db")) {
            if (rest.isEmpty())
                return usage(Text::tr("--db needs a file name."));
            m_dbPath = rest.takeFirst();
        } else if (opt.startsWith(QLatin1String("--db="))) {
            m_dbPath = opt.mid(5);
        } else if (opt == QLatin1String("--staff") || opt == QLatin1String("--pin")) {
            if (rest.isEmpty())
                return usage(Text::tr("%1 needs a value.").arg(opt));
            (opt == QLatin1String("--staff") ? m_staffName : m_pin) = rest.takeFirst();
        } else if (opt == QLatin1String("--version")) {
            m_out << "loyalty-cli " << QStringLiteral(LOYALTY_VERSION) << '\n';
            return Ok;
        } else if (opt == QLatin1String("--help")) {
            m_out << helpText();
            return Ok;
        } else {
            return usage(Text::tr("Unknown option %1.").arg(opt));
        }
    }
    if (rest.isEmpty())
        return usage(Text::tr("No command given."));
    if (m_dbPath.isEmpty())
        m_dbPath = AppPaths::defaultDatabasePath();
    const QString command = rest.takeFirst();
    // Per-command options may also name --db and --json, as the examples do.
    for (int i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == QLatin1String("--json")) {
            m_json = true;
            rest.removeAt(i--);
        } else if (rest.at(i) == QLatin1String("--db") && i + 1 < rest.size()) {
            m_dbPath = rest.at(i + 1);
            rest.remove(i, 2);
            --i;
        }
    }
    if (command == QLatin1String("init"))
        return cmdInit(rest);
    if (command == QLatin1String("demo"))
        return cmdDemo(rest);
    if (command == QLatin1String("member"))
        return cmdMember(rest);
    if (command == QLatin1String("sale"))
        return cmdSale(rest);
    if (command == QLatin1String("balance"))
        return cmdBalance(rest);
    if (command == QLatin1String("check"))
        return cmdCheck(rest);
    if (command == QLatin1String("program"))
        return cmdProgram(rest);
    if (command == QLatin1String("import"))
        return cmdImport(rest);
    if (command == QLatin1String("export"))
        return cmdExport(rest);
    if (command == QLatin1String("staff"))
        return cmdStaff(rest);
    if (command == QLatin1String("audit"))
        return cmdAudit(rest);
    if (command == QLatin1String("backup"))
        return cmdBackup(rest);
    if (command == QLatin1String("backups"))
        return cmdBackups(rest);
    if (command == QLatin1String("restore"))
        return cmdRestore(rest);
    if (command == QLatin1String("refund"))
        return cmdRefund(rest);
    if (command == QLatin1String("receipt"))
        return cmdReceipt(rest);
    if (command == QLatin1String("expire"))
        return cmdExpire(rest);
    if (command == QLatin1String("product"))
        return cmdProduct(rest);
    if (command == QLatin1String("sync"))
        return cmdSync(rest);
    if (command == QLatin1String("help")) {
        m_out << helpText();
        return Ok;
    }
    return usage(Text::tr("Unknown command \"%1\".").arg(command));
}

bool Runner::openDatabase(Database::Mode mode)
{
    auto db = Database::open(m_dbPath, mode);
    if (!db) {
        m_exit = fail(db.error());
        return false;
    }
    m_db = std::move(db).value();
    return true;
}

bool Runner::loadTerminal()
{
    auto t = TerminalService(*m_db, Clock::system()).local();
    if (!t) {
        m_exit = fail(t.error());
        return false;
    }
    m_terminal = t.value();
    return signIn();
}

bool Runner::signIn()
{
    ServiceContext ctx(*m_db, Clock::system(), m_terminal);
    StaffService staff(ctx);
    if (!staff.hasStaff()) {
        if (!m_staffName.isEmpty()) {
            m_exit = fail(makeError(Error::Invalid,
                                    Text::tr("This database has no staff accounts: leave out --staff.")));
            return false;
        }
        m_actor = Actor::machineOwner(); // before anyone has an account
        return true;
    }
    if (m_staffName.isEmpty()) {
        m_actor = Actor();
        m_actor.role = Role::Cashier; // nobody signed in: what any cashier may do, and no more
        return true;
    }
    auto who = staff.byName(m_staffName);
    if (!who) {
        m_exit = fail(who.error());
        return false;
    }
    auto in = staff.login(who->id, m_pin);
    if (!in) {
        m_exit = fail(in.error());
        return false;
    }
    m_actor = StaffService::actorOf(in.value());
    return true;
}

bool Runner::allowed(Action action)
{
    if (Permissions::allowed(m_actor.role, action))
        return true;
    m_exit = fail(makeError(
        Error::Forbidden,
        m_actor.staffId
            ? Text::tr("%1: %2 is a %3 and may not do this; give a manager's --staff and --pin.")
                  .arg(Permissions::actionName(action), m_actor.name, Permissions::roleName(m_actor.role))
            : Text::tr("%1 needs a manager: give --staff NAME --pin PIN.")
                  .arg(Permissions::actionName(action))));
    return false;
}

// Parses "--name value" pairs and bare words; repeated options keep every value.
struct Args
{
    QMultiMap<QString, QString> options;
    QStringList words;
    QString error;
};

Args parseArgs(const QStringList &args, const QStringList &known)
{
    Args a;
    for (int i = 0; i < args.size(); ++i) {
        const QString &s = args.at(i);
        if (s.startsWith(QLatin1String("--"))) {
            QString name = s.mid(2);
            QString value;
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            } else if (i + 1 < args.size()) {
                value = args.at(++i);
            } else {
                a.error = Text::tr("--%1 needs a value.").arg(name);
                return a;
            }
            if (!known.contains(name)) {
                a.error = Text::tr("Unknown option --%1.").arg(name);
                return a;
            }
            a.options.insert(name, value);
        } else {
            a.words << s;
        }
    }
    return a;
}

QJsonObject Runner::memberJson(const MemberView &v) const
{
    const MemberRecord &m = v.member;
    QJsonObject o {
        {QStringLiteral("id"), m.id},
        {QStringLiteral("uuid"), m.uuid},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("phone"), m.phone},
        {QStringLiteral("email"), m.email},
        {QStringLiteral("points"), m.pointsBalance},
        {QStringLiteral("visits"), m.visits},
        {QStringLiteral("total_spent"), Money(m.totalSpentMinor, m_terminal.currency).toPlainString()},
        {QStringLiteral("member_since"), m.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("last_visit"),
         m.lastVisitAt.isValid() ? QJsonValue(m.lastVisitAt.toString(Qt::ISODateWithMs)) : QJsonValue()}};
    if (!v.card.number.isEmpty())
        o.insert(QStringLiteral("card"), v.card.number);
    return o;
}

QString Runner::memberText(const MemberView &v) const
{
    const MemberRecord &m = v.member;
    const QLocale l;
    QString s = m.name + QLatin1Char('\n');
    if (!v.card.number.isEmpty())
        s += Text::tr("  card:         %1").arg(v.card.number) + QLatin1Char('\n');
    if (!m.phone.isEmpty())
        s += Text::tr("  phone:        %1").arg(m.phone) + QLatin1Char('\n');
    s += Text::tr("  points:       %1").arg(l.toString(m.pointsBalance)) + QLatin1Char('\n');
    s += Text::tr("  member since: %1")
             .arg(l.toString(m.createdAt.toLocalTime().date(), QLocale::ShortFormat))
        + QLatin1Char('\n');
    s += Text::tr("  last visit:   %1")
             .arg(m.lastVisitAt.isValid() ? l.toString(m.lastVisitAt.toLocalTime(), QLocale::ShortFormat)
                                          : Text::tr("never"))
        + QLatin1Char('\n');
    s += Text::tr("  visits:       %1, spent %2")
             .arg(l.toString(m.visits), Money(m.totalSpentMinor, m_terminal.currency).format(l));
    return s;
}

int Runner::cmdInit(const QStringList &args)
{
    const Args a
        = parseArgs(args, {QStringLiteral("store"), QStringLiteral("terminal"), QStringLiteral("currency")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (!openDatabase(Database::Mode::CreateOrUpgrade))
        return m_exit;
    auto t
        = TerminalService(*m_db, Clock::system())
              .initialize(a.options.value(QStringLiteral("store"), Text::tr("My shop")),
                          a.options.value(QStringLiteral("terminal"), Text::tr("Till 1")),
                          a.options.value(QStringLiteral("currency"), DemoData::defaultCurrency()).toUpper());
    if (!t)
        return fail(t.error());
    print(QJsonObject {{QStringLiteral("database"), m_db->path()},
                       {QStringLiteral("terminal"), t->uuid},
                       {QStringLiteral("store"), t->storeName},
                       {QStringLiteral("currency"), t->currency}},
          Text::tr("Created %1 for terminal \"%2\" of %3 (%4).")
              .arg(m_db->path(), t->name, t->storeName, t->currency));
    return Ok;
}

int Runner::cmdDemo(const QStringList &args)
{
    const Args a = parseArgs(args, {QStringLiteral("currency")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (!openDatabase(Database::Mode::CreateOrUpgrade))
        return m_exit;
    auto d = DemoData::create(
        *m_db, Clock::system(),
        a.options.value(QStringLiteral("currency"), DemoData::defaultCurrency()).toUpper());
    if (!d)
        return fail(d.error());
    print(QJsonObject {{QStringLiteral("database"), m_db->path()},
                       {QStringLiteral("members"), d->members},
                       {QStringLiteral("sales"), d->sales},
                       {QStringLiteral("cards"), QJsonArray::fromStringList(d->cards)},
                       {QStringLiteral("blocked_card"), d->blockedCard}},
          Text::tr("Demo shop created in %1: %2 members, %3 sales.\nCards to scan: %4\nA blocked card: %5")
              .arg(m_db->path())
              .arg(d->members)
              .arg(d->sales)
              .arg(d->cards.join(QStringLiteral(", ")), d->blockedCard));
    return Ok;
}

int Runner::cmdMember(const QStringList &args)
{
    if (args.size() == 2 && args.first() == QLatin1String("search"))
        return cmdMemberSearch(args.at(1));
    static const QStringList admin
        = {QStringLiteral("edit"), QStringLiteral("replace-card"), QStringLiteral("merge"),
           QStringLiteral("erase"), QStringLiteral("adjust")};
    if (!args.isEmpty() && admin.contains(args.first()))
        return cmdMemberAdmin(args.first(), args.mid(1));
    if (args.size() != 2 || args.first() != QLatin1String("find"))
        return usage(Text::tr("Use: loyalty-cli member find CARD|PHONE, member search TEXT, or member edit, "
                              "replace-card, merge, erase (see --help)"));
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    auto v = MemberService(context()).lookup(args.at(1));
    if (!v)
        return fail(v.error());
    print(memberJson(v.value()), memberText(v.value()));
    return Ok;
}

int Runner::cmdMemberSearch(const QString &text)
{
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    MemberSearch search(*m_db);
    auto found = search.search(text, 50);
    if (!found)
        return fail(found.error());
    auto rows = search.rows(found->ids);
    if (!rows)
        return fail(rows.error());
    QJsonArray list;
    QStringList lines;
    for (const MemberSearchRow &r : rows.value()) {
        list.append(QJsonObject {{QStringLiteral("id"), r.id},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("phone"), r.phone},
                                 {QStringLiteral("card"), r.card},
                                 {QStringLiteral("points"), r.pointsBalance}});
        lines << QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(r.card, r.name, r.phone, QLocale().toString(r.pointsBalance));
    }
    if (found->truncated)
        lines << Text::tr("More members match: type more to narrow the search.");
    if (rows->isEmpty())
        lines << Text::tr("No member matches \"%1\".").arg(text);
    print(QJsonObject {{QStringLiteral("members"), list}, {QStringLiteral("truncated"), found->truncated}},
          lines.join(QLatin1Char('\n')));
    return Ok;
}

// "#42" is member 42; anything else is looked up as the scan field would (card, then phone).
Result<MemberView> Runner::resolveMember(MemberService &members, const QString &ref)
{
    if (ref.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const qint64 id = ref.mid(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return makeError(Error::Invalid,
                             Text::tr("\"%1\" is not a member number: write it as #42.").arg(ref));
        return members.byId(id);
    }
    return members.lookup(ref);
}

Result<std::optional<bool>> yesNo(const Args &a, const QString &option)
{
    if (!a.options.contains(option))
        return std::optional<bool>();
    const QString v = a.options.value(option).toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("1") || v == QLatin1String("true"))
        return std::optional<bool>(true);
    if (v == QLatin1String("no") || v == QLatin1String("0") || v == QLatin1String("false"))
        return std::optional<bool>(false);
    return makeError(Error::Invalid, Text::tr("--%1 takes yes or no.").arg(option));
}

// member edit / replace-card / merge / erase. Merge and erase are a manager's (the service checks the
// actor's role; with no one logged in, as here, whoever runs the command acts with the file's owner's
// rights) and cannot be undone: they need --yes.
int Runner::cmdMemberAdmin(const QString &what, const QStringList &args)
{
    QStringList rest = args;
    const bool shared = rest.removeAll(QStringLiteral("--shared")) > 0;
    const bool yes = rest.removeAll(QStringLiteral("--yes")) > 0;
    const Args a = parseArgs(rest,
                             {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"),
                              QStringLiteral("birthday"), QStringLiteral("notes"), QStringLiteral("card"),
                              QStringLiteral("sms"), QStringLiteral("email-offers"), QStringLiteral("old"),
                              QStringLiteral("new"), QStringLiteral("points"), QStringLiteral("reason")});
    if (!a.error.isEmpty())
        return usage(a.error);
    const int words = what == QLatin1String("merge") ? 2 : 1;
    if (a.words.size() != words)
        return usage(what == QLatin1String("merge")
                         ? Text::tr("Use: loyalty-cli member merge KEEP OTHER --yes")
                         : Text::tr("Use: loyalty-cli member %1 MEMBER ... (see --help)").arg(what));
    if ((what == QLatin1String("merge") || what == QLatin1String("erase")) && !yes)
        return usage(Text::tr("\"member %1\" cannot be undone: add --yes to go ahead.").arg(what));
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    MemberService members(context());
    auto member = resolveMember(members, a.words.first());
    if (!member)
        return fail(member.error());
    const qint64 id = member->member.id;

    if (what == QLatin1String("adjust")) {
        bool ok = false;
        const qint64 points = a.options.value(QStringLiteral("points")).toLongLong(&ok);
        if (!ok)
            return usage(Text::tr(
                "Use: loyalty-cli member adjust MEMBER --points N --reason TEXT (N may be negative)"));
        auto balance = members.adjustPoints(id, points, a.options.value(QStringLiteral("reason")));
        if (!balance)
            return fail(balance.error());
        print(QJsonObject {{QStringLiteral("member"), id},
                           {QStringLiteral("points"), points},
                           {QStringLiteral("balance"), balance.value()}},
              Text::tr("%1: %2 points; the balance is now %3.")
                  .arg(member->member.name, QLocale().toString(points), QLocale().toString(balance.value())));
        return Ok;
    }

    if (what == QLatin1String("edit")) {
        MemberChanges c;
        auto text = [&](const char *option, std::optional<QString> &field) {
            if (a.options.contains(QLatin1String(option)))
                field = a.options.value(QLatin1String(option));
        };
        text("name", c.name);
        text("phone", c.phone);
        text("email", c.email);
        text("birthday", c.birthday);
        text("notes", c.notes);
        text("card", c.cardNumber);
        c.cardId = member->card.id;
        auto sms = yesNo(a, QStringLiteral("sms"));
        if (!sms)
            return fail(sms.error());
        c.consentSms = sms.value();
        auto mail = yesNo(a, QStringLiteral("email-offers"));
        if (!mail)
            return fail(mail.error());
        c.consentEmail = mail.value();
        c.allowSharedContact = shared;
        auto r = members.edit(id, c);
        if (!r)
            return fail(r.error());
        print(memberJson(r.value()), memberText(r.value()));
        return Ok;
    }
    if (what == QLatin1String("replace-card")) {
        qint64 oldCard = member->card.id;
        if (a.options.contains(QStringLiteral("old"))) {
            auto old = members.lookup(a.options.value(QStringLiteral("old")));
            if (!old)
                return fail(old.error());
            if (old->member.id != id || old->card.id == 0)
                return fail(makeError(Error::Invalid,
                                      Text::tr("Card %1 is not %2's card.")
                                          .arg(a.options.value(QStringLiteral("old")), member->member.name)));
            oldCard = old->card.id;
        }
        auto r = members.replaceLostCard(id, oldCard, a.options.value(QStringLiteral("new")));
        if (!r)
            return fail(r.error());
        print(QJsonObject {{QStringLiteral("id"), id},
                           {QStringLiteral("name"), r->member.name},
                           {QStringLiteral("card"), r->card.number},
                           {QStringLiteral("points"), r->member.pointsBalance}},
              Text::tr("%1 has the new card %2; the lost one is blocked. Balance: %3 points.")
                  .arg(r->member.name, r->card.number, QLocale().toString(r->member.pointsBalance)));
        return Ok;
    }
    if (what == QLatin1String("merge")) {
        auto other = resolveMember(members, a.words.at(1));
        if (!other)
            return fail(other.error());
        auto r = members.merge(id, other->member.id);
        if (!r)
            return fail(r.error());
        print(
            QJsonObject {{QStringLiteral("kept"), id},
                         {QStringLiteral("merged"), r->mergedAwayId},
                         {QStringLiteral("points_moved"), r->pointsMoved},
                         {QStringLiteral("cards_moved"), r->cardsMoved},
                         {QStringLiteral("purchases_moved"), r->purchasesMoved},
                         {QStringLiteral("points"), r->kept.member.pointsBalance}},
            Text::tr(
                "%1 (#%2) was merged into %3 (#%4): %5 cards, %6 purchases and %7 points moved; balance %8.")
                .arg(other->member.name)
                .arg(r->mergedAwayId)
                .arg(r->kept.member.name)
                .arg(id)
                .arg(r->cardsMoved)
                .arg(r->purchasesMoved)
                .arg(QLocale().toString(r->pointsMoved), QLocale().toString(r->kept.member.pointsBalance)));
        return Ok;
    }
    if (auto r = members.erase(id); !r)
        return fail(r.error());
    print(QJsonObject {{QStringLiteral("erased"), id}},
          Text::tr("The personal data of member #%1 was erased; their sales and points stay in the books.")
              .arg(id));
    return Ok;
}

int Runner::cmdBalance(const QStringList &args)
{
    const Args a = parseArgs(args, {QStringLiteral("card")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (!a.options.contains(QStringLiteral("card")))
        return usage(Text::tr("Use: loyalty-cli balance --card N"));
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    auto v = MemberService(context()).lookup(a.options.value(QStringLiteral("card")));
    if (!v)
        return fail(v.error());
    print(QJsonObject {{QStringLiteral("card"), a.options.value(QStringLiteral("card"))},
                       {QStringLiteral("name"), v->member.name},
                       {QStringLiteral("points"), v->member.pointsBalance}},
          Text::tr("%1: %Ln point(s)", nullptr, int(v->member.pointsBalance)).arg(v->member.name));
    return Ok;
}

// "Latte:3.20x2" -> a line; the quantity is optional ("Latte:3.20").
Result<CartLine> parseLine(const QString &spec, const QString &currency)
{
    const int colon = spec.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return makeError(Error::Invalid,
                         Text::tr("\"%1\" is not a line: write it as \"Latte:3.20x2\".").arg(spec));
    CartLine line;
    line.description = spec.left(colon).simplified();
    QString rest = spec.mid(colon + 1).trimmed();
    const int x = rest.lastIndexOf(QLatin1Char('x'), -1, Qt::CaseInsensitive);
    if (x >= 0) {
        bool ok = false;
        line.quantity = rest.mid(x + 1).trimmed().toLongLong(&ok);
        if (!ok)
            return makeError(Error::Invalid, Text::tr("\"%1\" is not a quantity.").arg(rest.mid(x + 1)));
        rest = rest.left(x);
    }
    auto price = Money::parse(rest, currency, QLocale::c());
    if (!price)
        return price.error();
    line.unitPriceMinor = price->minor();
    return line;
}

int Runner::cmdSale(const QStringList &args)
{
    const Args a
        = parseArgs(args, {QStringLiteral("card"), QStringLiteral("amount"), QStringLiteral("line")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (!a.words.isEmpty())
        return usage(Text::tr("Unexpected \"%1\".").arg(a.words.first()));
    if (!a.options.contains(QStringLiteral("amount")) && !a.options.contains(QStringLiteral("line")))
        return usage(
            Text::tr("Use: loyalty-cli sale [--card N] --amount 12.50 | --line \"Latte:3.20x2\"..."));
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;

    SaleRequest sale;
    sale.cart.currency = m_terminal.currency;
    // QMultiMap keeps the last inserted first; the receipt should list lines in the order given.
    QStringList lines = a.options.values(QStringLiteral("line"));
    std::reverse(lines.begin(), lines.end());
    for (const QString &spec : std::as_const(lines)) {
        auto line = parseLine(spec, m_terminal.currency);
        if (!line)
            return fail(line.error());
        sale.cart.lines << line.value();
    }
    if (a.options.contains(QStringLiteral("amount"))) {
        auto amount
            = Money::parse(a.options.value(QStringLiteral("amount")), m_terminal.currency, QLocale::c());
        if (!amount)
            return fail(amount.error());
        sale.cart.lines << CartLine {Text::tr("Purchase"), amount->minor(), 1, {}};
    }
    ServiceContext ctx = context();
    QString memberName;
    if (a.options.contains(QStringLiteral("card"))) {
        auto v = MemberService(ctx).lookup(a.options.value(QStringLiteral("card")));
        if (!v)
            return fail(v.error());
        sale.memberId = v->member.id;
        sale.cardId = v->card.id;
        memberName = v->member.name;
    }
    auto r = CheckoutService(ctx).complete(sale);
    if (!r)
        return fail(r.error());
    const PurchaseRecord &p = r->purchase;
    const Money total(p.totalMinor, p.currency);
    QJsonObject o {{QStringLiteral("receipt"), p.receiptNo},
                   {QStringLiteral("uuid"), p.uuid},
                   {QStringLiteral("total"), total.toPlainString()},
                   {QStringLiteral("currency"), p.currency},
                   {QStringLiteral("points_earned"), p.pointsEarned}};
    QString text = Text::tr("Sale %1 recorded: %2").arg(p.receiptNo).arg(total.format());
    if (p.memberId) {
        o.insert(QStringLiteral("member"), memberName);
        o.insert(QStringLiteral("balance"), r->newBalance);
        text += QLatin1Char('\n')
            + Text::tr("%1 earned %Ln point(s); balance %2.", nullptr, int(p.pointsEarned))
                  .arg(memberName, QLocale().toString(r->newBalance));
    }
    print(o, text);
    return Ok;
}

int Runner::cmdCheck(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(Text::tr("\"check\" takes no arguments."));
    if (!openDatabase(Database::Mode::ExistingOnly))
        return m_exit;
    auto r = CheckService(*m_db).run();
    if (!r)
        return fail(r.error());
    print(QJsonObject {{QStringLiteral("ok"), r->ok()},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(r->problems)}},
          r->ok() ? Text::tr("The database is sound: every balance equals its ledger.")
                  : Text::tr("Problems found:\n  %1").arg(r->problems.join(QStringLiteral("\n  "))));
    return r->ok() ? Ok : Problems;
}

int Runner::cmdProgram(const QStringList &args)
{
    const Args a = parseArgs(args, {QStringLiteral("points"), QStringLiteral("per")});
    if (!a.error.isEmpty())
        return usage(a.error);
    const bool setEarn = a.words == QStringList {QStringLiteral("earn")};
    if (!a.words.isEmpty() && !setEarn)
        return usage(Text::tr("Use: loyalty-cli program [earn --points N --per AMOUNT]"));
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    ProgramService programs(*m_db);
    if (setEarn && !allowed(Action::ChangeProgram))
        return m_exit;
    if (setEarn) {
        if (!a.options.contains(QStringLiteral("points")) || !a.options.contains(QStringLiteral("per")))
            return usage(Text::tr(
                "Use: loyalty-cli program earn --points N --per AMOUNT, e.g. --points 1 --per 1.00"));
        bool ok = false;
        EarnRule rule;
        rule.points = a.options.value(QStringLiteral("points")).toLongLong(&ok);
        if (!ok)
            return fail(makeError(Error::Invalid,
                                  Text::tr("\"%1\" is not a whole number of points.")
                                      .arg(a.options.value(QStringLiteral("points")))));
        auto per = Money::parse(a.options.value(QStringLiteral("per")), m_terminal.currency, QLocale::c());
        if (!per)
            return fail(per.error());
        rule.perMinor = per->minor();
        if (auto r = programs.setEarnRule(m_terminal, rule, Clock::system().nowUtc(), m_actor); !r)
            return fail(r.error());
    }
    auto version = programs.inForce(m_terminal, Clock::system().nowUtc());
    if (!version)
        return fail(version.error());
    const Program *p = &version->program.base;
    const Money per(p->earn.perMinor, p->currency);
    const QString rounding = p->rounding == PointsRounding::Up ? Text::tr("rounded up")
        : p->rounding == PointsRounding::Nearest               ? Text::tr("rounded to the nearest")
                                                               : Text::tr("rounded down");
    QStringList levels;
    for (const Level &l : version->program.levels.levels)
        levels << Text::tr("%1 from %2").arg(l.name, Money(l.thresholdMinor, p->currency).format());
    print(QJsonObject {{QStringLiteral("currency"), p->currency},
                       {QStringLiteral("earn_points"), p->earn.points},
                       {QStringLiteral("earn_per"), per.toPlainString()},
                       {QStringLiteral("expiry_months"), p->expiryMonths},
                       {QStringLiteral("max_sale"), Money(p->maxSaleMinor, p->currency).toPlainString()},
                       {QStringLiteral("version"), version->uuid},
                       {QStringLiteral("settings"), ProgramCodec::toJson(version->program)}},
          Text::tr("Earn: %1 points per %2 paid (%5)\nPoints expire after: %3\nLargest sale: %4\nLevels: %6\n"
                   "In force since: %7")
              .arg(QLocale().toString(p->earn.points), per.format(),
                   p->expiryMonths == 0 ? Text::tr("never") : Text::tr("%1 months").arg(p->expiryMonths),
                   Money(p->maxSaleMinor, p->currency).format(), rounding,
                   levels.isEmpty() ? Text::tr("none") : levels.join(QStringLiteral(", ")),
                   QLocale().toString(version->effectiveFrom.toLocalTime(), QLocale::ShortFormat)));
    return Ok;
}

QString importActionName(ImportRow::Action a)
{
    switch (a) {
    case ImportRow::Action::Create:
        return QStringLiteral("create");
    case ImportRow::Action::Update:
        return QStringLiteral("update");
    case ImportRow::Action::Skip:
        return QStringLiteral("skip");
    case ImportRow::Action::Invalid:
        return QStringLiteral("error");
    }
    return {};
}

QJsonObject importReportJson(const ImportReport &r)
{
    QJsonArray rows;
    for (const ImportRow &row : r.rows) {
        QJsonObject o {{QStringLiteral("line"), row.line},
                       {QStringLiteral("action"), importActionName(row.action)},
                       {QStringLiteral("message"), row.message}};
        if (!row.errors.isEmpty())
            o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(row.errors));
        if (row.memberId)
            o.insert(QStringLiteral("member_id"), row.memberId);
        rows.append(o);
    }
    QJsonObject mapping;
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        const int c = r.mapping.column(ImportMapping::Field(f));
        mapping.insert(ImportMapping::key(ImportMapping::Field(f)),
                       c >= 0 ? QJsonValue(r.header.value(c)) : QJsonValue());
    }
    return QJsonObject {{QStringLiteral("file"), r.fileName},
                        {QStringLiteral("encoding"), r.encoding},
                        {QStringLiteral("delimiter"), QString(r.delimiter)},
                        {QStringLiteral("mapping"), mapping},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("total"), r.total()},
                        {QStringLiteral("create"), r.created},
                        {QStringLiteral("update"), r.updated},
                        {QStringLiteral("skip"), r.skipped},
                        {QStringLiteral("invalid"), r.invalid},
                        {QStringLiteral("points"), r.points},
                        {QStringLiteral("written"), r.written}};
}

QString importReportText(const ImportReport &r)
{
    QStringList lines;
    QStringList mapped;
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        const int c = r.mapping.column(ImportMapping::Field(f));
        if (c >= 0)
            mapped << QStringLiteral("%1=\"%2\"")
                          .arg(ImportMapping::key(ImportMapping::Field(f)), r.header.value(c));
    }
    lines << Text::tr("%1: %2, columns: %3").arg(r.fileName, r.encoding, mapped.join(QLatin1Char(' ')));
    for (const ImportRow &row : r.rows)
        lines << Text::tr("  line %1: %2: %3").arg(row.line).arg(importActionName(row.action), row.message);
    lines << Text::tr("%1 rows: %2 new, %3 updated, %4 already present, %5 with errors; %6 opening points.")
                 .arg(r.total())
                 .arg(r.created)
                 .arg(r.updated)
                 .arg(r.skipped)
                 .arg(r.invalid)
                 .arg(QLocale().toString(r.points));
    return lines.join(QLatin1Char('\n'));
}

int Runner::cmdImport(const QStringList &args)
{
    // Flags first: parseArgs would take the word after them for a value.
    QStringList rest = args;
    const bool dryRun = rest.removeAll(QStringLiteral("--dry-run")) > 0;
    const bool validOnly = rest.removeAll(QStringLiteral("--valid-only")) > 0;
    const Args a = parseArgs(rest, {QStringLiteral("map")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.words.size() != 2 || a.words.first() != QLatin1String("members"))
        return usage(Text::tr(
            "Use: loyalty-cli import members FILE [--dry-run] [--valid-only] [--map FIELD=COLUMN]..."));
    const QString path = a.words.at(1);
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;

    ImportService service(context());
    auto table = ImportService::read(path);
    if (!table)
        return fail(table.error());
    ImportMapping mapping = ImportMapping::detect(table->header);
    for (const QString &spec : a.options.values(QStringLiteral("map"))) {
        const int eq = spec.indexOf(QLatin1Char('='));
        const auto field = ImportMapping::fieldForKey(spec.left(eq));
        if (eq <= 0 || !field)
            return usage(Text::tr(
                "--map takes FIELD=COLUMN, FIELD one of name, first_name, last_name, phone, email, card, "
                "birthday, points, notes."));
        if (auto r = mapping.setFromText(*field, spec.mid(eq + 1), table->header); !r)
            return fail(r.error());
    }

    auto planned = service.plan(path, mapping);
    if (!planned)
        return fail(planned.error());
    if (dryRun || (planned->invalid > 0 && !validOnly)) {
        print(importReportJson(planned.value()), importReportText(planned.value()));
        if (dryRun)
            return Ok;
        return fail(makeError(Error::Invalid,
                              Text::tr("Nothing was imported: %n row(s) have errors. "
                                       "Correct them, or add --valid-only to import the "
                                       "other rows.",
                                       nullptr, planned->invalid)));
    }
    if (!allowed(Action::ImportMembers))
        return m_exit;
    ImportOptions options;
    options.validOnly = validOnly;
    options.staffId = m_actor.staffId;
    auto applied = service.apply(path, mapping, options);
    if (!applied)
        return fail(applied.error());
    print(importReportJson(applied.value()), importReportText(applied.value()));
    return Ok;
}

int Runner::cmdExport(const QStringList &args)
{
    const Args a = parseArgs(args, {QStringLiteral("out"), QStringLiteral("delimiter")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.words != QStringList {QStringLiteral("members")} || !a.options.contains(QStringLiteral("out")))
        return usage(Text::tr("Use: loyalty-cli export members --out FILE [--delimiter ';'|','|tab]"));
    ExportOptions options;
    const QString d = a.options.value(QStringLiteral("delimiter"), QStringLiteral(";"));
    if (d == QLatin1String("tab") || d == QLatin1String("\t"))
        options.delimiter = QLatin1Char('\t');
    else if (d == QLatin1String(",") || d == QLatin1String(";"))
        options.delimiter = d.at(0);
    else
        return usage(Text::tr("--delimiter is ';', ',' or tab."));
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    if (!allowed(Action::ExportPersonalData))
        return m_exit;
    auto r = ExportService(context()).exportMembers(a.options.value(QStringLiteral("out")), options);
    if (!r)
        return fail(r.error());
    print(QJsonObject {{QStringLiteral("file"), r->path}, {QStringLiteral("members"), r->members}},
          Text::tr("%1 members written to %2.").arg(r->members).arg(r->path));
    return Ok;
}

} // namespace

namespace Cli {
int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Runner runner(out, err);
    return runner.run(arguments);
}
} // namespace Cli

int Runner::cmdStaff(const QStringList &args)
{
    const Args a = parseArgs(args, {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("pin")});
    if (!a.error.isEmpty())
        return usage(a.error);
    const QString verb = a.words.value(0);
    if (a.words.size() != 1
        || !QStringList {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("deactivate")}
                .contains(verb))
        return usage(
            Text::tr("Use: loyalty-cli staff list | add --name N --role ROLE --pin P | deactivate --name N"));
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    ServiceContext ctx = context();
    StaffService staff(ctx);
    if (verb == QLatin1String("list")) {
        auto all = staff.list(false);
        if (!all)
            return fail(all.error());
        QJsonArray rows;
        QStringList lines;
        for (const StaffRecord &s : all.value()) {
            rows.append(QJsonObject {{QStringLiteral("id"), s.id},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("role"), s.role},
                                     {QStringLiteral("active"), s.active},
                                     {QStringLiteral("locked"), s.lockedUntil > Clock::system().nowUtc()}});
            lines << Text::tr("%1  %2%3")
                         .arg(s.name, s.role, s.active ? QString() : Text::tr(" (switched off)"));
        }
        print(QJsonObject {{QStringLiteral("staff"), rows}},
              lines.isEmpty() ? Text::tr("No staff accounts yet.") : lines.join(QLatin1Char('\n')));
        return Ok;
    }
    const QString name = a.options.value(QStringLiteral("name"));
    if (name.isEmpty())
        return usage(Text::tr("--name is needed."));
    if (verb == QLatin1String("add")) {
        const auto role = Permissions::roleFromCode(a.options.value(QStringLiteral("role")));
        if (!role)
            return usage(Text::tr("--role is cashier, manager or administrator."));
        auto created = staff.create(name, *role, a.options.value(QStringLiteral("pin")));
        if (!created)
            return fail(created.error());
        print(QJsonObject {{QStringLiteral("id"), created->id},
                           {QStringLiteral("name"), created->name},
                           {QStringLiteral("role"), created->role}},
              Text::tr("%1 can sign in as %2.").arg(created->name, Permissions::roleName(*role)));
        return Ok;
    }
    auto who = staff.byName(name);
    if (!who)
        return fail(who.error());
    if (auto r = staff.setActive(who->id, false); !r)
        return fail(r.error());
    print(QJsonObject {{QStringLiteral("id"), who->id}, {QStringLiteral("active"), false}},
          Text::tr("%1 can no longer sign in.").arg(who->name));
    return Ok;
}

int Runner::cmdAudit(const QStringList &args)
{
    const Args a = parseArgs(args,
                             {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("action"),
                              QStringLiteral("staff"), QStringLiteral("limit")});
    if (!a.error.isEmpty() || !a.words.isEmpty())
        return usage(a.error.isEmpty()
                         ? Text::tr("Use: loyalty-cli audit [--from D] [--to D] [--action A] [--limit N]")
                         : a.error);
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    if (!allowed(Action::ViewAudit))
        return m_exit;
    AuditService::Filter f;
    auto day = [&](const char *key, QDate *out) {
        const QString text = a.options.value(QLatin1String(key));
        if (text.isEmpty())
            return true;
        *out = QDate::fromString(text, Qt::ISODate);
        return out->isValid();
    };
    QDate from, to;
    if (!day("from", &from) || !day("to", &to))
        return usage(Text::tr("Dates are written YYYY-MM-DD."));
    if (from.isValid() && to.isValid() && from > to)
        return fail(makeError(Error::Invalid, Text::tr("The period ends before it starts.")));
    if (from.isValid())
        f.fromUtc = from.startOfDay().toUTC();
    if (to.isValid())
        f.toUtc = to.addDays(1).startOfDay().toUTC();
    f.action = a.options.value(QStringLiteral("action"));
    ServiceContext ctx = context();
    if (a.options.contains(QStringLiteral("staff"))) {
        auto who = StaffService(ctx).byName(a.options.value(QStringLiteral("staff")));
        if (!who)
            return fail(who.error());
        f.staffId = who->id;
    }
    bool ok = true;
    const int limit = a.options.value(QStringLiteral("limit"), QStringLiteral("100")).toInt(&ok);
    if (!ok || limit < 1)
        return usage(Text::tr("--limit is a whole number from 1."));
    auto rows = AuditService(ctx).list(f, 0, limit);
    if (!rows)
        return fail(rows.error());
    QJsonArray out;
    QStringList lines;
    for (const AuditRecord &r : rows.value()) {
        out.append(QJsonObject {{QStringLiteral("id"), r.id},
                                {QStringLiteral("at"), Ids::utcText(r.at)},
                                {QStringLiteral("staff"), r.staffName},
                                {QStringLiteral("approved_by"), r.approverName},
                                {QStringLiteral("action"), r.action},
                                {QStringLiteral("entity"), r.entity},
                                {QStringLiteral("entity_id"), r.entityId},
                                {QStringLiteral("before"), r.beforeJson},
                                {QStringLiteral("after"), r.afterJson}});
        lines << QStringLiteral("%1  %2  %3  %4 %5  %6")
                     .arg(QLocale().toString(r.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          r.staffName.isEmpty() ? QStringLiteral("-") : r.staffName, r.action, r.entity,
                          r.entityId, r.afterJson);
    }
    print(QJsonObject {{QStringLiteral("entries"), out}},
          lines.isEmpty() ? Text::tr("Nothing was recorded.") : lines.join(QLatin1Char('\n')));
    return Ok;
}

int Runner::cmdBackup(const QStringList &args)
{
    const Args a = parseArgs(args, {QStringLiteral("to")});
    if (!a.error.isEmpty() || !a.words.isEmpty())
        return usage(a.error.isEmpty() ? Text::tr("Use: loyalty-cli backup [--to DIR]") : a.error);
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    if (!allowed(Action::BackupNow))
        return m_exit;
    ServiceContext ctx = context();
    BackupService backups(ctx);
    const QString dir = a.options.value(QStringLiteral("to"), backups.folder());
    const QString target = QDir(dir).filePath(BackupService::fileNameFor(Clock::system().nowUtc()));
    if (auto c = BackupService::copy(m_db->path(), target); !c)
        return fail(c.error());
    if (auto r = backups.recordBackup(target); !r)
        return fail(r.error());
    print(QJsonObject {{QStringLiteral("file"), target}, {QStringLiteral("bytes"), QFileInfo(target).size()}},
          Text::tr("Backed up to %1.").arg(target));
    return Ok;
}

int Runner::cmdBackups(const QStringList &args)
{
    const Args a = parseArgs(args, {QStringLiteral("in")});
    if (!a.error.isEmpty() || !a.words.isEmpty())
        return usage(a.error.isEmpty() ? Text::tr("Use: loyalty-cli backups [--in DIR]") : a.error);
    QString dir = a.options.value(QStringLiteral("in"));
    if (dir.isEmpty()) {
        if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
            return m_exit;
        ServiceContext ctx = context();
        dir = BackupService(ctx).folder();
    }
    QJsonArray rows;
    QStringList lines;
    for (const BackupService::Entry &e : BackupService::list(dir)) {
        rows.append(QJsonObject {{QStringLiteral("file"), e.path},
                                 {QStringLiteral("made"), Ids::utcText(e.madeUtc)},
                                 {QStringLiteral("bytes"), e.bytes},
                                 {QStringLiteral("ok"), e.problem.isEmpty()},
                                 {QStringLiteral("problem"), e.problem}});
        lines << Text::tr("%1  %2  %3%4")
                     .arg(QLocale().toString(e.madeUtc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                          QLocale().formattedDataSize(e.bytes), e.path,
                          e.problem.isEmpty() ? QString() : Text::tr("  DAMAGED: %1").arg(e.problem));
    }
    print(QJsonObject {{QStringLiteral("folder"), dir}, {QStringLiteral("backups"), rows}},
          lines.isEmpty() ? Text::tr("No backups in %1.").arg(dir) : lines.join(QLatin1Char('\n')));
    return Ok;
}

int Runner::cmdRestore(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return usage(Text::tr("Use: loyalty-cli restore FILE"));
    // An administrator's, when the current database can say who is one; a damaged database cannot,
    // and then whoever runs this on the machine owns the file anyway.
    {
        auto db = Database::open(m_dbPath, Database::Mode::ExistingOnly);
        if (db) {
            m_db = std::move(db).value();
            if (!loadTerminal() || !allowed(Action::RestoreBackup))
                return m_exit;
            m_db.reset();
        } else if (db.error().kind != Error::Corrupt) {
            return fail(db.error());
        } else {
            m_actor = Actor::machineOwner();
        }
    }
    auto kept = BackupService::restore(m_actor, args.first(), m_dbPath, Clock::system().nowUtc());
    if (!kept)
        return fail(kept.error());
    if (!openDatabase(Database::Mode::CreateOrUpgrade) || !loadTerminal())
        return m_exit;
    ServiceContext ctx = context();
    Transaction tx(*m_db);
    if (!tx.begun())
        return fail(tx.beginError());
    if (auto r = AuditService(ctx).record(
            QStringLiteral("backup.restore"), QStringLiteral("file"), QFileInfo(args.first()).fileName(), {},
            {{QStringLiteral("kept_aside"), QFileInfo(kept.value()).fileName()}});
        !r)
        return fail(r.error());
    if (auto c = tx.commit(); !c)
        return fail(c.error());
    print(
        QJsonObject {{QStringLiteral("restored"), args.first()},
                     {QStringLiteral("kept_aside"), kept.value()}},
        Text::tr("Restored from %1. The database before it is kept as %2.").arg(args.first(), kept.value()));
    return Ok;
}

int Runner::cmdRefund(const QStringList &args)
{
    const Args a
        = parseArgs(args, {QStringLiteral("receipt"), QStringLiteral("reason"), QStringLiteral("lines")});
    bool ok = false;
    const qint64 receipt = a.options.value(QStringLiteral("receipt")).toLongLong(&ok);
    const QString use = Text::tr("Use: loyalty-cli refund --receipt N --reason TEXT [--lines LINE:QTY,...]");
    if (!a.error.isEmpty() || !a.words.isEmpty() || !ok)
        return usage(a.error.isEmpty() ? use : a.error);
    // "--lines 2:1,3:2": line 2 once, line 3 twice; without it, everything not yet given back.
    QVector<ReturnLine> lines;
    const QString spec = a.options.value(QStringLiteral("lines"));
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList lq = part.trimmed().split(QLatin1Char(':'));
        bool okLine = false, okQty = false;
        ReturnLine l;
        l.lineNo = lq.value(0).toInt(&okLine);
        l.quantity = lq.size() == 2 ? lq.value(1).toLongLong(&okQty) : 0;
        if (!okLine || !okQty || l.quantity <= 0)
            return usage(Text::tr("\"%1\" is not LINE:QUANTITY, e.g. 2:1.").arg(part.trimmed()));
        lines << l;
    }
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    RefundService refunds(context());
    auto sale = refunds.saleByReceipt(receipt);
    if (!sale)
        return fail(sale.error());
    auto r = refunds.refund(sale->id, lines, a.options.value(QStringLiteral("reason")));
    if (!r)
        return fail(r.error());
    print(QJsonObject {{QStringLiteral("refund_receipt"), r->refund.receiptNo},
                       {QStringLiteral("total"),
                        Money(r->refund.totalMinor, r->refund.currency).formatNumber()},
                       {QStringLiteral("points_reversed"), r->pointsReversed},
                       {QStringLiteral("points_returned"), r->pointsReturned},
                       {QStringLiteral("whole"), r->wholeSaleReturned},
                       {QStringLiteral("balance"), r->newBalance}},
          Text::tr("Receipt %1 given back as refund %2: %3; %4 points taken back, %5 points given back.")
              .arg(receipt)
              .arg(r->refund.receiptNo)
              .arg(Money(r->refund.totalMinor, r->refund.currency).format())
              .arg(r->pointsReversed)
              .arg(r->pointsReturned));
    return Ok;
}

int Runner::cmdReceipt(const QStringList &args)
{
    const Args a = parseArgs(args, {QStringLiteral("receipt")});
    bool ok = false;
    const qint64 receipt = a.options.value(QStringLiteral("receipt")).toLongLong(&ok);
    if (!a.error.isEmpty() || !a.words.isEmpty() || !ok)
        return usage(a.error.isEmpty() ? Text::tr("Use: loyalty-cli receipt --receipt N") : a.error);
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    auto r = ReceiptService(context()).byNumber(receipt);
    if (!r)
        return fail(r.error());
    QJsonArray lines;
    for (const Receipt::Line &l : r->lines)
        lines.append(
            QJsonObject {{QStringLiteral("description"), l.description},
                         {QStringLiteral("quantity"), l.quantity},
                         {QStringLiteral("total"), Money(l.totalMinor, r->currency).formatNumber()}});
    QJsonArray adjustments;
    for (const PurchaseAdjustmentRecord &x : r->adjustments)
        adjustments.append(
            QJsonObject {{QStringLiteral("kind"), x.kind},
                         {QStringLiteral("label"), x.label},
                         {QStringLiteral("amount"), Money(x.amountMinor, r->currency).formatNumber()},
                         {QStringLiteral("points"), x.points}});
    print(QJsonObject {{QStringLiteral("receipt"), r->receiptNo},
                       {QStringLiteral("refund"), r->refund},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("adjustments"), adjustments},
                       {QStringLiteral("subtotal"), Money(r->subtotalMinor, r->currency).formatNumber()},
                       {QStringLiteral("total"), Money(r->totalMinor, r->currency).formatNumber()},
                       {QStringLiteral("points_earned"), r->pointsEarned},
                       {QStringLiteral("points_redeemed"), r->pointsRedeemed},
                       {QStringLiteral("balance"), r->balanceAfter}},
          ReceiptFormat::text(r.value()).chopped(1));
    return Ok;
}

int Runner::cmdExpire(const QStringList &args)
{
    QStringList rest = args;
    const bool full = rest.removeAll(QStringLiteral("--full")) > 0;
    if (!rest.isEmpty())
        return usage(Text::tr("Use: loyalty-cli expire [--full]"));
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    auto r = ExpiryService(context()).run(full);
    if (!r)
        return fail(r.error());
    print(QJsonObject {{QStringLiteral("members"), r->members}, {QStringLiteral("points"), r->points}},
          r->points ? Text::tr("%1 points of %2 members expired.").arg(r->points).arg(r->members)
                    : Text::tr("No points had expired."));
    return Ok;
}

int Runner::cmdProduct(const QStringList &args)
{
    const Args a = parseArgs(args,
                             {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("price"),
                              QStringLiteral("category"), QStringLiteral("key")});
    const QString verb = a.words.value(0);
    if (!a.error.isEmpty() || a.words.size() != 1
        || (verb != QLatin1String("list") && verb != QLatin1String("add")))
        return usage(a.error.isEmpty() ? Text::tr(
                         "Use: loyalty-cli product list | add --code C --name N --price P [--category C] "
                         "[--key 1-9]")
                                       : a.error);
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    ProductService products(context());
    if (verb == QLatin1String("add")) {
        NewProduct p;
        p.code = a.options.value(QStringLiteral("code"));
        p.name = a.options.value(QStringLiteral("name"));
        p.price = a.options.value(QStringLiteral("price"));
        p.category = a.options.value(QStringLiteral("category"));
        bool ok = true;
        if (a.options.contains(QStringLiteral("key")))
            p.quickKey = a.options.value(QStringLiteral("key")).toInt(&ok);
        if (!ok)
            return usage(Text::tr("--key is a number from 1 to 9."));
        auto added = products.add(p);
        if (!added)
            return fail(added.error());
        print(QJsonObject {{QStringLiteral("code"), added->code}, {QStringLiteral("id"), added->id}},
              Text::tr("%1 added at %2.")
                  .arg(added->name, Money(added->priceMinor, m_terminal.currency).format()));
        return Ok;
    }
    auto all = products.list();
    if (!all)
        return fail(all.error());
    QJsonArray rows;
    QStringList lines;
    for (const ProductRecord &p : all.value()) {
        rows.append(
            QJsonObject {{QStringLiteral("code"), p.code},
                         {QStringLiteral("name"), p.name},
                         {QStringLiteral("price"), Money(p.priceMinor, m_terminal.currency).formatNumber()},
                         {QStringLiteral("category"), p.category},
                         {QStringLiteral("key"), p.quickKey}});
        lines << Text::tr("%1  %2  %3%4")
                     .arg(p.code, p.name, Money(p.priceMinor, m_terminal.currency).format(),
                          p.quickKey ? Text::tr("  Alt+%1").arg(p.quickKey) : QString());
    }
    print(QJsonObject {{QStringLiteral("products"), rows}},
          lines.isEmpty() ? Text::tr("No products yet.") : lines.join(QLatin1Char('\n')));
    return Ok;
}

int Runner::cmdSync(const QStringList &args)
{
    QStringList rest = args;
    const bool all = rest.removeAll(QStringLiteral("--all")) > 0;
    const Args a = parseArgs(rest, {QStringLiteral("out"), QStringLiteral("pg"), QStringLiteral("retries")});
    const QString use
        = Text::tr("Use: loyalty-cli sync export --out DIR [--all] | import DIR | push|pull|now --pg "
                   "CONNINFO [--retries N] | status");
    if (!a.error.isEmpty() || a.words.isEmpty())
        return usage(a.error.isEmpty() ? use : a.error);
    const QString what = a.words.first();
    if (!openDatabase(Database::Mode::ExistingOnly) || !loadTerminal())
        return m_exit;
    ServiceContext ctx = context();
    SyncService sync(ctx);
    if (what == QLatin1String("status") && a.words.size() == 1) {
        auto st = sync.status();
        if (!st)
            return fail(st.error());
        print(QJsonObject {{QStringLiteral("waiting"), st->waiting},
                           {QStringLiteral("last_sync_at"),
                            st->lastSyncAt.isValid() ? Ids::utcText(st->lastSyncAt) : QString()},
                           {QStringLiteral("last_error"), st->lastError},
                           {QStringLiteral("rows_waiting_for_parents"), st->pendingIn}},
              SyncService::describeStatus(st.value()));
        return Ok;
    }
    if (!allowed(Action::SyncExchange))
        return m_exit;
    if (what == QLatin1String("export") && a.words.size() == 1 && a.options.contains(QStringLiteral("out"))) {
        const QString dir = a.options.value(QStringLiteral("out"));
        auto s = sync.exportBatch(dir, all);
        if (!s)
            return fail(s.error());
        print(SyncService::toJson(s.value()), SyncService::describeExport(s.value(), dir));
        return Ok;
    }
    if (what == QLatin1String("import") && a.words.size() == 2) {
        auto s = sync.importBatch(a.words.at(1));
        if (!s)
            return fail(s.error());
        print(SyncService::toJson(s.value()), SyncService::describeImport(s.value()));
        return Ok;
    }
    const bool push = what == QLatin1String("push"), pull = what == QLatin1String("pull"),
               now = what == QLatin1String("now");
    if ((push || pull || now) && a.words.size() == 1) {
        const QString conninfo
            = a.options.value(QStringLiteral("pg"), qEnvironmentVariable("LOYALTY_SYNC_PG"));
        if (conninfo.isEmpty())
            return usage(Text::tr(
                "Name the head office: --pg \"host=… dbname=… user=… password=…\" (or LOYALTY_SYNC_PG)."));
        bool ok = true;
        const int retries = a.options.contains(QStringLiteral("retries"))
            ? a.options.value(QStringLiteral("retries")).toInt(&ok)
            : 3;
        if (!ok || retries < 0 || retries > 20)
            return usage(Text::tr("--retries takes a number from 0 to 20."));
        // Offline is normal; a refusal is not retried (RetryPolicy).
        const RetryPolicy policy = RetryPolicy::commandLine(retries);
        for (int attempt = 0;; ++attempt) {
            HeadOffice office(ctx, conninfo);
            Error error;
            QJsonObject json;
            QString text;
            if (push) {
                auto r = office.push();
                if (r) {
                    json = {{QStringLiteral("pushed"), r.value()}};
                    text = HeadOffice::describePush(r.value());
                } else {
                    error = r.error();
                }
            } else if (pull) {
                auto r = office.pull();
                if (r) {
                    json = SyncService::toJson(r.value());
                    text = SyncService::describeImport(r.value());
                } else {
                    error = r.error();
                }
            } else {
                auto r = office.sync();
                if (r) {
                    json = SyncService::toJson(r->pulled);
                    json.insert(QStringLiteral("pushed"), r->pushed);
                    text = HeadOffice::describe(r.value());
                } else {
                    error = r.error();
                }
            }
            if (error.message.isEmpty()) {
                print(json, text);
                return Ok;
            }
            if (!policy.retries(error, attempt)) {
                if (!now) // sync() noted it already
                    sync.noteFailure(error.message);
                return fail(error);
            }
            const auto wait = std::chrono::duration_cast<std::chrono::seconds>(policy.delay(attempt)).count();
            m_err << Text::tr("%1 Trying again in %2 s.").arg(error.message).arg(wait) << '\n';
            m_err.flush();
            QThread::sleep(static_cast<unsigned long>(wait));
        }
    }
    return usage(use);
}
