#pragma once

#include "billing/InvoiceService.h"
#include "billing/OrderBook.h"
#include "parties/DebtorRegister.h"
#include "parties/PartyService.h"
#include "payments/PaymentService.h"
#include "screening/CreditReports.h"
#include "screening/ScreeningService.h"
#include "storage/Database.h"

#include <QObject>
#include <QString>

#include <memory>

namespace kaishu::ui {

// The open database and the services over it, shared by every view of the main window. Views keep
// a pointer to the workspace and reload when it switches to another database.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QString actor, QObject *parent = nullptr);
    ~Workspace() override;

    // Takes over an open database (closing the previous one) and tells the views.
    void setDatabase(std::unique_ptr<storage::Database> database);
    bool isOpen() const { return m_database != nullptr; }

    storage::Database &database() { return *m_database; }
    parties::PartyService &parties() { return *m_parties; }
    const parties::DebtorRegister &debtorRegister() const { return *m_register; }
    billing::InvoiceService &invoices() { return *m_invoices; }
    billing::OrderBook &orders() { return *m_orders; }
    payments::PaymentService &payments() { return *m_payments; }
    screening::ScreeningService &screening() { return *m_screening; }
    screening::CreditReportBook &creditReports() { return *m_creditReports; }
    QString actor() const { return m_actor; }
    QString displayName() const;

    // Announces that clients, debtors or accounts changed (a save, an undo, an import).
    void notifyPartiesChanged() { emit partiesChanged(); }
    // Announces that orders, invoices or billing settings changed (a billing run, an issue, an import).
    void notifyBillingChanged() { emit billingChanged(); }
    // Announces that bank transactions or their allocations changed (an import, a match, a reversal);
    // invoices' balances move with them, so billing views hear billingChanged too.
    void notifyPaymentsChanged()
    {
        emit paymentsChanged();
        emit billingChanged();
    }
    // Announces new screening results, overrides, trained models or credit reports.
    void notifyScreeningChanged() { emit screeningChanged(); }

signals:
    void databaseChanged();
    void partiesChanged();
    void billingChanged();
    void paymentsChanged();
    void screeningChanged();

private:
    QString m_actor;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<parties::PartyService> m_parties;
    std::unique_ptr<parties::DebtorRegister> m_register;
    std::unique_ptr<billing::InvoiceService> m_invoices;
    std::unique_ptr<billing::OrderBook> m_orders;
    std::unique_ptr<payments::PaymentService> m_payments;
    std::unique_ptr<screening::ScreeningService> m_screening;
    std::unique_ptr<screening::CreditReportBook> m_creditReports;
};

} // namespace kaishu::ui
