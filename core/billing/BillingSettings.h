#pragma once

#include "billing/BillingDocument.h"
#include "billing/DocumentStyle.h"
#include "money/Rounding.h"
#include "parties/FieldError.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kaishu::storage {
class Database;
}

namespace kaishu::billing {

// 合計請求書 (one invoice per closing period) or one invoice per order (都度請求).
enum class InvoiceForm { Summary, PerOrder };
QString toCode(InvoiceForm form); // summary, per_order
std::optional<InvoiceForm> invoiceFormFromCode(const QString &code);

// Who appears as the issuer of a client's qualified invoices.
enum class IssuerMode {
    Client, // the client, with its own registration number
    Agency, // the agency, under the 媒介者交付特例, with the agency's registration number
};

// How one client's invoices are made: the tax rounding, the issuer, the number format, the default
// invoice form, the e-mail wording and the document style.
struct BillingSettings
{
    qint64 clientId = 0;
    money::RoundingMode rounding = money::RoundingMode::Down;
    IssuerMode issuer = IssuerMode::Client;
    QString numberFormat = QStringLiteral("{client}-{yyyy}-{seq:6}");
    InvoiceForm invoiceForm = InvoiceForm::Summary;
    QString emailSubject; // empty: the default wording
    QString emailBody;
    DocumentStyle style;
    int version = 0;
};
QList<parties::FieldError> validate(const BillingSettings &settings);

// The billing agency itself (請求代行会社): named on documents it issues under the 媒介者交付特例.
struct AgencyProfile
{
    QString name;
    QString registrationNumber;
    QString postalCode;
    QString address;
    QString phone;
    QString email;
};

// A document number from a format such as "{client}-{yyyy}-{seq:6}": {client} the client code,
// {yyyy}/{yy}/{mm} from the issue date, {seq:N} the sequence zero-padded to N digits. The series is
// the format expanded without the sequence, so each client (and each year, when the format has one)
// counts from 1.
struct NumberFormat
{
    static QString validate(const QString &format); // empty when usable, else the reason
    static QString series(const QString &format, const QString &clientCode, QDate issueDate);
    static QString number(const QString &format, const QString &clientCode, QDate issueDate, qint64 sequence);
};

// Reads and writes clients' billing settings and the agency profile (audited).
class BillingSettingsStore
{
public:
    BillingSettingsStore(storage::Database &database, QString actor);

    BillingSettings settings(qint64 clientId) const; // the defaults when never saved
    BillingSettings save(const BillingSettings &settings);

    // The invoice form of one account: its own setting, else the client's.
    InvoiceForm invoiceForm(qint64 accountId, qint64 clientId) const;
    void setInvoiceForm(qint64 accountId, std::optional<InvoiceForm> form);

    AgencyProfile agency() const;
    void saveAgency(const AgencyProfile &profile);

    // Free-form agency settings (e.g. the SMTP server), by key.
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);

private:
    storage::Database &m_database;
    QString m_actor;
};

} // namespace kaishu::billing
