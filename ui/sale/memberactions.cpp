#include "memberactions.h"

#include "adjustpointsdialog.h"
#include "approval.h"
#include "confirmdialog.h"
#include "enrolldialog.h"
#include "lostcarddialog.h"
#include "memberfinder.h"
#include "money.h"
#include "refunddialog.h"
#include "salepage.h"

#include <QLineEdit>
#include <QLocale>

// The actions' strings were the sale page's and keep its translation context (SalePage::tr).

MemberActions::MemberActions(const ServiceContext &ctx, MemberService &members, Page &page,
                             MemberFinder *finder, MessageBanner *banner, QWidget *widget)
    : QObject(widget)
    , m_ctx(ctx)
    , m_members(members)
    , m_page(page)
    , m_finder(finder)
    , m_banner(banner)
    , m_widget(widget)
{
}

bool MemberActions::showContacts(const ServiceContext &ctx)
{
    return Permissions::need(ctx.actor.role, Action::ViewContacts) == Need::Allowed;
}

bool MemberActions::requireMember(const QString &what)
{
    if (m_page.member())
        return true;
    say(MessageBanner::Kind::Information,
        SalePage::tr("Find the member first (scan the card or type the name or phone), then %1.").arg(what));
    return false;
}

void MemberActions::say(MessageBanner::Kind kind, const QString &text)
{
    m_banner->show(kind, text);
    m_finder->focus();
}

std::optional<qint64> MemberActions::approve(const Ask &ask)
{
    qint64 approvedBy = 0;
    const bool allowed = Approval::obtain(m_widget, m_ctx, ask.action, ask.what, &approvedBy);
    m_widget->window()->activateWindow();
    if (!allowed) {
        say(MessageBanner::Kind::Warning, ask.refused);
        return std::nullopt;
    }
    return approvedBy;
}

bool MemberActions::accepted(QDialog &dialog)
{
    const int answer = dialog.exec();
    m_widget->window()->activateWindow();
    return answer == QDialog::Accepted;
}

void MemberActions::perform(const std::optional<Ask> &ask, const MakeDialog &make, const Accepted &onAccepted,
                            const QString &declined)
{
    qint64 approvedBy = 0;
    if (ask) {
        const auto approver = approve(*ask);
        if (!approver)
            return;
        approvedBy = *approver;
    }
    const std::unique_ptr<QDialog> dialog = make(approvedBy);
    if (!accepted(*dialog)) {
        if (declined.isEmpty())
            m_finder->focus();
        else
            say(MessageBanner::Kind::Information, declined);
        return;
    }
    const Outcome outcome = onAccepted(*dialog, approvedBy);
    say(outcome.kind, outcome.text);
}

void MemberActions::editMember()
{
    if (!requireMember(SalePage::tr("F4 to edit")))
        return;
    MemberView view = *m_page.member();
    if (view.card.id == 0) {
        // Found by phone or name: the form shows their newest active card.
        if (auto cards = m_members.cards(view.member.id); cards) {
            for (const CardRecord &c : cards.value()) {
                if (!c.blocked)
                    view.card = c;
            }
        }
    }
    perform(
        std::nullopt,
        [&](qint64) {
            auto dialog = std::make_unique<EnrollDialog>(m_members, m_widget);
            dialog->editMember(view, showContacts(m_ctx));
            return std::unique_ptr<QDialog>(std::move(dialog));
        },
        [this](QDialog &dialog, qint64) {
            MemberView saved = static_cast<EnrollDialog &>(dialog).enrolled();
            if (saved.card.id == 0)
                saved.card = m_page.member()->card;
            m_page.showMember(saved);
            m_page.refreshTotals();
            return Outcome {MessageBanner::Kind::Positive,
                            SalePage::tr("%1: changes saved.").arg(saved.member.name)};
        });
}

void MemberActions::replaceLostCard()
{
    if (!requireMember(SalePage::tr("F7 for a lost card")))
        return;
    perform(
        std::nullopt,
        [this](qint64) -> std::unique_ptr<QDialog> {
            return std::make_unique<LostCardDialog>(m_members, *m_page.member(), m_widget);
        },
        [this](QDialog &dialog, qint64) {
            const MemberView r = static_cast<LostCardDialog &>(dialog).result();
            m_page.showMember(r);
            return Outcome {
                MessageBanner::Kind::Positive,
                SalePage::tr("Card %1 now belongs to %2; the lost card is blocked. %3 kept.")
                    .arg(r.card.number, r.member.name, SalePage::pointsText(r.member.pointsBalance))};
        });
}

void MemberActions::startMerge()
{
    if (!requireMember(SalePage::tr("Ctrl+M to merge")))
        return;
    const auto approvedBy = approve({Action::MergeMembers, SalePage::tr("Merge two members"),
                                     SalePage::tr("Not merged: merging members needs a manager.")});
    if (!approvedBy)
        return;
    m_mergeKeep = m_page.member();
    m_mergeApprovedBy = *approvedBy;
    m_finder->field()->clear();
    say(MessageBanner::Kind::Information,
        SalePage::tr("Merge into %1: find the other record of the same person (type the name, phone or card, "
                     "↓ and Enter). Esc cancels.")
            .arg(m_mergeKeep->member.name));
}

bool MemberActions::cancelMerge()
{
    if (!m_mergeKeep)
        return false;
    m_mergeKeep.reset();
    m_finder->reset();
    say(MessageBanner::Kind::Information, SalePage::tr("Merge cancelled."));
    return true;
}

