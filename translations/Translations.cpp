#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace kaishu::i18n {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("ja"), QStringLiteral("en")};
}

QString chosenLanguage()
{
    const QString language =
        QSettings(QStringLiteral("Kaishu"), QStringLiteral("Kaishu")).value(LanguageKey).toString();
    return availableLanguages().contains(language) ? language : QString();
}

void setChosenLanguage(const QString &language)
{
    QSettings store(QStringLiteral("Kaishu"), QStringLiteral("Kaishu"));
    if (language.isEmpty())
        store.remove(LanguageKey);
    else
        store.setValue(LanguageKey, language);
}

QString effectiveLanguage()
{
    const QString chosen = chosenLanguage();
    if (!chosen.isEmpty())
        return chosen;
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool installTranslations(const QString &language)
{
    QCoreApplication *application = QCoreApplication::instance();
    const QLocale locale = language == QLatin1String("ja") ? QLocale(QLocale::Japanese, QLocale::Japan)
                                                           : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(application);
    if (!translator->load(QStringLiteral(":/i18n/kaishu_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace kaishu::i18n
