#include "importservice.h"

#include "auditservice.h"

#include "ids.h"
#include "membertotals.h"
#include "phone.h"
#include "programservice.h"
#include "quote.h"
#include "repositories.h"
#include "staffservice.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <type_traits>

namespace {
// This file's strings translate in the context "ImportService" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)
};

// A header cell reduced to what identifies it: case-folded letters and digits only, ё as е.
// "E-mail", "e_mail" and "EMAIL " all become "email"; "Ім'я" becomes "імя".
QString headerKey(const QString &text)
{
    QString out;
    const QString folded = text.toCaseFolded();
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c == QChar(0x0451))
            out.append(QChar(0x0435));
        else if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

// Header names per field, already in headerKey() form. Sources: the exports of Loyverse, Square,
// Poster, iiko, 1C, Shopify and spreadsheets people keep by hand.
// sizes: data (header aliases)
const QHash<QString, ImportMapping::Field> &headerNames()
{
    static const QHash<QString, ImportMapping::Field> names = [] {
        QHash<QString, ImportMapping::Field> h;
        auto add = [&h](ImportMapping::Field f, std::initializer_list<const char *> keys) {
            for (const char *k : keys)
                h.insert(headerKey(QString::fromUtf8(k)), f);
        };
        add(ImportMapping::Name,
            {"name",
             "full name",
             "fullname",
             "customer name",
             "customer",
             "client",
             "client name",
             "member",
             "member name",
             "contact name",
             "display name",
             "fio",
             "фио",
             "ф.и.о.",
             "клиент",
             "покупатель",
             "имя клиента",
             "полное имя",
             "имя и фамилия",
             "фамилия имя",
             "фамилия имя отчество",
             "име и фамилия",
             "име и презиме",
             "пълно име",
             "клиент име",
             "піб",
             "прізвище ім'я",
             "ім'я та прізвище",
             "клієнт",
             "姓名",
             "名字",
             "客户名称",
             "客户姓名",
             "会员姓名",
             "顾客姓名",
             "客户"});
        add(ImportMapping::FirstName,
            {"first name", "firstname", "first", "given name", "forename", "fname", "имя", "име",
             "собствено име", "ім'я", "名"});
        add(ImportMapping::LastName,
            {"last name", "lastname", "last", "surname", "family name", "lname", "фамилия", "презиме",
             "прізвище", "姓"});
        add(ImportMapping::Phone,
            {"phone",
             "phone number",
             "phone no",
             "telephone",
             "tel",
             "mobile",
             "mobile phone",
             "mobile number",
             "cell",
             "cell phone",
             "contact number",
             "msisdn",
             "телефон",
             "тел",
             "мобильный",
             "мобильный телефон",
             "номер телефона",
             "сотовый",
             "телефонен номер",
             "мобилен",
             "мобилен телефон",
             "мобилен номер",
             "мобільний",
             "мобільний телефон",
             "номер телефону",
             "电话",
             "手机",
             "手机号",
             "手机号码",
             "电话号码",
             "联系电话"});
        add(ImportMapping::Email,
            {"email", "e-mail", "mail", "email address", "e-mail address", "электронная почта", "почта",
             "емейл", "имейл", "эл почта", "електронна поща", "ел поща", "електронна пошта", "пошта", "邮箱",
             "电子邮件", "电子邮箱", "邮件"});
        add(ImportMapping::Card,
            {"card",
             "card number",
             "card no",
             "cardnumber",
             "loyalty card",
             "loyalty card number",
             "member card",
             "customer code",
             "client code",
             "member code",
             "member number",
             "member no",
             "barcode",
             "code",
             "номер карты",
             "карта",
             "дисконтная карта",
             "бонусная карта",
             "номер дисконтной карты",
             "штрихкод",
             "штрих-код",
             "код клиента",
             "код карты",
             "номер на карта",
             "клиентска карта",
             "код на клиент",
             "баркод",
             "номер картки",
             "картка",
             "дисконтна картка",
             "код клієнта",
             "штрихкод картки",
             "卡号",
             "会员卡号",
             "会员卡",
             "卡号码",
             "条形码",
             "会员编号",
             "会员号"});
        add(ImportMapping::Birthday,
            {"birthday", "birth date", "birthdate", "date of birth", "dob", "bday", "born", "день рождения",
             "дата рождения", "др", "рожден ден", "дата на раждане", "день народження", "дата народження",
             "生日", "出生日期"});
        add(ImportMapping::Points, {"points",         "point",         "balance",
                                    "points balance", "point balance", "loyalty points",
                                    "bonus",          "bonuses",       "bonus points",
                                    "баллы",          "бонусы",        "баланс",
                                    "бонусные баллы", "баланс баллов", "бонусный баланс",
                                    "точки",          "бонус точки",   "бонуси",
                                    "бали",           "бонусні бали",  "积分",
                                    "积分余额",       "会员积分",      "余额"});
        add(ImportMapping::Notes,
            {"notes", "note", "comment", "comments", "remarks", "memo", "примечание", "примечания",
             "комментарий", "заметки", "бележки", "бележка", "коментар", "коментари", "примітка", "примітки",
             "备注", "说明"});
        return h;
    }();
    return names;
}

