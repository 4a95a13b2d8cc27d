#include "PaymentService.h"

#include "audit/AuditTrail.h"
#include "billing/InvoiceBook.h"
#include "parties/FieldError.h"
#include "parties/Kana.h"
#include "payments/BankCsvReader.h"
#include "payments/PayerName.h"
#include "payments/ZenginReader.h"
#include "storage/Database.h"
#include "storage/StoredValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

namespace kaishu::payments {

using money::Yen;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::payments)
};

const QString TransactionEntity = QStringLiteral("bank_transaction");
const QString StatementEntity = QStringLiteral("bank_statement");

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QString TransactionColumns = QStringLiteral(
    "id, statement_id, client_id, bank_code, branch_code, account_number, inquiry_no, account_date, "
    "value_date, "
    "amount, incoming, payer_code, payer_name, sending_bank, sending_branch, memo, edi, cancelled, status, "
    "allocated, fee, unapplied, unapplied_account_id, suggestions, version");

BankTransaction transactionFrom(const QSqlQuery &query)
{
    BankTransaction transaction;
    transaction.id = query.value(0).toLongLong();
    transaction.statementId = query.value(1).toLongLong();
    transaction.clientId = query.value(2).toLongLong();
    transaction.bankCode = query.value(3).toString();
    transaction.branchCode = query.value(4).toString();
    transaction.accountNumber = query.value(5).toString();
    StatementLine &line = transaction.line;
    line.inquiryNumber = query.value(6).toString();
    line.accountDate = storage::dateFrom(query.value(7));
    line.valueDate = storage::dateFrom(query.value(8));
    line.amount = Yen(query.value(9).toLongLong());
    line.incoming = query.value(10).toInt() != 0;
    line.payerCode = query.value(11).toString();
    line.payerName = query.value(12).toString();
    line.sendingBank = query.value(13).toString();
    line.sendingBranch = query.value(14).toString();
    line.memo = query.value(15).toString();
    line.ediInfo = query.value(16).toString();
    line.cancelled = query.value(17).toInt() != 0;
    transaction.status =
        transactionStatusFromCode(query.value(18).toString()).value_or(TransactionStatus::Unmatched);
    transaction.allocated = Yen(query.value(19).toLongLong());
    transaction.fee = Yen(query.value(20).toLongLong());
    transaction.unapplied = Yen(query.value(21).toLongLong());
    transaction.unappliedAccountId = query.value(22).toLongLong();
    transaction.suggestions = candidatesFromJson(query.value(23).toString());
    transaction.version = query.value(24).toInt();
    return transaction;
}

bool isOpen(TransactionStatus status)
{
    return status == TransactionStatus::Unmatched || status == TransactionStatus::Suggested;
}

QJsonObject stateJson(const BankTransaction &transaction)
{
    return {{QStringLiteral("status"), toCode(transaction.status)},
            {QStringLiteral("amount"), QString::number(transaction.line.amount.value())},
            {QStringLiteral("allocated"), QString::number(transaction.allocated.value())},
            {QStringLiteral("fee"), QString::number(transaction.fee.value())},
            {QStringLiteral("unapplied"), QString::number(transaction.unapplied.value())},
            {QStringLiteral("payer_name"), transaction.line.payerName}};
}

// The key that makes a line the same line in any file that reports it: the bank's inquiry number
// where there is one; otherwise what the line says plus its place among identical lines of its day,
// so two equal payments on one day stay two while an overlapping statement adds nothing.
QString dedupKey(const StatementAccount &account, const StatementLine &line, int occurrence)
{
    const QString where = account.bankCode + QLatin1Char('|') + account.branchCode + QLatin1Char('|') +
                          account.accountNumber + QLatin1Char('|') + storage::dateText(line.accountDate) +
                          QLatin1Char('|');
    const QString flags =
        QLatin1String(line.incoming ? "in" : "out") + QLatin1String(line.cancelled ? "|x" : "");
    if (!line.inquiryNumber.isEmpty())
        return QStringLiteral("i|") + where + line.inquiryNumber + QLatin1Char('|') +
               QString::number(line.amount.value()) + QLatin1Char('|') + flags;
    return QStringLiteral("t|") + where + QString::number(line.amount.value()) + QLatin1Char('|') + flags +
           QLatin1Char('|') + line.payerName + QLatin1Char('|') + line.memo + QLatin1Char('|') +
           QString::number(occurrence);
}

} // namespace

