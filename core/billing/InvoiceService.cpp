#include "InvoiceService.h"

#include "audit/AuditTrail.h"
#include "billing/OrderBook.h"
#include "parties/BankDirectory.h"
#include "parties/PartyRepository.h"
#include "screening/ScreeningService.h"
#include "storage/Database.h"
#include "storage/StoredValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>

namespace kaishu::billing {

using money::Yen;
using parties::FieldError;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::billing)
};

const QString InvoiceEntity = QStringLiteral("invoice");
const QString ReceiptNumberFormat = QStringLiteral("{client}-R{yyyy}-{seq:6}");

InvoiceLine invoiceLineOf(const OrderLine &order, money::RoundingMode rounding)
{
    InvoiceLine line;
    line.deliveryDate = order.deliveryDate;
    line.orderNumber = order.orderNumber;
    line.itemCode = order.itemCode;
    line.description = order.description;
    line.quantity = order.quantity;
    line.unit = order.unit;
    line.unitPrice = order.unitPrice;
    line.category = order.category;
    line.amount = order.amount(rounding);
    return line;
}

QList<FieldError> validateLines(const QList<InvoiceLine> &lines)
{
    QList<FieldError> errors;
    if (lines.isEmpty())
        errors.append({QStringLiteral("lines"), Text::tr("an invoice needs at least one line")});
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const InvoiceLine &line = lines.at(i);
        const QString where = Text::tr("line %1").arg(i + 1);
        if (line.description.trimmed().isEmpty())
            errors.append({QStringLiteral("description"),
                           where + QStringLiteral(": ") + Text::tr("a description is required")});
        if (!line.deliveryDate.isValid())
            errors.append({QStringLiteral("delivery_date"),
                           where + QStringLiteral(": ") + Text::tr("a delivery date is required")});
        if (line.quantity.isZero())
            errors.append({QStringLiteral("quantity"),
                           where + QStringLiteral(": ") + Text::tr("the quantity must not be zero")});
    }
    return errors;
}

QDate firstDelivery(const QList<InvoiceLine> &lines)
{
    QDate first;
    for (const InvoiceLine &line : lines) {
        if (!first.isValid() || line.deliveryDate < first)
            first = line.deliveryDate;
    }
    return first;
}

QDate lastDelivery(const QList<InvoiceLine> &lines)
{
    QDate last;
    for (const InvoiceLine &line : lines) {
        if (!last.isValid() || line.deliveryDate > last)
            last = line.deliveryDate;
    }
    return last;
}

} // namespace

QJsonObject summaryJson(const Invoice &invoice)
{
    return {{QStringLiteral("number"), invoice.number},
            {QStringLiteral("kind"), toCode(invoice.kind)},
            {QStringLiteral("status"), toCode(invoice.status)},
            {QStringLiteral("customer_code"), invoice.customerCode},
            {QStringLiteral("issue_date"), invoice.issueDate.toString(Qt::ISODate)},
            {QStringLiteral("due_date"), invoice.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("lines"), int(invoice.lines.size())},
            {QStringLiteral("net"), QString::number(invoice.tax.net.value())},
            {QStringLiteral("tax"), QString::number(invoice.tax.tax.value())},
            {QStringLiteral("gross"), QString::number(invoice.tax.gross.value())},
            {QStringLiteral("paid"), QString::number(invoice.paid.value())},
            {QStringLiteral("credited"), QString::number(invoice.credited.value())},
            {QStringLiteral("notes"), invoice.notes}};
}

