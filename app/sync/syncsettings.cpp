#include "syncsettings.h"

#include "auditservice.h"
#include "headoffice.h"
#include "repositories.h"
#include "syncservice.h"

#include <QJsonObject>

namespace {

// What the audit keeps of a head office: everything but the password.
QJsonObject audited(const SyncSettings::Values &v)
{
    QList<QPair<QString, QString>> pairs = HeadOffice::parseConninfo(v.conninfo);
    pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                               [](const auto &kv) { return kv.first == QLatin1String("password"); }),
                pairs.end());
    return QJsonObject {{QLatin1String(HeadOffice::kConninfoKey), HeadOffice::makeConninfo(pairs)},
                        {QLatin1String(HeadOffice::kIntervalKey), v.intervalMinutes}};
}

} // namespace

Result<SyncSettings::Values> SyncSettings::load()
{
    SettingsRepository settings(m_ctx.db);
    Values v;
    auto info = settings.value(QLatin1String(HeadOffice::kConninfoKey));
    if (!info)
        return info.error();
    if (info->has_value())
        v.conninfo = info->value();
    auto every = settings.value(QLatin1String(HeadOffice::kIntervalKey));
    if (!every)
        return every.error();
    if (every->has_value())
        v.intervalMinutes = every->value().toInt();
    return v;
}

Result<void> SyncSettings::save(const Values &values)
{
    if (auto r = SyncService::mayExchange(m_ctx.actor); !r)
        return r;
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    auto before = load();
    if (!before)
        return before.error();
    SettingsRepository settings(m_ctx.db);
    const QDateTime now = m_ctx.clock.nowUtc();
    if (auto r = settings.setValue(QLatin1String(HeadOffice::kConninfoKey), values.conninfo,
                                   m_ctx.terminal.uuid, now);
        !r)
        return r;
    if (auto r = settings.setValue(QLatin1String(HeadOffice::kIntervalKey),
                                   QString::number(values.intervalMinutes), m_ctx.terminal.uuid, now);
        !r)
        return r;
    if (!(before.value() == values)) {
        if (auto r = AuditService(m_ctx).record(QStringLiteral("sync.settings"), QStringLiteral("setting"),
                                                QLatin1String(HeadOffice::kConninfoKey),
                                                audited(before.value()), audited(values));
            !r)
            return r;
    }
    return tx.commit();
}