QString toCode(BankFileFormat format)
{
    switch (format) {
    case BankFileFormat::Auto:
        return QStringLiteral("auto");
    case BankFileFormat::Zengin:
        return QStringLiteral("zengin");
    case BankFileFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<BankFileFormat> bankFileFormatFromCode(const QString &code)
{
    for (const BankFileFormat format : {BankFileFormat::Auto, BankFileFormat::Zengin, BankFileFormat::Csv}) {
        if (toCode(format) == code)
            return format;
    }
    return std::nullopt;
}

PaymentService::PaymentService(storage::Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{}

void PaymentService::audit(qint64 transactionId, const QString &action, const QJsonObject &before,
                           const QJsonObject &after)
{
    audit::AuditTrail(m_database, m_actor).record(TransactionEntity, transactionId, action, before, after);
}

// --- Import -----------------------------------------------------------------------------------

ImportSummary PaymentService::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportSummary summary;
        summary.problems.append({0, {}, Text::tr("cannot read %1: %2").arg(path, file.errorString())});
        return summary;
    }
    return importBytes(file.readAll(), QFileInfo(path).fileName(), options);
}

std::optional<QDateTime> PaymentService::importedBefore(const QByteArray &bytes) const
{
    QSqlQuery previous = m_database.exec(
        QStringLiteral("SELECT imported_at FROM bank_statements WHERE file_sha256 = ? ORDER BY id LIMIT 1"),
        {sha256Of(bytes)});
    if (!previous.next())
        return std::nullopt;
    return QDateTime::fromString(previous.value(0).toString(), Qt::ISODateWithMs);
}

ImportSummary PaymentService::importBytes(const QByteArray &bytes, const QString &fileName,
                                          const ImportOptions &options)
{
    ImportSummary summary;
    if (const std::optional<QDateTime> previous = importedBefore(bytes)) {
        summary.alreadyImported = true;
        summary.previousImport = *previous;
        return summary;
    }
    const QString sha256 = sha256Of(bytes);

    BankFileFormat format = options.format;
    if (format == BankFileFormat::Auto)
        format = ZenginReader::looksLikeZengin(bytes) ? BankFileFormat::Zengin : BankFileFormat::Csv;
    StatementReadResult read;
    if (format == BankFileFormat::Zengin) {
        read = ZenginReader::read(
            bytes, {ZenginDateStyle::Auto, options.today.isValid() ? options.today : QDate::currentDate()});
    } else {
        std::optional<CsvMapping> csvMapping = options.csvMapping;
        if (!csvMapping)
            csvMapping =
                options.mappingName.isEmpty() ? CsvMapping::guess(bytes) : mapping(options.mappingName);
        if (!csvMapping) {
            summary.problems.append(
                {0,
                 {},
                 options.mappingName.isEmpty()
                     ? Text::tr(
                           "the columns of this CSV file are not recognised: choose or save a column mapping")
                     : Text::tr("there is no saved column mapping named %1").arg(options.mappingName)});
            return summary;
        }
        read = BankCsvReader::read(bytes, *csvMapping);
        if (!options.statementAccount.accountNumber.isEmpty()) {
            for (BankStatement &statement : read.statements)
                statement.account = options.statementAccount;
        }
    }
    if (!read.ok()) {
        summary.problems = read.problems;
        if (summary.problems.isEmpty())
            summary.problems.append({0, {}, Text::tr("the file holds no statement")});
        return summary;
    }
    return importStatements(read.statements, fileName, sha256, options.dryRun);
}

ImportSummary PaymentService::importStatements(const QList<BankStatement> &statements,
                                               const QString &fileName, const QString &sha256, bool dryRun)
{
    ImportSummary summary;
    storage::Transaction transaction(m_database);
    const QString stamp = storage::timestampNow();
    for (const BankStatement &statement : statements) {
        const qint64 clientId =
            m_database
                .scalar(QStringLiteral("SELECT id FROM clients WHERE bank_code = ? AND branch_code = ? "
                                       "AND account_number = ? UNION SELECT client_id FROM "
                                       "receiving_accounts WHERE bank_code = ? AND branch_code = ? AND "
                                       "account_number = ? AND client_id IS NOT NULL UNION SELECT "
                                       "client_id FROM accounts WHERE virtual_account = ?"),
                        {statement.account.bankCode, statement.account.branchCode,
                         statement.account.accountNumber, statement.account.bankCode,
                         statement.account.branchCode, statement.account.accountNumber,
                         statement.account.accountNumber})
                .toLongLong();
        const qint64 statementId = m_database.insertPrepared(
            QStringLiteral(
                "INSERT INTO bank_statements (format, file_name, file_sha256, bank_code, branch_code, "
                "account_number, date_from, date_to, lines_read, lines_new, imported_at, imported_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"),
            {toCode(statement.format), fileName, sha256, statement.account.bankCode,
             statement.account.branchCode, statement.account.accountNumber, storage::dateText(statement.from),
             storage::dateText(statement.to), int(statement.lines.size()), stamp, m_actor});
        ++summary.statements;
        int newLines = 0;
        QHash<QString, int> occurrences;
        for (const StatementLine &line : statement.lines) {
            ++summary.linesRead;
            const QString base = dedupKey(statement.account, line, 0);
            const QString key = dedupKey(statement.account, line, occurrences[base]++);
            if (m_database
                    .scalar(QStringLiteral("SELECT COUNT(*) FROM bank_transactions WHERE dedup_key = ?"),
                            {key})
                    .toInt() > 0) {
                ++summary.duplicates;
                continue;
            }
            TransactionStatus status = TransactionStatus::Unmatched;
            if (line.cancelled) {
                status = TransactionStatus::Cancelled;
                ++summary.cancelled;
            } else if (!line.incoming) {
                status = TransactionStatus::Outgoing;
                ++summary.outgoing;
            }
            const qint64 id = m_database.insertPrepared(
                QStringLiteral("INSERT INTO bank_transactions (statement_id, dedup_key, client_id, "
                               "bank_code, branch_code, "
                               "account_number, inquiry_no, account_date, value_date, amount, incoming, "
                               "payer_code, payer_name, "
                               "sending_bank, sending_branch, memo, edi, cancelled, status, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {statementId,
                 key,
                 clientId ? QVariant(clientId) : QVariant(QMetaType(QMetaType::LongLong)),
                 statement.account.bankCode,
                 statement.account.branchCode,
                 statement.account.accountNumber,
                 line.inquiryNumber,
                 storage::dateText(line.accountDate),
                 storage::dateText(line.valueDate.isValid() ? line.valueDate : line.accountDate),
                 line.amount.value(),
                 line.incoming ? 1 : 0,
                 line.payerCode,
                 line.payerName,
                 line.sendingBank,
                 line.sendingBranch,
                 line.memo,
                 line.ediInfo,
                 line.cancelled ? 1 : 0,
                 toCode(status),
                 stamp});
            if (line.cancelled && !line.inquiryNumber.isEmpty()) {
                // The bank takes back a transfer it notified before: the earlier line is cancelled too,
                // unless money was already allocated from it (then the clerk has to reverse it first).
                StatementLine original = line;
                original.cancelled = false;
                m_database.execPrepared(
                    QStringLiteral("UPDATE bank_transactions SET status = 'cancelled', version = version + 1 "
                                   "WHERE dedup_key = ? AND status IN ('unmatched', 'suggested')"),
                    {dedupKey(statement.account, original, 0)});
            }
            ++newLines;
            ++summary.newLines;
            Q_UNUSED(id)
        }
        m_database.execPrepared(QStringLiteral("UPDATE bank_statements SET lines_new = ? WHERE id = ?"),
                                {newLines, statementId});
        audit::AuditTrail(m_database, m_actor)
            .record(StatementEntity, statementId, QStringLiteral("import"), {},
                    {{QStringLiteral("file"), fileName},
                     {QStringLiteral("sha256"), sha256},
                     {QStringLiteral("format"), toCode(statement.format)},
                     {QStringLiteral("account"), statement.account.bankCode + QLatin1Char('-') +
                                                     statement.account.branchCode + QLatin1Char('-') +
                                                     statement.account.accountNumber},
                     {QStringLiteral("lines"), int(statement.lines.size())},
                     {QStringLiteral("new"), newLines}});
    }
    if (!dryRun) {
        transaction.commit();
        summary.committed = true;
    }
    return summary;
}

BankTransaction PaymentService::addManual(const StatementLine &line)
{
    QList<parties::FieldError> errors;
    if (line.amount <= Yen(0))
        errors.append({QStringLiteral("amount"), Text::tr("the amount must be above 0")});
    if (!line.accountDate.isValid())
        errors.append({QStringLiteral("account_date"), Text::tr("the date is missing or not a date")});
    if (line.payerName.trimmed().isEmpty())
        errors.append({QStringLiteral("payer_name"), Text::tr("the payer's name is missing")});
    if (!errors.isEmpty())
        throw parties::ValidationError(errors);
    storage::Transaction transaction(m_database);
    BankStatement statement;
    statement.format = StatementFormat::Manual;
    statement.from = statement.to = line.accountDate;
    StatementLine manual = line;
    manual.incoming = true;
    manual.cancelled = false;
    // No bank numbered it: the next transaction id, taken inside the write transaction, is unique.
    const qint64 next =
        m_database.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM bank_transactions"))
            .toLongLong();
    manual.inquiryNumber = QStringLiteral("M%1").arg(next);
    statement.lines = {manual};
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash((manual.inquiryNumber + m_actor).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
    importStatements({statement}, Text::tr("manual entry"), sha, false);
    const qint64 id =
        m_database
            .scalar(QStringLiteral("SELECT MAX(id) FROM bank_transactions WHERE inquiry_no = ?"),
                    {manual.inquiryNumber})
            .toLongLong();
    transaction.commit();
    return requireTransaction(id);
}

// --- Matching ---------------------------------------------------------------------------------

MatchRunSummary PaymentService::matchOpen(const MatchSettings &settings)
{
    QElapsedTimer timer;
    timer.start();
    MatchRunSummary summary;
    storage::Transaction transaction(m_database);

    QList<PayerAccount> accounts;
    QSqlQuery accountRows = m_database.exec(
        QStringLiteral("SELECT a.id, a.debtor_id, a.client_id, a.customer_code, COALESCE(a.virtual_account, "
                       "''), d.payer_name, "
                       "d.name_kana, d.name, f.fee FROM accounts a JOIN debtors d ON d.id = a.debtor_id "
                       "LEFT JOIN payer_fees f ON f.account_id = a.id"));
    while (accountRows.next()) {
        PayerAccount account;
        account.accountId = accountRows.value(0).toLongLong();
        account.debtorId = accountRows.value(1).toLongLong();
        account.clientId = accountRows.value(2).toLongLong();
        account.customerCode = accountRows.value(3).toString();
        account.virtualAccount = accountRows.value(4).toString();
        for (int column : {5, 6, 7}) {
            const QString name = accountRows.value(column).toString();
            if (!name.isEmpty())
                account.names.append(name);
        }
        if (!accountRows.value(8).isNull())
            account.learnedFee = Yen(accountRows.value(8).toLongLong());
        accounts.append(account);
    }
    QList<OpenInvoice> invoices;
    QSqlQuery invoiceRows = m_database.exec(QStringLiteral(
        "SELECT id, account_id, number, issue_date, due_date, gross - paid - credited FROM invoices "
        "WHERE kind = 'invoice' AND status IN ('issued', 'sent', 'partly_paid') "
        "AND gross - paid - credited > 0"));
    while (invoiceRows.next())
        invoices.append({invoiceRows.value(0).toLongLong(), invoiceRows.value(1).toLongLong(),
                         invoiceRows.value(2).toString(), storage::dateFrom(invoiceRows.value(3)),
                         storage::dateFrom(invoiceRows.value(4)), Yen(invoiceRows.value(5).toLongLong())});
    QList<Payment> payments;
    QHash<qint64, BankTransaction> open;
    for (const BankTransaction &row : transactions(TransactionFilter::waiting())) {
        if (!row.line.incoming || row.line.cancelled)
            continue;
        payments.append({row.id, row.line.valueDate, row.line.amount, row.line.payerName,
                         row.line.sendingBank, row.line.sendingBranch, row.line.ediInfo, row.accountNumber,
                         row.clientId});
        open.insert(row.id, row);
    }

    MatchEngine engine(accounts, invoices, aliases(), settings);
    const QList<MatchResult> results = engine.matchAll(payments);
    for (const MatchResult &result : results) {
        const BankTransaction &row = open[result.paymentId];
        if (result.autoApply && !result.candidates.isEmpty()) {
            writeAllocations(row, result.candidates.first());
            ++summary.autoMatched;
            continue;
        }
        const TransactionStatus status =
            result.candidates.isEmpty() ? TransactionStatus::Unmatched : TransactionStatus::Suggested;
        m_database.execPrepared(
            QStringLiteral("UPDATE bank_transactions SET status = ?, suggestions = ? WHERE id = ?"),
            {toCode(status), candidatesToJson(result.candidates), row.id});
        ++(status == TransactionStatus::Suggested ? summary.suggested : summary.unmatched);
    }
    transaction.commit();
    summary.milliseconds = timer.elapsed();
    return summary;
}

void PaymentService::writeAllocations(const BankTransaction &row, const MatchCandidate &candidate)
{
    billing::InvoiceBook book(m_database);
    const QString stamp = storage::timestampNow();
    // A suggestion only the amount supported is booked as the clerk's own decision.
    const MatchMethod method =
        candidate.method == MatchMethod::Amount ? MatchMethod::Manual : candidate.method;
    Yen allocated;
    for (const Allocation &allocation : candidate.allocations) {
        if (allocation.amount <= Yen(0) ||
            !book.addPaid(allocation.invoiceId, allocation.amount, row.line.valueDate))
            throw parties::ConcurrentChangeError(
                Text::tr("invoice %1 no longer owes %2 yen; reload and match again")
                    .arg(allocation.invoiceId)
                    .arg(allocation.amount.toString()));
        m_database.insertPrepared(
            QStringLiteral(
                "INSERT INTO payment_allocations (transaction_id, invoice_id, amount, method, confidence, "
                "reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {row.id, allocation.invoiceId, allocation.amount.value(), toCode(method), candidate.confidence,
             candidate.reason, stamp, m_actor});
        allocated += allocation.amount;
    }
    const int changed = m_database.execPrepared(
        QStringLiteral(
            "UPDATE bank_transactions SET status = 'matched', allocated = ?, fee = ?, unapplied = ?, "
            "unapplied_account_id = ?, suggestions = '[]', version = version + 1 "
            "WHERE id = ? AND version = ? AND status IN ('unmatched', 'suggested')"),
        {allocated.value(), candidate.fee.value(), candidate.unapplied.value(),
         candidate.unapplied > Yen(0) ? QVariant(candidate.accountId)
                                      : QVariant(QMetaType(QMetaType::LongLong)),
         row.id, row.version});
    if (changed != 1)
        throw parties::ConcurrentChangeError(Text::tr("the payment was changed by someone else; reload it"));
    BankTransaction after = row;
    after.status = TransactionStatus::Matched;
    after.allocated = allocated;
    after.fee = candidate.fee;
    after.unapplied = candidate.unapplied;
    QJsonObject afterJson = stateJson(after);
    QJsonArray allocations;
    for (const Allocation &allocation : candidate.allocations)
        allocations.append(
            QJsonArray{QString::number(allocation.invoiceId), QString::number(allocation.amount.value())});
    afterJson.insert(QStringLiteral("allocations"), allocations);
    afterJson.insert(QStringLiteral("method"), toCode(method));
    afterJson.insert(QStringLiteral("confidence"), candidate.confidence);
    audit(row.id, QStringLiteral("match"), stateJson(row), afterJson);
}

void PaymentService::learnFrom(const BankTransaction &row, const MatchCandidate &candidate, bool learnAlias)
{
    const qint64 debtorId =
        m_database
            .scalar(QStringLiteral("SELECT debtor_id FROM accounts WHERE id = ?"), {candidate.accountId})
            .toLongLong();
    const QString key = parsePayerName(row.line.payerName).key;
    if (learnAlias && debtorId != 0 && !key.isEmpty() && candidate.method != MatchMethod::VirtualAccount) {
        const int updated = m_database.execPrepared(
            QStringLiteral(
                "UPDATE payer_aliases SET confirmations = confirmations + 1 WHERE payer_key = ? AND "
                "sending_bank = ? AND sending_branch = ? AND debtor_id = ?"),
            {key, row.line.sendingBank, row.line.sendingBranch, debtorId});
        if (updated == 0)
            m_database.execPrepared(
                QStringLiteral(
                    "INSERT INTO payer_aliases (payer_key, sending_bank, sending_branch, debtor_id, "
                    "payer_name, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {key, row.line.sendingBank, row.line.sendingBranch, debtorId, row.line.payerName,
                 storage::timestampNow(), m_actor});
    }
    if (candidate.fee > Yen(0)) {
        if (m_database.execPrepared(
                QStringLiteral("UPDATE payer_fees SET fee = ?, updated_at = ? WHERE account_id = ?"),
                {candidate.fee.value(), storage::timestampNow(), candidate.accountId}) == 0)
            m_database.execPrepared(
                QStringLiteral("INSERT INTO payer_fees (account_id, fee, updated_at) VALUES (?, ?, ?)"),
                {candidate.accountId, candidate.fee.value(), storage::timestampNow()});
    }
}

BankTransaction PaymentService::accept(qint64 transactionId, const MatchCandidate &candidate, bool learnAlias)
{
    storage::Transaction transaction(m_database);
    const BankTransaction row = requireTransaction(transactionId);
    if (!isOpen(row.status))
        throw parties::ConcurrentChangeError(Text::tr("the payment is no longer open; reload it"));
    Yen allocated;
    for (const Allocation &allocation : candidate.allocations)
        allocated += allocation.amount;
    if (allocated + candidate.unapplied != row.line.amount + candidate.fee || candidate.fee < Yen(0) ||
        candidate.unapplied < Yen(0))
        throw parties::ValidationError(
            {{QStringLiteral("amount"),
              Text::tr(
                  "the allocations (%1 yen) and the fee (%2 yen) do not account for the payment of %3 yen")
                  .arg(allocated.toString(), candidate.fee.toString(), row.line.amount.toString())}});
    writeAllocations(row, candidate);
    learnFrom(row, candidate, learnAlias);
    transaction.commit();
    return requireTransaction(transactionId);
}

MatchCandidate PaymentService::manualCandidate(const BankTransaction &row,
                                               const QList<Allocation> &allocations, Yen fee,
                                               qint64 unappliedAccountId) const
{
    MatchCandidate candidate;
    candidate.allocations = allocations;
    candidate.fee = fee;
    candidate.method = MatchMethod::Manual;
    candidate.confidence = 1000;
    candidate.reason = Text::tr("allocated by %1").arg(m_actor);
    Yen allocated;
    for (const Allocation &allocation : allocations)
        allocated += allocation.amount;
    const Yen rest = row.line.amount + fee - allocated;
    if (rest > Yen(0) && unappliedAccountId != 0)
        candidate.unapplied = rest;
    candidate.accountId = unappliedAccountId;
    if (candidate.accountId == 0 && !allocations.isEmpty())
        candidate.accountId = m_database
                                  .scalar(QStringLiteral("SELECT account_id FROM invoices WHERE id = ?"),
                                          {allocations.first().invoiceId})
                                  .toLongLong();
    return candidate;
}

BankTransaction PaymentService::allocateManually(qint64 transactionId, const QList<Allocation> &allocations,
                                                 Yen fee, qint64 unappliedAccountId)
{
    const BankTransaction row = requireTransaction(transactionId);
    return accept(transactionId, manualCandidate(row, allocations, fee, unappliedAccountId), true);
}

BankTransaction PaymentService::recordPayment(qint64 invoiceId, Yen amount, QDate receivedOn)
{
    storage::Transaction transaction(m_database);
    QSqlQuery invoice = m_database.exec(
        QStringLiteral(
            "SELECT i.gross - i.paid - i.credited, i.kind, i.status, d.payer_name, d.name, d.name_kana "
            "FROM invoices i "
            "JOIN accounts a ON a.id = i.account_id JOIN debtors d ON d.id = a.debtor_id WHERE i.id = ?"),
        {invoiceId});
    if (!invoice.next())
        throw parties::ValidationError(
            {{QStringLiteral("invoice"), Text::tr("no invoice has the id %1").arg(invoiceId)}});
    const Yen balance(invoice.value(0).toLongLong());
    const QString status = invoice.value(2).toString();
    if (invoice.value(1).toString() != QLatin1String("invoice") ||
        !QStringList{QStringLiteral("issued"), QStringLiteral("sent"), QStringLiteral("partly_paid")}
             .contains(status))
        throw parties::ValidationError(
            {{QStringLiteral("invoice"),
              Text::tr("payments are recorded on issued invoices that are still open")}});
    if (amount <= Yen(0) || amount > balance)
        throw parties::ValidationError(
            {{QStringLiteral("amount"),
              Text::tr("the amount must be above 0 and at most the balance of %1 yen")
                  .arg(balance.toString())}});
    StatementLine line;
    line.accountDate = line.valueDate = receivedOn.isValid() ? receivedOn : QDate::currentDate();
    line.amount = amount;
    // As a bank would print the debtor: the register's payer name, else the one its reading gives.
    line.payerName = invoice.value(3).toString();
    if (line.payerName.isEmpty())
        line.payerName = invoice.value(5).toString().isEmpty()
                             ? invoice.value(4).toString()
                             : parties::toBankPayerNameForCompany(invoice.value(4).toString(),
                                                                  invoice.value(5).toString());
    const BankTransaction manual = addManual(line);
    // The payer is the debtor itself: nothing to learn.
    const BankTransaction paid =
        accept(manual.id, manualCandidate(manual, {{invoiceId, amount}}, Yen(0), 0), false);
    transaction.commit();
    return paid;
}

BankTransaction PaymentService::reverse(qint64 transactionId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw parties::ValidationError(
            {{QStringLiteral("reason"), Text::tr("say why the match is taken back")}});
    storage::Transaction transaction(m_database);
    const BankTransaction row = requireTransaction(transactionId);
    if (isOpen(row.status) || row.status == TransactionStatus::Outgoing ||
        row.status == TransactionStatus::Cancelled)
        throw parties::ValidationError(
            {{QStringLiteral("status"),
              Text::tr("only a matched payment or one marked as fee or income can be taken back")}});
    billing::InvoiceBook book(m_database);
    for (const PaymentAllocation &allocation : allocations(transactionId)) {
        if (allocation.reversed)
            continue;
        if (!book.addPaid(allocation.invoiceId, Yen(0) - allocation.amount, {}))
            throw parties::ConcurrentChangeError(
                Text::tr("invoice %1 cannot give back %2 yen; reload it")
                    .arg(allocation.invoiceNumber, allocation.amount.toString()));
    }
    m_database.execPrepared(
        QStringLiteral("UPDATE payment_allocations SET reversed_at = ?, reversed_by = ?, "
                       "reversal_reason = ? WHERE transaction_id = ? AND reversed_at IS NULL"),
        {storage::timestampNow(), m_actor, reason, transactionId});
    if (m_database.execPrepared(
            QStringLiteral(
                "UPDATE bank_transactions SET status = 'unmatched', allocated = 0, fee = 0, unapplied = 0, "
                "unapplied_account_id = NULL, version = version + 1 WHERE id = ? AND version = ?"),
            {transactionId, row.version}) != 1)
        throw parties::ConcurrentChangeError(Text::tr("the payment was changed by someone else; reload it"));
    QJsonObject after = stateJson(requireTransaction(transactionId));
    after.insert(QStringLiteral("reason"), reason);
    audit(transactionId, QStringLiteral("reverse"), stateJson(row), after);
    transaction.commit();
    return requireTransaction(transactionId);
}

BankTransaction PaymentService::markAs(qint64 transactionId, TransactionStatus status, const QString &note)
{
    if (status != TransactionStatus::Fee && status != TransactionStatus::OtherIncome)
        throw parties::ValidationError(
            {{QStringLiteral("status"),
              Text::tr("a payment can be marked as a fee or as other income only")}});
    storage::Transaction transaction(m_database);
    const BankTransaction row = requireTransaction(transactionId);
    if (!isOpen(row.status) || !row.line.incoming)
        throw parties::ConcurrentChangeError(Text::tr("the payment is no longer open; reload it"));
    m_database.execPrepared(QStringLiteral("UPDATE bank_transactions SET status = ?, suggestions = '[]', "
                                           "version = version + 1 WHERE id = ? AND version = ?"),
                            {toCode(status), transactionId, row.version});
    QJsonObject after = stateJson(requireTransaction(transactionId));
    after.insert(QStringLiteral("note"), note);
    audit(transactionId, QStringLiteral("mark"), stateJson(row), after);
    transaction.commit();
    return requireTransaction(transactionId);
}

// --- Reading ----------------------------------------------------------------------------------

QList<BankTransaction> PaymentService::transactions(const TransactionFilter &filter) const
{
    QString sql = QStringLiteral("SELECT ") + TransactionColumns +
                  QStringLiteral(" FROM bank_transactions WHERE 1 = 1");
    QVariantList values;
    if (filter.status) {
        sql += QStringLiteral(" AND status = ?");
        values << toCode(*filter.status);
    }
    if (filter.openOnly)
        sql += QStringLiteral(" AND status IN ('unmatched', 'suggested')");
    if (filter.statementId != 0) {
        sql += QStringLiteral(" AND statement_id = ?");
        values << filter.statementId;
    }
    sql += QStringLiteral(" ORDER BY value_date, id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery query = m_database.exec(sql, values);
    QList<BankTransaction> result;
    while (query.next())
        result.append(transactionFrom(query));
    return result;
}

std::optional<BankTransaction> PaymentService::transaction(qint64 id) const
{
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT ") + TransactionColumns +
                                          QStringLiteral(" FROM bank_transactions WHERE id = ?"),
                                      {id});
    if (!query.next())
        return std::nullopt;
    return transactionFrom(query);
}

BankTransaction PaymentService::requireTransaction(qint64 id) const
{
    std::optional<BankTransaction> row = transaction(id);
    if (!row)
        throw parties::ValidationError(
            {{QStringLiteral("transaction"), Text::tr("no bank transaction has the id %1").arg(id)}});
    return *row;
}

QList<PaymentAllocation> PaymentService::allocations(qint64 transactionId) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "SELECT p.id, p.invoice_id, COALESCE(i.number, ''), p.amount, p.method, p.confidence, p.reason, "
            "p.created_at, p.created_by, p.reversed_at FROM payment_allocations p "
            "JOIN invoices i ON i.id = p.invoice_id WHERE p.transaction_id = ? ORDER BY p.id"),
        {transactionId});
    QList<PaymentAllocation> result;
    while (query.next()) {
        PaymentAllocation allocation;
        allocation.id = query.value(0).toLongLong();
        allocation.transactionId = transactionId;
        allocation.invoiceId = query.value(1).toLongLong();
        allocation.invoiceNumber = query.value(2).toString();
        allocation.amount = Yen(query.value(3).toLongLong());
        allocation.method = matchMethodFromCode(query.value(4).toString()).value_or(MatchMethod::Manual);
        allocation.confidence = query.value(5).toInt();
        allocation.reason = query.value(6).toString();
        allocation.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        allocation.createdBy = query.value(8).toString();
        allocation.reversed = !query.value(9).isNull();
        result.append(allocation);
    }
    return result;
}

