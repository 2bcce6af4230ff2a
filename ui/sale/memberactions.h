#pragma once

#include "memberservice.h"
#include "messagebanner.h"
#include "permissions.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QDialog;
class MemberFinder;

// What is done to the member on the sale page, each on its key: F4 edit, F7 lost card, Ctrl+M merge
// with another record, F9 erase, Ctrl+P points by hand, F8 a sale given back (no member needed).
// The manager's actions share one sequence: approval, the action's dialog, the outcome in the banner.
class MemberActions : public QObject
{
    Q_OBJECT
public:
    // The page the actions work on: the member it shows, and how it shows another.
    class Page
    {
    public:
        virtual const std::optional<MemberView> &member() const = 0;
        virtual void showMember(const MemberView &view) = 0;
        virtual void clearMember() = 0;
        virtual void refreshTotals() = 0;

    protected:
        ~Page() = default;
    };

    MemberActions(const ServiceContext &ctx, MemberService &members, Page &page, MemberFinder *finder,
                  MessageBanner *banner, QWidget *widget);

    // True when a member is on the page; else says how to find one, before `what`.
    bool requireMember(const QString &what);

    // On the member shown: F4 edit, F7 lost card, Ctrl+M merge with another record (a manager's; the
    // other record is picked with the scan field's search), F9 erase (a manager's, typed word),
    // Ctrl+P points by hand; F8 gives a sale back (lastReceipt offered).
    void editMember();
    void replaceLostCard();
    void startMerge();
    void eraseMember();
    void adjustPoints();
    void refundSale(qint64 lastReceipt);

    // While a merge waits for the other record (found with the scan field's search).
    bool merging() const { return m_mergeKeep.has_value(); }
    void finishMerge(const MemberView &other);
    // Esc during a merge drops only the merge; false when no merge was waiting.
    bool cancelMerge();
    // A merge forgotten without a word (a new member is nobody's other record).
    void dropMerge() { m_mergeKeep.reset(); }

    // Cashiers see contacts masked; those allowed to view them see them whole.
    static bool showContacts(const ServiceContext &ctx);

private:
    struct Outcome
    {
        MessageBanner::Kind kind = MessageBanner::Kind::Positive;
        QString text;
    };
    struct Ask
    {
        Action action;
        QString what; // the approval dialog's title
        QString refused; // said when nobody approves
    };
    using MakeDialog = std::function<std::unique_ptr<QDialog>(qint64 approvedBy)>;
    using Accepted = std::function<Outcome(QDialog &dialog, qint64 approvedBy)>;

    // A manager's approval where the role needs one: the approver's staff id (0 when the person may
    // do it alone), or nothing when refused, said in the banner.
    std::optional<qint64> approve(const Ask &ask);
    // The dialog, modal; the keyboard back to the till after it (a kiosk has no window manager).
    bool accepted(QDialog &dialog);
    // The sequence of every action here: approval (when `ask` is given), the dialog, the outcome
    // (or `declined`, when the dialog is closed without it) in the banner, the keyboard to the scan
    // field.
    void perform(const std::optional<Ask> &ask, const MakeDialog &make, const Accepted &onAccepted,
                 const QString &declined = QString());
    void say(MessageBanner::Kind kind, const QString &text);

    ServiceContext m_ctx;
    MemberService &m_members;
    Page &m_page;
    MemberFinder *m_finder;
    MessageBanner *m_banner;
    QWidget *m_widget; // the dialogs' parent
    // While a merge waits for the other record: the member to keep, and who approved.
    std::optional<MemberView> m_mergeKeep;
    qint64 m_mergeApprovedBy = 0;
};
