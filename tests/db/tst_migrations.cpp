// Opening the database file: a fresh file gets the whole schema and the house settings; an older one is
// upgraded one version at a time; anything that is not ours, newer than us, damaged, read-only or missing
// is refused with a clear message and left byte for byte as it was.
#include "database.h"
#include "membersearch.h"
#include "repositories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

Q_DECLARE_METATYPE(Error::Kind)

namespace {

// Runs SQL on a file with the plain SQLite C API, so that fixtures do not depend on the code under test.
QString sqliteExec(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString error;
    if (rc == SQLITE_OK) {
        char *message = nullptr;
        rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK)
            error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
    } else {
        error = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(db);
    return error;
}

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("unreadable: ") + QFile::encodeName(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QVariant pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return QStringLiteral("error: ") + q.lastError().text();
    return q.value(0);
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

// The schema as SQLite stores it, one object a line, sorted: two databases with the same text have the
// same tables, indexes and triggers.
QStringList schemaOf(Database &db)
{
    QSqlQuery q(db.connection());
    QStringList out;
    if (!q.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_schema "
                               "ORDER BY type, name")))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Whether SQLite's program for a row written to the table opens a temporary table ("yes", "no", or why
// it cannot tell).
QString insertOpensATemporaryTable(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("EXPLAIN INSERT INTO %1 DEFAULT VALUES").arg(table)))
        return table + QLatin1Char(' ') + q.lastError().text();
    int opcodes = 0;
    bool opens = false;
    while (q.next()) {
        ++opcodes;
        opens = opens || q.value(1).toString() == QLatin1String("OpenEphemeral");
    }
    if (opcodes == 0)
        return table + QStringLiteral(": no program");
    return opens ? QStringLiteral("yes") : QStringLiteral("no");
}

int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Runs as another user for a while, keeping root as the saved uid so that the destructor can come back.
class RunAsNobody
{
public:
    RunAsNobody()
    {
        if (::geteuid() != 0) {
            m_error = QStringLiteral("not root");
            return;
        }
        if (::setresuid(65534, 65534, 0) != 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        m_active = true;
    }
    ~RunAsNobody()
    {
        if (m_active && ::setresuid(0, 0, 0) != 0)
            qFatal("cannot become root again: %s", std::strerror(errno));
    }
    RunAsNobody(const RunAsNobody &) = delete;
    RunAsNobody &operator=(const RunAsNobody &) = delete;
    bool active() const { return m_active; }
    const QString &error() const { return m_error; }

private:
    bool m_active = false;
    QString m_error;
};

const QStringList kV1Tables = {
    QStringLiteral("audit_log"),          QStringLiteral("cards"),         QStringLiteral("members"),
    QStringLiteral("points_allocations"), QStringLiteral("points_ledger"), QStringLiteral("purchase_lines"),
    QStringLiteral("purchases"),          QStringLiteral("settings"),      QStringLiteral("staff"),
    QStringLiteral("terminals"),
};

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshCreate();
    void freshCreateIgnoresUmask();
    void reopenLatestChangesNothing();
    void createsMissingFolders();
    void stepByStep();
    void upgradeFrom_data();
    void upgradeFrom();
    void upgradeKeepsAndCompletesData();

    void tooNewIsRefusedUntouched_data();
    void tooNewIsRefusedUntouched();
    void foreignDatabaseIsRefusedUntouched_data();
    void foreignDatabaseIsRefusedUntouched();
    void garbageIsCorrupt();
    void storedVersionReadsWithoutWriting();
    void damagedSchemaPageIsCorrupt();
    void emptyFileBecomesADatabase();
    void readOnlyAsRoot();
    void permissions_data();
    void permissions();
    void folderPath();
    void missingFile_data();
    void missingFile();
    void emptyPath();
    void readOnlyModeNeedsUpgradedFile();
    void readerBesideWriter();

    void appendOnlyTriggers();
    void ledgerKinds_data();
    void ledgerKinds();
    void busyTablesCheckRowsWithoutATemporaryTable();
    void transactionRollsBackUnlessCommitted();
    void integrityCheck();
    void idleCheckpointEmptiesTheLog();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("loyalty.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup()
{
    m_dir.reset();
}

void TestMigrations::freshCreate()
{
    QVERIFY(!QFileInfo::exists(path()));
    auto opened = Database::open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message + QLatin1Char(' ') + opened.error().detail));
    Database &db = *opened.value();

