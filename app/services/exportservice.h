#pragma once

#include "context.h"

#include <QChar>

#include <functional>

class QIODevice;

struct ExportOptions
{
    QChar delimiter = QLatin1Char(';'); // ';' opens in columns in spreadsheets of comma-decimal locales
    bool byteOrderMark = true; // UTF-8 with BOM: spreadsheet programs then read Cyrillic and Chinese right
    qint64 approvedBy = 0; // the manager who approved a cashier's export, for the audit trail
};

struct ExportReport
{
    QString path;
    qint64 members = 0;
};

// Writes the member list as CSV: one row per member (erased and merged members left out), with the
// header names ImportService recognises, so an export imports back into another terminal.
// Cells that begin with = + - @ get a leading apostrophe, so a spreadsheet shows them as text instead
// of running them as formulas (CSV injection); the import removes that apostrophe again.
class ExportService
{
public:
    // Personal data leaves the terminal: the service itself refuses (Error::Forbidden, nothing read,
    // no file) an actor without Action::ExportPersonalData unless options.approvedBy is a manager
    // who may. `authorize` is a further check of the caller's, asked after that one; its refusal
    // is returned as it is.
    using Authorize = std::function<Result<void>()>;

    explicit ExportService(const ServiceContext &ctx, Authorize authorize = {});

    // Writes atomically: the file appears complete or not at all.
    Result<ExportReport> exportMembers(const QString &path, const ExportOptions &options = {});
    // Streams to an open device (rows are read one at a time, never all members at once).
    Result<qint64> exportMembers(QIODevice &out, const ExportOptions &options = {});

    // A cell as written: the formula guard, then CSV quoting.
    static QString cell(const QString &value, QChar delimiter);

private:
    Result<void> authorize(const ExportOptions &options);
    Result<qint64> write(QIODevice &out, const ExportOptions &options);

    ServiceContext m_ctx;
    Authorize m_authorize;
};