InvoiceService::InvoiceService(storage::Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
    , m_book(database)
    , m_settings(database, m_actor)
{}

void InvoiceService::audit(const Invoice &invoice, const QString &action, const QJsonObject &before,
                           const QJsonObject &after)
{
    audit::AuditTrail(m_database, m_actor).record(InvoiceEntity, invoice.id, action, before, after);
}

Invoice InvoiceService::requireInvoice(qint64 invoiceId) const
{
    std::optional<Invoice> invoice = m_book.invoice(invoiceId);
    if (!invoice)
        throw parties::ValidationError(
            {{QStringLiteral("invoice"), Text::tr("no invoice has the id %1").arg(invoiceId)}});
    return *invoice;
}

BillingRunPlan InvoiceService::planBillingRun(qint64 clientId, QDate closingDate, QDate issueDate) const
{
    BillingRunPlan plan;
    plan.clientId = clientId;
    plan.closingDate = closingDate;
    plan.issueDate = issueDate.isValid() ? issueDate : closingDate;
    const BillingSettings settings = m_settings.settings(clientId);

    // What the run needs of the client's accounts, read once: terms, limit, status, own invoice form,
    // and what is open (issued and unpaid, or drafted) — one query each instead of one per account.
    struct AccountFacts
    {
        calendar::PaymentTerms terms;
        Yen creditLimit;
        bool active = false;
        InvoiceForm form = InvoiceForm::Summary;
        Yen exposure;
    };
    QHash<qint64, AccountFacts> facts;
    QSqlQuery accounts = m_database.exec(
        QStringLiteral("SELECT a.id, a.terms, a.credit_limit, a.status, b.invoice_form FROM accounts a "
                       "LEFT JOIN account_billing b ON b.account_id = a.id WHERE a.client_id = ?"),
        {clientId});
    while (accounts.next()) {
        AccountFacts &account = facts[accounts.value(0).toLongLong()];
        account.terms =
            calendar::PaymentTerms::parse(accounts.value(1).toString()).value_or(calendar::PaymentTerms());
        account.creditLimit = Yen(accounts.value(2).toLongLong());
        account.active = accounts.value(3).toString() == QLatin1String("active");
        account.form = invoiceFormFromCode(accounts.value(4).toString()).value_or(settings.invoiceForm);
    }
    QSqlQuery open = m_database.exec(
        QStringLiteral(
            "SELECT account_id, SUM(CASE WHEN status = 'draft' THEN gross ELSE gross - paid - credited END) "
            "FROM invoices WHERE client_id = ? AND kind = 'invoice' AND status IN ('draft', 'issued', "
            "'sent', "
            "'partly_paid') GROUP BY account_id"),
        {clientId});
    while (open.next())
        facts[open.value(0).toLongLong()].exposure = Yen(open.value(1).toLongLong());

    OrderFilter filter;
    filter.clientId = clientId;
    filter.deliveredUpTo = closingDate;
    const QList<OrderLine> lines = OrderBook(m_database, m_actor).lines(filter);

    // Lines by account, in delivery order (the order book sorts them).
    QMap<qint64, QList<OrderLine>> byAccount;
    for (const OrderLine &line : lines)
        byAccount[line.accountId].append(line);

    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        const auto account = facts.constFind(it.key());
        if (account == facts.constEnd() || !account->active)
            continue;
        if (account->terms.closingDateFor(closingDate) != closingDate)
            continue; // this account closes on another day
        const qint64 accountId = it.key();
        const InvoiceForm form = account->form;
        // Groups: per price mode, and per order for per-order accounts.
        QMap<QString, QList<OrderLine>> groups;
        for (const OrderLine &line : it.value()) {
            const QString key = toCode(line.priceMode) +
                                (form == InvoiceForm::PerOrder ? QChar(u'\t') + line.orderNumber : QString());
            groups[key].append(line);
        }
        Yen newTotal;
        for (const QList<OrderLine> &group : std::as_const(groups)) {
            Invoice draft;
            draft.clientId = clientId;
            draft.accountId = accountId;
            draft.kind = DocumentKind::Invoice;
            draft.status = InvoiceStatus::Draft;
            draft.closingDate = closingDate;
            draft.issueDate = plan.issueDate;
            draft.dueDate = account->terms.dueDateFor(closingDate);
            draft.form = form;
            draft.priceMode = group.first().priceMode;
            draft.rounding = settings.rounding;
            for (const OrderLine &line : group)
                draft.lines.append(invoiceLineOf(line, settings.rounding));
            draft.periodFrom = form == InvoiceForm::Summary
                                   ? account->terms.closingDateFor(closingDate.addMonths(-1)).addDays(1)
                                   : firstDelivery(draft.lines);
            draft.periodFrom = std::min(draft.periodFrom, firstDelivery(draft.lines));
            draft.periodTo = form == InvoiceForm::Summary ? closingDate : lastDelivery(draft.lines);
            draft.tax = taxOf(draft.lines, draft.priceMode, draft.rounding);
            draft.customerCode = group.first().customerCode;
            draft.debtorName = group.first().debtorName;
            draft.clientCode = group.first().clientCode;
            newTotal += draft.tax.gross;
            plan.orderLines += int(group.size());
            plan.drafts.append(draft);
            QList<qint64> ids;
            ids.reserve(group.size());
            for (const OrderLine &line : group)
                ids.append(line.id);
            plan.orderLineIds.append(ids);
        }
        const Yen exposure = account->exposure + newTotal;
        if (account->creditLimit > Yen(0) && exposure > account->creditLimit)
            plan.warnings.append({accountId, it.value().first().customerCode, it.value().first().debtorName,
                                  account->creditLimit, exposure});
    }
    return plan;
}