void MemberActions::finishMerge(const MemberView &other)
{
    const MemberView keep = *m_mergeKeep;
    m_finder->reset();
    if (other.member.id == keep.member.id) {
        say(MessageBanner::Kind::Warning,
            SalePage::tr("That is %1 again: find the other record, or Esc to cancel.").arg(keep.member.name));
        return;
    }
    const QLocale l;
    const auto confirm = [&](qint64) -> std::unique_ptr<QDialog> {
        return std::make_unique<ConfirmDialog>(
            SalePage::tr("Merge members"),
            SalePage::tr(
                "Keep %1 (%2 pts, %3 visits) and move everything of %4 (%5 pts, %6 visits) to it: cards, "
                "purchases and points. %4 then disappears from search. This cannot be undone.")
                .arg(keep.member.name, l.toString(keep.member.pointsBalance), l.toString(keep.member.visits),
                     other.member.name, l.toString(other.member.pointsBalance),
                     l.toString(other.member.visits)),
            SalePage::tr("Merge (Enter)"), m_widget);
    };
    const auto merge = [&](QDialog &, qint64) {
        auto r = m_members.merge(keep.member.id, other.member.id, m_mergeApprovedBy);
        m_mergeKeep.reset();
        if (!r)
            return Outcome {MessageBanner::Kind::Error, r.error().message};
        MemberView kept = r->kept;
        kept.card = keep.card;
        m_page.showMember(kept);
        m_page.refreshTotals();
        return Outcome {MessageBanner::Kind::Positive,
                        SalePage::tr("%1 merged into %2: %3 cards, %4 purchases and %5 moved; balance %6.")
                            .arg(other.member.name, kept.member.name, l.toString(r->cardsMoved),
                                 l.toString(r->purchasesMoved), SalePage::pointsText(r->pointsMoved),
                                 SalePage::pointsText(kept.member.pointsBalance))};
    };
    perform(std::nullopt, confirm, merge,
            SalePage::tr("Not merged. Find another record, or Esc to cancel the merge."));
}

void MemberActions::refundSale(qint64 lastReceipt)
{
    perform(
        Ask {Action::Refund, SalePage::tr("Give a sale back"),
             SalePage::tr("Nothing was given back: a refund needs a manager.")},
        [this, lastReceipt](qint64 approvedBy) -> std::unique_ptr<QDialog> {
            return std::make_unique<RefundDialog>(m_ctx, lastReceipt, approvedBy, m_widget);
        },
        [this](QDialog &dialog, qint64) {
            const RefundResult &r = static_cast<RefundDialog &>(dialog).result();
            const auto &member = m_page.member();
            if (member && member->member.id == r.refund.memberId) {
                if (auto v = m_members.byId(r.refund.memberId))
                    m_page.showMember(v.value());
            }
            return Outcome {MessageBanner::Kind::Positive,
                            SalePage::tr("Refund %1: %2 given back; %3 points taken back.")
                                .arg(QLocale().toString(r.refund.receiptNo),
                                     Money(r.refund.totalMinor, r.refund.currency).format(),
                                     QLocale().toString(r.pointsReversed))};
        });
}

void MemberActions::adjustPoints()
{
    if (!requireMember(SalePage::tr("Ctrl+P to adjust points")))
        return;
    perform(
        Ask {Action::AdjustPoints, SalePage::tr("Adjust points by hand"),
             SalePage::tr("No points changed: adjusting points needs a manager.")},
        [this](qint64 approvedBy) -> std::unique_ptr<QDialog> {
            return std::make_unique<AdjustPointsDialog>(m_members, *m_page.member(), approvedBy, m_widget);
        },
        [this](QDialog &dialog, qint64) {
            const qint64 id = m_page.member()->member.id;
            if (auto v = m_members.byId(id))
                m_page.showMember(v.value());
            return Outcome {
                MessageBanner::Kind::Positive,
                SalePage::tr("Points adjusted: the balance is now %1.")
                    .arg(QLocale().toString(static_cast<AdjustPointsDialog &>(dialog).newBalance()))};
        });
}

void MemberActions::eraseMember()
{
    if (!requireMember(SalePage::tr("F9 to erase")))
        return;
    const MemberView who = *m_page.member();
    const auto confirm = [this, &who](qint64) -> std::unique_ptr<QDialog> {
        auto dialog = std::make_unique<ConfirmDialog>(
            SalePage::tr("Erase member"),
            SalePage::tr("Erase the personal data of %1 (#%2) at their request? Name, phone, e-mail, "
                         "birthday, notes and consents are removed and their cards blocked; their "
                         "purchases and points stay in the books, without their name. This cannot be undone.")
                .arg(who.member.name)
                .arg(who.member.id),
            SalePage::tr("Erase"), m_widget);
        dialog->requireTypedWord(SalePage::tr("ERASE"));
        return dialog;
    };
    const auto erase = [this, &who](QDialog &, qint64 approvedBy) {
        if (auto r = m_members.erase(who.member.id, approvedBy); !r)
            return Outcome {MessageBanner::Kind::Error, r.error().message};
        m_page.clearMember();
        m_page.refreshTotals();
        return Outcome {
            MessageBanner::Kind::Positive,
            SalePage::tr("The personal data of member #%1 was erased. The sale in progress is now a walk-in.")
                .arg(who.member.id)};
    };
    perform(Ask {Action::EraseMember, SalePage::tr("Erase a member's personal data"),
                 SalePage::tr("Not erased: erasing a member needs a manager.")},
            confirm, erase, SalePage::tr("Nothing was erased."));
}
