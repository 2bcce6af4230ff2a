#pragma once

#include "context.h"

#include <QCoreApplication>

// The head office this terminal syncs with and how often it does by itself: settings of this
// terminal (they never travel), changed by a manager or an administrator (Action::SyncExchange)
// and written to the audit trail, the password left out.
class SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    explicit SyncSettings(ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }

    struct Values
    {
        QString conninfo; // libpq's key=value form; empty: no head office
        int intervalMinutes = 5; // 0: only when asked
        bool operator==(const Values &o) const
        {
            return conninfo == o.conninfo && intervalMinutes == o.intervalMinutes;
        }
    };
    Result<Values> load();
    // Saves both in one transaction, with an audit line when they change.
    Result<void> save(const Values &values);

private:
    ServiceContext &m_ctx;
};
