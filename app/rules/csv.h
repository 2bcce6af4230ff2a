#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// Comma-separated files as other programs write them (RFC 4180 and its common variants): the reader
// guesses the encoding and the delimiter, follows quoted fields across line breaks, and reports each
// row whose shape is wrong with its line number instead of giving up on the whole file.
namespace Csv {

// Bigger files are refused before reading: a member list of a shop is far smaller, and reading
// hundreds of megabytes into a till's memory is not worth the risk.
constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;

enum class Encoding
{
    Utf8,
    Utf8Bom,
    Utf8Damaged, // mostly UTF-8 with some bytes that are not: the damaged characters become U+FFFD
    Utf16Le, // Excel's "Unicode text" (with its byte order mark)
    Utf16Be,
    Windows1251, // Cyrillic Windows: what older Russian, Bulgarian and Ukrainian software writes
};

struct Row
{
    int line = 0; // the line of the file where the row starts (1 = the first line)
    QStringList fields;
    QString problem; // empty when the row is well-formed; otherwise what is wrong, in the user's words
};

struct Table
{
    Encoding encoding = Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QStringList header;
    int headerLine = 1;
    QVector<Row> rows; // the rows after the header; blank lines are left out

    QString encodingName() const;
    QString delimiterName() const;
};

// Reads and parses a file; refuses a missing, unreadable, too large, empty or binary file.
Result<Table> readFile(const QString &path);
// Parses bytes as readFile does (no size limit here: the caller decides).
Result<Table> parse(const QByteArray &bytes);

Encoding detectEncoding(const QByteArray &bytes);
QString decode(const QByteArray &bytes, Encoding encoding);
// Windows-1251 by a table of our own, so that reading does not depend on Qt being built with ICU.
QString decodeWindows1251(QByteArrayView bytes);
// Among , ; and tab: the one that splits the first lines into the same number (more than one) of fields.
QChar detectDelimiter(const QString &text);
// Splits text into rows (quoted fields, doubled quotes, line breaks in quotes, CRLF or LF). Fills in
// Row::problem only for a quote that is never closed; field counts are the caller's business.
QVector<Row> splitRows(const QString &text, QChar delimiter, int maxRows = -1);

// One field as a CSV cell: quoted when it holds the delimiter, a quote, a line break or edge spaces.
QString quoteField(const QString &field, QChar delimiter);

} // namespace Csv
