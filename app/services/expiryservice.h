#pragma once

#include "context.h"

#include <QCoreApplication>

struct ExpiryReport
{
    qint64 members = 0;
    qint64 points = 0;
    QDate doneThrough; // lots that expired before this day are settled
};

// Points expire: every lot whose expiry day is over loses what is left of it, as one
// 'expire' ledger entry per member with allocations naming the lots, in one transaction. Running it
// again changes nothing: a settled lot has nothing left. The day up to which lots were settled is
// kept (setting expiry.done_through), so a daily run reads only the lots that expired since.
class ExpiryService
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryService)
public:
    explicit ExpiryService(const ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }
    // full: read every expired lot, not only those since the last run (after a sync brought old lots).
    Result<ExpiryReport> run(bool full = false);

private:
    ServiceContext m_ctx;
};