// A leading apostrophe before = + - @ is what a careful export (ours included) adds against formula
// injection; the value itself starts after it.
QString cellValue(const QString &raw)
{
    if (raw.size() >= 2 && raw.at(0) == QLatin1Char('\'') && QStringLiteral("=+-@").contains(raw.at(1)))
        return raw.mid(1);
    return raw;
}

QString sameNameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

// --- ImportMapping -------------------------------------------------------------------------------

ImportMapping ImportMapping::detect(const QStringList &header)
{
    ImportMapping m;
    const auto &names = headerNames();
    QVector<bool> used(header.size(), false);
    // Exact names first; then a known name at the start of a longer header ("Phone (mobile)",
    // "Телефон клиента"), for the fields still missing.
    for (int c = 0; c < header.size(); ++c) {
        const auto it = names.constFind(headerKey(header.at(c)));
        if (it != names.cend() && !m.has(it.value())) {
            m.set(it.value(), c);
            used[c] = true;
        }
    }
    for (int c = 0; c < header.size(); ++c) {
        if (used[c])
            continue;
        const QString key = headerKey(header.at(c));
        int bestLength = 0;
        std::optional<Field> best;
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (it.key().size() >= 4 && it.key().size() > bestLength && key.startsWith(it.key())
                && !m.has(it.value())) {
                best = it.value();
                bestLength = int(it.key().size());
            }
        }
        if (best) {
            m.set(*best, c);
            used[c] = true;
        }
    }
    // "Имя" alone, or a first name without a last name, is the whole name.
    if (!m.has(Name) && m.has(FirstName) && !m.has(LastName)) {
        m.set(Name, m.column(FirstName));
        m.clear(FirstName);
    }
    if (!m.has(Name) && !m.has(FirstName) && m.has(LastName)) {
        m.set(Name, m.column(LastName));
        m.clear(LastName);
    }
    // With a full-name column, first and last name columns would only confuse.
    if (m.has(Name)) {
        m.clear(FirstName);
        m.clear(LastName);
    }
    return m;
}

Result<void> ImportMapping::setFromText(Field f, const QString &column, const QStringList &header)
{
    const QString c = column.trimmed();
    if (c.isEmpty() || c == QLatin1String("-")) {
        clear(f);
        return {};
    }
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(c, Qt::CaseInsensitive) == 0) {
            set(f, i);
            return {};
        }
    }
    bool isNumber = false;
    const int n = c.toInt(&isNumber);
    if (isNumber && n >= 1 && n <= header.size()) {
        set(f, n - 1);
        return {};
    }
    return makeError(Error::Invalid,
                     Text::tr("The file has no column \"%1\". Its columns are: %2.")
                         .arg(c, header.join(QStringLiteral(", "))));
}

