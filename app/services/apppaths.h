#pragma once

#include <QString>

class QCoreApplication;

namespace AppPaths {
// Names the application the same way in the GUI and the CLI so that both find the same database.
void setApplicationIdentity();
// <AppDataLocation>/loyalty.sqlite, e.g. ~/.local/share/loyalty-terminal/loyalty.sqlite.
QString defaultDatabasePath();
} // namespace AppPaths
