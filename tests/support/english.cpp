// Compiled into every test binary: the tests read the terminal's English text, plural forms
// included ("1 point", "2 points"), which come from the English translation like any other language.
#include "i18n.h"

#include <QCoreApplication>

namespace {
void installEnglish()
{
    I18n::installTranslations(QStringLiteral("en"));
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
