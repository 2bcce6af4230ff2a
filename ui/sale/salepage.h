#pragma once

#include "checkoutservice.h"
#include "memberactions.h"
#include "memberservice.h"

#include <QHash>
#include <QWidget>

#include <optional>

class CartPanel;
class MemberCardWidget;
class MemberFinder;
class MessageBanner;
class SaleLinesModel;

// The app's home: scan a card, type the amount, Enter, Enter. Everything by keyboard; errors in the
// banner under the scan field; focus back on the scan field after every step. The page holds the
// sale's member and its keys; the finder, the cart and the member actions do the rest.
class SalePage : public QWidget, private MemberActions::Page
{
    Q_OBJECT
public:
    explicit SalePage(const ServiceContext &ctx, QWidget *parent = nullptr);

    bool hasMember() const { return m_member.has_value(); }
    const ServiceContext &context() const { return m_ctx; }
    const SaleLinesModel *lines() const;
    MessageBanner *banner() const { return m_banner; }

    // "120 pts", in the user's language.
    static QString pointsText(qint64 points);

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
    // On the member shown: F4 edit, F7 lost card (Ctrl+M merge and F9 erase are MemberActions' own).
    void editMember();
    void replaceLostCard();
    // Ctrl+P on the member shown: points added or taken away by hand, with a reason (a manager's).
    void adjustPoints();
    // F8: a sale given back, whole or in part, by its receipt number (the last sale's is offered); a
    // manager's.
    void refundSale();
    // F6 with a member: part of the check paid with points, confirmed by the member.
    void payWithPoints();
    // Alt+1..Alt+9 or a quick button: one of the catalogue's products as a line.
    void addQuickItem(const ProductRecord &product);

private:
    void addKeys();
    void onScanEntered();
    void pickMember(const MemberView &view);
    void focusScan();
    void showError(const QString &text);

    // MemberActions::Page
    const std::optional<MemberView> &member() const override { return m_member; }
    void showMember(const MemberView &view) override;
    void clearMember() override;
    void refreshTotals() override;

    ServiceContext m_ctx;
    qint64 m_lastReceipt = 0; // offered by F8: the sale most often given back is the one just made
    MemberService m_members;
    CheckoutService m_checkout;
    std::optional<MemberView> m_member;
    QString m_birthdayNote; // the member's birthday offer, said when they are scanned

    MessageBanner *m_banner;
    MemberFinder *m_finder;
    MemberCardWidget *m_card;
    CartPanel *m_cart;
    MemberActions *m_actions;
};
