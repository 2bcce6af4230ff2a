#pragma once

#include <QStringList>
#include <QTextStream>

// loyalty-cli: the terminal's services from the command line. Kept out of main() so that tests run
// it in-process. Exit codes: 0 done, 1 refused or failed (message on stderr), 2 usage, 3 check found
// problems.
namespace Cli {
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
}