QStringList ImportMapping::problems(const QStringList &header) const
{
    QStringList out;
    for (int f = 0; f < FieldCount; ++f) {
        if (column(Field(f)) >= header.size())
            out << Text::tr("The column chosen for \"%1\" is not in the file.").arg(label(Field(f)));
    }
    if (!has(Name) && !has(FirstName) && !has(LastName))
        out << Text::tr("Choose the column with the members' names. The file's columns are: %1.")
                   .arg(header.join(QStringLiteral(", ")));
    if (!has(Card) && !has(Phone))
        out << Text::tr(
            "Choose the column with the card numbers or the one with the phone numbers: without them a "
            "second import could not recognise the members it already brought in.");
    QHash<int, Field> seen;
    for (int f = 0; f < FieldCount; ++f) {
        const int c = column(Field(f));
        if (c < 0)
            continue;
        if (seen.contains(c))
            out << Text::tr("Column \"%1\" is chosen for both \"%2\" and \"%3\".")
                       .arg(header.value(c), label(seen.value(c)), label(Field(f)));
        else
            seen.insert(c, Field(f));
    }
    return out;
}

QString ImportMapping::key(Field f)
{
    static const char *const keys[FieldCount]
        = {"name", "first_name", "last_name", "phone", "email", "card", "birthday", "points", "notes"};
    return f >= 0 && f < FieldCount ? QString::fromLatin1(keys[f]) : QString();
}

std::optional<ImportMapping::Field> ImportMapping::fieldForKey(const QString &k)
{
    const QString wanted = k.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (int f = 0; f < FieldCount; ++f) {
        if (key(Field(f)) == wanted)
            return Field(f);
    }
    if (wanted == QLatin1String("e_mail"))
        return Email;
    return std::nullopt;
}

QString ImportMapping::label(Field f)
{
    switch (f) {
    case Name:
        return Text::tr("Name");
    case FirstName:
        return Text::tr("First name");
    case LastName:
        return Text::tr("Last name");
    case Phone:
        return Text::tr("Phone");
    case Email:
        return Text::tr("E-mail");
    case Card:
        return Text::tr("Card number");
    case Birthday:
        return Text::tr("Birthday");
    case Points:
        return Text::tr("Points balance");
    case Notes:
        return Text::tr("Notes");
    case FieldCount:
        break;
    }
    return {};
}

// --- ImportService -------------------------------------------------------------------------------

ImportService::ImportService(const ServiceContext &ctx)
    : m_ctx(ctx)
{
}

Result<Csv::Table> ImportService::read(const QString &path)
{
    return Csv::readFile(path);
}

Result<ImportReport> ImportService::plan(const Csv::Table &table, const ImportMapping &mapping)
{
    return planRows(table, mapping);
}

Result<ImportReport> ImportService::plan(const QString &path, const std::optional<ImportMapping> &mapping)
{
    auto table = read(path);
    if (!table)
        return table.error();
    m_fileName = QFileInfo(path).fileName();
    return planRows(table.value(), mapping ? *mapping : ImportMapping::detect(table->header));
}

Result<ImportReport> ImportService::apply(const QString &path, const std::optional<ImportMapping> &mapping,
                                          const ImportOptions &options)
{
    auto table = read(path);
    if (!table)
        return table.error();
    m_fileName = QFileInfo(path).fileName();
    return apply(table.value(), mapping ? *mapping : ImportMapping::detect(table->header), options);
}