BillingRunPlan InvoiceService::runBilling(qint64 clientId, QDate closingDate, QDate issueDate)
{
    storage::Transaction transaction(m_database);
    BillingRunPlan plan = planBillingRun(clientId, closingDate, issueDate);
    for (qsizetype i = 0; i < plan.drafts.size(); ++i) {
        Invoice &draft = plan.drafts[i];
        draft.id = m_book.insert(draft);
        draft.version = 1;
        // The planned lines must all still be unbilled: fewer marked means another clerk's run billed
        // some meanwhile, and nothing of this run is kept. By primary key, in chunks the drivers take.
        const QList<qint64> &lineIds = plan.orderLineIds.at(i);
        constexpr qsizetype Chunk = 500;
        for (qsizetype from = 0; from < lineIds.size(); from += Chunk) {
            const QList<qint64> chunk = lineIds.mid(from, Chunk);
            QVariantList values{draft.id};
            for (const qint64 id : chunk)
                values << id;
            QString placeholders = QStringLiteral("?");
            placeholders += QStringLiteral(",?").repeated(chunk.size() - 1);
            const QString sql = QStringLiteral("UPDATE order_lines SET invoice_id = ?, version = version + 1 "
                                               "WHERE invoice_id IS NULL AND id IN (%1)")
                                    .arg(placeholders);
            if (m_database.execPrepared(sql, values) != chunk.size())
                throw parties::ConcurrentChangeError(
                    Text::tr("order lines were billed by someone else meanwhile; run again"));
        }
        audit(draft, QStringLiteral("billing_run"), {}, summaryJson(draft));
    }
    transaction.commit();
    return plan;
}

Invoice InvoiceService::saveDraft(const Invoice &draft)
{
    const QList<FieldError> errors = validateLines(draft.lines);
    if (!errors.isEmpty())
        throw parties::ValidationError(errors);
    storage::Transaction transaction(m_database);
    const Invoice before = requireInvoice(draft.id);
    Invoice updated = draft;
    for (InvoiceLine &line : updated.lines)
        line.amount = line.quantity.multiplyToYen(line.unitPrice, before.rounding);
    updated.tax = taxOf(updated.lines, before.priceMode, before.rounding);
    if (before.status != InvoiceStatus::Draft || !m_book.updateDraft(updated))
        throw parties::ConcurrentChangeError(
            Text::tr("the draft was changed or issued by someone else; reload it"));
    audit(updated, QStringLiteral("update"), summaryJson(before), summaryJson(updated));
    transaction.commit();
    return requireInvoice(draft.id);
}

void InvoiceService::discardDraft(const Invoice &draft)
{
    storage::Transaction transaction(m_database);
    const Invoice before = requireInvoice(draft.id);
    if (before.status != InvoiceStatus::Draft || before.version != draft.version)
        throw parties::ConcurrentChangeError(
            Text::tr("the draft was changed or issued by someone else; reload it"));
    m_book.deleteDraft(draft.id);
    audit(before, QStringLiteral("discard"), summaryJson(before), {});
    transaction.commit();
}

