#pragma once

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

// What is known of a customer when one of its invoices is issued: only invoices issued, settled or
// overdue before that day count; the invoice's own dispute flag never does. Group late rates
// (region, industry, channel) come from the whole portfolio's invoices settled before that day,
// shrunk towards the portfolio's rate for small groups.
struct BehaviourFeatures
{
    static const QStringList &names();
    std::vector<double> values;           // in the order of names()
    double customerMeanDaysToSettle = -1; // over its settled invoices; -1 when none
};
// With wanted (one flag per invoice), only the flagged invoices get their values (the rest stay
// empty): a large portfolio's history informs the few invoices being scored.
std::vector<BehaviourFeatures> behaviourFeatures(const QList<HistoryInvoice> &history,
                                                 const std::vector<bool> *wanted = nullptr);

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
};
std::optional<HistoryEvaluation> evaluateHistory(const QList<HistoryInvoice> &history, QDate splitDate,
                                                 QString *error);

} // namespace kaishu::screening
