#pragma once

#include <QCoreApplication>

class QWidget;

namespace kaishu::ui {

class Workspace;

// The demo agency (DemoAgency and DemoBilling, seed 1) for a first look or a training database.
class DemoDataSetup
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataSetup)

public:
    static constexpr int DefaultDebtors = 2000;
    static constexpr int DemoPaymentLines = 120;

    // True when the open database has no clients yet.
    static bool isEmpty(Workspace *workspace);
    // Fills the database with the demo agency and its invoicing up to today, showing progress that can be
    // cancelled (nothing is kept then). False when cancelled or failed (failures are shown).
    static bool generate(Workspace *workspace, int debtors, QWidget *parent);
    // On an empty database: asks whether to create the demo agency, and does.
    static void offerIfEmpty(Workspace *workspace, QWidget *parent);
};

} // namespace kaishu::ui