    QVERIFY(Database::latestVersion() >= 1);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), Database::latestVersion());
    QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), 0x4C4F5954);
    QCOMPARE(Database::applicationId, 0x4C4F5954);
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
    QCOMPARE(pragma(db, QStringLiteral("wal_autocheckpoint")).toInt(), Database::kAutoCheckpointPages);
    QCOMPARE(db.path(), QFileInfo(path()).absoluteFilePath());
    QVERIFY(db.handle() != nullptr);

    // Members' personal data: the file and SQLite's companions are private to this user.
    QCOMPARE(modeOf(path()), 0600);
    QVERIFY(QFileInfo::exists(path() + QStringLiteral("-wal")));
    QCOMPARE(modeOf(path() + QStringLiteral("-wal")), 0600);
    QCOMPARE(modeOf(path() + QStringLiteral("-shm")), 0600);

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &t : kV1Tables)
        QVERIFY2(tables.contains(t), qPrintable(t));
    // Foreign keys are enforced on this connection.
    const auto r
        = db.execScript(QStringLiteral("INSERT INTO cards (uuid, origin_terminal, member_id, number, "
                                       "created_at, updated_at) VALUES ('u', 't', 999, '1', 'x', 'x')"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Conflict);
    QVERIFY2(r.error().detail.contains(QLatin1String("FOREIGN KEY")), qPrintable(r.error().detail));
}

void TestMigrations::freshCreateIgnoresUmask()
{
    const mode_t old = ::umask(0);
    auto opened = Database::open(path());
    ::umask(old);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(modeOf(path()), 0600);
    QCOMPARE(modeOf(path() + QStringLiteral("-wal")), 0600);
}

void TestMigrations::reopenLatestChangesNothing()
{
    QStringList schema;
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
        schema = schemaOf(*db.value());
    }
    const QByteArray before = checksum(path());
    for (const auto mode :
         {Database::Mode::CreateOrUpgrade, Database::Mode::ExistingOnly, Database::Mode::ReadOnly}) {
        auto db = Database::open(path(), mode);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
        QCOMPARE(schemaOf(*db.value()), schema);
    }
    QCOMPARE(checksum(path()), before);
}

void TestMigrations::createsMissingFolders()
{
    const QString deep = m_dir->filePath(QStringLiteral("a/b/c/loyalty.sqlite"));
    auto db = Database::open(deep);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    QVERIFY(QFileInfo(deep).isFile());
    QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
}

// Whether this build embeds a migration to version v (helpers' branches may number theirs past one
// another's before they are merged).
static bool hasMigration(int v)
{
    return !QDir(QStringLiteral(":/loyalty/migrations"))
                .entryList({QStringLiteral("%1_*.sql").arg(v, 4, 10, QLatin1Char('0'))})
                .isEmpty();
}

void TestMigrations::stepByStep()
{
    const int latest = Database::latestVersion();
    {
        auto db = Database::openAtVersion(path(), 0);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), 0);
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM sqlite_schema")), qint64(0));
        QCOMPARE(pragma(*db.value(), QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    }
    int tablesBefore = 0;
    for (int v = 1; v <= latest; ++v) {
        if (!hasMigration(v))
            continue;
        auto db = Database::openAtVersion(path(), v);
        QVERIFY2(db.ok(),
                 qPrintable(
                     QStringLiteral("version %1: %2 %3").arg(v).arg(db.error().message, db.error().detail)));
        QCOMPARE(db.value()->schemaVersion(), v);
        QCOMPARE(pragma(*db.value(), QStringLiteral("application_id")).toInt(), Database::applicationId);
        const int tables = int(scalar(*db.value(),
                                      QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                                     "WHERE type = 'table'")));
        QVERIFY2(tables >= tablesBefore, "a migration dropped tables");
        if (v == 1)
            QCOMPARE(tables, kV1Tables.size());
        tablesBefore = tables;
        QVERIFY(db.value()->integrityCheck().ok());
    }
    // Asking for an older version than the file has does nothing.
    {
        auto db = Database::openAtVersion(path(), 0);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->schemaVersion(), latest);
    }
    // Walking up one step at a time ends where a fresh file starts.
    QStringList stepped;
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
        stepped = schemaOf(*db.value());
    }
    auto fresh = Database::open(m_dir->filePath(QStringLiteral("fresh.sqlite")));
    QVERIFY(fresh.ok());
    QCOMPARE(stepped, schemaOf(*fresh.value()));
}

