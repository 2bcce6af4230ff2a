#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// F6 on the sale page: the cashier types how many points (or "max") pay part of the check, Enter;
// the dialog then asks the member to confirm the amount, and a second Enter is their yes.
class PayWithPointsDialog : public QDialog
{
    Q_OBJECT
public:
    // maxPoints: the most the program allows on this check; minorPerPoint: what one point pays.
    PayWithPointsDialog(const QString &memberName, qint64 balance, qint64 maxPoints, qint64 minorPerPoint,
                        const QString &currency, qint64 current, QWidget *parent = nullptr);
    // The points the member agreed to pay with (0: none).
    qint64 points() const { return m_points; }

    void accept() override;

private:
    // Reads the field: a whole number of points or "max"; -1 when it is neither (said in the label).
    qint64 typedPoints();
    void preview();

    qint64 m_max;
    qint64 m_minorPerPoint;
    QString m_currency;
    qint64 m_points = 0;
    bool m_confirming = false;
    QLineEdit *m_field;
    QLabel *m_preview;
    QLabel *m_confirm;
    QPushButton *m_ok;
};
