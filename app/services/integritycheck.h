#pragma once

#include "database.h"

#include <QStringList>

// `loyalty-cli check`: the file is sound and every cached balance equals its ledger.
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
    Database &m_db;
};
