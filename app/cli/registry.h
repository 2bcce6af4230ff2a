#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Cli {

class Session;
class Args;

// One option of a command. A flag has no value name ("--yes"); an option with one takes the next
// word or "=value" ("--card N", "--card=N").
struct Option
{
    QString name; // without the dashes
    QString value; // the value's name in the synopsis; empty: a flag
    const char *help = nullptr; // QT_TRANSLATE_NOOP("Cli", ...)
    bool required = false; // shown without brackets; the command still says what is missing
    bool repeats = false; // may be given more than once ("--line ...")
};

// One command: its name (one or two words: "sale", "member find"), what follows the name, what it
// does, its options and the code that runs it with the options parsed.
struct Command
{
    QString name;
    QString words; // positional arguments in the synopsis: "CARD|PHONE", "KEEP OTHER"
    const char *summary = nullptr; // QT_TRANSLATE_NOOP("Cli", ...)
    QVector<Option> options;
    std::function<int(Session &, const Args &)> run;

    QString synopsis() const; // "member edit MEMBER [--name N] ... [--shared]"
    const Option *option(const QString &name) const;
};

// A first word shared by several commands ("member", "sync"), and what to say when the second
// word is missing or unknown.
struct Group
{
    QString name;
    const char *usage = nullptr; // QT_TRANSLATE_NOOP("Cli", ...), shown as a usage error
};

class Registry
{
public:
    void add(Command command) { m_commands.push_back(std::move(command)); }
    void addGroup(Group group) { m_groups.push_back(std::move(group)); }
    const QVector<Command> &commands() const { return m_commands; }
    const Command *find(const QString &name) const;
    const Group *group(const QString &name) const;
    // The commands whose name starts with "prefix ", in the order they were added.
    QVector<const Command *> under(const QString &prefix) const;

    // Every command of loyalty-cli, in the order --help lists them.
    static const Registry &all();

private:
    QVector<Command> m_commands;
    QVector<Group> m_groups;
};

// The help texts, made from the registry.
QString helpText(const Registry &registry);
QString commandHelp(const Registry &registry, const Command &command);
QString groupHelp(const Registry &registry, const QString &group);

// The command files (commands/*.cpp) each add theirs.
namespace Commands {
void addShop(Registry &r); // init, demo, check, expire
void addMembers(Registry &r); // member find/search/add, then addMemberAdmin, then balance
void addMemberAdmin(Registry &r); // member edit/replace-card/merge/erase/adjust
void addSale(Registry &r); // sale, receipt, refund
void addProgram(Registry &r); // program show/earn/export/import
void addTransfer(Registry &r); // import members, export members
void addStaff(Registry &r); // staff, audit
void addProducts(Registry &r); // product list/add
void addBackup(Registry &r); // backup, backups, restore
void addSync(Registry &r); // sync export/import/push/pull/now/status
void addReport(Registry &r); // report summary/sales/...
} // namespace Commands

} // namespace Cli
