#include "pin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace {
// This file's strings translate in the context "Pin" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Pin)
};
} // namespace

namespace Pin {

namespace {
bool isStraightRun(const QString &pin, int step)
{
    for (int i = 1; i < pin.size(); ++i) {
        if (pin.at(i).unicode() - pin.at(i - 1).unicode() != step)
            return false;
    }
    return true;
}
} // namespace

Result<void> validate(const QString &pin)
{
    if (pin.size() < kMinLength || pin.size() > kMaxLength)
        return makeError(Error::Invalid,
                         Text::tr("A PIN has %1 to %2 digits.").arg(kMinLength).arg(kMaxLength));
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return makeError(Error::Invalid, Text::tr("A PIN has digits only."));
    }
    if (isStraightRun(pin, 0) || isStraightRun(pin, 1) || isStraightRun(pin, -1))
        return makeError(Error::Invalid,
                         Text::tr("This PIN is too easy to guess: avoid one digit repeated or a run like "
                                  "1234."));
    return {};
}

Hashed hashWithSalt(const QString &pin, const QByteArray &salt, int iterations)
{
    Hashed h;
    h.salt = salt;
    h.iterations = iterations;
    h.hash
        = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, 32);
    return h;
}

Hashed hash(const QString &pin, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return hashWithSalt(pin, salt, iterations);
}

bool verify(const QString &pin, const Hashed &stored)
{
    if (stored.hash.isEmpty() || stored.salt.isEmpty() || stored.iterations < 1)
        return false;
    const QByteArray candidate = hashWithSalt(pin, stored.salt, stored.iterations).hash;
    if (candidate.size() != stored.hash.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < candidate.size(); ++i)
        diff |= static_cast<unsigned char>(candidate.at(i) ^ stored.hash.at(i));
    return diff == 0;
}

qint64 lockSeconds(int failedInARow)
{
    if (failedInARow < kFreeTries)
        return 0;
    qint64 s = kFirstLockSeconds;
    for (int i = kFreeTries; i < failedInARow && s < kMaxLockSeconds; ++i)
        s *= 2;
    return qMin(s, kMaxLockSeconds);
}

} // namespace Pin