void TestMigrations::upgradeFrom_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Database::latestVersion(); ++v) {
        if (v == 0 || hasMigration(v))
            QTest::addRow("from version %d", v) << v;
    }
}

void TestMigrations::upgradeFrom()
{
    QFETCH(int, from);
    {
        auto db = Database::openAtVersion(path(), from);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), from);
        if (from >= 1) {
            // Data written at the older version survives the upgrade.
            QVERIFY(db.value()
                        ->execScript(QStringLiteral(
                            "INSERT INTO terminals (uuid, name, store_name, currency, is_local, "
                            "created_at) VALUES ('t-1', 'Till 1', 'Shop', 'EUR', 1, "
                            "'2026-03-14T10:00:00.000Z')"))
                        .ok());
        }
    }
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.error().message + QLatin1Char(' ') + db.error().detail));
    QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
    if (from >= 1)
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM terminals WHERE uuid = 't-1'")),
                 qint64(1));
    auto fresh = Database::open(m_dir->filePath(QStringLiteral("fresh.sqlite")));
    QVERIFY(fresh.ok());
    QCOMPARE(schemaOf(*db.value()), schemaOf(*fresh.value()));
}

// A shop's real data at version 1 (tests/data/v1_shop.sql) comes through every later migration whole,
// and whatever a migration adds is filled in for the rows already there.
void TestMigrations::upgradeKeepsAndCompletesData()
{
    {
        auto v1 = Database::openAtVersion(path(), 1);
        QVERIFY2(v1.ok(), qPrintable(v1.error().message));
        QFile fixture(QStringLiteral(LOYALTY_TEST_DATA "/v1_shop.sql"));
        QVERIFY2(fixture.open(QIODevice::ReadOnly), qPrintable(fixture.fileName()));
        const auto loaded = v1.value()->execScript(QString::fromUtf8(fixture.readAll()));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().detail));
    }
    auto opened = Database::open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message + QLatin1Char(' ') + opened.error().detail));
    Database &db = *opened.value();
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QVERIFY(db.integrityCheck().ok());

    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM members")), qint64(2));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM purchase_lines")), qint64(2));
    auto mismatches = LedgerRepository(db).balanceMismatches();
    QVERIFY(mismatches.ok());
    QVERIFY(mismatches.value().isEmpty());
    // Version 12 starts the members' running totals from the members already there.
    QCOMPARE(scalar(db, QStringLiteral("SELECT points FROM member_aggregates")),
             scalar(db, QStringLiteral("SELECT SUM(points_balance) FROM members WHERE merged_into IS NULL")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT live FROM member_aggregates")), qint64(2));

    MemberRepository members(db);
    auto anna = members.findByCard(QStringLiteral("2000000000015"));
    QVERIFY(anna.ok() && anna.value().has_value());
    QCOMPARE(anna.value()->member.name, QStringLiteral("Anna Petrova"));
    QCOMPARE(anna.value()->member.pointsBalance, qint64(8));
    auto lost = members.findByCard(QStringLiteral("2000000000992"));
    QVERIFY(lost.ok() && lost.value().has_value());
    QVERIFY(lost.value()->card.blocked);
    auto sale = PurchaseRepository(db).findById(1);
    QVERIFY(sale.ok() && sale.value().has_value());
    QCOMPARE(sale.value()->lines.size(), 2);
    QCOMPARE(sale.value()->lines.at(1).description, QStringLiteral("Croissant"));

    // Members enrolled before the search index existed are found by name, e-mail and phone like new ones.
    if (Database::latestVersion() >= 2) {
        MemberSearch search(db);
        const struct
        {
            const char *query;
            qint64 member;
        } queries[] = {{"petrova", 1}, {"Anna", 1}, {"an", 1},     {"example.com", 1},
                       {"сидор", 2},   {"Иван", 2}, {"1112233", 2}};
        for (const auto &q : queries) {
            auto found = search.search(QString::fromUtf8(q.query), 10);
            QVERIFY2(found.ok(), qPrintable(found.error().message));
            QVERIFY2(found.value().ids == QVector<qint64> {q.member}, q.query);
        }
        // The full-text index agrees with its table, so later edits of those members go through.
        const auto fts
            = db.execScript(QStringLiteral("INSERT INTO member_fts(member_fts) VALUES ('integrity-check')"));
        QVERIFY2(fts.ok(), qPrintable(fts.error().detail));
        const auto renamed = db.execScript(QStringLiteral("UPDATE members SET search_text = 'ivan sidorov' "
                                                          "WHERE id = 2"));
        QVERIFY2(renamed.ok(), qPrintable(renamed.error().detail));
        QCOMPARE(search.search(QStringLiteral("sidorov"), 10).value().ids, QVector<qint64> {2});
    }
}

void TestMigrations::tooNewIsRefusedUntouched_data()
{
    QTest::addColumn<Database::Mode>("mode");
    QTest::newRow("create or upgrade") << Database::Mode::CreateOrUpgrade;
    QTest::newRow("existing only") << Database::Mode::ExistingOnly;
    QTest::newRow("read only") << Database::Mode::ReadOnly;
}

void TestMigrations::tooNewIsRefusedUntouched()
{
    QFETCH(Database::Mode, mode);
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
    }
    const int newer = Database::latestVersion() + 1;
    QCOMPARE(sqliteExec(path(), QStringLiteral("PRAGMA user_version = %1").arg(newer)), QString());
    const QByteArray before = checksum(path());

    auto db = Database::open(path(), mode);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::TooNew);
    QVERIFY2(db.error().message.contains(QLatin1String("newer version")), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("schema %1").arg(newer)),
             qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QLatin1String("left untouched")), qPrintable(db.error().message));
    QCOMPARE(checksum(path()), before);
    // Nor does asking for that version explicitly change anything.
    auto at = Database::openAtVersion(path(), newer);
    QVERIFY(!at.ok());
    QCOMPARE(at.error().kind, Error::TooNew);
    QCOMPARE(checksum(path()), before);
}

