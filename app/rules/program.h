#pragma once

#include <QString>
#include <QStringList>

// Earn: `points` points for every `perMinor` minor units paid. The default, 1 point per 1.00, is
// "1 point per currency unit"; how a fraction of a point is rounded is the program's choice
// (down by default: 9.99 earns 9).
struct EarnRule
{
    qint64 points = 1;
    qint64 perMinor = 100;
};

enum class PointsRounding
{
    Down, // 9.99 → 9 (the usual: a point is given only when it is fully earned)
    Nearest, // half up: 9.5 → 10, 9.49 → 9
    Up, // 9.01 → 10
};

// The loyalty program's base: the earn rule and the shop's limits. Read from the program version
// in force (ProgramService); PricingProgram adds levels, offers and paying with points.
struct Program
{
    QString currency;
    EarnRule earn;
    PointsRounding rounding = PointsRounding::Down;
    int expiryMonths = 12; // earned points expire N months after the sale; 0 = never
    qint64 maxSaleMinor = 100000000; // a sale above this is refused as a typing mistake (1,000,000.00)
    qint64 maxQuantity = 9999;
    QStringList noEarnCategories; // lines of these categories earn no points ("Tobacco")
    QStringList noEarnProducts; // product codes that earn no points ("GIFTCARD")
    qint64 welcomeBonus = 0; // points on enrolment
    qint64 referralBonus = 0; // points for both members on the referred member's first sale
    QString feedbackScale = QStringLiteral("csat"); // the question after a member sale: "csat", "nps", "off"

    // Messages for every contradiction in the settings; empty when the program is usable.
    QStringList validate() const;
};
