#pragma once

#include "BehaviourTable.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace kaishu::screening {

// One invoice of a payment history: when it was issued, due and settled (never, while open).
struct HistoryInvoice
{
    QString customerId;
    QString invoiceId;
    QDate invoiceDate;
    QDate dueDate;
    qint64 amount = 0; // yen
    std::optional<QDate> settledDate;
    bool disputed = false;
    QString region;
    QString industry;
    QString channel;
};

// An invoice history as CSV: header customer_id,invoice_id,invoice_date,due_date,amount,settled_date
// [,disputed][,region][,industry][,channel] (settled_date empty while open; disputed 1/0, true/false,
// yes/no). Nothing, with *error naming the line and column, when a row is malformed.
std::optional<QList<HistoryInvoice>> readHistoryCsv(const QByteArray &bytes, QString *error);
QByteArray writeHistoryCsv(const QList<HistoryInvoice> &history);

// The history in compact form for behaviourTable (BehaviourTable.h): customers and groups numbered
// in order of appearance; a settled invoice was paid at once on its settled date.
std::vector<CompactInvoice> compactHistory(const QList<HistoryInvoice> &history);

// The behavioural models on a time split: trained on the invoices issued before splitDate, tested
// on the rest. late = settled after the due date (an open invoice past due at the end of the data
// counts as late; one not yet due is left out); days to settle = settled − issued, settled ones only.
struct HistoryEvaluation
{
    int trainInvoices = 0;
    int testInvoices = 0;
    int testLateKnown = 0; // test invoices whose lateness is known
    int testSettled = 0;
    double lateAuc = 0;
    double daysToSettleMae = 0;
    double maeTerms = 0;        // baseline: the payment terms (due − issued)
    double maeCustomerMean = 0; // baseline: the customer's mean so far (the terms without history)
    // The payment-timing model (trained as seen the day before splitDate, open invoices censored):
    // predicted days to settle = terms + its median days after due.
    double timingModelMae = 0;
};
std::optional<HistoryEvaluation> evaluateHistory(const QList<HistoryInvoice> &history, QDate splitDate,
                                                 QString *error);

} // namespace kaishu::screening
