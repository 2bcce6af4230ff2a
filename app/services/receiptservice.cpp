#include "receiptservice.h"

#include "checkoutservice.h"
#include "ids.h"
#include "money.h"
#include "pointsledger.h"
#include "repositories.h"
#include "sqlexec.h"
#include "staffservice.h"

#include <QLocale>

namespace {
// This file's strings translate in the context "ReceiptFormat" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptFormat)
};
} // namespace

Result<Receipt> ReceiptService::byNumber(qint64 receiptNo)
{
    auto q = Sql::exec(
        m_ctx.db, QStringLiteral("SELECT id FROM purchases WHERE origin_terminal = ? AND receipt_no = ?"),
        {m_ctx.terminal.uuid, receiptNo}, Text::tr("The receipt cannot be read."));
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(Error::NotFound, Text::tr("There is no receipt %1 on this till.").arg(receiptNo));
    return forPurchase(q->value(0).toLongLong());
}

Result<Receipt> ReceiptService::forPurchase(qint64 purchaseId)
{
    auto found = PurchaseRepository(m_ctx.db).findById(purchaseId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(Error::NotFound, Text::tr("This sale does not exist."));
    const PurchaseRecord &p = found->value();
    Receipt r;
    r.shopName = m_ctx.terminal.storeName;
    r.tillName = m_ctx.terminal.name;
    r.receiptNo = p.receiptNo;
    r.refund = p.kind == QLatin1String("refund");
    r.at = p.createdAt;
    r.currency = p.currency;
    if (p.refundOf) {
        auto sale = PurchaseRepository(m_ctx.db).findById(p.refundOf);
        if (sale && sale->has_value())
            r.refundOfReceipt = sale->value().receiptNo;
    }
    if (p.staffId) {
        ServiceContext ctx = m_ctx;
        if (auto s = StaffService(ctx).byId(p.staffId))
            r.cashier = s->name;
    }
    for (const PurchaseLineRecord &l : p.lines)
        r.lines.push_back({l.description, l.quantity, l.unitPriceMinor, l.totalMinor});
    r.subtotalMinor = p.subtotalMinor;
    r.adjustments = p.adjustments;
    r.pointsPaidMinor = p.pointsPaidMinor;
    r.totalMinor = p.totalMinor;
    r.pointsEarned = p.pointsEarned;
    r.pointsRedeemed = p.pointsRedeemed;
    r.pointsNotReturned = p.pointsNotReturned;
    if (p.memberId) {
        auto m = MemberRepository(m_ctx.db).findById(p.memberId);
        if (!m)
            return m.error();
        if (m.value()) {
            const MemberRecord &member = *m.value();
            r.memberName = member.erasedAt.isValid() ? Text::tr("(erased member)") : member.name;
            if (p.cardId) {
                auto c = Sql::exec(m_ctx.db, QStringLiteral("SELECT number FROM cards WHERE id = ?"),
                                   {p.cardId}, Text::tr("The receipt cannot be read."));
                if (c && c.value().next())
                    r.card = c->value(0).toString();
            }
            // The balance right after this sale: every entry of the member up to this sale's last.
            auto b = Sql::exec(
                m_ctx.db,
                QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE member_id = ? "
                               "AND id <= COALESCE((SELECT MAX(id) FROM points_ledger WHERE "
                               "purchase_id = ?), (SELECT MAX(id) FROM points_ledger WHERE "
                               "member_id = ? AND created_at <= ?))"),
                {member.id, p.id, member.id, Ids::utcText(p.createdAt)},
                Text::tr("The receipt cannot be read."));
            if (!b)
                return b.error();
            r.balanceAfter = b.value().next() ? b->value(0).toLongLong() : 0;
            if (auto l = CheckoutService(m_ctx).loyalty(member)) {
                r.levelName = l->levelName;
                r.nextLevelName = l->nextLevelName;
                r.missingMinor = l->missingMinor;
                r.expiringPoints = l->expiringPoints;
                r.expiringOn = l->expiringOn;
            }
        }
    }
    return r;
}

