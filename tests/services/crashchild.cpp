// The child of tst_crashsafety: records sales in a loop on the database named on the command line
// and prints each receipt's UUID only after its commit returned; or, with --import, applies a sync
// batch through a rollback journal and prints "done" after its commit returned. The parent kills it
// at random.
#include "checkoutservice.h"
#include "clock.h"
#include "database.h"
#include "syncservice.h"
#include "terminalservice.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool import = argc == 4 && QByteArray(argv[1]) == "--import";
    if (!import && argc != 3)
        return 2;
    auto db = Database::open(QString::fromLocal8Bit(argv[import ? 2 : 1]), Database::Mode::ExistingOnly);
    if (!db)
        return 3;
    auto terminal = TerminalService(*db.value(), Clock::system()).local();
    if (!terminal)
        return 4;
    ServiceContext ctx(*db.value(), Clock::system(), terminal.value(), Actor::machineOwner());
    if (import) {
        SyncService::journal = SyncService::Journal::Rollback;
        std::printf("ready\n");
        std::fflush(stdout);
        auto done = SyncService(ctx).importBatch(QString::fromLocal8Bit(argv[3]));
        if (!done) {
            std::printf("failed: %s\n", done.error().message.toUtf8().constData());
            return 5;
        }
        std::printf("done %s\n", done->rollbackJournal ? "rollback journal" : "write-ahead log");
        std::fflush(stdout);
        return 0;
    }
    CheckoutService checkout(ctx);
    const qint64 member = QByteArray(argv[2]).toLongLong();
    std::printf("ready\n");
    std::fflush(stdout);
    for (qint64 i = 0;; ++i) {
        SaleRequest r;
        r.cart.currency = terminal->currency;
        for (int l = 0; l < 3; ++l) {
            CartLine line;
            line.description = QStringLiteral("Item %1").arg(l);
            line.unitPriceMinor = 100 + (i * 7 + l) % 900;
            line.quantity = 1 + l;
            r.cart.lines << line;
        }
        r.memberId = i % 2 ? member : 0; // members and walk-ins
        auto done = checkout.complete(r);
        if (!done)
            return 5;
        std::printf("%s\n", done->purchase.uuid.toUtf8().constData());
        std::fflush(stdout);
    }
}
