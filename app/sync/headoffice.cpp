#include "headoffice.h"

#include "ids.h"
#include "sqlexec.h"
#include "terminalservice.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

// "host=a port=5432 dbname='my db' user=x password=y" → key/value pairs.
QList<QPair<QString, QString>> HeadOffice::parseConninfo(const QString &text)
{
    QList<QPair<QString, QString>> out;
    int i = 0;
    const int n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        const int eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            break;
        const QString key = text.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            for (++i; i < n && text.at(i) != QLatin1Char('\''); ++i) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text.at(i);
            }
            ++i;
        } else {
            while (i < n && !text.at(i).isSpace())
                value += text.at(i++);
        }
        out << qMakePair(key, value);
    }
    return out;
}

QString HeadOffice::makeConninfo(const QList<QPair<QString, QString>> &pairs)
{
    QStringList out;
    for (const auto &kv : pairs) {
        if (kv.second.isEmpty())
            continue;
        QString v = kv.second;
        if (v.contains(QLatin1Char(' ')) || v.contains(QLatin1Char('\'')) || v.contains(QLatin1Char('\\'))) {
            v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            v.replace(QLatin1Char('\''), QLatin1String("\\'"));
            v = QLatin1Char('\'') + v + QLatin1Char('\'');
        }
        out << kv.first + QLatin1Char('=') + v;
    }
    return out.join(QLatin1Char(' '));
}

QString HeadOffice::describePush(qint64 pushed)
{
    return tr("%1 rows sent to the head office.").arg(QLocale().toString(pushed));
}

QString HeadOffice::describe(const Exchange &r)
{
    return describePush(r.pushed) + QLatin1Char(' ') + SyncService::describeImport(r.pulled);
}

Result<HeadOffice::Exchange> HeadOffice::syncFile(const QString &dbPath, const QString &conninfo,
                                                  const Actor &actor)
{
    return onOwnConnection(dbPath, actor,
                           [&](ServiceContext &ctx) { return HeadOffice(ctx, conninfo).sync(); });
}

HeadOffice::HeadOffice(ServiceContext &ctx, QString conninfo)
    : m_ctx(ctx)
    , m_conninfo(std::move(conninfo))
    , m_connectionName(QStringLiteral("headoffice-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HeadOffice::~HeadOffice()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase HeadOffice::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error HeadOffice::connectionError(const QString &driverText, const QString &where)
{
    const QString t = driverText.toLower();
    if (t.contains(QLatin1String("password")) || t.contains(QLatin1String("authentication"))
        || t.contains(QLatin1String("role \"")))
        return makeError(
            Error::Forbidden,
            tr("The head office (%1) refused the user name or password. Check the sync settings; the "
               "changes wait on this terminal.")
                .arg(where),
            driverText);
    if (t.contains(QLatin1String("database")) && t.contains(QLatin1String("does not exist")))
        return makeError(
            Error::NotFound,
            tr("The head office server has no database by that name (%1). Check the sync settings.")
                .arg(where),
            driverText);
    return makeError(
        Error::Storage,
        tr("The head office (%1) cannot be reached. The changes wait on this terminal and go with the "
           "next sync.")
            .arg(where),
        driverText);
}

Result<QSqlQuery> HeadOffice::exec(const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    bool ran;
    if (values.isEmpty()) {
        ran = q.exec(sql); // PostgreSQL prepares no DDL
    } else {
        if (!q.prepare(sql))
            return makeError(Error::Storage, what, q.lastError().text());
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        ran = q.exec();
    }
    if (!ran) {
        const QString text = q.lastError().text();
        // A server that went away in the middle reads as "cannot be reached", like one never there.
        if (!connection().isOpen() || text.contains(QLatin1String("server closed"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("connection"), Qt::CaseInsensitive))
            return connectionError(text, m_where);
        return makeError(Error::Storage, what, text);
    }
    return q;
}

Result<HeadOffice::Exchange> HeadOffice::sync()
{
    // A refusal of the role is not a failed attempt: nothing is noted, nothing is read or written.
    if (auto r = SyncService::mayExchange(m_ctx.actor); !r)
        return r.error();
    Exchange out;
    auto pushed = push();
    if (!pushed) {
        SyncService(m_ctx).noteFailure(pushed.error().message);
        return pushed.error();
    }
    out.pushed = pushed.value();
    auto pulled = pull();
    if (!pulled) {
        SyncService(m_ctx).noteFailure(pulled.error().message);
        return pulled.error();
    }
    out.pulled = pulled.value();
    return out;
}