void TestMigrations::foreignDatabaseIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("other application id with tables") << QStringLiteral(
        "PRAGMA application_id = 1234; CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); "
        "INSERT INTO notes (text) VALUES ('keep me');");
    QTest::newRow("no application id, with tables")
        << QStringLiteral("CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT); "
                          "INSERT INTO members (name) VALUES ('someone else''s');");
    QTest::newRow("no application id, a schema version, no tables")
        << QStringLiteral("PRAGMA user_version = 3;");
    QTest::newRow("other application id, nothing else") << QStringLiteral("PRAGMA application_id = 1234;");
}

void TestMigrations::foreignDatabaseIsRefusedUntouched()
{
    QFETCH(QString, sql);
    QCOMPARE(sqliteExec(path(), sql), QString());
    const QByteArray before = checksum(path());

    for (const auto mode :
         {Database::Mode::CreateOrUpgrade, Database::Mode::ExistingOnly, Database::Mode::ReadOnly}) {
        auto db = Database::open(path(), mode);
        QVERIFY2(!db.ok(), "a database that is not ours was opened");
        QCOMPARE(db.error().kind, Error::Corrupt);
        QVERIFY2(db.error().message.contains(QLatin1String("not a loyalty terminal's")),
                 qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(path())),
                 qPrintable(db.error().message));
    }
    QCOMPARE(checksum(path()), before);
}

void TestMigrations::garbageIsCorrupt()
{
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            f.write("not a database\n");
    }
    const QByteArray before = checksum(path());
    for (const auto mode :
         {Database::Mode::CreateOrUpgrade, Database::Mode::ExistingOnly, Database::Mode::ReadOnly}) {
        auto db = Database::open(path(), mode);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Corrupt);
        QVERIFY2(db.error().message.contains(QLatin1String("damaged or is not a database")),
                 qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(path())),
                 qPrintable(db.error().message));
    }
    QCOMPARE(checksum(path()), before);
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-wal")));
}