namespace {
using RowField = ImportMapping::Field;
using RowAction = ImportRow::Action;

// The row's cells, each checked as enrolment checks it; what is wrong goes to r.errors.
void readCells(ImportRow &r, const Csv::Row &row, const ImportMapping &mapping, const QDate &today)
{
    auto cell = [&](RowField f) {
        const int c = mapping.column(f);
        return c >= 0 && c < row.fields.size() ? cellValue(row.fields.at(c)) : QString();
    };
    auto check = [&r](auto result, const QString &what) {
        if (!result) {
            r.errors << Text::tr("%1: %2").arg(what, result.error().message);
            return std::decay_t<decltype(result.value())> {};
        }
        return result.value();
    };
    QString rawName = cell(RowField::Name);
    if (!mapping.has(RowField::Name))
        rawName
            = (cell(RowField::FirstName).trimmed() + QLatin1Char(' ') + cell(RowField::LastName).trimmed());
    r.name = check(MemberValidation::name(rawName), ImportMapping::label(RowField::Name));
    r.phone = check(MemberValidation::phone(cell(RowField::Phone)), ImportMapping::label(RowField::Phone));
    r.phoneKey = Phone::lookupKey(r.phone);
    r.email = check(MemberValidation::email(cell(RowField::Email)), ImportMapping::label(RowField::Email));
    const QString card = cell(RowField::Card).trimmed();
    if (!card.isEmpty())
        r.cardNumber = check(MemberValidation::cardNumber(card), ImportMapping::label(RowField::Card));
    r.birthday = check(MemberValidation::birthday(cell(RowField::Birthday), today),
                       ImportMapping::label(RowField::Birthday));
    r.notes = check(MemberValidation::notes(cell(RowField::Notes)), ImportMapping::label(RowField::Notes));
    r.points
        = check(MemberValidation::points(cell(RowField::Points)), ImportMapping::label(RowField::Points));

    if (r.errors.isEmpty() && r.cardNumber.isEmpty() && r.phoneKey.isEmpty())
        r.errors << Text::tr("The row has neither a card number nor a phone number, so a later import of "
                             "the same file could not recognise the member.");
}

// Duplicates inside the file: the second row would meet the first one's member.
struct FileDuplicates
{
    QHash<QString, int> cardLines; // card number -> first line with it
    QHash<QString, std::pair<int, bool>> phoneLines; // phone key -> (first line, that row had a card)

    void check(ImportRow &r)
    {
        if (!r.cardNumber.isEmpty()) {
            const auto it = cardLines.constFind(r.cardNumber);
            if (it != cardLines.cend())
                r.errors << Text::tr("Card %1 is also on line %2.").arg(r.cardNumber).arg(it.value());
            else
                cardLines.insert(r.cardNumber, r.line);
        }
        if (!r.phoneKey.isEmpty()) {
            const auto it = phoneLines.constFind(r.phoneKey);
            if (it == phoneLines.cend())
                phoneLines.insert(r.phoneKey, {r.line, !r.cardNumber.isEmpty()});
            else if (r.cardNumber.isEmpty() || !it.value().second)
                r.errors << Text::tr("Phone %1 is also on line %2; give each of these members a card number "
                                     "to tell them apart.")
                                .arg(r.phone)
                                .arg(it.value().first);
        }
    }
};

void markInvalid(ImportRow &r, ImportReport &report)
{
    r.action = RowAction::Invalid;
    r.message = r.errors.join(QStringLiteral(" "));
    ++report.invalid;
}

// Who a row is in the database, with the statements a large import needs prepared once.
class MemberMatcher
{
public:
    explicit MemberMatcher(Database &db)
        : m_members(db)
        , m_hasImport(db.connection())
        , m_byPhone(db.connection())
    {
        m_hasImport.setForwardOnly(true);
        m_hasImport.prepare(
            // The member's own opening balance, or one that came with a record merged into them.
            QStringLiteral(
                "WITH RECURSIVE same(id) AS (SELECT ? UNION SELECT m.id FROM members m "
                "JOIN same s ON m.merged_into = s.id) "
                "SELECT 1 FROM points_ledger WHERE kind = 'import' AND member_id IN (SELECT id FROM same) "
                "LIMIT 1"));
        m_byPhone.setForwardOnly(true);
        m_byPhone.prepare(
            QStringLiteral("SELECT id, name FROM members WHERE phone_norm = ? AND erased_at IS NULL "
                           "AND merged_into IS NULL LIMIT 2"));
    }

