#include "apppaths.h"
#include "cli.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    I18n::install(I18n::savedChoice());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int rc = Cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return rc;
}