// The window says an upgrade is coming from this figure, before anything opens the file for writing.
void TestMigrations::storedVersionReadsWithoutWriting()
{
    QCOMPARE(Database::storedVersion(path()), -1); // no file
    QVERIFY(!QFileInfo::exists(path()));
    {
        auto db = Database::openAtVersion(path(), 13);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
    }
    const QByteArray before = checksum(path());
    QCOMPARE(Database::storedVersion(path()), 13);
    QCOMPARE(checksum(path()), before);
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
    }
    QCOMPARE(Database::storedVersion(path()), Database::latestVersion());
    QFile::remove(path());
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, not even its header\n");
    }
    QCOMPARE(Database::storedVersion(path()), -1);
}

void TestMigrations::damagedSchemaPageIsCorrupt()
{
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
    }
    {
        // Keep SQLite's 100-byte header, overwrite the rest of page 1 (the schema's b-tree).
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(100));
        f.write(QByteArray(1000, '\xA5'));
    }
    const QByteArray before = checksum(path());
    auto db = Database::open(path());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Corrupt);
    QVERIFY2(db.error().message.contains(QLatin1String("damaged")), qPrintable(db.error().message));
    QCOMPARE(checksum(path()), before);
}

// A zero-byte file is an empty SQLite database (as `touch` makes one): it becomes ours.
void TestMigrations::emptyFileBecomesADatabase()
{
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
    QCOMPARE(pragma(*db.value(), QStringLiteral("application_id")).toInt(), Database::applicationId);
}

// Root may write any file whatever its mode bits, and so may the terminal run as root: a 0444 file is
// not read-only for root, and the database opens. The refusal itself is tested in permissions() as
// another user.
void TestMigrations::readOnlyAsRoot()
{
    if (::geteuid() != 0)
        QSKIP("runs only as root; permissions() covers a normal user");
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
    }
    QVERIFY(QFile::setPermissions(path(),
                                  QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(QFileInfo(path()).isWritable()); // the kernel lets root write
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    QVERIFY(db.value()
                ->execScript(QStringLiteral("INSERT INTO settings (key, value, updated_at, origin_terminal) "
                                            "VALUES ('k', 'v', 'now', 't')"))
                .ok());
}

void TestMigrations::permissions_data()
{
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<int>("dirMode");
    QTest::addColumn<QString>("message");
    QTest::newRow("read-only file") << 0444 << 0777 << QStringLiteral("is read-only");
    QTest::newRow("read-only folder") << 0666 << 0555 << QStringLiteral("is read-only");
    QTest::newRow("unreadable file") << 0000 << 0777 << QStringLiteral("cannot be read");
}

// Runs as the user "nobody" when the tests run as root, since root ignores permission bits.
void TestMigrations::permissions()
{
    QFETCH(int, fileMode);
    QFETCH(int, dirMode);
    QFETCH(QString, message);
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
        QVERIFY(db.value()
                    ->execScript(QStringLiteral("INSERT INTO settings (key, value, updated_at, "
                                                "origin_terminal) VALUES ('k', 'v', 'now', 't')"))
                    .ok());
    }
    QCOMPARE(::chmod(QFile::encodeName(path()).constData(), mode_t(fileMode)), 0);
    QCOMPARE(::chmod(QFile::encodeName(m_dir->path()).constData(), mode_t(dirMode)), 0);
    const QByteArray before = ::geteuid() == 0 ? checksum(path()) : QByteArray();

    std::unique_ptr<RunAsNobody> nobody;
    if (::geteuid() == 0) {
        nobody = std::make_unique<RunAsNobody>();
        if (!nobody->active()) {
            const QString why = nobody->error();
            nobody.reset();
            ::chmod(QFile::encodeName(m_dir->path()).constData(), 0700);
            QSKIP(qPrintable(
                QStringLiteral("running as root, which ignores file permissions, and cannot switch to "
                               "the user nobody to test them (%1)")
                    .arg(why)));
        }
    }
    for (const auto mode : {Database::Mode::CreateOrUpgrade, Database::Mode::ExistingOnly}) {
        auto db = Database::open(path(), mode);
        QVERIFY2(!db.ok(), "opened for writing");
        QCOMPARE(db.error().kind, Error::Storage);
        QVERIFY2(db.error().message.contains(message), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(path())),
                 qPrintable(db.error().message));
    }
    nobody.reset();
    ::chmod(QFile::encodeName(m_dir->path()).constData(), 0700);
    QVERIFY(::chmod(QFile::encodeName(path()).constData(), 0600) == 0);
    if (!before.isEmpty())
        QCOMPARE(checksum(path()), before);
    // Nothing was lost.
    auto db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'k'")), qint64(1));
}

