#pragma once

#include <QString>

class QCoreApplication;

namespace AppPaths {
// Names the application the same way in the GUI and the CLI so that both find the same database.
void setApplicationIdentity();
// <AppDataLocation>/loyalty.sqlite, e.g. ~/.local/share/loyalty-terminal/loyalty.sqlite.
QString defaultDatabasePath();
// This machine's preferences (language, look): <AppConfigLocation>/preferences.conf, e.g.
// ~/.config/loyalty-terminal/preferences.conf. A plain QSettings would file them under
// "Unknown Organization", the application having no organisation name.
QString preferencesPath();
// One preference of this machine ("" when unset), and setting one ("" removes it).
QString preference(const QString &key);
void setPreference(const QString &key, const QString &value);
} // namespace AppPaths
