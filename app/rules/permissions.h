#pragma once

#include <QList>
#include <QString>

#include <optional>

// Who may do what: the one permission matrix of the terminal (docs/roles.md shows the same table,
// and tst_permissions checks that the two never drift apart).
enum class Role
{
    Cashier,
    Manager,
    Administrator,
};

enum class Action
{
    Sell,
    EnrollMember,
    EditMember,
    ViewContacts, // unmasked phone and e-mail
    ReplaceLostCard,
    Refund,
    VoidSale,
    AdjustPoints,
    MergeMembers,
    EraseMember,
    ImportMembers,
    ExportPersonalData,
    ChangeProgram,
    ViewReports,
    ViewAudit,
    BackupNow,
    RestoreBackup,
    SyncExchange,
    ManageStaff,
    ChangeSettings,
};

// Allowed: go ahead. ManagerApproval: a manager (or administrator) types their PIN over this
// session. Denied: only somebody with another role, logged in, may do it.
enum class Need
{
    Allowed,
    ManagerApproval,
    Denied,
};

namespace Permissions {
Need need(Role role, Action action);
inline bool allowed(Role role, Action action)
{
    return need(role, action) == Need::Allowed;
}
QList<Action> allActions();
QList<Role> allRoles();
QString roleCode(Role role); // as stored in staff.role
std::optional<Role> roleFromCode(const QString &code);
QString roleName(Role role); // translated
QString actionName(Action action); // translated
QString actionCode(Action action); // stable, for the audit trail and docs/roles.md
QString needCode(Need need); // "allowed", "approval", "denied" (docs/roles.md)
} // namespace Permissions
