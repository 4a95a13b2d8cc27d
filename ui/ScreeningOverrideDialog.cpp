#include "ScreeningOverrideDialog.h"

#include "BillingNames.h"
#include "FieldNames.h"
#include "ScreeningNames.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kaishu::ui {

using screening::Decision;
using screening::DunningTier;
using screening::Grade;

namespace {

const QString ProblemStyle = QStringLiteral("color: #c62828;");
const QString NoticeStyle =
    QStringLiteral("background: #fff8e1; border: 1px solid #f0c36d; border-radius: 3px; padding: 6px;");

} // namespace

ScreeningOverrideDialog::ScreeningOverrideDialog(Workspace *workspace,
                                                 const screening::ScreeningResult &result, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_result(result)
{
    setWindowTitle(tr("Override screening"));
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("overrideIntro"));
    intro->setWordWrap(true);
    intro->setText(
        tr("%1 %2 was screened as of %3: grade %4, proposed limit %5, %6 dunning, %7.")
            .arg(result.customerCode, result.debtorName, BillingNames::dateText(result.asOf),
                 ScreeningNames::gradeName(result.grade), BillingNames::yenText(result.proposedLimit),
                 ScreeningNames::tierName(result.tier), ScreeningNames::decisionName(result.decision)));

    QStringList supervisors;
    bool supervisor = false;
    ScreeningNames::run(this, windowTitle(), [&] {
        supervisors = m_workspace->screening().supervisors();
        supervisor = m_workspace->screening().isSupervisor(m_workspace->actor());
    });
    m_supervisors = new QLabel(this);
    m_supervisors->setObjectName(QStringLiteral("supervisors"));
    m_supervisors->setWordWrap(true);
    QString who = supervisors.isEmpty()
                      ? tr("No supervisor is named yet: nobody may override a result.")
                      : tr("Supervisors who may override: %1").arg(supervisors.join(tr(", ")));
    if (!supervisor)
        who += QLatin1Char('\n') +
               tr("You are signed in as %1, who is not a supervisor: the override will be refused.")
                   .arg(m_workspace->actor());
    m_supervisors->setText(who);
    m_supervisors->setStyleSheet(supervisor ? QString() : NoticeStyle);

    // What the dialog starts from: the override in force, else the result as screened.
    const screening::ScreeningOverride start =
        result.supervisorOverride
            ? *result.supervisorOverride
            : screening::ScreeningOverride{
                  result.grade, result.proposedLimit, result.tier, result.decision, {}, {}, {}};
    m_grade = new QComboBox(this);
    m_grade->setObjectName(QStringLiteral("grade"));
    for (Grade grade : {Grade::A, Grade::B, Grade::C, Grade::D, Grade::E})
        m_grade->addItem(ScreeningNames::gradeName(grade), int(grade));
    m_grade->setCurrentIndex(m_grade->findData(int(start.grade)));
    m_limit = new QLineEdit(start.limit.toString(), this);
    m_limit->setObjectName(QStringLiteral("limit"));
    m_limit->setAlignment(Qt::AlignRight);
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tier"));
    for (DunningTier tier : {DunningTier::Gentle, DunningTier::Standard, DunningTier::Strict})
        m_tier->addItem(ScreeningNames::tierName(tier), int(tier));
    m_tier->setCurrentIndex(m_tier->findData(int(start.tier)));
    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("decision"));
    for (Decision decision :
         {Decision::Approve, Decision::ApproveWithConditions, Decision::Refer, Decision::Decline})
        m_decision->addItem(ScreeningNames::decisionName(decision), int(decision));
    m_decision->setCurrentIndex(m_decision->findData(int(start.decision)));
    m_reason = new QLineEdit(start.reason, this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Required, e.g. 保証金を受領済み, 代表者の連帯保証あり"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Grade:"), m_grade);
    form->addRow(tr("&Limit (yen):"), m_limit);
    form->addRow(tr("&Dunning:"), m_tier);
    form->addRow(tr("D&ecision:"), m_decision);
    form->addRow(tr("&Reason:"), m_reason);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("overrideProblem"));
    m_problem->setStyleSheet(ProblemStyle);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save override"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScreeningOverrideDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScreeningOverrideDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_supervisors);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

void ScreeningOverrideDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ScreeningOverrideDialog::accept()
{
    const std::optional<money::Yen> limit = money::Yen::parse(m_limit->text());
    if (!limit || limit->value() < 0) {
        showProblem(tr("\"%1\" is not an amount in yen.").arg(m_limit->text()));
        m_limit->setFocus();
        return;
    }
    screening::ScreeningOverride decision;
    decision.grade = Grade(m_grade->currentData().toInt());
    decision.limit = *limit;
    decision.tier = DunningTier(m_tier->currentData().toInt());
    decision.decision = Decision(m_decision->currentData().toInt());
    decision.reason = m_reason->text().trimmed();
    showProblem({});
    std::optional<screening::ScreeningResult> saved;
    const bool done = ScreeningNames::run(
        this, tr("Cannot override"),
        [&] { saved = m_workspace->screening().overrideResult(m_result.id, decision); },
        [this](const QString &reason) { showProblem(reason); });
    if (!done || !saved)
        return;
    m_saved = saved;
    m_workspace->notifyScreeningChanged();
    QDialog::accept();
}

} // namespace kaishu::ui
