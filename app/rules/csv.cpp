#include "csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

#include <array>

namespace {
// This file's strings translate in the context "Csv" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};
} // namespace

namespace Csv {

namespace {

// Windows-1251 bytes 0x80..0xBF; 0xC0..0xFF are А..я in order (U+0410..U+044F). 0x98 is unassigned.
constexpr std::array<char16_t, 64> kCp1251High = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, // 80
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, // 88
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, // 98
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, // A0
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, // A8
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, // B0
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, // B8
};

struct Utf8Scan
{
    qsizetype multiByte = 0; // well-formed sequences of two to four bytes
    qsizetype invalid = 0; // bytes that start no well-formed sequence
};

// Counts well-formed and broken UTF-8 sequences (overlong forms, surrogates and values above
// U+10FFFF count as broken), to tell UTF-8 from a single-byte encoding.
Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan s;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        unsigned int min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
            min = 0x10000;
        }
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (cc & 0x3F);
        }
        if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
            ok = false;
        if (ok) {
            ++s.multiByte;
            i += len;
        } else {
            ++s.invalid;
            ++i;
        }
    }
    return s;
}

// Fields of a header or row: the blank line test.
bool isBlank(const Row &r)
{
    return r.fields.size() == 1 && r.fields.first().isEmpty();
}

} // namespace

QString Table::encodingName() const
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return Text::tr("UTF-8 with byte order mark");
    case Encoding::Utf8Damaged:
        return Text::tr("UTF-8 with unreadable bytes");
    case Encoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1251:
        return QStringLiteral("Windows-1251");
    }
    return {};
}

QString Table::delimiterName() const
{
    if (delimiter == QLatin1Char('\t'))
        return Text::tr("tab");
    if (delimiter == QLatin1Char(';'))
        return Text::tr("semicolon");
    return Text::tr("comma");
}

QString decodeWindows1251(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80)
            *d++ = QChar(b);
        else if (b < 0xC0)
            *d++ = QChar(kCp1251High[b - 0x80]);
        else
            *d++ = QChar(char16_t(0x0410 + (b - 0xC0)));
    }
    return out;
}

Encoding detectEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8Bom;
    if (bytes.startsWith("\xFF\xFE"))
        return Encoding::Utf16Le;
    if (bytes.startsWith("\xFE\xFF"))
        return Encoding::Utf16Be;
    const Utf8Scan s = scanUtf8(bytes);
    if (s.invalid == 0)
        return Encoding::Utf8;
    // Windows-1251 Cyrillic almost never forms valid UTF-8 pairs; a UTF-8 file with a few damaged
    // bytes has many. Decoding such a file as Windows-1251 would garble every line instead of a few.
    if (s.multiByte > s.invalid)
        return Encoding::Utf8Damaged;
    return Encoding::Windows1251;
}

QString decode(const QByteArray &bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Damaged:
        return QString::fromUtf8(bytes);
    case Encoding::Utf8Bom:
        return QString::fromUtf8(QByteArrayView(bytes).sliced(3));
    case Encoding::Utf16Le:
    case Encoding::Utf16Be: {
        QStringDecoder d(encoding == Encoding::Utf16Le ? QStringConverter::Utf16LE
                                                       : QStringConverter::Utf16BE);
        return d.decode(QByteArrayView(bytes).sliced(2));
    }
    case Encoding::Windows1251:
        return decodeWindows1251(bytes);
    }
    return {};
}

QVector<Row> splitRows(const QString &text, QChar delimiter, int maxRows)
{
    QVector<Row> rows;
    const QChar *p = text.constData();
    const qsizetype n = text.size();
    const char16_t delim = delimiter.unicode();

    int line = 1;
    Row row;
    row.line = 1;
    QString field;
    bool inQuotes = false;
    bool quoted = false; // this field started with a quote
    int quoteLine = 0;

    auto endField = [&]() {
        row.fields.append(field);
        field.clear();
        quoted = false;
    };
    auto endRow = [&]() {
        endField();
        if (!isBlank(row))
            rows.append(std::move(row));
        row = Row();
        row.line = line;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && p[i + 1].unicode() == u'"') {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == u'\r' && i + 1 < n && p[i + 1].unicode() == u'\n') {
                // CRLF inside a quoted field is one line break
            } else {
                if (c == u'\n')
                    ++line;
                field.append(p[i]);
            }
            continue;
        }
        if (c == delim) {
            endField();
        } else if (c == u'"' && field.isEmpty() && !quoted) {
            inQuotes = true;
            quoted = true;
            quoteLine = line;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && p[i + 1].unicode() == u'\n')
                ++i;
            ++line;
            endRow();
            if (maxRows >= 0 && rows.size() >= maxRows)
                return rows;
        } else {
            // Scan the plain run at once: appending character by character is the slow part.
            qsizetype j = i + 1;
            while (j < n) {
                const char16_t d = p[j].unicode();
                if (d == delim || d == u'\n' || d == u'\r')
                    break;
                ++j;
            }
            field.append(QStringView(p + i, j - i));
            i = j - 1;
        }
    }
    if (inQuotes) {
        row.problem
            = Text::tr("A quoted field that starts on line %1 is never closed: a quote (\") is missing.")
                  .arg(quoteLine);
        endField();
        rows.append(std::move(row));
    } else if (!field.isEmpty() || quoted || !row.fields.isEmpty()) {
        endRow();
    }
    return rows;
}

