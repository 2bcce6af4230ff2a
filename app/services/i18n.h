#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// The languages the terminal speaks, and which one is in use. The translations are compiled into
// the program (:/i18n/loyalty_<code>.qm); Qt's own (standard buttons, dialogs) come from the system.
// The choice is a per-machine preference (QSettings "language"); empty means "follow the system".
namespace I18n {

struct Language
{
    QString code; // "ru", "zh_CN"
    QString name; // in its own language: "Русский", "中文（简体）"
};

// English first, then the others in the order of their own names.
const QList<Language> &languages();
// The language with this code, or nullptr when the terminal does not speak it.
const Language *find(const QString &code);

QString savedChoice();
void saveChoice(const QString &code);

// The language a choice resolves to: the code itself, or for "" the first of the system's UI
// languages the terminal speaks (English when none).
QString resolve(const QString &choice, const QLocale &system = QLocale::system());

// The locale money, numbers and dates follow for a choice: a language chosen by hand brings its way of
// writing them; following the system keeps the system's locale (a Russian speaker in Kazakhstan keeps
// kk_KZ's formats), as does choosing the system's own language.
QLocale localeFor(const QString &choice);

// Installs the translations for a choice ("" = the system's) in the running application, replacing
// any installed before, and makes QLocale's default follow a language chosen by hand (dates, numbers
// and money then read as that language writes them). Returns the language code now in use.
QString install(const QString &choice);
// The translations alone, QLocale's default untouched (tests that read English text in any locale).
void installTranslations(const QString &code);

// The locale's long date without the weekday, and without the year when withYear is false: a
// birthday reads "2 декабря", "December 2", "12月2日" (a fixed "d MMMM" reads "2 十二月" in Chinese).
QString longDateFormat(const QLocale &locale, bool withYear);

} // namespace I18n