    // The card decides; without a known card, the phone. What forbids a match goes to r.errors.
    Result<void> match(ImportRow &r, std::optional<MemberRecord> &existing, bool &byCard)
    {
        if (auto found = matchByCard(r, existing, byCard); !found)
            return found.error();
        if (r.errors.isEmpty() && !existing && !r.phoneKey.isEmpty())
            return matchByPhone(r, existing);
        return {};
    }

    // Whether the member (or a record merged into them) already has an opening balance.
    Result<bool> hasOpeningBalance(qint64 memberId)
    {
        m_hasImport.bindValue(0, memberId);
        if (!m_hasImport.exec())
            return Database::storageError(m_hasImport.lastError(),
                                          Text::tr("The points ledger cannot be read."));
        const bool has = m_hasImport.next();
        m_hasImport.finish();
        return has;
    }

private:
    Result<void> matchByCard(ImportRow &r, std::optional<MemberRecord> &existing, bool &byCard)
    {
        if (r.cardNumber.isEmpty())
            return {};
        auto found = m_members.findByCard(r.cardNumber);
        if (!found)
            return found.error();
        if (!found.value())
            return {};
        const MemberRecord &holder = found.value()->member;
        if (holder.erasedAt.isValid()) {
            r.errors << Text::tr("Card %1 belonged to a member whose data was erased; it cannot be reused.")
                            .arg(r.cardNumber);
        } else if (sameNameKey(holder.name) != sameNameKey(r.name)) {
            // Another system's card numbers may collide with ours: never hand one person's
            // card and points to another.
            r.errors << Text::tr("Card %1 already belongs to %2, not to %3.")
                            .arg(r.cardNumber, holder.name, r.name);
        } else {
            existing = found.value()->member;
            byCard = true;
        }
        return {};
    }

    Result<void> matchByPhone(ImportRow &r, std::optional<MemberRecord> &existing)
    {
        // MemberRepository::findByPhone parses its statement on every call, which is most of the
        // time of a large import: this lookup is prepared once and reads only what matching needs.
        m_byPhone.bindValue(0, r.phoneKey);
        if (!m_byPhone.exec())
            return Database::storageError(m_byPhone.lastError(), Text::tr("Members cannot be searched."));
        QVector<MemberRecord> same;
        while (m_byPhone.next()) {
            MemberRecord m;
            m.id = m_byPhone.value(0).toLongLong();
            m.name = m_byPhone.value(1).toString();
            same.append(m);
        }
        m_byPhone.finish();
        const bool sameName = same.size() == 1 && sameNameKey(same.first().name) == sameNameKey(r.name);
        if (r.cardNumber.isEmpty()) {
            if (same.size() > 1)
                r.errors << Text::tr("Several members already have phone %1: add the card number to the row.")
                                .arg(r.phone);
            else if (same.size() == 1 && !sameName)
                r.errors << Text::tr("Phone %1 belongs to %2, not %3: add the card number to the row.")
                                .arg(r.phone, same.first().name, r.name);
            else if (same.size() == 1)
                existing = same.first();
        } else if (sameName) {
            // The same person, enrolled here before with another card: the old card joins them.
            existing = same.first();
        }
        // A new card with a phone someone else has: a new member (a family may share a phone).
        return {};
    }

