#include "programservice.h"

#include "auditservice.h"
#include "ids.h"
#include "programcodec.h"
#include "sqlexec.h"
#include "sqlite/statementcache.h"
#include "staffservice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace {
// This file's strings translate in the context "ProgramService" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgramService)
};
// The program as stored, parsed and checked. Every quote reads the version in force, and parsing its
// JSON was most of a quote's time: the last few texts parsed are kept, per thread (the reports run on
// their own), keyed by the exact text, so a changed version is parsed again.
Result<PricingProgram> parsed(const QString &json, const QString &currency)
{
    thread_local QHash<QString, PricingProgram> cache;
    const QString key = currency + QLatin1Char('|') + json;
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    auto program = ProgramCodec::fromJson(doc.object(), currency);
    if (!program)
        return program.error();
    if (const QStringList problems = program->validate(); !problems.isEmpty())
        return makeError(Error::Corrupt,
                         Text::tr("The loyalty program settings are inconsistent: %1")
                             .arg(problems.join(QLatin1Char(' '))));
    if (cache.size() >= 8)
        cache.clear();
    cache.insert(key, program.value());
    return program.value();
}

const char kColumns[] = "id, uuid, effective_from, settings_json, note, created_at, created_by, approved_by";
} // namespace

PricingProgram ProgramService::defaults(const QString &currency)
{
    PricingProgram p;
    p.base.currency = currency;
    p.birthday.enabled = false;
    p.birthday.kind = BirthdayOffer::Kind::BonusPoints;
    p.birthday.bonusPoints = 100;
    p.redemption.enabled = false;
    return p;
}

Result<QVector<ProgramVersion>> ProgramService::select(const TerminalRecord &terminal, const QString &where,
                                                       const QVariantList &values)
{
    auto q = Sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM program_versions %2").arg(QLatin1String(kColumns), where),
        values, Text::tr("The loyalty program cannot be read."));
    if (!q)
        return q.error();
    QVector<ProgramVersion> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        ProgramVersion v;
        v.id = r.value(0).toLongLong();
        v.uuid = r.value(1).toString();
        v.effectiveFrom = Ids::fromUtcText(r.value(2).toString());
        auto program = parsed(r.value(3).toString(), terminal.currency);
        if (!program)
            return program.error();
        v.program = program.value();
        v.note = r.value(4).toString();
        v.createdAt = Ids::fromUtcText(r.value(5).toString());
        v.createdBy = r.value(6).toLongLong();
        v.approvedBy = r.value(7).toLongLong();
        out << v;
    }
    return out;
}

namespace {
// The version in force, kept per connection: every sale and quote asks for it, and reading and
// copying it out of Qt SQL was a good part of a sale's time. Versions are never changed or deleted
// (the table's triggers refuse it), so the table's row count and highest id say whether any came
// since, from this connection or another process (a sync, a second till). The kept version answers
// for every moment between the latest start at or before the one asked for and the next start after
// it, compared as the stored text is.
struct InForceCache
{
    explicit InForceCache(Database &) { }
    bool filled = false;
    qint64 rows = -1;
    qint64 maxId = -1;
    QString currency;
    QString from; // in force for utcText(at) in [from, until); until empty: no later version
    QString until;
    ProgramVersion version;
};

constexpr char kVersionsSeen[] = "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM program_versions";

bool versionsSeen(Database &db, qint64 *rows, qint64 *maxId)
{
    Statement &st = db.cache<StatementCache>().get(kVersionsSeen);
    const bool ok = st.ok() && st.step() == Statement::Step::Row;
    if (ok) {
        *rows = st.int64(0);
        *maxId = st.int64(1);
    }
    st.reset();
    return ok;
}

// The starts around `at`: the latest at or before it and the first after it (empty: none).
Result<QPair<QString, QString>> startsAround(Database &db, const QString &at)
{
    auto q = Sql::exec(db,
                       QStringLiteral("SELECT (SELECT MAX(effective_from) FROM program_versions "
                                      "WHERE effective_from <= ?), (SELECT MIN(effective_from) FROM "
                                      "program_versions WHERE effective_from > ?)"),
                       {at, at}, Text::tr("The loyalty program cannot be read."));
    if (!q)
        return q.error();
    if (!q.value().next())
        return QPair<QString, QString>();
    return qMakePair(q->value(0).toString(), q->value(1).toString());
}
} // namespace

Result<ProgramVersion> ProgramService::inForce(const TerminalRecord &terminal, const QDateTime &at)
{
    const QString atText = Ids::utcText(at);
    InForceCache &kept = m_db.cache<InForceCache>();
    qint64 rows = 0, maxId = 0;
    const bool seen = versionsSeen(m_db, &rows, &maxId);
    if (seen && kept.filled && kept.rows == rows && kept.maxId == maxId && kept.currency == terminal.currency
        && kept.from <= atText && (kept.until.isEmpty() || atText < kept.until))
        return kept.version;
    kept.filled = false;
    auto found
        = select(terminal,
                 QStringLiteral(
                     "WHERE effective_from <= ? ORDER BY is_default, effective_from DESC, uuid DESC LIMIT 1"),
                 {atText});
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        auto first = select(terminal, QStringLiteral("ORDER BY effective_from LIMIT 1"), {});
        if (first && !first->isEmpty())
            return makeError(Error::NotFound,
                             Text::tr("The loyalty program begins on %1; nothing can be recorded before it.")
                                 .arg(QLocale().toString(first->first().effectiveFrom.toLocalTime(),
                                                         QLocale::ShortFormat)));
        return makeError(Error::NotFound, Text::tr("This terminal has no loyalty program yet."));
    }
    if (auto starts = startsAround(m_db, atText); seen && starts && !starts->first.isEmpty()) {
        kept.rows = rows;
        kept.maxId = maxId;
        kept.currency = terminal.currency;
        kept.from = starts->first;
        kept.until = starts->second;
        kept.version = found->first();
        kept.filled = true;
    }
    return found->first();
}

