#pragma once

#include "payments/BankCsvReader.h"
#include "payments/Payments.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kaishu::storage {
class Database;
}

namespace kaishu::payments {

enum class BankFileFormat { Auto, Zengin, Csv };
QString toCode(BankFileFormat format); // auto, zengin, csv
std::optional<BankFileFormat> bankFileFormatFromCode(const QString &code);

struct ImportOptions
{
    BankFileFormat format = BankFileFormat::Auto;
    QString mappingName;                  // a saved CSV mapping; empty: guessed from the header
    std::optional<CsvMapping> csvMapping; // the clerk's mapping for this file: wins over mappingName
    // The account a CSV statement is of (bank exports rarely say): it gives the payments their
    // client. Ignored when empty, and for Zengin files, which name their account.
    StatementAccount statementAccount;
    bool dryRun = false; // read and check everything, keep nothing
    QDate today;         // anchors a Zengin file's six-digit dates (invalid: the clock's today)
};

struct TransactionFilter
{
    std::optional<TransactionStatus> status;
    bool openOnly = false; // unmatched and suggested
    qint64 statementId = 0;
    int limit = 0;

    // The payments waiting for a clerk: unmatched and suggested.
    static TransactionFilter waiting()
    {
        TransactionFilter filter;
        filter.openOnly = true;
        return filter;
    }
};

// Payment confirmation (入金確認・消込): bank files in, transactions matched to invoices, allocations
// kept as explicit rows. Every write is one transaction with its audit record; the matching itself
// is MatchEngine's, fed from the database.
class PaymentService
{
public:
    PaymentService(storage::Database &database, QString actor);

    // --- Import ------------------------------------------------------------------------------
    ImportSummary importFile(const QString &path, const ImportOptions &options = {});
    ImportSummary importBytes(const QByteArray &bytes, const QString &fileName,
                              const ImportOptions &options = {});
    // When a file with exactly these bytes was imported (first), or nothing: such a file is not
    // read again.
    std::optional<QDateTime> importedBefore(const QByteArray &bytes) const;
    // A payment typed in by a clerk (format manual): amount, dates and payer as the bank would.
    BankTransaction addManual(const StatementLine &line);

    // --- Matching ------------------------------------------------------------------------------
    // Runs the engine over every open incoming transaction: applies what clears the threshold,
    // keeps the rest as suggestions (or unmatched).
    MatchRunSummary matchOpen(const MatchSettings &settings = {});
    // The clerk takes a candidate (usually a suggestion): allocations written, a deducted fee learnt
    // for the account and, unless the clerk says not to, the payer's name as an alias of the debtor.
    BankTransaction accept(qint64 transactionId, const MatchCandidate &candidate, bool learnAlias = true);
    // The clerk's own allocation (manual search, split across invoices); the rest, if any, stays
    // on the transaction as unapplied credit of the account when unappliedAccountId is given.
    BankTransaction allocateManually(qint64 transactionId, const QList<Allocation> &allocations,
                                     money::Yen fee, qint64 unappliedAccountId = 0);
    // Money received for one invoice outside a bank file (cash, a cheque, a transfer the clerk saw
    // in online banking): a manual transaction allocated to the invoice, so every payment has its row.
    BankTransaction recordPayment(qint64 invoiceId, money::Yen amount, QDate receivedOn = {});
    // Takes back every allocation of the transaction (the invoices' balances return), audited.
    BankTransaction reverse(qint64 transactionId, const QString &reason);
    // Money that pays no invoice: a bank fee refund, interest, other income.
    BankTransaction markAs(qint64 transactionId, TransactionStatus status, const QString &note);

    // --- Reading -------------------------------------------------------------------------------
    QList<BankTransaction> transactions(const TransactionFilter &filter = {}) const;
    std::optional<BankTransaction> transaction(qint64 id) const;
    QList<PaymentAllocation> allocations(qint64 transactionId) const;
    QList<PayerAlias> aliases() const;

    // --- CSV mappings per bank ----------------------------------------------------------------
    void saveMapping(const CsvMapping &mapping);
    std::optional<CsvMapping> mapping(const QString &name) const;
    QStringList mappingNames() const;

private:
    ImportSummary importStatements(const QList<BankStatement> &statements, const QString &fileName,
                                   const QString &sha256, bool dryRun);
    BankTransaction requireTransaction(qint64 id) const;
    void writeAllocations(const BankTransaction &transaction, const MatchCandidate &candidate);
    // The deducted fee as the account's; the payer's name as the debtor's when learnAlias.
    void learnFrom(const BankTransaction &transaction, const MatchCandidate &candidate, bool learnAlias);
    MatchCandidate manualCandidate(const BankTransaction &transaction, const QList<Allocation> &allocations,
                                   money::Yen fee, qint64 unappliedAccountId) const;
    void audit(qint64 transactionId, const QString &action, const QJsonObject &before,
               const QJsonObject &after);

    storage::Database &m_database;
    QString m_actor;
};

} // namespace kaishu::payments
