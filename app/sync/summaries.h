#pragma once

#include "synctypes.h"

#include <QCoreApplication>
#include <QJsonObject>

// What a sync did, in a sentence or two for the person who ran it (the CLI and the app say the same),
// and the same as JSON for --json.
class SyncSummaries
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    static QString describeExport(const SyncSummary &s, const QString &dir);
    static QString describeImport(const SyncSummary &s);
    static QString describeStatus(const SyncStatus &s);
    static QJsonObject toJson(const SyncSummary &s);
};