QString InvoiceService::takeNumber(qint64 clientId, const QString &clientCode, const QString &format,
                                   QDate issueDate)
{
    // Inside the issuing transaction: a rollback gives the number back, so the series has no gaps.
    const QString series = NumberFormat::series(format, clientCode, issueDate);
    if (m_database.execPrepared(QStringLiteral("UPDATE number_sequences SET last_number = last_number + 1 "
                                               "WHERE client_id = ? AND series = ?"),
                                {clientId, series}) == 0) {
        m_database.execPrepared(
            QStringLiteral("INSERT INTO number_sequences (client_id, series, last_number) VALUES (?, ?, 1)"),
            {clientId, series});
    }
    const qint64 sequence =
        m_database
            .scalar(
                QStringLiteral("SELECT last_number FROM number_sequences WHERE client_id = ? AND series = ?"),
                {clientId, series})
            .toLongLong();
    return NumberFormat::number(format, clientCode, issueDate, sequence);
}

QList<CreditWarning> InvoiceService::creditLimitBreaches(const QList<qint64> &draftIds) const
{
    QHash<qint64, CreditWarning> byAccount;
    QList<qint64> order;
    for (const qint64 id : draftIds) {
        const std::optional<Invoice> draft = m_book.invoice(id);
        if (!draft || draft->status != InvoiceStatus::Draft || draft->kind != DocumentKind::Invoice)
            continue;
        auto found = byAccount.find(draft->accountId);
        if (found == byAccount.end()) {
            CreditWarning warning{draft->accountId, draft->customerCode, draft->debtorName, {}, {}};
            warning.creditLimit =
                Yen(m_database
                        .scalar(QStringLiteral("SELECT credit_limit FROM accounts WHERE id = ?"),
                                {draft->accountId})
                        .toLongLong());
            warning.exposure =
                Yen(m_database
                        .scalar(QStringLiteral("SELECT COALESCE(SUM(gross - paid - credited), 0) FROM "
                                               "invoices WHERE account_id = ? AND kind = 'invoice' AND "
                                               "status IN ('issued', 'sent', 'partly_paid')"),
                                {draft->accountId})
                        .toLongLong());
            found = byAccount.insert(draft->accountId, warning);
            order.append(draft->accountId);
        }
        found->exposure += draft->tax.gross;
    }
    QList<CreditWarning> breaches;
    for (const qint64 accountId : std::as_const(order)) {
        const CreditWarning &warning = byAccount[accountId];
        if (warning.creditLimit > Yen(0) && warning.exposure > warning.creditLimit)
            breaches.append(warning);
    }
    return breaches;
}

