#pragma once

#include "database.h"

#include <QStringList>

// `loyalty-cli check`: the file is sound and every cached balance equals its ledger.
struct CheckReport
{
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

class CheckService
{
public:
    explicit CheckService(Database &db)
        : m_db(db)
    {
    }
    Result<CheckReport> run();

private:
    Database &m_db;
};
