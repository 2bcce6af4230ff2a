#include "i18n.h"

#include "apppaths.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>
#include <vector>

namespace I18n {

namespace {

const QString kSettingsKey = QStringLiteral("language");

// Translators installed by the last install(), removed by the next.
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> t;
    return t;
}

bool speaks(const QString &code)
{
    return find(code) != nullptr;
}

void load(const QLocale &locale, const QString &name, const QString &dir)
{
    auto t = std::make_unique<QTranslator>();
    if (t->load(locale, name, QStringLiteral("_"), dir) && QCoreApplication::installTranslator(t.get()))
        installed().push_back(std::move(t));
}

} // namespace

const QList<Language> &languages()
{
    static const QList<Language> l {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("bg"), QStringLiteral("Български")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("uk"), QStringLiteral("Українська")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
    };
    return l;
}

const Language *find(const QString &code)
{
    for (const Language &l : languages())
        if (l.code == code)
            return &l;
    return nullptr;
}

QString savedChoice()
{
    const QString code = AppPaths::preference(kSettingsKey);
    return speaks(code) ? code : QString();
}

void saveChoice(const QString &code)
{
    AppPaths::setPreference(kSettingsKey, code);
}

QString resolve(const QString &choice, const QLocale &system)
{
    if (speaks(choice))
        return choice;
    // uiLanguages: "zh-Hans-CN", "zh-CN", "zh", … in order of preference.
    for (QString ui : system.uiLanguages()) {
        ui.replace(QLatin1Char('-'), QLatin1Char('_'));
        for (const Language &l : languages())
            if (ui == l.code || ui.startsWith(l.code + QLatin1Char('_'))
                || (l.code == QLatin1String("zh_CN")
                    && (ui == QLatin1String("zh") || ui.startsWith(QLatin1String("zh_Hans")))))
                return l.code;
    }
    return QStringLiteral("en");
}

QLocale localeFor(const QString &choice)
{
    if (!speaks(choice) || QLocale::system().language() == QLocale(choice).language())
        return QLocale::system();
    return QLocale(choice);
}

QString longDateFormat(const QLocale &locale, bool withYear)
{
    QString f = locale.dateFormat(QLocale::LongFormat);
    // The weekday and what separates it: "dddd, " (en), ", dddd" (bg), "dddd" (zh).
    static const QRegularExpression weekday(QStringLiteral("[,，]?\\s*d{3,4}[,，]?\\s*"));
    f.replace(weekday, QStringLiteral(" "));
    if (!withYear) {
        // The year with its separator and suffix: ", yyyy" (en), " yyyy 'г'." (ru, bg), "yyyy年" (zh).
        static const QRegularExpression year(QStringLiteral("[,，]?\\s*y+\\s*('[^']*'\\.?)?\\s*年?"));
        f.replace(year, QStringLiteral(" "));
    }
    f = f.trimmed();
    while (f.endsWith(QLatin1Char(',')) || f.startsWith(QLatin1Char(',')))
        f = (f.endsWith(QLatin1Char(',')) ? f.chopped(1) : f.mid(1)).trimmed();
    return f;
}

QString install(const QString &choice)
{
    const QString code = resolve(choice);
    QLocale::setDefault(localeFor(choice));
    installTranslations(code);
    return code;
}

void installTranslations(const QString &code)
{
    for (const auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
    const QLocale language(code);

    // English first: it carries the English plural forms ("1 point", "2 points"), and a string that
    // a newer build added before its translation still reads as English, not as a source key.
    const QString ours = QStringLiteral(":/i18n");
    load(QLocale(QLocale::English), QStringLiteral("loyalty"), ours);
    if (code != QLatin1String("en")) {
        load(language, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        load(language, QStringLiteral("loyalty"), ours);
    }
}

} // namespace I18n
