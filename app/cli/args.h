#pragma once

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Cli {

struct Command;

// A command's arguments after parsing against its declared options: the words in order, each
// option's values in the order given, the flags that were set.
class Args
{
public:
    // Parses "--name value", "--name=value", flags and bare words; the error (for a usage message)
    // names an unknown option and the options the command has. "--help" asks for the command's help.
    static Args parse(const Command &command, const QStringList &arguments);

    QStringList words;
    QString error;
    bool help = false;

    bool has(const QString &name) const;
    // The last value given, or `fallback`.
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const;
    bool flag(const QString &name) const { return m_flags.contains(name); }

private:
    QVector<QPair<QString, QString>> m_values;
    QStringList m_flags;
};

} // namespace Cli