void TestMigrations::folderPath()
{
    for (const auto mode :
         {Database::Mode::CreateOrUpgrade, Database::Mode::ExistingOnly, Database::Mode::ReadOnly}) {
        auto db = Database::open(m_dir->path(), mode);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Invalid);
        QVERIFY2(db.error().message.contains(QLatin1String("is a folder")), qPrintable(db.error().message));
    }
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestMigrations::missingFile_data()
{
    QTest::addColumn<Database::Mode>("mode");
    QTest::newRow("existing only") << Database::Mode::ExistingOnly;
    QTest::newRow("read only") << Database::Mode::ReadOnly;
}

void TestMigrations::missingFile()
{
    QFETCH(Database::Mode, mode);
    auto db = Database::open(path(), mode);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::NotFound);
    QVERIFY2(db.error().message.contains(QLatin1String("There is no database at")),
             qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QLatin1String("loyalty-cli init")), qPrintable(db.error().message));
    QVERIFY(!QFileInfo::exists(path()));
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestMigrations::emptyPath()
{
    auto db = Database::open(QString());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Invalid);
}

void TestMigrations::readOnlyModeNeedsUpgradedFile()
{
    {
        auto db = Database::openAtVersion(path(), Database::latestVersion() - 1);
        QVERIFY(db.ok());
    }
    const QByteArray before = checksum(path());
    auto db = Database::open(path(), Database::Mode::ReadOnly);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Invalid);
    QVERIFY2(db.error().message.contains(QLatin1String("needs an upgrade")), qPrintable(db.error().message));
    QCOMPARE(checksum(path()), before);
}

