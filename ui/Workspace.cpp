#include "Workspace.h"

namespace kaishu::ui {

Workspace::Workspace(QString actor, QObject *parent)
    : QObject(parent)
    , m_actor(std::move(actor))
{}

Workspace::~Workspace() = default;

void Workspace::setDatabase(std::unique_ptr<storage::Database> database)
{
    // The services refer to the database: drop them before it.
    m_creditReports.reset();
    m_screening.reset();
    m_payments.reset();
    m_orders.reset();
    m_invoices.reset();
    m_register.reset();
    m_parties.reset();
    m_database = std::move(database);
    if (m_database) {
        m_parties = std::make_unique<parties::PartyService>(*m_database, m_actor);
        m_register = std::make_unique<parties::DebtorRegister>(*m_database);
        m_invoices = std::make_unique<billing::InvoiceService>(*m_database, m_actor);
        m_orders = std::make_unique<billing::OrderBook>(*m_database, m_actor);
        m_payments = std::make_unique<payments::PaymentService>(*m_database, m_actor);
        m_screening = std::make_unique<screening::ScreeningService>(*m_database, m_actor);
        m_creditReports = std::make_unique<screening::CreditReportBook>(*m_database, m_actor);
    }
    emit databaseChanged();
}

QString Workspace::displayName() const
{
    return m_database ? m_database->location().displayName() : QString();
}

} // namespace kaishu::ui
