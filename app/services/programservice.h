#pragma once

#include "context.h"

#include "database.h"
#include "pricing.h"
#include "program.h"
#include "records.h"

// One version of the loyalty program: the rules in force from `effectiveFrom` until the next one.
struct ProgramVersion
{
    qint64 id = 0;
    QString uuid;
    QDateTime effectiveFrom; // UTC
    QDateTime createdAt;
    qint64 createdBy = 0;
    qint64 approvedBy = 0;
    QString note;
    PricingProgram program;
};

// The loyalty program, stored as versions (program_versions): a change is a new version that takes
// effect now or later, so a past sale is always explained by the rules it was priced with.
class ProgramService
{
public:
    explicit ProgramService(Database &db)
        : m_db(db)
    {
    }

    // The version in force at `at` (UTC); Error::NotFound when the program had not begun then.
    Result<ProgramVersion> inForce(const TerminalRecord &terminal, const QDateTime &at);
    Result<ProgramVersion> byId(const TerminalRecord &terminal, qint64 id);
    // Every version, the newest first (scheduled ones included).
    Result<QVector<ProgramVersion>> history(const TerminalRecord &terminal);
    // The base rules (earn, expiry, limits) in force at `at` (UTC; invalid = now by the system clock).
    Result<Program> current(const TerminalRecord &terminal, const QDateTime &at = {});
    // The first version of a new terminal, in force from `at`; call inside the caller's transaction.
    Result<void> writeDefaults(const TerminalRecord &terminal, const QDateTime &at);
    // A version from any moment, without audit: the demo's program, in force before its history.
    Result<void> seed(const TerminalRecord &terminal, const PricingProgram &program, const QDateTime &from);
    // A new version from `from` (UTC; not before `now`: a change never rewrites a past sale). Refused
    // with every contradiction listed; one transaction with its audit line. `by` must be allowed to
    // change the program (Action::ChangeProgram), or approvedBy be a manager who is: Error::Forbidden
    // otherwise, and nothing written.
    Result<ProgramVersion> publish(const TerminalRecord &terminal, const PricingProgram &program,
                                   const QDateTime &from, const QDateTime &now, const Actor &by,
                                   qint64 approvedBy = 0, const QString &note = {});
    // Changes the earn rate alone, from `at`; `by` and approvedBy as for publish().
    Result<void> setEarnRule(const TerminalRecord &terminal, const EarnRule &rule, const QDateTime &at,
                             const Actor &by, qint64 approvedBy = 0);

    // The rules a new shop starts with: 1 point per currency unit, 12 months expiry, no levels, and
    // the birthday offer and paying with points switched off.
    static PricingProgram defaults(const QString &currency);

private:
    Result<QVector<ProgramVersion>> select(const TerminalRecord &terminal, const QString &where,
                                           const QVariantList &values);
    Database &m_db;
};