    MemberRepository m_members;
    QSqlQuery m_hasImport;
    QSqlQuery m_byPhone;
};

void planCreate(ImportRow &r, ImportReport &report)
{
    r.action = RowAction::Create;
    r.addPoints = r.points;
    r.message = r.cardNumber.isEmpty() ? Text::tr("New member %1.").arg(r.name)
                                       : Text::tr("New member %1 with card %2.").arg(r.name, r.cardNumber);
    if (r.points > 0)
        r.message
            += QLatin1Char(' ') + Text::tr("Opening balance %1 points.").arg(QLocale().toString(r.points));
    ++report.created;
    report.points += r.addPoints;
}

// An existing member: the card and the opening balance they do not have yet, or nothing to do.
Result<void> planExisting(ImportRow &r, const MemberRecord &existing, bool byCard, MemberMatcher &matcher,
                          QSet<qint64> &pointsPlanned, ImportReport &report)
{
    r.memberId = existing.id;
    r.addCard = !byCard && !r.cardNumber.isEmpty();
    if (r.points > 0 && !pointsPlanned.contains(existing.id)) {
        auto has = matcher.hasOpeningBalance(existing.id);
        if (!has)
            return has.error();
        if (!has.value())
            r.addPoints = r.points;
    }
    if (r.addPoints > 0)
        pointsPlanned.insert(existing.id);
    QStringList what;
    if (r.addCard)
        what << Text::tr("card %1 is added").arg(r.cardNumber);
    if (r.addPoints > 0)
        what << Text::tr("an opening balance of %1 points is recorded").arg(QLocale().toString(r.addPoints));
    if (what.isEmpty()) {
        r.action = RowAction::Skip;
        r.message = byCard ? Text::tr("Already present: %1 has card %2.").arg(existing.name, r.cardNumber)
                           : Text::tr("Already present: %1 has phone %2.").arg(existing.name, r.phone);
        ++report.skipped;
    } else {
        r.action = RowAction::Update;
        r.message = Text::tr("Existing member %1: %2.").arg(existing.name, what.join(Text::tr(" and ")));
        ++report.updated;
        report.points += r.addPoints;
    }
    return {};
}
} // namespace

Result<ImportReport> ImportService::planRows(const Csv::Table &table, const ImportMapping &mapping)
{
    ImportReport report;
    report.fileName = m_fileName;
    report.encoding = table.encodingName();
    report.delimiter = table.delimiter;
    report.header = table.header;
    report.mapping = mapping;
    if (const QStringList problems = mapping.problems(table.header); !problems.isEmpty())
        return makeError(Error::Invalid, problems.join(QLatin1Char('\n')));
    if (table.rows.isEmpty())
        return makeError(Error::Invalid, Text::tr("The file has a header line but no members."));

    const QDate today = m_ctx.clock.today();
    MemberMatcher matcher(m_ctx.db);
    FileDuplicates duplicates;
    QSet<qint64> pointsPlanned; // members that get an opening balance in this import

    report.rows.reserve(table.rows.size());
    for (const Csv::Row &row : table.rows) {
        ImportRow r;
        r.line = row.line;
        if (!row.problem.isEmpty()) {
            r.errors << row.problem;
        } else {
            readCells(r, row, mapping, today);
            duplicates.check(r);
        }
        if (!r.errors.isEmpty()) {
            markInvalid(r, report);
            report.rows.append(std::move(r));
            continue;
        }

        std::optional<MemberRecord> existing;
        bool byCard = false;
        if (auto m = matcher.match(r, existing, byCard); !m)
            return m.error();

        if (!r.errors.isEmpty()) {
            markInvalid(r, report);
        } else if (!existing) {
            planCreate(r, report);
        } else if (auto planned = planExisting(r, *existing, byCard, matcher, pointsPlanned, report);
                   !planned) {
            return planned.error();
        }
        report.rows.append(std::move(r));
    }
    return report;
}