Result<ProgramVersion> ProgramService::byId(const TerminalRecord &terminal, qint64 id)
{
    auto found = select(terminal, QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(Error::NotFound, Text::tr("That version of the loyalty program does not exist."));
    return found->first();
}

Result<QVector<ProgramVersion>> ProgramService::history(const TerminalRecord &terminal)
{
    return select(terminal, QStringLiteral("ORDER BY effective_from DESC, uuid DESC"), {});
}

Result<Program> ProgramService::current(const TerminalRecord &terminal, const QDateTime &at)
{
    auto v = inForce(terminal, at.isValid() ? at : QDateTime::currentDateTimeUtc());
    if (!v)
        return v.error();
    return v->program.base;
}

namespace {
Result<qint64> insertVersion(Database &db, const TerminalRecord &terminal, const PricingProgram &program,
                             const QDateTime &from, const QDateTime &now, qint64 by, qint64 approvedBy,
                             const QString &note, QString *uuid, bool isDefault = false)
{
    *uuid = Ids::newUuid(now);
    const QString json
        = QString::fromUtf8(QJsonDocument(ProgramCodec::toJson(program)).toJson(QJsonDocument::Compact));
    auto q = Sql::exec(db,
                       QStringLiteral("INSERT INTO program_versions (uuid, origin_terminal, effective_from, "
                                      "settings_json, note, created_at, created_by, approved_by, is_default) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {*uuid, terminal.uuid, Ids::utcText(from), json, Sql::textOrNull(note),
                        Ids::utcText(now), Sql::idOrNull(by), Sql::idOrNull(approvedBy), isDefault ? 1 : 0},
                       Text::tr("The loyalty program could not be saved."));
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}
} // namespace

Result<void> ProgramService::writeDefaults(const TerminalRecord &terminal, const QDateTime &at)
{
    QString uuid;
    auto id
        = insertVersion(m_db, terminal, defaults(terminal.currency), at, at, 0, 0, QString(), &uuid, true);
    if (!id)
        return id.error();
    return {};
}

Result<void> ProgramService::seed(const TerminalRecord &terminal, const PricingProgram &program,
                                  const QDateTime &from)
{
    if (const QStringList problems = program.validate(); !problems.isEmpty())
        return makeError(Error::Invalid, problems.join(QLatin1Char('\n')));
    QString uuid;
    auto id = insertVersion(m_db, terminal, program, from, from, 0, 0, Text::tr("demo"), &uuid);
    if (!id)
        return id.error();
    return {};
}

Result<ProgramVersion> ProgramService::publish(const TerminalRecord &terminal, const PricingProgram &program,
                                               const QDateTime &from, const QDateTime &now, const Actor &by,
                                               qint64 approvedBy, const QString &rawNote)
{
    FixedClock when(now);
    ServiceContext ctx(m_db, when, terminal, by);
    if (auto allowed = StaffService(ctx).authorize(Action::ChangeProgram, approvedBy); !allowed)
        return allowed.error();
    PricingProgram p = program;
    p.base.currency = terminal.currency;
    if (const QStringList problems = p.validate(); !problems.isEmpty())
        return makeError(Error::Invalid, problems.join(QLatin1Char('\n')));
    // A second's slack: "from now" typed in a dialog is a moment ago by the time it is saved.
    if (!from.isValid() || from < now.addSecs(-1))
        return makeError(
            Error::Invalid,
            Text::tr("A change takes effect now or later: past sales keep the rules they were made with."));
    const QString note = rawNote.simplified();
    if (note.size() > 200)
        return makeError(Error::Invalid, Text::tr("A note has at most 200 characters."));

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    auto before = inForce(terminal, qMax(from, now));
    QString uuid;
    auto id = insertVersion(m_db, terminal, p, qMax(from, now), now, by.staffId, approvedBy, note, &uuid);
    if (!id)
        return id.error();
    if (auto r = AuditService(ctx).record(
            QStringLiteral("program.change"), QStringLiteral("program"), uuid,
            before ? ProgramCodec::toJson(before->program) : QJsonObject(),
            QJsonObject {{QStringLiteral("effective_from"), Ids::utcText(qMax(from, now))},
                         {QStringLiteral("settings"), ProgramCodec::toJson(p)}},
            approvedBy);
        !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return byId(terminal, id.value());
}

Result<void> ProgramService::setEarnRule(const TerminalRecord &terminal, const EarnRule &rule,
                                         const QDateTime &at, const Actor &by, qint64 approvedBy)
{
    auto v = inForce(terminal, at);
    if (!v)
        return v.error();
    PricingProgram p = v->program;
    p.base.earn = rule;
    auto r = publish(terminal, p, at, at, by, approvedBy, Text::tr("earn rate"));
    if (!r)
        return r.error();
    return {};
}
