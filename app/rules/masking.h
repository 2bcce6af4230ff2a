#pragma once

#include <QString>

// What a cashier sees of a member's contact details: enough to confirm ("ends in 89"), not enough
// to copy. Managers see them whole.
namespace Masking {
QString phone(const QString &phone); // "+7 (912) 345-67-89" -> "+7 (•••) •••-••-89"
QString email(const QString &email); // "anna.petrova@example.com" -> "a•••@example.com"
} // namespace Masking
