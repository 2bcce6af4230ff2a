#pragma once

#include "checkoutservice.h"
#include "memberservice.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class MessageBanner;
class SaleLinesModel;
class ScanDetector;
class MemberSearchModel;
class MemberCardWidget;
class QTimer;

// The app's home: scan a card, type the amount, Enter, Enter. Everything by keyboard; errors in the
// banner under the scan field; focus back on the scan field after every step.
class SalePage : public QWidget
{
    Q_OBJECT
public:
    explicit SalePage(const ServiceContext &ctx, QWidget *parent = nullptr);

    bool hasMember() const { return m_member.has_value(); }
    const ServiceContext &context() const { return m_ctx; }
    const SaleLinesModel *lines() const { return m_lines; }
    MessageBanner *banner() const { return m_banner; }

signals:
    void saleCompleted(qint64 purchaseId);

public slots:
    // A card number or phone from the scanner or the scan field.
    void handleScan(const QString &code);
    void completeSale();
    // The scan field takes the keyboard again, with `text` already typed (a card being scanned
    // while the receipt was on screen).
    void beginScan(const QString &text);
    // Esc: drop the sale in progress and the member; a second Esc also clears the message.
    void clearSale();
    // F2: the enrollment dialog, prefilled from the scan field; the new member joins this sale.
    void enrollMember();
    // On the member shown: F4 edit, F7 lost card, Ctrl+M merge with another record (a manager's;
    // the other record is picked with the scan field's search), F9 erase (a manager's, typed word).
    void editMember();
    void replaceLostCard();
    void startMerge();
    void eraseMember();
    // Ctrl+P on the member shown: points added or taken away by hand, with a reason (a manager's).
    void adjustPoints();
    // F8: a sale given back, whole or in part, by its receipt number (the last sale's is offered); a
    // manager's.
    void refundSale();
    // F6 with a member: part of the check paid with points, confirmed by the member.
    void payWithPoints();
    // Alt+1..Alt+9 or a quick button: one of the catalogue's products as a line.
    void addQuickItem(const ProductRecord &product);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void hideResults();
    void focusResults();
    void pickResult(const QModelIndex &index);
    void pickMember(const MemberView &view);
    QWidget *buildSalePanel();
    void onScanEntered();
    void onPriceEntered();
    bool addPendingLine();
    bool addCartLine(const CartLine &line);
    void removeSelectedLine();
    void showMember(const MemberView &view);
    void clearMember();
    void refreshTotals();
    void resetEntry();
    void focusScan();
    void showError(const QString &text);
    bool showContacts() const;
    bool requireMember(const QString &what);
    void finishMerge(const MemberView &other);

    ServiceContext m_ctx;
    qint64 m_lastReceipt = 0; // offered by F8: the sale most often given back is the one just made
    MemberService m_members;
    CheckoutService m_checkout;
    std::optional<MemberView> m_member;
    // While a merge waits for the other record: the member to keep, and who approved.
    std::optional<MemberView> m_mergeKeep;
    qint64 m_mergeApprovedBy = 0;

    QLineEdit *m_scan;
    MessageBanner *m_banner;
    ScanDetector *m_detector;
    MemberSearchModel *m_searchModel;
    QTableView *m_results;
    QLabel *m_resultsInfo;
    QTimer *m_searchTimer;

    MemberCardWidget *m_card;

    QLineEdit *m_item;
    QLineEdit *m_price;
    QLineEdit *m_quantity;
    SaleLinesModel *m_lines;
    QTableView *m_linesView;
    QLabel *m_total;
    QLabel *m_earns;
    QLabel *m_adjustments; // the discounts and points, line by line, in the stacking order
    QHash<QString, QString> m_levelNames; // level code -> name, from the program in force
    QString m_birthdayNote; // the member's birthday offer, said when they are scanned
    QString levelName(const QString &code) const { return m_levelNames.value(code, code); }
    qint64 m_pointsToRedeem = 0; // agreed with the member by F6; dropped with the member or the sale
    QPushButton *m_complete;
};
