#include "BillingSettings.h"

#include "audit/AuditTrail.h"
#include "parties/Identifiers.h"
#include "storage/Database.h"
#include "storage/StoredValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace kaishu::billing {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::billing)
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z]+)(?::(\\d+))?\\}"));
    return pattern;
}

// Expands the format; the sequence placeholder becomes the sequence (or nothing for the series).
QString expand(const QString &format, const QString &clientCode, QDate issueDate,
               std::optional<qint64> sequence)
{
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(format);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += format.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        if (name == QLatin1String("client"))
            out += clientCode;
        else if (name == QLatin1String("yyyy"))
            out += QString::number(issueDate.year());
        else if (name == QLatin1String("yy"))
            out += QStringLiteral("%1").arg(issueDate.year() % 100, 2, 10, QChar(u'0'));
        else if (name == QLatin1String("mm"))
            out += QStringLiteral("%1").arg(issueDate.month(), 2, 10, QChar(u'0'));
        else if (name == QLatin1String("seq"))
            out += sequence ? QStringLiteral("%1").arg(*sequence, match.captured(2).toInt(), 10, QChar(u'0'))
                            : QStringLiteral("{seq}");
    }
    out += format.mid(last);
    return out;
}

const QString SettingsEntity = QStringLiteral("billing_settings");
const QString AgencyEntity = QStringLiteral("agency_settings");

QJsonObject toJson(const BillingSettings &settings)
{
    return {{QStringLiteral("rounding"), money::toString(settings.rounding)},
            {QStringLiteral("issuer"),
             settings.issuer == IssuerMode::Agency ? QStringLiteral("agency") : QStringLiteral("client")},
            {QStringLiteral("number_format"), settings.numberFormat},
            {QStringLiteral("invoice_form"), toCode(settings.invoiceForm)},
            {QStringLiteral("email_subject"), settings.emailSubject},
            {QStringLiteral("email_body"), settings.emailBody}};
}
} // namespace

QString toCode(InvoiceForm form)
{
    return form == InvoiceForm::Summary ? QStringLiteral("summary") : QStringLiteral("per_order");
}

std::optional<InvoiceForm> invoiceFormFromCode(const QString &code)
{
    if (code == QLatin1String("summary"))
        return InvoiceForm::Summary;
    if (code == QLatin1String("per_order"))
        return InvoiceForm::PerOrder;
    return std::nullopt;
}

QString NumberFormat::validate(const QString &format)
{
    int sequences = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(format);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        if (name == QLatin1String("seq")) {
            ++sequences;
            const int width = match.captured(2).toInt();
            if (width < 1 || width > 12)
                return Text::tr("{seq:N} needs a width N from 1 to 12");
        } else if (name != QLatin1String("client") && name != QLatin1String("yyyy") &&
                   name != QLatin1String("yy") && name != QLatin1String("mm")) {
            return Text::tr("unknown placeholder {%1} (use {client}, {yyyy}, {yy}, {mm}, {seq:N})").arg(name);
        }
    }
    if (sequences != 1)
        return Text::tr("the format needs exactly one {seq:N}");
    if (format.size() > 60)
        return Text::tr("the format has at most 60 characters");
    return {};
}

QString NumberFormat::series(const QString &format, const QString &clientCode, QDate issueDate)
{
    return expand(format, clientCode, issueDate, std::nullopt);
}

QString NumberFormat::number(const QString &format, const QString &clientCode, QDate issueDate,
                             qint64 sequence)
{
    return expand(format, clientCode, issueDate, sequence);
}

QList<parties::FieldError> validate(const BillingSettings &settings)
{
    QList<parties::FieldError> errors;
    const QString formatProblem = NumberFormat::validate(settings.numberFormat);
    if (!formatProblem.isEmpty())
        errors.append({QStringLiteral("number_format"), formatProblem});
    return errors;
}

BillingSettingsStore::BillingSettingsStore(storage::Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{}

BillingSettings BillingSettingsStore::settings(qint64 clientId) const
{
    BillingSettings settings;
    settings.clientId = clientId;
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT rounding, issuer, number_format, invoice_form, "
                                                     "email_subject, email_body, document_style, "
                                                     "version FROM billing_settings WHERE client_id = ?"),
                                      {clientId});
    if (!query.next())
        return settings;
    settings.rounding =
        money::roundingModeFromString(query.value(0).toString()).value_or(money::RoundingMode::Down);
    settings.issuer =
        query.value(1).toString() == QLatin1String("agency") ? IssuerMode::Agency : IssuerMode::Client;
    settings.numberFormat = query.value(2).toString();
    settings.invoiceForm = invoiceFormFromCode(query.value(3).toString()).value_or(InvoiceForm::Summary);
    settings.emailSubject = query.value(4).toString();
    settings.emailBody = query.value(5).toString();
    settings.style =
        DocumentStyle::fromJson(QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object());
    settings.version = query.value(7).toInt();
    return settings;
}

