#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

// Staff PINs: what a PIN may be, how it is kept (salted PBKDF2-SHA256, never the PIN itself) and
// how long an account stays locked after wrong tries. Pure functions; StaffService stores the rows.
namespace Pin {

constexpr int kMinLength = 4;
constexpr int kMaxLength = 8;
// About 30 ms per check on the till's CPU (measured in tst_pin's benchmark): slow enough that the
// hashes of a stolen file cost years to try for 8 digits, fast enough for a PIN pad.
constexpr int kIterations = 20000;
constexpr int kFreeTries = 5; // wrong tries in a row before the account locks
constexpr qint64 kFirstLockSeconds = 30;
constexpr qint64 kMaxLockSeconds = 3600;

// 4 to 8 digits, and not one a thief tries first (all the same digit, a straight run up or down).
Result<void> validate(const QString &pin);

struct Hashed
{
    QByteArray hash;
    QByteArray salt;
    int iterations = kIterations;
};
Hashed hash(const QString &pin, int iterations = kIterations);
Hashed hashWithSalt(const QString &pin, const QByteArray &salt, int iterations);
// Constant time in the hash compare, so the time taken says nothing of how close a guess was.
bool verify(const QString &pin, const Hashed &stored);

// Seconds the account stays locked after `failedInARow` wrong tries: none before kFreeTries, then
// kFirstLockSeconds doubling with each further failure, up to kMaxLockSeconds.
qint64 lockSeconds(int failedInARow);

} // namespace Pin