QList<Invoice> InvoiceService::issue(const QList<qint64> &draftIds, QDate issueDate, bool approveOverLimit)
{
    storage::Transaction transaction(m_database);
    const QList<CreditWarning> breaches = creditLimitBreaches(draftIds);
    if (!breaches.isEmpty()) {
        QStringList accounts;
        for (const CreditWarning &breach : breaches)
            accounts << Text::tr("%1 %2 would owe %3 yen against a limit of %4 yen")
                            .arg(breach.customerCode, breach.debtorName, breach.exposure.toString(),
                                 breach.creditLimit.toString());
        const screening::ScreeningService screening(m_database, m_actor);
        if (!approveOverLimit || !screening.isSupervisor(m_actor))
            throw parties::ValidationError(
                {{QStringLiteral("credit_limit"),
                  Text::tr("%1: issuing over the credit limit needs a supervisor's approval (%2)")
                      .arg(accounts.join(Text::tr("; ")),
                           screening.supervisors().isEmpty()
                               ? Text::tr("no supervisor is named yet")
                               : screening.supervisors().join(QStringLiteral(", ")))}});
        audit::AuditTrail trail(m_database, m_actor);
        for (const CreditWarning &breach : breaches)
            trail.record(QStringLiteral("account"), breach.accountId, QStringLiteral("over_limit_approved"),
                         {{QStringLiteral("credit_limit"), breach.creditLimit.value()}},
                         {{QStringLiteral("owed_after_issue"), breach.exposure.value()},
                          {QStringLiteral("approved_by"), m_actor}});
    }
    QList<Invoice> issued;
    for (qint64 id : draftIds) {
        Invoice invoice = requireInvoice(id);
        if (invoice.status != InvoiceStatus::Draft)
            throw parties::ValidationError(
                {{QStringLiteral("status"),
                  Text::tr("invoice %1 is not a draft")
                      .arg(invoice.number.isEmpty() ? QString::number(id) : invoice.number)}});
        const QList<FieldError> errors = validateLines(invoice.lines);
        if (!errors.isEmpty())
            throw parties::ValidationError(errors);
        const BillingSettings settings = m_settings.settings(invoice.clientId);
        if (issueDate.isValid())
            invoice.issueDate = issueDate;
        invoice.number =
            takeNumber(invoice.clientId, invoice.clientCode, settings.numberFormat, invoice.issueDate);
        invoice.status = InvoiceStatus::Issued;
        const BillingDocument document = assemble(invoice);
        if (settings.issuer == IssuerMode::Agency && document.issuer.registrationNumber.isEmpty())
            throw parties::ValidationError(
                {{QStringLiteral("issuer"),
                  Text::tr("the agency issues for client %1 but has no registration number (File → Agency)")
                      .arg(invoice.clientCode)}});
        m_database.execPrepared(QStringLiteral("UPDATE invoices SET issue_date = ? WHERE id = ?"),
                                {invoice.issueDate.toString(Qt::ISODate), id});
        m_book.setIssued(id, invoice.number,
                         QString::fromUtf8(QJsonDocument(document.toJson()).toJson(QJsonDocument::Compact)),
                         m_actor);
        audit(invoice, QStringLiteral("issue"), {}, summaryJson(invoice));
        issued.append(requireInvoice(id));
    }
    transaction.commit();
    return issued;
}

Invoice InvoiceService::cancel(qint64 invoiceId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw parties::ValidationError(
            {{QStringLiteral("reason"), Text::tr("a reason for the cancellation is required")}});
    storage::Transaction transaction(m_database);
    const Invoice before = requireInvoice(invoiceId);
    if (!before.isIssued())
        throw parties::ValidationError(
            {{QStringLiteral("status"), Text::tr("only an issued invoice can be cancelled")}});
    if (!before.paid.isZero() || !before.credited.isZero())
        throw parties::ValidationError(
            {{QStringLiteral("status"),
              Text::tr("invoice %1 has payments or credit notes: correct it with a credit note")
                  .arg(before.number)}});
    if (!m_book.setStatus(invoiceId, before.version, InvoiceStatus::Cancelled, reason.trimmed()))
        throw parties::ConcurrentChangeError(Text::tr("the invoice was changed by someone else; reload it"));
    Invoice after = requireInvoice(invoiceId);
    QJsonObject afterJson = summaryJson(after);
    afterJson.insert(QStringLiteral("reason"), reason.trimmed());
    audit(after, QStringLiteral("cancel"), summaryJson(before), afterJson);
    transaction.commit();
    return after;
}

Invoice InvoiceService::reissue(qint64 invoiceId, const QString &reason)
{
    storage::Transaction transaction(m_database);
    const Invoice cancelled = cancel(invoiceId, reason);
    Invoice draft = cancelled;
    draft.id = 0;
    draft.number.clear();
    draft.status = InvoiceStatus::Draft;
    draft.replacesInvoiceId = cancelled.id;
    draft.cancelReason.clear();
    draft.notes = Text::tr("Corrects invoice %1 (%2)").arg(cancelled.number, reason.trimmed());
    draft.id = m_book.insert(draft);
    draft.version = 1;
    audit(draft, QStringLiteral("reissue"), {}, summaryJson(draft));
    transaction.commit();
    return requireInvoice(draft.id);
}

