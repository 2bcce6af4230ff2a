#pragma once

#include "clock.h"
#include "database.h"
#include "records.h"

#include <QStringList>

// The demo shop of the README's run command: a terminal, members in the scripts our shops use,
// a blocked card and a few weeks of sales, all made through the real services.
struct DemoSummary
{
    TerminalRecord terminal;
    int members = 0;
    int sales = 0;
    QStringList cards; // the active demo cards, in the order the README lists them
    QString blockedCard;
};

class DemoData
{
public:
    // Creates the demo on an empty database (initializing the terminal), or adds its members to a
    // terminal that has none. Refuses a database that already has members.
    static Result<DemoSummary> create(Database &db, Clock &clock, const QString &currency);
    static QString defaultCurrency();
};
