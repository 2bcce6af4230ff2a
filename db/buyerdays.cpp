#include "buyerdays.h"

#include "database.h"
#include "ids.h"
#include "sqlite/buyersets.h"
#include "sqlite/statement.h"

#include <algorithm>
#include <vector>

namespace {

// What is known of one member, a byte each: the period's sales (0, 1, 2 = two or more), then flags.
constexpr unsigned char kSalesMask = 0x03;
constexpr unsigned char kAtStart = 0x04;
constexpr unsigned char kAtEnd = 0x08;
constexpr unsigned char kEnrolled = 0x10;

} // namespace

Result<BuyerDays::Counts> BuyerDays::count(Database &db, const Ask &ask, const QString &what)
{
    // One byte per member id: a million members are a megabyte, whatever the period.
    Statement top(db, "SELECT COALESCE(max(id), 0) FROM members");
    if (!top.ok() || top.step() != Statement::Step::Row)
        return top.error(what);
    const qint64 maxId = top.int64(0);
    std::vector<unsigned char> seen(size_t(maxId) + 1, 0);
    auto slot
        = [&](qint64 id) -> unsigned char * { return id >= 0 && id <= maxId ? &seen[size_t(id)] : nullptr; };

    Counts c;
    const QDate first = std::min(ask.startFrom, ask.from);
    QByteArray sql = "SELECT business_day, chunk, members FROM buyer_days WHERE business_day BETWEEN ? AND ?";
    if (!ask.terminal.isEmpty())
        sql += " AND origin_terminal = ?";
    Statement rows(db, sql);
    if (!rows.ok())
        return rows.error(what);
    const QByteArray firstDay = Ids::dayText(first).toLatin1(), lastDay = Ids::dayText(ask.to).toLatin1();
    const QByteArray from = Ids::dayText(ask.from).toLatin1(), startTo = Ids::dayText(ask.startTo).toLatin1();
    const QByteArray startFrom = Ids::dayText(ask.startFrom).toLatin1();
    const QByteArray endFrom = Ids::dayText(ask.endFrom).toLatin1();
    rows.bindText(1, firstDay);
    rows.bindText(2, lastDay);
    if (!ask.terminal.isEmpty())
        rows.bindString(3, ask.terminal);
    Statement::Step step;
    while ((step = rows.step()) == Statement::Step::Row) {
        // Day texts compare as dates (YYYY-MM-DD).
        const QByteArrayView day = rows.text(0);
        const bool inPeriod = day >= from, atStart = day >= startFrom && day <= startTo;
        const bool atEnd = inPeriod && day >= endFrom;
        const qint64 base = rows.int64(1) << BuyerSets::kChunkBits;
        BuyerSets::forEach(rows.blob(2), [&](BuyerSets::Entry e) {
            unsigned char *s = slot(base + e.low);
            if (!s || e.sales == 0)
                return;
            if (inPeriod) {
                c.sales += e.sales;
                const int n = std::min(2, int(*s & kSalesMask) + int(e.sales));
                *s = static_cast<unsigned char>((*s & ~kSalesMask) | n);
            }
            if (atStart)
                *s |= kAtStart;
            if (atEnd)
                *s |= kAtEnd;
        });
    }
    if (step == Statement::Step::Failed)
        return rows.error(what);

    // The members enrolled in the period, from the enrolment index (created_at, then the id).
    Statement enrolled(db, "SELECT id FROM members WHERE created_at >= ? AND created_at < ?");
    if (!enrolled.ok())
        return enrolled.error(what);
    enrolled.bindString(1, ask.enrolledFrom);
    enrolled.bindString(2, ask.enrolledUntil);
    while ((step = enrolled.step()) == Statement::Step::Row) {
        ++c.enrolled;
        if (unsigned char *s = slot(enrolled.int64(0)))
            *s |= kEnrolled;
    }
    if (step == Statement::Step::Failed)
        return enrolled.error(what);

    for (const unsigned char s : seen) {
        if (s == 0)
            continue;
        const int n = s & kSalesMask;
        c.active += n > 0;
        c.repeat += n > 1;
        c.activeNew += n > 0 && (s & kEnrolled);
        c.atStart += (s & kAtStart) != 0;
        c.atEnd += (s & kAtEnd) != 0;
        c.newAtEnd += (s & kAtEnd) && (s & kEnrolled);
    }
    return c;
}
