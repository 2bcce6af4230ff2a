#pragma once

// What the CLI's test binaries share: running loyalty-cli in-process, reading its JSON, and peeking
// at the file it wrote with the plain SQLite C API.
#include "cli.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

#include <sqlite3.h>

namespace CliTest {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = Cli::run(QStringList {QStringLiteral("loyalty-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

inline QJsonObject json(const QString &text)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !d.isObject()) {
        qWarning("not a JSON object (%s): %s", qPrintable(e.errorString()), qPrintable(text));
        return {};
    }
    return d.object();
}

// Reads the file the CLI wrote with the plain SQLite C API: the test does not trust the code under test.
class Peek
{
public:
    explicit Peek(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr)
            != SQLITE_OK)
            qWarning("cannot open %s", qPrintable(path));
    }
    ~Peek() { sqlite3_close(m_db); }
    Peek(const Peek &) = delete;
    Peek &operator=(const Peek &) = delete;

    // All rows of a query, columns joined by '|'.
    QStringList rows(const QString &sql)
    {
        QStringList out;
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK) {
            qWarning("%s: %s", qPrintable(sql), sqlite3_errmsg(m_db));
            return {QStringLiteral("error")};
        }
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList cols;
            for (int i = 0; i < sqlite3_column_count(st); ++i)
                cols << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)));
            out << cols.join(QLatin1Char('|'));
        }
        sqlite3_finalize(st);
        return out;
    }
    qint64 scalar(const QString &sql)
    {
        const QStringList r = rows(sql);
        return r.isEmpty() ? -1 : r.first().toLongLong();
    }
    bool exec(const QString &sql)
    {
        return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }

private:
    sqlite3 *m_db = nullptr;
};

inline const QStringList kDemoCards
    = {QStringLiteral("2000000000015"), QStringLiteral("2000000000022"), QStringLiteral("2000000000039"),
       QStringLiteral("2000000000046"), QStringLiteral("2000000000053"), QStringLiteral("2000000000060")};
inline const QString kJohn = QStringLiteral("2000000000060"); // the demo member with no visits yet

// A demo shop in a temporary folder, and loyalty-cli run on it as nobody (a cashier's rights) or as
// the demo's manager.
class CliFixture
{
protected:
    bool open()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid();
    }
    void close() { m_dir.reset(); }
    QString db() const { return m_dir->filePath(QStringLiteral("shop.sqlite")); }
    QString file(const char *name) const { return m_dir->filePath(QLatin1String(name)); }
    Run onDb(const QStringList &args) { return cli(QStringList {QStringLiteral("--db"), db()} + args); }
    Run asManager(const QStringList &args)
    {
        return onDb(QStringList {QStringLiteral("--staff"), QStringLiteral("Lee"), QStringLiteral("--pin"),
                                 QStringLiteral("2468")}
                    + args);
    }
    bool demoShop()
    {
        const Run r = onDb({QStringLiteral("demo"), QStringLiteral("--currency"), QStringLiteral("EUR")});
        if (r.code != 0)
            qWarning("demo failed: %s", qPrintable(r.err));
        return r.code == 0;
    }
    qint64 count(const char *table)
    {
        Peek peek(db());
        return peek.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace CliTest
