#include "exportservice.h"

#include "auditservice.h"
#include "staffservice.h"

#include "csv.h"
#include "membervalidation.h"
#include "money.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// This file's strings translate in the context "ExportService" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)
};
} // namespace

ExportService::ExportService(const ServiceContext &ctx, Authorize authorize)
    : m_ctx(ctx)
    , m_authorize(std::move(authorize))
{
}

QString ExportService::cell(const QString &value, QChar delimiter)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    return Csv::quoteField(v, delimiter);
}

Result<void> ExportService::authorize(const ExportOptions &options)
{
    if (auto allowed = StaffService(m_ctx).authorize(Action::ExportPersonalData, options.approvedBy);
        !allowed)
        return allowed;
    if (m_authorize)
        return m_authorize();
    return {};
}

Result<qint64> ExportService::exportMembers(QIODevice &out, const ExportOptions &options)
{
    if (auto allowed = authorize(options); !allowed)
        return allowed.error();
    return write(out, options);
}

Result<qint64> ExportService::write(QIODevice &out, const ExportOptions &options)
{
    const QChar d = options.delimiter;
    if (d != QLatin1Char(';') && d != QLatin1Char(',') && d != QLatin1Char('\t'))
        return makeError(Error::Invalid, Text::tr("The delimiter must be a semicolon, a comma or a tab."));

    // One statement is one consistent snapshot, even while the till keeps selling.
    QSqlQuery q(m_ctx.db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT m.name, m.phone, m.email, "
            "  (SELECT c.number FROM cards c WHERE c.member_id = m.id AND c.status = 'active' ORDER BY c.id "
            "LIMIT 1), "
            "  m.birth_day, m.birth_month, m.birth_year, m.points_balance, m.notes, m.created_at, m.visits, "
            "  m.total_spent_minor, m.last_visit_at "
            "FROM members m WHERE m.erased_at IS NULL AND m.merged_into IS NULL ORDER BY m.id")))
        return Database::storageError(q.lastError(), Text::tr("The members cannot be read."));

    auto writeLine = [&](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &c : cells)
            quoted << cell(c, d);
        return out.write((quoted.join(d) + QStringLiteral("\r\n")).toUtf8()) >= 0;
    };

    if (options.byteOrderMark && out.write("\xEF\xBB\xBF") < 0)
        return makeError(Error::Storage, Text::tr("The file cannot be written."), out.errorString());
    // English names ImportService recognises; the last columns are for reading, not importing.
    const QStringList header {
        QStringLiteral("Name"),        QStringLiteral("Phone"),        QStringLiteral("E-mail"),
        QStringLiteral("Card number"), QStringLiteral("Birthday"),     QStringLiteral("Points"),
        QStringLiteral("Notes"),       QStringLiteral("Member since"), QStringLiteral("Visits"),
        QStringLiteral("Total spent"), QStringLiteral("Last visit")};
    if (!writeLine(header))
        return makeError(Error::Storage, Text::tr("The file cannot be written."), out.errorString());

    const QString currency = m_ctx.terminal.currency;
    qint64 n = 0;
    while (q.next()) {
        MemberValidation::Birthday b;
        b.day = q.value(4).toInt();
        b.month = q.value(5).toInt();
        b.year = q.value(6).toInt();
        const QStringList row {q.value(0).toString(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               MemberValidation::formatBirthday(b),
                               QString::number(q.value(7).toLongLong()),
                               q.value(8).toString(),
                               q.value(9).toString(),
                               QString::number(q.value(10).toLongLong()),
                               Money(q.value(11).toLongLong(), currency).toPlainString(),
                               q.value(12).toString()};
        if (!writeLine(row))
            return makeError(Error::Storage, Text::tr("The file cannot be written."), out.errorString());
        ++n;
    }
    if (q.lastError().isValid())
        return Database::storageError(q.lastError(), Text::tr("The members cannot be read."));
    return n;
}

Result<ExportReport> ExportService::exportMembers(const QString &path, const ExportOptions &options)
{
    // Before the file is opened: a refused export leaves no file behind, not even an empty one.
    if (auto allowed = authorize(options); !allowed)
        return allowed.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Storage, Text::tr("%1 cannot be written.").arg(path), file.errorString());
    auto n = write(file, options);
    if (!n) {
        file.cancelWriting();
        return n.error();
    }
    if (!file.commit())
        return makeError(Error::Storage, Text::tr("%1 cannot be written.").arg(path), file.errorString());
    // Personal data left the terminal: the trail says who, when, where to and how many. Without
    // that line the file does not stay either.
    ServiceContext ctx = m_ctx;
    Transaction tx(ctx.db);
    auto audited = tx.begun()
        ? AuditService(ctx).record(QStringLiteral("members.export"), QStringLiteral("file"),
                                   QFileInfo(path).fileName(), {}, {{QStringLiteral("members"), n.value()}},
                                   options.approvedBy)
        : Result<void>(tx.beginError());
    if (audited)
        audited = tx.commit();
    if (!audited) {
        QFile::remove(path);
        return audited.error();
    }
    return ExportReport {path, n.value()};
}
