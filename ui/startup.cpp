#include "startup.h"

#include "clock.h"
#include "demodata.h"
#include "staffservice.h"
#include "terminalservice.h"

namespace Startup {

Result<StartupResult> open(const QString &path, bool demoIfEmpty)
{
    auto db = Database::open(path, Database::Mode::CreateOrUpgrade);
    if (!db)
        return db.error();
    StartupResult r;
    r.db = std::move(db).value();
    auto terminal = TerminalService(*r.db, Clock::system()).local();
    if (!terminal && terminal.error().kind == Error::NotFound && demoIfEmpty) {
        auto demo = DemoData::create(*r.db, Clock::system(), DemoData::defaultCurrency());
        if (!demo)
            return demo.error();
        r.createdDemo = true;
        terminal = demo->terminal;
    }
    if (!terminal && terminal.error().kind == Error::NotFound) {
        r.needsSetup = true;
        return r;
    }
    if (!terminal)
        return terminal.error();
    r.terminal = terminal.value();
    ServiceContext ctx(*r.db, Clock::system(), r.terminal);
    r.needsSetup = !StaffService(ctx).hasStaff();
    return r;
}

} // namespace Startup