namespace ReceiptFormat {

namespace {
struct Row
{
    QString left, right;
    bool strong = false;
};

// The receipt as rows of (left, right): one layout for the HTML and the text forms.
QVector<Row> rows(const Receipt &r, QString *title, QStringList *footer)
{
    const QLocale l;
    auto money = [&](qint64 minor) { return Money(minor, r.currency).format(); };
    *title = r.refund ? Text::tr("REFUND %1 (receipt %2)").arg(r.receiptNo).arg(r.refundOfReceipt)
                      : Text::tr("Receipt %1").arg(r.receiptNo);
    QVector<Row> out;
    for (const Receipt::Line &line : r.lines) {
        out.push_back({line.quantity == 1
                           ? line.description
                           : Text::tr("%1  %2 × %3")
                                 .arg(line.description, l.toString(line.quantity), money(line.unitMinor)),
                       money(line.totalMinor)});
    }
    out.push_back({Text::tr("Subtotal"), money(r.subtotalMinor)});
    for (const PurchaseAdjustmentRecord &a : r.adjustments) {
        if (a.kind == QLatin1String("points"))
            continue; // said below with the points
        if (a.amountMinor > 0)
            out.push_back({a.label, QStringLiteral("−") + money(a.amountMinor)});
        else if (a.points > 0)
            out.push_back({a.label, Text::tr("+%1 pts").arg(l.toString(a.points))});
    }
    if (r.pointsPaidMinor > 0)
        out.push_back({r.refund ? Text::tr("Points given back (%1)").arg(l.toString(-r.pointsRedeemed))
                                : Text::tr("Paid with %Ln point(s)", nullptr, int(r.pointsRedeemed)),
                       QStringLiteral("−") + money(r.pointsPaidMinor)});
    out.push_back({r.refund ? Text::tr("GIVEN BACK") : Text::tr("TOTAL"), money(r.totalMinor), true});
    if (!r.memberName.isEmpty()) {
        out.push_back(
            {r.card.isEmpty() ? r.memberName : Text::tr("%1 · card …%2").arg(r.memberName, r.card.right(4)),
             QString()});
        if (r.pointsEarned != 0)
            out.push_back({r.pointsEarned > 0 ? Text::tr("Points earned") : Text::tr("Points taken back"),
                           l.toString(r.pointsEarned)});
        if (r.pointsRedeemed > 0)
            out.push_back({Text::tr("Points used"), l.toString(-r.pointsRedeemed)});
        out.push_back({Text::tr("Balance"), Text::tr("%1 pts").arg(l.toString(r.balanceAfter)), true});
        if (r.pointsNotReturned > 0)
            footer->push_back(Text::tr("%Ln point(s) had already been used: the balance is below zero.",
                                       nullptr, int(r.pointsNotReturned)));
        if (r.expiringPoints > 0)
            footer->push_back(Text::tr("%Ln point(s) expire on %1.", nullptr, int(r.expiringPoints))
                                  .arg(l.toString(r.expiringOn, QLocale::ShortFormat)));
        if (!r.nextLevelName.isEmpty())
            footer->push_back(Text::tr("Spend %1 more for %2.").arg(money(r.missingMinor), r.nextLevelName));
        else if (!r.levelName.isEmpty())
            footer->push_back(Text::tr("Club level: %1.").arg(r.levelName));
    }
    return out;
}
} // namespace

QString html(const Receipt &r)
{
    QString title;
    QStringList footer;
    const QVector<Row> body = rows(r, &title, &footer);
    const QLocale l;
    QString h
        = QStringLiteral("<html><body style='font-family: DejaVu Sans Mono, monospace; font-size: 9pt'>");
    h += QStringLiteral("<p align='center'><b style='font-size: 12pt'>%1</b><br/>%2</p>")
             .arg(r.shopName.toHtmlEscaped(), r.tillName.toHtmlEscaped());
    h += QStringLiteral("<p align='center'><b>%1</b><br/>%2%3</p>")
             .arg(title.toHtmlEscaped(), l.toString(r.at.toLocalTime(), QLocale::ShortFormat),
                  r.cashier.isEmpty()
                      ? QString()
                      : QStringLiteral("<br/>") + Text::tr("Served by %1").arg(r.cashier).toHtmlEscaped());
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='1'>");
    for (const Row &row : body) {
        const QString style
            = row.strong ? QStringLiteral(" style='font-weight: bold; font-size: 11pt'") : QString();
        h += QStringLiteral("<tr%3><td>%1</td><td align='right'>%2</td></tr>")
                 .arg(row.left.toHtmlEscaped(), row.right.toHtmlEscaped(), style);
    }
    h += QStringLiteral("</table>");
    for (const QString &f : footer)
        h += QStringLiteral("<p>%1</p>").arg(f.toHtmlEscaped());
    h += QStringLiteral("<p align='center'>%1</p></body></html>").arg(Text::tr("Thank you!").toHtmlEscaped());
    return h;
}

QString text(const Receipt &r)
{
    QString title;
    QStringList footer;
    const QVector<Row> body = rows(r, &title, &footer);
    const QLocale l;
    constexpr int width = 42; // characters on an 80 mm roll
    QStringList out {r.shopName, r.tillName, title, l.toString(r.at.toLocalTime(), QLocale::ShortFormat)};
    if (!r.cashier.isEmpty())
        out << Text::tr("Served by %1").arg(r.cashier);
    out << QString(width, QLatin1Char('-'));
    for (const Row &row : body) {
        const int pad = qMax(1, width - int(row.left.size()) - int(row.right.size()));
        out << row.left + QString(pad, QLatin1Char(' ')) + row.right;
    }
    out << QString(width, QLatin1Char('-'));
    out += footer;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ReceiptFormat