// The reports connection reads what the sales connection committed, and cannot write.
void TestMigrations::readerBesideWriter()
{
    auto writer = Database::open(path());
    QVERIFY(writer.ok());
    auto reader = Database::open(path(), Database::Mode::ReadOnly);
    QVERIFY2(reader.ok(), qPrintable(reader.error().message));
    QVERIFY(writer.value()
                ->execScript(QStringLiteral("INSERT INTO settings (key, value, updated_at, "
                                            "origin_terminal) VALUES ('k', 'v', 'now', 't')"))
                .ok());
    QCOMPARE(scalar(*reader.value(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'k'")),
             qint64(1));
    const auto r = reader.value()->execScript(QStringLiteral("DELETE FROM settings"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Storage);
    QVERIFY2(r.error().message.contains(QLatin1String("read-only")), qPrintable(r.error().message));
    QCOMPARE(scalar(*writer.value(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'k'")),
             qint64(1));
}

// The kinds a ledger entry may have, after v11 spelled the rule anew (0011_ledger_kind_check.sql), on a
// file upgraded from v10 with entries already in it, and on a reader that had the old schema open.
void TestMigrations::ledgerKinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("accepted");
    for (const char *k : {"earn", "redeem", "expire", "adjust", "reverse", "bonus", "import"})
        QTest::addRow("%s", k) << QString::fromLatin1(k) << true;
    QTest::addRow("unknown") << QStringLiteral("gift") << false;
    QTest::addRow("upper case") << QStringLiteral("EARN") << false;
    QTest::addRow("padded") << QStringLiteral("earn ") << false;
    QTest::addRow("empty") << QString() << false;
}

void TestMigrations::ledgerKinds()
{
    QFETCH(QString, kind);
    QFETCH(bool, accepted);
    const QString now = QStringLiteral("'2026-03-14T10:00:00.000Z'");
    {
        auto v10 = Database::openAtVersion(path(), 10);
        QVERIFY2(v10.ok(), qPrintable(v10.error().message));
        QVERIFY(
            v10.value()
                ->execScript(QStringLiteral(
                                 "INSERT INTO members (id, uuid, origin_terminal, name, created_at, "
                                 "updated_at) VALUES (1, 'm-1', 't', 'Anna', %1, %1);"
                                 "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, "
                                 "created_at) VALUES ('l-0', 't', 1, 'earn', 12, %1);")
                                 .arg(now))
                .ok());
    }
    // A connection that had the file open before the upgrade learns of it from the schema's version.
    auto reader = Database::openAtVersion(path(), 10);
    QVERIFY(reader.ok());
    QCOMPARE(insertOpensATemporaryTable(*reader.value(), QStringLiteral("points_ledger")),
             QStringLiteral("yes"));
    auto opened = Database::open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message + QLatin1Char(' ') + opened.error().detail));
    QCOMPARE(opened.value()->schemaVersion(), Database::latestVersion());
    QVERIFY(opened.value()->integrityCheck().ok());
    // Its next statement finds the schema's version moved on and reads the schema again.
    QCOMPARE(scalar(*reader.value(), QStringLiteral("SELECT count(*) FROM points_ledger")), qint64(1));
    QCOMPARE(insertOpensATemporaryTable(*reader.value(), QStringLiteral("points_ledger")),
             QStringLiteral("no"));
    for (Database *db : {opened.value().get(), reader.value().get()}) {
        QSqlQuery q(db->connection());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, "
                                         "points, created_at) VALUES (?, 't', 1, ?, 5, %1)")
                              .arg(now)));
        q.addBindValue(QStringLiteral("l-%1").arg(quintptr(db)));
        q.addBindValue(kind.isNull() ? QStringLiteral("") : kind);
        QCOMPARE(q.exec(), accepted);
        if (!accepted)
            QVERIFY2(q.lastError().text().contains(QLatin1String("CHECK constraint failed")),
                     qPrintable(q.lastError().text()));
    }
    QCOMPARE(scalar(*opened.value(), QStringLiteral("SELECT count(*) FROM points_ledger")),
             qint64(accepted ? 3 : 1));
}

// Every row a sale or a sync batch writes is checked by its table's CHECK constraints. A constraint
// written as an IN list of more than two values makes SQLite build a temporary table for the list each
// time a row is written (v11 removed the one on the ledger); none of these tables may have one again.
void TestMigrations::busyTablesCheckRowsWithoutATemporaryTable()
{
    auto opened = Database::open(path());
    QVERIFY(opened.ok());
    for (const char *table :
         {"members", "cards", "purchases", "purchase_lines", "points_ledger", "points_allocations",
          "purchase_adjustments", "stamp_ledger", "feedback", "member_clock", "daily_sales", "daily_points",
          "member_months", "sync_outbox", "audit_log"})
        QCOMPARE(insertOpensATemporaryTable(*opened.value(), QLatin1String(table)), QStringLiteral("no"));
}