Invoice InvoiceService::issueCreditNote(qint64 invoiceId, const QList<InvoiceLine> &lines,
                                        const QString &reason, QDate issueDate)
{
    QList<FieldError> errors = validateLines(lines);
    if (reason.trimmed().isEmpty())
        errors.append({QStringLiteral("reason"), Text::tr("a reason for the credit note is required")});
    if (!errors.isEmpty())
        throw parties::ValidationError(errors);
    storage::Transaction transaction(m_database);
    const Invoice original = requireInvoice(invoiceId);
    if (original.kind != DocumentKind::Invoice || !original.isIssued())
        throw parties::ValidationError(
            {{QStringLiteral("invoice"), Text::tr("a credit note needs an issued invoice")}});
    Invoice note;
    note.clientId = original.clientId;
    note.accountId = original.accountId;
    note.kind = DocumentKind::CreditNote;
    note.status = InvoiceStatus::Draft;
    note.closingDate = original.closingDate;
    note.issueDate = issueDate.isValid() ? issueDate : QDate::currentDate();
    note.form = InvoiceForm::PerOrder;
    note.priceMode = original.priceMode;
    note.rounding = original.rounding;
    note.lines = lines;
    for (InvoiceLine &line : note.lines)
        line.amount = line.quantity.multiplyToYen(line.unitPrice, original.rounding);
    note.periodFrom = firstDelivery(note.lines);
    note.periodTo = lastDelivery(note.lines);
    note.tax = taxOf(note.lines, note.priceMode, note.rounding);
    note.originalInvoiceId = original.id;
    note.notes = reason.trimmed();
    if (note.tax.gross <= Yen(0) || note.tax.gross > original.tax.gross - original.credited)
        throw parties::ValidationError(
            {{QStringLiteral("lines"),
              Text::tr(
                  "the credit note's total %1 yen must be above 0 and at most the %2 yen left on invoice %3")
                  .arg(note.tax.gross.toString(), (original.tax.gross - original.credited).toString(),
                       original.number)}});
    note.id = m_book.insert(note);
    note.clientCode = original.clientCode;
    note.customerCode = original.customerCode;
    note.debtorName = original.debtorName;
    audit(note, QStringLiteral("create"), {}, summaryJson(note));
    const Invoice issued = issue({note.id}, note.issueDate).constFirst();
    m_book.addCredited(original.id, issued.tax.gross);
    audit(original, QStringLiteral("credit"), summaryJson(original),
          summaryJson(requireInvoice(original.id)));
    transaction.commit();
    return requireInvoice(note.id);
}

BillingDocument InvoiceService::document(qint64 invoiceId) const
{
    const QString frozen = m_book.documentJson(invoiceId);
    if (!frozen.isEmpty()) {
        if (std::optional<BillingDocument> document =
                BillingDocument::fromJson(QJsonDocument::fromJson(frozen.toUtf8()).object()))
            return *document;
    }
    return assemble(requireInvoice(invoiceId));
}

