// sync export/import (batch folders between terminals), push/pull/now (the head office's
// PostgreSQL) and status.
#include "util.h"

#include "headoffice.h"
#include "ids.h"
#include "retrypolicy.h"
#include "syncservice.h"

#include <QThread>

namespace Cli {

namespace {

const char *const kSyncUse
    = QT_TRANSLATE_NOOP("Cli",
                        "Use: loyalty-cli sync export --out DIR [--all] | import DIR | "
                        "push|pull|now --pg CONNINFO [--retries N] | status");

int status(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr(kSyncUse));
    if (!s.openTerminal())
        return s.exit();
    ServiceContext ctx = s.context();
    auto st = SyncService(ctx).status();
    if (!st)
        return s.fail(st.error());
    s.print(QJsonObject {{QStringLiteral("waiting"), st->waiting},
                         {QStringLiteral("last_sync_at"),
                          st->lastSyncAt.isValid() ? Ids::utcText(st->lastSyncAt) : QString()},
                         {QStringLiteral("last_error"), st->lastError},
                         {QStringLiteral("rows_waiting_for_parents"), st->pendingIn}},
            SyncService::describeStatus(st.value()));
    return Ok;
}

int exportBatch(Session &s, const Args &a)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr(kSyncUse));
    if (!s.openTerminal() || !s.allowed(Action::SyncExchange))
        return s.exit();
    if (!a.has(QStringLiteral("out")))
        return s.usage(Text::tr(kSyncUse));
    const QString dir = a.value(QStringLiteral("out"));
    ServiceContext ctx = s.context();
    auto r = SyncService(ctx).exportBatch(dir, a.flag(QStringLiteral("all")));
    if (!r)
        return s.fail(r.error());
    s.print(SyncService::toJson(r.value()), SyncService::describeExport(r.value(), dir));
    return Ok;
}

int importBatch(Session &s, const Args &a)
{
    if (a.words.size() != 1)
        return s.usage(Text::tr(kSyncUse));
    if (!s.openTerminal() || !s.allowed(Action::SyncExchange))
        return s.exit();
    ServiceContext ctx = s.context();
    auto r = SyncService(ctx).importBatch(a.words.first());
    if (!r)
        return s.fail(r.error());
    s.print(SyncService::toJson(r.value()), SyncService::describeImport(r.value()));
    return Ok;
}

enum class Exchange
{
    Push,
    Pull,
    Now, // push, then pull
};

// The head office: offline is normal, so a server out of reach is tried again after 1, 2, 4...
// seconds. A refusal (password, currency, a newer schema) is not retried: trying again would not
// change it.
int exchange(Session &s, const Args &a, Exchange what)
{
    if (!a.words.isEmpty())
        return s.usage(Text::tr(kSyncUse));
    if (!s.openTerminal() || !s.allowed(Action::SyncExchange))
        return s.exit();
    const QString conninfo = a.value(QStringLiteral("pg"), qEnvironmentVariable("LOYALTY_SYNC_PG"));
    if (conninfo.isEmpty())
        return s.usage(Text::tr(
            "Name the head office: --pg \"host=… dbname=… user=… password=…\" (or LOYALTY_SYNC_PG)."));
    bool ok = true;
    const int retries = a.has(QStringLiteral("retries")) ? a.value(QStringLiteral("retries")).toInt(&ok) : 3;
    if (!ok || retries < 0 || retries > 20)
        return s.usage(Text::tr("--retries takes a number from 0 to 20."));
    ServiceContext ctx = s.context();
    SyncService sync(ctx);
    // Offline is normal; a refusal is not retried (RetryPolicy).
    const RetryPolicy policy = RetryPolicy::commandLine(retries);
    for (int attempt = 0;; ++attempt) {
        HeadOffice office(ctx, conninfo);
        Error error;
        QJsonObject json;
        QString text;
        if (what == Exchange::Push) {
            auto r = office.push();
            if (r) {
                json = {{QStringLiteral("pushed"), r.value()}};
                text = HeadOffice::describePush(r.value());
            } else {
                error = r.error();
            }
        } else if (what == Exchange::Pull) {
            auto r = office.pull();
            if (r) {
                json = SyncService::toJson(r.value());
                text = SyncService::describeImport(r.value());
            } else {
                error = r.error();
            }
        } else {
            auto r = office.sync();
            if (r) {
                json = SyncService::toJson(r->pulled);
                json.insert(QStringLiteral("pushed"), r->pushed);
                text = HeadOffice::describe(r.value());
            } else {
                error = r.error();
            }
        }
        if (error.message.isEmpty()) {
            s.print(json, text);
            return Ok;
        }
        if (!policy.retries(error, attempt)) {
            if (what != Exchange::Now) // sync() noted it already
                sync.noteFailure(error.message);
            return s.fail(error);
        }
        const auto wait = std::chrono::duration_cast<std::chrono::seconds>(policy.delay(attempt)).count();
        s.note(Text::tr("%1 Trying again in %2 s.").arg(error.message).arg(wait));
        QThread::sleep(static_cast<unsigned long>(wait));
    }
}

QVector<Option> exchangeOptions()
{
    return {{QStringLiteral("pg"), QStringLiteral("CONNINFO"),
             QT_TRANSLATE_NOOP("Cli",
                               "the head office's PostgreSQL: \"host=… dbname=… user=… password=…\" (or "
                               "LOYALTY_SYNC_PG)")},
            {QStringLiteral("retries"), QStringLiteral("N"),
             QT_TRANSLATE_NOOP("Cli", "tries again this often when the server is out of reach (default 3)")}};
}

} // namespace

void Commands::addSync(Registry &r)
{
    r.addGroup({QStringLiteral("sync"), kSyncUse});
    r.add({QStringLiteral("sync export"),
           {},
           QT_TRANSLATE_NOOP("Cli",
                             "this terminal's changes since the last batch as a batch folder (a manager's)"),
           {{QStringLiteral("out"), QStringLiteral("DIR"), QT_TRANSLATE_NOOP("Cli", "the folder to write"),
             true},
            {QStringLiteral("all"), {}, QT_TRANSLATE_NOOP("Cli", "everything, to set up a new terminal")}},
           exportBatch});
    r.add({QStringLiteral("sync import"),
           QStringLiteral("DIR"),
           QT_TRANSLATE_NOOP("Cli", "apply a batch another terminal exported (manager)"),
           {},
           importBatch});
    r.add({QStringLiteral("sync push"),
           {},
           QT_TRANSLATE_NOOP("Cli", "send this terminal's changes to the head office (a manager's)"),
           exchangeOptions(),
           [](Session &s, const Args &a) { return exchange(s, a, Exchange::Push); }});
    r.add({QStringLiteral("sync pull"),
           {},
           QT_TRANSLATE_NOOP("Cli", "bring the other terminals' changes from the head office (a manager's)"),
           exchangeOptions(),
           [](Session &s, const Args &a) { return exchange(s, a, Exchange::Pull); }});
    r.add({QStringLiteral("sync now"),
           {},
           QT_TRANSLATE_NOOP("Cli", "push, then pull (a manager's)"),
           exchangeOptions(),
           [](Session &s, const Args &a) { return exchange(s, a, Exchange::Now); }});
    r.add({QStringLiteral("sync status"),
           {},
           QT_TRANSLATE_NOOP("Cli", "when this terminal last synced, what waits"),
           {},
           status});
}

} // namespace Cli