QList<PayerAlias> PaymentService::aliases() const
{
    QSqlQuery query = m_database.exec(QStringLiteral(
        "SELECT payer_key, sending_bank, sending_branch, debtor_id FROM payer_aliases ORDER BY id"));
    QList<PayerAlias> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toLongLong()});
    return result;
}

// --- CSV mappings -----------------------------------------------------------------------------

void PaymentService::saveMapping(const CsvMapping &csvMapping)
{
    if (csvMapping.name.trimmed().isEmpty())
        throw parties::ValidationError({{QStringLiteral("name"), Text::tr("a column mapping needs a name")}});
    storage::Transaction transaction(m_database);
    const QString json = QString::fromUtf8(QJsonDocument(csvMapping.toJson()).toJson(QJsonDocument::Compact));
    const QVariant before = m_database.scalar(
        QStringLiteral("SELECT mapping FROM bank_csv_mappings WHERE name = ?"), {csvMapping.name});
    if (before.isValid())
        m_database.execPrepared(
            QStringLiteral("UPDATE bank_csv_mappings SET mapping = ?, updated_at = ? WHERE name = ?"),
            {json, storage::timestampNow(), csvMapping.name});
    else
        m_database.execPrepared(
            QStringLiteral("INSERT INTO bank_csv_mappings (name, mapping, updated_at) VALUES (?, ?, ?)"),
            {csvMapping.name, json, storage::timestampNow()});
    audit::AuditTrail(m_database, m_actor)
        .record(QStringLiteral("bank_csv_mapping"), 0,
                before.isValid() ? QStringLiteral("update") : QStringLiteral("create"),
                before.isValid() ? QJsonObject{{QStringLiteral("mapping"), before.toString()}}
                                 : QJsonObject(),
                {{QStringLiteral("name"), csvMapping.name}, {QStringLiteral("mapping"), json}});
    transaction.commit();
}

std::optional<CsvMapping> PaymentService::mapping(const QString &name) const
{
    const QVariant json =
        m_database.scalar(QStringLiteral("SELECT mapping FROM bank_csv_mappings WHERE name = ?"), {name});
    if (!json.isValid())
        return std::nullopt;
    return CsvMapping::fromJson(QJsonDocument::fromJson(json.toString().toUtf8()).object());
}

QStringList PaymentService::mappingNames() const
{
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT name FROM bank_csv_mappings ORDER BY name"));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace kaishu::payments
