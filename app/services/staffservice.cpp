#include "staffservice.h"

#include "auditservice.h"
#include "ids.h"
#include "pin.h"

#include <QJsonObject>
#include <QLocale>

namespace {
QJsonObject describe(const StaffRecord &s)
{
    // Never the PIN nor its hash: the trail is read by managers.
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("role"), s.role},
            {QStringLiteral("active"), s.active}};
}
} // namespace

Actor StaffService::actorOf(const StaffRecord &s)
{
    Actor a;
    a.staffId = s.id;
    a.name = s.name;
    a.role = Permissions::roleFromCode(s.role).value_or(Role::Cashier);
    return a;
}

Result<void> StaffService::checkRole(const Actor &actor, Action action)
{
    if (Permissions::need(actor.role, action) != Need::Allowed)
        return makeError(Error::Forbidden,
                         tr("%1: a %2 may not do this.")
                             .arg(Permissions::actionName(action), Permissions::roleName(actor.role)));
    return {};
}

Result<void> StaffService::checkActor(Action action) const
{
    return checkRole(m_ctx.actor, action);
}

bool StaffService::hasStaff()
{
    auto n = m_store.countActive();
    return n && n.value() > 0;
}

Result<StaffRecord> StaffService::create(const QString &rawName, Role role, const QString &pin)
{
    const QString name = rawName.simplified();
    if (name.isEmpty())
        return onField(makeError(Error::Invalid, tr("Type the person's name.")), "name");
    if (name.size() > 60)
        return onField(makeError(Error::Invalid, tr("A name has at most 60 characters.")), "name");
    if (auto v = Pin::validate(pin); !v)
        return onField(v.error(), "pin");
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    auto existing = m_store.countActive();
    if (!existing)
        return existing.error();
    if (existing.value() == 0) {
        if (role != Role::Administrator)
            return makeError(Error::Invalid, tr("The first account must be an administrator's."));
    } else if (auto ok = checkActor(Action::ManageStaff); !ok) {
        return ok.error();
    }
    if (auto same = byName(name); same)
        return onField(makeError(Error::Conflict, tr("%1 already has an account.").arg(name)), "name");
    const Pin::Hashed h = Pin::hash(pin);
    StaffRecord s;
    s.createdAt = s.updatedAt = m_ctx.clock.nowUtc();
    s.uuid = Ids::newUuid(s.createdAt);
    s.originTerminal = m_ctx.terminal.uuid;
    s.name = name;
    s.role = Permissions::roleCode(role);
    s.pinHash = h.hash;
    s.pinSalt = h.salt;
    s.pinIterations = h.iterations;
    if (auto r = m_store.insert(s); !r)
        return r.error();
    if (auto r = AuditService(m_ctx).record(QStringLiteral("staff.create"), QStringLiteral("staff"),
                                            QString::number(s.id), {}, describe(s));
        !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return s;
}

Result<QVector<StaffRecord>> StaffService::list(bool activeOnly)
{
    return m_store.list(activeOnly);
}

Result<StaffRecord> StaffService::byId(qint64 staffId)
{
    auto s = m_store.findById(staffId);
    if (!s)
        return s.error();
    if (!s->has_value())
        return makeError(Error::NotFound, tr("This staff member does not exist."));
    return s->value();
}

Result<StaffRecord> StaffService::byName(const QString &name)
{
    auto all = m_store.list(true);
    if (!all)
        return all.error();
    for (const StaffRecord &s : all.value()) {
        if (s.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return s;
    }
    return makeError(Error::NotFound, tr("Nobody called %1 has an account here.").arg(name));
}

Result<StaffRecord> StaffService::login(qint64 staffId, const QString &pin)
{
    const QDateTime now = m_ctx.clock.nowUtc();
    // The failure count is committed even when the sign-in fails: that is the point of it.
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    auto found = byId(staffId);
    if (!found)
        return found.error();
    StaffRecord s = found.value();
    if (!s.active)
        return makeError(Error::Forbidden, tr("%1's account is switched off.").arg(s.name));
    if (s.lockedUntil.isValid() && s.lockedUntil > now) {
        const qint64 wait = qMax<qint64>(1, now.secsTo(s.lockedUntil));
        return onField(makeError(Error::Blocked,
                                 tr("Too many wrong PINs. Try again in %1.")
                                     .arg(wait < 120 ? tr("%n second(s)", nullptr, int(wait))
                                                     : tr("%n minute(s)", nullptr, int((wait + 59) / 60)))),
                       "pin");
    }
    if (Pin::verify(pin, {s.pinHash, s.pinSalt, s.pinIterations})) {
        if (s.failedAttempts != 0 || s.lockedUntil.isValid()) {
            if (auto r = m_store.setAttempts(s.id, 0, {}, now); !r)
                return r.error();
            s.failedAttempts = 0;
            s.lockedUntil = {};
        }
        if (auto c = tx.commit(); !c)
            return c.error();
        return s;
    }
    const int failed = s.failedAttempts + 1;
    const qint64 lock = Pin::lockSeconds(failed);
    const QDateTime until = lock ? now.addSecs(lock) : QDateTime();
    if (auto r = m_store.setAttempts(s.id, failed, until, now); !r)
        return r.error();
    if (lock) {
        ServiceContext as(m_ctx.db, m_ctx.clock, m_ctx.terminal, actorOf(s));
        if (auto r = AuditService(as).record(
                QStringLiteral("staff.locked"), QStringLiteral("staff"), QString::number(s.id), {},
                {{QStringLiteral("failed_attempts"), failed}, {QStringLiteral("locked_seconds"), lock}});
            !r)
            return r.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    if (lock)
        return onField(
            makeError(Error::Blocked,
                      tr("Wrong PIN. The account is locked for %n second(s).", nullptr, int(lock))),
            "pin");
    const int left = Pin::kFreeTries - failed;
    return onField(
        makeError(Error::Invalid, tr("Wrong PIN. %n more try(s) before the account locks.", nullptr, left)),
        "pin");
}

Result<StaffRecord> StaffService::approve(qint64 staffId, const QString &pin, Action action)
{
    auto s = login(staffId, pin);
    if (!s)
        return s.error();
    const Role role = Permissions::roleFromCode(s->role).value_or(Role::Cashier);
    if (Permissions::need(role, action) != Need::Allowed)
        return makeError(
            Error::Forbidden,
            tr("%1 cannot approve this: %2 needs a manager.").arg(s->name, Permissions::actionName(action)));
    return s;
}

Result<void> StaffService::changePin(qint64 staffId, const QString &oldPin, const QString &newPin)
{
    if (auto v = Pin::validate(newPin); !v)
        return onField(v.error(), "newPin");
    auto s = login(staffId, oldPin);
    if (!s)
        return s.error();
    const Pin::Hashed h = Pin::hash(newPin);
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    if (auto r = m_store.setPin(staffId, h.hash, h.salt, h.iterations, m_ctx.clock.nowUtc()); !r)
        return r;
    ServiceContext as(m_ctx.db, m_ctx.clock, m_ctx.terminal, actorOf(s.value()));
    if (auto r = AuditService(as).record(QStringLiteral("staff.pin_changed"), QStringLiteral("staff"),
                                         QString::number(staffId), {}, {});
        !r)
        return r;
    return tx.commit();
}

Result<void> StaffService::setActive(qint64 staffId, bool active)
{
    if (auto ok = checkActor(Action::ManageStaff); !ok)
        return ok;
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    auto s = byId(staffId);
    if (!s)
        return s.error();
    if (s->active == active)
        return tx.commit();
    if (!active && s->role == Permissions::roleCode(Role::Administrator)) {
        auto admins = m_store.countActive(s->role);
        if (!admins)
            return admins.error();
        if (admins.value() <= 1)
            return makeError(Error::Conflict,
                             tr("%1 is the last administrator: make another one first.").arg(s->name));
    }
    StaffRecord after = s.value();
    after.active = active;
    if (auto r = m_store.setActive(staffId, active, m_ctx.clock.nowUtc()); !r)
        return r;
    if (auto r = AuditService(m_ctx).record(QStringLiteral("staff.active"), QStringLiteral("staff"),
                                            QString::number(staffId), describe(s.value()), describe(after));
        !r)
        return r;
    return tx.commit();
}

Result<void> StaffService::authorize(Action action, qint64 approvedBy)
{
    const Need need = Permissions::need(m_ctx.actor.role, action);
    if (need == Need::Allowed)
        return {};
    if (need == Need::ManagerApproval && approvedBy != 0) {
        auto approver = byId(approvedBy);
        if (!approver && approver.error().kind != Error::NotFound)
            return approver.error();
        if (approver && approver->active) {
            const auto role = Permissions::roleFromCode(approver->role);
            if (role && Permissions::allowed(*role, action))
                return {};
        }
    }
    return makeError(
        Error::Forbidden,
        need == Need::ManagerApproval
            ? tr("%1: a manager must approve this.").arg(Permissions::actionName(action))
            : tr("%1: a %2 may not do this.")
                  .arg(Permissions::actionName(action), Permissions::roleName(m_ctx.actor.role)));
}
