#include "auditservice.h"

#include "ids.h"
#include "repositories.h"
#include "staffservice.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace {
// The newest line's hash, kept beside the trail: without it, deleting the last lines would leave a
// chain that still checks.
const QString kHeadKey = QStringLiteral("audit.head");

QString jsonText(const QJsonObject &o)
{
    // Nothing before (a creation) or after (a deletion) is stored as NULL, not "{}".
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QString AuditService::hashOf(const AuditRecord &a)
{
    // Fields joined by the unit separator, which none of them can hold unescaped (JSON escapes it).
    const QStringList fields = {a.prevHash,
                                a.uuid,
                                a.originTerminal,
                                Ids::utcText(a.at),
                                QString::number(a.staffId),
                                QString::number(a.approvedBy),
                                a.action,
                                a.entity,
                                a.entityId,
                                a.beforeJson,
                                a.afterJson};
    return QString::fromLatin1(
        QCryptographicHash::hash(fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<void> AuditService::record(const QString &action, const QString &entity, const QString &entityId,
                                  const QJsonObject &before, const QJsonObject &after, qint64 approvedBy)
{
    AuditRecord a;
    a.at = m_ctx.clock.nowUtc();
    a.uuid = Ids::newUuid(a.at);
    a.originTerminal = m_ctx.terminal.uuid;
    a.staffId = m_ctx.actor.staffId;
    a.approvedBy = approvedBy;
    a.action = action;
    a.entity = entity;
    a.entityId = entityId;
    a.beforeJson = jsonText(before);
    a.afterJson = jsonText(after);
    auto prev = m_store.lastHash(a.originTerminal);
    if (!prev)
        return prev.error();
    a.prevHash = prev.value();
    a.hash = hashOf(a);
    if (auto r = m_store.insert(a); !r)
        return r;
    return SettingsRepository(m_ctx.db).setValue(kHeadKey, a.hash, a.originTerminal, a.at);
}

Result<void> AuditService::mayRead()
{
    return StaffService(m_ctx).authorize(Action::ViewAudit, 0);
}

Result<QVector<AuditRecord>> AuditService::list(const Filter &f, int offset, int limit)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    return m_store.list(f, offset, limit);
}

Result<qint64> AuditService::count(const Filter &f)
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    return m_store.count(f);
}

Result<QStringList> AuditService::actions()
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    return m_store.actions();
}

Result<AuditService::ChainCheck> AuditService::verifyChain()
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    ChainCheck check;
    QString terminal, prevHash, localLast;
    auto walked = m_store.forEach([&](const AuditRecord &a) {
        if (a.originTerminal != terminal) {
            terminal = a.originTerminal;
            prevHash.clear();
        }
        ++check.lines;
        if (a.prevHash != prevHash) {
            check.message
                = tr("Audit line %1 does not follow the line before it: a line was deleted, added or "
                     "moved.")
                      .arg(a.id);
        } else if (hashOf(a) != a.hash) {
            check.message = tr("Audit line %1 was changed after it was written.").arg(a.id);
        } else {
            prevHash = a.hash;
            if (terminal == m_ctx.terminal.uuid)
                localLast = a.hash;
            return true;
        }
        check.ok = false;
        check.firstBrokenId = a.id;
        return false;
    });
    if (!walked)
        return walked.error();
    if (check.ok) {
        auto head = SettingsRepository(m_ctx.db).value(kHeadKey);
        if (!head)
            return head.error();
        if (head->value_or(QString()) != localLast) {
            check.ok = false;
            check.message = tr("The newest audit lines are missing: the trail ends before its last recorded "
                               "line.");
        }
    }
    return check;
}
