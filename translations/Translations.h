#pragma once

#include <QString>
#include <QStringList>

namespace kaishu::i18n {

// The languages Kaishu ships catalogues for: "ja" (primary) and "en".
QStringList availableLanguages();

// The language the clerk chose (View → Language), or empty when they never chose.
QString chosenLanguage();
void setChosenLanguage(const QString &language);

// What to run in: the chosen language, else Japanese on a Japanese system locale, else English.
QString effectiveLanguage();

// Installs Kaishu's catalogue for the language from :/i18n and Qt's own (standard buttons and
// dialogs), and makes the language the default QLocale so that names from core (industries) and
// number formats follow. Call once, after the QCoreApplication exists. False when Kaishu's
// catalogue could not be loaded (the source text, English, is shown then).
bool installTranslations(const QString &language);

} // namespace kaishu::i18n
