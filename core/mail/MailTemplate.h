#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaishu::mail {

// The placeholders an invoice e-mail offers: {number} (invoice number), {debtor}, {client},
// {due_date} and {amount}, in the order the template editor lists them.
QStringList standardPlaceholders();

// The text with every {name} replaced by values[name]; "{{" and "}}" stand for literal braces.
// A placeholder missing from values, an empty "{}", a "{" without its "}" or a lone "}" is an
// error: nothing, with *error naming the placeholder or the position ("unknown placeholder
// {debtr}"), so the clerk sees a typo in a template before the e-mail goes out.
std::optional<QString> expandPlaceholders(const QString &text, const QHash<QString, QString> &values,
                                          QString *error = nullptr);

// The names of the placeholders used in text, each once in order of appearance, up to the first
// malformed brace.
QStringList placeholdersIn(const QString &text);

// A client's subject and body for invoice e-mails.
struct MailTemplate
{
    QString subject;
    QString body;

    // Both parts expanded, or nothing with *error saying which part and why
    // ("subject: unknown placeholder {debtr}").
    std::optional<MailTemplate> expand(const QHash<QString, QString> &values, QString *error = nullptr) const;
    friend bool operator==(const MailTemplate &, const MailTemplate &) = default;
};

} // namespace kaishu::mail