BillingSettings BillingSettingsStore::save(const BillingSettings &settings)
{
    const QList<parties::FieldError> errors = validate(settings);
    if (!errors.isEmpty())
        throw parties::ValidationError(errors);
    storage::Transaction transaction(m_database);
    const BillingSettings before =
        settings.version == 0 ? BillingSettings{} : this->settings(settings.clientId);
    const QVariantList values{
        money::toString(settings.rounding),
        settings.issuer == IssuerMode::Agency ? QStringLiteral("agency") : QStringLiteral("client"),
        settings.numberFormat,
        toCode(settings.invoiceForm),
        settings.emailSubject,
        settings.emailBody,
        QString::fromUtf8(QJsonDocument(settings.style.toJson()).toJson(QJsonDocument::Compact)),
        storage::timestampNow(),
        settings.clientId};
    int changed = 0;
    if (settings.version == 0) {
        m_database.exec(
            QStringLiteral("INSERT INTO billing_settings (rounding, issuer, number_format, invoice_form, "
                           "email_subject, email_body, document_style, updated_at, client_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values);
        changed = 1;
    } else {
        changed = m_database.execPrepared(
            QStringLiteral(
                "UPDATE billing_settings SET rounding = ?, issuer = ?, number_format = ?, invoice_form = ?, "
                "email_subject = ?, email_body = ?, document_style = ?, updated_at = ?, version = version + "
                "1 "
                "WHERE client_id = ? AND version = ?"),
            values + QVariantList{settings.version});
    }
    if (changed != 1)
        throw parties::ConcurrentChangeError(
            Text::tr("the billing settings were changed by someone else; reload them"));
    audit::AuditTrail(m_database, m_actor)
        .record(SettingsEntity, settings.clientId,
                settings.version == 0 ? QStringLiteral("create") : QStringLiteral("update"),
                settings.version == 0 ? QJsonObject() : toJson(before), toJson(settings));
    transaction.commit();
    return this->settings(settings.clientId);
}

InvoiceForm BillingSettingsStore::invoiceForm(qint64 accountId, qint64 clientId) const
{
    const QVariant own = m_database.scalar(
        QStringLiteral("SELECT invoice_form FROM account_billing WHERE account_id = ?"), {accountId});
    if (const std::optional<InvoiceForm> form = invoiceFormFromCode(own.toString()))
        return *form;
    return settings(clientId).invoiceForm;
}

void BillingSettingsStore::setInvoiceForm(qint64 accountId, std::optional<InvoiceForm> form)
{
    storage::Transaction transaction(m_database);
    const QString before =
        m_database
            .scalar(QStringLiteral("SELECT invoice_form FROM account_billing WHERE account_id = ?"),
                    {accountId})
            .toString();
    m_database.exec(QStringLiteral("DELETE FROM account_billing WHERE account_id = ?"), {accountId});
    if (form)
        m_database.exec(
            QStringLiteral("INSERT INTO account_billing (account_id, invoice_form) VALUES (?, ?)"),
            {accountId, toCode(*form)});
    audit::AuditTrail(m_database, m_actor)
        .record(QStringLiteral("account_billing"), accountId, QStringLiteral("update"),
                {{QStringLiteral("invoice_form"), before}},
                {{QStringLiteral("invoice_form"), form ? toCode(*form) : QString()}});
    transaction.commit();
}

QString BillingSettingsStore::value(const QString &key) const
{
    return m_database.scalar(QStringLiteral("SELECT value FROM agency_settings WHERE key = ?"), {key})
        .toString();
}

void BillingSettingsStore::setValue(const QString &key, const QString &value)
{
    storage::Transaction transaction(m_database);
    const QString before = this->value(key);
    m_database.exec(QStringLiteral("DELETE FROM agency_settings WHERE key = ?"), {key});
    m_database.exec(QStringLiteral("INSERT INTO agency_settings (key, value) VALUES (?, ?)"), {key, value});
    // Secrets are not copied into the audit log; that they changed is recorded.
    const bool secret = key.endsWith(QLatin1String("password"));
    audit::AuditTrail(m_database, m_actor)
        .record(AgencyEntity, 0, QStringLiteral("update"), {{key, secret ? QStringLiteral("***") : before}},
                {{key, secret ? QStringLiteral("***") : value}});
    transaction.commit();
}

AgencyProfile BillingSettingsStore::agency() const
{
    return {value(QStringLiteral("agency.name")),        value(QStringLiteral("agency.registration_number")),
            value(QStringLiteral("agency.postal_code")), value(QStringLiteral("agency.address")),
            value(QStringLiteral("agency.phone")),       value(QStringLiteral("agency.email"))};
}

void BillingSettingsStore::saveAgency(const AgencyProfile &profile)
{
    QList<parties::FieldError> errors;
    if (profile.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), Text::tr("the agency's name is required")});
    if (!profile.registrationNumber.isEmpty() &&
        !parties::isValidRegistrationNumber(profile.registrationNumber))
        errors.append({QStringLiteral("registration_number"),
                       Text::tr("not a valid registration number (T + 13 digits)")});
    if (!errors.isEmpty())
        throw parties::ValidationError(errors);
    storage::Transaction transaction(m_database);
    setValue(QStringLiteral("agency.name"), profile.name);
    setValue(QStringLiteral("agency.registration_number"), profile.registrationNumber);
    setValue(QStringLiteral("agency.postal_code"), profile.postalCode);
    setValue(QStringLiteral("agency.address"), profile.address);
    setValue(QStringLiteral("agency.phone"), profile.phone);
    setValue(QStringLiteral("agency.email"), profile.email);
    transaction.commit();
}

} // namespace kaishu::billing
