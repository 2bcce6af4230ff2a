#pragma once

#include <QByteArrayView>
#include <QString>

// The batch format on disk (docs/sync-format.md): a folder with one JSON Lines file per table and
// manifest.json, written last, that names the files, their row counts and checksums.
namespace syncimpl {

constexpr int kFormatVersion = 1;
// The manifest's "format": what marks a folder as a sync batch.
inline QString formatName()
{
    return QStringLiteral("loyalty-sync");
}
inline QString manifestFileName()
{
    return QStringLiteral("manifest.json");
}
// The file a table's rows go in.
QString tableFileName(const QString &table);
// Whether a manifest's file name stays inside the batch's folder.
bool isPlainFileName(const QString &name);

// The line of a batch file's rows that starts at `at` (without its newline; empty for an empty line),
// moving `at` past it.
QByteArrayView nextLine(QByteArrayView lines, qsizetype &at);
// The lines that are not empty, as the import applies them.
qint64 countLines(QByteArrayView lines);

} // namespace syncimpl
