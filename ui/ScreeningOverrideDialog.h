#pragma once

#include "screening/ScreeningService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kaishu::ui {

class Workspace;

// A supervisor's override of one screening result: the grade, the limit (which becomes the account's
// limit in force), the dunning tier and the decision, with the reason, which is required. Who may
// override is shown; what the service refuses (someone who is not a supervisor, no reason) is said
// in the dialog, and nothing is saved.
class ScreeningOverrideDialog : public QDialog
{
    Q_OBJECT

public:
    ScreeningOverrideDialog(Workspace *workspace, const screening::ScreeningResult &result,
                            QWidget *parent = nullptr);

    QComboBox *gradeCombo() const { return m_grade; }
    QLineEdit *limitEdit() const { return m_limit; }
    QComboBox *tierCombo() const { return m_tier; }
    QComboBox *decisionCombo() const { return m_decision; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *supervisorsLabel() const { return m_supervisors; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *saveButton() const { return m_saveButton; }

    // The result as overridden, once saved.
    const std::optional<screening::ScreeningResult> &saved() const { return m_saved; }

public slots:
    // Saves the override and closes, or says in the dialog why not.
    void accept() override;

private:
    void showProblem(const QString &problem);

    Workspace *m_workspace;
    screening::ScreeningResult m_result;
    std::optional<screening::ScreeningResult> m_saved;

    QComboBox *m_grade = nullptr;
    QLineEdit *m_limit = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_decision = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_supervisors = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace kaishu::ui
