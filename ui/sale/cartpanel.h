#pragma once

#include "checkoutservice.h"
#include "productservice.h"

#include <QFrame>
#include <QHash>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;
class MessageBanner;
class SaleLinesModel;

// The sale's half of the page: item, amount and quantity, the quick items, the lines, the totals
// and what the program adds to them, and the two buttons. Its keys (Alt+1..Alt+9) answer anywhere
// on `page`, which also owns its dialogs; Delete only in the lines.
class CartPanel : public QFrame
{
    Q_OBJECT
public:
    CartPanel(const ServiceContext &ctx, CheckoutService &checkout, MessageBanner *banner, QWidget *page);

    const SaleLinesModel *lines() const { return m_lines; }
    const Cart &cart() const;
    bool isEmpty() const;
    // No lines and nothing typed in the amount field.
    bool isUntouched() const;

    // The member the sale is for (their level and points price the lines), or none for a walk-in.
    // Dropping the member drops the points agreed with them.
    void setMember(const MemberRecord *member);
    void setLevelNames(const QHash<QString, QString> &names) { m_levelNames = names; }
    QString levelName(const QString &code) const { return m_levelNames.value(code, code); }
    qint64 pointsToRedeem() const { return m_pointsToRedeem; }

    // Something typed in the amount field that is not a line yet.
    bool hasPendingAmount() const;
    // The amount, quantity and item typed, as a line; false (said in the banner) when refused.
    bool addPendingLine();
    // An amount typed elsewhere (the scan field) as a line of its own.
    bool addAmount(const QString &text);
    void addQuickItem(const ProductRecord &product);
    // F6: part of the check paid with the member's points, as the member agrees in the dialog.
    void payWithPoints();
    void clear();
    void refreshTotals();
    void focusAmount();

signals:
    void completeRequested();
    void clearRequested();

private:
    void buildEntry(QVBoxLayout *into);
    void buildQuickItems(QVBoxLayout *into);
    void buildTotals(QVBoxLayout *into);
    void onAmountEntered();
    bool addCartLine(const CartLine &line);
    void removeSelectedLine();
    void resetEntry();
    void showError(const QString &text);

    QWidget *m_page;
    ServiceContext m_ctx;
    CheckoutService &m_checkout;
    MessageBanner *m_banner;
    std::optional<MemberRecord> m_member;
    QHash<QString, QString> m_levelNames; // level code -> name, from the program in force
    qint64 m_pointsToRedeem = 0; // agreed with the member by F6; dropped with the member or the sale

    QLineEdit *m_item;
    QLineEdit *m_price;
    QLineEdit *m_quantity;
    SaleLinesModel *m_lines;
    QTableView *m_linesView;
    QLabel *m_total;
    QLabel *m_earns;
    QLabel *m_adjustments; // the discounts and points, line by line, in the stacking order
    QPushButton *m_complete;
};
