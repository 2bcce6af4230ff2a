#include "programservice.h"

#include "auditservice.h"

#include <QJsonObject>

#include "repositories.h"

#include <QCoreApplication>

const char *const ProgramService::kEarnPoints = "earn.points";
const char *const ProgramService::kEarnPerMinor = "earn.per_minor";
const char *const ProgramService::kExpiryMonths = "earn.expiry_months";
const char *const ProgramService::kMaxSaleMinor = "sale.max_total_minor";

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProgramService", text);
}

// Reads an integer setting; a value that is not an integer is a broken settings table, said plainly.
Result<qint64> intSetting(SettingsRepository &settings, const char *key, qint64 fallback)
{
    auto v = settings.value(QLatin1String(key));
    if (!v)
        return v.error();
    if (!v.value())
        return fallback;
    bool ok = false;
    const qint64 n = v.value()->toLongLong(&ok);
    if (!ok)
        return makeError(Error::Corrupt,
                         tr("The setting %1 holds \"%2\", which is not a whole number.")
                             .arg(QLatin1String(key), *v.value()));
    return n;
}
} // namespace

Result<Program> ProgramService::current(const TerminalRecord &terminal)
{
    SettingsRepository settings(m_db);
    Program p;
    p.currency = terminal.currency;
    auto points = intSetting(settings, kEarnPoints, p.earn.points);
    auto per = intSetting(settings, kEarnPerMinor, p.earn.perMinor);
    auto months = intSetting(settings, kExpiryMonths, p.expiryMonths);
    auto max = intSetting(settings, kMaxSaleMinor, p.maxSaleMinor);
    for (const auto *r : {&points, &per, &months, &max}) {
        if (!*r)
            return r->error();
    }
    p.earn.points = points.value();
    p.earn.perMinor = per.value();
    p.expiryMonths = int(months.value());
    p.maxSaleMinor = max.value();
    if (const QStringList problems = p.validate(); !problems.isEmpty())
        return makeError(
            Error::Corrupt,
            tr("The loyalty program settings are inconsistent: %1").arg(problems.join(QLatin1Char(' '))));
    return p;
}

Result<void> ProgramService::writeDefaults(const TerminalRecord &terminal, const QDateTime &at)
{
    SettingsRepository settings(m_db);
    const Program defaults;
    const std::pair<const char *, qint64> values[] = {
        {kEarnPoints, defaults.earn.points},
        {kEarnPerMinor, defaults.earn.perMinor},
        {kExpiryMonths, defaults.expiryMonths},
        {kMaxSaleMinor, defaults.maxSaleMinor},
    };
    for (const auto &[key, value] : values) {
        if (auto r = settings.setValue(QLatin1String(key), QString::number(value), terminal.uuid, at); !r)
            return r;
    }
    return {};
}

Result<void> ProgramService::setEarnRule(const TerminalRecord &terminal, const EarnRule &rule,
                                         const QDateTime &at, const Actor &by, qint64 approvedBy)
{
    auto program = current(terminal);
    if (!program)
        return program.error();
    Program changed = program.value();
    changed.earn = rule;
    if (const QStringList problems = changed.validate(); !problems.isEmpty())
        return makeError(Error::Invalid, problems.join(QLatin1Char(' ')));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    SettingsRepository settings(m_db);
    if (auto r
        = settings.setValue(QLatin1String(kEarnPoints), QString::number(rule.points), terminal.uuid, at);
        !r)
        return r;
    if (auto r
        = settings.setValue(QLatin1String(kEarnPerMinor), QString::number(rule.perMinor), terminal.uuid, at);
        !r)
        return r;
    FixedClock when(at);
    ServiceContext ctx(m_db, when, terminal, by);
    auto earn = [](const EarnRule &e) {
        return QJsonObject {{QStringLiteral("points"), e.points}, {QStringLiteral("per_minor"), e.perMinor}};
    };
    if (auto r
        = AuditService(ctx).record(QStringLiteral("program.earn"), QStringLiteral("program"),
                                   QStringLiteral("earn"), earn(program->earn), earn(rule), approvedBy);
        !r)
        return r;
    return tx.commit();
}
