#pragma once

#include "context.h"

#include <QCoreApplication>

struct LevelReview
{
    qint64 members = 0; // members whose level went down
    QString period; // the month reviewed ("2026-11"); empty when it was already done
};

// Club levels go up during the sale that crosses a threshold (CheckoutService) and down only at the
// period's end: on the first run in a new month, every member holding a level their spend over the
// level period (counted to the start of this month) no longer reaches is moved to the level it does
// reach. Idempotent: the month done is kept in the setting levels.reviewed_through.
class LevelService
{
    Q_DECLARE_TR_FUNCTIONS(LevelService)
public:
    explicit LevelService(const ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }
    Result<LevelReview> review();

private:
    ServiceContext m_ctx;
};
