#pragma once

#include "context.h"
#include "permissions.h"
#include "staffstore.h"

#include <QCoreApplication>

// Staff accounts and signing in. PINs are kept only as salted PBKDF2 hashes (app/rules/pin.h);
// wrong tries lock the account for a growing delay, and the count survives a restart.
class StaffService
{
    Q_DECLARE_TR_FUNCTIONS(StaffService)
public:
    explicit StaffService(ServiceContext &ctx)
        : m_ctx(ctx)
        , m_store(ctx.db)
    {
    }

    // Needs ManageStaff, except for the very first account, which must be an administrator.
    Result<StaffRecord> create(const QString &name, Role role, const QString &pin);
    Result<QVector<StaffRecord>> list(bool activeOnly = true);
    Result<StaffRecord> byId(qint64 staffId);
    Result<StaffRecord> byName(const QString &name);
    bool hasStaff();

    // The PIN of this person: their record, or why not (wrong PIN and tries left, locked and until when).
    Result<StaffRecord> login(qint64 staffId, const QString &pin);
    // A manager's PIN typed over another person's session: login, and the approver's role must be
    // allowed the action outright.
    Result<StaffRecord> approve(qint64 staffId, const QString &pin, Action action);
    Result<void> changePin(qint64 staffId, const QString &oldPin, const QString &newPin);
    // Needs ManageStaff; the last active administrator stays.
    Result<void> setActive(qint64 staffId, bool active);

    static Actor actorOf(const StaffRecord &s);
    // May the acting person do `action`: alone, or with `approvedBy`, the staff id of an active
    // person whose role allows it (the manager who typed their PIN over the session)?
    Result<void> authorize(Action action, qint64 approvedBy);
    // May `actor` do `action` alone, by their role (no approval counts; needs no database).
    static Result<void> checkRole(const Actor &actor, Action action);

private:
    Result<void> checkActor(Action action) const;

    ServiceContext &m_ctx;
    StaffStore m_store;
};
