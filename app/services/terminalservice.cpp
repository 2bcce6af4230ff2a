#include "terminalservice.h"

#include "ids.h"
#include "money.h"
#include "programservice.h"
#include "repositories.h"

#include <QCoreApplication>

namespace {
// This file's strings translate in the context "TerminalService" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TerminalService)
};
} // namespace

Result<TerminalRecord> TerminalService::initialize(const QString &storeName, const QString &terminalName,
                                                   const QString &currency)
{
    const QString store = storeName.simplified();
    const QString name = terminalName.simplified();
    if (store.isEmpty() || store.size() > 100)
        return makeError(Error::Invalid, Text::tr("The shop name must have 1 to 100 characters."));
    if (name.isEmpty() || name.size() > 50)
        return makeError(Error::Invalid, Text::tr("The terminal name must have 1 to 50 characters."));
    if (!Money::isValidCurrency(currency))
        return makeError(Error::Invalid,
                         Text::tr("\"%1\" is not a currency code: use three capital letters such as "
                                  "EUR, RUB or CNY.")
                             .arg(currency));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    TerminalRepository terminals(m_db);
    auto existing = terminals.local();
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(Error::Conflict,
                         Text::tr("This database already belongs to terminal \"%1\" of %2.")
                             .arg(existing.value()->name, existing.value()->storeName));
    const QDateTime now = m_clock.nowUtc();
    TerminalRecord t;
    t.uuid = Ids::newUuid(now);
    t.name = name;
    t.storeName = store;
    t.currency = currency;
    t.isLocal = true;
    t.createdAt = now;
    if (auto r = terminals.insert(t); !r)
        return r.error();
    if (auto r = ProgramService(m_db).writeDefaults(t, now); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return t;
}

Result<TerminalRecord> TerminalService::local()
{
    auto t = TerminalRepository(m_db).local();
    if (!t)
        return t.error();
    if (!t.value())
        return makeError(Error::NotFound,
                         Text::tr("This database has no terminal yet: run \"loyalty-cli init\" or "
                                  "start the terminal app once."));
    return *t.value();
}
