#include "apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace AppPaths {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("loyalty-terminal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOYALTY_VERSION));
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("loyalty.sqlite"));
}

QString preferencesPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(dir).filePath(QStringLiteral("preferences.conf"));
}

QString preference(const QString &key)
{
    return QSettings(preferencesPath(), QSettings::IniFormat).value(key).toString();
}

void setPreference(const QString &key, const QString &value)
{
    QSettings s(preferencesPath(), QSettings::IniFormat);
    if (value.isEmpty())
        s.remove(key);
    else
        s.setValue(key, value);
}

} // namespace AppPaths