void TestMigrations::appendOnlyTriggers()
{
    auto opened = Database::open(path());
    QVERIFY(opened.ok());
    Database &db = *opened.value();
    const QString now = QStringLiteral("'2026-03-14T10:00:00.000Z'");
    QVERIFY(
        db.execScript(
              QStringLiteral("INSERT INTO members (id, uuid, origin_terminal, name, created_at, updated_at) "
                             "VALUES (1, 'm-1', 't', 'Anna', %1, %1);"
                             "INSERT INTO points_ledger (id, uuid, origin_terminal, member_id, kind, points, "
                             "created_at) VALUES (1, 'l-1', 't', 1, 'earn', 12, %1);"
                             "INSERT INTO points_ledger (id, uuid, origin_terminal, member_id, kind, points, "
                             "created_at) VALUES (2, 'l-2', 't', 1, 'redeem', -5, %1);"
                             "INSERT INTO points_allocations (uuid, entry_id, lot_id, points) "
                             "VALUES ('a-1', 2, 1, 5);"
                             "INSERT INTO audit_log (uuid, origin_terminal, at, action) "
                             "VALUES ('au-1', 't', %1, 'sale');")
                  .arg(now))
            .ok());

    const struct
    {
        const char *sql;
        const char *message;
    } refused[] = {
        {"UPDATE points_ledger SET points = 1000 WHERE id = 1", "the points ledger is append-only"},
        {"DELETE FROM points_ledger WHERE id = 1", "the points ledger is append-only"},
        {"DELETE FROM points_ledger", "the points ledger is append-only"},
        {"UPDATE points_allocations SET points = 1", "point allocations are append-only"},
        {"DELETE FROM points_allocations", "point allocations are append-only"},
        {"UPDATE audit_log SET action = 'nothing'", "the audit trail is append-only"},
        {"DELETE FROM audit_log", "the audit trail is append-only"},
    };
    for (const auto &r : refused) {
        const auto result = db.execScript(QString::fromLatin1(r.sql));
        QVERIFY2(!result.ok(), r.sql);
        QVERIFY2(result.error().detail.contains(QLatin1String(r.message)), qPrintable(result.error().detail));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM points_ledger")), qint64(2));
    QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(points) FROM points_ledger")), qint64(7));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM points_allocations")), qint64(1));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sale'")), qint64(1));
    // Appending is still allowed, and a zero entry is not.
    QVERIFY(db.execScript(
                  QStringLiteral("INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, "
                                 "created_at) VALUES ('l-3', 't', 1, 'bonus', 50, %1)")
                      .arg(now))
                .ok());
    QVERIFY(
        !db.execScript(QStringLiteral("INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, "
                                      "points, created_at) VALUES ('l-4', 't', 1, 'bonus', 0, %1)")
                           .arg(now))
             .ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(points) FROM points_ledger")), qint64(57));
}

void TestMigrations::transactionRollsBackUnlessCommitted()
{
    auto opened = Database::open(path());
    QVERIFY(opened.ok());
    Database &db = *opened.value();
    const QString insert = QStringLiteral("INSERT INTO settings (key, value, updated_at, origin_terminal) "
                                          "VALUES ('%1', 'v', 'now', 't')");
    {
        Transaction tx(db);
        QVERIFY(tx.begun());
        QVERIFY(db.execScript(insert.arg(QStringLiteral("dropped"))).ok());
    }
    {
        Transaction tx(db);
        QVERIFY(tx.begun());
        QVERIFY(db.execScript(insert.arg(QStringLiteral("kept"))).ok());
        QVERIFY(tx.commit().ok());
        QVERIFY(!tx.commit().ok()); // only once
    }
    {
        Transaction tx(db);
        QVERIFY(db.execScript(insert.arg(QStringLiteral("rolled back"))).ok());
        tx.rollback();
        QVERIFY(!tx.begun());
    }
    QSqlQuery q(db.connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT key FROM settings WHERE key IN ('dropped', 'kept', 'rolled back')")));
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    QCOMPARE(keys, QStringList {QStringLiteral("kept")});
}

void TestMigrations::integrityCheck()
{
    auto db = Database::open(path());
    QVERIFY(db.ok());
    QVERIFY(db.value()->integrityCheck(false).ok());
    QVERIFY(db.value()->integrityCheck(true).ok());
}

void TestMigrations::idleCheckpointEmptiesTheLog()
{
    auto opened = Database::open(path());
    QVERIFY(opened.ok());
    Database &db = *opened.value();
    QVERIFY(
        db
            .execScript(QStringLiteral(
                "INSERT INTO settings (key, value, updated_at, origin_terminal) VALUES ('k', 'v', 'x', 't')"))
            .ok());
    // The page lives only in the log until a checkpoint copies it: count frames still to copy.
    auto framesBehind = [&db] {
        int log = 0, copied = 0;
        sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &copied);
        return log - copied;
    };
    QVERIFY(db.checkpoint().ok());
    QCOMPARE(framesBehind(), 0);
    // A reader in the middle does not make it fail: PASSIVE copies what it can.
    QVERIFY(db.execScript(QStringLiteral("UPDATE settings SET value = 'w' WHERE key = 'k'")).ok());
    auto reader = Database::open(path(), Database::Mode::ReadOnly);
    QVERIFY(reader.ok());
    QVERIFY(db.checkpoint().ok());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
