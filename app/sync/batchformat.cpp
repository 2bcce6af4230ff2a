#include "batchformat.h"

#include <cstring>

namespace syncimpl {

QString tableFileName(const QString &table)
{
    return table + QStringLiteral(".jsonl");
}

bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'));
}

QByteArrayView nextLine(QByteArrayView lines, qsizetype &at)
{
    const void *nl = std::memchr(lines.data() + at, '\n', size_t(lines.size() - at));
    const qsizetype end = nl ? qsizetype(static_cast<const char *>(nl) - lines.data()) : lines.size();
    const QByteArrayView line = lines.sliced(at, end - at);
    at = end + 1;
    return line;
}

qint64 countLines(QByteArrayView lines)
{
    qint64 n = 0;
    for (qsizetype at = 0; at < lines.size();)
        n += nextLine(lines, at).isEmpty() ? 0 : 1;
    return n;
}

} // namespace syncimpl
