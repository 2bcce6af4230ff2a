#pragma once

#include <QString>
#include <QStringList>

// Earn: `points` points for every `perMinor` minor units paid, rounded down (floor). The default,
// 1 point per 1.00, is "1 point per currency unit". A fraction of a point is never given: 9.99 earns 9.
struct EarnRule
{
    qint64 points = 1;
    qint64 perMinor = 100;
};

// The loyalty program in force at a moment. Loaded from the settings table by ProgramService.
struct Program
{
    QString currency;
    EarnRule earn;
    int expiryMonths = 12; // earned points expire N months after the sale; 0 = never
    qint64 maxSaleMinor = 100000000; // a sale above this is refused as a typing mistake (1,000,000.00)
    qint64 maxQuantity = 9999;

    // Messages for every contradiction in the settings; empty when the program is usable.
    QStringList validate() const;
};
