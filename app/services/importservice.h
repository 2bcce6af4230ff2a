#pragma once

#include "context.h"
#include "csv.h"
#include "membervalidation.h"

#include <QStringList>

#include <array>
#include <optional>

// Which column of the file feeds which member field. detect() guesses from the header; the import
// dialog (or `loyalty-cli import members --map field=Column`) may change any of it.
struct ImportMapping
{
    enum Field
    {
        Name,
        FirstName,
        LastName,
        Phone,
        Email,
        Card,
        Birthday,
        Points,
        Notes,
        FieldCount
    };

    ImportMapping() { m_columns.fill(-1); }

    int column(Field f) const { return m_columns[size_t(f)]; } // -1 = not imported
    void set(Field f, int column) { m_columns[size_t(f)] = column; }
    void clear(Field f) { m_columns[size_t(f)] = -1; }
    bool has(Field f) const { return column(f) >= 0; }

    // Guesses from header names in English, Russian, Bulgarian, Ukrainian and Chinese and from the
    // exports of common POS systems (docs/import.md lists them).
    static ImportMapping detect(const QStringList &header);
    // Sets a field from "Column name" (as in the header, any case) or a 1-based column number;
    // "" or "-" clears it.
    Result<void> setFromText(Field f, const QString &column, const QStringList &header);

    // What is wrong with the mapping for this header (no name column, no card or phone column, a column
    // used twice...), in the user's words; empty when the import can run.
    QStringList problems(const QStringList &header) const;

    static QString key(Field f); // "name", "first_name", "phone"...: for --map
    static std::optional<Field> fieldForKey(const QString &key);
    static QString label(Field f); // translated, for the dialog's combo boxes

    friend bool operator==(const ImportMapping &a, const ImportMapping &b)
    {
        return a.m_columns == b.m_columns;
    }
    friend bool operator!=(const ImportMapping &a, const ImportMapping &b) { return !(a == b); }

private:
    std::array<int, FieldCount> m_columns;
};

// What importing one row would do (a dry run) or did (apply).
struct ImportRow
{
    enum class Action
    {
        Create, // a new member (with their card and opening balance)
        Update, // an existing member gets the card of the file and/or their opening balance, once
        Skip, // already present: nothing to do
        Invalid, // the row has errors: see errors
    };

    int line = 0; // the line of the file where the row starts
    Action action = Action::Invalid;
    QStringList errors; // for Invalid: every problem of the row, in the user's words
    QString message; // one line for the report: what happens and why
    qint64 memberId = 0; // the existing member (Update, Skip), or the new one after apply

    // The row's values as they will be stored.
    QString name;
    QString phone;
    QString phoneKey;
    QString email;
    QString cardNumber;
    MemberValidation::Birthday birthday;
    QString notes;
    qint64 points = 0; // the opening balance in the file
    bool addCard = false; // Update: attach cardNumber to the member
    qint64 addPoints = 0; // Create/Update: the opening balance to record as an 'import' ledger entry
};

struct ImportReport
{
    QString fileName;
    QString encoding; // "UTF-8", "Windows-1251"...
    QChar delimiter;
    QStringList header;
    ImportMapping mapping;
    QVector<ImportRow> rows;

    int created = 0; // rows that create (dry run) or created (apply) a member
    int updated = 0;
    int skipped = 0;
    int invalid = 0;
    qint64 points = 0; // opening points to import / imported
    bool written = false; // false for a dry run, and for an apply that wrote nothing

    int total() const { return int(rows.size()); }
};

struct ImportOptions
{
    // Import the valid rows and leave out the others. Without it, one invalid row refuses the whole
    // file and nothing is written.
    bool validOnly = false;
    qint64 staffId = 0; // who imports (a staff id); 0 = unknown
    // The manager who approved a cashier's import: apply() lets it through with it, and the audit
    // trail names them.
    qint64 approvedBy = 0;
};

// Brings a member list from another system: a CSV file with a header line.
// Rows are matched to existing members by card number, then by phone (Phone::lookupKey), so importing
// the same file again changes nothing; an opening balance is recorded once per member, as an 'import'
// entry of the points ledger that expires after the program's expiry period.
class ImportService
{
public:
    explicit ImportService(const ServiceContext &ctx);

    // Step 1 of the dialog: read the file; the header, encoding and delimiter it found.
    static Result<Csv::Table> read(const QString &path);
    // Step 2: what each row would do, writing nothing. Fails only when the file or the mapping cannot
    // be used at all (ImportMapping::problems) or the database cannot be read.
    Result<ImportReport> plan(const Csv::Table &table, const ImportMapping &mapping);
    // read() + plan() with the detected mapping, or the one given.
    Result<ImportReport> plan(const QString &path,
                              const std::optional<ImportMapping> &mapping = std::nullopt);
    // Step 3: plans again inside one write transaction (the database may have changed since the dry
    // run) and writes members, cards and opening balances, or nothing. With invalid rows and without
    // options.validOnly the import is refused (Error::Invalid) and nothing is written. An actor without
    // Action::ImportMembers and without a manager's options.approvedBy is refused (Error::Forbidden).
    Result<ImportReport> apply(const Csv::Table &table, const ImportMapping &mapping,
                               const ImportOptions &options = {});
    Result<ImportReport> apply(const QString &path,
                               const std::optional<ImportMapping> &mapping = std::nullopt,
                               const ImportOptions &options = {});

private:
    Result<ImportReport> planRows(const Csv::Table &table, const ImportMapping &mapping);

    ServiceContext m_ctx;
    QString m_fileName;
};