BillingDocument InvoiceService::assemble(const Invoice &invoice) const
{
    parties::PartyRepository parties(m_database);
    const parties::Client client = parties.clientById(invoice.clientId).value_or(parties::Client());
    const parties::Account account = parties.accountById(invoice.accountId).value_or(parties::Account());
    const parties::Debtor debtor = parties.debtorById(account.debtorId).value_or(parties::Debtor());
    const BillingSettings settings = m_settings.settings(invoice.clientId);

    BillingDocument document;
    document.kind = invoice.kind;
    document.number = invoice.number;
    document.clientCode = client.code;
    document.issueDate = invoice.issueDate;
    document.dueDate = invoice.kind == DocumentKind::Invoice ? invoice.dueDate : QDate();
    document.periodFrom = invoice.periodFrom;
    document.periodTo = invoice.periodTo;
    document.summaryInvoice = invoice.kind == DocumentKind::Invoice && invoice.form == InvoiceForm::Summary;
    if (settings.issuer == IssuerMode::Agency) {
        const AgencyProfile agency = m_settings.agency();
        document.issuer = {agency.name,       agency.registrationNumber,
                           agency.postalCode, agency.address,
                           agency.phone,      agency.email,
                           client.name};
    } else {
        document.issuer = {client.name, client.registrationNumber, client.postalCode, client.address, {}, {},
                           {}};
    }
    document.recipient.name = debtor.name;
    document.recipient.honorific =
        debtor.kind == parties::DebtorKind::Person ? Honorific::Sama : Honorific::Onchu;
    document.recipient.contactName = debtor.contactName;
    document.recipient.postalCode = debtor.postalCode;
    document.recipient.address =
        debtor.address.startsWith(debtor.prefecture) ? debtor.address : debtor.prefecture + debtor.address;
    document.recipient.customerCode = account.customerCode;
    document.recipient.corporateNumber = debtor.corporateNumber;
    document.priceMode = invoice.priceMode;
    document.rounding = invoice.rounding;
    for (const InvoiceLine &line : invoice.lines)
        document.lines.append({line.deliveryDate, line.orderNumber, line.itemCode, line.description,
                               line.quantity, line.unit, line.unitPrice, line.category, line.amount});
    document.tax = invoice.tax;
    document.notes = invoice.notes;
    if (invoice.kind == DocumentKind::Invoice) {
        document.payee.bankCode = client.payeeAccount.bankCode;
        document.payee.branchCode = client.payeeAccount.branchCode;
        document.payee.type = client.payeeAccount.type;
        document.payee.accountNumber =
            account.virtualAccount.isEmpty() ? client.payeeAccount.accountNumber : account.virtualAccount;
        document.payee.accountName = client.payeeAccount.accountName;
        const parties::BankDirectory &banks = parties::BankDirectory::instance();
        if (const std::optional<parties::Bank> bank = banks.bank(document.payee.bankCode))
            document.payee.bankName = bank->name;
        if (const std::optional<parties::Branch> branch =
                banks.branch(document.payee.bankCode, document.payee.branchCode))
            document.payee.branchName = branch->name;
    }
    if (document.summaryInvoice) {
        // 前回御請求額 from the previous summary invoice; 繰越金額 is what is still open on the account
        // (excluding this invoice); 御入金額 is the difference (payments and credits since).
        SummaryBox box;
        box.carriedOver = m_book.openBalance(invoice.accountId, invoice.id);
        const std::optional<Invoice> previous =
            m_book.lastSummaryInvoice(invoice.accountId, invoice.closingDate);
        if (previous) {
            const std::optional<BillingDocument> previousDocument = BillingDocument::fromJson(
                QJsonDocument::fromJson(m_book.documentJson(previous->id).toUtf8()).object());
            box.previousBilled = previousDocument && previousDocument->summary
                                     ? previousDocument->summary->currentBilled
                                     : previous->tax.gross;
        } else {
            box.previousBilled = box.carriedOver;
        }
        box.received = box.previousBilled - box.carriedOver;
        box.currentPurchases =
            invoice.priceMode == PriceMode::TaxExcluded ? invoice.tax.net : invoice.tax.gross;
        box.tax = invoice.priceMode == PriceMode::TaxExcluded ? invoice.tax.tax : Yen();
        box.currentBilled = box.carriedOver + invoice.tax.gross;
        document.summary = box;
    }
    if (invoice.kind == DocumentKind::CreditNote && invoice.originalInvoiceId) {
        const std::optional<Invoice> original = m_book.invoice(invoice.originalInvoiceId);
        if (original) {
            document.originalNumber = original->number;
            document.originalIssueDate = original->issueDate;
        }
        document.reason = invoice.notes;
    }
    return document;
}

