#include "MailTemplate.h"

#include <QCoreApplication>

namespace kaishu::mail {

namespace {

// Messages for clerks, translated under one context per area (lupdate reads the declaration).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::mail)
};

// Walks the template once; onText receives literal text, onName each placeholder name. Returns
// an error message, or an empty string when the template is well formed.
template<typename TextSink, typename NameSink>
QString scan(const QString &text, TextSink onText, NameSink onName)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'{' && i + 1 < text.size() && text[i + 1] == u'{') {
            onText(QStringView(u"{"));
            i += 2;
        } else if (c == u'}' && i + 1 < text.size() && text[i + 1] == u'}') {
            onText(QStringView(u"}"));
            i += 2;
        } else if (c == u'{') {
            const qsizetype close = text.indexOf(u'}', i + 1);
            const qsizetype nextOpen = text.indexOf(u'{', i + 1);
            // Positions are 1-based characters, as the template editor's status line shows them.
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                return Text::tr("'{' at position %1 is not closed (write {{ for a brace)").arg(i + 1);
            const QString name = text.mid(i + 1, close - i - 1);
            if (name.trimmed().isEmpty())
                return Text::tr("empty placeholder {} at position %1").arg(i + 1);
            const QString error = onName(name);
            if (!error.isEmpty())
                return error;
            i = close + 1;
        } else if (c == u'}') {
            return Text::tr("'}' at position %1 has no opening '{' (write }} for a brace)").arg(i + 1);
        } else {
            qsizetype end = i;
            while (end < text.size() && text[end] != u'{' && text[end] != u'}')
                ++end;
            onText(QStringView(text).sliced(i, end - i));
            i = end;
        }
    }
    return {};
}

} // namespace

QStringList standardPlaceholders()
{
    return {QStringLiteral("number"), QStringLiteral("debtor"), QStringLiteral("client"),
            QStringLiteral("due_date"), QStringLiteral("amount")};
}

std::optional<QString> expandPlaceholders(const QString &text, const QHash<QString, QString> &values,
                                          QString *error)
{
    QString result;
    result.reserve(text.size());
    const QString problem = scan(
        text, [&](QStringView literal) { result += literal; },
        [&](const QString &name) {
            const auto found = values.constFind(name);
            if (found == values.constEnd())
                return Text::tr("unknown placeholder {%1}").arg(name);
            result += *found;
            return QString();
        });
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return result;
}

QStringList placeholdersIn(const QString &text)
{
    QStringList names;
    scan(
        text, [](QStringView) {},
        [&](const QString &name) {
            if (!names.contains(name))
                names.append(name);
            return QString();
        });
    return names;
}

std::optional<MailTemplate> MailTemplate::expand(const QHash<QString, QString> &values, QString *error) const
{
    QString problem;
    const std::optional<QString> expandedSubject = expandPlaceholders(subject, values, &problem);
    if (!expandedSubject) {
        if (error)
            *error = Text::tr("subject: %1").arg(problem);
        return std::nullopt;
    }
    const std::optional<QString> expandedBody = expandPlaceholders(body, values, &problem);
    if (!expandedBody) {
        if (error)
            *error = Text::tr("body: %1").arg(problem);
        return std::nullopt;
    }
    return MailTemplate{*expandedSubject, *expandedBody};
}

} // namespace kaishu::mail
