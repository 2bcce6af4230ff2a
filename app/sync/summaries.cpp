#include "summaries.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>

namespace {
QString tableCounts(const SyncSummary &s)
{
    QStringList parts;
    for (auto it = s.rowsByTable.cbegin(); it != s.rowsByTable.cend(); ++it)
        if (it.value() > 0)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(QLocale().toString(it.value()));
    return parts.join(QLatin1String(", "));
}
} // namespace

QString SyncSummaries::describeExport(const SyncSummary &s, const QString &dir)
{
    return tr("Batch written to %1: %2 rows (%3). Import it on the other terminals, or push to the head "
              "office.")
        .arg(QDir::toNativeSeparators(dir), QLocale().toString(s.rows), tableCounts(s));
}

QString SyncSummaries::describeImport(const SyncSummary &s)
{
    QStringList out;
    if (s.seenBefore)
        out << tr("This batch was imported here before; nothing changed again.");
    out << tr("%1 rows read, %2 new or newer here.")
               .arg(QLocale().toString(s.rows), QLocale().toString(s.applied));
    if (s.conflicts > 0)
        out << tr("%1 edits made on two terminals: the later one kept, the other in the audit trail.")
                   .arg(QLocale().toString(s.conflicts));
    if (s.waiting > 0)
        out << tr("%1 rows wait for an earlier batch of their terminal; they go in when it does.")
                   .arg(QLocale().toString(s.waiting));
    if (!s.overdrawn.isEmpty())
        out << tr("%1 members now owe points (the same points were spent on two terminals): see Reports → "
                  "Balances below zero.")
                   .arg(QLocale().toString(s.overdrawn.size()));
    return out.join(QLatin1Char(' '));
}

QString SyncSummaries::describeStatus(const SyncStatus &s)
{
    QString last = s.lastSyncAt.isValid()
        ? tr("Last synced %1.").arg(QLocale().toString(s.lastSyncAt.toLocalTime(), QLocale::ShortFormat))
        : tr("Never synced.");
    QString out
        = last + QLatin1Char(' ') + tr("%1 changes waiting to leave.").arg(QLocale().toString(s.waiting));
    if (!s.lastError.isEmpty())
        out += QLatin1Char(' ')
            + tr("The last try (%1) failed: %2")
                  .arg(QLocale().toString(s.lastErrorAt.toLocalTime(), QLocale::ShortFormat), s.lastError);
    return out;
}

QJsonObject SyncSummaries::toJson(const SyncSummary &s)
{
    QJsonObject tables;
    for (auto it = s.rowsByTable.cbegin(); it != s.rowsByTable.cend(); ++it)
        tables.insert(it.key(), it.value());
    QJsonArray overdrawn;
    for (qint64 id : s.overdrawn)
        overdrawn.append(id);
    return QJsonObject {{QStringLiteral("batch"), s.batchUuid},
                        {QStringLiteral("terminal"), s.terminal},
                        {QStringLiteral("seq_from"), s.seqFrom},
                        {QStringLiteral("seq_to"), s.seqTo},
                        {QStringLiteral("rows"), s.rows},
                        {QStringLiteral("tables"), tables},
                        {QStringLiteral("applied"), s.applied},
                        {QStringLiteral("waiting"), s.waiting},
                        {QStringLiteral("conflicts"), s.conflicts},
                        {QStringLiteral("overdrawn_members"), overdrawn},
                        {QStringLiteral("seen_before"), s.seenBefore}};
}
