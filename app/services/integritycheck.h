#pragma once

#include "database.h"

#include <QStringList>

// `loyalty-cli check`: the file is sound, every cached balance equals its ledger and the running
// totals over the members equal what the members add up to.
struct IntegrityReport
{
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

class IntegrityCheck
{
public:
    explicit IntegrityCheck(Database &db)
        : m_db(db)
    {
    }
    Result<IntegrityReport> run();

private:
    Result<void> checkAggregates(IntegrityReport &report);

    Database &m_db;
};