BillingDocument InvoiceService::issueReceipt(qint64 invoiceId, QDate issueDate, const QString &proviso)
{
    storage::Transaction transaction(m_database);
    const Invoice invoice = requireInvoice(invoiceId);
    const Yen alreadyReceipted(
        m_database
            .scalar(QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM receipts WHERE invoice_id = ?"),
                    {invoiceId})
            .toLongLong());
    const Yen amount = invoice.paid - alreadyReceipted;
    if (amount <= Yen(0))
        throw parties::ValidationError(
            {{QStringLiteral("invoice"),
              Text::tr("invoice %1 has no received money without a receipt").arg(invoice.number)}});
    BillingDocument receipt = document(invoiceId);
    receipt.kind = DocumentKind::Receipt;
    receipt.originalNumber = invoice.number;
    receipt.originalIssueDate = invoice.issueDate;
    receipt.issueDate = issueDate.isValid() ? issueDate : QDate::currentDate();
    receipt.receivedAmount = amount;
    receipt.proviso = proviso.trimmed().isEmpty() ? Text::tr("お品代として") : proviso.trimmed();
    receipt.summary.reset();
    receipt.payee = {};
    receipt.dueDate = {};
    receipt.number = takeNumber(invoice.clientId, invoice.clientCode, ReceiptNumberFormat, receipt.issueDate);
    const QString stamp = storage::timestampNow();
    const qint64 id = m_database.insert(
        QStringLiteral("INSERT INTO receipts (invoice_id, number, issue_date, amount, proviso, document, "
                       "issued_at, issued_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {invoiceId, receipt.number, receipt.issueDate.toString(Qt::ISODate), amount.value(), receipt.proviso,
         QString::fromUtf8(QJsonDocument(receipt.toJson()).toJson(QJsonDocument::Compact)), stamp, m_actor});
    audit::AuditTrail(m_database, m_actor)
        .record(QStringLiteral("receipt"), id, QStringLiteral("issue"), {},
                {{QStringLiteral("number"), receipt.number},
                 {QStringLiteral("invoice"), invoice.number},
                 {QStringLiteral("amount"), QString::number(amount.value())}});
    transaction.commit();
    return receipt;
}

QList<BillingDocument> InvoiceService::receipts(qint64 invoiceId) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT document FROM receipts WHERE invoice_id = ? ORDER BY id"), {invoiceId});
    QList<BillingDocument> result;
    while (query.next()) {
        if (std::optional<BillingDocument> document = BillingDocument::fromJson(
                QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object()))
            result.append(*document);
    }
    return result;
}

void InvoiceService::recordSend(const SendAttempt &attempt)
{
    storage::Transaction transaction(m_database);
    const Invoice before = requireInvoice(attempt.invoiceId);
    m_database.insert(QStringLiteral("INSERT INTO send_log (invoice_id, channel, recipient, attempted_at, "
                                     "accepted, server_reply, error, actor) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {attempt.invoiceId, attempt.channel, attempt.recipient,
                       (attempt.attemptedAt.isValid() ? attempt.attemptedAt : QDateTime::currentDateTimeUtc())
                           .toUTC()
                           .toString(Qt::ISODateWithMs),
                       attempt.accepted ? 1 : 0, attempt.serverReply, attempt.error, m_actor});
    if (attempt.accepted && before.status == InvoiceStatus::Issued) {
        m_book.setStatus(before.id, before.version, InvoiceStatus::Sent);
        audit(before, QStringLiteral("send"), summaryJson(before),
              {{QStringLiteral("status"), QStringLiteral("sent")},
               {QStringLiteral("channel"), attempt.channel},
               {QStringLiteral("recipient"), attempt.recipient}});
    }
    transaction.commit();
}

QList<SendAttempt> InvoiceService::sendLog(qint64 invoiceId) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "SELECT channel, recipient, attempted_at, accepted, server_reply, error, actor FROM send_log "
            "WHERE invoice_id = ? ORDER BY attempted_at, id"),
        {invoiceId});
    QList<SendAttempt> result;
    while (query.next()) {
        SendAttempt attempt;
        attempt.invoiceId = invoiceId;
        attempt.channel = query.value(0).toString();
        attempt.recipient = query.value(1).toString();
        attempt.attemptedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        attempt.accepted = query.value(3).toInt() != 0;
        attempt.serverReply = query.value(4).toString();
        attempt.error = query.value(5).toString();
        attempt.actor = query.value(6).toString();
        result.append(attempt);
    }
    return result;
}

} // namespace kaishu::billing
