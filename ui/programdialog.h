#pragma once

#include "programservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableWidget;
class QVBoxLayout;

// Manage → Loyalty program (a manager's): every rule of the program on six tabs, saved as a new
// version that takes effect at the moment chosen (now by default), so that past sales keep theirs.
// Whatever contradicts itself is listed under the tabs and nothing is saved.
class ProgramDialog : public QDialog
{
    Q_OBJECT
public:
    ProgramDialog(const ServiceContext &ctx, qint64 approvedBy, QWidget *parent = nullptr);

    void accept() override;
    // The program the fields describe, or every problem found reading them.
    Result<PricingProgram> program() const;

private:
    QLineEdit *line(const char *name);
    QWidget *pointsTab();
    QWidget *levelsTab();
    QWidget *birthdayTab();
    QWidget *promotionsTab();
    QWidget *redeemTab();
    void addFooter(QVBoxLayout *layout);
    void fill(const PricingProgram &p);
    void showHistory();

    ServiceContext m_ctx;
    qint64 m_approvedBy;
    PricingProgram m_loaded;
    QLabel *m_errors;
    // Points
    QLineEdit *m_earnPoints, *m_earnPer, *m_expiry, *m_noEarnCategories, *m_noEarnProducts, *m_welcome,
        *m_referral, *m_maxSale;
    QComboBox *m_rounding;
    QComboBox *m_feedback;
    // Levels
    QLineEdit *m_period;
    QTableWidget *m_levels;
    // Birthday
    QCheckBox *m_birthdayOn;
    QLineEdit *m_before, *m_after, *m_bonus, *m_birthdayPercent, *m_freeProduct;
    QComboBox *m_birthdayKind;
    // Stamp cards and promotions
    QTableWidget *m_cards;
    QTableWidget *m_promotions;
    // Paying with points
    QCheckBox *m_redeemOn, *m_earnOnPoints;
    QLineEdit *m_pointValue, *m_maxShare, *m_minBalance;
    // When
    QDateTimeEdit *m_from;
    QLineEdit *m_note;
    QTableWidget *m_history;
};
