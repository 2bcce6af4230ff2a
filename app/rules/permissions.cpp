#include "permissions.h"

#include <QCoreApplication>

namespace {

constexpr Need A = Need::Allowed;
constexpr Need M = Need::ManagerApproval;
constexpr Need D = Need::Denied;

struct Row
{
    Action action;
    const char *code;
    const char *name;
    Need cashier, manager, administrator;
};

// The matrix. Money leaks through refunds, voids and adjustments, and personal data through
// exports: a cashier does those only under a manager's PIN. Staff, restores and shop settings
// belong to the administrator.
// clang-format off
const Row kRows[] = {
    {Action::Sell,               "sell",                 QT_TRANSLATE_NOOP("Permissions", "Record a sale"),                A, A, A},
    {Action::EnrollMember,       "enroll_member",        QT_TRANSLATE_NOOP("Permissions", "Enrol a member"),               A, A, A},
    {Action::EditMember,         "edit_member",          QT_TRANSLATE_NOOP("Permissions", "Edit a member"),                A, A, A},
    {Action::ReplaceLostCard,    "replace_lost_card",    QT_TRANSLATE_NOOP("Permissions", "Replace a lost card"),          A, A, A},
    {Action::ViewContacts,       "view_contacts",        QT_TRANSLATE_NOOP("Permissions", "See full phone and e-mail"),    D, A, A},
    {Action::Refund,             "refund",               QT_TRANSLATE_NOOP("Permissions", "Refund a sale"),                M, A, A},
    {Action::VoidSale,           "void_sale",            QT_TRANSLATE_NOOP("Permissions", "Void a sale"),                  M, A, A},
    {Action::AdjustPoints,       "adjust_points",        QT_TRANSLATE_NOOP("Permissions", "Adjust points by hand"),        M, A, A},
    {Action::MergeMembers,       "merge_members",        QT_TRANSLATE_NOOP("Permissions", "Merge two members"),            M, A, A},
    {Action::EraseMember,        "erase_member",         QT_TRANSLATE_NOOP("Permissions", "Erase a member's personal data"), M, A, A},
    {Action::ImportMembers,      "import_members",       QT_TRANSLATE_NOOP("Permissions", "Import members"),               M, A, A},
    {Action::ExportPersonalData, "export_personal_data", QT_TRANSLATE_NOOP("Permissions", "Export personal data"),         M, A, A},
    {Action::ChangeProgram,      "change_program",       QT_TRANSLATE_NOOP("Permissions", "Change the loyalty program"),   M, A, A},
    {Action::ViewReports,        "view_reports",         QT_TRANSLATE_NOOP("Permissions", "Read reports"),                 D, A, A},
    {Action::ViewAudit,          "view_audit",           QT_TRANSLATE_NOOP("Permissions", "Read the audit trail"),         D, A, A},
    {Action::BackupNow,          "backup_now",           QT_TRANSLATE_NOOP("Permissions", "Back up now"),                  D, A, A},
    {Action::RestoreBackup,      "restore_backup",       QT_TRANSLATE_NOOP("Permissions", "Restore a backup"),             D, D, A},
    {Action::SyncExchange,       "sync_exchange",        QT_TRANSLATE_NOOP("Permissions", "Exchange data with head office"), D, A, A},
    {Action::ManageStaff,        "manage_staff",         QT_TRANSLATE_NOOP("Permissions", "Manage staff and PINs"),        D, D, A},
    {Action::ChangeSettings,     "change_settings",      QT_TRANSLATE_NOOP("Permissions", "Change shop settings"),         D, D, A},
};
// clang-format on

const Row &rowOf(Action action)
{
    for (const Row &r : kRows) {
        if (r.action == action)
            return r;
    }
    Q_UNREACHABLE();
}

} // namespace

namespace Permissions {

Need need(Role role, Action action)
{
    const Row &r = rowOf(action);
    switch (role) {
    case Role::Cashier:
        return r.cashier;
    case Role::Manager:
        return r.manager;
    case Role::Administrator:
        return r.administrator;
    }
    return Need::Denied;
}

QList<Action> allActions()
{
    QList<Action> out;
    for (const Row &r : kRows)
        out << r.action;
    return out;
}

QList<Role> allRoles()
{
    return {Role::Cashier, Role::Manager, Role::Administrator};
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role r : allRoles()) {
        if (roleCode(r) == code)
            return r;
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QCoreApplication::translate("Permissions", "cashier");
    case Role::Manager:
        return QCoreApplication::translate("Permissions", "manager");
    case Role::Administrator:
        return QCoreApplication::translate("Permissions", "administrator");
    }
    return {};
}

QString actionName(Action action)
{
    return QCoreApplication::translate("Permissions", rowOf(action).name);
}

QString actionCode(Action action)
{
    return QLatin1String(rowOf(action).code);
}

QString needCode(Need need)
{
    switch (need) {
    case Need::Allowed:
        return QStringLiteral("allowed");
    case Need::ManagerApproval:
        return QStringLiteral("approval");
    case Need::Denied:
        return QStringLiteral("denied");
    }
    return {};
}

} // namespace Permissions