QChar detectDelimiter(const QString &text)
{
    // A prefix is enough, and keeps detection fast on a large file.
    constexpr qsizetype kSample = 64 * 1024;
    const QString sample = text.size() > kSample ? text.left(kSample) : text;
    const bool cut = text.size() > kSample;
    QChar best = QLatin1Char(',');
    int bestScore = 0;
    qsizetype bestFields = 0;
    for (const QChar d : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')}) {
        QVector<Row> rows = splitRows(sample, d, 21);
        if (cut && rows.size() > 1)
            rows.removeLast(); // may be cut in the middle
        if (rows.isEmpty() || rows.first().fields.size() < 2)
            continue;
        const qsizetype fields = rows.first().fields.size();
        int score = 0;
        for (const Row &r : std::as_const(rows)) {
            if (r.fields.size() == fields)
                ++score;
        }
        if (score > bestScore || (score == bestScore && fields > bestFields)) {
            best = d;
            bestScore = score;
            bestFields = fields;
        }
    }
    return best;
}

Result<Table> parse(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty())
        return makeError(Error::Invalid, Text::tr("The file is empty."));
    if (bytes.startsWith("PK\x03\x04"))
        return makeError(Error::Invalid,
                         Text::tr("This is a spreadsheet file (.xlsx or .ods), not CSV: save it as "
                                  "\"CSV\" in the spreadsheet program and choose that file."));
    Table t;
    t.encoding = detectEncoding(bytes);
    const bool utf16 = t.encoding == Encoding::Utf16Le || t.encoding == Encoding::Utf16Be;
    if (!utf16 && bytes.left(8192).contains('\0'))
        return makeError(Error::Invalid, Text::tr("This is not a text file: save the member list as CSV."));
    const QString text = decode(bytes, t.encoding);
    t.delimiter = detectDelimiter(text);
    QVector<Row> rows = splitRows(text, t.delimiter);
    if (rows.isEmpty())
        return makeError(Error::Invalid, Text::tr("The file is empty."));

    Row header = rows.takeFirst();
    if (!header.problem.isEmpty())
        return makeError(Error::Invalid, header.problem);
    for (QString &h : header.fields)
        h = h.trimmed();
    // Spreadsheets often end every line with a delimiter: empty trailing header cells are not columns.
    while (header.fields.size() > 1 && header.fields.last().isEmpty())
        header.fields.removeLast();
    t.header = header.fields;
    t.headerLine = header.line;

    const qsizetype columns = t.header.size();
    for (Row &r : rows) {
        while (r.fields.size() > columns && r.fields.last().trimmed().isEmpty())
            r.fields.removeLast();
        if (!r.problem.isEmpty())
            continue;
        if (r.fields.size() > columns)
            r.problem
                = Text::tr(
                      "Line %1 has %2 fields, but the header has %3: a value may contain an unquoted %4.")
                      .arg(r.line)
                      .arg(r.fields.size())
                      .arg(columns)
                      .arg(t.delimiterName());
        else if (r.fields.size() < columns)
            r.problem = Text::tr("Line %1 has %2 fields, but the header has %3.")
                            .arg(r.line)
                            .arg(r.fields.size())
                            .arg(columns);
    }
    t.rows = std::move(rows);
    return t;
}

Result<Table> readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::NotFound, Text::tr("There is no file %1.").arg(path));
    if (info.isDir())
        return makeError(Error::Invalid, Text::tr("%1 is a folder, not a file.").arg(path));
    if (info.size() > kMaxFileBytes) {
        const QLocale l;
        return makeError(Error::Invalid,
                         Text::tr("The file is %1; files over %2 are refused. Split the list into "
                                  "smaller files and import them one after another.")
                             .arg(l.formattedDataSize(info.size()), l.formattedDataSize(kMaxFileBytes)));
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Storage, Text::tr("The file %1 cannot be read.").arg(path), f.errorString());
    // Read at most one byte past the limit: the size may have grown since it was checked.
    const QByteArray bytes = f.read(kMaxFileBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return makeError(Error::Storage, Text::tr("The file %1 cannot be read.").arg(path), f.errorString());
    if (bytes.size() > kMaxFileBytes)
        return makeError(Error::Invalid,
                         Text::tr("The file is larger than %1 and is refused.")
                             .arg(QLocale().formattedDataSize(kMaxFileBytes)));
    return parse(bytes);
}

QString quoteField(const QString &field, QChar delimiter)
{
    const bool needs = field.contains(delimiter) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needs)
        return field;
    QString s = field;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace Csv