Result<ImportReport> ImportService::apply(const Csv::Table &table, const ImportMapping &mapping,
                                          const ImportOptions &options)
{
    using RowAction = ImportRow::Action;

    // Personal data enters the shop's records: a manager's, or a cashier's with a manager's approval.
    ServiceContext ctx = m_ctx;
    if (auto allowed = StaffService(ctx).authorize(::Action::ImportMembers, options.approvedBy); !allowed)
        return allowed.error();
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    // Planned again under the write lock: nothing can change between the check and the writes.
    auto planned = planRows(table, mapping);
    if (!planned)
        return planned.error();
    ImportReport report = std::move(planned).value();
    if (report.invalid > 0 && !options.validOnly) {
        QStringList first;
        for (const ImportRow &r : std::as_const(report.rows)) {
            if (r.action == RowAction::Invalid && first.size() < 5)
                first << Text::tr("line %1: %2").arg(r.line).arg(r.message);
        }
        return makeError(
            Error::Invalid,
            Text::tr("%n row(s) of the file have errors, so nothing was imported. Correct them, or choose "
                     "to import only the valid rows.",
                     nullptr, report.invalid),
            first.join(QLatin1Char('\n')));
    }
    if (report.created == 0 && report.updated == 0)
        return report; // nothing to write; the transaction rolls back untouched

    auto program = ProgramService(m_ctx.db).current(m_ctx.terminal, m_ctx.clock.nowUtc());
    if (!program)
        return program.error();
    const QDateTime now = m_ctx.clock.nowUtc();
    const QDate expiresOn = Rules::expiryDate(m_ctx.clock.today(), program->expiryMonths);
    const QString source = m_fileName.isEmpty() ? Text::tr("a CSV file") : m_fileName;

    MemberRepository members(m_ctx.db);
    LedgerRepository ledger(m_ctx.db);
    // The cached balance grows with the ledger's opening entry, in the same transaction.
    MemberTotals totals(m_ctx.db);

    for (ImportRow &r : report.rows) {
        if (r.action != RowAction::Create && r.action != RowAction::Update)
            continue;
        if (r.action == RowAction::Create) {
            MemberRecord m;
            m.uuid = Ids::newUuid(now);
            m.originTerminal = m_ctx.terminal.uuid;
            m.name = r.name;
            m.phone = r.phone;
            m.phoneNorm = r.phoneKey;
            m.email = r.email;
            m.birthDay = r.birthday.day;
            m.birthMonth = r.birthday.month;
            m.birthYear = r.birthday.year;
            m.notes = r.notes;
            m.createdAt = now;
            m.updatedAt = now;
            if (auto w = members.insert(m); !w)
                return w.error();
            r.memberId = m.id;
        }
        if (!r.cardNumber.isEmpty() && (r.action == RowAction::Create || r.addCard)) {
            CardRecord c;
            c.uuid = Ids::newUuid(now);
            c.originTerminal = m_ctx.terminal.uuid;
            c.memberId = r.memberId;
            c.number = r.cardNumber;
            c.createdAt = now;
            if (auto w = members.insertCard(c); !w)
                return w.error();
        }
        if (r.addPoints > 0) {
            LedgerEntryRecord e;
            e.uuid = Ids::newUuid(now);
            e.originTerminal = m_ctx.terminal.uuid;
            e.memberId = r.memberId;
            e.kind = QStringLiteral("import");
            e.points = r.addPoints;
            e.expiresOn = expiresOn;
            e.reason = Text::tr("Opening balance from %1, line %2").arg(source).arg(r.line);
            e.staffId = options.staffId;
            e.createdAt = now;
            if (auto w = ledger.insert(e); !w)
                return w.error();
            if (auto w = totals.addPoints(r.memberId, r.addPoints, now); !w)
                return w.error();
        }
    }
    // Who brought which file in, with the counts: personal data entered the shop's records.
    if (auto a = AuditService(ctx).record(
            QStringLiteral("members.import"), QStringLiteral("file"), source, {},
            {{QStringLiteral("created"), report.created}, {QStringLiteral("updated"), report.updated}},
            options.approvedBy);
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    report.written = true;
    return report;
}
